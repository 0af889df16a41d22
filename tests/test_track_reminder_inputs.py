"""/track asks what its reminders need: the self-employment certificate's last day for
the extension duty (a certificate that ends before the 5 working days comes first,
AMB-09). Items saved before the question (no certificate end) plan as they did.

Expected dates are counted here from the legal numbers with the calendar, never read
back from the code under test."""

from __future__ import annotations

import datetime as dt

from bot.app import build_renderer
from bot.reminders import reminder_text
from bot.tracking import Tracking
from dialogs.law.workdays import default_calendar
from dialogs.model.loader import load_trees
from dialogs.runtime.engine import Engine
from dialogs.tracking.schedule import default_schedules, plan
from storage.db import Database
from storage.repositories import Users
from storage.tracking import ReminderOutbox
from tests.scripted import note_ids, walk

D = dt.date
CAL = default_calendar()
TREES = load_trees()
TODAY = D(2026, 12, 10)  # a Thursday; 16.12.2026 is a holiday


def wd(day: D, n: int) -> D:
    """n working days after `day` (that day not counted)."""
    return CAL.add_working_days(day, n)


def before(day: D) -> D:
    return CAL.last_on_or_before(day)


def shown(view, lang: str = "ru") -> str:
    out = build_renderer().render(view, lang)
    return out.text + "\n" + out.folded


async def _save(db, view, lang: str = "ru"):
    tracking = Tracking(db, build_renderer(), lambda: TODAY)
    said = await tracking.save(1, dict(view.track), lang)
    (item,) = await tracking.items.list(1)
    rows = [(o, d) for d, o in sorted((r.due_on, r.occasion) for r in await ReminderOutbox(db).for_item(item.id))]
    return said, item, rows


async def _db(sqlite_url):
    db = Database(sqlite_url)
    await db.migrate()
    await Users(db).ensure(1, "ru")
    return db


# SE Rules p.17: extend within 5 working days of the contract (Thu 10.12.2026, counted as
# day one, AMB-12): 10, 11, 14, 15, 17 (16.12 a holiday) -> 17.12.2026.
CONTRACT = D(2026, 12, 10)
SE_DEADLINE = wd(CONTRACT, 4)
SE = ("c:self-employment", "c:duty", "c:extend", "10.12.2026")


async def test_track_an_se_extension_asks_the_certificates_end_and_leads_with_its_last_working_day(sqlite_url):
    """The certificate ends on Saturday 12.12.2026, before the deadline: whether an ended
    one can be extended is not said (AMB-09), so the result and the reminder name Friday
    11.12, its last working day, before the deadline 17.12."""
    assert SE_DEADLINE == D(2026, 12, 17)
    safe = before(D(2026, 12, 12))
    assert safe == D(2026, 12, 11)
    engine = Engine(TREES, today=lambda: TODAY)
    _, view = walk(engine, "track", *SE, "c:date", "12.12.2026")
    assert view.kind == "result" and view.track["cert_expiry"] == D(2026, 12, 12)
    text = shown(view)
    assert "11.12.2026" in text and text.index("11.12.2026") < text.index("17.12.2026")
    assert "правила не говорят" in text and "последнего рабочего дня" in text
    db = await _db(sqlite_url)
    said, item, rows = await _save(db, view)
    assert rows == [("certificate-ends-first", safe), ("deadline-extend", SE_DEADLINE)]
    assert said.index("11.12.2026") < said.index("17.12.2026"), "the saved item's status leads with the safe day"
    first = reminder_text(build_renderer(), Engine(TREES), "ru", item, "certificate-ends-first")
    assert "до 11.12.2026" in first and "12.12.2026" in first
    await db.close()


async def test_track_an_se_extension_without_the_certificates_end_plans_as_before_and_says_what_to_check(sqlite_url):
    engine = Engine(TREES, today=lambda: TODAY)
    _, view = walk(engine, "track", *SE, "c:unknown")
    assert view.kind == "result" and view.track.get("cert_expiry") is None
    assert [i.flag for i in view.items if i.text.id == "track-se-note-cert-unknown"] == ["silent"]
    visible = build_renderer().render(view, "ru").text
    assert "Проверьте дату в справке" in visible and "17.12.2026" in visible
    db = await _db(sqlite_url)
    _, item, rows = await _save(db, view)
    assert "cert_expiry" not in item.inputs
    # exactly the plan of an extension duty saved before the question was asked
    old = plan(default_schedules()[("self-employment", "duty")], {"event_date": CONTRACT, "duty": "extend"})
    assert rows == [(p.occasion, p.due_on) for p in old] == [("deadline-extend", SE_DEADLINE)]
    await db.close()


def test_track_an_se_extension_whose_certificate_ends_first_shows_its_end_and_keeps_the_deadline():
    engine = Engine(TREES, today=lambda: TODAY)
    _, view = walk(engine, "track", *SE, "c:date", "20.01.2027")
    text = shown(view)
    assert "20.01.2027" in text and "17.12.2026" in text and "11.12.2026" not in text
    assert view.track["cert_expiry"] == D(2027, 1, 20)


def test_track_an_se_extension_gives_no_date_when_no_working_day_is_left_while_the_certificate_is_valid():
    """A certificate that ends before the contract (or has ended, or whose last working
    day is gone): an extension would be accepted only after it ended, and whether that is
    possible the rules do not say: no reminder is offered, the user is sent to 1414."""
    engine = Engine(TREES, today=lambda: TODAY)
    for answers in (
        ("c:self-employment", "c:duty", "c:extend", "20.12.2026", "c:date", "15.12.2026"),  # ends before the contract
        ("c:self-employment", "c:duty", "c:extend", "01.12.2026", "c:date", "09.12.2026"),  # ended yesterday
        ("c:self-employment", "c:duty", "c:extend", "12.12.2026", "c:date", "13.12.2026"),  # contract and end on a weekend
    ):
        _, view = walk(engine, "track", *answers)
        assert view.node_id == "se-cert-ended" and not view.track, answers
        assert [n.flag for n in view.notes][0] == "silent" and view.outcome == "ask_person"
        assert any(b.label.id == "common-link-egov" for b in view.buttons), "an official site is offered"
