"""What a tracked item says when the law reads two ways, or when a later step is open:
the /status line and the reminders in Russian, as the user reads them (audit findings).

1. Labour permit, 12 months held (¶22: «подает заявление на новое разрешение в течение 4
   (четырех) календарных дней до истечения срока действующего разрешения»): the dialog
   leads with the earliest reading ("no later than D-4", filed on a working day), then our
   window D-4..D-1; /status and the reminder to prepare say the same, and /status says
   that day is gone once its last working day is gone (not only D-4 itself).
2. Labour permit after its last day: ¶21 refuses only a late application («не продлевается
   в случае подачи заявления позднее …») and ¶5 gives the decision «в течение 2 (двух)
   рабочих дней, не считая день подачи», which may come after the last day: the ⌛ line
   says what holds whether or not an application was filed in time.
3. Self-employment certificate (SE Rules p.17: «в течение пяти рабочих дней со дня
   заключения трудового договора с работодателем направляет…»): the last reminder keeps
   that condition, as the earlier one does.

Expected dates are counted here from the law's numbers and the holiday calendar
(dialogs/law/workdays.py), never read back from the code under test."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from bot.app import build_renderer
from bot.reminders import reminder_text
from bot.tracking import Tracking
from dialogs.law.dates import add_days
from dialogs.law.workdays import default_calendar
from dialogs.tracking.schedule import default_schedules, plan
from storage.db import Database
from storage.repositories import Users
from storage.tracking import TrackedItems, parse_inputs

D = dt.date
CAL = default_calendar()

NEW_PERMIT_DAYS = 4  # ¶22: within 4 calendar days before the permit's end
PREPARE_DAYS = 6  # product rule: prepare the documents 6 days before our window opens


def fmt(day: D) -> str:
    return day.strftime("%d.%m.%Y")


def _new_permit_days(expiry: D) -> tuple[D, D, D]:
    """(the earliest reading's last working day, our window's first and last day)."""
    d4 = add_days(expiry, -NEW_PERMIT_DAYS)
    # a filing on a day off is accepted the next working day (¶12): on the earliest
    # reading ("no later than D-4") the last day to file is D-4's working day or the one before
    return CAL.last_on_or_before(d4), d4, add_days(expiry, -1)


async def _db(sqlite_url) -> Database:
    db = Database(sqlite_url)
    await db.migrate()
    await Users(db).ensure(1, "ru")
    return db


async def _status(db, today: D) -> str:
    [status] = await Tracking(db, build_renderer(), lambda: today).statuses(1, "ru")
    return status.text


def _says_safe_then_window(text: str, safe_wd: D, opens: D, closes: D):
    lead = f"По самому раннему прочтению подать нужно не позже {fmt(safe_wd)}, в рабочее время"
    window = f"по нашему — с {fmt(opens)} по {fmt(closes)}"
    assert lead in text and window in text, text
    assert text.index(lead) < text.index(window), text
    assert "1414" in text, text


def _says_safe_passed(text: str, safe_wd: D, closes: D, opens: D):
    assert f"нужно было не позже {fmt(safe_wd)}" in text, text
    assert f"по нашему окно — до {fmt(closes)}" in text and "как можно скорее" in text, text
    assert f"с {fmt(opens)} по" not in text, "a window whose safe day is gone is not offered as if open"


# ---- 1. the new permit: the earliest reading's day first -------------------------------

# The reach: /track on 16.02.2027, my permit, ends Fri 26.02.2027, 12 months. D-4 is
# Mon 22.02.2027, a working day: the earliest reading's last working day is D-4 itself.
LP_EXPIRY = D(2027, 2, 26)


async def test_track_on_16_february_status_and_reminder_lead_with_the_earliest_reading(sqlite_url):
    from dialogs.model.loader import load_trees
    from dialogs.runtime.engine import Engine
    from tests.scripted import walk

    safe_wd, opens, closes = _new_permit_days(LP_EXPIRY)
    assert (safe_wd, opens, closes) == (D(2027, 2, 22), D(2027, 2, 22), D(2027, 2, 25))
    today = D(2027, 2, 16)
    _, view = walk(Engine(load_trees(), today=lambda: today), "track", "c:labour-permit", "c:my-permit", fmt(LP_EXPIRY), "12")
    assert view.track is not None
    db = await _db(sqlite_url)
    try:
        tracking = Tracking(db, build_renderer(), lambda: today)
        assert "Готово, сохранено" in await tracking.save(1, dict(view.track), "ru")
        [item] = await tracking.items.list(1)
        _says_safe_then_window(await _status(db, today), safe_wd, opens, closes)
        # on the earliest reading's day itself it is still ahead (in working hours)
        _says_safe_then_window(await _status(db, D(2027, 2, 22)), safe_wd, opens, closes)
        # the day after: gone, our window still runs
        _says_safe_passed(await _status(db, D(2027, 2, 23)), safe_wd, closes, opens)
        # the reminder to prepare: 6 days before our window opens, on a working day
        [prepare] = [p for p in plan(default_schedules()[("labour-permit", "permit")], parse_inputs(item.inputs)) if p.occasion == "new-permit-prepare"]
        assert prepare.due_on == CAL.last_on_or_before(add_days(opens, -PREPARE_DAYS)) == today
        text = reminder_text(build_renderer(), "ru", item, "new-permit-prepare")
        assert "Готовьте документы на новое разрешение" in text
        _says_safe_then_window(text, safe_wd, opens, closes)
        assert "абз. 22" in text and "абз. 12" in text  # ¶22 (the 4 days), ¶12 (after hours)
    finally:
        await db.close()


# Ends Thu 31.12.2026: D-4 is Sun 27.12.2026, so on the earliest reading the last working
# day to file is Fri 25.12.2026; our window is 27.12–30.12.
LP_EXPIRY_DAY_OFF = D(2026, 12, 31)


async def test_status_says_the_earliest_readings_day_gone_once_its_last_working_day_is_gone(sqlite_url):
    safe_wd, opens, closes = _new_permit_days(LP_EXPIRY_DAY_OFF)
    assert not CAL.is_working_day(opens) and not CAL.is_working_day(add_days(opens, -1))  # Sun, Sat
    assert (safe_wd, opens, closes) == (D(2026, 12, 25), D(2026, 12, 27), D(2026, 12, 30))
    db = await _db(sqlite_url)
    try:
        item = await TrackedItems(db).save(1, "labour-permit", "permit", {"expiry": LP_EXPIRY_DAY_OFF, "cumulative_months": 12}, today=D(2026, 12, 1))
        _says_safe_then_window(await _status(db, D(2026, 12, 20)), safe_wd, opens, closes)
        _says_safe_then_window(await _status(db, safe_wd), safe_wd, opens, closes)
        # Saturday 26.12: the earliest reading's last working day is gone, though D-4 is ahead
        for today in (D(2026, 12, 26), D(2026, 12, 27), D(2026, 12, 28), closes):
            _says_safe_passed(await _status(db, today), safe_wd, closes, opens)
        # the reminder to prepare (D-4 - 6 = Mon 21.12.2026) names that Friday first
        text = reminder_text(build_renderer(), "ru", item, "new-permit-prepare")
        _says_safe_then_window(text, safe_wd, opens, closes)
        [prepare] = [p for p in plan(default_schedules()[("labour-permit", "permit")], parse_inputs(item.inputs)) if p.occasion == "new-permit-prepare"]
        assert prepare.due_on == CAL.last_on_or_before(add_days(opens, -PREPARE_DAYS)) == D(2026, 12, 21)
    finally:
        await db.close()


async def test_months_unknown_names_the_earliest_readings_last_working_day_not_a_sunday(sqlite_url):
    """A roster's permit without its months: "12 — a new permit, on the earliest reading …"
    named D-4 itself, a Sunday (27.12.2026), on which nothing is accepted (¶12): the day
    to file by on that reading is Friday 25.12.2026."""
    safe_wd, opens, _closes = _new_permit_days(LP_EXPIRY_DAY_OFF)
    db = await _db(sqlite_url)
    try:
        item = await TrackedItems(db).save(1, "labour-permit", "permit", {"expiry": LP_EXPIRY_DAY_OFF}, today=D(2026, 11, 1))
        text = await _status(db, D(2026, 11, 20))
        assert f"по самому раннему прочтению не позже {fmt(safe_wd)}, в рабочее время" in text, text
        assert fmt(opens) not in text
        late = await _status(db, D(2026, 12, 26))  # the extension's safe last working day (25.12) gone
        assert f"подать не позже {fmt(safe_wd)}, в рабочее время" in late, late
        text = reminder_text(build_renderer(), "ru", item, "months-unknown")
        assert f"не позже {fmt(safe_wd)}" in text and fmt(opens) not in text, text
    finally:
        await db.close()


# ---- 2. the permit ended: filed in time or not -----------------------------------------

@pytest.mark.parametrize("expiry, months", [
    (LP_EXPIRY, 12),  # a new permit (¶22): the reach, /status on 27.02.2027
    (D(2026, 12, 5), 6),  # an extension (¶20, ¶21)
])
async def test_the_ended_permit_says_a_timely_application_awaits_its_decision(sqlite_url, expiry, months):
    db = await _db(sqlite_url)
    try:
        await TrackedItems(db).save(1, "labour-permit", "permit", {"expiry": expiry, "cumulative_months": months}, today=add_days(expiry, -20))
        # the permit's last day is still current
        assert "⌛" not in await _status(db, expiry)
        text = await _status(db, add_days(expiry, 1))
        line, grounds = text.split("\n", 1)
        assert line.startswith(f"⌛ Разрешение закончилось {fmt(expiry)}"), text
        assert "без действующего разрешения работать нельзя" in line
        # filed in time: ¶21 refuses only a late one, the decision (¶5) may come after the end
        filed = "Если заявление на продление или на новое разрешение подали в срок, ждите решения"
        assert filed in line and "там, где подавали" in line
        # not filed: no extension — said only of that case
        not_filed = "Если не подавали, продлить разрешение уже нельзя"
        assert not_filed in line and line.index(filed) < line.index(not_filed)
        assert line.count("уже нельзя") == 1 and "продлить его уже нельзя" not in line
        # every sentence has its ground: Entry Rules p.7, the article's ¶21, ¶22 and ¶5
        renderer = build_renderer()
        assert renderer.t("ru", "source-entry-rules") in grounds and "п. 7" in grounds
        for paragraph in ("21", "22", "5"):
            assert re.search(rf"абз\. {paragraph}\b", grounds), (paragraph, grounds)
    finally:
        await db.close()


# ---- 3. the self-employment certificate: the last reminder keeps p.17's condition ------

CONDITION = "Если вы заключили трудовой договор, подайте на продление в течение 5 рабочих дней со дня его заключения, но не позже"


@pytest.mark.parametrize("expiry", [
    D(2027, 1, 15),  # Friday: its own last working day
    D(2027, 1, 16),  # Saturday: the last working day is Friday 15.01 (App 2 row 9)
])
async def test_the_certificates_last_reminder_says_the_contract_condition(sqlite_url, expiry):
    file_by = CAL.last_on_or_before(expiry)
    assert file_by == D(2027, 1, 15)
    db = await _db(sqlite_url)
    try:
        item = await TrackedItems(db).save(1, "self-employment", "permit", {"expiry": expiry}, today=D(2026, 12, 10))
        planned = {p.occasion: p for p in plan(default_schedules()[("self-employment", "permit")], parse_inputs(item.inputs))}
        assert planned["expiry"].due_on == file_by and planned["expiry"].last
        renderer = build_renderer()
        last = reminder_text(renderer, "ru", item, "expiry")
        soon = reminder_text(renderer, "ru", item, "expiry-soon")
        for text in (last, soon):  # said as the earlier reminder says it
            assert f"{CONDITION} {fmt(file_by)}" in text, text
        assert "Чтобы продлить её, подайте заявление не позже" not in last
        assert "п. 17" in last  # SE Rules p.17: five working days from the contract
    finally:
        await db.close()


@pytest.mark.parametrize("months", ["6", "12"])
def test_track_of_a_permit_already_ended_cites_each_sentence_it_says(months):
    """/track of a labour permit whose end is gone shows the ⌛ line (filed in time: wait
    for the decision; not filed: no extension; no work without a permit): its grounds are
    those sentences' points — Entry Rules p.7, the article's ¶21, ¶22 and ¶5 — not only
    the number of days."""
    from dialogs.model.loader import load_trees
    from dialogs.runtime.engine import Engine
    from tests.scripted import walk

    today = D(2026, 12, 7)
    _, view = walk(Engine(load_trees(), today=lambda: today), "track", "c:labour-permit", "c:my-permit", "01.12.2026", months)
    assert view.text.id == "ended-lp-permit"
    points = {(c.source, c.point) for c in view.citations}
    assert {("entry-rules", "7"), ("labour-permit-article", "21"), ("labour-permit-article", "22"), ("labour-permit-article", "5")} <= points
    shown = build_renderer().render(view, "ru").text
    assert "Разрешение закончилось 01.12.2026" in shown and "ждите решения" in shown
