"""Three answers that told too little or the wrong thing, through the real bot and the
Bot API double:
- a staff member's /forget says their staff role goes too (an admin's, from ADMIN_IDS,
  stays, and someone with no role is not told about one);
- worker rows typed after /roster are told that workers come from a CSV or XLSX file,
  and nothing of the dialog is lost;
- a roster file with only its header is told it holds no worker, with no heading for
  rows with errors."""

from __future__ import annotations

import io

from tests.botapi_double import BotAPIDouble
from tests.test_e2e_telegram import TOKEN, running_bot

ADMIN, STAFF, NOBODY = 7401, 7402, 7403
ROLE_LINE = "👤 Роль сотрудника контакт-центра тоже будет удалена: /stats и /link перестанут работать для вас. Вернуть роль может только администратор бота."
TYPED_ANSWER = ("Работников я добавляю только из файла CSV или XLSX (Excel), а не из сообщения, поэтому из этого текста ничего "
                "не сохранено. Сообщение осталось в чате: скопируйте строки в таблицу (образец — файл workers.csv выше), "
                "сохраните её как CSV или XLSX и пришлите файлом. Какие нужны колонки — /roster.")
EMPTY = "В файле нет ни одного работника. Нужна строка с названиями колонок, а под ней — строки с работниками."


async def say(api, user: int, text: str) -> list[str]:
    """What the bot sent back to `text`."""
    n = len(api.sent_texts(user))
    api.push_message(user, text, language_code="ru")
    await api.wait_until(lambda: len(api.sent_texts(user)) > n, what=f"a reply to {text!r}")
    await api.settled()
    return api.sent_texts(user)[n:]


async def send_file(api, app, user: int, data: bytes, name: str = "workers.csv") -> list[str]:
    async def download(*_a, **_kw):
        return io.BytesIO(data)

    app.bot.download = download
    n = len(api.sent_texts(user))
    doc = {"file_id": f"f{user}{len(data)}", "file_unique_id": f"u{user}{len(data)}", "file_name": name, "file_size": len(data)}
    api._enqueue({"message": api._store(user, {"from": api._user(user, "HR", "ru"), "document": doc})})
    await api.wait_until(lambda: len(api.sent_texts(user)) > n, what="the import's reply")
    await api.settled()
    return api.sent_texts(user)[n:]


# -- /forget of a staff member ----------------------------------------------------

async def test_a_staff_members_forget_says_the_role_goes_too(sqlite_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees, admin_ids=str(ADMIN), link_secret="k"):
        for user in (ADMIN, STAFF, NOBODY):
            await say(api, user, "/start")
        await say(api, ADMIN, f"/staff add {STAFF}")

        (asked,) = await say(api, STAFF, "/forget")
        assert asked.split("\n\n")[-2:] == [ROLE_LINE, "Это нельзя отменить."]
        for user in (ADMIN, NOBODY):  # the admin stays one (ADMIN_IDS); the other has no role to lose
            (asked,) = await say(api, user, "/forget")
            assert "Роль сотрудника" not in asked and asked.startswith("Удалить всё, что бот хранит о вас")

        # what it said comes true: yes, and /stats is a staff member's no more
        api.press(STAFF, "Да, удалить")
        await api.settled()
        assert await say(api, STAFF, "/stats") == ["Эта команда только для сотрудников контакт-центра."]
        assert api.violations == []


# -- worker rows typed after /roster ------------------------------------------------

async def test_worker_rows_typed_after_roster_are_told_to_come_as_a_file(sqlite_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        await say(api, NOBODY, "/start")
        # before /roster, a date typed at the menu is the dialog's to answer (the menu's
        # "not understood" refusal, not the roster's "send a file")
        assert "Не понял ваш вопрос" in (await say(api, NOBODY, "31.12.2026"))[-1]
        shown = api.last_bot_message(NOBODY)["message_id"]  # the menu again, under the hint

        await say(api, NOBODY, "/roster")
        screen = await app.dispatcher["conversation"].sessions.load(NOBODY)
        for typed in ("ФИО;Действует до\nАзиз;31.12.2026", "Азиз 31.12.2026", "31.12.2026", "Азиз\tБек"):
            assert await say(api, NOBODY, typed) == [TYPED_ANSWER]
        # nothing imported, nothing of the dialog lost: the menu above still answers its buttons
        assert await app.dispatcher["employers"].companies.workers(NOBODY) == []
        assert await app.dispatcher["conversation"].sessions.load(NOBODY) == screen
        before = api.chats[NOBODY][shown]["text"]
        api.press(NOBODY, "🏢 Работодатель", message_id=shown)
        await api.settled()
        assert api.calls("answerCallbackQuery")[-1].get("text") is None  # not "out of date"
        assert api.chats[NOBODY][shown]["text"] != before  # the menu moved on, in place
        # a question typed after /roster, a date in it, is still the dialog's (not taken for a row)
        assert (await say(api, NOBODY, "что делать, если разрешение до 31.12.2026?")) != [TYPED_ANSWER]

        # once a file came, typed text is the dialog's again
        await send_file(api, app, NOBODY, "ФИО;Действует до\nАзиз;31.12.2026\n".encode())
        assert await say(api, NOBODY, "Бек 31.12.2026") != [TYPED_ANSWER]
        assert api.violations == []


# -- a roster file with only its header ----------------------------------------------

async def test_a_roster_with_only_its_header_is_told_it_holds_no_worker(sqlite_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        await say(api, NOBODY, "/start")
        assert await send_file(api, app, NOBODY, "ФИО;Действует до\n".encode()) == [EMPTY]
        assert await send_file(api, app, NOBODY, b"", name="empty.csv") == [EMPTY]
        # a file with rows and a bad one still lists it under its heading
        reply = "\n".join(await send_file(api, app, NOBODY, "ФИО;Действует до\nАзиз;31.12.2026\nБек;31.13.2026\n".encode()))
        assert "Добавлено работников: 1." in reply and "Не добавлены строки с ошибками:\nСтрока 3:" in reply
        assert api.violations == []
