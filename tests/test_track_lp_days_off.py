"""A labour permit whose filing window ends in days off: what /track and /status say on
those days (audit F1, F2, F6).

Seed 004 (the labour-permit article): ¶20 «Заявление на продление разрешения подается не
ранее 30 (тридцати) календарных дней и не позднее 5 (пяти) календарных дней до истечения
срока действующего разрешения»; ¶21 «Разрешение не продлевается в случае подачи заявления
позднее пяти (пяти) календарных дней…»; ¶22 a holder of 12 months «подает заявление на
новое разрешение в течение 4 (четырех) календарных дней до истечения срока»; ¶12 on days
off and holidays «прием заявлений … осуществляется следующим рабочим днем».

F1. After the window's last working day, on a day off still inside it by the calendar, a
    filing is accepted after the window; whether the sending day or the day of acceptance
    counts the article does not say (A04). Neither /track nor /status may call that day
    "gone" ("the last day was X", X today or ahead), nor tell anyone to file in a window
    with no working day left: the careful reading (late) first, the other, and 1414.
F2. A roster's permit without its months says, day by day, what the lines of a known count
    (under 12, and 12) say, never a day gone as one to file by.
F6. The literal last day (D-5) a day off: /status says so, as the /track result does.

Expected dates are counted here from those numbers and the holiday calendar
(dialogs/law/workdays.py), never read back from the code under test."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import build_renderer
from bot.reminders import render_reminder
from bot.tracking import Tracking
from dialogs.law.dates import add_days
from dialogs.law.workdays import default_calendar
from dialogs.model.loader import load_trees
from dialogs.runtime.engine import Engine
from dialogs.tracking.schedule import default_schedules, plan
from storage.db import Database
from storage.repositories import Users
from storage.tracking import TrackedItems, parse_inputs
from tests.scripted import walk

D = dt.date
CAL = default_calendar()

EXTENSION_CLOSES_DAYS = 5  # ¶20, ¶21: not later than 5 calendar days before expiry
NEW_PERMIT_DAYS = 4  # ¶22: within 4 calendar days before expiry (our reading: D-4..D-1)


def fmt(day: D) -> str:
    return day.strftime("%d.%m.%Y")


def _track(today: D, expiry: D, months: int):
    """/track → labour permit → my permit → its last day → its months, on `today`:
    the result view and its Russian text."""
    _, view = walk(Engine(load_trees(), today=lambda: today), "track", "c:labour-permit", "c:my-permit", fmt(expiry), str(months))
    return view, build_renderer().render(view, "ru").text


async def _statuses(sqlite_url, inputs: dict, days, user: int = 1) -> dict[D, str]:
    """The /status line of a permit saved by `user` (one item each), on each of `days`."""
    db = Database(sqlite_url)
    await db.migrate()
    try:
        await Users(db).ensure(user, "ru")
        await TrackedItems(db).save(user, "labour-permit", "permit", inputs, today=D(2026, 11, 1))
        out = {}
        for day in days:
            [status] = await Tracking(db, build_renderer(), lambda day=day: day).statuses(user, "ru")
            out[day] = status.text
        return out
    finally:
        await db.close()


def _points(view) -> set[str]:
    return {c.point for c in view.citations if c.source == "labour-permit-article"}


# ---- F1: the extension window, a day off after its last working day ------------------

@pytest.mark.parametrize("expiry, today", [
    (D(2027, 3, 28), D(2027, 3, 20)),  # Saturday; D-5 = Tue 23.03, Nauryz days off from 20.03 to 24.03
    (D(2027, 1, 8), D(2027, 1, 1)),  # New Year; D-5 = Sun 03.01
])
async def test_a_day_off_inside_the_extension_window_is_not_called_too_late(sqlite_url, expiry, today):
    closes = add_days(expiry, -EXTENSION_CLOSES_DAYS)
    last_wd = CAL.last_on_or_before(closes)
    accepted = CAL.on_or_after(today)  # ¶12: a filing today is accepted the next working day
    # the case: today is a day off inside the window by the calendar, after its last working day
    assert not CAL.is_working_day(today) and last_wd < today <= closes < accepted

    view, shown = _track(today, expiry, 3)
    assert view.outcome == "ask_person", shown  # ☎️, not ⛔
    assert view.track is not None  # the permit's dates are still offered for reminders
    headline = shown.split("\n", 1)[0]
    assert "Срок для продления прошёл" not in shown and f"был {fmt(closes)}" not in shown, shown
    for said in ("сегодня нерабочий день", f"последний рабочий день окна продления, {fmt(last_wd)}, прошёл",
                 f"примут только {fmt(accepted)}", f"по буквальному счёту оно до {fmt(closes)}", "1414"):
        assert said in headline, (said, headline)
    # the careful reading (the day of acceptance: not extended) before the other one
    careful, other = "если датой подачи считается день приёма, разрешение не продлят", "Считается ли день отправки, правила не уточняют"
    assert careful in headline and other in headline and headline.index(careful) < headline.index(other), headline
    assert {"12", "21"} <= _points(view)  # ¶12 (accepted the next working day), ¶21 (late: not extended)
    assert "lp-note-day-off-reading" in {n.text.id for n in view.notes}  # A04, as the dialog's extension-day-off

    # /status says the same as the /track result
    status = (await _statuses(sqlite_url, {"expiry": expiry, "cumulative_months": 3}, [today]))[today]
    assert status in headline, (status, headline)


# ---- F1: the new permit's window, a day off after its last working day ----------------

async def test_a_saturday_at_the_end_of_the_new_permit_window_is_not_called_closed(sqlite_url):
    expiry = D(2026, 12, 6)  # Sunday; our window 02.12–05.12, 05.12 a Saturday
    today = D(2026, 12, 5)
    opens, closes = add_days(expiry, -NEW_PERMIT_DAYS), add_days(expiry, -1)
    safe_wd, accepted = CAL.last_on_or_before(opens), CAL.on_or_after(today)
    assert today == closes and not CAL.is_working_day(today) and CAL.last_on_or_before(closes) < today
    assert (safe_wd, accepted) == (D(2026, 12, 2), D(2026, 12, 7))

    view, shown = _track(today, expiry, 12)
    status = (await _statuses(sqlite_url, {"expiry": expiry, "cumulative_months": 12}, [today]))[today]
    assert view.outcome == "ask_person" and status in shown, (status, shown)
    for text in (shown, status):
        assert "закончилось" not in text, text
        for said in ("Сегодня нерабочий день", f"примут только {fmt(accepted)} — уже после {fmt(closes)}",
                     f"нужно было не позже {fmt(safe_wd)}", "день отправки", "1414"):
            assert said in text, (said, text)
    assert {"12", "22"} <= _points(view)


ALL_OFF = [D(2027, 1, 5), D(2027, 3, 24), D(2027, 3, 25), D(2027, 5, 11), D(2028, 1, 5), D(2028, 5, 9), D(2028, 5, 10), D(2029, 1, 3)]


@pytest.mark.parametrize("expiry", ALL_OFF)
async def test_a_new_permit_window_of_days_off_is_never_offered_as_open(sqlite_url, expiry):
    """D-4..D-1 all days off: a filing in our window is accepted only after it (¶12). From
    the earliest reading's working day to D, no line offers that window as one to file in,
    nor says "as soon as possible" once it has no working day left."""
    opens, closes = add_days(expiry, -NEW_PERMIT_DAYS), add_days(expiry, -1)
    window = [add_days(opens, i) for i in range(NEW_PERMIT_DAYS)]
    assert not any(CAL.is_working_day(day) for day in window), window
    safe_wd = CAL.last_on_or_before(opens)
    days = [add_days(safe_wd, i) for i in range((expiry - safe_wd).days + 1)]
    said = await _statuses(sqlite_url, {"expiry": expiry, "cumulative_months": 12}, days)

    # the earliest reading's working day: that day leads; our window's days are said to be days off
    first = said[safe_wd]
    assert f"не позже {fmt(safe_wd)}, в рабочее время" in first, first
    assert f"по нашему — с {fmt(opens)}" not in first, first
    assert f"с {fmt(opens)} по {fmt(closes)}, нерабочие: поданное в них примут только {fmt(CAL.on_or_after(opens))}" in first, first
    for day in days[1:-1]:  # days off up to D-1: a filing today is accepted after our window
        text = said[day]
        assert not CAL.is_working_day(day)
        assert "Сегодня нерабочий день" in text and f"примут только {fmt(CAL.on_or_after(day))} — уже после {fmt(closes)}" in text, (day, text)
        assert "как можно скорее" not in text, (day, text)
    last = said[expiry]  # D: our window closed yesterday
    assert "как можно скорее" not in last and f"окно — до {fmt(closes)}" not in last, last
    assert f"окно для нового разрешения закончилось {fmt(closes)}" in last, last

    # the /track result on a day off inside the window, and on D
    view, shown = _track(closes, expiry, 12)
    assert view.outcome == "ask_person" and said[closes] in shown, shown
    view, shown = _track(expiry, expiry, 12)
    assert view.outcome == "ask_person" and last in shown and "как можно скорее" not in shown, shown


# ---- F2: months unknown, day by day as a known count says it -------------------------

# Wed 03.03.2027: D-6 Thu 25.02 (the careful last day), D-5 Fri 26.02 (the literal one), D-4
# Sat 27.02 (the new permit's earliest day, its working day Fri 26.02); our window 27.02–02.03.
EXPIRY = D(2027, 3, 3)


async def test_months_unknown_follows_both_counts_day_by_day(sqlite_url):
    careful = CAL.last_on_or_before(add_days(EXPIRY, -EXTENSION_CLOSES_DAYS - 1))
    literal = CAL.last_on_or_before(add_days(EXPIRY, -EXTENSION_CLOSES_DAYS))
    new_safe = CAL.last_on_or_before(add_days(EXPIRY, -NEW_PERMIT_DAYS))
    closes = add_days(EXPIRY, -1)
    assert (careful, literal, new_safe) == (D(2027, 2, 25), D(2027, 2, 26), D(2027, 2, 26))
    days = [D(2027, 2, 26), D(2027, 3, 1), D(2027, 3, 2)]
    unknown = await _statuses(sqlite_url, {"expiry": EXPIRY}, days)
    under = await _statuses(sqlite_url, {"expiry": EXPIRY, "cumulative_months": 3}, days, user=2)
    twelve = await _statuses(sqlite_url, {"expiry": EXPIRY, "cumulative_months": 12}, days, user=3)

    # Fri 26.02: the careful day gone, the literal one is today; the new permit's earliest day is today
    text = unknown[D(2027, 2, 26)]
    assert f"По буквальному счёту подать можно до {fmt(literal)}" in under[D(2027, 2, 26)]
    assert f"надёжный последний день подачи на продление ({fmt(careful)}) прошёл" in text, text
    assert f"по буквальному счёту подать на продление можно до {fmt(literal)}, в рабочее время" in text, text
    assert f"подать нужно не позже {fmt(new_safe)}" in twelve[D(2027, 2, 26)]
    assert f"по самому раннему прочтению подать не позже {fmt(new_safe)}, в рабочее время" in text, text

    for day in (D(2027, 3, 1), D(2027, 3, 2)):
        text = unknown[day]
        # under 12: the extension is over, as the known count's ⛔ says it
        assert f"последний день подачи был {fmt(literal)}" in under[day] and f"последний день подачи был {fmt(literal)}" in text, text
        # 12: the earliest reading's day gone, said as gone; our window still open, said so
        assert f"по нашему окно — до {fmt(closes)}" in twelve[day] and f"по нашему окно — до {fmt(closes)}" in text, text
        assert f"нужно было подать не позже {fmt(new_safe)}" in text and "как можно скорее" in text, text
        assert f"прочтению подать не позже {fmt(new_safe)}" not in text, text  # a day gone, not a live deadline


async def test_every_months_unknown_reminder_says_its_days_status_line(sqlite_url):
    """A reminder that repeats a /status line goes out on a day that line is true: on Fri
    26.02.2027 the literal last day to extend (and the new permit's earliest), not "the
    extension's safe day has passed" alone."""
    db = Database(sqlite_url)
    await db.migrate()
    try:
        await Users(db).ensure(1, "ru")
        item = await TrackedItems(db).save(1, "labour-permit", "permit", {"expiry": EXPIRY}, today=D(2027, 1, 20))
        renderer = build_renderer()
        planned = [p for p in plan(default_schedules()[("labour-permit", "permit")], parse_inputs(item.inputs)) if p.text.startswith("status-")]
        for p in planned:
            [status] = await Tracking(db, renderer, lambda p=p: p.due_on).statuses(1, "ru")
            assert status.text in render_reminder(renderer, "ru", item, p), (p.occasion, p.due_on)
        # on Fri 26.02: both days that are still open that day, none said gone
        [friday] = [render_reminder(renderer, "ru", item, p) for p in planned if p.due_on == D(2027, 2, 26)]
        assert "по буквальному счёту подать на продление можно до 26.02.2027" in friday and "по самому раннему прочтению подать не позже 26.02.2027" in friday, friday
        assert "абз. 21" in friday and "абз. 22" in friday and "абз. 12" in friday, friday  # ¶21, ¶22, ¶12
    finally:
        await db.close()


# ---- F6: the literal last day a day off, said in /status as in /track ------------------

async def test_status_says_the_literal_last_day_is_a_day_off(sqlite_url):
    expiry, today = D(2026, 12, 11), D(2026, 12, 1)
    closes = add_days(expiry, -EXTENSION_CLOSES_DAYS)  # Sun 06.12.2026
    assert not CAL.is_working_day(closes)
    said = f"окно до {fmt(closes)}, но это нерабочий день"
    _, shown = _track(today, expiry, 3)
    status = (await _statuses(sqlite_url, {"expiry": expiry, "cumulative_months": 3}, [today]))[today]
    assert said in shown and said in status, (shown, status)
    assert f"по {fmt(CAL.last_on_or_before(closes))}, в рабочее время" in status, status
