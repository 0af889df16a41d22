"""Deadlines as an iCalendar file (RFC 5545) the user adds to their calendar app.

Each deadline is an all-day event (DTSTART;VALUE=DATE the day, DTEND the next
day) with a display alarm at 09:00 on the day (TRIGGER;RELATED=START:PT9H). The
calendar declares Asia/Almaty, where the providers are, as its time zone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


TZID = "Asia/Almaty"
PRODID = "-//kz-migration-bot//EN"
ALARM_AFTER_START = dt.timedelta(hours=9)  # 09:00 on the day of an all-day event


@dataclass(frozen=True)
class CalendarEvent:
    uid: str  # stable, e.g. "item-12-extension-opens@kz-migration-bot"
    day: dt.date
    summary: str  # already localized text
    description: str = ""


def build_calendar(
    events: list[CalendarEvent], name: str, *, now: dt.datetime | None = None
) -> bytes:
    """The .ics file's bytes (UTF-8, CRLF line endings, folded lines).

    `now` (aware; default the real clock) is the DTSTAMP. UIDs must be unique:
    a repeated one raises ValueError, since calendar apps would merge the events.
    """
    seen: set[str] = set()
    for e in events:
        if e.uid in seen:
            raise ValueError(f"duplicate calendar event uid {e.uid!r}")
        seen.add(e.uid)
        if isinstance(e.day, dt.datetime) or not isinstance(e.day, dt.date):
            raise TypeError(f"event {e.uid!r}: day must be a date, not {type(e.day).__name__}")
    now = now or dt.datetime.now(dt.timezone.utc)
    if now.tzinfo is None:
        raise ValueError("naive datetime: pass an aware one")
    stamp = now.astimezone(dt.timezone.utc).replace(microsecond=0)

    # imported here: a bot process needs it only when someone asks for /calendar
    from icalendar import Alarm, Calendar, Event, Timezone, vDuration

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", TZID)

    days = [e.day for e in events] or [stamp.date()]
    # The zone's rules over the events' span only: a short, current VTIMEZONE.
    cal.add_component(
        Timezone.from_tzid(TZID, first_date=min(days), last_date=max(days) + dt.timedelta(days=366))
    )

    for e in sorted(events, key=lambda e: (e.day, e.uid)):
        event = Event()
        event.add("uid", e.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", e.day)  # a date: serialized with VALUE=DATE
        event.add("dtend", e.day + dt.timedelta(days=1))
        event.add("summary", e.summary)
        if e.description:
            event.add("description", e.description)
        event.add("transp", "TRANSPARENT")  # a reminder, not a busy day

        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", e.summary)
        alarm.add("trigger", vDuration(ALARM_AFTER_START), parameters={"RELATED": "START"})
        event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()
