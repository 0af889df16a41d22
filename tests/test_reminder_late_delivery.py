"""A reminder delivered after the day it was written for (held back by the night, an
outage, a retry across midnight, ⏰) never calls that day "today": it says which day it
was for and where the item stands today, as /status says it, with its grounds and its
buttons. On its own day it is unchanged.

Nothing here waits for real time: dispatchers get a clock the test moves."""

import datetime as dt

from bot.app import build_renderer
from bot.reminders import planned_occasion, render_reminder
from bot.tracking import Tracking
from storage.db import Database
from storage.repositories import Users
from storage.tracking import ReminderOutbox, TrackedItems
from tests.botapi_double import BotAPIDouble
# the reminder tests' clock, bot, dispatcher and drain, with their token
from tests.test_reminders import TOKEN, Clock, almaty, dispatcher, drain, make_bot

D = dt.date
USER = 1
# a labour permit ending Fri 08.01.2027 with 3 months: the safe last working day to file
# for the extension is Thu 31.12.2026 (1-2 January are holidays, 3 January a Sunday)
PERMIT = {"expiry": D(2027, 1, 8), "cumulative_months": 3}


async def make_db(url, lang="ru") -> Database:
    db = Database(url)
    await db.migrate()
    await Users(db).ensure(USER, lang)
    return db


def delivered(api) -> list[tuple[str, list[str]]]:
    """Each accepted sendMessage: its text and its buttons' labels."""
    out = []
    for c in api.requests:
        if c.method == "sendMessage" and c.error is None:
            rows = c.params.get("reply_markup", {}).get("inline_keyboard", [])
            out.append((c.params["text"], [b["text"] for row in rows for b in row]))
    return out


def buttons(lang, snooze):
    t = build_renderer().t
    return [t(lang, "button-reminder-open"), t(lang, "button-quotes"), *([t(lang, "button-reminder-snooze")] if snooze else []),
            t(lang, "button-reminder-done")]


async def status_line(db, lang, today) -> str:
    """Where the one item stands on `today`, as /status writes it."""
    (st,) = await Tracking(db, build_renderer(), today=lambda: today).statuses(USER, lang)
    return st.text


async def test_a_last_day_reminder_held_back_by_the_night_arrives_marked_late(sqlite_url, trees):
    """Saved at 21:30 on its last day to file; quiet hours hold it until 09:05 next day."""
    db = await make_db(sqlite_url)
    item = await TrackedItems(db).save(USER, "labour-permit", "permit", PERMIT, today=D(2026, 12, 31))
    async with BotAPIDouble(token=TOKEN) as api:
        bot = make_bot(api)
        clock = Clock(almaty(2026, 12, 31, 21, 30))
        d = dispatcher(db, bot, clock, trees)
        assert await d.run_once() == 0  # night in Almaty
        clock.now = almaty(2027, 1, 1, 9, 5)
        await drain(d)
        (text, labels), = delivered(api)
        assert "Сегодня, 31.12.2026" not in text
        lines = text.split("\n")
        assert lines[0] == "🔔 Разрешение трудовому иммигранту"
        assert lines[1] == "⏳ Это напоминание было на 31.12.2026 и доходит до вас позже этого дня. Где срок стоит сегодня, 01.01.2027:"
        # the item as /status shows it today, today's dates, then the next reminder
        now = await status_line(db, "ru", D(2027, 1, 1))
        assert now and lines[2] == now
        assert lines[3] == "🔔 следующее напоминание: 08.01.2027"
        assert "Основания:" in text and text.count("Основания:") == 1  # the occasion's grounds kept
        assert labels == buttons("ru", snooze=False)  # a last day's: no ⏰
        assert [(r.occasion, r.status) for r in await ReminderOutbox(db).for_item(item.id)] == [
            ("extension-last-working-day", "sent"), ("expiry", "pending")]
        await drain(d)
        assert len(delivered(api)) == 1  # sent once
        await bot.session.close()
    await db.close()


async def test_the_same_reminder_on_its_own_day_is_unchanged(sqlite_url, trees):
    db = await make_db(sqlite_url)
    item = await TrackedItems(db).save(USER, "labour-permit", "permit", PERMIT, today=D(2026, 12, 30))
    async with BotAPIDouble(token=TOKEN) as api:
        bot = make_bot(api)
        d = dispatcher(db, bot, Clock(almaty(2026, 12, 31, 9, 5)), trees)
        await drain(d)
        (text, labels), = delivered(api)
        assert text == render_reminder(build_renderer(), "ru", item, planned_occasion(item, "extension-last-working-day"))
        assert text.startswith("🔔 Разрешение трудовому иммигранту\nСегодня, 31.12.2026, — ")  # its own words, on its day
        assert "⏳" not in text and "Основания:" in text
        assert labels == buttons("ru", snooze=False)
        await bot.session.close()
    await db.close()


async def test_a_retry_that_crosses_midnight_arrives_marked_late(sqlite_url, trees):
    """Telegram fails at 19:59:50 on the last day; the backoff falls in the night, the
    retry goes at 09:00 the next morning and says it is late."""
    db = await make_db(sqlite_url)
    await TrackedItems(db).save(USER, "labour-permit", "permit", PERMIT, today=D(2026, 12, 30))
    async with BotAPIDouble(token=TOKEN) as api:
        bot = make_bot(api)
        clock = Clock(almaty(2026, 12, 31, 19, 59, 50))
        d = dispatcher(db, bot, clock, trees)
        api.fail_next("sendMessage", 500, "Internal Server Error")
        await d.run_once()
        assert delivered(api) == [] and d.stats["retried"] == 1
        clock.now = almaty(2027, 1, 1, 9, 0)
        await drain(d)
        (text, labels), = delivered(api)
        assert "Сегодня, 31.12.2026" not in text
        assert "⏳ Это напоминание было на 31.12.2026 и доходит до вас позже этого дня" in text
        assert await status_line(db, "ru", D(2027, 1, 1)) in text
        assert labels == buttons("ru", snooze=False)
        await bot.session.close()
    await db.close()


async def test_an_outage_past_the_items_end_still_tells_each_reminder_late(sqlite_url, trees):
    """Down from 31.12 to 11.01: the item is over. Its reminders still go (silence would
    let the user think nothing was due), as one message naming each one's day and saying
    that the permit has ended, with the ⌛ line's grounds as in /status; no ⏰ for what is
    over."""
    db = await make_db(sqlite_url)
    await TrackedItems(db).save(USER, "labour-permit", "permit", PERMIT, today=D(2026, 12, 30))
    async with BotAPIDouble(token=TOKEN) as api:
        bot = make_bot(api)
        await drain(dispatcher(db, bot, Clock(almaty(2027, 1, 11, 9, 0)), trees))
        sent = delivered(api)
        assert [text.split("\n")[1] for text, _ in sent] == [
            "⏳ Эти напоминания были на 31.12.2026, 08.01.2027 и доходят до вас позже этих дней. Где срок стоит сегодня, 11.01.2027:"
        ]
        now = await status_line(db, "ru", D(2027, 1, 11))
        assert now.startswith("⌛ Разрешение закончилось 08.01.2027")
        for text, labels in sent:
            assert "Сегодня, 31.12.2026" not in text and "действует по 08.01.2027 включительно" not in text
            assert now in text and text.endswith("🔔 напоминаний больше не будет")
            assert text.count("Основания:") == 1  # the ⌛ line's, not a second block
            assert labels == buttons("ru", snooze=False)
        await bot.session.close()
    await db.close()


async def test_a_late_reminder_that_can_be_put_off_keeps_its_snooze_in_english(sqlite_url, trees):
    """The window opening (02.12.2026, not a last day) delivered a day late: said late,
    with where the permit stands, and ⏰ still there."""
    db = await make_db(sqlite_url, lang="en")
    await TrackedItems(db).save(USER, "labour-permit", "permit", {"expiry": D(2026, 12, 31), "cumulative_months": 6},
                                today=D(2026, 11, 21))
    async with BotAPIDouble(token=TOKEN) as api:
        bot = make_bot(api)
        await drain(dispatcher(db, bot, Clock(almaty(2026, 12, 3, 9, 0)), trees))
        (text, labels), = delivered(api)
        lines = text.split("\n")
        assert lines[1] == "⏳ This reminder was for 02.12.2026 and reaches you after that day. Where things stand today, 03.12.2026:"
        assert "The window to extend the permit is open" not in text
        assert lines[2] == await status_line(db, "en", D(2026, 12, 3))
        assert lines[3] == "🔔 next reminder: 21.12.2026"
        assert "Legal grounds:" in text
        assert labels == buttons("en", snooze=True)
        await bot.session.close()
    await db.close()


async def test_a_snoozed_reminder_comes_back_the_next_day_as_of_that_day(sqlite_url, trees):
    """⏰ on the window's opening: the next morning it does not repeat the day before's
    text as news, it says the day it was for and where things stand."""
    db = await make_db(sqlite_url)
    item = await TrackedItems(db).save(USER, "labour-permit", "permit", {"expiry": D(2026, 12, 31), "cumulative_months": 6},
                                       today=D(2026, 11, 21))
    outbox = ReminderOutbox(db)
    async with BotAPIDouble(token=TOKEN) as api:
        bot = make_bot(api)
        clock = Clock(almaty(2026, 12, 2, 9, 0))
        d = dispatcher(db, bot, clock, trees)
        await drain(d)
        (first, labels), = delivered(api)
        assert "⏳" not in first and labels == buttons("ru", snooze=True)
        opens = next(r for r in await outbox.for_item(item.id) if r.occasion == "extension-opens")
        assert await outbox.snooze(opens.id, USER, almaty(2026, 12, 3, 9, 0))
        clock.now = almaty(2026, 12, 3, 9, 0)
        await drain(d)
        (again, labels) = delivered(api)[1]
        assert again.split("\n")[1] == "⏳ Это напоминание было на 02.12.2026 и доходит до вас позже этого дня. Где срок стоит сегодня, 03.12.2026:"
        assert await status_line(db, "ru", D(2026, 12, 3)) in again
        assert labels == buttons("ru", snooze=True)
        await bot.session.close()
    await db.close()
