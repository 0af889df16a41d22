"""One send rate for every process: Telegram's limits kept in Redis.

Telegram allows a bot about 30 messages a second in all, one a second in a private
chat and 20 a minute in a group. Each process pacing itself at a share of that
(`bot.reminders.Pacer`) leaves the share of an idle process unused and cannot stop
two processes from writing to one chat in the same second. `SharedPacer` keeps the
limits in Redis instead: a GCRA (generic cell rate algorithm) schedule per bucket —
the bot as a whole, and each chat — updated atomically by one Lua script, so any
number of processes together stay within the limits. A 429 `retry_after` seen by one
process pauses all of them.

Same interface as `Pacer`: `await wait(chat_id)`, `pause(seconds)`.
"""

from __future__ import annotations

import asyncio
import time
from typing import Callable

# KEYS: the buckets; ARGV[1] = now (seconds, float), then per key: interval, burst.
# Returns 0 and books a slot in every bucket, or the seconds to wait (nothing booked).
_GCRA = """
local now = tonumber(ARGV[1])
local paused = tonumber(redis.call('GET', KEYS[1]) or '0')
if paused > now then return tostring(paused - now) end
local wait = 0
local tats = {}
for i = 2, #KEYS do
  local interval = tonumber(ARGV[2 * i - 2])
  local burst = tonumber(ARGV[2 * i - 1])
  local tat = tonumber(redis.call('GET', KEYS[i]) or '0')
  if tat < now then tat = now end
  tats[i] = tat
  local over = tat - now - burst * interval
  if over > wait then wait = over end
end
if wait > 0 then return tostring(wait) end
for i = 2, #KEYS do
  local interval = tonumber(ARGV[2 * i - 2])
  local burst = tonumber(ARGV[2 * i - 1])
  local tat = tats[i] + interval
  redis.call('SET', KEYS[i], tostring(tat), 'PX', math.ceil((tat - now + burst * interval) * 1000) + 1000)
end
return '0'
"""


class SharedPacer:
    """At most `per_second` sends in all, one per private chat every `per_chat`
    seconds and `per_group_minute` a minute per group chat (negative chat ids),
    across every process that uses the same Redis and `prefix`."""

    def __init__(
        self,
        redis,
        per_second: float = 30,
        per_chat: float = 1.0,
        per_group_minute: float = 20,
        prefix: str = "bot:rate",
        clock: Callable[[], float] = time.time,
        sleep=asyncio.sleep,
    ):
        self.redis = redis
        self.global_interval = 1.0 / per_second + 1e-6  # never a 31st message inside any second
        self.per_chat = per_chat
        self.group_interval = 60.0 / per_group_minute + 1e-6
        self.prefix = prefix
        self.clock = clock  # wall time: shared by processes (unlike time.monotonic)
        self.sleep = sleep
        self._script = redis.register_script(_GCRA)
        self._pause_tasks: set[asyncio.Task] = set()

    def _keys_and_args(self, chat_id: int) -> tuple[list[str], list[float]]:
        chat_interval = self.group_interval if chat_id < 0 else self.per_chat + 1e-6
        keys = [f"{self.prefix}:paused", f"{self.prefix}:all", f"{self.prefix}:chat:{chat_id}"]
        return keys, [self.global_interval, 0, chat_interval, 0]

    async def try_acquire(self, chat_id: int) -> float:
        """Book a send to `chat_id` now: 0.0, or how long to wait before trying again."""
        keys, args = self._keys_and_args(chat_id)
        wait = await self._script(keys=keys, args=[repr(self.clock()), *map(repr, args)])
        return float(wait)

    async def wait(self, chat_id: int) -> None:
        while True:
            delay = await self.try_acquire(chat_id)
            if delay <= 0:
                return
            await self.sleep(delay)

    async def pause_all(self, seconds: float) -> None:
        """Every process stops sending for `seconds` (Telegram said retry_after)."""
        until = self.clock() + seconds
        key = f"{self.prefix}:paused"
        current = await self.redis.get(key)
        if current is None or float(current) < until:
            await self.redis.set(key, repr(until), px=int(seconds * 1000) + 1000)

    def pause(self, seconds: float) -> None:
        """`Pacer.pause`'s synchronous signature: the pause is written in the background."""
        task = asyncio.ensure_future(self.pause_all(seconds))
        self._pause_tasks.add(task)
        task.add_done_callback(self._pause_tasks.discard)
