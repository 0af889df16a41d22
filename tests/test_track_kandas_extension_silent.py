"""Kandas status tracked (/track, /status, reminders): the day to file for an extension
is ours, the rules name none (audit of 2026-12, F4), and a year counted from the
arrival leads with its earlier reading (F5).

F4. Seed 002, KR App. 2 row 5: «Срок оказания государственной услуги по продлению
статуса кандас – в течение 3 рабочих дней.» — the time to decide, no filing window
(digest: "Extension window (when to apply) — SEED SILENT … a product choice, not a
legal deadline"). Every text that names the day "file by X so that the answer comes
in time" says that X is our planning date, not a deadline of the rules, and where to
ask (the akimat, 1414); the /track result marks it silent and cites row 5.

F5. KR App. 5, note: «…по истечении одного года после дня получения статуса кандаса»
(digest: AMBIGUOUS how the year is counted). Arrived 07.12.2026: the last day is
06.12.2027 if the arrival day is the year's first day, 07.12.2027 if the year runs from
the next day. The extension is a duty before the end, so the dates (the status line,
the last day to file, the reminders) go by 06.12.2027 and the texts name 07.12.2027
too; the item is over only after 07.12.2027.

Expected dates are counted here from the law's numbers (3 working days, row 5; the
decision forwarded to the State Corporation within 1 working day, new p.22) and the
holiday calendar, never read back from the code under test."""

from __future__ import annotations

import datetime as dt

from bot.app import build_renderer
from bot.reminders import reminder_text
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
TREES = load_trees()

DECISION_WD = 3  # KR App. 2 row 5: the extension decided within 3 working days
FORWARD_WD = 1  # KR p.22 (from 12.07.2026): sent to the State Corporation within 1 working day

# what the user must read wherever the day to file is named
PLANNING = "наша дата для планирования, а не срок"
SILENT = "когда подавать, правила не говорят"


def fmt(day: D) -> str:
    return day.strftime("%d.%m.%Y")


def latest_filing(valid_to: D) -> D:
    """The last working day on which a filing (in working hours) still gets the answer
    by `valid_to`: 3 working days for the decision, 1 for its forwarding."""
    day = CAL.last_on_or_before(valid_to)
    while CAL.add_working_days(day, DECISION_WD + FORWARD_WD) > valid_to:
        day = CAL.last_on_or_before(add_days(day, -1))
    return day


def says_planning_date(text: str, day: D):
    """`day` is named, then said to be our planning date with the rules silent, and
    where to ask."""
    assert fmt(day) in text, text
    assert PLANNING in text.lower() and SILENT in text, text
    assert text.index(fmt(day)) < text.lower().index(PLANNING), text
    assert "акимат" in text and "1414" in text, text


async def _db(sqlite_url) -> Database:
    db = Database(sqlite_url)
    await db.migrate()
    await Users(db).ensure(1, "ru")
    return db


async def _status(db, today: D):
    [status] = await Tracking(db, build_renderer(), lambda: today).statuses(1, "ru")
    return status


def ru(view) -> str:
    return build_renderer().render(view, "ru").text


ROW_5 = ("kandas-rules", "ks-point-app2-row", "5")


def _cites_row_5(citations) -> bool:
    return any((c.source, c.label, c.point) == ROW_5 for c in citations)


# ---- F4: the certificate's own date (the audit's reach) ---------------------------------

TODAY = D(2026, 12, 7)
VALID_TO = D(2027, 1, 4)


def test_track_result_says_the_filing_day_is_ours_and_the_rules_are_silent():
    # /track → Статус кандаса → Мой статус → 04.01.2027, on 07.12.2026
    file_by = latest_filing(VALID_TO)
    # 04.01.2027 is a day off (New Year observed): the last working day is 31.12; four before it, Fri 25.12
    assert file_by == D(2026, 12, 25)
    _, view = walk(Engine(TREES, today=lambda: TODAY), "track", "c:kandas", "c:status", fmt(VALID_TO))
    assert view.node_id == "ks-status" and view.track is not None
    text = ru(view)
    assert f"Статус кандаса действует до {fmt(VALID_TO)}" in text
    says_planning_date(text, file_by)
    # marked silent and cited as the tree does: row 5 (only the 3 working days), the
    # folded ks-note-ext-silent, and the visible ❔ line
    [line] = view.items
    assert line.flag == "silent" and _cites_row_5(line.citations)
    [silent] = [n for n in view.notes if n.flag == "silent"]
    assert silent.text.id == "ks-note-ext-silent" and _cites_row_5(silent.citations)
    assert "❔ Не всё есть в наших источниках" in text
    en = build_renderer().render(view, "en").text
    assert "our planning date, not a deadline" in en and "the rules do not say when to apply" in en


def test_track_result_after_the_filing_day_says_it_was_ours_too():
    # 09.12.2026 ends on Wednesday: the day to file for an answer in time is gone on 07.12
    valid_to = D(2026, 12, 9)
    file_by = latest_filing(valid_to)
    assert file_by < TODAY
    _, view = walk(Engine(TREES, today=lambda: TODAY), "track", "c:kandas", "c:status", fmt(valid_to))
    text = ru(view)
    assert "как можно скорее" in text
    says_planning_date(text, file_by)


async def test_status_line_and_reminders_say_the_filing_day_is_ours(sqlite_url):
    file_by = latest_filing(VALID_TO)
    db = await _db(sqlite_url)
    try:
        tracking = Tracking(db, build_renderer(), lambda: TODAY)
        assert (await tracking.store(1, {"service": "kandas", "kind": "status", "valid_to": "2027-01-04"}, "ru")).stored
        [item] = await tracking.items.list(1)
        ahead = (await _status(db, TODAY)).text
        assert ahead.startswith(f"Статус кандаса действует до {fmt(VALID_TO)}")
        says_planning_date(ahead, file_by)
        # the day after it: "as soon as possible", still ours, not the rules'
        late = await _status(db, add_days(file_by, 1))
        assert not late.expired and "как можно скорее" in late.text
        says_planning_date(late.text, file_by)
        renderer = build_renderer()
        planned = {p.occasion: p for p in plan(default_schedules()[("kandas", "status")], parse_inputs(item.inputs))}
        assert planned["extension-latest"].due_on == file_by
        for occasion in ("extension-prepare", "extension-latest"):
            text = reminder_text(renderer, "ru", item, occasion)
            says_planning_date(text, file_by)
            assert "3 рабочих дня" in text  # what the day is counted from (row 5)
            assert renderer.t("ru", "ks-point-app2-row", point="5") in text  # its ground
    finally:
        await db.close()


# ---- F5: a year from the arrival, the earlier reading first ------------------------------

ARRIVAL = D(2026, 12, 7)
EARLY_END = D(2027, 12, 6)  # the arrival day counted as the year's first
LATE_END = D(2027, 12, 7)  # the year from the next day (the same date a year on)


def test_track_arrival_leads_with_the_earlier_end_and_names_the_other():
    assert CAL.is_working_day(EARLY_END)  # Monday
    file_by = latest_filing(EARLY_END)
    _, view = walk(Engine(TREES, today=lambda: TODAY), "track", "c:kandas", "c:arrival", fmt(ARRIVAL))
    assert view.node_id == "ks-arrived" and view.track is not None
    text = ru(view)
    assert f"Статус кандаса действует до {fmt(EARLY_END)}" in text
    says_planning_date(text, file_by)
    assert file_by == D(2027, 11, 30) and latest_filing(LATE_END) == D(2027, 12, 1)  # the day to file moves one earlier
    # both readings in the ⚖️ bullet, the earlier first
    estimate = text[text.index("⚖️ Год — наша оценка"):]
    assert fmt(EARLY_END) in estimate and fmt(LATE_END) in estimate
    assert estimate.index(fmt(EARLY_END)) < estimate.index(fmt(LATE_END))
    assert text.index(fmt(EARLY_END)) < text.index(fmt(LATE_END))
    assert build_renderer().render(view, "en").text.count(fmt(LATE_END)) == 1


async def test_arrival_status_and_reminders_go_by_the_earlier_end(sqlite_url):
    file_by = latest_filing(EARLY_END)
    db = await _db(sqlite_url)
    try:
        item = await TrackedItems(db).save(1, "kandas", "arrival", {"arrival": ARRIVAL}, today=TODAY)
        planned = {p.occasion: p for p in plan(default_schedules()[("kandas", "arrival")], parse_inputs(item.inputs))}
        assert planned["status-ends"].due_on == EARLY_END
        assert planned["extension-latest"].due_on == file_by
        line = (await _status(db, TODAY)).text
        assert line.startswith(f"Статус кандаса действует до {fmt(EARLY_END)}") and fmt(LATE_END) in line
        assert "по нашей оценке" in line
        says_planning_date(line, file_by)
        renderer = build_renderer()
        for occasion in ("extension-prepare", "extension-latest"):
            text = reminder_text(renderer, "ru", item, occasion)
            says_planning_date(text, file_by)
            assert text.index(fmt(EARLY_END)) < text.index(fmt(LATE_END)), text
        ends = reminder_text(renderer, "ru", item, "status-ends")
        assert f"заканчиваются {fmt(EARLY_END)}" in ends and fmt(LATE_END) in ends
        assert ends.index(fmt(EARLY_END)) < ends.index(fmt(LATE_END))
        # the earlier reading's last day gone, the later one's not: not over, what is left
        gap = await _status(db, LATE_END)
        assert not gap.expired
        assert fmt(EARLY_END) in gap.text and f"последний день — {fmt(LATE_END)}" in gap.text
        assert "акимат" in gap.text and "1414" in gap.text and "действует до" not in gap.text
        # over once both are gone
        over = await _status(db, add_days(LATE_END, 1))
        assert over.expired and over.text.startswith("⌛ Статус кандаса и удостоверение закончились")
    finally:
        await db.close()


def test_track_arrival_on_the_later_readings_day_says_what_is_left():
    # opened on 07.12.2027: by one count the year ended 06.12, by the other today is the last day
    _, view = walk(Engine(TREES, today=lambda: LATE_END), "track", "c:kandas", "c:arrival", fmt(ARRIVAL))
    assert view.node_id == "ks-arrived" and view.outcome == "info"
    text = ru(view)
    assert f"последний день — {fmt(LATE_END)}" in text and fmt(EARLY_END) in text
    assert "подайте до" not in text and "действует до" not in text
