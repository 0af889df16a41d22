"""Computations of the kandas-status tree (dialogs/trees/kandas.yaml).

Every number comes from dialogs/parameters/kandas.yaml on the date it applies to;
working days come from the Kazakhstan calendar (holidays included).

Readings taken where the Rules are ambiguous (each is said to the user, both dates
on the screen, the safe one first):
- assignment: "within 30 working days after the day the application is registered
  by the local executive body". The registration day is not known to us and the
  Rules do not say when an application made after working hours or on a day off is
  registered (the provider works 9.00-17.30, the State Corporation Mon-Fri, online
  channels round the clock: App. 2 row 9). Safe (later) reading: registered on the
  next working day when filed after hours or on a day off; the other reading:
  registered on the filing day itself.
- extension: "within 3 working days", start not stated. Safe reading: counted from
  the working day after acceptance (a filing after hours or on a day off is
  accepted the next working day); the other reading counts the acceptance day as
  day one (one working day earlier).
- certificate: "within 3 days after the day of arrival" — calendar or working days
  is not stated; both dates are returned and the later one is the one to wait for.
- validity: "one year after the day the status was obtained" — counted from the
  arrival day (the earliest possible start), so the end date is never too late.
  Whether the arrival day is the year's first day (last day: the day before the
  anniversary, `year_ends_early`) or the year runs from the next day (last day: the
  anniversary, `year_ends`) is not said either (digest §5 AMB 11): both are returned;
  a duty that must be done before the end (the extension) goes by the earlier one.
- complaint (p.25): 5 working days after the day of registration, that day not
  counted — the Rules say so plainly, one date.
"""

from __future__ import annotations

import datetime as dt

from ..model.compute import computation
from ..law.dates import add_days, add_months
from ..law.parameters import default_parameters
from ..law.workdays import WorkCalendar, default_calendar
from .common import AFTER_HOURS

P = "kandas."


def _back_working_days(cal: WorkCalendar, day: dt.date, n: int) -> dt.date:
    """The working day that has exactly n working days after it up to `day` (a working day)."""
    current = day
    while n > 0:
        current -= dt.timedelta(days=1)
        if cal.is_working_day(current):
            n -= 1
    return current


def _office_open(cal: WorkCalendar, day: dt.date) -> bool:
    """Some office named in App. 2 row 9 takes applications that day: a working day, or
    a Saturday that is not a holiday (the duty TsONs, 9.00-13.00)."""
    return cal.is_working_day(day) or (day.weekday() == 5 and cal.holiday_name(day) is None)


def _accepted(cal: WorkCalendar, filed: dt.date, after_hours) -> dt.date:
    if cal.is_working_day(filed) and after_hours not in AFTER_HOURS:
        return filed
    return cal.next_working_day(filed)


@computation("kandas_assignment")
def assignment(filed: dt.date, after_hours=None, **_) -> dict:
    """`decision_by`: the safe (later) reading; `decision_by_early`: the application
    registered on the filing day itself. `moved`: the two readings differ."""
    cal = default_calendar()
    days = default_parameters().value(P + "assignment_working_days", filed)
    registered = _accepted(cal, filed, after_hours)
    late = cal.add_working_days(registered, days)
    early = cal.add_working_days(filed, days)
    return {"registered": registered, "decision_by": late, "decision_by_early": early, "moved": late != early}


@computation("kandas_extension")
def extension(filed: dt.date, valid_to: dt.date, after_hours=None, **_) -> dict:
    """Decision and notification dates for an extension filed on `filed`, and the
    last working day on which filing still gets the answer by `valid_to`.

    phase: 'expired' (the filing day itself is after the last day of validity),
    'accepted-after-end' (filed on a day the certificate is still valid, but out of
    hours or on a day off, so that by the safe reading it is accepted only after the
    last day: whether such a filing counts as made that day is not said, App. 2 row 9
    only gives the duty offices' hours), 'late-risk' (the answer may come after the
    last day) or 'in-time'.

    open_day_left: some office of App. 2 row 9 takes applications on a day from the
    filing day to the last day of validity (False: only Sundays and holidays are left).
    """
    cal = default_calendar()
    params = default_parameters()
    days = params.value(P + "extension_working_days", filed)
    try:
        forwarding = params.value(P + "extension_forwarding_working_days", filed)
    except LookupError:  # p.22 in its new wording applies only from 12.07.2026
        forwarding = 0
    filed_on = _accepted(cal, filed, after_hours)
    decision_by = cal.add_working_days(filed_on, days)
    decision_by_early = cal.add_working_days(filed_on, days - 1)
    informed_by = cal.add_working_days(decision_by, forwarding)
    latest = _back_working_days(cal, cal.last_on_or_before(valid_to), days + forwarding)
    # a day from the filing day to the last day of validity on which some office of
    # App. 2 row 9 takes applications: the akimat and the TsON on working days, the
    # duty TsONs also on a Saturday that is not a holiday; on Sundays and holidays none
    open_day_left = any(_office_open(cal, add_days(filed, n)) for n in range((valid_to - filed).days + 1))
    if filed > valid_to:
        phase = "expired"
    elif filed_on > valid_to:
        phase = "accepted-after-end"
    elif informed_by > valid_to:
        phase = "late-risk"
    else:
        phase = "in-time"
    return {
        "filed_on": filed_on,
        "decision_by": decision_by,
        "decision_by_early": decision_by_early,
        "informed_by": informed_by,
        "latest_filing": latest,
        "phase": phase,
        "open_day_left": open_day_left,
    }


@computation("kandas_arrival")
def arrival(arrival: dt.date, **_) -> dict:
    cal = default_calendar()
    params = default_parameters()
    n = params.value(P + "certificate_days_after_arrival", arrival)
    by_calendar = add_days(arrival, n)
    by_working = cal.add_working_days(arrival, n)
    months = params.value(P + "certificate_validity_months", arrival)
    return {
        "certificate_calendar": by_calendar,
        "certificate_working": by_working,
        "certificate_latest": max(by_calendar, by_working),
        "one_day": "yes" if by_calendar == by_working else "no",  # for texts: both readings give one date
        "year_ends": add_months(arrival, months),
        # the arrival day counted as the year's first: the last day is the day before
        "year_ends_early": add_days(add_months(arrival, months), -1),
    }


@computation("kandas_complaint")
def complaint(registered: dt.date, **_) -> dict:
    """KR p.25: a complaint to the provider is considered within 5 working days after
    the day of its registration; the registration day is not counted."""
    days = default_parameters().value(P + "complaint_working_days", registered)
    return {"answer_by": default_calendar().add_working_days(registered, days)}
