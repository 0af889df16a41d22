"""Reminders: the outbox, the dispatcher and delivery through a Bot API double.

Nothing here waits for real time: dispatchers get a clock the test moves."""

import asyncio
import datetime as dt

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer

from bot.app import build_renderer
from bot.reminders import Pacer, ReminderDispatcher
from dialogs.law.dates import ALMATY
from dialogs.runtime.engine import Engine
from storage.db import Database
from storage.repositories import Users
from storage.tracking import ReminderOutbox, SaveEntry, TrackedItems
from tests.botapi_double import BotAPIDouble
from tests.conftest import fresh_pg_url

TOKEN = "42:REMINDERS"
D = dt.date


def almaty(y, m, d, hour=10, minute=0, second=0) -> dt.datetime:
    return dt.datetime(y, m, d, hour, minute, second, tzinfo=ALMATY).astimezone(dt.timezone.utc)


class Clock:
    def __init__(self, moment):
        self.now = moment

    def __call__(self):
        return self.now


def make_bot(api) -> Bot:
    return Bot(TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(api.base_url)))


async def make_db(url) -> Database:
    db = Database(url)
    await db.migrate()
    return db


def dispatcher(db, bot, clock, trees, **kw) -> ReminderDispatcher:
    kw.setdefault("pacer", Pacer(per_second=100_000, per_chat=0))
    return ReminderDispatcher(db, bot, build_renderer(), Engine(trees), clock=clock, **kw)


async def drain(*dispatchers) -> None:
    while sum(await asyncio.gather(*(d.run_once() for d in dispatchers))):
        pass


async def test_saving_twice_never_duplicates_and_an_edit_moves_the_reminders(db):
    await Users(db).ensure(1, "ru")
    items, outbox = TrackedItems(db), ReminderOutbox(db)
    inputs = {"expiry": D(2026, 12, 31), "cumulative_months": 6}
    item = await items.save(1, "labour-permit", "permit", inputs, today=D(2026, 11, 21))
    await items.save(1, "labour-permit", "permit", inputs, today=D(2026, 11, 21), item_id=item.id)
    rows = await outbox.for_item(item.id)
    assert [(r.occasion, r.due_on) for r in rows] == [
        ("extension-opens", D(2026, 12, 2)),  # the safe first day, D-29 (A02)
        ("extension-nudge", D(2026, 12, 21)),
        ("extension-last-working-day", D(2026, 12, 25)),
        ("expiry", D(2026, 12, 31)),
    ]
    # 09:00 in Almaty is 04:00 UTC
    assert rows[0].send_after.replace(tzinfo=None) == dt.datetime(2026, 12, 2, 4, 0)

    # 12 months reached: the extension reminders give way to the new-permit ones
    await items.save(1, "labour-permit", "permit", {"expiry": D(2026, 12, 31), "cumulative_months": 12}, today=D(2026, 11, 21), item_id=item.id)
    rows = await outbox.for_item(item.id)
    assert [(r.occasion, r.due_on) for r in rows] == [
        ("new-permit-prepare", D(2026, 12, 21)),
        # the window opens on Sunday 27.12 (the legal date, shown as such): D-4, the day we
        # lead with; the reminder goes out on the working day before it, not after, and says
        # what the service says of a D-4 on a day off (no day fits every reading)
        ("new-permit-day-off", D(2026, 12, 25)),
        ("new-permit-last-working-day", D(2026, 12, 30)),
        ("expiry", D(2026, 12, 31)),
    ]
    # past occasions are not planned at all
    late = await items.save(1, "labour-permit", "permit", inputs, today=D(2026, 12, 22))
    assert [r.occasion for r in await outbox.for_item(late.id)] == ["extension-last-working-day", "expiry"]


async def test_done_cancels_the_remaining_reminders(db, trees):
    await Users(db).ensure(1, "ru")
    items = TrackedItems(db)
    item = await items.save(1, "labour-permit", "permit", {"expiry": D(2026, 12, 31), "cumulative_months": 6}, today=D(2026, 11, 21))
    await items.mark_done(item.id, 1)
    assert {r.status for r in await ReminderOutbox(db).for_item(item.id)} == {"cancelled"}
    async with BotAPIDouble(token=TOKEN) as api:
        bot = make_bot(api)
        await drain(dispatcher(db, bot, Clock(almaty(2027, 1, 5)), trees))
        assert api.calls("sendMessage") == []
        await bot.session.close()


async def test_reminders_arrive_on_the_right_days_in_daytime(sqlite_url, trees):
    """Move the clock hour by hour from 21 Nov 2026 to 1 Jan 2027."""
    db = await make_db(sqlite_url)
    await Users(db).ensure(7, "ru")
    await TrackedItems(db).save(7, "labour-permit", "permit", {"expiry": D(2026, 12, 31), "cumulative_months": 6}, label="Айгерим", today=D(2026, 11, 21))
    clock = Clock(almaty(2026, 11, 21, 0))
    async with BotAPIDouble(token=TOKEN) as api:
        bot = make_bot(api)
        d = dispatcher(db, bot, clock, trees)
        delivered = []
        while clock.now < almaty(2027, 1, 1, 23):
            before = len(api.calls("sendMessage"))
            await d.run_once()
            for params in api.calls("sendMessage")[before:]:
                delivered.append((clock.now.astimezone(ALMATY), params["text"]))
            clock.now += dt.timedelta(hours=1)
        await bot.session.close()
    assert [(t.date(), t.hour) for t, _ in delivered] == [
        (D(2026, 12, 2), 9), (D(2026, 12, 21), 9), (D(2026, 12, 25), 9), (D(2026, 12, 31), 9)]
    texts = [text for _, text in delivered]
    # the safe dates lead (D-29 to the working day on or before D-6), the literal limit follows
    assert "Окно продления" in texts[0] and "с 02.12.2026 по 25.12.2026" in texts[0] and "до 26.12.2026" in texts[0]
    assert texts[0].startswith("🔔 Айгерим: Разрешение трудовому иммигранту\n")  # whose, and what
    assert "25.12.2026" in texts[2] and "надёжный последний день" in texts[2] and "только в рабочее время" in texts[2]
    # the nudge leads with the safe last day, the literal limit after it (audit, stop 27)
    assert texts[1].index("25.12.2026") < texts[1].index("26.12.2026")
    assert "Основания:" in texts[0] and "абз. 20" in texts[0]
    assert "Разрешение действует по 31.12.2026 включительно" in texts[3]  # not "today": a day off moves it earlier
    buttons = api.calls("sendMessage")[0]["reply_markup"]["inline_keyboard"]
    assert [b["callback_data"][:4] for row in buttons for b in row] == ["r:o:", "r:q:", "r:s:", "r:d:"]
    # the safe last day: "remind me tomorrow" is not offered (tomorrow would be too late)
    last_day = api.calls("sendMessage")[2]["reply_markup"]["inline_keyboard"]
    assert [b["callback_data"][:4] for row in last_day for b in row] == ["r:o:", "r:q:", "r:d:"]
    await db.close()


async def test_quiet_hours_hold_a_reminder_until_morning(sqlite_url, trees):
    db = await make_db(sqlite_url)
    await Users(db).ensure(7, "ru")
    await TrackedItems(db).save(7, "labour-permit", "application", {"filed_on": D(2026, 12, 10)}, today=D(2026, 12, 10))
    async with BotAPIDouble(token=TOKEN) as api:
        bot = make_bot(api)
        for hour, minute, sent in [(8, 59, 0), (20, 0, 0), (23, 30, 0), (9, 0, 1)]:
            day = 15 if hour < 20 or (hour, minute) == (9, 0) else 14
            await dispatcher(db, bot, Clock(almaty(2026, 12, day, hour, minute)), trees).run_once()
            assert len(api.calls("sendMessage")) == sent, (hour, minute)
        assert "14.12.2026" in api.calls("sendMessage")[0]["text"]  # decision due on Monday 14 Dec
        await bot.session.close()
    await db.close()


# the day _many_due's reminders are due, 10:00 in Almaty: each on its own day, none late
# (late reminders of one item go out as one message: tests/test_reminders_late_once.py)
DUE = almaty(2026, 12, 14, 10)


async def _many_due(db, users=250) -> int:
    """`users` people with four applications each (told apart by their labels), each
    with one reminder, the decision due on Monday 14 Dec 2026 (DUE)."""
    for uid in range(1, users + 1):
        await Users(db).ensure(uid, "ru")
        entries = [SaveEntry("labour-permit", "application", {"filed_on": D(2026, 12, 10)}, label) for label in "abcd"]
        assert await TrackedItems(db).save_many(uid, entries, today=D(2026, 12, 10)) == (4, 0, 0)
    return users * 4


async def test_two_dispatchers_on_postgres_send_each_of_1000_reminders_exactly_once(trees):
    async with fresh_pg_url() as url:
        db = await make_db(url)
        total = await _many_due(db)
        assert total == 1000
        async with BotAPIDouble(token=TOKEN) as api:
            bot_a, bot_b = make_bot(api), make_bot(api)
            clock = Clock(DUE)
            a = dispatcher(db, bot_a, clock, trees, worker="a", batch=40)
            b = dispatcher(db, bot_b, clock, trees, worker="b", batch=40)
            await drain(a, b)
            sent = [(p["chat_id"], p["text"]) for p in api.calls("sendMessage")]
            await bot_a.session.close()
            await bot_b.session.close()
        assert len(sent) == 1000 and len(set(sent)) == 1000
        assert a.stats["sent"] > 0 and b.stats["sent"] > 0  # both really worked
        assert a.stats["sent"] + b.stats["sent"] == 1000
        assert await ReminderOutbox(db).counts() == {"sent": 1000}
        await db.close()


async def test_a_dispatcher_killed_after_claiming_loses_nothing(trees):
    async with fresh_pg_url() as url:
        db = await make_db(url)
        await _many_due(db, users=10)
        outbox = ReminderOutbox(db)
        now = DUE
        claimed = await outbox.claim("doomed", now, limit=25, lease=dt.timedelta(minutes=5))
        assert len(claimed) == 25  # ... and the process dies here, before sending
        async with BotAPIDouble(token=TOKEN) as api:
            bot = make_bot(api)
            survivor = dispatcher(db, bot, Clock(now + dt.timedelta(minutes=1)), trees, worker="survivor")
            await drain(survivor)
            assert len(api.calls("sendMessage")) == 15  # the 25 are still leased
            survivor.clock = Clock(now + dt.timedelta(minutes=6))
            await drain(survivor)
            sent = [(p["chat_id"], p["text"]) for p in api.calls("sendMessage")]
            await bot.session.close()
        assert len(sent) == 40 == len(set(sent))
        assert await outbox.counts() == {"sent": 40}
        await db.close()


async def test_429_retry_after_is_obeyed(sqlite_url, trees):
    db = await make_db(sqlite_url)
    await Users(db).ensure(7, "ru")
    await TrackedItems(db).save(7, "labour-permit", "application", {"filed_on": D(2026, 12, 10)}, today=D(2026, 12, 10))
    paused = []

    class RecordingPacer(Pacer):
        def pause(self, seconds):
            paused.append(seconds)
            super().pause(0)  # do not really sleep in a test

    async with BotAPIDouble(token=TOKEN) as api:
        bot = make_bot(api)
        api.fail_next("sendMessage", 429, "Too Many Requests: retry after 7", retry_after=7)
        clock = Clock(almaty(2026, 12, 14, 10))
        d = dispatcher(db, bot, clock, trees, pacer=RecordingPacer(per_second=1000, per_chat=0))
        await d.run_once()
        assert paused == [7] and d.stats["retry_after"] == 1
        clock.now += dt.timedelta(seconds=6)
        await d.run_once()
        assert d.stats["sent"] == 0  # not before retry_after has passed
        clock.now += dt.timedelta(seconds=2)
        await d.run_once()
        assert d.stats["sent"] == 1
        reminder = (await ReminderOutbox(db).for_item(1))[0]
        assert reminder.status == "sent" and reminder.attempts == 0  # a 429 is not a failure
        await bot.session.close()
    await db.close()


async def test_403_marks_the_user_inactive_and_stops_their_reminders(sqlite_url, trees):
    db = await make_db(sqlite_url)
    await Users(db).ensure(7, "ru")
    await TrackedItems(db).save(7, "labour-permit", "permit", {"expiry": D(2026, 12, 31), "cumulative_months": 6}, today=D(2026, 11, 21))
    async with BotAPIDouble(token=TOKEN) as api:
        bot = make_bot(api)
        api.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user")
        await dispatcher(db, bot, Clock(almaty(2026, 12, 2, 10)), trees).run_once()  # the first reminder's day
        assert (await Users(db).get(7)).active is False
        assert {r.status for r in await ReminderOutbox(db).for_item(1)} == {"blocked"}
        await drain(dispatcher(db, bot, Clock(almaty(2027, 1, 2, 10)), trees))
        assert len([c for c in api.requests if c.method == "sendMessage" and c.error is None]) == 0
        await bot.session.close()
    await db.close()


async def test_network_errors_back_off_and_give_up_after_a_cap(sqlite_url, trees):
    db = await make_db(sqlite_url)
    await Users(db).ensure(7, "ru")
    await TrackedItems(db).save(7, "labour-permit", "application", {"filed_on": D(2026, 12, 10)}, today=D(2026, 12, 10))
    async with BotAPIDouble(token=TOKEN) as api:
        bot = make_bot(api)
        clock = Clock(almaty(2026, 12, 14, 10))
        d = dispatcher(db, bot, clock, trees)
        api.fail_next("sendMessage", 500, "Internal Server Error")
        await d.run_once()
        row = (await ReminderOutbox(db).for_item(1))[0]
        assert row.status == "pending" and row.attempts == 1
        assert row.send_after.replace(tzinfo=dt.timezone.utc) == clock.now + dt.timedelta(seconds=30)
        clock.now += dt.timedelta(seconds=31)
        await d.run_once()
        assert d.stats["sent"] == 1
        await bot.session.close()
    await db.close()


async def test_pacer_keeps_one_message_per_second_per_chat_and_30_in_all():
    t = [0.0]
    pacer = Pacer(per_second=30, per_chat=1.0, clock=lambda: t[0])
    slots = []

    async def fake_sleep(delay):
        t[0] += delay

    import bot.reminders as mod

    real_sleep = mod.asyncio.sleep
    mod.asyncio.sleep = fake_sleep
    try:
        for chat in [1, 1, 2, 3] + list(range(100, 160)):
            await pacer.wait(chat)
            slots.append((chat, t[0]))
    finally:
        mod.asyncio.sleep = real_sleep
    first_two = [s for c, s in slots if c == 1]
    assert first_two[1] - first_two[0] >= 1.0
    times = sorted(s for _, s in slots)
    # any window of one second holds at most 30 sends
    assert max(sum(1 for u in times if s <= u < s + 1.0) for s in times) <= 30


async def test_run_forever_delivers_everything_and_stops(sqlite_url, trees):
    db = await make_db(sqlite_url)
    assert await _many_due(db, users=5) == 20
    async with BotAPIDouble(token=TOKEN) as api:
        bot = make_bot(api)
        d = dispatcher(db, bot, Clock(DUE), trees, batch=3)
        stop = asyncio.Event()

        async def stop_when_done():
            await api.wait_until(lambda: len(api.calls("sendMessage")) >= 20, what="20 reminders")
            stop.set()

        await asyncio.gather(stop_when_done(), d.run_forever(stop, idle_seconds=0.05))
        sent = [(p["chat_id"], p["text"]) for p in api.calls("sendMessage")]
        assert len(sent) == 20 == len(set(sent))
        await bot.session.close()
    await db.close()


async def test_a_restarted_dispatcher_takes_back_its_own_rows_at_once(trees):
    """The same worker id after a restart (hostname + REMINDER_WORKER_ID): the rows its
    killed predecessor claimed go out at once, not after the lease; another worker
    still keeps its hands off them."""
    async with fresh_pg_url() as url:
        db = await make_db(url)
        await _many_due(db, users=10)
        outbox = ReminderOutbox(db)
        now = DUE
        claimed = await outbox.claim("host-a-1", now, limit=25, lease=dt.timedelta(minutes=5))
        assert len(claimed) == 25  # ... and the process is killed here, before sending
        async with BotAPIDouble(token=TOKEN) as api:
            bot = make_bot(api)
            other = dispatcher(db, bot, Clock(now + dt.timedelta(minutes=1)), trees, worker="host-b-1")
            await drain(other)
            assert len(api.calls("sendMessage")) == 15
            restarted = dispatcher(db, bot, Clock(now + dt.timedelta(minutes=1)), trees, worker="host-a-1")
            await drain(restarted)
            sent = [(p["chat_id"], p["text"]) for p in api.calls("sendMessage")]
            await bot.session.close()
        assert len(sent) == 40 == len(set(sent))
        assert await outbox.counts() == {"sent": 40}
        await db.close()


def test_the_default_worker_id_is_stable_across_restarts(monkeypatch):
    from bot.reminders import stable_worker_id

    monkeypatch.setenv("REMINDER_WORKER_ID", "eu-1")
    assert stable_worker_id() == stable_worker_id() and stable_worker_id().endswith("-eu-1")


async def test_migrate_plans_saved_items_again_under_this_releases_schedules(sqlite_url):
    """A schedule that moves an occasion (here the labour permit's last day, moved to the
    safe reading) must reach items saved under the last release: `python -m bot migrate`
    plans them again; a reminder already sent stays sent."""
    from sqlalchemy import update

    from storage.models import Reminder

    db = await make_db(sqlite_url)
    await Users(db).ensure(1, "ru")
    items, outbox = TrackedItems(db), ReminderOutbox(db)
    item = await items.save(1, "labour-permit", "permit", {"expiry": D(2026, 12, 12), "cumulative_months": 6}, today=D(2026, 11, 1))
    rows = {r.occasion: r for r in await outbox.for_item(item.id)}
    # as the last release planned it: the literal last working day, Monday 07.12
    async with db.sessions.begin() as s:
        await s.execute(update(Reminder).where(Reminder.id == rows["extension-last-working-day"].id).values(due_on=D(2026, 12, 7)))
        # sent under the last release on D-30; this release plans it on D-29: not sent twice
        await s.execute(update(Reminder).where(Reminder.id == rows["extension-opens"].id).values(status="sent", due_on=D(2026, 11, 12)))
    assert await items.replan_all(D(2026, 11, 10)) == 1
    rows = {r.occasion: r for r in await outbox.for_item(item.id)}
    assert rows["extension-last-working-day"].due_on == D(2026, 12, 4) and rows["extension-last-working-day"].status == "pending"
    assert rows["extension-opens"].status == "sent"
    await db.close()


def test_the_migrate_command_says_it_planned_the_items_again(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    env = {**__import__("os").environ, "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'm.db'}"}
    out = subprocess.run([sys.executable, "-m", "bot", "migrate"], cwd=Path(__file__).resolve().parent.parent,
                         env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "reminders planned again for 0 tracked items" in out.stdout


async def test_the_pilot_process_that_migrates_itself_also_plans_saved_items_again(sqlite_url):
    from sqlalchemy import update

    from bot.app import build_bot_app
    from bot.config import Settings
    from storage.models import Reminder

    db = await make_db(sqlite_url)
    await Users(db).ensure(1, "ru")
    item = await TrackedItems(db).save(1, "labour-permit", "permit", {"expiry": D(2027, 12, 12), "cumulative_months": 6}, today=D(2026, 12, 1))
    row = next(r for r in await ReminderOutbox(db).for_item(item.id) if r.occasion == "extension-last-working-day")
    async with db.sessions.begin() as s:  # as an older release planned it
        await s.execute(update(Reminder).where(Reminder.id == row.id).values(due_on=D(2027, 12, 7)))
    await db.close()
    app = await build_bot_app(Settings(bot_token="1:X", database_url=sqlite_url, reminders=False))  # MIGRATE_ON_START default
    try:
        moved = next(r for r in await ReminderOutbox(app.database).for_item(item.id) if r.occasion == "extension-last-working-day")
        assert moved.due_on == row.due_on  # the safe day this release plans
    finally:
        await app.close()
