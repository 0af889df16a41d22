"""Repositories: the only place that writes SQL. One short transaction per call."""

from __future__ import annotations

from sqlalchemy import delete, select

from .db import Database
from .models import DialogSession, TrackedItem, User


def _insert_for(db: Database):
    if db.engine.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


class Users:
    def __init__(self, db: Database):
        self.db = db
        # called with a user id after a change of language, activity or deletion (caches listen)
        self.on_change: list = []

    def _changed(self, telegram_id: int) -> None:
        for listener in self.on_change:
            listener(telegram_id)

    async def get(self, telegram_id: int) -> User | None:
        async with self.db.sessions() as s:
            return await s.get(User, telegram_id)

    async def ensure(self, telegram_id: int, language: str) -> User:
        """The user, created with `language` on first contact (language kept afterwards)."""
        insert = _insert_for(self.db)
        async with self.db.sessions.begin() as s:
            await s.execute(
                insert(User).values(telegram_id=telegram_id, language=language).on_conflict_do_nothing(index_elements=["telegram_id"])
            )
        user = await self.get(telegram_id)
        assert user is not None
        return user

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

    async def forget(self, telegram_id: int) -> None:
        """Delete the user and everything tied to them."""
        async with self.db.sessions.begin() as s:
            await s.execute(delete(DialogSession).where(DialogSession.user_id == telegram_id))
            await s.execute(delete(User).where(User.telegram_id == telegram_id))
        self._changed(telegram_id)


def _session_row(state: dict) -> dict:
    """The dialog_sessions columns for a state dict from DialogState.to_dict()."""
    return {
        "tree_id": state["tree_id"],
        "tree_version": state["tree_version"],
        "node": state["node"],
        "answers": state.get("answers") or {},
        "history": state.get("history") or [],
        "parent": state.get("parent"),
    }


class DialogSessions:
    def __init__(self, db: Database):
        self.db = db

    async def load(self, user_id: int) -> dict | None:
        async with self.db.sessions() as s:
            row = await s.get(DialogSession, user_id)
            if row is None:
                return None
            state = {
                "tree_id": row.tree_id,
                "tree_version": row.tree_version,
                "node": row.node,
                "answers": dict(row.answers or {}),
                "history": list(row.history or []),
            }
            if row.parent:
                state["parent"] = row.parent
            return state

    async def save(self, user_id: int, state: dict) -> None:
        """Upsert the state dict produced by dialogs.engine.DialogState.to_dict()."""
        insert = _insert_for(self.db)
        values = _session_row(state)
        stmt = insert(DialogSession).values(user_id=user_id, **values)
        stmt = stmt.on_conflict_do_update(index_elements=["user_id"], set_=values)
        async with self.db.sessions.begin() as s:
            await s.execute(stmt)

    async def clear(self, user_id: int) -> None:
        async with self.db.sessions.begin() as s:
            await s.execute(delete(DialogSession).where(DialogSession.user_id == user_id))

    async def count(self) -> int:
        async with self.db.sessions() as s:
            return len((await s.execute(select(DialogSession.user_id))).all())


_CLEARED = object()


class BufferedDialogSessions(DialogSessions):
    """Dialog sessions written behind: each step updates memory at once and the
    database in batches, one transaction per `interval` for everyone's latest state.

    The FSM store (memory or Redis) already holds the live state; this table is what
    a restarted bot resumes from. A graceful stop flushes everything; a hard crash can
    lose at most the last `interval` seconds of steps, never a whole conversation.
    Reads see pending writes first, so a user always resumes their newest step.
    """

    def __init__(self, db: Database, interval: float = 0.2, max_pending: int = 500):
        super().__init__(db)
        self.interval = interval
        self.max_pending = max_pending
        self._pending: dict[int, object] = {}
        self._timer = None  # the scheduled flush, if any
        self._background: set = set()
        self._lock = None

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

    async def _schedule(self) -> None:
        import asyncio

        if len(self._pending) >= self.max_pending:
            await self.flush()
        elif self._timer is None:
            self._timer = asyncio.get_running_loop().call_later(self.interval, self._flush_in_background)

    def _flush_in_background(self) -> None:
        import asyncio
        import logging

        self._timer = None
        task = asyncio.ensure_future(self.flush())
        self._background.add(task)

        def done(t) -> None:
            self._background.discard(t)
            if not t.cancelled() and t.exception() is not None:
                logging.getLogger(__name__).error("dialog session flush failed; will retry", exc_info=t.exception())

        task.add_done_callback(done)

    async def flush(self) -> None:
        import asyncio

        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            pending, self._pending = self._pending, {}
            if not pending:
                return
            cleared = [uid for uid, st in pending.items() if st is _CLEARED]
            rows = [{"user_id": uid, **_session_row(st)} for uid, st in pending.items() if st is not _CLEARED]
            try:
                async with self.db.engine.begin() as conn:
                    if cleared:
                        await conn.execute(delete(DialogSession).where(DialogSession.user_id.in_(cleared)))
                    if rows:
                        insert = _insert_for(self.db)
                        stmt = insert(DialogSession)
                        stmt = stmt.on_conflict_do_update(
                            index_elements=["user_id"],
                            set_={c: stmt.excluded[c] for c in ("tree_id", "tree_version", "node", "answers", "history", "parent")},
                        )
                        await conn.execute(stmt, rows)
            except Exception:
                # put back what is not newer in memory, and let the next flush retry
                for uid, st in pending.items():
                    self._pending.setdefault(uid, st)
                raise

    async def save_now(self, user_id: int, state: dict | None) -> None:
        """Write one user's state (None: clear it) at once, not behind: for callers
        that must not show a step before it is durable. Ordered after any batch
        being written, and it supersedes that user's pending write."""
        import asyncio

        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            self._pending.pop(user_id, None)
            try:
                if state is None:
                    await DialogSessions.clear(self, user_id)
                else:
                    await DialogSessions.save(self, user_id, state)
            except Exception:
                self._pending.setdefault(user_id, _CLEARED if state is None else state)  # the next flush retries
                raise

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
