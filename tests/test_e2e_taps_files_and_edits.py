"""The Telegram layer as a migrant, an employer and a staff member use it (audit, stop 28):
a file sent to an operator, double taps outside the dialog, a staff link's tag, what a
typed answer does during a hand-off, /mydata's summary and file, an edit whose item
was deleted, an edited message. The real aiogram bot against the Bot API double."""

import asyncio
import contextlib
import datetime as dt
import json

from tests.botapi_double import BotAPIDouble
from tests.test_e2e_employers import send_file
from tests.test_e2e_telegram import TODAY, TOKEN, USER, reply, running_bot
from tests.test_handoff import ADMIN, OPS, RecordingPacer, VirtualTime, almaty, to_the_phone_screen, topics_made


async def settle(api, seconds: float = 0.3) -> None:
    await api.wait_until(lambda: not api.open_callbacks, what="every press answered")
    await asyncio.sleep(seconds)


@contextlib.asynccontextmanager
async def bot_with_operators(sqlite_url, trees):
    """The bot with an operators' forum group, at 10:00 on a working day (operators on duty)."""
    vt = VirtualTime(almaty(2026, 12, 10, 10, 0))
    async with BotAPIDouble(token=TOKEN) as api:
        api.add_forum(OPS)
        async with running_bot(api, sqlite_url, trees, admin_ids=str(ADMIN), operators_chat_id=OPS,
                               app_options={"pacer": RecordingPacer(vt), "clock": vt.utc}) as app:
            yield api, app


async def open_handoff(api) -> None:
    """A ☎️ screen, then "🙋 Ask a person"."""
    result = await to_the_phone_screen(api, USER, "ru")
    n = len(api.sent_texts(USER))
    api.press(USER, "🙋 Спросить человека", message_id=result["message_id"])
    await reply(api, n)


async def pressed_twice(api, label: str, message_id: int) -> list[str]:
    """A double tap: the button pressed twice at once; what the bot sent after it."""
    n = len(api.sent_texts(USER))
    api.press(USER, label, message_id=message_id)
    api.press(USER, label, message_id=message_id)
    await settle(api)
    return api.sent_texts(USER)[n:]


async def press_and_reply(api, label: str) -> str:
    n = len(api.sent_texts(USER))
    api.press(USER, label)
    return await reply(api, n)


async def test_a_file_sent_to_an_operator_reaches_the_operator_and_one_sent_to_the_bot_is_not_read_as_a_roster(sqlite_url, trees):
    async with bot_with_operators(sqlite_url, trees) as (api, app):
        # outside a hand-off: a scan is not a list of workers
        api.push_message(USER, "/start")
        await reply(api, 0)
        n = len(api.sent_texts(USER))
        await send_file(api, app, USER, b"%PDF-1.4 a scan", name="permit-scan.pdf")
        text = await reply(api, n)
        assert "только текст и кнопки" in text and "name" not in text and "работник" not in text.lower()
        # in a hand-off: the same file goes to the operator's topic, nothing is imported
        await open_handoff(api)
        await api.wait_until(lambda: topics_made(api), what="the topic")
        copies = len(api.calls("copyMessage"))
        n = len(api.sent_texts(USER))
        await send_file(api, app, USER, b"%PDF-1.4 a scan", name="permit-scan.pdf")
        await api.wait_until(lambda: len(api.calls("copyMessage")) > copies, what="the file passed on")
        await asyncio.sleep(0.3)
        assert api.calls("copyMessage")[-1]["chat_id"] == OPS
        assert not any("Добавлено работников" in t for t in api.sent_texts(USER)[n:])
        assert api.violations == [] and api.errors == []


async def test_typed_at_a_date_question_during_a_hand_off_is_said_to_go_to_the_operator_once(sqlite_url, trees):
    async with bot_with_operators(sqlite_url, trees) as (api, app):
        await open_handoff(api)
        n = len(api.sent_texts(USER))
        api.push_message(USER, "/track")
        await reply(api, n)
        await press_and_reply(api, "Разрешение трудовому иммигранту")
        await press_and_reply(api, "Моё разрешение на работу")
        n = len(api.sent_texts(USER))
        api.push_message(USER, "31.12.2026")
        note = await reply(api, n)
        assert note.startswith("Передал оператору. Чтобы ответить на вопрос бота, сначала завершите разговор")
        assert any(b["text"] == "✖️ Завершить разговор" for row in api.last_bot_message(USER)["reply_markup"]["inline_keyboard"] for b in row)
        n = len(api.sent_texts(USER))
        api.push_message(USER, "и ещё вопрос")
        await asyncio.sleep(0.5)
        assert api.sent_texts(USER)[n:] == []  # said once per conversation
        assert api.violations == [] and api.errors == []


async def test_double_taps_outside_the_dialog_answer_once(sqlite_url, trees):
    """✅ and ✏️ in /status, a language and a service from /services: each pressed twice
    at once is answered once."""
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        api.push_message(USER, "/start")
        await reply(api, 0)
        tracking = app.dispatcher["tracking"]
        for label in ("Айгерим", "Бек"):
            await tracking.items.save(USER, "labour-permit", "permit", {"expiry": dt.date(2027, 1, 31), "cumulative_months": 6},
                                      label=label, today=TODAY)
        n = len(api.sent_texts(USER))
        api.push_message(USER, "/status")
        await reply(api, n)
        page = api.last_bot_message(USER)["message_id"]
        assert sum("отмечена выполненной" in t for t in await pressed_twice(api, "✅ 1", page)) == 1
        assert sum("последний день действия" in t for t in await pressed_twice(api, "✏️ 2", page)) == 1
        # a language, twice: the picker becomes the confirmation, said once, one screen
        n = len(api.sent_texts(USER))
        api.push_message(USER, "/language")
        await reply(api, n)
        picker = api.last_bot_message(USER)["message_id"]
        sent = await pressed_twice(api, "English", picker)
        assert api.chats[USER][picker]["text"].startswith("Language") and not api.chats[USER][picker].get("reply_markup")
        assert len(sent) == 2 and sent[0].startswith("Language")  # the confirmation (the picker edited) and the screen
        # a service from /services, twice: one first question
        n = len(api.sent_texts(USER))
        api.push_message(USER, "/services")
        await reply(api, n)
        services = api.last_bot_message(USER)["message_id"]
        label = api.chats[USER][services]["reply_markup"]["inline_keyboard"][0][0]["text"]
        assert len(await pressed_twice(api, label, services)) == 1
        assert api.violations == [] and api.errors == []


async def test_a_staff_link_tag_without_a_service_or_with_other_letters_is_explained(sqlite_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees, link_secret="sec", admin_ids=str(USER)):
        api.push_message(USER, "/start")
        await reply(api, 0)
        for command, said in (("/link #office1", "Метку кампании пишут после услуги"),
                              ("/link labour-permit #алматы", "Метка кампании — от 1 до 16 латинских букв"),
                              ("/link labour-permit #", "Метка кампании — от 1 до 16 латинских букв")):
            n = len(api.sent_texts(USER))
            api.push_message(USER, command)
            text = await reply(api, n)
            assert text.startswith(said), (command, text)
            assert "Что-то пошло не так" not in text and "64" not in text
        assert api.violations == [] and api.errors == []


async def test_mydata_names_the_company_and_the_operator_conversations_and_its_file_holds_the_roster(sqlite_url, trees):
    async with bot_with_operators(sqlite_url, trees) as (api, app):
        await open_handoff(api)
        n = len(api.sent_texts(USER))
        await send_file(api, app, USER, "name;permit_expiry;months_total\nАйгерим;31.12.2026;6\nБолат;31.01.2027;3\n".encode(),
                        name="ТОО Стройка.csv")
        await api.wait_until(lambda: len(api.calls("copyMessage")) > 0, what="the file passed on")
        await app.dispatcher["handoff"].close((await app.dispatcher["handoff"].handoffs.current(USER)), by_operator=False)
        await send_file(api, app, USER, "name;permit_expiry;months_total\nАйгерим;31.12.2026;6\nБолат;31.01.2027;3\n".encode(),
                        name="ТОО Стройка.csv")
        await api.wait_until(lambda: any(t.startswith("Добавлено работников: 2") for t in api.sent_texts(USER)[n:]), what="the import")

        n = len(api.sent_texts(USER))
        api.push_message(USER, "/mydata")
        summary = await reply(api, n)
        assert "компания «ТОО Стройка»: вы владелец, работников в списке: 2, ежедневная сводка включена" in summary
        assert "разговоры с оператором: 1" in summary
        assert "company_members" not in summary and "handoff" not in summary
        await api.wait_until(lambda: api.calls("sendDocument"), what="the file")
        upload = [r for r in api.requests if r.method == "sendDocument"][-1]
        data = json.loads(next(iter(upload.files.values())).content)
        assert sorted(w["name"] for w in data["database"]["roster_workers"]) == ["Айгерим", "Болат"]
        assert [c["name"] for c in data["database"]["companies"]] == ["ТОО Стройка"]
        assert api.violations == [] and api.errors == []


async def test_dates_changed_for_an_item_deleted_meanwhile_are_saved_anew(sqlite_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        api.push_message(USER, "/start")
        await reply(api, 0)
        tracking = app.dispatcher["tracking"]
        await tracking.items.save(USER, "labour-permit", "permit", {"expiry": dt.date(2027, 1, 31), "cumulative_months": 6}, today=TODAY)
        n = len(api.sent_texts(USER))
        api.push_message(USER, "/status")
        await reply(api, n)
        page = api.last_bot_message(USER)["message_id"]
        n = len(api.sent_texts(USER))
        api.press(USER, "✏️ 1", message_id=page)
        await reply(api, n)
        n = len(api.sent_texts(USER))
        api.press(USER, "🗑 1", message_id=page)
        await reply(api, n)
        n = len(api.sent_texts(USER))
        api.press(USER, "🗑 Да, удалить", message_id=page)  # the page became the question
        await reply(api, n)
        assert await tracking.items.list(USER) == []
        for typed in ("28.02.2027", "6"):
            n = len(api.sent_texts(USER))
            api.push_message(USER, typed)
            await reply(api, n)
        saved = await press_and_reply(api, "🔔 Напомнить о сроках")
        assert saved.startswith("Готово, сохранено") and "не хватает дат" not in saved
        [item] = await tracking.items.list(USER)
        assert item.inputs["expiry"] == "2027-02-28"
        assert api.violations == [] and api.errors == []


async def test_an_edited_message_is_answered_and_changes_no_answer(sqlite_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        api.push_message(USER, "/track")
        await reply(api, 0)
        await press_and_reply(api, "Разрешение трудовому иммигранту")
        await press_and_reply(api, "Моё разрешение на работу")
        n = len(api.sent_texts(USER))
        api.push_message(USER, "31.12.2026")
        await reply(api, n)
        typed = [m for m in api.chats[USER].values() if m.get("text") == "31.12.2026"][-1]
        n = len(api.sent_texts(USER))
        api._enqueue({"edited_message": {**typed, "text": "31.01.2027", "edit_date": int(typed["date"]) + 5}})
        text = await reply(api, n)
        assert text.startswith("Изменённые сообщения я не читаю") and "Сколько месяцев" in text
        session = await app.dispatcher["conversation"].sessions.load(USER)
        assert session["answers"]["expiry"] == "2026-12-31"
        assert api.violations == [] and api.errors == []


async def test_a_too_early_result_pressed_after_the_window_opened_shows_todays_screen_and_says_why(sqlite_url, trees):
    """"Too early: file from 02.12" asked on 20.11 (a permit ending 31.12.2026, ¶20); on
    03.12 its 📄 button is pressed. The dates moved on: the toast and the screen say so,
    and the screen is today's question (the window is open), not "out of date" over a
    result that still says "too early" (engine.resume, Node.routed_by_today; stop 29)."""
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        days = {"today": dt.date(2026, 11, 20)}
        app.dispatcher["conversation"].engine.today = lambda: days["today"]
        n = 0
        api.push_message(USER, "/start")
        await reply(api, n)
        for step in ("👷 Иностранец, хочу работать", "В доме у частного лица", "Я иностранец, хочу работать", "Другая страна",
                     "Да, действующее", "31.12.2026", "6"):
            n = len(api.sent_texts(USER))
            (api.push_message if step[0].isdigit() else api.press)(USER, step)
            await (reply(api, n) if step[0].isdigit() else settle(api))
        result = api.last_bot_message(USER)
        assert "Продлевать пока рано" in result["text"], result["text"]
        days["today"] = dt.date(2026, 12, 3)
        n = len(api.sent_texts(USER))
        api.press(USER, next(b["text"] for row in result["reply_markup"]["inline_keyboard"] for b in row
                             if b["text"].startswith("📄")), message_id=result["message_id"])
        text = await reply(api, n)
        assert text.startswith("ℹ️ Этот ответ был на день, когда вы спрашивали") and "Окно продления открыто" in text
        assert "устарела" not in text
        toasts = [a.get("text", "") for a in api.calls("answerCallbackQuery")]
        assert toasts[-1] == "Сроки с того дня сдвинулись."
        assert api.errors == [] and api.violations == []


async def test_a_number_typed_at_a_too_early_result_after_the_window_opened_is_not_taken_as_an_answer(sqlite_url, trees):
    """The same screen as above, answered by typing on 03.12: "2" was meant for the old
    screen's buttons (or for nothing), not for today's months question: the user is told
    the dates moved on and sees the question; no answer is taken from it."""
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        days = {"today": dt.date(2026, 11, 20)}
        app.dispatcher["conversation"].engine.today = lambda: days["today"]
        api.push_message(USER, "/start")
        await reply(api, 0)
        for step in ("👷 Иностранец, хочу работать", "В доме у частного лица", "Я иностранец, хочу работать", "Другая страна",
                     "Да, действующее", "31.12.2026", "6"):
            n = len(api.sent_texts(USER))
            (api.push_message if step[0].isdigit() else api.press)(USER, step)
            await (reply(api, n) if step[0].isdigit() else settle(api))
        days["today"] = dt.date(2026, 12, 3)
        n = len(api.sent_texts(USER))
        api.push_message(USER, "2")
        text = await reply(api, n)
        assert text.startswith("ℹ️ Этот ответ был на день, когда вы спрашивали") and "На сколько месяцев" in text
        saved = await app.dispatcher["conversation"].sessions.load(USER)
        assert saved["node"] == "extension-months" and "extension_months" not in saved["answers"]
        # the next number answers today's question
        n = len(api.sent_texts(USER))
        api.push_message(USER, "3")
        assert "Когда вы подадите" in await reply(api, n)
        assert (await app.dispatcher["conversation"].sessions.load(USER))["answers"]["extension_months"] == 3
        assert api.errors == [] and api.violations == []
