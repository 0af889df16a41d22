"""A labour permit at 12 months whose new-permit window, on our reading, ends on a day off:
"by our reading the window is open until D-1" must not read as a day one can file on.

Seed 004 (the labour-permit article): ¶22 a holder of 12 months «подает заявление на новое
разрешение в течение 4 (четырех) календарных дней до истечения срока» (read D-4..D-1 by us,
"not later than D-4" on the earliest reading, D-3..D on another; A05); ¶12 on days off and
holidays «прием заявлений … осуществляется следующим рабочим днем». So when D-1 is a weekend
day or a holiday, nothing is accepted on it: a migrant told "the window runs to Sunday
06.12" may plan to file on that Sunday, and the filing would be accepted on Monday, after
our window. Every text that names D-1 as the end of our window while a working day of it
is still ahead now says that D-1 is a day off and names the window's last working day (the
earlier date: the safe one for a duty), as the /status line of the earliest reading's day
gone already did (tests/test_lp_day_off_leftovers.py, part 2). The readings themselves and
their dates are unchanged.

Where: the dialog (its reopened new-permit-now screen and two blocking checks), /status
with the months known and unknown, and the reminders (bot/reminders.py renders them).

Expected dates are counted here from those numbers and the holiday calendar
(dialogs/law/workdays.py), never read back from the code under test."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.reminders import render_reminder
from dialogs.law.dates import add_days
from dialogs.runtime.engine import Engine
from dialogs.tracking.schedule import default_schedules, plan
from storage.models import TrackedItem
from tests.scripted import walk
from tests.test_lp_day_off_leftovers import (
    CAL, NEW_PERMIT_DAYS, RENDERER, TREES, _dialog, _filing, _render, _reopened, _status, _statuses, _track, days, fmt,
)

D = dt.date
SCHEDULE = default_schedules()[("labour-permit", "permit")]

SUNDAY_EVE = D(2026, 12, 7)  # Monday; D-4 Thu 03.12, our window 03.12-06.12, Sat 05.12 and Sun 06.12 off
HOLIDAY_EVE = D(2027, 5, 8)  # Saturday; D-4 Tue 04.05, our window 04.05-07.05, Fri 07.05 (Victory Day eve) a holiday
WORKING_EVE = D(2026, 12, 8)  # Tuesday; D-4 Fri 04.12, D-1 Mon 07.12 a working day


def _window(expiry: D) -> tuple[D, D, D]:
    """(D-4, D-1, the last working day on or before D-1)."""
    closes = add_days(expiry, -1)
    return add_days(expiry, -NEW_PERMIT_DAYS), closes, CAL.last_on_or_before(closes)


def _day_off_said(closes: D, last_wd: D) -> str:
    return f"до {fmt(closes)}, но это нерабочий день: последний рабочий день окна — {fmt(last_wd)}"


def test_the_examples_are_what_they_claim():
    for expiry in (SUNDAY_EVE, HOLIDAY_EVE):
        opens, closes, last_wd = _window(expiry)
        assert CAL.is_working_day(opens) and not CAL.is_working_day(closes) and opens < last_wd < closes
    assert CAL.is_working_day(add_days(WORKING_EVE, -1)) and CAL.is_working_day(add_days(WORKING_EVE, -NEW_PERMIT_DAYS))


# ---- the dialog ------------------------------------------------------------------------

@pytest.mark.parametrize("expiry", [SUNDAY_EVE, HOLIDAY_EVE])
def test_the_reopened_new_permit_screen_says_the_windows_last_day_is_a_day_off(expiry):
    """Walked on D-4 with a filing on D-4, opened again the next working day: "if you have
    not filed, our window is open until D-1" — D-1 a day off, said so with the working day."""
    opens, closes, last_wd = _window(expiry)
    later = CAL.on_or_after(add_days(opens, 1))
    assert later <= last_wd
    view = _reopened(opens, later, expiry, opens)
    assert view.node_id == "new-permit-now" and view.outcome == "ask_person"
    headline = _render(view).split("\n", 1)[0]
    said = f"окно открыто {_day_off_said(closes, last_wd)}"
    assert said in headline, headline
    # the earliest reading's day (D-4) is still said, and the working hours
    assert f"не позже {fmt(opens)}" in headline and "в рабочее время" in headline, headline
    en = RENDERER.render(view, "en").text.split("\n", 1)[0]
    assert f"open until {fmt(closes)}, but that is not a working day: the window's last working day is {fmt(last_wd)}" in en, en


def test_the_reopened_screen_of_a_working_eve_is_unchanged():
    opens, closes, _ = _window(WORKING_EVE)
    headline = _render(_reopened(opens, closes, WORKING_EVE, opens)).split("\n", 1)[0]
    assert f"окно открыто до {fmt(closes)} (" in headline and "нерабочий" not in headline, headline


def _blocked(today: D, expiry: D, filed: D):
    _, view = walk(Engine(TREES, today=lambda: today), "labour-permit", "c:immigrant", "c:other", "c:yes", fmt(expiry), "12", "6", *_filing(filed))
    return view, _render(view).split("\n", 1)[0]


@pytest.mark.parametrize("expiry", [SUNDAY_EVE, HOLIDAY_EVE])
def test_the_blocking_checks_that_name_our_windows_end_say_it_is_a_day_off(expiry):
    opens, closes, last_wd = _window(expiry)
    # a filing accepted after the earliest reading's day, inside our window: ⚠️ "risky"
    view, headline = _blocked(opens, expiry, last_wd)
    assert headline.startswith("⚠️ Рискованно") and f"по нашему окно — {_day_off_said(closes, last_wd)}" in headline, headline
    # a filing accepted after D-1 (the first working day after it): ⚠️ "too late, the window closes D-1"
    late = CAL.on_or_after(add_days(closes, 1))
    view, headline = _blocked(opens, expiry, late)
    assert headline.startswith("⚠️ Поздно") and f"закрывается {fmt(closes)}, но это нерабочий день: последний рабочий день окна — {fmt(last_wd)}" in headline, headline


def test_the_blocking_checks_of_a_working_eve_are_unchanged():
    opens, closes, _ = _window(WORKING_EVE)
    _, headline = _blocked(opens, WORKING_EVE, closes)
    assert f"по нашему окно — до {fmt(closes)}. Подайте как можно скорее." in headline and "нерабочий" not in headline, headline


# ---- /status ------------------------------------------------------------------------------

async def test_status_before_and_in_the_window_says_the_day_off(sqlite_url):
    expiry = SUNDAY_EVE
    opens, closes, last_wd = _window(expiry)
    before, after_safe = D(2026, 12, 1), last_wd
    known = await _statuses(sqlite_url, {"expiry": expiry, "cumulative_months": 12}, [before])
    # before the window: the earliest reading's day first, then ours with its day off
    text = known[before]
    assert f"по нашему — с {fmt(opens)} по {fmt(closes)}, но это нерабочий день: последний рабочий день окна — {fmt(last_wd)}" in text, text
    assert text.index(f"не позже {fmt(opens)}") < text.index(fmt(closes)), text
    # a roster's permit without its months, the earliest reading's day gone: the 12-month half
    unknown = (await _statuses(sqlite_url, {"expiry": expiry}, [after_safe], user=2))[after_safe]
    assert f"по нашему окно — {_day_off_said(closes, last_wd)}; подайте как можно скорее, в рабочее время" in unknown, unknown
    en = _status({"expiry": expiry}, after_safe, "en")
    assert f"on ours the window runs to {fmt(closes)}, but that is not a working day: the window's last working day is {fmt(last_wd)}" in en, en


def test_status_of_a_working_eve_is_unchanged():
    opens, closes, _ = _window(WORKING_EVE)
    text = _status({"expiry": WORKING_EVE, "cumulative_months": 12}, D(2026, 12, 1))
    assert f"по нашему — с {fmt(opens)} по {fmt(closes)}. " in text and "нерабочий" not in text, text


# ---- the reminders ---------------------------------------------------------------------

def _reminders(inputs: dict, lang: str = "ru") -> dict[str, str]:
    """Each occasion's reminder as bot/reminders.py renders it."""
    item = TrackedItem(service="labour-permit", kind="permit", inputs=inputs, label=None)
    return {p.occasion: render_reminder(RENDERER, lang, item, p) for p in plan(SCHEDULE, inputs)}


@pytest.mark.parametrize("expiry", [SUNDAY_EVE, HOLIDAY_EVE])
def test_the_reminders_say_the_windows_last_day_is_a_day_off(expiry):
    opens, closes, last_wd = _window(expiry)
    sent = _reminders({"expiry": expiry, "cumulative_months": 12})
    assert f"по нашему — с {fmt(opens)} по {fmt(closes)}, но это нерабочий день: последний рабочий день окна — {fmt(last_wd)}" in sent["new-permit-prepare"]
    assert f"с {fmt(opens)} по {fmt(closes)} (по нашему прочтению), но {fmt(closes)} — нерабочий день: последний рабочий день окна — {fmt(last_wd)}" in sent["new-permit-opens"]
    last = sent["new-permit-last-working-day"]
    assert f"Сегодня, {fmt(last_wd)}, — последний рабочий день окна" in last and f"(окно до {fmt(closes)}, но это нерабочий день)" in last, last
    unknown = _reminders({"expiry": expiry})["months-unknown-new-permit-last-day"]
    assert f"{fmt(last_wd)} последний рабочий день окна" in unknown and f"(окно до {fmt(closes)}, но это нерабочий день)" in unknown, unknown
    en = _reminders({"expiry": expiry, "cumulative_months": 12}, "en")["new-permit-opens"]
    assert f"but {fmt(closes)} is not a working day: the window's last working day is {fmt(last_wd)}" in en, en


def test_the_reminders_of_a_working_eve_are_unchanged():
    opens, closes, _ = _window(WORKING_EVE)
    sent = _reminders({"expiry": WORKING_EVE, "cumulative_months": 12})
    assert f"по нашему — с {fmt(opens)} по {fmt(closes)}. " in sent["new-permit-prepare"]
    assert f"(до {fmt(closes)})" in sent["new-permit-last-working-day"]
    assert not any("нерабочий" in text for text in sent.values()), sent


# ---- every day of two years -------------------------------------------------------------

def test_no_text_names_a_day_off_eve_as_our_windows_end_without_its_last_working_day():
    """For each expiry from 01.12.2026 to 31.12.2027 whose D-1 is a day off, and each day up
    to the window's last working day (a day of it still ahead or today): every /status line
    (months 12 and unknown) and every reminder due by then that names D-1 says it is a day
    off and names the working day. (After that day the day-off lines take over: "today is a
    day off, a filing now is accepted after D-1".)"""
    seen = set()
    for expiry in days(D(2026, 12, 1), D(2027, 12, 31)):
        opens, closes, last_wd = _window(expiry)
        if CAL.is_working_day(closes):
            continue
        for inputs in ({"expiry": expiry, "cumulative_months": 12}, {"expiry": expiry}):
            texts = [(today, _status(inputs, today)) for today in days(add_days(opens, -10), last_wd)]
            texts += [(p.due_on, RENDERER.t("ru", p.text, **p.args)) for p in plan(SCHEDULE, inputs) if p.due_on <= last_wd]
            for day, text in texts:
                if fmt(closes) in text:
                    assert "нерабоч" in text and fmt(last_wd) in text, (expiry, day, text)
                    seen.add(len(inputs))
    assert seen == {1, 2}  # both the known and the unknown months met such a line


# ---- the employer's list, months known (12): D-4 a holiday ------------------------------

def _line12(expiry: D, today: D, lang: str = "ru") -> str:
    """The workers list's second line (next action: its label and day) for a worker at 12 months."""
    from bot.employer import Employers
    from storage.employers import WorkerEntry

    e = Employers(None, RENDERER, Engine({}), lambda: today)
    worker = WorkerEntry("Каримов Бахтиёр", "labour-permit", {"permit_expiry": expiry, "months_total": 12})
    return e.line_text(1, e.sorted_lines([worker], today)[0], lang).split("\n")[1].strip()


def test_the_list_at_12_months_names_the_working_day_before_a_holiday_d_minus_4():
    """As the months-unknown line does (tests/test_lp_day_off_leftovers.py, part 3): the day
    to file by on the earliest reading is the working day before D-4, not D-4 itself."""
    expiry = D(2027, 1, 5)  # D-4 = 01.01.2027 (New Year), its working day before Thu 31.12.2026
    d4 = add_days(expiry, -NEW_PERMIT_DAYS)
    safe_wd = CAL.last_on_or_before(d4)
    assert not CAL.is_working_day(d4) and safe_wd == D(2026, 12, 31)
    line = _line12(expiry, D(2026, 12, 28))
    assert line.endswith(f": {fmt(safe_wd)}") and f"({fmt(d4)}, за 4 дня до конца срока, — нерабочий день)" in line, line
    assert "последний рабочий день, чтобы подать на новое разрешение по самому раннему прочтению" in line, line
    en = _line12(expiry, D(2026, 12, 28), "en")
    assert en.endswith(f": {fmt(safe_wd)}") and "the last working day to apply for a new permit on the earliest reading" in en, en


def test_every_12_month_list_day_of_the_new_permit_is_a_working_day():
    """For each expiry in a year whose D-4 is a day off: the day the list names for the new
    permit (the occasion new-permit-day-off) is the working day before D-4, the day its
    reminder goes out and its text names."""
    seen = 0
    for expiry in days(D(2026, 12, 1), D(2027, 12, 31)):
        d4 = add_days(expiry, -NEW_PERMIT_DAYS)
        if CAL.is_working_day(d4):
            continue
        planned = {p.occasion: p for p in plan(SCHEDULE, {"expiry": expiry, "cumulative_months": 12})}
        p = planned["new-permit-day-off"]
        safe_wd = CAL.last_on_or_before(d4)
        assert (p.day, p.due_on) == (safe_wd, safe_wd), (expiry, p)
        assert f"не позже {fmt(safe_wd)}" in RENDERER.t("ru", p.text, **p.args), expiry
        # on that day the list leads with it (nothing else is due that day but what came before)
        line = _line12(expiry, safe_wd)
        assert line.endswith(f": {fmt(safe_wd)}") and f"({fmt(d4)}," in line, (expiry, line)
        seen += 1
    assert seen > 50


@pytest.mark.parametrize("expiry", [SUNDAY_EVE, HOLIDAY_EVE])
def test_the_readings_line_of_the_dialog_and_of_track_says_our_windows_end_is_a_day_off(expiry):
    # "с 03.12.2026 по 06.12.2026 (так считаем мы)" in the list of readings: 06.12 is a
    # Sunday, so the line names the window's last working day too, in the service's
    # dialog and in /track's result alike
    opens, closes, last_wd = _window(expiry)
    said = f"{fmt(closes)} — нерабочий день: последний рабочий день окна — {fmt(last_wd)}"
    early = add_days(opens, -20)
    for view in (_dialog(early, expiry), _track(early, expiry)):
        text = _render(view)
        assert f"с {fmt(opens)} по {fmt(closes)}" in text and said in text, text


def test_the_readings_line_is_unchanged_when_our_windows_end_is_a_working_day():
    opens, closes, _ = _window(WORKING_EVE)
    text = _render(_dialog(add_days(opens, -20), WORKING_EVE))
    assert f"с {fmt(opens)} по {fmt(closes)}" in text and "нерабочий день: последний рабочий день окна" not in text
