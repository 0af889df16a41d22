"""One late message per item: when several reminders of one item are due and late at
once (an outage, the night), the user gets one message naming the days they were for
and where the item stands today, not one per reminder; the others are stored as
"superseded" and never sent. A reminder on its own day still goes out in its own words.
It holds across claimed batches, a retry, and two dispatchers (one of them holding the
item's later reminder).

Nothing here waits for real time: dispatchers get a clock the test moves."""

import datetime as dt
import types
import uuid

from sqlalchemy import update

from bot.app import build_renderer
from bot.reminders import planned_occasion, render_reminder
from bot.telegram.handlers.settings import mydata_summary
from storage.models import Reminder
from storage.repositories import Users
from storage.tracking import ReminderOutbox, TrackedItems
from storage.userdata import UserData
from tests.botapi_double import BotAPIDouble
from tests.test_reminder_late_delivery import USER, buttons, delivered, make_db, status_line
from tests.test_reminders import TOKEN, Clock, almaty, dispatcher, drain, make_bot

D = dt.date
# a labour permit to 31.12.2026 with 6 months: the window opens 02.12, the nudge 21.12,
# the last safe working day 25.12 (a last day: no ⏰), the permit's end 31.12
PERMIT = {"expiry": D(2026, 12, 31), "cumulative_months": 6}
SAVED = D(2026, 11, 21)
TWO_LATE = "⏳ Эти напоминания были на 02.12.2026, 21.12.2026 и доходят до вас позже этих дней. Где срок стоит сегодня, {today}:"


def worker(name: str) -> str:
    """A worker id of its own: a dispatcher takes back its id's rows once per process."""
    return f"{name}-{uuid.uuid4().hex[:8]}"


async def statuses(db, item_id) -> dict[str, str]:
    return {r.occasion: r.status for r in await ReminderOutbox(db).for_item(item_id)}


async def test_an_outage_over_two_reminders_sends_one_message_naming_both_days(database_url, trees):
    """Down from 01.12 to 22.12: the window's opening and the nudge are both late. One
    message says both days and where the permit stands; the opening is superseded, the
    last day is still to come and comes on its day in its own words."""
    db = await make_db(database_url)
    item = await TrackedItems(db).save(USER, "labour-permit", "permit", PERMIT, today=SAVED)
    outbox = ReminderOutbox(db)
    async with BotAPIDouble(token=TOKEN) as api:
        bot = make_bot(api)
        clock = Clock(almaty(2026, 12, 22, 10, 0))
        d = dispatcher(db, bot, clock, trees, worker=worker("outage"))
        await drain(d)
        (text, labels), = delivered(api)
        lines = text.split("\n")
        assert lines[0] == "🔔 Разрешение трудовому иммигранту"
        assert lines[1] == TWO_LATE.format(today="22.12.2026")
        assert lines[2] == await status_line(db, "ru", D(2026, 12, 22))
        assert lines[3] == "🔔 следующее напоминание: 25.12.2026"
        assert "Основания:" in text and labels == buttons("ru", snooze=True)  # the nudge's: ⏰ kept
        assert await statuses(db, item.id) == {"extension-opens": "superseded", "extension-nudge": "sent",
                                               "extension-last-working-day": "pending", "expiry": "pending"}
        rows = {r.occasion: r for r in await outbox.for_item(item.id)}
        assert rows["extension-opens"].sent_at == rows["extension-nudge"].sent_at  # named in that message
        assert await outbox.counts() == {"superseded": 1, "sent": 1, "pending": 2}
        assert d.stats["superseded"] == 1 and d.stats["sent"] == 1
        await drain(d)
        assert len(delivered(api)) == 1  # the superseded one never goes later

        # what /mydata says: the superseded reminder is neither scheduled nor a message sent
        document = {"database": await UserData(db).export(USER), "telegram_id": USER,
                    "retention": {"dialog_answers_days_after_last_answer": 90}}
        assert sorted(r["status"] for r in document["database"]["reminders"]) == ["pending", "pending", "sent", "superseded"]
        summary = mydata_summary(types.SimpleNamespace(renderer=build_renderer(), engine=None), "ru", document)
        assert "напоминания: запланировано 2, отправлено 1" in summary

        clock.now = almaty(2026, 12, 25, 9, 0)
        await drain(d)
        (last_day, labels) = delivered(api)[1]
        assert last_day == render_reminder(build_renderer(), "ru", item, planned_occasion(item, "extension-last-working-day"))
        assert "⏳" not in last_day and labels == buttons("ru", snooze=False)
        await bot.session.close()
    await db.close()


async def test_todays_last_day_reminder_still_goes_in_its_own_words_beside_the_one_late_message(sqlite_url, trees):
    """Back on 25.12 at 09:00, the last safe day: the two late reminders become one
    message; the last day's own reminder is not folded into it."""
    db = await make_db(sqlite_url)
    item = await TrackedItems(db).save(USER, "labour-permit", "permit", PERMIT, today=SAVED)
    async with BotAPIDouble(token=TOKEN) as api:
        bot = make_bot(api)
        await drain(dispatcher(db, bot, Clock(almaty(2026, 12, 25, 9, 0)), trees, worker=worker("last-day")))
        sent = delivered(api)
        assert len(sent) == 2
        late = [(text, labels) for text, labels in sent if "⏳" in text]
        today = [(text, labels) for text, labels in sent if "⏳" not in text]
        assert len(late) == 1 and late[0][0].split("\n")[1] == TWO_LATE.format(today="25.12.2026")
        assert late[0][0].split("\n")[3] == "🔔 следующее напоминание: 25.12.2026"
        assert today == [(render_reminder(build_renderer(), "ru", item, planned_occasion(item, "extension-last-working-day")),
                          buttons("ru", snooze=False))]
        assert today[0][0].startswith("🔔 Разрешение трудовому иммигранту\nСегодня, 25.12.2026, — ")
        assert await statuses(db, item.id) == {"extension-opens": "superseded", "extension-nudge": "sent",
                                               "extension-last-working-day": "sent", "expiry": "pending"}
        await bot.session.close()
    await db.close()


async def test_small_batches_and_two_dispatchers_send_one_late_message_per_item(database_url, trees):
    """Twelve people, each permit over with its four reminders late (02.01.2027). Batches
    of 1 and 2 split every item's rows; two dispatchers claim at once (SKIP LOCKED on
    PostgreSQL). Still one message per item, naming the four days."""
    db = await make_db(database_url)
    people = range(100, 112)
    for uid in people:
        await Users(db).ensure(uid, "ru")
        await TrackedItems(db).save(uid, "labour-permit", "permit", PERMIT, today=SAVED)
    async with BotAPIDouble(token=TOKEN) as api:
        bot_a, bot_b = make_bot(api), make_bot(api)
        clock = Clock(almaty(2027, 1, 2, 10, 0))
        a = dispatcher(db, bot_a, clock, trees, worker=worker("a"), batch=1)
        b = dispatcher(db, bot_b, clock, trees, worker=worker("b"), batch=2)
        await drain(a, b)
        calls = api.calls("sendMessage")
        assert sorted(c["chat_id"] for c in calls) == list(people)  # one message each
        for c in calls:
            assert c["text"].split("\n")[1] == (
                "⏳ Эти напоминания были на 02.12.2026, 21.12.2026, 25.12.2026, 31.12.2026 и доходят до вас позже "
                "этих дней. Где срок стоит сегодня, 02.01.2027:")
            assert c["text"].endswith("🔔 напоминаний больше не будет")
        assert await ReminderOutbox(db).counts() == {"sent": 12, "superseded": 36}
        assert a.stats["sent"] + b.stats["sent"] == 12
        await drain(a, b)
        assert len(api.calls("sendMessage")) == 12
        await bot_a.session.close()
        await bot_b.session.close()
    await db.close()


async def test_a_later_reminder_held_by_another_dispatcher_wins_and_names_both_days(database_url, trees):
    """Another dispatcher has claimed the item's later late reminder (its lease runs)
    when this one claims the earlier: this one sends nothing for the item and supersedes
    its row; the other, restarted, sends the one message, naming both days."""
    db = await make_db(database_url)
    item = await TrackedItems(db).save(USER, "labour-permit", "permit", PERMIT, today=SAVED)
    now = almaty(2026, 12, 22, 10, 0)
    other = worker("other")
    rows = {r.occasion: r for r in await ReminderOutbox(db).for_item(item.id)}
    async with db.sessions.begin() as s:  # the other process's claim, mid-flight
        await s.execute(update(Reminder).where(Reminder.id == rows["extension-nudge"].id)
                        .values(status="claimed", claimed_by=other, lease_until=now + dt.timedelta(minutes=5)))
    async with BotAPIDouble(token=TOKEN) as api:
        bot = make_bot(api)
        await drain(dispatcher(db, bot, Clock(now), trees, worker=worker("this")))
        assert delivered(api) == []
        assert (await statuses(db, item.id))["extension-opens"] == "superseded"
        await drain(dispatcher(db, bot, Clock(now + dt.timedelta(seconds=30)), trees, worker=other))
        (text, _), = delivered(api)
        assert text.split("\n")[1] == TWO_LATE.format(today="22.12.2026")
        await bot.session.close()
    await db.close()


async def test_an_earlier_reminder_due_after_the_items_late_message_went_today_is_not_sent(sqlite_url, trees):
    """The nudge went out late this morning; the window's opening, held by a backoff,
    comes due at noon: a second late message for the item the same day would only
    repeat it. It is superseded."""
    db = await make_db(sqlite_url)
    item = await TrackedItems(db).save(USER, "labour-permit", "permit", PERMIT, today=SAVED)
    rows = {r.occasion: r for r in await ReminderOutbox(db).for_item(item.id)}
    async with db.sessions.begin() as s:
        await s.execute(update(Reminder).where(Reminder.id == rows["extension-nudge"].id)
                        .values(status="sent", sent_at=almaty(2026, 12, 22, 9, 0)))
        await s.execute(update(Reminder).where(Reminder.id == rows["extension-opens"].id)
                        .values(send_after=almaty(2026, 12, 22, 12, 0), attempts=1))
    async with BotAPIDouble(token=TOKEN) as api:
        bot = make_bot(api)
        await drain(dispatcher(db, bot, Clock(almaty(2026, 12, 22, 12, 1)), trees, worker=worker("noon")))
        assert delivered(api) == []
        assert (await statuses(db, item.id))["extension-opens"] == "superseded"
        await bot.session.close()
    await db.close()


async def test_a_retried_late_message_still_names_every_day(sqlite_url, trees):
    """Telegram fails the one late message; the retry 30 s later still names both days."""
    db = await make_db(sqlite_url)
    item = await TrackedItems(db).save(USER, "labour-permit", "permit", PERMIT, today=SAVED)
    async with BotAPIDouble(token=TOKEN) as api:
        bot = make_bot(api)
        clock = Clock(almaty(2026, 12, 22, 10, 0))
        d = dispatcher(db, bot, clock, trees, worker=worker("retry"))
        api.fail_next("sendMessage", 500, "Internal Server Error")
        await d.run_once()
        assert delivered(api) == [] and d.stats["retried"] == 1
        clock.now += dt.timedelta(seconds=31)
        await drain(d)
        (text, _), = delivered(api)
        assert text.split("\n")[1] == TWO_LATE.format(today="22.12.2026")
        rows = {r.occasion: r for r in await ReminderOutbox(db).for_item(item.id)}
        assert rows["extension-opens"].status == "superseded" and rows["extension-opens"].sent_at == rows["extension-nudge"].sent_at
        await bot.session.close()
    await db.close()
