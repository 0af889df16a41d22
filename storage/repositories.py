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

    async def set_active(self, telegram_id: int, active: bool) -> None:
        async with self.db.sessions.begin() as s:
            user = await s.get(User, telegram_id)
            if user:
                user.active = active

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
        values = {
            "tree_id": state["tree_id"],
            "tree_version": state["tree_version"],
            "node": state["node"],
            "answers": state.get("answers") or {},
            "history": state.get("history") or [],
            "parent": state.get("parent"),
        }
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
