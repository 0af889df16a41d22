"""Dialog step throughput, in-process: the framework's limit, the peer, and ours."""

from __future__ import annotations

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


async def run_ours(users: int, clicks: int = 4, database_url: str | None = None, redis_url: str | None = None) -> harness.Result:
    """Ours: the tree file through our engine and Telegram layer (state and the
    per-user database writes included). clicks=4: the service menu, then 3 answers."""
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
    try:
        result = await harness.drive(app.dispatcher, app.bot, session, users, clicks)
    finally:
        await app.close()
        if tmp:
            tmp.cleanup()
    return result


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
