import datetime as dt

import pytest
from hypothesis import given, strategies as st

from dialogs.law.dates import DateProblem, add_months, parse_user_date, today_almaty


@pytest.mark.parametrize(
    "text, expected",
    [
        ("31.12.2026", dt.date(2026, 12, 31)),
        ("1.2.2027", dt.date(2027, 2, 1)),
        ("2027-02-01", dt.date(2027, 2, 1)),
        (" 05/01/2027 ", dt.date(2027, 1, 5)),
        ("29.02.2028", dt.date(2028, 2, 29)),
    ],
)
def test_accepts_the_formats_people_type(text, expected):
    assert parse_user_date(text) == expected


@pytest.mark.parametrize(
    "text, code",
    [
        ("31.02.2026", "date-error-day"),
        ("29.02.2027", "date-error-day"),
        ("5.13.2026", "date-error-month"),
        ("31.12.26", "date-error-year-digits"),
        ("завтра", "date-error-format"),
        ("", "date-error-format"),
        ("1" * 500, "date-error-format"),
    ],
)
def test_explains_what_is_wrong(text, code):
    with pytest.raises(DateProblem) as err:
        parse_user_date(text)
    assert err.value.code == code


def test_impossible_day_names_the_month_length():
    with pytest.raises(DateProblem) as err:
        parse_user_date("31.02.2026")
    assert err.value.details["last"] == 28


def test_add_months_clamps_to_month_end():
    assert add_months(dt.date(2024, 2, 29), 12) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2026, 12, 15), -12) == dt.date(2025, 12, 15)


def test_today_is_almaty_date_not_utc():
    # 20:30 UTC on 31 Dec is already 1 Jan in Almaty (UTC+5)
    now = dt.datetime(2026, 12, 31, 20, 30, tzinfo=dt.timezone.utc)
    assert today_almaty(now) == dt.date(2027, 1, 1)
    assert today_almaty(dt.datetime(2026, 12, 31, 18, 59, tzinfo=dt.timezone.utc)) == dt.date(2026, 12, 31)


@given(st.text(max_size=60))
def test_any_text_is_a_date_or_a_named_problem(text):
    try:
        assert isinstance(parse_user_date(text), dt.date)
    except DateProblem as p:
        assert p.code.startswith("date-error-")
