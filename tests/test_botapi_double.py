"""The Bot API double must accept what Telegram accepts and reject what Telegram rejects."""

from __future__ import annotations

import asyncio
import time

import aiohttp
import pytest
import pytest_asyncio
from aiogram import Bot
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError, TelegramRetryAfter
from aiogram.types import (BotCommand, BotCommandScopeChat, BotCommandScopeDefault, BufferedInputFile,
                           InlineKeyboardButton, InlineKeyboardMarkup, MenuButtonCommands)

from tests.botapi_double import BotAPIDouble

TOKEN = "123:ABC"
USER = 42


@pytest_asyncio.fixture
async def api():
    async with BotAPIDouble(token=TOKEN) as double:
        yield double


@pytest_asyncio.fixture
async def bot(api):
    session = AiohttpSession(api=TelegramAPIServer.from_base(api.base_url))
    # The bot's own defaults: link_preview_is_disabled makes aiogram send a legacy field too.
    bot = Bot(TOKEN, session=session, default=DefaultBotProperties(link_preview_is_disabled=True))
    yield bot
    await bot.session.close()


async def raw_post(api: BotAPIDouble, method: str, **kw) -> tuple[int, dict]:
    """Bypass aiogram's client-side models to reach the server-side checks."""
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{api.base_url}/bot{TOKEN}/{method}", **kw) as resp:
            return resp.status, await resp.json()


def keyboard(*data: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text=d[:10], callback_data=d)] for d in data])


@pytest.mark.asyncio
async def test_get_me_and_send_message_through_aiogram(api, bot):
    me = await bot.get_me()
    assert (me.id, me.is_bot, me.username) == (123, True, "test_bot")

    first = await bot.send_message(USER, "Привет", reply_markup=keyboard("lang:ru"))
    second = await bot.send_message(USER, "Ещё")
    assert (first.message_id, second.message_id) == (1, 2)
    assert first.chat.id == USER and first.chat.type == "private" and first.from_user.id == 123
    assert first.reply_markup.inline_keyboard[0][0].callback_data == "lang:ru"

    assert api.calls("sendMessage")[0]["reply_markup"] == {
        "inline_keyboard": [[{"text": "lang:ru", "callback_data": "lang:ru"}]]}
    assert api.sent_texts(USER) == ["Привет", "Ещё"]
    assert api.violations == [] and api.errors == []


@pytest.mark.asyncio
async def test_text_over_4096_characters_is_rejected(api, bot):
    with pytest.raises(TelegramBadRequest, match="4097 characters"):
        await bot.send_message(USER, "я" * 4097)
    status, body = await raw_post(api, "sendMessage", data={"chat_id": USER, "text": "x" * 4097})
    assert status == 400 and body["ok"] is False and body["description"].startswith("Bad Request:")
    assert api.violations == ["sendMessage.text: 4097 characters, must be 1-4096"] * 2
    assert api.sent_texts() == []

    await bot.send_message(USER, "я" * 4096)  # the limit itself is fine
    # HTML tags do not count: the limit applies after entity parsing.
    await bot.send_message(USER, "<b>" + "я" * 4096 + "</b>", parse_mode="HTML")
    assert len(api.violations) == 2


@pytest.mark.asyncio
async def test_broken_html_is_rejected(api, bot):
    with pytest.raises(TelegramBadRequest, match="unsupported tag <br>"):
        await bot.send_message(USER, "a<br>b", parse_mode="HTML")
    with pytest.raises(TelegramBadRequest, match="unescaped '<'"):
        await bot.send_message(USER, "срок < 30 дней", parse_mode="HTML")
    await bot.send_message(USER, "срок &lt; 30 <i>дней</i>", parse_mode="HTML")
    assert api.chats[USER][1]["text"] == "срок < 30 дней"  # the user sees the parsed text


@pytest.mark.asyncio
async def test_callback_data_over_64_bytes_is_rejected(api, bot):
    data = "д" * 33  # 33 characters but 66 bytes in UTF-8
    with pytest.raises(TelegramBadRequest, match="callback_data: 66 bytes"):
        await bot.send_message(USER, "Выберите", reply_markup=keyboard("ok", data))
    markup = '{"inline_keyboard": [[{"text": "a", "callback_data": "%s"}]]}' % data
    status, body = await raw_post(api, "sendMessage", data={"chat_id": USER, "text": "t", "reply_markup": markup})
    assert status == 400
    assert api.violations == ["sendMessage.reply_markup.inline_keyboard[1][0].callback_data: 66 bytes, must be 1-64",
                              "sendMessage.reply_markup.inline_keyboard[0][0].callback_data: 66 bytes, must be 1-64"]


@pytest.mark.asyncio
async def test_inline_button_needs_exactly_one_action(api):
    for button in ('{"text": "no action"}', '{"text": "two", "url": "https://e.kz", "callback_data": "x"}'):
        markup = '{"inline_keyboard": [[%s]]}' % button
        status, _ = await raw_post(api, "sendMessage", data={"chat_id": USER, "text": "t", "reply_markup": markup})
        assert status == 400
    assert all("exactly one of url, callback_data" in v for v in api.violations) and len(api.violations) == 2


@pytest.mark.asyncio
async def test_unknown_method_is_rejected(api):
    status, body = await raw_post(api, "sendMesage", data={"chat_id": USER, "text": "t"})
    assert (status, body) == (404, {"ok": False, "error_code": 404, "description": "Not Found: method not found"})
    assert api.violations == ["sendMesage: unknown method"]


@pytest.mark.asyncio
async def test_missing_required_unknown_and_mistyped_fields_are_rejected(api):
    status, body = await raw_post(api, "sendMessage", data={"text": "t"})
    assert status == 400 and "chat_id: required field is missing" in body["description"]
    await raw_post(api, "sendMessage", json={"chat_id": USER, "text": "t", "colour": "red"})
    await raw_post(api, "sendMessage", json={"chat_id": USER, "text": "t", "disable_notification": "yes"})
    await raw_post(api, "deleteMessage", data={"chat_id": USER, "message_id": "first"})
    await raw_post(api, "sendMessage", json={"chat_id": USER, "text": "t", "reply_markup": {"inline_keyboard": "x"}})
    assert api.violations == [
        "sendMessage.chat_id: required field is missing",
        "sendMessage: unknown field 'colour'",
        "sendMessage.disable_notification: expected Boolean, got String",
        "deleteMessage.message_id: expected Integer, got String",
        "sendMessage.reply_markup.inline_keyboard: expected Array of Array of InlineKeyboardButton, got String",
    ]


@pytest.mark.asyncio
async def test_set_my_commands_is_checked(api, bot):
    ok = [BotCommand(command="start", description="Начать")]
    assert await bot.set_my_commands(ok, scope=BotCommandScopeDefault(), language_code="ru")
    assert await bot.set_my_commands(ok, scope=BotCommandScopeChat(chat_id=USER))
    assert await bot.delete_my_commands()
    assert await bot.set_chat_menu_button(chat_id=USER, menu_button=MenuButtonCommands())
    assert api.violations == []

    with pytest.raises(TelegramBadRequest, match="command"):
        await bot.set_my_commands([BotCommand(command="Start", description="Начать")])
    commands = '[{"command": "help", "description": ""}, {"command": "%s", "description": "d"}]' % ("a" * 33)
    status, _ = await raw_post(api, "setMyCommands", data={"commands": commands})
    assert status == 400
    too_many = "[" + ",".join('{"command": "c%d", "description": "d"}' % i for i in range(101)) + "]"
    status, _ = await raw_post(api, "setMyCommands", data={"commands": too_many})
    assert status == 400
    assert api.violations == [
        "setMyCommands.commands[0].command: 'Start' has characters outside [a-z0-9_]*",
        "setMyCommands.commands[0].description: 0 characters, must be 1-256",
        "setMyCommands.commands[1].command: 33 characters, must be 1-32",
        "setMyCommands.commands: 101 items, must be 0-100",
    ]


@pytest.mark.asyncio
async def test_get_updates_delivers_pushed_messages(api, bot):
    api.push_message(USER, "/start", language_code="kk", first_name="Айгерим")
    updates = await bot.get_updates(timeout=5)
    assert len(updates) == 1
    msg = updates[0].message
    assert msg.text == "/start" and msg.from_user.language_code == "kk" and msg.chat.id == USER
    assert msg.from_user.first_name == "Айгерим" and msg.entities[0].type == "bot_command"

    # Confirmed updates are dropped; an empty long poll returns [] after the capped timeout.
    started = time.monotonic()
    assert await bot.get_updates(offset=updates[0].update_id + 1, timeout=30) == []
    assert time.monotonic() - started < 2
    # A message pushed during a long poll ends it at once.
    poll = asyncio.create_task(bot.get_updates(offset=updates[0].update_id + 1, timeout=30))
    await asyncio.sleep(0.1)
    api.push_message(USER, "Салем")
    [later] = await asyncio.wait_for(poll, 0.5)
    assert later.message.text == "Салем" and later.message.message_id == msg.message_id + 1
    reply = await bot.send_message(USER, "Сәлем")
    assert reply.message_id == msg.message_id + 2  # one id sequence per chat, both sides


@pytest.mark.asyncio
async def test_callback_flow_and_edits(api, bot):
    sent = await bot.send_message(USER, "Язык?", reply_markup=keyboard("lang:ru", "lang:kk"))
    api.press(USER, "lang:kk")
    [update] = await bot.get_updates(timeout=1)
    query = update.callback_query
    assert query.data == "lang:kk" and query.message.message_id == sent.message_id and query.chat_instance
    with pytest.raises(TelegramBadRequest, match="200"):
        await bot.answer_callback_query(query.id, "я" * 201)
    assert await bot.answer_callback_query(query.id, "Готово")
    with pytest.raises(TelegramBadRequest, match="query is too old"):
        await bot.answer_callback_query(query.id)  # answered twice

    edited = await bot.edit_message_text("Қазақша", chat_id=USER, message_id=sent.message_id)
    assert edited.text == "Қазақша" and edited.reply_markup is None  # an edit without markup drops it
    with pytest.raises(TelegramBadRequest, match="not modified"):
        await bot.edit_message_text("Қазақша", chat_id=USER, message_id=sent.message_id)
    with pytest.raises(TelegramBadRequest, match="message to edit not found"):
        await bot.edit_message_reply_markup(chat_id=USER, message_id=99)
    with pytest.raises(AssertionError, match="no button"):
        api.push_callback(USER, "lang:ru")  # the keyboard is gone
    assert api.sent_texts() == ["Язык?", "Қазақша"]
    assert api.violations == ["answerCallbackQuery.text: 201 characters, must be 0-200"]


@pytest.mark.asyncio
async def test_send_document_returns_message_with_document(api, bot):
    msg = await bot.send_document(USER, BufferedInputFile(b"%PDF-1.4", "permit.pdf"), caption="Заявление")
    assert msg.document.file_name == "permit.pdf" and msg.caption == "Заявление"
    form = aiohttp.FormData({"chat_id": str(USER), "document": "attach://missing"})
    form.add_field("other", b"x", filename="x.txt")
    status, _ = await raw_post(api, "sendDocument", data=form)
    assert status == 400 and api.violations == ["sendDocument.document: no file part named 'missing' for 'attach://missing'"]


@pytest.mark.asyncio
async def test_fail_next_injects_errors(api, bot):
    api.fail_next("sendMessage", 429, "Too Many Requests: retry after 3", retry_after=3)
    api.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user")
    with pytest.raises(TelegramRetryAfter) as retry:
        await bot.send_message(USER, "a")
    assert retry.value.retry_after == 3
    with pytest.raises(TelegramForbiddenError):
        await bot.send_message(USER, "b")
    await bot.send_message(USER, "c")
    assert api.sent_texts() == ["c"] and api.violations == [] and len(api.errors) == 2


@pytest.mark.asyncio
async def test_wait_for_sent(api, bot):
    await bot.send_message(USER, "one")
    assert await api.wait_for_sent(1, timeout=1) == ["one"]
    with pytest.raises(AssertionError, match=r"2 sent text\(s\) not met.*'one'"):
        await api.wait_for_sent(2, timeout=0.2)


@pytest.mark.asyncio
async def test_updates_and_replies_conform_to_the_spec(api, bot):
    """The double's own output must be valid Bot API objects, or its tests prove nothing."""
    await bot.send_message(USER, "menu", reply_markup=keyboard("a"))
    await bot.send_document(USER, BufferedInputFile(b"x", "x.txt"))
    updates = [api.push_message(USER, "/start"), api.push_callback(USER, "a", message_id=1)]
    check = api.validator.check_value
    assert [e for u in updates for e in check("Update", ["Update"], u, {})] == []
    replies = [r.result for r in api.requests if r.method in ("sendMessage", "sendDocument")]
    assert [e for m in replies for e in check("Message", ["Message"], m, {})] == []
    assert check("User", ["User"], (await raw_post(api, "getMe"))[1]["result"], {}) == []
