"""/track asks what its reminders need: the self-employment certificate's last day for
the extension duty (a certificate that ends before the 5 working days comes first,
AMB-09) and the day the employer received the notice of the decision for the fee (rows
5 and 8 count the 10 working days from the decision or from the notice, AMB-14). Items
saved before these questions (no certificate end, no notice day) plan as they did.

Expected dates are counted here from the legal numbers with the calendar, never read
back from the code under test."""

from __future__ import annotations

import datetime as dt

from bot.app import build_renderer
from bot.reminders import reminder_text
from bot.tracking import Tracking
from dialogs.law.dates import add_days
from dialogs.law.workdays import default_calendar
from dialogs.model.loader import load_trees
from dialogs.runtime.engine import Engine
from dialogs.tracking.schedule import default_schedules, ended_on, plan
from storage.db import Database
from storage.repositories import Users
from storage.tracking import ReminderOutbox, TrackedItems
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
    # the 5-day line (a later date) is not offered as a date to act on beside it
    assert "status-se-duty" not in [i.text.id for i in view.items]
    db = await _db(sqlite_url)
    said, item, rows = await _save(db, view)
    # one reminder, on the safe day: none on the deadline after the certificate has ended
    # (it said "apply by 17.12" with no word that the certificate was over, review stop 22)
    assert rows == [("certificate-ends-first", safe)]
    assert said.index("11.12.2026") < said.index("17.12.2026"), "the saved item's status leads with the safe day"
    first = reminder_text(build_renderer(), "ru", item, "certificate-ends-first")
    assert "не позже 11.12.2026" in first and "12.12.2026" in first
    # after the certificate's end the item is over, and /status says what is not settled
    schedule = default_schedules()[("self-employment", "duty")]
    from storage.tracking import parse_inputs
    inputs = parse_inputs(item.inputs)
    assert ended_on(schedule, inputs, D(2026, 12, 12)) is None
    day, text_id, _ = ended_on(schedule, inputs, D(2026, 12, 13))
    assert day == D(2026, 12, 12) and text_id == "ended-se-permit"
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
    # and the other count's day (the contract day not counted): one working day later
    assert rows == [(p.occasion, p.due_on) for p in old] == [("deadline-extend", SE_DEADLINE), ("deadline-latest-extend", wd(CONTRACT, 5))]
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
    for answers, node in (
        (("c:self-employment", "c:duty", "c:extend", "20.12.2026", "c:date", "15.12.2026"), "se-cert-ended"),  # ends before the contract
        # ended yesterday: said as over, not as "no working day is left" (there were four)
        (("c:self-employment", "c:duty", "c:extend", "01.12.2026", "c:date", "09.12.2026"), "se-cert-over"),
        (("c:self-employment", "c:duty", "c:extend", "12.12.2026", "c:date", "13.12.2026"), "se-cert-ended"),  # contract and end on a weekend
    ):
        _, view = walk(engine, "track", *answers)
        assert view.node_id == node and not view.track, answers
        # the silence, and "do not count on an extension until you have checked": a visible
        # bullet where the headline gives no step (review stop 23 M4), folded where it does
        said = view.items[0] if node == "se-cert-ended" else view.notes[0]
        assert (said.text.id, said.flag) == ("se-note-expired-silent", "silent") and view.outcome == "ask_person"
        assert any(b.label.id == "common-link-egov" for b in view.buttons), "an official site is offered"
        if node == "se-cert-over":
            assert "закончилась 09.12.2026" in shown(view) and "рабочего дня для этого не остаётся" not in shown(view)


# FL App 2 rows 5 and 8 (AMB-14): 10 working days from the decision (Mon 07.12.2026, its
# day counted: the protective reading) or from the notice (Thu 10.12.2026, not counted).
DECIDED, RECEIVED = D(2026, 12, 7), D(2026, 12, 10)
PAY_BY = wd(DECIDED, 9)
PAY_BY_NOTICE = wd(RECEIVED, 10)
EP = ("c:employer-permit", "c:fee", "07.12.2026")


async def test_track_the_fee_with_a_notice_three_days_after_the_decision_shows_both_dates_earlier_first(sqlite_url):
    assert PAY_BY < PAY_BY_NOTICE
    p, n = PAY_BY.strftime("%d.%m.%Y"), PAY_BY_NOTICE.strftime("%d.%m.%Y")
    engine = Engine(TREES, today=lambda: TODAY)
    _, view = walk(engine, "track", *EP, "c:date", "10.12.2026")
    assert view.track["received_on"] == RECEIVED
    text = shown(view)
    assert p in text and n in text and text.index(p) < text.index(n)
    db = await _db(sqlite_url)
    said, item, rows = await _save(db, view)
    assert rows == [("fee-nudge", before(add_days(PAY_BY, -3))), ("fee-last-day", PAY_BY), ("fee-notice-last-day", PAY_BY_NOTICE)], \
        "the reminders lead with the earliest date; the later reading's day is reminded of too"
    assert said.index(p) < said.index(n)
    last = reminder_text(build_renderer(), "ru", item, "fee-last-day")
    assert last.index(p) < last.index(n) and "10.12.2026" in last
    # over only once the later reading has run out, and the line says both counts are over
    schedule = default_schedules()[("employer-permit", "fee")]
    assert ended_on(schedule, {"decided_on": DECIDED, "received_on": RECEIVED}, PAY_BY_NOTICE) is None
    day, msg, _ = ended_on(schedule, {"decided_on": DECIDED, "received_on": RECEIVED}, add_days(PAY_BY_NOTICE, 1))
    assert day == PAY_BY_NOTICE
    over = build_renderer().t("ru", msg, date=day)
    assert "и от решения, и от уведомления" in over and "считая от решения, истёк" not in over
    await db.close()


async def test_track_the_fee_when_the_notice_came_on_the_decision_day_saves_that_day(sqlite_url):
    engine = Engine(TREES, today=lambda: TODAY)
    _, view = walk(engine, "track", *EP, "c:same")
    assert view.track["received_on"] == DECIDED
    text = shown(view)
    p, n = PAY_BY.strftime("%d.%m.%Y"), wd(DECIDED, 10).strftime("%d.%m.%Y")
    assert text.index(p) < text.index(n)
    # a notice before the decision is asked again, as the employer-permit dialog does
    _, wrong = walk(engine, "track", *EP, "c:date", "04.12.2026")
    assert wrong.node_id == "ep-fee-dates-mismatch"


async def test_track_the_fee_without_the_notice_plans_and_says_what_an_item_saved_before_did(sqlite_url):
    engine = Engine(TREES, today=lambda: TODAY)
    _, view = walk(engine, "track", *EP, "c:unknown")
    assert view.track.get("received_on") is None
    assert "ep-note-fee-reading" in note_ids(view), "the other reading is named"
    db = await _db(sqlite_url)
    _, item, rows = await _save(db, view)
    assert "received_on" not in item.inputs
    assert rows == [("fee-nudge", before(add_days(PAY_BY, -3))), ("fee-last-day", PAY_BY)]
    last = reminder_text(build_renderer(), "ru", item, "fee-last-day")
    p = PAY_BY.strftime("%d.%m.%Y")
    assert last.startswith(f"🔔 Разрешение работодателю — сбор\n{p} — надёжный последний день оплаты сбора за разрешение "
                           "(10 рабочих дней со дня решения; если считать от уведомления о решении — позже).")
    await db.close()


async def test_migrate_plans_items_saved_before_the_questions_as_before_and_new_ones_with_their_dates(sqlite_url):
    """`python -m bot migrate` re-plans every item: those saved without a certificate end or
    a notice day keep their reminders; one saved with them gets the safer reminders."""
    db = await _db(sqlite_url)
    items, outbox = TrackedItems(db), ReminderOutbox(db)
    old = [
        await items.save(1, "self-employment", "duty", {"event_date": CONTRACT, "duty": "extend"}, today=TODAY),
        await items.save(1, "employer-permit", "fee", {"decided_on": DECIDED}, today=TODAY),
        # saved from the employer-permit dialog, which always asked the notice's day
        await items.save(1, "employer-permit", "fee", {"decided_on": DECIDED, "received_on": RECEIVED}, today=TODAY),
    ]
    before_rows = {i.id: sorted((r.occasion, r.due_on, r.status) for r in await outbox.for_item(i.id)) for i in old}
    engine = Engine(TREES, today=lambda: TODAY)
    _, view = walk(engine, "track", *SE, "c:date", "12.12.2026")
    new = await items.save(1, "self-employment", "duty", {k: v for k, v in view.track.items() if k not in ("service", "kind")}, today=TODAY)
    assert await items.replan_all(TODAY) == 4
    for i in old:
        assert sorted((r.occasion, r.due_on, r.status) for r in await outbox.for_item(i.id)) == before_rows[i.id]
    assert sorted((r.occasion, r.due_on) for r in await outbox.for_item(new.id)) == [
        ("certificate-ends-first", D(2026, 12, 11))]  # nothing after the certificate's end
    await db.close()


async def test_a_duty_from_a_day_off_names_its_one_date_once(sqlite_url):
    """Contract on Saturday 12.12.2026: counting it or not, the 5 working days end on
    the same day; the screen and the reminder said "by 18.12.2026 (by the other way of
    counting, by 18.12.2026)"."""
    engine = Engine(TREES, today=lambda: TODAY)
    _, view = walk(engine, "track", "c:self-employment", "c:duty", "c:extend", "12.12.2026", "c:unknown")
    text = shown(view)
    day = wd(D(2026, 12, 12), 5).strftime("%d.%m.%Y")
    assert text.count(day) >= 1 and "другому способу" not in text
    db = await _db(sqlite_url)
    _, item, rows = await _save(db, view)
    last = reminder_text(build_renderer(), "ru", item, "deadline-extend")
    assert last.count(day) == 1 and "другому способу" not in last
    await db.close()


# SE App 2 row 9: an application sent on a day off (or after hours) is accepted the next
# working day; whether an ended certificate can be extended is not said (AMB-09). A
# certificate ending on Saturday 26.12.2026: the day to apply by is Friday 25.12, as the
# self-employment service says; /track, /status and both reminders said "by 26.12.2026".
CERT_END = D(2026, 12, 26)


async def test_a_certificate_ending_on_a_day_off_names_its_last_working_day_to_apply_by(sqlite_url):
    file_by = before(CERT_END)
    assert file_by == D(2026, 12, 25) and file_by != CERT_END
    f, end = file_by.strftime("%d.%m.%Y"), CERT_END.strftime("%d.%m.%Y")
    engine = Engine(TREES, today=lambda: TODAY)
    _, view = walk(engine, "track", "c:self-employment", "c:permit", end)
    text = build_renderer().render(view, "ru").text
    assert f"не позже {f} — последнего рабочего дня справки" in text and "поданное позже примут уже после её окончания" in text
    assert text.count(end) == 1, "the end is said once, as the end ('valid until'), never as the day to apply by"
    assert "строка 9" in shown(view)  # the grounds: App 2 row 9
    db = await _db(sqlite_url)
    said, item, rows = await _save(db, view)
    # two weeks before the last working day (the same weekday), and the last working day itself
    assert rows == [("expiry-soon", add_days(file_by, -14)), ("expiry", file_by)]
    assert f"не позже {f} — последнего рабочего дня справки" in said  # the saved item's /status line
    statuses = await Tracking(db, build_renderer(), lambda: TODAY).statuses(1, "ru")
    assert f"не позже {f} — последнего рабочего дня справки" in statuses[0].text
    for occasion in ("expiry-soon", "expiry"):
        ru = reminder_text(build_renderer(), "ru", item, occasion)
        assert f"не позже {f} — последнего рабочего дня справки" in ru and f"не позже {end}" not in ru and f"до {end}" not in ru
        assert "строка 9" in ru  # the grounds: App 2 row 9, the next working day
        en = reminder_text(build_renderer(), "en", item, occasion)
        assert f"no later than {f}, its last working day" in en and f"before {end}" not in en
    # the last day's reminder goes out on that working day, with no "remind me tomorrow"
    from bot.reminders import planned_occasion
    last = planned_occasion(item, "expiry")
    assert last.last and last.due_on == file_by and CAL.is_working_day(last.due_on)
    assert "правила не говорят" in reminder_text(build_renderer(), "ru", item, "expiry")
    await db.close()


async def test_a_certificate_ending_on_a_working_day_is_applied_for_by_that_day_in_working_hours(sqlite_url):
    end = D(2026, 12, 28)  # a Monday
    assert CAL.is_working_day(end)
    db = await _db(sqlite_url)
    item = await TrackedItems(db).save(1, "self-employment", "permit", {"expiry": end}, today=TODAY)
    text = reminder_text(build_renderer(), "ru", item, "expiry")
    assert "не позже 28.12.2026, в рабочее время" in text and "последнего рабочего дня" not in text
    await db.close()


async def test_migrate_gives_a_certificate_saved_before_its_last_working_day_and_texts(sqlite_url):
    """Items store only the certificate's end: `python -m bot migrate` re-plans them. The
    certificate ends on Saturday 02.01.2027 (a holiday besides); its last working day is
    Thursday 31.12.2026. The last release planned the two-week reminder on 18.12 (14 days
    before the end, moved off Saturday 19.12); now it is two weeks before 31.12: 17.12,
    the day /workers names. Both texts name 31.12 as the day to apply by."""
    from sqlalchemy import update

    from storage.models import Reminder

    end, file_by = D(2027, 1, 2), before(D(2027, 1, 2))
    assert file_by == D(2026, 12, 31)
    db = await _db(sqlite_url)
    items, outbox = TrackedItems(db), ReminderOutbox(db)
    item = await items.save(1, "self-employment", "permit", {"expiry": end}, today=TODAY)
    rows = {r.occasion: r for r in await outbox.for_item(item.id)}
    async with db.sessions.begin() as s:  # as the last release planned them
        await s.execute(update(Reminder).where(Reminder.id == rows["expiry-soon"].id).values(due_on=before(add_days(end, -14))))
    assert await items.replan_all(TODAY) == 1
    assert sorted((r.occasion, r.due_on) for r in await outbox.for_item(item.id)) == [
        ("expiry", file_by), ("expiry-soon", add_days(file_by, -14))]
    assert add_days(file_by, -14) == D(2026, 12, 17) != before(add_days(end, -14))
    for occasion in ("expiry-soon", "expiry"):
        text = reminder_text(build_renderer(), "ru", item, occasion)
        assert "не позже 31.12.2026 — последнего рабочего дня справки" in text and "не позже 02.01.2027" not in text
    await db.close()
