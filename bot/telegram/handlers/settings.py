"""/language, /mydata, /forget: the user's settings and personal data."""

from __future__ import annotations

import json
import logging

from aiogram import Bot, Router
from aiogram.filters import Command
from aiogram.exceptions import TelegramAPIError
from aiogram.fsm.context import FSMContext
from aiogram.fsm.storage.base import BaseStorage, DefaultKeyBuilder
from aiogram.fsm.storage.memory import MemoryStorage
from aiogram.types import BotCommandScopeChat, CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from dialogs.i18n import COMPLETE_LANGS
from storage.repositories import Users

from ..commands_menu import set_commands_for_chat
from ..filters import PrivateChat, CallbackData
from ..conversation import Conversation
from .common import send_screen

log = logging.getLogger(__name__)

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


async def mydata(message: Message, conversation: Conversation, users: Users, lang: str, employers=None) -> None:
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
    membership = await employers.companies.membership(message.from_user.id) if employers is not None else None
    if membership is not None:
        count = len(await employers.companies.workers(message.from_user.id))
        lines.append(t(lang, "mydata-company", role=membership.role, count=count))
    if not dialog and not tracked and membership is None:
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
    user_id = query.from_user.id
    # the pending step in the write-behind buffer goes with the rows, so that no later
    # flush writes it back and their next message does not resume the old dialog
    sessions = conversation.sessions
    if hasattr(sessions, "forget_user"):
        await sessions.forget_user(user_id, users.forget)
    else:
        await users.forget(user_id)
    await state.clear()
    await clear_fsm_everywhere(state.storage, user_id)
    # the command menu /language set for this chat is personal data too
    try:
        await bot.delete_my_commands(scope=BotCommandScopeChat(chat_id=query.message.chat.id))
    except TelegramAPIError:
        log.warning("could not remove a chat's command menu after /forget")
    await bot.send_message(query.message.chat.id, t(lang, "forget-done"))


async def clear_fsm_everywhere(storage: BaseStorage, user_id: int) -> None:
    """Delete the user's conversation state and data in every chat (memory or Redis)."""
    if isinstance(storage, MemoryStorage):
        for key in [k for k in storage.storage if k.user_id == user_id]:
            del storage.storage[key]
        return
    redis = getattr(storage, "redis", None)
    builder = getattr(storage, "key_builder", None)
    if redis is None or not isinstance(builder, DefaultKeyBuilder):
        return
    sep = builder.separator
    doomed = []
    async for raw in redis.scan_iter(match=f"{builder.prefix}{sep}*{sep}{user_id}{sep}*", count=500):
        key = raw.decode() if isinstance(raw, bytes) else raw
        parts = key.split(sep)
        # prefix[:bot][:business]:chat[:thread]:user[:destiny]:part
        user_at = -3 if builder.with_destiny else -2
        if len(parts) >= 3 and parts[user_at] == str(user_id):
            doomed.append(raw)
    if doomed:
        await redis.delete(*doomed)


def build_router() -> Router:
    router = Router(name="settings")
    router.message.filter(PrivateChat())
    router.message.register(language, Command("language"))
    router.callback_query.register(language_chosen, CallbackData("l:"))
    router.message.register(mydata, Command("mydata"))
    router.message.register(forget, Command("forget"))
    router.callback_query.register(forget_chosen, CallbackData(exact=("f:yes", "f:no")))
    return router
