"""Per-user throttling: a user who floods the bot gets one "slow down" notice, then
is ignored for a few seconds; everyone else is served as before.

Counted per user in fixed windows: more than `limit` updates within `window`
seconds starts a `cooldown`. In memory by default; in Redis (keys with a TTL) when
Redis is configured, so that several bot processes share the count.
"""

from __future__ import annotations

import math
import time
from typing import Any, Awaitable, Callable

from aiogram import BaseMiddleware, Bot
from aiogram.types import CallbackQuery, Message, TelegramObject, Update

PASS, NOTIFY, DROP = "pass", "notify", "drop"


class MemoryThrottle:
    def __init__(self, limit: int, window: float, cooldown: float, clock: Callable[[], float] = time.monotonic, size: int = 100_000):
        self.limit, self.window, self.cooldown, self.clock, self.size = limit, window, cooldown, clock, size
        self._windows: dict[int, tuple[float, int]] = {}
        self._blocked: dict[int, float] = {}

    def forget(self, user_id: int) -> None:
        """/forget: nothing of the user stays in this process."""
        self._windows.pop(user_id, None)
        self._blocked.pop(user_id, None)

    async def hit(self, user_id: int) -> str:
        now = self.clock()
        until = self._blocked.get(user_id)
        if until is not None:
            if now < until:
                return DROP
            del self._blocked[user_id]
        start, count = self._windows.get(user_id, (now, 0))
        if now - start >= self.window:
            start, count = now, 0
        if len(self._windows) >= self.size:
            self._windows.clear()  # bounded memory; at worst a flooder gets a fresh window
        if count + 1 > self.limit:
            self._windows.pop(user_id, None)
            self._blocked[user_id] = now + self.cooldown
            return NOTIFY
        self._windows[user_id] = (start, count + 1)
        return PASS


# blocked: -1; else the count in this window (the window starts with the first update)
_COUNT = """
if redis.call('EXISTS', KEYS[2]) == 1 then return -1 end
redis.call('SET', KEYS[1], 0, 'PX', ARGV[1], 'NX')
return redis.call('INCR', KEYS[1])
"""


class RedisThrottle:
    """The same rule with two keys per user: a counter that expires with its window
    and a block flag that expires with the cooldown. Counted by one small script (one
    command on every update's path, atomic as the transaction it replaces)."""

    def __init__(self, redis, limit: int, window: float, cooldown: float, prefix: str = "throttle"):
        self.redis, self.limit, self.window, self.cooldown, self.prefix = redis, limit, window, cooldown, prefix
        self._count = redis.register_script(_COUNT)

    async def hit(self, user_id: int) -> str:
        count_key, block_key = f"{self.prefix}:{user_id}:n", f"{self.prefix}:{user_id}:block"
        count = await self._count(keys=[count_key, block_key], args=[max(1, math.ceil(self.window * 1000))])
        if count == -1:
            return DROP
        if count > self.limit:
            first = await self.redis.set(block_key, 1, px=max(1, math.ceil(self.cooldown * 1000)), nx=True)
            await self.redis.delete(count_key)
            return NOTIFY if first else DROP
        return PASS


class ThrottlingMiddleware(BaseMiddleware):
    """An outer middleware on updates, placed before the per-user lock: updates are
    counted as they arrive, not as fast as one user's updates can be handled in turn."""

    def __init__(self, throttle, notice: Callable[[str], str], language: Callable[[Any], Awaitable[str]]):
        self.throttle = throttle
        self.notice = notice  # lang -> the localized "slow down" text
        self.language = language  # Telegram user -> the language to tell them in (asked only to notify)

    async def __call__(self, handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]], event: TelegramObject, data: dict[str, Any]) -> Any:
        user = data.get("event_from_user")
        if user is None or user.is_bot:
            return await handler(event, data)
        verdict = await self.throttle.hit(user.id)
        if verdict == PASS:
            return await handler(event, data)
        bot: Bot = data["bot"]
        inner = event.event if isinstance(event, Update) else event
        text = self.notice(await self.language(user)) if verdict == NOTIFY else None
        if isinstance(inner, CallbackQuery):  # every press is answered, even an ignored one
            await bot.answer_callback_query(inner.id, text=text)
        elif verdict == NOTIFY and isinstance(inner, Message) and inner.chat.type == "private":
            await bot.send_message(inner.chat.id, text)
        return None
