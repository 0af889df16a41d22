"""The phone-screen limits hold on other days than today.

`python -m bot check` measures every reachable screen as the engine sees it today (the
dates a walk types are today's, ± offsets), so a screen that runs past its limit only
when some date falls on a day off — or once a later rule version is in force — passes
today's check and fails a later one: a sweep of a year found nine such screens (stop
33). This measures every tree on a day of each month of the coming year, fixed days, so
the test does not move with the clock.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dialogs.model.loader import load_trees
from dialogs.runtime.engine import Engine
from dialogs.runtime.screens import measure_tree

DAYS = [dt.date(2027, m, d) for m, d in ((1, 19), (2, 9), (3, 23), (4, 13), (5, 4), (6, 22), (7, 13), (8, 3), (9, 21), (10, 12), (11, 2), (12, 14))]
DAYS.insert(0, dt.date(2026, 12, 22))


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_every_screen_keeps_its_limits_on_other_days(day):
    from bot.app import build_renderer

    renderer = build_renderer()
    trees = load_trees()
    engine = Engine(trees, today=lambda: day)
    over = []
    for tree in trees.values():
        _, problems = measure_tree(engine, renderer, tree)
        over += [str(p) for p in problems]
    assert over == []
