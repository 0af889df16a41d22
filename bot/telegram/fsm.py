"""The user's conversation data, read once per update.

aiogram's FSMContext reads the storage on every get_data() and reads again inside
update_data(); a step that loads the dialog, counts it for staff statistics and saves
it read the same Redis key three times. While an update is handled it holds the user's
event-isolation lock (the FSM key), so no other update of theirs can change that data
meanwhile: the first read is kept for the rest of the update (copied one level deep, as
aiogram's MemoryStorage copies: nested values are replaced, never changed in place —
DialogState.from_dict/to_dict copy theirs), and every write goes to
the storage at once (a screen is still sent only after its state is stored). With
Redis the first read comes with the state the middleware reads anyway: one round trip."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aiogram import Bot
from aiogram.fsm.context import FSMContext
from aiogram.fsm.middleware import FSMContextMiddleware
from aiogram.fsm.storage.base import DEFAULT_DESTINY, StorageKey
from aiogram.fsm.storage.redis import RedisStorage


class UpdateFSMContext(FSMContext):
    def __init__(self, storage, key: StorageKey) -> None:
        super().__init__(storage, key)
        self._data: dict[str, Any] | None = None

    async def get_state(self) -> str | None:
        """aiogram's FSM middleware asks for the state first, under the user's lock; with
        Redis the data key is read in the same round trip (MGET) and kept for the update."""
        if self._data is None and isinstance(self.storage, RedisStorage):
            state, data = await self.storage.redis.mget(
                self.storage.key_builder.build(self.key, "state"), self.storage.key_builder.build(self.key, "data"))
            self._data = {} if data is None else self.storage.json_loads(data.decode() if isinstance(data, bytes) else data)
            return state.decode() if isinstance(state, bytes) else state
        return await super().get_state()

    def assume_nothing_saved(self) -> None:
        """For a user registered by this very update: their conversation data is empty
        and no dialog of theirs is in the database (rows of a user go with the user), so
        the first read of this update needs neither the storage nor the database (with
        Redis the storage was read already, with the state, and held nothing)."""
        if not self._data:
            self._data = {"dialog": None}

    async def get_data(self) -> dict[str, Any]:
        if self._data is None:
            self._data = await super().get_data()
        return dict(self._data)  # callers set keys on what they get; the kept copy stays as stored

    async def set_data(self, data: Mapping[str, Any]) -> None:
        await super().set_data(data)
        self._data = dict(data)

    async def update_data(self, data: Mapping[str, Any] | None = None, **kwargs: Any) -> dict[str, Any]:
        if data:
            kwargs.update(data)
        current = await self.get_data()
        current.update(kwargs)
        await self.set_data(current)
        return current

    async def get_value(self, key: str, default: Any | None = None) -> Any | None:
        if self._data is None:
            await self.get_data()
        return self._data.get(key, default)


class UpdateFSMMiddleware(FSMContextMiddleware):
    """aiogram's FSM middleware (the same keys, strategy and per-user lock) handing
    handlers an UpdateFSMContext."""

    def get_context(self, bot: Bot, chat_id: int, user_id: int, thread_id: int | None = None,
                    business_connection_id: str | None = None, destiny: str = DEFAULT_DESTINY) -> FSMContext:
        return UpdateFSMContext(
            storage=self.storage,
            key=StorageKey(user_id=user_id, chat_id=chat_id, bot_id=bot.id, thread_id=thread_id,
                           business_connection_id=business_connection_id, destiny=destiny),
        )
