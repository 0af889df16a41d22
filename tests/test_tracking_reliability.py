"""Tracked items under edits, doubles, races and bad rows (SQLite and the real PostgreSQL)."""

import asyncio
import datetime as dt

import icalendar
import pytest
from sqlalchemy import insert, select

from bot.app import build_renderer
from bot.reminders import MAX_ATTEMPTS, Pacer, ReminderDispatcher
from bot.tracking import Tracking
from dialogs.law.dates import ALMATY
from dialogs.runtime.engine import Engine
from dialogs.runtime.render import split_text
from storage.db import Database
from storage.models import Reminder, TrackedItem
from storage.repositories import Users
from storage.tracking import MAX_ITEMS_PER_USER, TrackedItems
from tests.botapi_double import BotAPIDouble
from tests.conftest import fresh_pg_url
from tests.test_reminders import TOKEN, Clock, make_bot

TODAY = dt.date(2026, 12, 10)
USER = 3001
PERMIT = {"service": "labour-permit", "kind": "permit", "expiry": "2027-01-31", "cumulative_months": 6}


@pytest.fixture
async def pg():
    async with fresh_pg_url() as url:
        database = Database(url)
        await database.migrate()
        yield database
        await database.close()


def tracking_for(db) -> Tracking:
    return Tracking(db, build_renderer(), lambda: TODAY)


async def _reminders_of(db, item_id=None) -> list[Reminder]:
    async with db.sessions() as s:
        stmt = select(Reminder) if item_id is None else select(Reminder).where(Reminder.item_id == item_id)
        return list((await s.execute(stmt)).scalars())


async def test_an_edit_into_another_kind_saves_the_kind_with_its_inputs(db):
    tracking = tracking_for(db)
    await Users(db).ensure(USER, "ru")
    await tracking.save(USER, PERMIT, "ru")
    (item,) = await tracking.items.list(USER)
    # /status → ✏️, then back to the first question and "an application I filed"
    reply = await tracking.save(USER, {"service": "labour-permit", "kind": "application", "filed_on": "2026-12-09"}, "ru", item_id=item.id)
    assert "Ближайшее напоминание" in reply
    (edited,) = await tracking.items.list(USER)
    assert edited.id == item.id and edited.kind == "application" and set(edited.inputs) == {"filed_on"}
    text = tracking.status_text(await tracking.statuses(USER, "ru"), "ru")
    assert "Заявление подано" in text and "31.01.2027" not in text
    cal = icalendar.Calendar.from_ical(await tracking.calendar(USER, "ru"))
    assert cal.walk("VEVENT")
    # the permit's reminders that had not gone out are gone, the application's are planned
    occasions = {r.occasion for r in await _reminders_of(db, item.id) if r.status == "pending"}
    assert occasions and not occasions & {"extension-opens", "expiry"}


async def test_inputs_of_another_kind_are_refused(db):
    items = TrackedItems(db)
    await Users(db).ensure(USER, "ru")
    with pytest.raises(ValueError):
        await items.save(USER, "labour-permit", "permit", {"filed_on": dt.date(2026, 12, 7)}, today=TODAY)
    assert await items.list(USER) == []


async def _insert_broken_item(db) -> int:
    """A row as the old edit left it: kind permit with an application's inputs."""
    async with db.sessions.begin() as s:
        result = await s.execute(
            insert(TrackedItem).values(user_id=USER, service="labour-permit", kind="permit", label="Старое", inputs={"filed_on": "2026-12-07"}, status="active")
        )
        item_id = result.inserted_primary_key[0]
        await s.execute(
            insert(Reminder).values(item_id=item_id, user_id=USER, occasion="expiry", due_on=TODAY,
                                    send_after=dt.datetime(2026, 12, 10, 4, 0, tzinfo=dt.timezone.utc), status="pending", attempts=0)
        )
    return item_id


async def test_one_bad_row_never_breaks_status_or_calendar(db):
    tracking = tracking_for(db)
    await Users(db).ensure(USER, "ru")
    await _insert_broken_item(db)
    await tracking.save(USER, PERMIT, "ru")
    statuses = await tracking.statuses(USER, "ru")
    text = tracking.status_text(statuses, "ru")
    assert len(statuses) == 2 and "Разрешение до 31.01.2027" in text and "не удаётся прочитать" in text
    cal = icalendar.Calendar.from_ical(await tracking.calendar(USER, "ru"))
    # the permit's end, Sunday 31.01.2027, sits on the working day before it, as its reminder does
    assert {e.decoded("dtstart") for e in cal.walk("VEVENT")} >= {dt.date(2027, 1, 29)}


async def test_the_dispatcher_parks_a_reminder_that_keeps_failing(db, trees):
    await Users(db).ensure(USER, "ru")
    broken = await _insert_broken_item(db)
    clock = Clock(dt.datetime(2026, 12, 10, 10, 0, tzinfo=ALMATY).astimezone(dt.timezone.utc))
    async with BotAPIDouble(token=TOKEN) as api:
        bot = make_bot(api)
        d = ReminderDispatcher(db, bot, build_renderer(), Engine(trees), clock=clock, pacer=Pacer(per_second=100_000, per_chat=0))
        for _ in range(MAX_ATTEMPTS + 3):
            await d.run_once()
            clock.now += dt.timedelta(days=1)  # past any lease and backoff, at 10:00 Almaty
        await bot.session.close()
    (row,) = await _reminders_of(db, broken)
    assert row.status == "failed" and row.attempts == MAX_ATTEMPTS and row.last_error
    assert "filed_on" not in row.last_error and "2026-12-07" not in row.last_error
    assert await ReminderDispatcher(db, None, build_renderer(), Engine(trees), clock=clock).outbox.claim("w", clock.now) == []


async def test_done_and_delete_on_the_same_items_at_once_on_postgres(pg):
    users, items = Users(pg), TrackedItems(pg)
    await users.ensure(USER, "ru")
    ids = []
    for n in range(30):
        item = await items.save(USER, "labour-permit", "permit", {"expiry": dt.date(2027, 1, 1) + dt.timedelta(days=n), "cumulative_months": 6}, label=f"w{n}", today=TODAY)
        ids.append(item.id)
    results = await asyncio.gather(
        *(op(i, USER) for i in ids for op in (items.mark_done, items.delete)), return_exceptions=True
    )
    assert [r for r in results if isinstance(r, BaseException)] == []
    assert all(r is True for r in results[1::2])  # every delete went through
    assert await items.list(USER) == [] and await _reminders_of(pg) == []


async def test_saving_the_same_item_twice_keeps_one_item_and_one_set_of_reminders(db):
    tracking = tracking_for(db)
    await Users(db).ensure(USER, "ru")
    worker = {**PERMIT, "label": "Айгерим"}
    await tracking.save(USER, worker, "ru")
    planned = len(await _reminders_of(db))
    await tracking.save(USER, {**worker, "label": "  айгерим "}, "ru")  # the same, typed again
    assert len(await tracking.items.list(USER)) == 1 and len(await _reminders_of(db)) == planned
    await tracking.save(USER, {**worker, "expiry": "2027-02-28"}, "ru")  # other dates: another item
    assert len(await tracking.items.list(USER)) == 2


ROSTER = "name;permit_expiry;months_total\nАйгерим Б.;31.12.2026;6\nБолат;31.01.2027;3\n".encode()


async def test_importing_the_same_roster_twice_keeps_one_item_per_worker(db):
    tracking = tracking_for(db)
    await Users(db).ensure(USER, "ru")
    first = await tracking.import_roster(USER, ROSTER, "ru")
    reminders = len(await _reminders_of(db))
    second = await tracking.import_roster(USER, ROSTER, "ru")
    assert "Добавлено работников: 2" in first
    assert "Добавлено работников: 0" in second and "Уже были в списке (обновлены, не продублированы): 2" in second
    assert len(await tracking.items.list(USER)) == 2 and len(await _reminders_of(db)) == reminders


async def test_a_roster_with_300_bad_lines_is_answered_in_messages_telegram_accepts(db):
    tracking = tracking_for(db)
    await Users(db).ensure(USER, "ru")
    bad = "".join(f"Работник номер {n} с длинным именем;31.02.2026;6\n" for n in range(300))
    data = ("name;permit_expiry;months_total\nАйгерим Б.;31.12.2026;6\n" + bad + "Болат;31.01.2027;3\n").encode()
    parts = split_text(await tracking.import_roster(USER, data, "ru"))
    assert all(len(p) <= 4096 for p in parts)
    assert parts[0].startswith("Добавлено работников: 2")
    assert "ещё строк с ошибками" in "\n".join(parts)
    assert len(await tracking.items.list(USER)) == 2


async def test_the_number_of_items_per_user_is_capped_with_a_clear_message(sqlite_url):
    db = Database(sqlite_url)
    await db.migrate()
    tracking = tracking_for(db)
    await Users(db).ensure(USER, "en")
    rows = "".join(f"worker {n};{(dt.date(2027, 1, 1) + dt.timedelta(days=n % 300)).strftime('%d.%m.%Y')};{1 + n % 12}\n"
                   for n in range(MAX_ITEMS_PER_USER + 5))
    reply = await tracking.import_roster(USER, ("name;permit_expiry;months_total\n" + rows).encode(), "en")
    assert f"Workers added: {MAX_ITEMS_PER_USER}." in reply and "limit" in reply and ": 5." in reply
    assert len(await tracking.items.list(USER)) == MAX_ITEMS_PER_USER
    refused = await tracking.save(USER, PERMIT, "en")
    assert "limit" in refused and len(await tracking.items.list(USER)) == MAX_ITEMS_PER_USER
    await db.close()


async def test_status_pages_each_fit_one_message_and_number_on(sqlite_url):
    db = Database(sqlite_url)
    await db.migrate()
    tracking = tracking_for(db)
    await Users(db).ensure(USER, "ru")
    rows = "".join(f"{'Ж' * 58} {n};{(dt.date(2027, 1, 1) + dt.timedelta(days=n)).strftime('%d.%m.%Y')};6\n" for n in range(45))
    await tracking.import_roster(USER, ("name;permit_expiry;months_total\n" + rows).encode(), "ru")
    statuses = await tracking.statuses(USER, "ru")
    pages = tracking.status_pages(statuses, "ru")
    assert len(pages) > 1 and all(len(p.text) < 4096 for p in pages)
    assert [st.item.id for p in pages for st in p.statuses] == [st.item.id for st in statuses]
    assert pages[1].text.split("\n\n")[1].startswith(f"{len(pages[0].statuses) + 1}. ")
    await db.close()


async def test_control_characters_in_names_and_labels_are_dropped_not_fatal(db):
    tracking = tracking_for(db)
    await Users(db).ensure(USER, "ru")
    reply = await tracking.import_roster(USER, "name;permit_expiry\nАй\x00гер\x01им;31.12.2026\n".encode(), "ru")
    assert "Добавлено работников: 1" in reply
    await tracking.save(USER, {**PERMIT, "label": "Бо\x00лат\x07"}, "ru")
    assert sorted(i.label for i in await tracking.items.list(USER)) == ["Айгерим", "Болат"]


async def test_the_migration_keeps_existing_duplicates_and_a_new_save_updates_one(pg):
    """Rows saved twice before revision 0004: nothing is deleted by the upgrade, and a
    save of the same item afterwards updates one of them instead of adding a third."""
    from alembic import command
    from sqlalchemy import text

    from storage.db import alembic_config

    def run(connection, target):
        cfg = alembic_config()
        cfg.attributes["connection"] = connection
        (command.downgrade if target == "0003" else command.upgrade)(cfg, target)

    async with pg.engine.begin() as conn:
        await conn.run_sync(run, "0003")
    await Users(pg).ensure(USER, "ru")
    async with pg.engine.begin() as conn:
        for _ in range(2):
            await conn.execute(text(
                "INSERT INTO tracked_items (user_id, service, kind, label, inputs, status) "
                "VALUES (:u, 'labour-permit', 'permit', 'Болат', '{\"expiry\": \"2027-01-31\", \"cumulative_months\": 6}', 'active')"
            ), {"u": USER})
    async with pg.engine.begin() as conn:
        await conn.run_sync(run, "head")
    items = TrackedItems(pg)
    assert len(await items.list(USER)) == 2
    await items.save(USER, "labour-permit", "permit", {"expiry": dt.date(2027, 1, 31), "cumulative_months": 6}, label="болат", today=TODAY)
    assert len(await items.list(USER)) == 2


async def test_the_calendar_puts_a_duty_on_a_day_off_on_the_working_day_before(db):
    """A self-employment certificate ending Saturday 02.01.2027 (a holiday besides): filing
    that day is accepted on 05.01, after the end; the bot reminds on 31.12 — the .ics
    event said 02.01. A window that opens on a day off stays on its own day."""
    tracking = tracking_for(db)
    await Users(db).ensure(USER, "ru")
    await tracking.items.save(USER, "self-employment", "permit", {"expiry": dt.date(2027, 1, 2)}, today=TODAY)
    cal = icalendar.Calendar.from_ical(await tracking.calendar(USER, "ru"))
    days = {e.decoded("dtstart") for e in cal.walk("VEVENT")}
    assert dt.date(2027, 1, 2) not in days and dt.date(2026, 12, 31) in days
