"""Deadlines of the labour-immigrant permit, from its last day of validity.

D is the last day printed on the permit (ambiguity A01: expiry = end of D). Where
the article can be read two ways we take the reading that protects the applicant:
a filing counts on the day it is accepted, which after hours or on a day off is the
next working day (¶12, A04), so "can extend today" needs that day to be inside the
window too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from .dates import add_days
from .parameters import ParameterSet, default_parameters
from .workdays import WorkCalendar, default_calendar

P = "labour_permit."


class DeadlineInputError(ValueError):
    pass


@dataclass(frozen=True)
class LabourPermitDeadlines:
    expiry: dt.date
    cumulative_months: int
    max_total_months: int
    extension_possible: bool
    max_extension_months: int
    extension_opens: dt.date
    extension_closes: dt.date
    extension_last_working_day: dt.date
    new_permit_opens: dt.date
    new_permit_closes: dt.date
    new_permit_last_working_day: dt.date | None
    # The other reading of each limit, the one that keeps the applicant safe (A02, A03,
    # A05): the window opens a day later, closes a day earlier; a new permit is filed
    # on D-4, the first day of our window (no day fits every reading of A05).
    extension_safe_opens: dt.date
    extension_safe_closes: dt.date
    extension_safe_last_working_day: dt.date
    new_permit_safe: dt.date
    new_permit_safe_accepted_on: dt.date  # D-4 itself, or the next working day if it is a day off
    new_permit_late_opens: dt.date  # D-3: the first day if the 4 days are the last ones, D among them (A05)
    # The earliest reading ("no later than D-4", A05) filed on a working day: D-4 itself,
    # or the last working day before it when D-4 is a day off (accepted on that day, ¶12)
    new_permit_safe_last_working_day: dt.date
    # The careful first day of the extension window (D-29, A02) as a day of acceptance:
    # itself, or the next working day when it is a day off (¶12)
    extension_safe_opens_accepted_on: dt.date
    # Filled only when `today` is given.
    today: dt.date | None = None
    filing_accepted_on: dt.date | None = None
    phase: str | None = None
    can_extend_today: bool | None = None
    can_apply_new_today: bool | None = None
    decision_by_if_filed_today: dt.date | None = None
    days_left: int | None = None

    def as_json(self) -> dict:
        return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in asdict(self).items()}


def renewal_window(expiry: dt.date, params: ParameterSet | None = None) -> tuple[dt.date, dt.date]:
    """First and last calendar day on which an extension may be filed (both inclusive)."""
    params = params or default_parameters()
    opens = add_days(expiry, -params.value(P + "extension_opens_days_before_expiry", expiry))
    closes = add_days(expiry, -params.value(P + "extension_closes_days_before_expiry", expiry))
    return opens, closes


def new_permit_window(expiry: dt.date, params: ParameterSet | None = None) -> tuple[dt.date, dt.date]:
    """"Within 4 calendar days before expiry": D-4 to D-1 (A05; urge D-4)."""
    params = params or default_parameters()
    days = params.value(P + "new_permit_days_before_expiry", expiry)
    return add_days(expiry, -days), add_days(expiry, -1)


def decision_by(filed: dt.date, calendar: WorkCalendar | None = None, params: ParameterSet | None = None) -> dt.date:
    """Decision deadline: N working days after the day the filing is accepted (not counting it)."""
    calendar = calendar or default_calendar()
    params = params or default_parameters()
    accepted = calendar.on_or_after(filed)
    return calendar.add_working_days(accepted, params.value(P + "decision_working_days", filed))


def labour_permit_deadlines(
    expiry: dt.date,
    cumulative_months: int = 0,
    today: dt.date | None = None,
    calendar: WorkCalendar | None = None,
    params: ParameterSet | None = None,
) -> LabourPermitDeadlines:
    calendar = calendar or default_calendar()
    params = params or default_parameters()
    cap = params.value(P + "max_total_months", expiry)
    if not 0 <= cumulative_months <= cap:
        raise DeadlineInputError(f"cumulative months must be between 0 and {cap}")

    ext_open, ext_close = renewal_window(expiry, params)
    new_open, new_close = new_permit_window(expiry, params)
    new_last_wd = calendar.last_on_or_before(new_close)
    if new_last_wd < new_open:
        new_last_wd = None  # no working day inside the window at all
    extension_possible = cumulative_months < cap

    fields = dict(
        expiry=expiry,
        cumulative_months=cumulative_months,
        max_total_months=cap,
        extension_possible=extension_possible,
        max_extension_months=cap - cumulative_months,
        extension_opens=ext_open,
        extension_closes=ext_close,
        extension_last_working_day=calendar.last_on_or_before(ext_close),
        new_permit_opens=new_open,
        new_permit_closes=new_close,
        new_permit_last_working_day=new_last_wd,
        extension_safe_opens=add_days(ext_open, 1),
        extension_safe_closes=add_days(ext_close, -1),
        extension_safe_last_working_day=calendar.last_on_or_before(add_days(ext_close, -1)),
        new_permit_safe=new_open,
        new_permit_safe_accepted_on=calendar.on_or_after(new_open),
        new_permit_late_opens=add_days(new_open, 1),
        new_permit_safe_last_working_day=calendar.last_on_or_before(new_open),
        extension_safe_opens_accepted_on=calendar.on_or_after(add_days(ext_open, 1)),
    )
    if today is None:
        return LabourPermitDeadlines(**fields)

    accepted = calendar.on_or_after(today)
    can_extend = extension_possible and ext_open <= today and accepted <= ext_close
    can_new = (not extension_possible) and new_open <= today and accepted <= new_close
    fields.update(
        today=today,
        filing_accepted_on=accepted,
        can_extend_today=can_extend,
        can_apply_new_today=can_new,
        decision_by_if_filed_today=decision_by(accepted, calendar, params),
        days_left=(expiry - today).days,
        phase=_phase(today, accepted, expiry, extension_possible, ext_open, ext_close, new_open, new_close),
    )
    return LabourPermitDeadlines(**fields)


def _phase(today, accepted, expiry, extension_possible, ext_open, ext_close, new_open, new_close) -> str:
    if today > expiry:
        return "expired"
    if extension_possible:
        if today < ext_open:
            return "extension-not-yet"
        if accepted <= ext_close:
            return "extension-open"
        if today <= ext_close:
            return "extension-closing-day-off"  # today is in the window but acceptance is not
        return "extension-too-late"
    if today < new_open:
        return "new-permit-not-yet"
    if accepted <= new_close:
        return "new-permit-open"
    if today <= new_close:
        return "new-permit-closing-day-off"  # today is in the window but acceptance is not
    return "new-permit-too-late"
