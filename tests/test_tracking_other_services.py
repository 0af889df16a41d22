"""Tracked items of the regional quota, temporary residence, employer permit,
self-employment and permanent residence: what /status, /track and the reminders say
around days off and where the rules are silent (audit of the tracked services).

Expected dates are counted here by hand on the Kazakhstan calendar: 06.07 Capital Day;
Nauryz 21-23.03.2027 with 24.03 in lieu of Sunday 21.03; weekends off."""

from __future__ import annotations

import datetime as dt

from bot.app import build_renderer
from bot.reminders import reminder_text
from bot.tracking import Tracking
from dialogs.model.loader import load_trees
from dialogs.runtime.engine import Engine
from dialogs.tracking.schedule import default_schedules, plan
from storage.db import Database
from storage.repositories import Users
from storage.tracking import TrackedItems
from tests.scripted import item_ids, walk

D = dt.date
TREES = load_trees()


_USERS = iter(range(1, 10_000))


async def _status(sqlite_url, track: dict, today: D):
    """/status in Russian for one item saved (by a user of its own) and read on `today`."""
    db = Database(sqlite_url)
    await db.migrate()
    try:
        user = next(_USERS)
        await Users(db).ensure(user, "ru")
        day = {"today": D(2026, 7, 1)}
        tracking = Tracking(db, build_renderer(), lambda: day["today"])
        assert (await tracking.store(user, track, "ru")).stored
        day["today"] = today
        [status] = await tracking.statuses(user, "ru")
        return status
    finally:
        await db.close()


async def _reminder(sqlite_url, service: str, kind: str, inputs: dict, occasion: str) -> str:
    db = Database(sqlite_url)
    await db.migrate()
    try:
        await Users(db).ensure(1, "ru")
        item = await TrackedItems(db).save(1, service, kind, inputs, today=D(2026, 7, 1))
        text = reminder_text(build_renderer(), "ru", item, occasion)
        assert text is not None, f"{occasion} is not in the item's plan"
        return text
    finally:
        await db.close()


def _plan(service: str, kind: str, inputs: dict) -> dict:
    return {p.occasion: p for p in plan(default_schedules()[(service, kind)], inputs)}


# ---- 1. regional quota: the resettler's career-centre day on the acceptance day ------

RQ_EVENING = {"service": "regional-quota", "kind": "application", "filed_on": "2026-07-10",
              "applicant": "resettler", "after_hours": True}


async def test_resettler_filing_accepted_under_p15_waits_for_the_career_centre_day(sqlite_url):
    """Filed Friday evening 10.07.2026, accepted Monday 13.07, when p.15 (new wording,
    from 12.07.2026) gives the career centre one working day: 13.07 + 14 + 1 working
    days = 03.08.2026 (not 31.07: the career-centre day was looked up on 10.07)."""
    waiting = await _status(sqlite_url, RQ_EVENING, D(2026, 7, 20))
    assert "не позже 03.08.2026" in waiting.text and "31.07.2026" not in waiting.text
    on_the_day = await _status(sqlite_url, RQ_EVENING, D(2026, 8, 3))
    assert not on_the_day.expired and "⌛" not in on_the_day.text
    gone = await _status(sqlite_url, RQ_EVENING, D(2026, 8, 4))
    assert gone.expired and "не позже 03.08.2026" in gone.text
    inputs = {k: (D.fromisoformat(v) if k == "filed_on" else v) for k, v in RQ_EVENING.items() if k not in ("service", "kind")}
    assert _plan("regional-quota", "application", inputs)["decision-due-resettler"].due_on == D(2026, 8, 3)


def test_resettler_dialog_filed_friday_evening_names_the_career_centre_date():
    """The quota dialog's own screen for the same filing (10.07.2026 evening, before the
    switch) names p.15's online date, 03.08.2026, as the ID check counts it."""
    engine = Engine(TREES, today=lambda: D(2026, 7, 10))
    _, view = walk(engine, "regional-quota", "c:today", "c:after-hours", "c:resettler", "c:yes",
                   "01.01.2025", "31.12.2030", "c:no")
    assert view.node_id == "before-switch"
    # one line names the in-person and the online dates (none called "safe")
    [online] = [i for i in view.items if i.text.id == "rq-reason-decision-moved-channels"]
    assert online.text.args["decision_by_online"] == D(2026, 8, 3) and online.text.args["decision_by"] == D(2026, 7, 31)
    assert any(c.point == "15" and "одного рабочего дня" in c.quote for c in online.citations)


# ---- 2. temporary residence: a child turning 16 before Nauryz --------------------------

SIXTEEN = {"service": "temporary-residence", "kind": "sixteen", "birthday": "2027-03-14"}


async def test_sixteen_with_no_working_day_left_says_when_a_filing_is_accepted(sqlite_url):
    """Birthday 14.03.2027: safe 23.03, latest 24.03; 20.03 Saturday, 21-24.03 Nauryz.
    From 20.03 a filing is accepted on 25.03 (p.8), after both readings' last day."""
    for today in (D(2027, 3, 20), D(2027, 3, 22), D(2027, 3, 24)):
        status = await _status(sqlite_url, SIXTEEN, today)
        assert not status.expired
        assert "рабочих дней не осталось" in status.text and "примут 25.03.2027" in status.text, status.text
        assert "1414" in status.text and "Подайте как можно скорее" not in status.text


def test_sixteen_track_result_says_the_same_as_status():
    for today in (D(2027, 3, 20), D(2027, 3, 24)):
        _, view = walk(Engine(TREES, today=lambda: today), "track", "c:temporary-residence", "c:sixteen", "c:kz", "14.03.2027")
        assert "status-trp-sixteen-none-left" in item_ids(view) and "status-trp-sixteen-late" not in item_ids(view)
    _, friday = walk(Engine(TREES, today=lambda: D(2027, 3, 19)), "track", "c:temporary-residence", "c:sixteen", "c:kz", "14.03.2027")
    assert "status-trp-sixteen" in item_ids(friday)


async def test_sixteen_reminder_on_the_last_working_day_of_both_readings(sqlite_url):
    inputs = {"birthday": D(2027, 3, 14)}
    planned = _plan("temporary-residence", "sixteen", inputs)
    assert planned["sixteen-last-day-both"].due_on == D(2027, 3, 19) and "sixteen-last-safe-day" not in planned
    text = await _reminder(sqlite_url, "temporary-residence", "sixteen", inputs, "sixteen-last-day-both")
    assert "Сегодня, 19.03.2027, — последний рабочий день" in text and "по обоим прочтениям" in text
    assert "25.03.2027" in text and "п. 5" in text and "п. 8" in text


# ---- 3. employer permit held: ending after days off ------------------------------------

EP_PERMIT = {"service": "employer-permit", "kind": "permit", "expiry": "2027-03-24", "goal": "categories"}


async def test_employer_permit_with_no_working_day_left_says_accepted_after_the_end(sqlite_url):
    for today in (D(2027, 3, 20), D(2027, 3, 24)):
        status = await _status(sqlite_url, EP_PERMIT, today)
        assert not status.expired
        assert "рабочих дней до его окончания не осталось" in status.text and "примут 25.03.2027" in status.text
        assert "1414" in status.text and "подайте как можно скорее" not in status.text
    _, view = walk(Engine(TREES, today=lambda: D(2027, 3, 22)), "track", "c:employer-permit", "c:permit", "c:categories", "24.03.2027")
    assert "status-ep-permit-no-working-day" in item_ids(view) and "status-ep-permit-late" not in item_ids(view)


async def test_employer_permit_expiry_reminder_says_today_is_the_last_working_day(sqlite_url):
    inputs = {"expiry": D(2027, 3, 24), "goal": "categories"}
    assert _plan("employer-permit", "permit", inputs)["expiry"].due_on == D(2027, 3, 19)
    text = await _reminder(sqlite_url, "employer-permit", "permit", inputs, "expiry")
    assert "Сегодня, 19.03.2027, — последний рабочий день" in text and "25.03.2027" in text
    assert "строка 9" in text


# ---- 4. the fee counted from the notice cites row 8 ------------------------------------

async def test_fee_dates_from_the_notice_cite_row_8(sqlite_url):
    """Decision 12.03.2027, notice 19.03.2027: 10 working days from the notice end
    07.04.2027 (App 2 row 8); from the decision 31.03 (row 5)."""
    inputs = {"decided_on": D(2027, 3, 12), "received_on": D(2027, 3, 19)}
    for occasion in ("fee-last-day", "fee-notice-last-day"):
        text = await _reminder(sqlite_url, "employer-permit", "fee", inputs, occasion)
        assert "07.04.2027" in text and "строка 5" in text and "строка 8" in text, text
    track = {"service": "employer-permit", "kind": "fee", "decided_on": "2027-03-12", "received_on": "2027-03-19"}
    gone = await _status(sqlite_url, track, D(2027, 4, 8))
    assert gone.expired and "строка 8" in gone.text
    _, view = walk(Engine(TREES, today=lambda: D(2027, 4, 1)), "track", "c:employer-permit", "c:fee", "12.03.2027", "c:date", "19.03.2027")
    assert view.text.id == "status-ep-fee-notice-late" and {c.point for c in view.citations} >= {"5", "8"}


# ---- 6. silence names the official channel ---------------------------------------------

async def test_silent_rules_point_to_1414(sqlite_url):
    ep = await _reminder(sqlite_url, "employer-permit", "permit", {"expiry": D(2027, 6, 30), "goal": "categories"}, "extension-plan")
    assert "1414" in ep and "Окна для продления в наших источниках нет" not in ep
    status = await _status(sqlite_url, {"service": "employer-permit", "kind": "permit", "expiry": "2027-06-30", "goal": "categories"}, D(2027, 5, 3))
    assert "не позже" in status.text and "1414" in status.text and "не устанавливают" in status.text
    se = await _reminder(sqlite_url, "self-employment", "permit", {"expiry": D(2027, 6, 30)}, "expiry")
    assert "правила не говорят — уточните в контакт-центре 1414 или на egov.kz" in se
    prp = await _status(sqlite_url, {"service": "permanent-residence", "kind": "application", "filed_on": "2027-01-30"}, D(2027, 3, 26))
    assert prp.expired and "1414" in prp.text


# ---- 7. an inclusive last day reads "не позже" -----------------------------------------

async def test_prp_notice_reminder_on_its_day_does_not_read_overdue(sqlite_url):
    inputs = {"filed_on": D(2027, 1, 30)}
    assert _plan("permanent-residence", "application", inputs)["notice-estimate"].due_on == D(2027, 3, 25)
    text = await _reminder(sqlite_url, "permanent-residence", "application", inputs, "notice-estimate")
    assert "должно было прийти до" not in text and "25.03.2027" in text and "1414" in text


async def test_employer_permit_status_says_no_later_than(sqlite_url):
    status = await _status(sqlite_url, {"service": "employer-permit", "kind": "permit", "expiry": "2027-01-12", "goal": "categories"}, D(2026, 12, 1))
    assert "подайте не позже" in status.text and "подайте до" not in status.text
