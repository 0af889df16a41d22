"""Callers who ask the database the same kind of thing at the same moment share one
round trip.

A statement through SQLAlchemy's asyncio layer costs about a millisecond of CPU on
SQLite (aiosqlite hands every step to its thread and back) and a network round trip on
PostgreSQL. When many people write to the bot at once — a campaign link sent by the
contact center, a burst after a restart — each of their first updates reads or
registers the user: one statement per person. A Batcher runs the first request at once
and gathers every request that arrives while it runs into the next one.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Hashable, Mapping
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
R = TypeVar("R")


class Batcher(Generic[K, R]):
    """`await batcher(key)` returns `run(keys)[key]` (None if the result lacks it), where
    `run` receives every key asked for while the previous batch ran (at most `most` at a
    time). Callers of the same key share its result. A failed batch fails each of its
    callers with the error; the next batch is tried afresh."""

    def __init__(self, run: Callable[[list[K]], Awaitable[Mapping[K, R]]], most: int = 1000):
        self._run = run
        self._most = most  # keys in one run (bound parameters stay far below the drivers' limits)
        self._waiting: dict[K, list[asyncio.Future]] = {}
        self._worker: asyncio.Task | None = None

    async def __call__(self, key: K) -> R | None:
        future = asyncio.get_running_loop().create_future()
        self._waiting.setdefault(key, []).append(future)
        if self._worker is None:
            self._worker = asyncio.ensure_future(self._drain())
        return await future

    async def _drain(self) -> None:
        batch: dict[K, list[asyncio.Future]] = {}
        try:
            while self._waiting:
                keys = list(self._waiting)[: self._most]
                batch = {k: self._waiting.pop(k) for k in keys}
                try:
                    results = await self._run(list(batch))
                except Exception as error:  # noqa: BLE001 - handed to each caller
                    _settle(batch, error=error)
                else:
                    _settle(batch, results=results)
                batch = {}
        except BaseException:  # cancelled (shutdown): nobody is left waiting for ever
            stopped = RuntimeError("stopped")
            _settle(batch, error=stopped)
            _settle(self._waiting, error=stopped)
            self._waiting = {}
            raise
        finally:
            self._worker = None


def _settle(batch: Mapping, results: Mapping | None = None, error: Exception | None = None) -> None:
    for key, futures in batch.items():
        for future in futures:
            if future.done():
                continue  # its caller gave up (cancelled)
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(results.get(key))


class FlushTimer:
    """A write-behind buffer's timer: `flush` runs `delay` seconds after `start`, as a
    background task kept referenced until it is done. One timer at a time; `armed`
    says whether one is waiting. Used by the dialog write-behind and the analytics log."""

    def __init__(self, flush: Callable[[], Awaitable[object]]):
        self._flush = flush
        self._handle: asyncio.TimerHandle | None = None
        self._tasks: set[asyncio.Task] = set()

    @property
    def armed(self) -> bool:
        return self._handle is not None

    def start(self, delay: float) -> None:
        """(Re)start the timer: a waiting one is replaced."""
        self.cancel()
        self._handle = asyncio.get_running_loop().call_later(delay, self._fire)

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None

    def _fire(self) -> None:
        self._handle = None
        task = asyncio.ensure_future(self._flush())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
