"""Tracking through the real bot and the Bot API double: an edit into another kind,
forged callback ids, /status in pages, a roster whose reply is long."""

import io

from tests.botapi_double import BotAPIDouble
from tests.test_e2e_telegram import TOKEN, USER, reply, running_bot


def _buttons(api) -> list[dict]:
    return [b for p in api.calls("sendMessage") if p.get("reply_markup") for row in p["reply_markup"]["inline_keyboard"] for b in row]


async def test_an_edit_into_another_kind_keeps_status_and_calendar_working(sqlite_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees):
        n = 0
        for step in ("/track", "Разрешение трудовому иммигранту", "Моё разрешение на работу", "31.12.2026", "6", "🔔 Напомнить о сроках"):
            (api.push_message if step[0] in "/0123456789" else api.press)(USER, step)
            await reply(api, n)
            n = len(api.sent_texts(USER))
        api.push_message(USER, "/status")
        await reply(api, n)
        n = len(api.sent_texts(USER))
        # ✏️, then back to "what to save" and another kind
        for step in ("✏️ 1", "⬅️ Назад", "Поданное заявление (жду решения)", "09.12.2026", "В рабочее время", "🔔 Напомнить о сроках"):
            (api.push_message if step[0] in "0123456789" else api.press)(USER, step)
            await reply(api, n)
            n = len(api.sent_texts(USER))
        api.push_message(USER, "/status")
        text = await reply(api, n)
        assert "Заявление подано" in text and "Разрешение до" not in text and "\n\n2." not in text
        n = len(api.sent_texts(USER))
        api.push_message(USER, "/calendar")
        await api.wait_until(lambda: api.calls("sendDocument"), what="the .ics")
        assert not any("Что-то пошло не так" in t for t in api.sent_texts(USER))
        assert api.violations == []


async def test_callback_ids_out_of_range_are_answered_as_stale(sqlite_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees):
        api.push_message(USER, "/start")
        await api.wait_for_sent(1, chat_id=USER)
        n = len(api.sent_texts(USER))
        for data in ("t:d:" + "9" * 40, "t:x:99999999999999999999", "r:o:" + "1" * 25, "t:e:-5", "t:e:１２", "r:s:", "t:p:" + "9" * 30):
            api.push_callback(USER, data, check_button=False)
        await api.wait_until(lambda: not api.open_callbacks, what="every press answered")
        answers = api.calls("answerCallbackQuery")
        assert len(answers) == 7 and all("устарела" in a.get("text", "") for a in answers[:6])
        assert len(api.sent_texts(USER)) == n  # nothing else happened: no error message
        assert api.errors == [] and api.violations == []


async def test_status_comes_in_pages_with_buttons_between_them(sqlite_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        api.push_message(USER, "/start")
        await api.wait_for_sent(1, chat_id=USER)
        rows = "".join(f"{'Работник с очень длинным именем'} {n};{1 + n % 28:02d}.01.2027;6\n" for n in range(27))
        await app.dispatcher["tracking"].import_roster(USER, ("name;permit_expiry;months_total\n" + rows).encode(), "ru")
        n = len(api.sent_texts(USER))
        api.push_message(USER, "/status")
        first = await reply(api, n)
        assert first.startswith("Ваши разрешения") and "Страница 1 из" in first
        page = api.last_bot_message(USER)["message_id"]
        messages = len(api.chats[USER])
        n = len(api.sent_texts(USER))
        api.press(USER, "Дальше ▶️")
        second = await reply(api, n)
        assert "Страница 2 из" in second and "\n\n1. " not in second
        # the page turns in the same message: nothing new piles up in the chat
        assert api.calls("editMessageText")[-1]["message_id"] == page and len(api.chats[USER]) == messages
        n = len(api.sent_texts(USER))
        api.press(USER, "◀️ Назад", message_id=page)
        assert "Страница 1 из" in await reply(api, n)
        assert api.chats[USER][page]["text"].startswith("Ваши разрешения") and len(api.chats[USER]) == messages
        assert all(len(t) <= 4096 for t in api.sent_texts(USER))
        assert all(len(b["callback_data"].encode()) <= 64 for b in _buttons(api))
        await api.wait_until(lambda: not api.open_callbacks, what="every press answered")
        assert api.violations == []


async def test_a_roster_with_300_bad_lines_tells_what_was_imported(sqlite_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        api.push_message(USER, "/start")
        await api.wait_for_sent(1, chat_id=USER)
        bad = "".join(f"Работник номер {n} с длинным именем и фамилией;31.02.2026;6\n" for n in range(300))
        data = ("name;permit_expiry;months_total\nАйгерим Б.;31.12.2026;6\n" + bad + "Болат;31.01.2027;3\n").encode()

        async def download(*_a, **_kw):
            return io.BytesIO(data)

        app.bot.download = download
        n = len(api.sent_texts(USER))
        user = api._user(USER, "Test", "ru")
        doc = {"file_id": "f1", "file_unique_id": "u1", "file_name": "workers.csv", "file_size": len(data)}
        api._enqueue({"message": api._store(USER, {"from": user, "document": doc})})
        await api.wait_until(lambda: any(t.startswith("Работников: 2") for t in api.sent_texts(USER)[n:]), what="the workers after the import")
        texts = api.sent_texts(USER)[n:]
        assert texts[0].startswith("Добавлено работников: 2")
        assert all(len(t) <= 4096 for t in texts) and api.errors == []
        assert "ещё строк с ошибками" in "\n".join(texts)


async def test_track_another_service_saves_only_on_the_press_and_twice_is_one_item(sqlite_url, trees, monkeypatch):
    """/track -> kandas -> my status: the dates are shown as not yet saved; the press
    saves; a second press at once (a double tap) is answered with a notice and sends
    nothing; a press later says it is already saved; /status has one item."""
    from bot.telegram.handlers import dialog

    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees):
        n = 0
        api.push_message(USER, "/track")
        assert "О какой услуге речь" in await reply(api, n)
        n = len(api.sent_texts(USER))
        api.press(USER, "Статус кандаса")
        await reply(api, n)
        n = len(api.sent_texts(USER))
        api.press(USER, "Мой статус (удостоверение)")
        await reply(api, n)
        n = len(api.sent_texts(USER))
        api.push_message(USER, "31.03.2027")
        shown = await reply(api, n)
        assert "Пока ничего не сохранено" in shown and "31.03.2027" in shown and "Готово" not in shown
        result_id = api.last_bot_message(USER)["message_id"]
        n = len(api.sent_texts(USER))
        api.press(USER, "🔔 Напомнить о сроках", message_id=result_id)
        assert "Готово, сохранено" in await reply(api, n)
        n = len(api.sent_texts(USER))
        api.press(USER, "🔔 Напомнить о сроках", message_id=result_id)
        await api.wait_until(lambda: not api.open_callbacks, what="the second press answered")
        assert api.calls("answerCallbackQuery")[-1]["text"] == "🔔 Уже сохранено — подтверждение чуть выше."
        assert len(api.sent_texts(USER)) == n  # no second confirmation under the first
        monkeypatch.setattr(dialog, "DOUBLE_TAP_SECONDS", 0.0)  # pressed again later, on purpose
        api.press(USER, "🔔 Напомнить о сроках", message_id=result_id)
        assert "Это уже сохранено" in await reply(api, n)
        n = len(api.sent_texts(USER))
        api.push_message(USER, "/status")
        text = await reply(api, n)
        assert "Статус кандаса действует до 31.03.2027" in text and "\n\n2." not in text
        assert api.violations == []


async def test_a_date_corrected_after_saving_offers_to_delete_the_earlier_item(sqlite_url, trees):
    """Saved, then one answer corrected and saved again: the confirmation says the same
    permit is already tracked with the old dates (its reminders would keep coming) and
    carries 🗑 for it. Pressed twice at once it asks once; "yes" leaves one item."""
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees):
        n = 0
        steps = ("/track", "Разрешение трудовому иммигранту", "Моё разрешение на работу", "20.01.2027", "6", "🔔 Напомнить о сроках",
                 "✏️ Изменить ответ", "✏️ 20.01.2027", "21.01.2027", "🔔 Напомнить о сроках")
        result = None
        for step in steps:
            if step[0] in "/0123456789":
                api.push_message(USER, step)
            else:
                # the result screen's buttons stay on it; the confirmation comes below it
                api.press(USER, step, message_id=result if step == "✏️ Изменить ответ" else None)
            text = await reply(api, n)
            n = len(api.sent_texts(USER))
            if step in ("6", "21.01.2027"):
                result = api.last_bot_message(USER)["message_id"]
        assert text.startswith("Готово, сохранено") and "Разрешение до 21.01.2027" in text
        assert "Это же уже сохранено раньше, с другими датами:\nРазрешение до 20.01.2027" in text
        saved = api.last_bot_message(USER)
        # two presses of 🗑 at once: one question, both presses answered
        api.press(USER, "🗑 Удалить прежнее", message_id=saved["message_id"])
        api.press(USER, "🗑 Удалить прежнее", message_id=saved["message_id"])
        question = await reply(api, n)
        await api.wait_until(lambda: not api.open_callbacks, what="both presses answered")
        assert question.startswith("Удалить") and len(api.sent_texts(USER)) == n + 1
        # the confirmation stays as it was: the question is a message of its own
        assert api.chats[USER][saved["message_id"]]["text"] == text
        n = len(api.sent_texts(USER))
        api.press(USER, "🗑 Да, удалить")
        await reply(api, n)
        api.push_message(USER, "/status")
        await api.wait_until(lambda: api.sent_texts(USER)[-1].startswith("Ваши разрешения"), what="/status")
        status = api.sent_texts(USER)[-1]
        assert "до 21.01.2027" in status and "до 20.01.2027" not in status and "\n\n2." not in status
        assert api.errors == [] and api.violations == []
