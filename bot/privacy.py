"""The user's data outside the SQL rows: the export file, /forget across the database,
Redis and this process's memory, and the periodic retention sweep of dialog answers.

What is in the database is found from the schema (storage/userdata.py). In Redis the
user's keys are found by name: every key with the user's id as one of its
':'-separated parts (FSM state and data, throttling counters, the reminder pacer's
per-chat slot, and whatever a later feature keys by user id the same way).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
from typing import Awaitable, Callable

from aiogram.fsm.storage.base import BaseStorage, DefaultKeyBuilder, StorageKey
from aiogram.fsm.storage.memory import MemoryStorage
from aiogram.fsm.storage.redis import RedisStorage

from dialogs.runtime.engine import DialogState
from storage.db import Database
from storage.repositories import Users
from storage.userdata import RosterFate, UserData, purge_stale_dialogs

log = logging.getLogger(__name__)
UTC = dt.timezone.utc


def utcnow() -> dt.datetime:
    return dt.datetime.now(UTC)


def _text(raw) -> str:
    return raw.decode() if isinstance(raw, bytes) else raw


def is_users_key(key: str, user_id: int) -> bool:
    """A Redis key that belongs to the user: their id is one of its parts. aiogram's
    per-update lock is left alone: it is held while /forget itself runs, holds no
    data, and is deleted when the update ends."""
    parts = key.split(":")
    return str(user_id) in parts and parts[-1] != "lock"


async def fsm_keys_of(storage: BaseStorage, user_id: int) -> list:
    """The user's FSM entries in every chat: StorageKeys (memory) or Redis key names."""
    if isinstance(storage, MemoryStorage):
        return [k for k in storage.storage if k.user_id == user_id]
    redis = getattr(storage, "redis", None)
    builder = getattr(storage, "key_builder", None)
    if redis is None or not isinstance(builder, DefaultKeyBuilder):
        return []
    sep = builder.separator
    found = []
    async for raw in redis.scan_iter(match=f"{builder.prefix}{sep}*{sep}{user_id}{sep}*", count=500):
        parts = _text(raw).split(sep)
        # prefix[:bot][:business]:chat[:thread]:user[:destiny]:part
        user_at = -3 if builder.with_destiny else -2
        if len(parts) >= 3 and parts[user_at] == str(user_id) and parts[-1] != "lock":
            found.append(raw)
    return found


async def clear_fsm_everywhere(storage: BaseStorage, user_id: int) -> None:
    """Delete the user's conversation state and data in every chat (memory or Redis)."""
    keys = await fsm_keys_of(storage, user_id)
    if isinstance(storage, MemoryStorage):
        for key in keys:
            storage.storage.pop(key, None)
    elif keys:
        await storage.redis.delete(*keys)


class Privacy:
    """/mydata and /forget for one bot process."""

    def __init__(self, db: Database, users: Users, sessions, storage: BaseStorage, throttle=None, retention_days: int = 90):
        self.db = db
        self.users = users
        self.sessions = sessions  # the dialog sessions, possibly written behind
        self.storage = storage  # aiogram's FSM storage
        self.throttle = throttle
        self.retention_days = retention_days
        self.data = UserData(db)

    @property
    def redis(self):
        return getattr(self.storage, "redis", None)

    async def export(self, user_id: int, conversation_state: dict | None = None) -> dict:
        """Everything stored about the user: every row of every table that is theirs or
        names them, and their conversation state as the bot holds it right now."""
        flush = getattr(self.sessions, "flush", None)
        if flush is not None:
            await flush()  # the newest step, if it is still only in the write-behind buffer
        return {
            "about": "Everything the migration bot stores about this Telegram user (/mydata).",
            "telegram_id": user_id,
            "exported_at": utcnow().isoformat(timespec="seconds"),
            "retention": {"dialog_answers_days_after_last_answer": self.retention_days, "everything_else": "until /forget"},
            "database": await self.data.export(user_id),
            "conversation_state": conversation_state or {},
        }

    async def plan(self, user_id: int) -> list[RosterFate]:
        return await self.data.plan_forget(user_id)

    async def handoff_topics(self, user_id: int) -> int:
        """Topics in the operators' group that /forget deletes (storage/handoffs.py)."""
        from storage.handoffs import Handoffs

        return await Handoffs(self.db).topics_of(user_id)

    async def forget(self, user_id: int) -> dict[str, int]:
        """Delete every row about the user (pending reminders go with their rows), every
        Redis key of theirs and what this process keeps of them in memory."""
        counts: dict[str, int] = {}

        async def delete_rows(uid: int) -> None:
            counts.update(await self.users.forget(uid))

        forget_user = getattr(self.sessions, "forget_user", None)
        if forget_user is not None:
            # the write-behind buffer's pending step goes with the rows, so no later flush writes it back
            await forget_user(user_id, delete_rows)
        else:
            await delete_rows(user_id)
        if self.redis is None:
            await clear_fsm_everywhere(self.storage, user_id)
        memory_forget = getattr(self.throttle, "forget", None)
        if memory_forget is not None:
            memory_forget(user_id)
        if self.redis is not None:
            # one pass over the keyspace finds the FSM keys too (the user id is one of their parts)
            counts["redis keys"] = await self._delete_redis_keys(user_id)
        return counts

    async def _delete_redis_keys(self, user_id: int) -> int:
        doomed = [raw async for raw in self.redis.scan_iter(match=f"*{user_id}*", count=1000) if is_users_key(_text(raw), user_id)]
        if doomed:
            await self.redis.delete(*doomed)
        return len(doomed)


class RetentionSweeper:
    """Deletes dialog answers untouched for `days` days, every `every` seconds: run by
    the process that delivers reminders. `on_purged` gets {user: the dialog deleted}
    (to drop the conversation-state copy of those answers in Redis or memory)."""

    def __init__(
        self,
        db: Database,
        days: int,
        every: float = 3600.0,
        clock: Callable[[], dt.datetime] = utcnow,
        on_purged: Callable[[dict[int, dict]], Awaitable[None]] | None = None,
    ):
        self.db, self.days, self.every, self.clock, self.on_purged = db, days, every, clock, on_purged

    async def run_once(self) -> int:
        purged = await purge_stale_dialogs(self.db, self.clock(), self.days)
        if purged and self.on_purged is not None:
            await self.on_purged(purged)
        if purged:
            log.info("retention: %d dialog(s) older than %d days deleted", len(purged), self.days)
        return len(purged)

    async def run_forever(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await self.run_once()
            except Exception:  # noqa: BLE001 - the next sweep tries again
                log.exception("retention sweep failed")
            try:
                await asyncio.wait_for(stop.wait(), timeout=self.every)
            except asyncio.TimeoutError:
                pass


def stale_dialog_clearer(storage: BaseStorage, bot_id: int) -> Callable[[dict[int, dict]], Awaitable[None]]:
    """After a retention sweep: drop the conversation-state copy of each deleted
    dialog — the user's private-chat FSM entry, where dialogs run (one key each, no
    scan) — only while it still holds that very dialog (or none). A user who answered
    as the sweep ran holds a newer one there: it stays, and their step writes its
    database row again, so an answer given at that moment is not lost."""

    async def clear(purged: dict[int, dict]) -> None:
        for uid, dialog in purged.items():
            key = StorageKey(bot_id=bot_id, chat_id=uid, user_id=uid)
            if isinstance(storage, MemoryStorage):
                record = storage.storage.get(key)  # .get: the storage is a defaultdict
                if record is not None and _holds_only(record.data, dialog):
                    del storage.storage[key]
            elif isinstance(storage, RedisStorage):
                await _clear_redis_if_unchanged(storage, key, dialog)

    return clear


async def _clear_redis_if_unchanged(storage: RedisStorage, key: StorageKey, dialog: dict) -> None:
    from redis.exceptions import WatchError

    data_key, state_key = storage.key_builder.build(key, "data"), storage.key_builder.build(key, "state")
    async with storage.redis.pipeline(transaction=True) as pipe:
        try:
            await pipe.watch(data_key)
            raw = await pipe.get(data_key)
            if raw is not None and not _holds_only(storage.json_loads(_text(raw)), dialog):
                return
            pipe.multi()
            pipe.delete(data_key, state_key)
            await pipe.execute()
        except WatchError:
            pass  # written while we looked: the user is active right now, their state stays


def _holds_only(data: dict, dialog: dict) -> bool:
    """The FSM data holds the swept dialog (or no dialog at all), nothing newer. Both
    sides are read as DialogStates: the database row and the FSM copy spell the same
    dialog alike once through from_dict/to_dict (defaults, an absent parent)."""
    kept = data.get("dialog")
    return kept is None or DialogState.from_dict(kept).to_dict() == DialogState.from_dict(dialog).to_dict()


def export_bytes(document: dict) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=False).encode("utf-8")
