"""Computations any service tree may use: when a filing is accepted, whether a
document is still valid on a given day.

Acceptance: most services' rules say that an application made after working hours,
on a day off or a holiday is accepted the next working day, and every decision
time limit counts from acceptance. A tree asks the filing day and whether it is
within working hours, then counts its time limits from `accepted_on`.
"""

from __future__ import annotations

import datetime as dt

from ..model.compute import computation
from ..law.workdays import default_calendar

# answers to "when will you file?" that mean outside working hours
AFTER_HOURS = ("after-hours", "yes", True)


@computation("filing_acceptance")
def filing_acceptance(filed: dt.date, after_hours=None, **_) -> dict:
    """`accepted_on`: the filing day if it is a working day and the filing is made in
    working hours, else the next working day. `moved` says whether it moved."""
    cal = default_calendar()
    if cal.is_working_day(filed) and after_hours not in AFTER_HOURS:
        accepted = filed
    else:
        accepted = cal.next_working_day(filed)
    return {"accepted_on": accepted, "moved": accepted != filed}


@computation("document_validity")
def document_validity(valid_until: dt.date, day: dt.date, **_) -> dict:
    """Whether a document valid until `valid_until` (inclusive) is still valid on
    `day` (the day the filing is accepted): `valid` and `expired`, both booleans,
    so that a condition can test either."""
    valid = day <= valid_until
    return {"valid": valid, "expired": not valid, "days_left": (valid_until - day).days}
