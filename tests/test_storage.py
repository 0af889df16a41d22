"""Storage on SQLite and the real PostgreSQL; conversation state on memory and the real Redis."""

import asyncio
import contextlib
import datetime as dt

import pytest
from aiogram.fsm.context import FSMContext
from aiogram.fsm.storage.base import StorageKey
from aiogram.fsm.storage.memory import MemoryStorage

from bot.app import build_renderer, make_fsm_storage
from bot.telegram.conversation import Conversation
from dialogs.runtime.engine import Engine
from storage.db import Database
from storage.repositories import DialogSessions, Users
from tests.conftest import fresh_redis_url

TODAY = dt.date(2026, 12, 10)


@pytest.fixture
async def db(database_url):
    database = Database(database_url)
    await database.migrate()
    await database.migrate()  # a second run (a redeploy) changes nothing
    yield database
    await database.close()


async def test_user_keeps_the_first_language_until_changed(db):
    users = Users(db)
    assert (await users.ensure(42, "kk")).language == "kk"
    assert (await users.ensure(42, "ru")).language == "kk"  # a second contact does not reset it
    await users.set_language(42, "en")
    assert (await users.get(42)).language == "en"


async def test_dialog_session_round_trip_and_forget_deletes_everything(db):
    users, sessions = Users(db), DialogSessions(db)
    await users.ensure(7, "ru")
    state = {"tree_id": "labour-permit", "tree_version": 1, "node": "cumulative", "answers": {"role": "immigrant", "expiry": "2026-12-31"}, "history": ["role", "has-permit", "expiry"]}
    await sessions.save(7, state)
    state["node"] = "expired"
    await sessions.save(7, state)  # upsert, not a second row
    assert await sessions.load(7) == state
    assert await sessions.count() == 1

    exported = await users.export(7)
    assert exported["language"] == "ru" and exported["dialog"]["answers"]["expiry"] == "2026-12-31"

    await users.forget(7)
    assert await users.get(7) is None and await sessions.load(7) is None
    assert await users.export(7) is None


async def test_blocked_user_is_marked_inactive(db):
    users = Users(db)
    await users.ensure(9, "ru")
    await users.set_active(9, False)
    assert (await users.get(9)).active is False


def _fsm(storage, user_id=100):
    return FSMContext(storage=storage, key=StorageKey(bot_id=1, chat_id=user_id, user_id=user_id))


async def _walk_and_save(conversation, fsm, user_id):
    engine = conversation.engine
    state = engine.start("labour-permit")
    for action in ("c:immigrant", "c:other", "c:yes"):
        state = engine.choose(state, action).state
    state = engine.answer_text(state, "31.12.2026").state
    await conversation.save(fsm, user_id, state)
    return state


@pytest.mark.parametrize("backend", ["memory", "redis"])
async def test_conversation_state_survives_where_it_should(backend, sqlite_url, trees):
    async with contextlib.AsyncExitStack() as stack:
        redis_url = await stack.enter_async_context(fresh_redis_url()) if backend == "redis" else None
        await _state_survives(backend, redis_url, sqlite_url, trees)


async def _state_survives(backend, redis_url, sqlite_url, trees):
    database = Database(sqlite_url)
    await database.migrate()
    await Users(database).ensure(100, "ru")
    engine = Engine(trees, today=lambda: TODAY)
    conversation = Conversation(engine, build_renderer(), DialogSessions(database))

    storage = make_fsm_storage(redis_url)
    saved = await _walk_and_save(conversation, _fsm(storage), 100)
    assert await conversation.load(_fsm(storage), 100) == saved
    await storage.close()

    # a restarted bot has a new state store; memory is empty, Redis is not,
    # and in both cases the user resumes where they were
    fresh = make_fsm_storage(redis_url)
    if backend == "redis":
        assert (await _fsm(fresh).get_data())["dialog"]["node"] == "cumulative"
    else:
        assert await _fsm(fresh).get_data() == {}
    resumed = await conversation.load(_fsm(fresh), 100)
    assert resumed == saved and resumed.node == "cumulative"
    await fresh.close()
    await database.close()


async def test_menu_state_is_remembered_as_no_dialog(sqlite_url, trees):
    database = Database(sqlite_url)
    await database.migrate()
    await Users(database).ensure(5, "ru")
    conversation = Conversation(Engine(trees), build_renderer(), DialogSessions(database))
    fsm = _fsm(MemoryStorage(), 5)
    await _walk_and_save(conversation, fsm, 5)
    await conversation.save(fsm, 5, None)
    assert await conversation.load(fsm, 5) is None
    assert await DialogSessions(database).load(5) is None
    await database.close()


async def test_people_arriving_at_once_are_registered_together_each_with_their_language(db):
    """A campaign burst: 300 first contacts at the same moment (and 20 returning people)
    are each registered once, with the language they came with, in a few transactions
    rather than one each; a returning person keeps their language and is not 'created'."""
    from sqlalchemy import event

    users = Users(db)
    for uid in range(1, 21):
        await users.ensure(uid, "kk")
    transactions = []
    event.listen(db.engine.sync_engine, "begin", lambda conn: transactions.append(1))
    langs = ["ru", "kk", "en", "uz", "tg", "ky"]
    results = await asyncio.gather(*(users.create(uid, langs[uid % 6]) for uid in range(1, 321)))
    assert [created for _, created in results] == [False] * 20 + [True] * 300
    assert all(row.language == ("kk" if uid <= 20 else langs[uid % 6]) for uid, (row, _) in zip(range(1, 321), results))
    assert len(transactions) < 30  # shared, not 320
    rows = await asyncio.gather(*(users.get(uid) for uid in range(1, 331)))
    assert [r is None for r in rows] == [False] * 320 + [True] * 10  # read together too; strangers are None


async def test_a_failed_batch_fails_only_its_callers():
    from storage.batching import Batcher

    calls = []

    async def run(keys):
        calls.append(sorted(keys))
        if "bad" in keys:
            raise RuntimeError("database away")
        return {k: k.upper() for k in keys}

    batcher = Batcher(run)
    first = asyncio.ensure_future(batcher("bad"))
    await asyncio.sleep(0)
    later = [asyncio.ensure_future(batcher(k)) for k in ("a", "b", "a")]
    with pytest.raises(RuntimeError):
        await first
    assert [await t for t in later] == ["A", "B", "A"]
    assert calls == [["bad"], ["a", "b"]]  # the second batch took both callers of "a" at once
