"""The collector around a bot process's start-up (bot/heap.py): paused while it
imports and builds, resumed when the bot starts — and never left paused for good,
or a process would keep every cycle it ever made."""

from __future__ import annotations

import gc
import time

from bot import heap


def _restore() -> None:
    gc.enable()


async def test_the_collector_is_resumed_when_the_bot_starts_with_the_start_up_heap_frozen():
    try:
        heap.pause_collector()
        assert not gc.isenabled()
        await heap.settle()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0  # what start-up made is out of the collector's sight
    finally:
        _restore()


def test_a_start_that_never_finishes_still_gets_its_collector_back(monkeypatch):
    """A bot waiting for a database that is down never reaches its start-up hook."""
    monkeypatch.setattr(heap, "RESUME_AFTER", 0.05)
    try:
        heap.pause_collector()
        assert not gc.isenabled()
        deadline = time.monotonic() + 5
        while not gc.isenabled() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert gc.isenabled()
    finally:
        _restore()
