"""Seeded analytics events with figures known by construction (tests of /stats, the
staff page and the Chromium page test share them)."""

from __future__ import annotations

import datetime as dt

from storage.analytics import AnalyticsLog

NOW = dt.datetime(2026, 12, 10, 7, 0, tzinfo=dt.timezone.utc)  # 12:00 in Almaty


def _dialog(log: AnalyticsLog, now: dt.datetime, token: str, service: str, age: dt.timedelta, path: list[str], outcome: str | None, lang="ru"):
    at = now - age
    log.record("start", service, path[0], lang, depth=0, dialog=token, at=at)
    for i in range(1, len(path)):
        log.record("step", service, path[i - 1], lang, reached=path[i], answer=0, depth=i, dialog=token, at=at + dt.timedelta(seconds=i))
    if outcome:
        log.record("result", service, path[-1], lang, outcome=outcome, depth=len(path) - 1, dialog=token, at=at + dt.timedelta(seconds=len(path)))


async def seed(db, now: dt.datetime = NOW) -> None:
    """labour-permit, last 7 days: 9 dialogs started
        a1 ☎️ after 2 steps, a2 ⚠️ after 2 steps, a3 ✅ after 3 steps,
        given up: 3 at lp-q2 (after 1 step), 2 at lp-q3 (after 2 steps),
        1 still going (5 minutes old: not given up yet); 1 hand-off
    labour-permit, 8-30 days ago: 9 more started
        b1 ✅, b2 ☎️ (2 steps each), given up: 2 at lp-q1 (no step), 2 at lp-q4, 2 at lp-q5, 1 at lp-q6; 1 hand-off
    labour-permit, 40 days ago: 1 dialog (☎️) and 1 hand-off, outside both periods
    kandas, 2 days ago: 1 ⛔ after 1 step, 1 given up at ks-q1; no hand-off
    """
    log = AnalyticsLog(db)
    lp, days, minutes = "labour-permit", (lambda n: dt.timedelta(days=n)), (lambda n: dt.timedelta(minutes=n))
    q = ["lp-q1", "lp-q2", "lp-q3", "lp-q4", "lp-q5", "lp-q6"]
    _dialog(log, now, "a1", lp, days(1), q[:3], "ask_person")
    _dialog(log, now, "a2", lp, days(2), q[:3], "not_ready", lang="kk")
    _dialog(log, now, "a3", lp, days(3), q[:4], "eligible", lang="en")
    for i in range(3):
        _dialog(log, now, f"a-q2-{i}", lp, days(4), q[:2], None)
    for i in range(2):
        _dialog(log, now, f"a-q3-{i}", lp, days(5), q[:3], None)
    _dialog(log, now, "a-live", lp, minutes(5), q[:2], None)
    log.record("handoff", lp, "lp-q3", "ru", at=now - days(1))
    _dialog(log, now, "b1", lp, days(10), q[:3], "eligible")
    _dialog(log, now, "b2", lp, days(20), q[:3], "ask_person")
    for i in range(2):
        _dialog(log, now, f"b-q1-{i}", lp, days(12), q[:1], None)
    for i in range(2):
        _dialog(log, now, f"b-q4-{i}", lp, days(15), q[:4], None)
        _dialog(log, now, f"b-q5-{i}", lp, days(25), q[:5], None)
    _dialog(log, now, "b-q6", lp, days(26), q[:6], None)
    log.record("handoff", lp, "lp-q2", "ru", at=now - days(9))
    _dialog(log, now, "old", lp, days(40), q[:3], "ask_person")
    log.record("handoff", lp, "lp-q2", "ru", at=now - days(40))
    _dialog(log, now, "k1", "kandas", days(2), ["ks-q1", "ks-q2"], "not_eligible")
    _dialog(log, now, "k2", "kandas", days(2), ["ks-q1"], None)
    assert await log.flush()
