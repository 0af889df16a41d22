import datetime as dt

from dialogs.law.workdays import DayOverride, WorkCalendar, load_overrides, OVERRIDES_FILE

D = dt.date


def test_weekends_and_public_holidays_are_not_working_days():
    cal = WorkCalendar()
    assert not cal.is_working_day(D(2026, 12, 26))  # Saturday
    assert not cal.is_working_day(D(2026, 12, 16))  # Independence Day
    assert not cal.is_working_day(D(2027, 1, 1))  # New Year
    assert cal.is_working_day(D(2026, 12, 25))  # Friday


def test_working_days_skip_the_new_year_break():
    cal = WorkCalendar()
    # 31.12.2026 is a Thursday; 1-2 Jan holidays, 3 Jan Sunday, 4 Jan the holiday moved off Saturday
    assert cal.add_working_days(D(2026, 12, 31), 1) == D(2027, 1, 5)
    assert cal.add_working_days(D(2026, 12, 31), 2) == D(2027, 1, 6)
    assert cal.last_on_or_before(D(2027, 1, 4)) == D(2026, 12, 31)
    assert cal.on_or_after(D(2027, 1, 2)) == D(2027, 1, 5)


def test_override_table_wins_over_the_package():
    saturday = D(2027, 1, 9)
    moved = D(2027, 1, 8)
    overrides = [
        DayOverride(saturday, True, "test decree", D(2026, 12, 1)),
        DayOverride(moved, False, "test decree", D(2026, 12, 1)),
    ]
    cal = WorkCalendar(overrides)
    assert cal.is_working_day(saturday)
    assert not cal.is_working_day(moved)
    assert cal.add_working_days(D(2027, 1, 7), 1) == saturday


def test_shipped_override_table_loads_and_every_row_names_its_source():
    for row in load_overrides(OVERRIDES_FILE):
        assert row.source and row.published


def test_within_working_days_gives_both_readings_and_one_day_for_a_day_off():
    from dialogs.law.workdays import default_calendar

    cal = default_calendar()
    # Thursday 10.12.2026, 5 working days: counting it 10, 11, 14, 15, 17 (16.12 is off);
    # not counting it 11, 14, 15, 17, 18
    assert cal.within_working_days(dt.date(2026, 12, 10), 5) == (dt.date(2026, 12, 17), dt.date(2026, 12, 18))
    # Saturday 21.11.2026: nothing to count, both readings start on Monday 23.11
    assert cal.within_working_days(dt.date(2026, 11, 21), 5) == (dt.date(2026, 11, 27), dt.date(2026, 11, 27))
