"""When the contact centre's operators answer: 09:00–18:00 Almaty time on working
days (the holiday calendar of dialogs/law/workdays.py). A message sent outside those
hours waits in the operators' chat; the user is told when the next opening is."""

from __future__ import annotations

import datetime as dt

from .dates import ALMATY
from .workdays import WorkCalendar, default_calendar

OPENS = dt.time(9, 0)
CLOSES = dt.time(18, 0)


def is_open(moment: dt.datetime, calendar: WorkCalendar | None = None) -> bool:
    local = moment.astimezone(ALMATY)
    calendar = calendar or default_calendar()
    return calendar.is_working_day(local.date()) and OPENS <= local.time() < CLOSES


def next_opening(moment: dt.datetime, calendar: WorkCalendar | None = None) -> dt.datetime | None:
    """None while operators work; else the next 09:00 of a working day, in Almaty time."""
    calendar = calendar or default_calendar()
    if is_open(moment, calendar):
        return None
    local = moment.astimezone(ALMATY)
    day = local.date()
    if not (calendar.is_working_day(day) and local.time() < OPENS):
        day = calendar.next_working_day(day)
    return dt.datetime.combine(day, OPENS, tzinfo=ALMATY)
