"""/language, /mydata, /forget: the user's settings and personal data."""

from __future__ import annotations

import json

from aiogram import Bot, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from dialogs.i18n import COMPLETE_LANGS
from storage.repositories import Users

from ..commands_menu import set_commands_for_chat
from ..filters import PrivateChat, CallbackData
from ..conversation import Conversation
from .common import send_screen



async def language(message: Message, conversation: Conversation, lang: str) -> None:
    t = conversation.renderer.t
    buttons = [[InlineKeyboardButton(text=t(code, "language-name"), callback_data=f"l:{code}")] for code in COMPLETE_LANGS]
    await message.answer(t(lang, "language-choose"), reply_markup=InlineKeyboardMarkup(inline_keyboard=buttons))


async def language_chosen(query: CallbackQuery, bot: Bot, state: FSMContext, conversation: Conversation, users: Users, lang: str) -> None:
    code = query.data[2:]
    if code not in COMPLETE_LANGS:
        await query.answer(conversation.renderer.t(lang, "error-stale-button"), show_alert=False)
        return
    await users.set_language(query.from_user.id, code)
    await query.answer()
    await bot.send_message(query.message.chat.id, conversation.renderer.t(code, "language-set"))
    await set_commands_for_chat(bot, conversation.renderer, code, query.message.chat.id)
    current = await conversation.load(state, query.from_user.id)
    await send_screen(bot, query.message.chat.id, conversation.screen(current, code))


async def mydata(message: Message, conversation: Conversation, users: Users, lang: str) -> None:
    t = conversation.renderer.t
    data = await users.export(message.from_user.id)
    lines = [t(lang, "mydata-title"), t(lang, "mydata-language", language=t(data["language"] if data else lang, "language-name"))]
    dialog = (data or {}).get("dialog")
    if dialog:
        tree = conversation.engine.trees.get(dialog["tree_id"])
        service = t(lang, tree.title) if tree else dialog["tree_id"]
        lines.append(t(lang, "mydata-session", service=service, answers=len(dialog["answers"])))
        if dialog["answers"]:
            lines.append(t(lang, "mydata-answers", answers=json.dumps(dialog["answers"], ensure_ascii=False)))
    tracked = (data or {}).get("tracked") or []
    for item in tracked:
        lines.append(t(lang, "mydata-tracked", label=item["label"] or "—", dates=json.dumps(item["dates"], ensure_ascii=False)))
    if not dialog and not tracked:
        lines.append(t(lang, "mydata-none"))
    await message.answer("\n".join(lines)[:4096])


async def forget(message: Message, conversation: Conversation, lang: str) -> None:
    t = conversation.renderer.t
    markup = InlineKeyboardMarkup(
        inline_keyboard=[[
            InlineKeyboardButton(text=t(lang, "button-forget-yes"), callback_data="f:yes"),
            InlineKeyboardButton(text=t(lang, "button-cancel"), callback_data="f:no"),
        ]]
    )
    await message.answer(t(lang, "forget-confirm"), reply_markup=markup)


async def forget_chosen(query: CallbackQuery, bot: Bot, state: FSMContext, conversation: Conversation, users: Users, lang: str) -> None:
    t = conversation.renderer.t
    await query.answer()
    await bot.edit_message_reply_markup(chat_id=query.message.chat.id, message_id=query.message.message_id, reply_markup=None)
    if query.data == "f:no":
        await bot.send_message(query.message.chat.id, t(lang, "forget-cancelled"))
        return
    await state.clear()
    await users.forget(query.from_user.id)
    await bot.send_message(query.message.chat.id, t(lang, "forget-done"))


def build_router() -> Router:
    router = Router(name="settings")
    router.message.filter(PrivateChat())
    router.message.register(language, Command("language"))
    router.callback_query.register(language_chosen, CallbackData("l:"))
    router.message.register(mydata, Command("mydata"))
    router.message.register(forget, Command("forget"))
    router.callback_query.register(forget_chosen, CallbackData(exact=("f:yes", "f:no")))
    return router
