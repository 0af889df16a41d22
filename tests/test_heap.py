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


async def test_the_collector_resumes_with_a_larger_young_generation_and_still_collects_cycles():
    """bot/heap.py: a step's objects live while it awaits; at Python's 700 the young
    generation was collected every few steps. Garbage cycles still go, later."""
    import weakref

    thresholds = gc.get_threshold()
    try:
        heap.pause_collector()
        await heap.settle()
        assert gc.get_threshold() == (heap.YOUNG_THRESHOLD, thresholds[1], thresholds[2])

        class Node:
            pass

        first = Node()
        first.self = first  # a cycle: only the collector frees it
        gone = weakref.ref(first)
        del first
        for _ in range(heap.YOUNG_THRESHOLD * 3):
            cycle = Node()
            cycle.self = cycle
        assert gone() is None  # collected without anyone asking
    finally:
        gc.set_threshold(*thresholds)
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
