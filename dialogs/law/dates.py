"""Calendar dates as the user types them, and calendar-day arithmetic.

Every date here is a `datetime.date`. A datetime appears only when a reminder is
scheduled, and that happens outside this package. "Today" is the date in
Asia/Almaty, where the providers are.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

ALMATY = ZoneInfo("Asia/Almaty")

_DMY = re.compile(r"^\s*(\d{1,2})[./\-\s](\d{1,2})[./\-\s](\d{2,4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def today_almaty(now: dt.datetime | None = None) -> dt.date:
    """The calendar date in Almaty at `now` (default: the real clock)."""
    now = now or dt.datetime.now(dt.timezone.utc)
    if now.tzinfo is None:
        raise ValueError("naive datetime: pass an aware one")
    return now.astimezone(ALMATY).date()


@dataclass(frozen=True)
class DateProblem(Exception):
    """Why typed text is not an acceptable date; `code` names a locale message."""

    code: str
    details: dict = field(default_factory=dict)  # the message's arguments

    def __str__(self) -> str:
        return f"{self.code} {self.details}"


def parse_user_date(text: str) -> dt.date:
    """DD.MM.YYYY, D.M.YYYY (dots, slashes, dashes or spaces) or YYYY-MM-DD.

    Raises DateProblem with a code the locales explain: a date that does not
    exist (31.02.2026) is told apart from text that is not a date at all.
    """
    text = (text or "").strip()
    if len(text) > 40:
        raise DateProblem("date-error-format")
    m = _ISO.match(text)
    if m:
        year, month, day = (int(g) for g in m.groups())
    else:
        m = _DMY.match(text)
        if not m:
            raise DateProblem("date-error-format")
        day, month, year = (int(g) for g in m.groups())
        if len(m.group(3)) == 2:
            # A two-digit year is a guess we will not make about someone's permit.
            raise DateProblem("date-error-year-digits")
        if len(m.group(3)) == 3:
            raise DateProblem("date-error-format")
    # A date that does not exist is named as the user typed it ($typed: "31.02.2026",
    # not "31.2.2026"). The messages print $year with NUMBER($year, useGrouping: 0): by
    # default Fluent groups digits ("2 026", "2,026"), which no one writes in a date.
    if not 1 <= month <= 12:
        raise DateProblem("date-error-month", {"typed": text, "month": month})
    if year < 1900 or year > 2200:
        # written as a date, with a year no permit has (1826, 2226): a typo in the year,
        # said so - not "write it as DD.MM.YYYY", which is what the user did
        raise DateProblem("date-error-year", {"typed": text, "year": year})
    if day == 0:
        raise DateProblem("date-error-day-zero", {"typed": text})
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise DateProblem(
            "date-error-day", {"typed": text, "day": day, "month": month, "year": year, "last": last}
        )
    return dt.date(year, month, day)


def is_number(text: str) -> bool:
    """ASCII digits only: str.isdigit() also accepts "¹" and "٣", which int() refuses or misreads."""
    return text.isascii() and text.isdigit()


def in_force(day: dt.date, effective_from: dt.date | None, effective_until: dt.date | None) -> bool:
    """Whether a rule dated [effective_from, effective_until] (either end open) applies on `day`."""
    return (effective_from is None or day >= effective_from) and (effective_until is None or day <= effective_until)


def add_days(day: dt.date, n: int) -> dt.date:
    return day + dt.timedelta(days=n)


def add_months(day: dt.date, n: int) -> dt.date:
    """Same day-of-month n months later; a missing day becomes the month's last
    (29 Feb 2024 + 12 months = 28 Feb 2025)."""
    month_index = day.year * 12 + (day.month - 1) + n
    year, month = divmod(month_index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))
