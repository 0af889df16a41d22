"""Kazakhstan working days: the maintained `holidays` calendar plus a cited override table.

The `holidays` package follows the Law "On holidays" and the government's yearly
transfers of days off. When a transfer is published before the package catches up,
it goes into calendar/kz-overrides.yaml with its official source and date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import holidays
import yaml

from ..model.yamlio import load_yaml

OVERRIDES_FILE = Path(__file__).resolve().parent.parent / "calendar" / "kz-overrides.yaml"


@dataclass(frozen=True)
class DayOverride:
    day: dt.date
    working: bool
    source: str
    published: dt.date
    note: str = ""


def load_overrides(path: Path = OVERRIDES_FILE) -> list[DayOverride]:
    raw = load_yaml(path) or {}
    result = []
    for i, row in enumerate(raw.get("overrides") or []):
        missing = [k for k in ("date", "working", "source", "published") if k not in row]
        if missing:
            raise ValueError(f"{path}: override #{i + 1} lacks {', '.join(missing)}")
        result.append(
            DayOverride(
                day=_as_date(row["date"]),
                working=bool(row["working"]),
                source=str(row["source"]),
                published=_as_date(row["published"]),
                note=str(row.get("note", "")),
            )
        )
    return result


def _as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


class WorkCalendar:
    """Answers "is this a working day" for a five-day week in Kazakhstan."""

    def __init__(self, overrides: list[DayOverride] | None = None):
        self._overrides = {o.day: o.working for o in (overrides or [])}
        self._holidays = holidays.country_holidays("KZ")

    def is_working_day(self, day: dt.date) -> bool:
        if day in self._overrides:
            return self._overrides[day]
        return day.weekday() < 5 and day not in self._holidays

    def holiday_name(self, day: dt.date) -> str | None:
        return self._holidays.get(day)

    def add_working_days(self, day: dt.date, n: int) -> dt.date:
        """The n-th working day after `day` (`day` itself is not counted)."""
        if n < 0:
            raise ValueError("n must be >= 0")
        current = day
        while n > 0:
            current += dt.timedelta(days=1)
            if self.is_working_day(current):
                n -= 1
        return current

    def next_working_day(self, day: dt.date) -> dt.date:
        return self.add_working_days(day, 1)

    def within_working_days(self, day: dt.date, n: int) -> tuple[dt.date, dt.date]:
        """The last day of "within n working days from `day`" under the two readings the
        rules leave open: (`day` counted as the first when it is a working day, `day`
        not counted). A day off has nothing to count, so both are the same."""
        late = self.add_working_days(day, n)
        return (self.add_working_days(day, n - 1) if self.is_working_day(day) else late), late

    def on_or_after(self, day: dt.date) -> dt.date:
        """`day` if it is a working day, else the next one (when a filing is accepted)."""
        return day if self.is_working_day(day) else self.next_working_day(day)

    def last_on_or_before(self, day: dt.date) -> dt.date:
        current = day
        while not self.is_working_day(current):
            current -= dt.timedelta(days=1)
        return current


@lru_cache(maxsize=1)
def default_calendar() -> WorkCalendar:
    return WorkCalendar(load_overrides())
