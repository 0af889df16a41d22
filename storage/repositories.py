"""Repositories: the only place that writes SQL. One short transaction per call."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Awaitable, Callable

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from .batching import Batcher, FlushTimer
from .db import Database
from .models import DialogSession, TrackedItem, User


def _insert_for(db: Database):
    if db.engine.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


_USERS = User.__table__
_SELECT_USER = select(_USERS)


class Users:
    def __init__(self, db: Database):
        self.db = db
        # called with a user id after a change of language, activity or deletion (caches listen)
        self.on_change: list = []
        # people arriving at the same moment are read and registered together (storage/batching.py)
        self._read = Batcher(self._read_many)
        self._register = Batcher(self._register_many)

    def _changed(self, telegram_id: int) -> None:
        for listener in self.on_change:
            listener(telegram_id)

    async def get(self, telegram_id: int):
        """The user as a read-only row (telegram_id, language, active, created_at), or
        None. On every new user's first update and every cache miss of the language
        middleware: SQLAlchemy Core rows, and the reads of the same moment in one query."""
        return await self._read(telegram_id)

    async def _read_many(self, ids: list[int]) -> dict:
        async with self.db.engine.connect() as conn:
            rows = (await conn.execute(_SELECT_USER.where(_USERS.c.telegram_id.in_(ids)))).all()
        return {row.telegram_id: row for row in rows}

    async def ensure(self, telegram_id: int, language: str):
        """The user, created with `language` on first contact (language kept afterwards)."""
        return (await self.create(telegram_id, language))[0]

    async def create(self, telegram_id: int, language: str) -> tuple:
        """The user, and whether this call created them (False: they were there already,
        their language kept). Everyone registering at the same moment shares one
        transaction: INSERT … ON CONFLICT DO NOTHING RETURNING, then a read of the rest."""
        return await self._register((telegram_id, language))

    async def _register_many(self, asked: list[tuple[int, str]]) -> dict:
        languages: dict[int, str] = {}
        for telegram_id, language in asked:
            languages.setdefault(telegram_id, language)  # the same person twice: the first language
        # one statement executed for many rows (SQLAlchemy sends them as batched VALUES
        # with RETURNING), compiled once: a VALUES list written into the statement
        # would be compiled again for every batch size
        stmt = _insert_for(self.db)(_USERS).on_conflict_do_nothing(index_elements=["telegram_id"]).returning(*_USERS.c)
        rows = [{"telegram_id": i, "language": lang} for i, lang in languages.items()]
        async with self.db.engine.begin() as conn:
            created = {row.telegram_id: row for row in (await conn.execute(stmt, rows)).all()}
            others = [i for i in languages if i not in created]
            existing = {}
            if others:
                rows = (await conn.execute(_SELECT_USER.where(_USERS.c.telegram_id.in_(others)))).all()
                existing = {row.telegram_id: row for row in rows}
        results = {}
        for key in asked:
            telegram_id = key[0]
            if telegram_id in created:
                results[key] = (created[telegram_id], True)
            else:
                results[key] = (existing[telegram_id], False)
        return results

    async def set_language(self, telegram_id: int, language: str) -> None:
        insert = _insert_for(self.db)
        stmt = insert(User).values(telegram_id=telegram_id, language=language)
        stmt = stmt.on_conflict_do_update(index_elements=["telegram_id"], set_={"language": language})
        async with self.db.sessions.begin() as s:
            await s.execute(stmt)
        self._changed(telegram_id)

    async def set_active(self, telegram_id: int, active: bool) -> None:
        async with self.db.sessions.begin() as s:
            user = await s.get(User, telegram_id)
            if user:
                user.active = active
        self._changed(telegram_id)

    async def export(self, telegram_id: int) -> dict | None:
        """Everything stored about the user, for /mydata."""
        async with self.db.sessions() as s:
            user = await s.get(User, telegram_id)
            if user is None:
                return None
            session = await s.get(DialogSession, telegram_id)
            items = (await s.execute(select(TrackedItem).where(TrackedItem.user_id == telegram_id).order_by(TrackedItem.id))).scalars()
            return {
                "tracked": [
                    {"service": i.service, "kind": i.kind, "label": i.label, "dates": dict(i.inputs or {}), "status": i.status}
                    for i in items
                ],
                "telegram_id": user.telegram_id,
                "language": user.language,
                "active": user.active,
                "created_at": user.created_at.isoformat() if user.created_at else None,
                "dialog": None
                if session is None
                else {"tree_id": session.tree_id, "node": session.node, "answers": dict(session.answers or {})},
            }

    async def forget(self, telegram_id: int) -> dict[str, int]:
        """Delete the user and every row about them in every table (found from the
        schema: storage/userdata.py); {table: rows deleted or blanked}."""
        from .userdata import UserData

        counts = await UserData(self.db).forget(telegram_id)
        self._changed(telegram_id)
        return counts


# A user's dialog row, written before each dialog step's screen (BufferedDialogSessions
# group-commits many at once). Sent to the driver as it is (Database.driver_sql), the
# JSON columns serialised here as SQLAlchemy's JSON type writes them (json.dumps):
# SQLAlchemy's processing of each row's parameters cost a step more than SQLite's own
# work. One statement for SQLite and PostgreSQL (asyncpg takes a json parameter as
# text). ON CONFLICT DO UPDATE ignores the column's onupdate, and the retention of
# answers (storage/userdata.purge_stale_dialogs) counts from updated_at, so it is set
# on both paths; no parent is SQL NULL.
_UPSERT_SESSIONS = (
    "INSERT INTO dialog_sessions (user_id, tree_id, tree_version, node, answers, history, parent, updated_at) "
    "VALUES ({}, {}, {}, {}, {}, {}, {}, CURRENT_TIMESTAMP) "
    "ON CONFLICT (user_id) DO UPDATE SET tree_id = excluded.tree_id, tree_version = excluded.tree_version, "
    "node = excluded.node, answers = excluded.answers, history = excluded.history, parent = excluded.parent, "
    "updated_at = excluded.updated_at"
)


def _upsert_params(user_id: int, state: dict) -> tuple:
    parent = state.get("parent")
    return (user_id, state["tree_id"], state["tree_version"], state["node"], json.dumps(state.get("answers") or {}),
            json.dumps(state.get("history") or []), None if parent is None else json.dumps(parent))


def dialog_of_row(row) -> dict:
    """A dialog_sessions row as the state dict the bot keeps (DialogState.to_dict())."""
    state = {"tree_id": row.tree_id, "tree_version": row.tree_version, "node": row.node,
             "answers": dict(row.answers or {}), "history": list(row.history or [])}
    if row.parent:
        state["parent"] = row.parent
    return state


class DialogSessions:
    def __init__(self, db: Database):
        self.db = db
        self._upsert = db.driver_sql(_UPSERT_SESSIONS)

    async def load(self, user_id: int) -> dict | None:
        async with self.db.sessions() as s:
            row = await s.get(DialogSession, user_id)
            return None if row is None else dialog_of_row(row)

    async def save(self, user_id: int, state: dict) -> None:
        """Upsert the state dict produced by dialogs.runtime.engine.DialogState.to_dict()."""
        async with self.db.engine.begin() as conn:
            await conn.exec_driver_sql(self._upsert, [_upsert_params(user_id, state)])

    async def clear(self, user_id: int) -> None:
        async with self.db.sessions.begin() as s:
            await s.execute(delete(DialogSession).where(DialogSession.user_id == user_id))

    async def count(self) -> int:
        async with self.db.sessions() as s:
            return len((await s.execute(select(DialogSession.user_id))).all())


_CLEARED = object()
MAX_ROW_FAILURES = 5  # a row that fails this many flushes in a row can never be written: dropped

log = logging.getLogger(__name__)


class BufferedDialogSessions(DialogSessions):
    """Dialog sessions written behind: each step updates memory at once and the
    database in batches, one transaction per `interval` for everyone's latest state.

    The FSM store (memory or Redis) already holds the live state; this table is what
    a restarted bot resumes from. A graceful stop flushes everything; a hard crash can
    lose at most the last `interval` seconds of steps, never a whole conversation.
    Reads see pending writes first, so a user always resumes their newest step.

    A flush never raises and one user's row never holds back anyone else's: when the
    batch fails, the database is probed; if it is down, everything stays pending and
    is retried on a timer with backoff (up to `retry_cap` seconds) even if nobody
    saves again; if it is up, the rows are written one by one, a row whose user is
    gone (deleted by /forget) is dropped, and a row that fails MAX_ROW_FAILURES
    flushes is dropped. Logs carry counts and error types, never ids or answers.
    """

    def __init__(self, db: Database, interval: float = 0.2, max_pending: int = 500, retry_cap: float = 30.0):
        super().__init__(db)
        self.interval = interval
        self.max_pending = max_pending
        self.retry_cap = retry_cap
        self._pending: dict[int, object] = {}
        self._failures: dict[int, int] = {}  # user id -> flushes in a row that could not write their row
        self._retry_delay = 0.0  # > 0 while the database is failing: the next timer waits this long
        self._timer = FlushTimer(self.flush)  # the scheduled flush, if any
        self._lock = None
        # save_now's group commit: the rows waiting for the next transaction, their callers
        self._group: dict[int, object] = {}
        self._group_waiters: dict[int, list] = {}
        self._committer = None

    def _flush_lock(self) -> asyncio.Lock:
        if self._lock is None:
            self._lock = asyncio.Lock()
        return self._lock

    async def load(self, user_id: int) -> dict | None:
        if user_id in self._pending:
            state = self._pending[user_id]
            return None if state is _CLEARED else dict(state)
        return await super().load(user_id)

    async def save(self, user_id: int, state: dict) -> None:
        self._pending[user_id] = state
        await self._schedule()

    async def clear(self, user_id: int) -> None:
        self._pending[user_id] = _CLEARED
        await self._schedule()

    async def forget_user(self, user_id: int, delete: Callable[[int], Awaitable[None]]) -> None:
        """/forget: drop the user's pending step and run `delete` (which removes their
        rows) while no flush can run, so nothing of theirs is written back."""
        async with self._flush_lock():
            self._pending.pop(user_id, None)
            self._failures.pop(user_id, None)
            await delete(user_id)

    async def _schedule(self) -> None:
        if len(self._pending) >= self.max_pending and not self._retry_delay:
            await self.flush()
        elif not self._timer.armed:
            self._timer.start(self.interval)

    async def flush(self) -> bool:
        """Write every pending step; True when nothing is left pending. Never raises."""
        async with self._flush_lock():
            pending, self._pending = self._pending, {}
            if not pending:
                return True
            try:
                await self._write(pending)
            except Exception as error:  # noqa: BLE001 - sorted out below
                left = await self._after_failure(pending, error)
            else:
                left = {}
                self._failures.clear()
            for uid, st in left.items():  # put back what is not newer in memory
                self._pending.setdefault(uid, st)
            if left:
                self._retry_delay = min(max(self._retry_delay * 2, self.interval, 0.05), self.retry_cap)
                self._timer.start(self._retry_delay)
            else:
                self._retry_delay = 0.0
            return not self._pending

    async def _write(self, pending: dict[int, object]) -> None:
        cleared = [uid for uid, st in pending.items() if st is _CLEARED]
        rows = [_upsert_params(uid, st) for uid, st in pending.items() if st is not _CLEARED]
        async with self.db.engine.begin() as conn:
            if cleared:
                await conn.execute(delete(DialogSession).where(DialogSession.user_id.in_(cleared)))
            if rows:
                await conn.exec_driver_sql(self._upsert, rows)

    async def _after_failure(self, pending: dict[int, object], error: Exception) -> dict[int, object]:
        """The batch failed: what must stay pending."""
        if not await self._reachable():
            log.warning("dialog sessions not saved, database unreachable (%s); %d kept for a retry", type(error).__name__, len(pending))
            return pending
        left: dict[int, object] = {}
        dropped_gone = dropped_bad = 0
        for uid, st in pending.items():
            try:
                await self._write({uid: st})
            except IntegrityError:
                dropped_gone += 1  # the user was deleted (/forget): their step has nowhere to go
            except Exception as row_error:  # noqa: BLE001
                if not await self._reachable():
                    # the database went away mid-way: keep this row and every row not yet tried
                    keys = list(pending)
                    for u in keys[keys.index(uid):]:
                        left[u] = pending[u]
                    log.warning("dialog sessions not saved, database unreachable (%s); %d kept for a retry", type(row_error).__name__, len(left))
                    break
                self._failures[uid] = self._failures.get(uid, 0) + 1
                if self._failures[uid] >= MAX_ROW_FAILURES:
                    self._failures.pop(uid, None)
                    dropped_bad += 1
                    log.error("a dialog session could not be saved %d times (%s); dropped", MAX_ROW_FAILURES, type(row_error).__name__)
                else:
                    left[uid] = st
            else:
                self._failures.pop(uid, None)
        if dropped_gone:
            log.info("%d dialog session(s) of deleted users dropped", dropped_gone)
        if left and not dropped_bad:
            log.warning("%d dialog session(s) not saved (%s); retrying", len(left), type(error).__name__)
        return left

    async def _reachable(self) -> bool:
        try:
            async with self.db.engine.connect() as conn:
                await conn.execute(select(1))
            return True
        except Exception:  # noqa: BLE001 - any failure means: not now
            return False

    async def save_now(self, user_id: int, state: dict | None) -> None:
        """Write one user's state (None: clear it) before returning, not behind: for
        callers that must not show a step before it is durable. It supersedes that
        user's pending write and is ordered after any batch being written.

        Group commit: the steps of everyone saving at the same moment share one
        transaction, so durability costs one commit per batch instead of one per user.
        Each caller still returns only after its own row is committed, and a row that
        cannot be written fails only its own caller (and stays pending for a retry)."""
        waiter = asyncio.get_running_loop().create_future()
        self._pending.pop(user_id, None)
        self._group[user_id] = _CLEARED if state is None else state
        self._group_waiters.setdefault(user_id, []).append(waiter)
        if self._committer is None:
            self._committer = asyncio.ensure_future(self._commit_groups())
        await waiter

    async def _commit_groups(self) -> None:
        waiters: dict[int, list] = {}
        try:
            while self._group:
                async with self._flush_lock():
                    batch, waiters = self._group, self._group_waiters
                    self._group, self._group_waiters = {}, {}
                    failed = await self._write_group(batch)
                for uid, futures in waiters.items():
                    error = failed.get(uid)
                    if error is not None:
                        self._pending.setdefault(uid, batch[uid])  # the next flush retries
                    for f in futures:
                        if not f.done():
                            f.set_exception(error) if error is not None else f.set_result(None)
        except BaseException as error:  # cancelled at shutdown: nobody waits for ever
            # the batch being written and the ones queued behind it
            for futures in [*waiters.values(), *self._group_waiters.values()]:
                for f in futures:
                    if not f.done():
                        f.set_exception(error if isinstance(error, Exception) else RuntimeError("stopped"))
            raise
        finally:
            self._committer = None

    async def _write_group(self, batch: dict[int, object]) -> dict[int, Exception]:
        """One transaction for the batch; if it fails, each half on its own, down to
        single rows: one bad row (a user deleted by /forget meanwhile) fails only its
        own caller, and the others still share a few transactions."""
        try:
            await self._write(batch)
            return {}
        except Exception as error:  # noqa: BLE001 - sorted out by halves
            if len(batch) == 1 or not await self._reachable():
                return {uid: error for uid in batch}  # down: every row waits for the retry
        items = list(batch.items())
        half = len(items) // 2
        failed = await self._write_group(dict(items[:half]))
        failed.update(await self._write_group(dict(items[half:])))
        return failed

    def cancel(self) -> None:
        self._timer.cancel()
