"""Computations of the permanent-residence (PRP) tree.

Rules approved by MIA order No. 992, Chapter 3 (seed 003). Every number comes from
dialogs/parameters/permanent_residence.yaml; working days come from the Kazakhstan
calendar (holidays and transfers included). Where the Rules can be counted two ways
we return both dates and the tree shows the one that protects the applicant
(digest ../shared/knowledge/residence-permits.md §6, register A11–A15).
"""

from __future__ import annotations

import datetime as dt

from ..model.compute import computation
from ..law.dates import add_days, add_months
from ..law.parameters import default_parameters
from ..law.workdays import default_calendar

P = "permanent_residence."


def _value(name: str, on: dt.date) -> int:
    return default_parameters().value(P + name, on)


@computation("prp_timeline")
def prp_timeline(filed: dt.date, **_) -> dict:
    """Step limits of p.14, all in calendar days, from the day the application reaches
    the police. Whether steps 1–3 each run from that day (reading A) or one after
    another (reading B) is not said (A11); the answers of the bank and the records
    have no limit and the total term is in Appendix 3, which the seed lacks. So the
    notice date is only an estimate between the two readings.

    p.14 counts from the application's receipt («После поступления заявки … либо при
    обращении услугополучателя к услугодателю»): a filing on a day off is received on the
    next working day (the day `filing_acceptance` gives the passport check), so the steps
    count from that day — the later dates, the safe reading for "when to expect an answer"
    (legal audit, finding 2). The tracked item (track_prp_application) counts the same."""
    filed = default_calendar().on_or_after(filed)
    reg = _value("register_days", filed)
    ums = _value("send_to_ums_days", filed)
    checks = _value("checks_days", filed)
    security = _value("security_approval_days", filed)
    conclusion = _value("conclusion_days", filed)
    notice = _value("notice_days", filed)
    first_three_a = max(reg, ums, checks)  # reading A: milestones counted from filing
    first_three_b = reg + ums + checks  # reading B: one step after another
    return {
        "registered_by": add_days(filed, reg),
        "security_from_a": add_days(filed, first_three_a + security),
        "security_from_b": add_days(filed, first_three_b + security),
        "notice_earliest": add_days(filed, first_three_a + security + conclusion + notice),
        "notice_latest": add_days(filed, first_three_b + security + conclusion + notice),
    }


@computation("prp_hearing")
def prp_hearing(notice: dt.date, **_) -> dict:
    """p.17: the hearing is held not later than 2 working days from the day of the
    notice, and the notice goes out not later than 3 working days before the act.
    Whether the notice day counts is not said (A12): `latest` does not count it,
    `ready_by` counts it when it is a working day (the earlier date, which we urge).
    A notice dated on a day off: no working day to count, so both readings give `latest`;
    but the hearing may come as early as the next working day (A12), and `ready_by` says
    so (legal audit, finding 4) — the same day a Friday notice gets. `notice_day_off`
    picks the note that says it."""
    cal = default_calendar()
    within = _value("hearing_within_working_days", notice)
    before_act = _value("hearing_notice_working_days", notice)
    ready_by, latest = cal.within_working_days(notice, within)
    day_off = not cal.is_working_day(notice)
    if day_off:
        ready_by = min(ready_by, cal.next_working_day(notice))
    return {
        "ready_by": ready_by,
        "latest": latest,
        "notice_day_off": day_off,
        "act_not_before": cal.add_working_days(notice, before_act),
    }


def _reapply(anchor: dt.date, today: dt.date | None) -> dict:
    """p.22: not earlier than one year after the conclusion. Whether the anniversary
    itself is allowed is not said (A15): we show the day after it as the safe date.
    A 29 February anchor has no anniversary; add_months takes 28 February."""
    months = _value("reapply_after_months", anchor)
    anniversary = add_months(anchor, months)
    safe = add_days(anniversary, 1)
    return {
        "anniversary": anniversary,
        "safe": safe,
        "can_now": bool(today and today >= safe),
        "leap_anchor": anchor.month == 2 and anchor.day == 29,
    }


@computation("prp_reapply")
def prp_reapply(anchor: dt.date, today: dt.date | None = None, **_) -> dict:
    return _reapply(anchor, today)


@computation("prp_exit")
def prp_exit(start: dt.date, today: dt.date | None = None, **_) -> dict:
    """p.20: leave within up to 30 calendar days from the day the annulment
    conclusion is approved. Counting from the next day gives start + 30; counting
    the approval day as day 1 gives start + 29, the earlier date we urge (A13).
    Calendar days: a deadline on a weekend or holiday does not move."""
    days = _value("exit_calendar_days", start)
    safe = add_days(start, days - 1)
    out = {"safe": safe, "outer": add_days(start, days)}
    out.update({f"reapply_{k}": v for k, v in _reapply(start, today).items()})
    return out
