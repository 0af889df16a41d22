"""Privacy through the real bot: /forget leaves nothing behind (database, write-behind
buffer, conversation state in every chat, the per-chat command menu), and only people
who open the bot in a private chat are stored."""

import logging

import pytest
from aiogram.fsm.storage.base import StorageKey

from tests.botapi_double import BotAPIDouble
from tests.test_e2e_telegram import TOKEN, USER, reply, running_bot

BOT_ID = int(TOKEN.split(":")[0])
GROUP = -100777


async def _walk_into_a_dialog(api) -> int:
    api.push_message(USER, "/start")
    await reply(api, 0)
    # the last answer: not an EAEU citizen, so a permit is needed
    for label in ("📋 Все услуги списком", "Работа: разрешения, учёт", "Разрешение трудовому иммигранту",
                  "Я иностранец, хочу работать", "Другая страна"):
        n = len(api.sent_texts(USER))
        api.press(USER, label)
        text = await reply(api, n)
    assert "У вас уже есть разрешение" in text
    return len(api.sent_texts(USER))


@pytest.mark.parametrize("backend", ["memory", "redis"])
async def test_forget_leaves_nothing_that_brings_the_old_dialog_back(backend, sqlite_url, pg_url, redis_url, trees):
    database_url, fsm_url = (sqlite_url, None) if backend == "memory" else (pg_url, redis_url)
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, database_url, trees, fsm_url) as app:
        sessions = app.dispatcher["conversation"].sessions
        sessions.interval = 60  # the step is still in the write-behind buffer when /forget comes
        storage = app.dispatcher.storage
        # state the same user left in another chat (a group the bot once saw them in)
        group_key = StorageKey(bot_id=BOT_ID, chat_id=GROUP, user_id=USER)
        await storage.set_data(group_key, {"dialog": {"node": "old"}})
        n = await _walk_into_a_dialog(api)

        api.push_message(USER, "/language")
        await reply(api, n)
        n = len(api.sent_texts(USER))
        api.press(USER, "Русский")
        await reply(api, n)
        await api.wait_until(lambda: api.calls("setMyCommands"), what="the per-chat menu")
        n = len(api.sent_texts(USER))

        api.push_message(USER, "/forget")
        await reply(api, n)
        n = len(api.sent_texts(USER))
        api.press(USER, "Да, удалить")
        await reply(api, n)
        n = len(api.sent_texts(USER))

        deleted = api.calls("deleteMyCommands")
        assert deleted and deleted[-1]["scope"] == {"type": "chat", "chat_id": USER}
        assert await storage.get_data(group_key) == {}
        assert await sessions.load(USER) is None

        # their next message starts afresh, it does not resume the old dialog
        api.push_message(USER, "привет")
        text = await reply(api, n)
        assert "У вас уже есть разрешение" not in text
        assert await sessions.flush() is True  # the flush is not stuck on their deleted rows
        assert api.violations == []


async def test_only_private_chats_create_a_user(sqlite_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        users = app.dispatcher["users"]
        stranger = {"id": 7007, "is_bot": False, "first_name": "G", "language_code": "kk"}
        group = {"id": GROUP, "type": "supergroup", "title": "workers"}
        api._enqueue({"message": {"message_id": 1, "date": 1, "chat": group, "from": stranger, "text": "/start@test_bot"}})
        api._enqueue({"chat_join_request": {"chat": group, "from": stranger, "user_chat_id": 7007, "date": 1}})
        api._enqueue({"message_reaction": {"chat": group, "message_id": 1, "user": stranger, "date": 1,
                                           "old_reaction": [], "new_reaction": [{"type": "emoji", "emoji": "👍"}]}})
        api._enqueue({"inline_query": {"id": "iq1", "from": stranger, "query": "x", "offset": ""}})
        # a private message after them: once it is answered, the others were handled
        api.push_message(USER, "/start")
        await api.wait_for_sent(1, chat_id=USER)
        assert await users.get(7007) is None
        assert await users.get(USER) is not None
        # when the stranger opens the bot in private, they get a row, in their language
        api.push_message(7007, "/start", language_code="kk")
        texts = await api.wait_for_sent(1, chat_id=7007)
        assert texts[0].startswith("Сәлеметсіз бе!")
        assert (await users.get(7007)).language == "kk"


async def test_sql_errors_are_logged_without_their_parameters(pg_url, caplog):
    from sqlalchemy.exc import DBAPIError

    from storage.db import Database
    from storage.repositories import DialogSessions

    db = Database(pg_url)
    await db.migrate()
    caplog.set_level(logging.INFO)
    try:
        with pytest.raises(DBAPIError) as raised:
            # no such user: a foreign key error whose parameters would be the id and the answers
            await DialogSessions(db).save(918273645, {"tree_id": "t", "tree_version": 1, "node": "n",
                                                      "answers": {"expiry": "2031-07-19"}, "history": []})
        message = str(raised.value)
        assert "2031-07-19" not in message and "918273645" not in message.split("DETAIL")[0]
    finally:
        await db.close()
