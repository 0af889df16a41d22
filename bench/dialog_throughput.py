"""Dialog step throughput, in-process: the framework's limit, the peer, and ours."""

from __future__ import annotations

import gc
import tempfile
from pathlib import Path

from aiogram import Dispatcher, Router
from aiogram.fsm.storage.memory import MemoryStorage
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from . import harness

TREE = Path(__file__).parent / "trees" / "three-questions.yaml"


async def run_echo(users: int, clicks: int = 3) -> harness.Result:
    """Reference A: a bare aiogram echo handler (a message or a press is answered
    with one message carrying one button). No filters at all: the framework's floor."""
    router = Router()
    markup = InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text="again", callback_data="again")]])

    @router.message()
    async def start(message: Message) -> None:
        await message.answer(message.text, reply_markup=markup)

    @router.callback_query()
    async def again(query: CallbackQuery) -> None:
        await query.answer()
        await query.message.answer(query.data, reply_markup=markup)

    dp = Dispatcher(storage=MemoryStorage())
    dp.include_router(router)
    bot, session = harness.make_bot()
    return await harness.drive(dp, bot, session, users, clicks)


async def run_ours(users: int, clicks: int = 4, database_url: str | None = None, redis_url: str | None = None,
                   durable: bool = True) -> harness.Result:
    """Ours: the tree file through our engine and Telegram layer (state and the
    per-user database writes included). clicks=4: the service menu, then 3 answers.

    durable=False is a diagnostic, never a contender: the same run with the save that
    makes each step durable before its screen (the group-committed database write of
    memory mode) skipped, to show what durability costs a step. With Redis, the result's
    `redis_round_trips` counts the commands and pipelines sent to Redis."""
    from bot.app import build_bot_app
    from bot.config import Settings
    from dialogs.runtime.engine import Engine
    from dialogs.model.loader import read_tree

    tree, problems = read_tree(TREE)
    assert tree and not problems, problems
    tmp = None
    if database_url is None:
        tmp = tempfile.TemporaryDirectory()
        database_url = f"sqlite+aiosqlite:///{tmp.name}/bench.db"
    session = harness.NullSession()
    settings = Settings(bot_token=f"{harness.BOT_ID}:BENCH", database_url=database_url, redis_url=redis_url, reminders=False)
    app = await build_bot_app(settings, engine=Engine({tree.id: tree}), session=session)
    sessions = app.dispatcher["conversation"].sessions
    if not durable:
        async def not_saved(user_id: int, state) -> None:
            return None

        sessions.save_now = not_saved
    trips = _count_round_trips(app.dispatcher.storage) if redis_url else None
    # ours steps with the collector's thresholds a bot process sets when it starts
    # (bot/heap.py); the peers keep Python's, as they ship
    from bot import heap

    thresholds = gc.get_threshold()
    heap.tune_collector()
    try:
        result = await harness.drive(app.dispatcher, app.bot, session, users, clicks)
        if trips is not None:
            result.redis_round_trips = trips[0]
    finally:
        gc.set_threshold(*thresholds)
        await app.close()
        if tmp:
            tmp.cleanup()
    return result


def _count_round_trips(storage) -> list[int]:
    """Count what our Redis client sends: each command, and each pipeline as one."""
    from redis.asyncio.client import Pipeline

    count = [0]
    client = storage.redis
    command, pipeline = client.execute_command, client.pipeline

    async def counted_command(*args, **kwargs):
        count[0] += 1
        return await command(*args, **kwargs)

    def counted_pipeline(*args, **kwargs) -> Pipeline:
        pipe = pipeline(*args, **kwargs)
        execute = pipe.execute

        async def counted_execute(*a, **k):
            count[0] += 1
            return await execute(*a, **k)

        pipe.execute = counted_execute
        return pipe

    client.execute_command, client.pipeline = counted_command, counted_pipeline
    return count


async def redis_round_trip_seconds(redis_url: str, rounds: int = 2000) -> float:
    """One GET to the local Redis through redis-py's asyncio client, as our steps send it."""
    import time

    from redis.asyncio import Redis

    client = Redis.from_url(redis_url)
    try:
        await client.set("bench:rt", b"x")
        started = time.perf_counter()
        for _ in range(rounds):
            await client.get("bench:rt")
        return (time.perf_counter() - started) / rounds
    finally:
        await client.delete("bench:rt")
        await client.aclose()


def domain_step_seconds(rounds: int = 500) -> float:
    """Ours without Telegram and storage: walk the tree, render the screen (Fluent) and
    build its keyboard, per step — the part of a step no framework can take away."""
    import time

    from bot.app import build_renderer
    from bot.telegram.conversation import Conversation
    from dialogs.runtime.engine import Engine
    from dialogs.model.loader import read_tree

    tree, problems = read_tree(TREE)
    assert tree and not problems, problems
    engine = Engine({tree.id: tree})
    conversation = Conversation(engine, build_renderer(), sessions=None)
    steps = 0
    started = time.perf_counter()
    for _ in range(rounds):
        state = engine.start(tree.id)
        for _ in range(3):
            _view, actions = conversation.where(state)
            step = engine.choose(state, next((a for a in actions if a.startswith("c:")), actions[0]))
            state = step.state
            conversation.screen(state, "ru", view=step.view)
            steps += 1
    return (time.perf_counter() - started) / steps
