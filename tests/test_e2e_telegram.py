"""The real aiogram bot, long polling against a local Bot API double on 127.0.0.1
that checks every request against api.json, played through a whole conversation."""

import asyncio
import json
import contextlib
import datetime as dt

import pytest

from bot.app import build_bot_app
from bot.config import Settings
from dialogs.runtime.engine import Engine
from tests.botapi_double import BotAPIDouble

TOKEN = "123456:TEST-TOKEN"
USER = 5001
TODAY = dt.date(2026, 12, 10)


@contextlib.asynccontextmanager
async def running_bot(api, database_url, trees, redis_url=None, app_options=None, **settings_overrides):
    # reminders are delivered by a clock-driven dispatcher in tests/test_reminders.py;
    # app_options: build_bot_app's test hooks (pacer, clock)
    settings_overrides.setdefault("reminders", False)
    settings = Settings(bot_token=TOKEN, telegram_api_url=api.base_url, database_url=database_url, redis_url=redis_url,
                        **settings_overrides)
    app = await build_bot_app(settings, engine=Engine(trees, today=lambda: TODAY), **(app_options or {}))
    polls = len(api.calls("getUpdates"))
    task = asyncio.create_task(app.dispatcher.start_polling(app.bot, handle_signals=False, polling_timeout=1))
    # hand the bot over only once it is polling, so stop_polling() always has something to stop
    await api.wait_until(lambda: len(api.calls("getUpdates")) > polls, what="polling to start")
    try:
        yield app
    finally:
        await app.dispatcher.stop_polling()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(task, 10)
        await app.close()


async def reply(api, before: int, timeout=5) -> str:
    """Wait for the bot's next message(s) after `before` sent texts; return them joined."""
    await api.wait_until(lambda: len(api.sent_texts(USER)) > before, timeout=timeout, what="a reply")
    # a screen may be split into several messages: wait until none has come for 0.15 s (on a
    # loaded machine a fixed 0.15 s after the first part could miss the next)
    count, quiet = len(api.sent_texts(USER)), 0.0
    while quiet < 0.15 and timeout > 0:
        await asyncio.sleep(0.05)
        timeout -= 0.05
        now = len(api.sent_texts(USER))
        count, quiet = now, (quiet + 0.05 if now == count else 0.0)
    return "\n".join(api.sent_texts(USER)[before:])


async def test_whole_conversation_in_telegram(sqlite_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        n = 0
        api.push_message(USER, "/start", language_code="ru")
        text = await reply(api, n)
        assert "Здравствуйте" in text and "Выберите, кто вы" in text
        n = len(api.sent_texts(USER))

        api.press(USER, "👷 Иностранец, хочу работать")
        assert "Где или как вы будете работать?" in await reply(api, n)
        n = len(api.sent_texts(USER))
        api.press(USER, "В доме у частного лица")
        assert "Кто вы?" in await reply(api, n)
        n = len(api.sent_texts(USER))

        # free text where a button is expected: a hint, the question again
        api.push_message(USER, "не знаю")
        text = await reply(api, n)
        assert "выберите ответ кнопкой" in text and "Кто вы?" in text
        n = len(api.sent_texts(USER))

        api.press(USER, "Я иностранец, хочу работать")
        assert "Гражданином какой страны" in await reply(api, n)
        n = len(api.sent_texts(USER))
        api.press(USER, "Другая страна")
        assert "У вас уже есть разрешение" in await reply(api, n)
        n = len(api.sent_texts(USER))

        # a forged button on the current question: refused with a notice, nothing changed or re-sent
        api.push_callback(USER, "d:0123456789ab:0", check_button=False)
        await api.wait_until(lambda: not api.open_callbacks, what="the forged press answered")
        assert "кнопка устарела" in api.calls("answerCallbackQuery")[-1]["text"]
        assert len(api.sent_texts(USER)) == n and "У вас уже есть разрешение" in api.last_bot_message(USER)["text"]

        api.press(USER, "Да, действующее")
        assert "последний день действия" in await reply(api, n)
        n = len(api.sent_texts(USER))

        api.push_message(USER, "31.02.2026")  # a date that does not exist
        text = await reply(api, n)
        assert "31.02.2026 не бывает: в феврале 2026 года 28 дней" in text and "последний день действия" in text
        n = len(api.sent_texts(USER))

        api.push_message(USER, "31.12.2026")
        assert "Сколько месяцев всего" in await reply(api, n)
        n = len(api.sent_texts(USER))

        api.push_message(USER, "6")
        assert "Окно продления открыто" in await reply(api, n)
        n = len(api.sent_texts(USER))

        api.push_message(USER, "3")
        assert "Когда вы подадите заявление" in await reply(api, n)
        n = len(api.sent_texts(USER))
        api.push_message(USER, "10.12.2026")
        await reply(api, n)
        n = len(api.sent_texts(USER))
        api.press(USER, "В рабочее время")
        assert "паспорт" in await reply(api, n)
        n = len(api.sent_texts(USER))
        api.push_message(USER, "31.12.2030")
        assert "отметка о пересечении границы" in await reply(api, n)
        n = len(api.sent_texts(USER))
        api.press(USER, "Да, есть")  # the border stamp of the last 12 months (¶2.3)
        assert "028/у" in await reply(api, n)
        n = len(api.sent_texts(USER))
        api.press(USER, "Да, есть")
        assert "Какого числа выдана справка" in await reply(api, n)
        n = len(api.sent_texts(USER))
        api.push_message(USER, "01.06.2026")
        assert "страховка" in await reply(api, n)
        n = len(api.sent_texts(USER))
        api.press(USER, "Да, есть")
        assert "До какого числа действует страховка" in await reply(api, n)
        n = len(api.sent_texts(USER))
        api.push_message(USER, "31.12.2027")
        text = await reply(api, n)
        assert "Можно подавать на продление" in text
        assert "Первый день: надёжно — 02.12.2026; по буквальному счёту — 01.12.2026" in text and "Основания:" in text
        n = len(api.sent_texts(USER))

        result = api.last_bot_message(USER)
        assert "<blockquote expandable>" in api.calls("sendMessage")[-1]["text"]  # grounds folded

        api.press(USER, "📜 Цитаты")
        text = await reply(api, n)
        assert "не ранее 30 (тридцати) календарных дней и не позднее 5 (пяти) календарных дней" in text
        n = len(api.sent_texts(USER))

        documents = next(b["text"] for row in result["reply_markup"]["inline_keyboard"] for b in row if b["text"].startswith("📄"))
        api.press(USER, documents, message_id=result["message_id"])
        assert "Документы для продления" in await reply(api, n)
        n = len(api.sent_texts(USER))

        # the answers survive: the database holds the session
        stored = await app.dispatcher["conversation"].sessions.load(USER)
        assert stored["node"] == "extension-documents" and stored["answers"]["expiry"] == "2026-12-31"

        api.push_message(USER, "/back")
        assert "Можно подавать на продление" in await reply(api, n)
        n = len(api.sent_texts(USER))

        # a huge message is refused kindly and loses nothing
        api.push_message(USER, "я" * 4000)
        text = await reply(api, n)
        assert "слишком длинное" in text and "Можно подавать на продление" in text
        n = len(api.sent_texts(USER))

        api.push_message(USER, "/language")
        await reply(api, n)
        n = len(api.sent_texts(USER))
        api.press(USER, "English")
        text = await reply(api, n)
        assert "English" in text and "You can apply to extend" in text
        n = len(api.sent_texts(USER))

        api.push_message(USER, "/mydata")
        text = await reply(api, n)
        assert "English" in text and "current conversation" in text
        await api.wait_until(lambda: api.calls("sendDocument"), what="the /mydata file")
        upload = [r for r in api.requests if r.method == "sendDocument"][-1]
        exported = json.loads(next(iter(upload.files.values())).content)
        assert "2026-12-31" in json.dumps(exported["database"]["dialog_sessions"][0]["answers"])
        n = len(api.sent_texts(USER))

        api.push_message(USER, "/forget")
        await reply(api, n)
        n = len(api.sent_texts(USER))
        api.press(USER, "Yes, delete")
        await reply(api, n)
        assert await app.dispatcher["users"].get(USER) is None
        assert await app.dispatcher["conversation"].sessions.load(USER) is None

        await api.wait_until(lambda: not api.open_callbacks, what="every button press answered")
        assert api.violations == []
        assert all(len(c.get("callback_data", "").encode()) <= 64 for p in api.calls("sendMessage") if p.get("reply_markup")
                   for row in p["reply_markup"]["inline_keyboard"] for c in row)


async def test_language_comes_from_telegram_on_first_contact(sqlite_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees):
        api.push_message(USER, "/start", language_code="kk")
        await api.wait_for_sent(1, chat_id=USER)
        texts = api.sent_texts(USER)
        # welcome and menu: one message
        assert texts[0].startswith("Сәлеметсіз бе!") and "Кім екеніңізді таңдаңыз" in texts[0]
        api.push_message(USER + 1, "/start", language_code="en-GB")
        await api.wait_for_sent(1, chat_id=USER + 1)
        assert "Hello" in api.sent_texts(USER + 1)[0]
        assert api.violations == []


async def test_resumes_after_a_restart_with_redis_and_postgres(pg_url, redis_url, trees):
    async with BotAPIDouble(token=TOKEN) as api:
        async with running_bot(api, pg_url, trees, redis_url):
            api.push_message(USER, "/start")
            await api.wait_for_sent(1, chat_id=USER)
            for label in ("📋 Все услуги списком", "Работа: разрешения, учёт", "Разрешение трудовому иммигранту",
                          "Я иностранец, хочу работать", "Другая страна"):
                n = len(api.sent_texts(USER))
                api.press(USER, label)
                await reply(api, n)
        # a new process: same Redis and PostgreSQL
        async with running_bot(api, pg_url, trees, redis_url):
            n = len(api.sent_texts(USER))
            api.press(USER, "Да, действующее")
            assert "последний день действия" in await reply(api, n)
        assert api.violations == []


async def test_track_a_permit_see_status_export_calendar_and_mark_done(sqlite_url, trees):
    import icalendar

    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        n = 0
        api.push_message(USER, "/track")
        assert "О какой услуге речь" in await reply(api, n)
        n = len(api.sent_texts(USER))
        api.press(USER, "Разрешение трудовому иммигранту")
        assert "Что сохранить" in await reply(api, n)
        n = len(api.sent_texts(USER))
        api.press(USER, "Моё разрешение на работу")
        await reply(api, n)
        n = len(api.sent_texts(USER))
        api.push_message(USER, "31.12.2026")
        await reply(api, n)
        n = len(api.sent_texts(USER))
        api.push_message(USER, "6")
        text = await reply(api, n)
        assert "надёжно — 02.12.2026; по буквальному счёту — 01.12.2026" in text  # the window, safe first
        n = len(api.sent_texts(USER))
        api.press(USER, "🔔 Напомнить о сроках")
        assert "Ближайшее напоминание — 21.12.2026" in await reply(api, n)  # today is 10.12.2026
        n = len(api.sent_texts(USER))

        api.push_message(USER, "/status")
        text = await reply(api, n)
        # the safe dates lead (D-29 to the working day on or before D-6), the literal limit follows
        assert "надёжно с 02.12.2026 по 25.12.2026" in text and "до 26.12.2026" in text and "следующее напоминание: 21.12.2026" in text
        n = len(api.sent_texts(USER))

        api.push_message(USER, "/calendar")
        await api.wait_until(lambda: api.calls("sendDocument"), what="the .ics")
        upload = next(r for r in api.requests if r.method == "sendDocument")
        cal = icalendar.Calendar.from_ical(next(iter(upload.files.values())).content)
        days = sorted(e.decoded("dtstart") for e in cal.walk("VEVENT"))
        assert days == [dt.date(2026, 12, 21), dt.date(2026, 12, 25), dt.date(2026, 12, 31)]

        api.push_callback(USER, "t:x:999999", check_button=False)  # someone else's or no item
        await api.wait_until(lambda: not api.open_callbacks, what="the forged press answered")
        n = len(api.sent_texts(USER))
        api.push_message(USER, "/status")
        await reply(api, n)
        # change the dates: the same item, re-planned, not a second one
        n = len(api.sent_texts(USER))
        api.press(USER, "✏️ 1")
        assert "последний день действия" in await reply(api, n)
        n = len(api.sent_texts(USER))
        api.push_message(USER, "31.01.2027")
        await reply(api, n)
        n = len(api.sent_texts(USER))
        api.push_message(USER, "6")
        await reply(api, n)
        n = len(api.sent_texts(USER))
        api.press(USER, "🔔 Напомнить о сроках")
        # the extension window opens on 01.01.2027, a holiday (and 04.01 is its day off
        # in lieu of Saturday 02.01): the reminder that it is open comes on 05.01.2027
        assert "Ближайшее напоминание — 05.01.2027" in await reply(api, n)
        n = len(api.sent_texts(USER))
        api.push_message(USER, "/status")
        text = await reply(api, n)
        assert "Разрешение до 31.01.2027" in text and "31.12.2026" not in text and "\n\n2." not in text
        n = len(api.sent_texts(USER))

        api.press(USER, "✅ 1")
        text = await reply(api, n)
        # which item: its name, not «Моё» (audit stop 23 M5)
        assert "Запись «Разрешение трудовому иммигранту» отмечена выполненной" in text and "✅ выполнено" in text
        assert "\n\n1. Разрешение трудовому иммигранту\n   Разрешение до 31.01.2027" in text
        done = next(m for m in reversed(list(api.chats[USER].values())) if "отмечена выполненной" in m.get("text", ""))
        outbox = app.dispatcher["tracking"].outbox
        (item,) = await app.dispatcher["tracking"].items.list(USER)
        assert {r.status for r in await outbox.for_item(item.id)} == {"cancelled"}

        # a mis-tap taken back: the reminders are planned again from the item's own dates
        n = len(api.sent_texts(USER))
        api.press(USER, "↩️ Вернуть напоминания", message_id=done["message_id"])
        assert "Ближайшее напоминание — 05.01.2027" in await reply(api, n)
        (item,) = await app.dispatcher["tracking"].items.list(USER)
        assert item.status == "active" and {r.status for r in await outbox.for_item(item.id)} == {"pending"}
        n = len(api.sent_texts(USER))
        api.press(USER, "↩️ Вернуть напоминания", message_id=done["message_id"])  # again: nothing twice
        await api.wait_until(lambda: not api.open_callbacks, what="the second press answered")
        await asyncio.sleep(0.2)
        assert not any("Ближайшее напоминание" in t for t in api.sent_texts(USER)[n:])

        # 🗑 asks first; "keep it" brings the list back; "yes" deletes
        page = api.last_bot_message(USER)
        api.press(USER, "🗑 1", message_id=page["message_id"])
        await api.wait_until(lambda: "вместе с её напоминаниями?" in api.chats[USER][page["message_id"]]["text"], what="the question")
        assert len(await app.dispatcher["tracking"].items.list(USER)) == 1  # nothing deleted by 🗑 alone
        api.press(USER, "⬅️ Не удалять", message_id=page["message_id"])
        await api.wait_until(lambda: "Разрешение до 31.01.2027" in api.chats[USER][page["message_id"]]["text"], what="the list again")
        api.press(USER, "🗑 1", message_id=page["message_id"])
        await api.wait_until(lambda: "вместе с её напоминаниями?" in api.chats[USER][page["message_id"]]["text"], what="asked again")
        n = len(api.sent_texts(USER))
        api.press(USER, "🗑 Да, удалить", message_id=page["message_id"])
        assert "удалена вместе с её напоминаниями" in await reply(api, n)
        assert await app.dispatcher["tracking"].items.list(USER) == []
        assert api.violations == []


async def test_menu_in_the_middle_of_a_dialog_keeps_it_one_back_away(sqlite_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        api.push_message(USER, "/start", language_code="ru")
        await reply(api, 0)
        api.press(USER, "👷 Иностранец, хочу работать")
        await api.wait_until(lambda: "Где или как" in api.last_bot_message(USER)["text"], what="a question")
        api.press(USER, "В доме у частного лица")
        await api.wait_until(lambda: "Кто вы?" in api.last_bot_message(USER)["text"], what="the service's question")
        api.press(USER, "Я иностранец, хочу работать")
        await api.wait_until(lambda: "Гражданином какой страны" in api.last_bot_message(USER)["text"], what="the next question")
        before = await app.dispatcher["conversation"].sessions.load(USER)

        for leave in ("/menu", "/start"):
            n = len(api.sent_texts(USER))
            api.push_message(USER, leave)
            assert "Выберите, кто вы" in await reply(api, n)
            api.press(USER, "⬅️ Назад")  # the menu leads back to where the user was
            await api.wait_until(lambda: "Гражданином какой страны" in api.last_bot_message(USER)["text"], what="the question again")
            assert await app.dispatcher["conversation"].sessions.load(USER) == before  # every answer kept
        assert api.violations == []


async def test_done_from_a_reminder_can_be_taken_back(sqlite_url, trees):
    """✅ on a reminder stops the item's reminders like ✅ in /status, with the same one
    tap to take a mis-tap back."""
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        tracking = app.dispatcher["tracking"]
        api.push_message(USER, "/start")
        await reply(api, 0)
        item = await tracking.items.save(USER, "labour-permit", "permit", {"expiry": dt.date(2027, 1, 31), "cumulative_months": 6},
                                         label="Айгерим", today=TODAY)
        reminder = (await tracking.outbox.for_item(item.id))[0]
        n = len(api.sent_texts(USER))
        api.push_callback(USER, f"r:d:{reminder.id}", check_button=False)
        await reply(api, n)
        assert "Запись «Айгерим: Разрешение трудовому иммигранту» отмечена выполненной" in api.last_bot_message(USER)["text"]
        assert {r.status for r in await tracking.outbox.for_item(item.id)} == {"cancelled"}
        n = len(api.sent_texts(USER))
        api.press(USER, "↩️ Вернуть напоминания")
        assert "Ближайшее напоминание" in await reply(api, n)
        assert {r.status for r in await tracking.outbox.for_item(item.id)} == {"pending"}
        assert api.violations == []


async def test_remind_me_tomorrow_is_refused_on_a_last_day_and_works_on_an_ordinary_one(sqlite_url, trees):
    """A button from before the last-day reminders lost ⏰: pressed on the safe last day,
    it says tomorrow is too late and moves nothing; on the window's opening it snoozes."""
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        tracking, item, rows = await started_with_a_permit(api, app)
        last, opens = rows["extension-last-working-day"], rows["extension-opens"]
        api.push_callback(USER, f"r:s:{last.id}", check_button=False)
        await api.wait_until(lambda: not api.open_callbacks, what="the press answered")
        assert "поздно" in api.calls("answerCallbackQuery")[-1]["text"]
        moved = {r.occasion: r for r in await tracking.outbox.for_item(item.id)}
        assert moved["extension-last-working-day"].send_after == last.send_after
        await delivered(tracking, opens.id)  # ⏰ is on a reminder that went out
        n = len(api.sent_texts(USER))
        api.push_callback(USER, f"r:s:{opens.id}", check_button=False)
        assert "напомню завтра" in await reply(api, n)
        moved = {r.occasion: r for r in await tracking.outbox.for_item(item.id)}
        assert moved["extension-opens"].send_after != opens.send_after and moved["extension-opens"].status == "pending"
        # pressed again (a double tap): said once, as a toast; moved once
        api.push_callback(USER, f"r:s:{opens.id}", check_button=False)
        await api.wait_until(lambda: not api.open_callbacks, what="the press answered")
        assert "напомню завтра" in api.calls("answerCallbackQuery")[-1]["text"] and len(api.sent_texts(USER)) == n + 1
        assert {r.occasion: r for r in await tracking.outbox.for_item(item.id)}["extension-opens"].send_after == moved["extension-opens"].send_after
        assert api.violations == []


async def started_with_a_permit(api, app):
    """/start, and a labour permit to 31.01.2027 tracked: (tracking, the item, its reminder rows by occasion)."""
    tracking = app.dispatcher["tracking"]
    api.push_message(USER, "/start")
    await reply(api, 0)
    item = await tracking.items.save(USER, "labour-permit", "permit", {"expiry": dt.date(2027, 1, 31), "cumulative_months": 6}, today=TODAY)
    return tracking, item, {r.occasion: r for r in await tracking.outbox.for_item(item.id)}


async def delivered(tracking, reminder_id: int) -> None:
    """The reminder row as the dispatcher leaves it once its message went out."""
    from sqlalchemy import update

    from storage.models import Reminder

    async with tracking.outbox.db.sessions.begin() as s:
        await s.execute(update(Reminder).where(Reminder.id == reminder_id).values(status="sent"))


async def test_remind_me_tomorrow_after_done_neither_promises_nor_rearms(sqlite_url, trees):
    """Audit (stop 28): ✅ on a reminder, then ⏰ on the same message said «напомню
    завтра» and set the cancelled row pending again. Now it says the item is done, and
    nothing is planned; ✅ pressed twice says "done" once."""
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        tracking, item, rows = await started_with_a_permit(api, app)
        opens = rows["extension-opens"]
        await delivered(tracking, opens.id)
        n = len(api.sent_texts(USER))
        api.push_callback(USER, f"r:d:{opens.id}", check_button=False)
        api.push_callback(USER, f"r:d:{opens.id}", check_button=False)
        await api.wait_until(lambda: not api.open_callbacks, what="both presses answered")
        await asyncio.sleep(0.3)
        assert sum("отмечена выполненной" in t for t in api.sent_texts(USER)[n:]) == 1
        n = len(api.sent_texts(USER))
        api.push_callback(USER, f"r:s:{opens.id}", check_button=False)
        await api.wait_until(lambda: not api.open_callbacks, what="the press answered")
        assert "выполненной" in api.calls("answerCallbackQuery")[-1]["text"] and len(api.sent_texts(USER)) == n
        assert "pending" not in {r.status for r in await tracking.outbox.for_item(item.id)}  # nothing re-armed
        assert api.violations == []
