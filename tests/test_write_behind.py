"""The write-behind buffer of dialog sessions under /forget, bad rows and outages:
one user's failure never costs anyone else their steps, and nothing stays unsaved."""

import asyncio
import logging


from storage.db import Database
from storage.repositories import BufferedDialogSessions, DialogSessions, Users


def state(node: str, **answers) -> dict:
    return {"tree_id": "labour-permit", "tree_version": 1, "node": node, "answers": answers, "history": ["role"]}


async def eventually(predicate, what: str, timeout: float = 10) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await predicate():
        assert loop.time() < deadline, f"{what} did not happen"
        await asyncio.sleep(0.02)


async def test_a_forgotten_users_pending_step_never_blocks_anyone_else(db, caplog):
    users, direct = Users(db), DialogSessions(db)
    buffered = BufferedDialogSessions(db, interval=0.01)
    for uid in (1001, 1002):
        await users.ensure(uid, "ru")
    # the forgotten user's step is still in the buffer when their rows are deleted
    await buffered.save(1001, state("expiry", expiry="2026-12-31"))
    await buffered.save(1002, state("cumulative", expiry="2027-01-15"))
    await users.forget(1001)
    caplog.set_level(logging.INFO)  # what the bot logs in production
    await buffered.flush()  # must not raise
    assert (await direct.load(1002))["node"] == "cumulative"

    # later steps of others keep being saved
    await buffered.save(1002, state("result", expiry="2027-01-15"))
    await buffered.flush()
    assert (await direct.load(1002))["node"] == "result"
    assert await direct.load(1001) is None and await buffered.load(1001) is None
    # nothing personal in the log: neither the id nor the answers
    logged = "\n".join(r.getMessage() + (r.exc_text or "") + str(r.exc_info or "") for r in caplog.records)
    assert "1001" not in logged and "2026-12-31" not in logged
    buffered.cancel()


async def test_forget_through_the_buffer_purges_the_pending_step(db):
    users, direct = Users(db), DialogSessions(db)
    buffered = BufferedDialogSessions(db, interval=60)  # the timer never fires during the test
    await users.ensure(1001, "ru")
    await buffered.save(1001, state("expiry", expiry="2026-12-31"))
    await buffered.forget_user(1001, users.forget)
    assert await buffered.load(1001) is None  # the next command starts afresh
    await users.ensure(1001, "ru")  # they come back
    await buffered.flush()
    assert await direct.load(1001) is None  # the old dialog was not written back
    buffered.cancel()


async def test_a_failed_flush_is_retried_on_a_timer_after_an_outage(db):
    users, direct = Users(db), DialogSessions(db)
    await users.ensure(1002, "ru")
    buffered = BufferedDialogSessions(db, interval=0.01, retry_cap=0.05)
    real = db.engine
    down = Database("postgresql+asyncpg://postgres@127.0.0.1:1/none")  # nothing listens on port 1
    db.engine = down.engine
    try:
        await buffered.save(1002, state("cumulative", expiry="2027-01-15"))
        await buffered.flush()  # the database is down: no exception, the step is kept
        assert (await buffered.load(1002))["node"] == "cumulative"
    finally:
        db.engine = real
        await down.close()
    # no other save happens: the timer alone brings the step to the database
    await eventually(lambda: _node_is(direct, 1002, "cumulative"), "the retry after the outage")
    buffered.cancel()


async def _node_is(sessions, uid, node) -> bool:
    row = await sessions.load(uid)
    return row is not None and row["node"] == node


async def test_a_row_that_can_never_be_written_is_dropped_not_retried_forever(db):
    users, direct = Users(db), DialogSessions(db)
    await users.ensure(1002, "ru")
    await users.ensure(1003, "ru")
    buffered = BufferedDialogSessions(db, interval=0.01)
    await buffered.save(1003, state("x" * 500))  # longer than the column: a data error on PostgreSQL
    await buffered.save(1002, state("cumulative", expiry="2027-01-15"))
    for _ in range(8):
        await buffered.flush()
    assert (await direct.load(1002))["node"] == "cumulative"
    assert 1003 not in buffered._pending
    buffered.cancel()


async def test_start_waits_for_a_database_that_appears_later(caplog):
    """The database is not there at start: the bot retries with backoff, one log line
    per attempt, and goes on once it appears (here: on the third attempt)."""
    import uuid

    import asyncpg

    from storage.db import wait_for_database
    from tests.conftest import PG_ADMIN, PG_URL_TEMPLATE, require_server

    require_server("PostgreSQL", "127.0.0.1", 5432)
    name = f"mbot_late_{uuid.uuid4().hex[:10]}"
    db = Database(PG_URL_TEMPLATE.format(db=name))
    waits = []

    async def fake_sleep(seconds):
        waits.append(seconds)
        if len(waits) == 2:  # the database appears
            admin = await asyncpg.connect(PG_ADMIN)
            await admin.execute(f'CREATE DATABASE "{name}"')
            await admin.close()

    caplog.set_level(logging.INFO)
    try:
        assert await wait_for_database(db, sleep=fake_sleep) is True
        await Users(db).ensure(5, "ru")  # migrated: the tables are there
        assert len(waits) == 2 and waits[1] > waits[0]
        lines = [r for r in caplog.records if "database" in r.getMessage().lower() and r.levelno >= logging.WARNING]
        assert len(lines) == 2 and all(r.exc_info is None and "\n" not in r.getMessage() for r in lines)
    finally:
        await db.close()
        admin = await asyncpg.connect(PG_ADMIN)
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


async def test_waiting_for_the_database_ends_on_shutdown():
    from storage.db import wait_for_database

    db = Database("postgresql+asyncpg://postgres@127.0.0.1:1/none")  # nothing listens on port 1
    stop = asyncio.Event()
    waits = []

    async def fake_sleep(seconds):
        waits.append(seconds)
        if len(waits) == 5:
            stop.set()  # SIGTERM

    try:
        assert await wait_for_database(db, sleep=fake_sleep, stop=stop) is False
        assert len(waits) == 5 and waits == sorted(waits)
    finally:
        await db.close()


async def test_steps_saved_at_once_share_a_commit_and_each_is_durable_when_its_caller_returns(db):
    """Write-through (state in memory): a screen goes out only after its step is in the
    database. Many users answering at the same moment share transactions (group
    commit) — and a user deleted meanwhile fails only their own step."""
    from sqlalchemy import event

    users, direct = Users(db), DialogSessions(db)
    sessions = BufferedDialogSessions(db)
    ids = list(range(2001, 2041))
    for uid in ids:
        await users.ensure(uid, "ru")
    await users.forget(2007)  # gone before their step arrives: the row cannot be written
    commits = []
    event.listen(db.engine.sync_engine, "commit", lambda conn: commits.append(1))

    async def one(uid):
        await sessions.save_now(uid, state("expiry", expiry=f"2026-12-{uid % 28 + 1:02d}"))
        return (await direct.load(uid))["node"]  # durable the moment save_now returns

    results = await asyncio.gather(*(one(uid) for uid in ids), return_exceptions=True)
    failed = [uid for uid, r in zip(ids, results) if isinstance(r, Exception)]
    assert failed == [2007]
    assert all(r == "expiry" for uid, r in zip(ids, results) if uid != 2007)
    # shared: far fewer transactions than steps (40 saves; one batch failing adds the row-by-row retry)
    assert len(commits) < len(ids) // 2, len(commits)
    sessions.cancel()


async def test_a_step_written_before_its_screen_resumes_exactly_as_it_was(db):
    """The group commit writes its rows as plain SQL (storage/repositories.py): what a
    restarted bot resumes from is the same state, a routing parent and answers in any
    script included, on SQLite and PostgreSQL alike; an upsert replaces a user's row,
    and a step without a parent leaves none behind from the one before."""
    users, direct = Users(db), DialogSessions(db)
    sessions = BufferedDialogSessions(db)
    await users.ensure(3001, "ru")
    menu = {"tree_id": "menu", "tree_version": 2, "node": "start", "answers": {}, "history": []}
    first = {"tree_id": "kandas", "tree_version": 4, "node": "docs",
             "answers": {"country": "Узбекистан", "arrived": "2026-11-30", "done": {"docs": ["a", "b"]}},
             "history": ["country", "arrived"], "parent": menu}
    await sessions.save_now(3001, first)
    assert await direct.load(3001) == first
    second = {"tree_id": "kandas", "tree_version": 4, "node": "result", "answers": {"country": "Қазақстан"}, "history": ["country"]}
    await sessions.save_now(3001, second)
    assert await direct.load(3001) == second  # the parent of the step before is gone
    assert await direct.count() == 1
    sessions.cancel()
