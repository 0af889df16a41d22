"""Computations of the employer-permit tree (permits to employers to attract foreign
labour and intra-corporate transfer, FL Rules as amended by order No. 222).

Every number is read from dialogs/parameters/employer_permit.yaml on the date it
applies to; working days come from the Kazakhstan calendar (holidays included).

Readings taken where the seed is ambiguous (digest ../shared/knowledge/
self-employment-and-employer-permits.md, register C):
- An application sent after working hours, on a day off or a holiday is accepted on
  the next working day (App 2 row 9); time limits run from the working day after the
  day of acceptance (AMB-12): the day of acceptance is not counted. For the
  provider's time limits this is the later date, so nobody plans on an earlier result.
- The employer's own deadline, the fee (AMB-12, AMB-14), is taken the protective way:
  counted from the day of the decision, which is no later than the day the
  notification is received, and counting that day itself when it is a working day.
"""

from __future__ import annotations

import datetime as dt

from ..compute import computation
from ..dates import add_days
from ..parameters import default_parameters
from ..workdays import default_calendar

P = "employer_permit."


def _days(name: str, on: dt.date) -> int:
    return int(default_parameters().value(P + name, on))


@computation("ep_timeline")
def timeline(filed: dt.date, **_) -> dict:
    """When an application sent on `filed` is accepted, and the provider's time limits
    for each sub-service counted from that day (App 2 row 5)."""
    cal = default_calendar()
    registered = cal.on_or_after(filed)

    def due(name: str) -> dt.date:
        return cal.add_working_days(registered, _days(name, filed))

    return {
        "registered": registered,
        "issue_notice_by": due("issue_notice_working_days"),
        "issue_notice_short_by": due("decision_notice_short_working_days"),
        "issue_total_by": due("issue_total_working_days"),
        "reissue_by": due("reissue_working_days"),
        "extension_by": due("extension_working_days"),
        "multi_unit_by": due("multi_unit_approval_working_days"),
        "ict_issue_by": due("ict_issue_working_days"),
        "ict_reissue_by": due("ict_reissue_working_days"),
        "ict_extension_by": due("ict_extension_working_days"),
    }


@computation("ep_extension")
def extension(expiry: dt.date, filed: dt.date, goal: str, **_) -> dict:
    """Extension filed on `filed` for a permit whose last day is `expiry`.

    The seed has no extension window (NOT IN SEED); the only rule is the processing
    time (3 working days; 6 under intra-corporate transfer). `latest_filing` is a
    planning date, not a legal deadline: the last working day on which an accepted
    application is still due to be decided before the permit's last day.
    """
    cal = default_calendar()
    days = _days("ict_extension_working_days" if goal == "ict" else "extension_working_days", filed)
    registered = cal.on_or_after(filed)
    result_by = cal.add_working_days(registered, days)
    latest = cal.last_on_or_before(add_days(expiry, -1))
    while cal.add_working_days(latest, days) >= expiry:
        latest = cal.last_on_or_before(add_days(latest, -1))
    return {
        "days": days,
        "registered": registered,
        "result_by": result_by,
        "latest_filing": latest,
        # accepted only after the permit's last day
        "expired": registered > expiry,
        # accepted in time, but the result is due on or after the last day
        "late_for_result": registered <= expiry and result_by >= expiry,
    }


@computation("ep_fee")
def fee(decided: dt.date, **_) -> dict:
    """The fee for issue or extension: within 10 working days of the decision (row 5)
    or of receiving the notification (row 8). `pay_by` counts the decision day itself
    when it is a working day (the earlier date, which we urge); `pay_by_late` does not
    count it (the other reading)."""
    cal = default_calendar()
    days = _days("fee_payment_working_days", decided)
    late = cal.add_working_days(decided, days)
    early = cal.add_working_days(decided, days - 1) if cal.is_working_day(decided) else late
    return {"pay_by": early, "pay_by_late": late}
