import datetime as dt
import re

import pytest
from icalendar import Calendar

from dialogs.tracking.ics import CalendarEvent, build_calendar

NOW = dt.datetime(2026, 11, 20, 8, 30, tzinfo=dt.timezone.utc)
EVENTS = [
    CalendarEvent(
        "item-12-extension-opens@kz-migration-bot",
        dt.date(2026, 12, 1),
        "Можно подать заявление на продление разрешения — Айгерим Б.",
        "Подайте заявление на migration.enbek.kz. Справки: 1414.",
    ),
    CalendarEvent("item-12-permit-expires@kz-migration-bot", dt.date(2026, 12, 26), "Последний день разрешения — Айгерим Б."),
    CalendarEvent("item-13-permit-expires@kz-migration-bot", dt.date(2026, 12, 25), "Рұқсаттың соңғы күні — Нұрлан"),
]


def build(events=EVENTS):
    return build_calendar(events, "Сроки разрешений", now=NOW)


def test_round_trip_dates_summaries_uids():
    cal = Calendar.from_ical(build())
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {e.uid for e in EVENTS}
    for expected in EVENTS:
        event = events[expected.uid]
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        assert type(start) is dt.date and start == expected.day
        assert type(end) is dt.date and end == expected.day + dt.timedelta(days=1)
        assert str(event["SUMMARY"]) == expected.summary
        assert str(event.get("DESCRIPTION", "")) == expected.description
        assert event.decoded("DTSTAMP") == NOW
    assert sorted(e.decoded("DTSTART") for e in cal.walk("VEVENT")) == [
        dt.date(2026, 12, 1), dt.date(2026, 12, 25), dt.date(2026, 12, 26)
    ]


def test_calendar_properties_and_almaty_time_zone():
    cal = Calendar.from_ical(build())
    assert str(cal["PRODID"]) == "-//kz-migration-bot//EN"
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["X-WR-CALNAME"]) == "Сроки разрешений"
    assert str(cal["X-WR-TIMEZONE"]) == "Asia/Almaty"
    (tz,) = cal.walk("VTIMEZONE")
    assert str(tz["TZID"]) == "Asia/Almaty"
    observances = tz.walk("STANDARD")
    assert observances and not tz.walk("DAYLIGHT")
    # Kazakhstan has been on UTC+5 with no summer time since 1 March 2024.
    assert observances[-1].decoded("TZOFFSETTO") == dt.timedelta(hours=5)
    assert tz.to_tz().utcoffset(dt.datetime(2026, 12, 25, 9)) == dt.timedelta(hours=5)


def test_alarm_at_nine_on_the_day():
    cal = Calendar.from_ical(build())
    for event in cal.walk("VEVENT"):
        (alarm,) = event.walk("VALARM")
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert str(alarm["DESCRIPTION"]) == str(event["SUMMARY"])
        assert alarm.decoded("TRIGGER") == dt.timedelta(hours=9)
        assert alarm["TRIGGER"].params["RELATED"] == "START"


def test_rfc5545_text_crlf_folded_lines():
    data = build()
    text = data.decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    assert "DTSTART;VALUE=DATE:20261201\r\n" in text
    assert "DTEND;VALUE=DATE:20261202\r\n" in text
    assert "TRIGGER;RELATED=START:PT9H\r\n" in text
    assert "DTSTAMP:20261120T083000Z\r\n" in text
    assert re.search(r"\r\n(?! )[A-Z]", text)  # unfolded lines start with a name


def test_empty_calendar_is_still_valid():
    cal = Calendar.from_ical(build_calendar([], "Пусто", now=NOW))
    assert cal.walk("VEVENT") == []
    assert str(cal.walk("VTIMEZONE")[0]["TZID"]) == "Asia/Almaty"


def test_duplicate_uid_refused():
    with pytest.raises(ValueError):
        build([EVENTS[0], EVENTS[0]])
