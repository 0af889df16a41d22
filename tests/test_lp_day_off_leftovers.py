"""A labour permit's last days falling on days off: what was left after the /track and
/status day-off fix (tests/test_track_lp_days_off.py).

Seed 004 (the labour-permit article): ¶22 a holder of 12 months «подает заявление на новое
разрешение в течение 4 (четырех) календарных дней до истечения срока» (read D-4..D-1 by us,
D-3..D on another reading, "not later than D-4" on the earliest, A05); ¶12 on days off and
holidays «прием заявлений … осуществляется следующим рабочим днем»; whether the day sent or
the day accepted is the filing date is not said (A04).

1. The permit's last day D a day off: the other reading's "you may also apply on D" must say
   that a filing on D is accepted only after the permit's end, and that whether the sending
   day counts the rules do not settle — our reading (closed) first, then the careful one
   (the day of acceptance: late). Dialog, /track, /status (known and unknown months), the
   dialog's reopened new-permit-now screen and its blocking check.
2. The earliest reading's day gone, our window still running to D-1, and D-1 a day off:
   "по нашему окно — до D-1" says it is a day off and names the window's last working day.
3. An employer's roster without months: the list's short label of the day the new permit's
   window opens names its working day (not D-4 when D-4 is a holiday) and, when that day is
   the extension's literal last one, says so — as the long /status line of that day does.

Expected dates are counted here from those numbers and the holiday calendar
(dialogs/law/workdays.py), never read back from the code under test."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import build_renderer
from bot.employer import Employers
from bot.tracking import Tracking
from dialogs.law.dates import add_days
from dialogs.law.workdays import default_calendar
from dialogs.model.loader import load_trees
from dialogs.runtime.engine import DialogState, Engine
from dialogs.tracking.schedule import default_schedules, status_of
from dialogs.tracking.workers import outlook
from storage.db import Database
from storage.employers import WorkerEntry
from storage.repositories import Users
from storage.tracking import TrackedItems
from tests.scripted import note_ids, walk

D = dt.date
CAL = default_calendar()
TREES = load_trees()
RENDERER = build_renderer()

EXTENSION_CLOSES_DAYS = 5  # ¶20, ¶21: not later than 5 calendar days before expiry
CAREFUL_CLOSES_DAYS = 6  # the careful reading of ¶20 (A03): a day earlier
NEW_PERMIT_DAYS = 4  # ¶22: within 4 calendar days before expiry


def fmt(day: D) -> str:
    return day.strftime("%d.%m.%Y")


def days(first: D, last: D) -> list[D]:
    return [add_days(first, i) for i in range((last - first).days + 1)]


def _render(view, lang: str = "ru") -> str:
    rendered = RENDERER.render(view, lang)
    return rendered.text + "\n" + rendered.folded


def _dialog(today: D, expiry: D, months: int = 12):
    """/labour-permit → a holder: its last day, its months."""
    _, view = walk(Engine(TREES, today=lambda: today), "labour-permit", "c:immigrant", "c:other", "c:yes", fmt(expiry), str(months))
    return view


def _track(today: D, expiry: D, months: int = 12):
    _, view = walk(Engine(TREES, today=lambda: today), "track", "c:labour-permit", "c:my-permit", fmt(expiry), str(months))
    return view


def _filing(filed: D) -> tuple[str, ...]:
    # in working hours; passport, its border stamp, 028/у and insurance all valid
    return (fmt(filed), "c:in-hours", "01.01.2030", "c:yes", "c:yes", "01.12.2026", "c:yes", "01.01.2029")


def _reopened(start: D, later: D, expiry: D, filed: D):
    """The new permit's dialog walked on `start` (its window open) with a filing day, the
    result opened again on `later`, as the bot resumes a saved dialog."""
    clock = {"today": start}
    engine = Engine(TREES, today=lambda: clock["today"])
    state, _ = walk(engine, "labour-permit", "c:immigrant", "c:other", "c:yes", fmt(expiry), "12", "6", *_filing(filed))
    clock["today"] = later
    return engine.view(engine.resume(DialogState.from_dict(state.to_dict())))


async def _statuses(sqlite_url, inputs: dict, on: list[D], lang: str = "ru", user: int = 1) -> dict[D, str]:
    """The /status line of a permit saved by `user` (one item each), on each of `on`."""
    db = Database(sqlite_url)
    await db.migrate()
    try:
        await Users(db).ensure(user, lang)
        await TrackedItems(db).save(user, "labour-permit", "permit", inputs, today=D(2026, 11, 1))
        out = {}
        for day in on:
            [status] = await Tracking(db, RENDERER, lambda day=day: day).statuses(user, lang)
            out[day] = status.text
        return out
    finally:
        await db.close()


def _status(inputs: dict, today: D, lang: str = "ru") -> str:
    """The /status line (as the schedule gives it) without a database, for sweeps."""
    msg, args = status_of(default_schedules()[("labour-permit", "permit")], inputs, today)
    return RENDERER.t(lang, msg, **args)


def _points(view) -> set[str]:
    return {c.point for c in view.citations if c.source == "labour-permit-article"}


# ---- 1. the permit's last day D a day off ---------------------------------------------

# Sunday 06.12.2026 (the audit's case); Monday 04.01.2027 (New Year days off 01.01-04.01)
DAY_OFF_ENDS = [D(2026, 12, 6), D(2027, 1, 4)]


def _said_for_day_off_end(text: str, expiry: D) -> None:
    closes, accepted = add_days(expiry, -1), CAL.on_or_after(expiry)
    ours = f"закрылось {fmt(closes)}" if f"закрылось {fmt(closes)}" in text else f"закончилось {fmt(closes)}"
    other = "по другому прочтению"
    for said in (ours, f"подать можно и в последний день срока, {fmt(expiry)}, но это нерабочий день",
                 f"примут только {fmt(accepted)}, уже после окончания срока", "считается ли день отправки, правила не уточняют",
                 "1414"):
        assert said in text, (said, text)
    # never the bare "you may also apply on D", as if a filing on that Sunday counted for D
    assert f"подать можно и {fmt(expiry)}" not in text, text
    # our reading (closed) first, then the other one
    low = text.lower()
    assert low.index(ours) < low.index(other), text


@pytest.mark.parametrize("expiry", DAY_OFF_ENDS)
async def test_a_day_off_last_day_is_not_offered_as_a_filing_day_that_counts(sqlite_url, expiry):
    today = expiry
    accepted = CAL.on_or_after(expiry)
    assert not CAL.is_working_day(expiry) and accepted > expiry  # ¶12: accepted after the end

    # the dialog: ☎️, with the sending-or-acceptance note (A04) and ¶12, ¶22 cited
    view = _dialog(today, expiry)
    shown = _render(view)
    headline = shown.split("\n", 1)[0]
    assert view.outcome == "ask_person", shown
    _said_for_day_off_end(headline, expiry)
    careful = "Если датой подачи считается день приёма, это поздно"
    assert careful in headline and headline.index(careful) < headline.index("день отправки"), headline
    assert "lp-note-day-off-reading" in note_ids(view) and {"12", "22"} <= _points(view)
    assert view.track is not None  # the permit's end is still reminded of

    # /track says the same, with the same grounds; /status says what /track says
    track = _track(today, expiry)
    track_headline = _render(track).split("\n", 1)[0]
    _said_for_day_off_end(track_headline, expiry)
    assert "lp-note-day-off-reading" in note_ids(track) and {"12", "22"} <= _points(track)
    status = (await _statuses(sqlite_url, {"expiry": expiry, "cumulative_months": 12}, [today]))[today]
    assert status in track_headline and status in headline, (status, track_headline)

    # a roster's permit without its months: the 12-month half says the same
    unknown = (await _statuses(sqlite_url, {"expiry": expiry}, [today], user=2))[today]
    _said_for_day_off_end(unknown, expiry)
    assert f"последний день подачи был {fmt(add_days(expiry, -EXTENSION_CLOSES_DAYS))}" in unknown, unknown


@pytest.mark.parametrize("expiry", DAY_OFF_ENDS)
def test_the_new_permit_dialog_reopened_on_a_day_off_last_day_says_it_too(expiry):
    opens = add_days(expiry, -NEW_PERMIT_DAYS)
    assert CAL.is_working_day(opens)  # the window is open on its first day
    # filed on the first day of the window: if not filed after all, what is left on D
    view = _reopened(opens, expiry, expiry, opens)
    assert view.node_id == "new-permit-now" and view.outcome == "ask_person"
    headline = _render(view).split("\n", 1)[0]
    assert f"Если заявление на новое разрешение приняли {fmt(opens)}" in headline, headline
    _said_for_day_off_end(headline.split("Если не подавали:", 1)[1], expiry)
    assert "12" in _points(view)
    # a filing day after the window (its next working day after D): the blocking check
    late = CAL.on_or_after(add_days(expiry, 1))
    view = _reopened(opens, expiry, expiry, late)
    headline = _render(view).split("\n", 1)[0]
    assert headline.startswith("⚠️ Поздно") and f"день приёма заявления — {fmt(late)}" in headline, headline
    _said_for_day_off_end(headline, expiry)


def test_a_working_last_day_keeps_the_plain_other_reading():
    expiry = D(2026, 12, 7)  # Monday: a filing that day is accepted that day
    assert CAL.is_working_day(expiry)
    headline = _render(_dialog(expiry, expiry)).split("\n", 1)[0]
    assert f"по другому прочтению подать можно и {fmt(expiry)}" in headline and "нерабочий" not in headline, headline


def test_every_day_off_last_day_in_a_year_says_acceptance_after_the_end():
    for expiry in days(D(2026, 12, 1), D(2027, 12, 31)):
        if CAL.is_working_day(expiry):
            continue
        accepted = CAL.on_or_after(expiry)
        for inputs in ({"expiry": expiry, "cumulative_months": 12}, {"expiry": expiry}):
            text = _status(inputs, expiry)
            assert f"подать можно и {fmt(expiry)}" not in text, (expiry, text)
            assert f"примут только {fmt(accepted)}" in text, (expiry, text)


# ---- 2. our window's last day D-1 a day off, the earliest reading's day gone -----------

async def test_our_windows_last_day_a_day_off_is_said_so(sqlite_url):
    expiry = D(2026, 12, 7)  # Monday; D-4 Thu 03.12, our window 03.12-06.12, 06.12 a Sunday
    closes = add_days(expiry, -1)
    safe, last_wd = CAL.last_on_or_before(add_days(expiry, -NEW_PERMIT_DAYS)), CAL.last_on_or_before(closes)
    assert (safe, last_wd) == (D(2026, 12, 3), D(2026, 12, 4)) and not CAL.is_working_day(closes)
    today = D(2026, 12, 4)
    said = f"по нашему окно — до {fmt(closes)}, но это нерабочий день: последний рабочий день окна — {fmt(last_wd)}"
    status = (await _statuses(sqlite_url, {"expiry": expiry, "cumulative_months": 12}, [today]))[today]
    assert said in status and f"нужно было не позже {fmt(safe)}" in status, status
    # the safe (earliest) reading first
    assert status.index(fmt(safe)) < status.index(said), status
    view = _track(today, expiry)
    assert view.outcome == "ask_person" and status in _render(view), _render(view)
    en = (await _statuses(sqlite_url, {"expiry": expiry, "cumulative_months": 12}, [today], "en", user=2))[today]
    assert f"the window runs to {fmt(closes)}, but that is not a working day: the window's last working day is {fmt(last_wd)}" in en, en


def test_our_window_ending_on_a_working_day_is_not_called_a_day_off():
    expiry = D(2026, 12, 9)  # Wednesday; D-4 Sat 05.12 (its working day Fri 04.12), D-1 Tue 08.12
    closes = add_days(expiry, -1)
    assert CAL.is_working_day(closes)
    text = _status({"expiry": expiry, "cumulative_months": 12}, D(2026, 12, 7))
    assert f"по нашему окно — до {fmt(closes)}." in text and "нерабочий" not in text, text


def test_no_status_line_names_a_day_off_as_the_windows_end_without_saying_so():
    for expiry in days(D(2026, 12, 1), D(2027, 12, 31)):
        closes = add_days(expiry, -1)
        last_wd = CAL.last_on_or_before(closes)
        for today in days(CAL.last_on_or_before(add_days(expiry, -NEW_PERMIT_DAYS)), closes):
            text = _status({"expiry": expiry, "cumulative_months": 12}, today)
            if f"по нашему окно — до {fmt(closes)}" in text and not CAL.is_working_day(closes):
                assert f"до {fmt(closes)}, но это нерабочий день: последний рабочий день окна — {fmt(last_wd)}" in text, (expiry, today, text)


# ---- 3. the employer's list, months unknown ---------------------------------------------

def _line(expiry: D, today: D, lang: str = "ru") -> str:
    e = Employers(None, RENDERER, Engine({}), lambda: today)
    worker = WorkerEntry("Каримов Бахтиёр", "labour-permit", {"permit_expiry": expiry})
    return e.line_text(1, e.sorted_lines([worker], today)[0], lang).split("\n")[1].strip()


def test_the_list_names_the_working_day_before_a_holiday_and_the_literal_extension_day():
    expiry = D(2027, 1, 5)  # D-4 = 01.01.2027 (New Year), D-5 = Thu 31.12.2026, D-6 = Wed 30.12
    new_safe = CAL.last_on_or_before(add_days(expiry, -NEW_PERMIT_DAYS))
    literal = CAL.last_on_or_before(add_days(expiry, -EXTENSION_CLOSES_DAYS))
    careful = CAL.last_on_or_before(add_days(expiry, -CAREFUL_CLOSES_DAYS))
    assert not CAL.is_working_day(add_days(expiry, -NEW_PERMIT_DAYS))
    assert (careful, literal, new_safe) == (D(2026, 12, 30), D(2026, 12, 31), D(2026, 12, 31))
    today = D(2026, 12, 31)
    line = _line(expiry, today)
    assert line.endswith(f": {fmt(new_safe)}") and "01.01.2027" not in line, line
    assert "на продление по буквальному счёту" in line and "на новое разрешение по самому раннему прочтению" in line, line
    assert "1414" in line, line
    # the long /status line of the same day says both, on the same day
    long = _status({"expiry": expiry}, today)
    assert f"по буквальному счёту подать на продление можно до {fmt(literal)}" in long, long
    assert f"по самому раннему прочтению подать не позже {fmt(new_safe)}" in long, long
    en = _line(expiry, today, "en")
    assert en.endswith(f": {fmt(new_safe)}") and "an extension read literally" in en, en


def test_every_months_unknown_list_day_is_a_working_day_and_agrees_with_the_long_line():
    """For each expiry in a year, the day the list names for the new permit's window (the
    occasion months-unknown-new-permit-opens) is a working day, and its label says what
    the /status line of that day says: the extension still open on the literal reading
    (D-4 a day off) or over (D-4 a working day)."""
    seen = set()
    for expiry in days(D(2026, 12, 1), D(2027, 12, 31)):
        planned = {p.occasion: p for p in outlook("labour-permit", {"permit_expiry": expiry}, D(2026, 11, 1)).planned}
        p = planned.get("months-unknown-new-permit-opens")
        if p is None:
            continue
        day = p.day or p.due_on
        assert CAL.is_working_day(day) and day == CAL.last_on_or_before(add_days(expiry, -NEW_PERMIT_DAYS)), (expiry, day)
        line, long = _line(expiry, day), _status({"expiry": expiry}, day)
        assert line.endswith(f": {fmt(day)}"), (expiry, line)
        assert f"по самому раннему прочтению подать не позже {fmt(day)}" in long, (expiry, long)
        literal_open = f"по буквальному счёту подать на продление можно до {fmt(day)}" in long
        assert literal_open == ("на продление по буквальному счёту" in line), (expiry, line, long)
        assert literal_open == (not CAL.is_working_day(add_days(expiry, -NEW_PERMIT_DAYS))), (expiry, long)
        seen.add(literal_open)
    assert seen == {True, False}  # both kinds of year day were met
