"""Computations of the employer-permit tree (permits to employers to attract foreign
labour and intra-corporate transfer, FL Rules as amended by order No. 222).

Every number is read from dialogs/parameters/employer_permit.yaml on the date it
applies to; working days come from the Kazakhstan calendar (holidays included).

Readings taken where the seed is ambiguous (digest ../shared/knowledge/
self-employment-and-employer-permits.md, register C):
- An application sent after working hours, on a day off or a holiday is accepted on
  the next working day (App 2 row 9); time limits run from the working day after the
  day of acceptance (AMB-12): the day of acceptance is not counted. For the
  provider's time limits this is the later date, so nobody plans on an earlier result;
  `<limit>_early` is the other reading (the day of acceptance counted), shown beside it.
- The employer's own deadline, the fee (AMB-12, AMB-14), is taken the protective way:
  counted from the day of the decision (row 5), which is no later than the day the
  notification is received (row 8), and counting that day itself when it is a working
  day. The other reading, from receipt of the notification and not counting that day,
  is `pay_by_notice`.
"""

from __future__ import annotations

import datetime as dt

from ..model.compute import computation
from ..law.dates import add_days
from ..law.parameters import default_parameters
from ..law.workdays import default_calendar
from .common import filing_acceptance

P = "employer_permit."


def _days(name: str, on: dt.date) -> int:
    return int(default_parameters().value(P + name, on))


@computation("ep_timeline")
def timeline(filed: dt.date, after_hours=None, **_) -> dict:
    """When an application sent on `filed` (in or after working hours) is accepted, and
    the provider's time limits for each sub-service counted from that day (App 2 rows
    5 and 9): `<limit>` not counting the day of acceptance, `<limit>_early` counting it."""
    cal = default_calendar()
    registered = filing_acceptance(filed, after_hours)["accepted_on"]
    out: dict = {"registered": registered, "moved": registered != filed}
    for key, name in (
        ("issue_notice_by", "issue_notice_working_days"),
        ("issue_notice_short_by", "decision_notice_short_working_days"),
        ("issue_total_by", "issue_total_working_days"),
        ("reissue_by", "reissue_working_days"),
        ("extension_by", "extension_working_days"),
        ("multi_unit_by", "multi_unit_approval_working_days"),
        ("ict_issue_by", "ict_issue_working_days"),
        ("ict_reissue_by", "ict_reissue_working_days"),
        ("ict_extension_by", "ict_extension_working_days"),
    ):
        days = _days(name, filed)
        out[key] = cal.add_working_days(registered, days)
        out[key + "_early"] = cal.add_working_days(registered, days - 1)
    return out


@computation("ep_extension")
def extension(expiry: dt.date, filed: dt.date, goal: str, after_hours=None, today: dt.date | None = None, **_) -> dict:
    """Extension filed on `filed` for a permit whose last day is `expiry`.

    The seed has no extension window (NOT IN SEED); the only rule is the processing
    time (3 working days; 6 under intra-corporate transfer). `latest_filing` is a
    planning date, not a legal deadline: the last working day on which an application
    made in working hours is still due to be decided before the permit's last day.
    `open_today` (when `today` is given): an application sent today in working hours
    would still be accepted on or before the permit's last day.
    """
    cal = default_calendar()
    days = _days("ict_extension_working_days" if goal == "ict" else "extension_working_days", filed)
    registered = filing_acceptance(filed, after_hours)["accepted_on"]
    result_by = cal.add_working_days(registered, days)
    latest = cal.last_on_or_before(add_days(expiry, -1))
    while cal.add_working_days(latest, days) >= expiry:
        latest = cal.last_on_or_before(add_days(latest, -1))
    out = {
        # the reminder schedule's goal (dialogs/schedules/employer-permit.yaml): the
        # same processing time as above, so 🔔 plans on the date this screen shows
        "permit_goal": "ict" if goal == "ict" else "categories",
        "days": days,
        "registered": registered,
        "result_by": result_by,
        "result_by_early": cal.add_working_days(registered, days - 1),
        "latest_filing": latest,
        # accepted only after the permit's last day
        "expired": registered > expiry,
        # accepted in time, but the result is due on or after the last day. The permit
        # is valid through its last day: a decision due on that day is in time by the
        # rules, but leaves no margin, so the planning date above keeps one working day
        # (a decision due before the last day). `decided_on_last_day` tells the texts
        # which it is ("yes": due on the last day; "no": due after it).
        "late_for_result": registered <= expiry and result_by >= expiry,
        "decided_on_last_day": "yes" if result_by == expiry else "no",
    }
    if today is not None:
        out["open_today"] = cal.on_or_after(today) <= expiry
    return out


# Which request an intra-corporate transfer answer is (the application schedule's
# `request`): issue 8, re-issue 6, extension 6 working days (App 2 row 5).
_ICT_REQUESTS = {"new": "ict-issue", "reissue": "ict-reissue", "extend": "ict-extend"}


@computation("ep_ict_request")
def ict_request(action: str, **_) -> dict:
    """The tracked request for the intra-corporate transfer action the user chose, so
    a reminder counts the same time limit as the result screen."""
    return {"request": _ICT_REQUESTS[action]}


@computation("ep_fee")
def fee(decided: dt.date, received: dt.date | None = None, **_) -> dict:
    """The fee for issue or extension: within 10 working days of the decision (row 5)
    or of receiving the notification (row 8, AMB-14). `pay_by` is the protective date:
    from the decision, counting the decision day itself when it is a working day
    (`decided_on_working_day`; a decision on a day off counts from the next working
    day). `pay_by_late` is from the decision not counting that day; `pay_by_notice` is from
    the day the notification was received, not counting that day (the latest reading)."""
    cal = default_calendar()
    days = _days("fee_payment_working_days", decided)
    early, late = cal.within_working_days(decided, days)
    # a decision on a day off has no day of its own to count: the 10 days run from the
    # next working day (the texts say so instead of "counting its day")
    out = {"pay_by": early, "pay_by_late": late, "decided_on_working_day": cal.is_working_day(decided)}
    if received is not None:
        out["pay_by_notice"] = cal.add_working_days(received, days)
    return out
