"""/language, /mydata, /forget, /privacy: the user's settings and personal data."""

from __future__ import annotations

import logging
import secrets

from aiogram import Bot, Router
from aiogram.filters import Command
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest
from aiogram.fsm.context import FSMContext
from aiogram.types import BotCommandScopeChat, BufferedInputFile, CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from dialogs.runtime.i18n import COMPLETE_LANGS
from ...privacy import Privacy, clear_fsm_everywhere, export_bytes  # noqa: F401 - clear_fsm_everywhere: re-exported
from storage.repositories import Users

from ..commands_menu import set_commands_for_chat
from ..filters import PrivateChat, CallbackData
from ..conversation import Conversation
from .common import pressed_again, send_screen

log = logging.getLogger(__name__)

async def language(message: Message, conversation: Conversation, lang: str) -> None:
    t = conversation.renderer.t
    buttons = [[InlineKeyboardButton(text=t(code, "language-name"), callback_data=f"l:{code}")] for code in COMPLETE_LANGS]
    await message.answer(t(lang, "language-choose"), reply_markup=InlineKeyboardMarkup(inline_keyboard=buttons))


async def language_chosen(query: CallbackQuery, bot: Bot, state: FSMContext, conversation: Conversation, users: Users, lang: str) -> None:
    code = query.data[2:]
    if code not in COMPLETE_LANGS:
        await query.answer(conversation.renderer.t(lang, "error-stale-button-short"), show_alert=False)
        return
    await query.answer()
    if await pressed_again(state, "language_chosen", code):
        return  # a double tap: the language is set and said, its screen is below
    await users.set_language(query.from_user.id, code)
    chat_id = query.message.chat.id
    # the picker becomes the confirmation (its buttons go: pressed later they would only repeat it)
    try:
        await bot.edit_message_text(chat_id=chat_id, message_id=query.message.message_id, text=conversation.renderer.t(code, "language-set"))
    except TelegramBadRequest:
        await bot.send_message(chat_id, conversation.renderer.t(code, "language-set"))  # too old to edit
    await set_commands_for_chat(bot, conversation.renderer, code, chat_id)
    current = await conversation.load(state, query.from_user.id)
    await send_screen(bot, chat_id, conversation.screen(current, code))


async def mydata(message: Message, bot: Bot, state: FSMContext, conversation: Conversation, privacy: Privacy, lang: str) -> None:
    """The whole record as a JSON file, and a short summary to read in the chat."""
    user_id = message.from_user.id
    document = await privacy.export(user_id, {"state": await state.get_state(), "data": await state.get_data()})
    await message.answer(mydata_summary(conversation, lang, document)[:4096])
    name = f"mydata-{user_id}-{document['exported_at'][:10]}.json"
    await bot.send_document(message.chat.id, BufferedInputFile(export_bytes(document), filename=name),
                            caption=conversation.renderer.t(lang, "mydata-file-caption"))


def mydata_summary(conversation: Conversation, lang: str, document: dict) -> str:
    t = conversation.renderer.t
    tables = document["database"]
    lines = [t(lang, "mydata-title")]
    profile = (tables.get("users") or [None])[0]
    if profile:
        lines.append(t(lang, "mydata-language", language=t(profile["language"], "language-name")))
        lines.append(t(lang, "mydata-since", date=_ddmmyyyy(profile.get("created_at"))))
    profile_lines = len(lines)  # "nothing but the language" only if nothing else follows
    dialog = (tables.get("dialog_sessions") or [None])[0]
    if dialog:
        tree = conversation.engine.trees.get(dialog["tree_id"])
        service = t(lang, tree.title) if tree else dialog["tree_id"]
        lines.append(t(lang, "mydata-session", service=service, answers=len(dialog.get("answers") or {})))
    items = tables.get("tracked_items") or []
    if items:
        lines.append(t(lang, "mydata-tracked-count", count=len(items), active=sum(1 for i in items if i.get("status") == "active")))
    reminders = tables.get("reminders") or []
    if reminders:
        scheduled = sum(1 for r in reminders if r.get("status") in ("pending", "claimed"))
        sent = sum(1 for r in reminders if r.get("status") == "sent")
        lines.append(t(lang, "mydata-reminders", scheduled=scheduled, sent=sent))
    user_id = document["telegram_id"]
    staff = tables.get("staff_members") or []
    if any(row.get("telegram_id") == user_id for row in staff):
        lines.append(t(lang, "mydata-staff"))
    member = next((row for row in tables.get("company_members") or () if row.get("user_id") == user_id), None)
    if member:
        company = next(iter(tables.get("companies") or ()), {})
        lines.append(t(lang, "mydata-company", company=company.get("name") or "—", role=member.get("role") or "member",
                       workers=len(tables.get("roster_workers") or ()), digest="yes" if member.get("digest") else "no"))
    handoffs = tables.get("handoffs") or []
    if handoffs:
        lines.append(t(lang, "mydata-handoffs", count=len(handoffs), messages=len(tables.get("handoff_outbox") or ())))
    # any other table: what it holds, in words where it has a name (a table's own name else)
    for name, rows in tables.items():
        if rows and name not in _SUMMARISED:
            lines.append(t(lang, "mydata-other", table=name, count=len(rows)))
    if len(lines) == profile_lines:
        lines.append(t(lang, "mydata-none"))
    lines.append(t(lang, "mydata-retention", days=document["retention"]["dialog_answers_days_after_last_answer"]))
    return "\n".join(lines)


_SUMMARISED = ("users", "dialog_sessions", "tracked_items", "reminders", "staff_members", "company_members", "companies",
               "roster_workers", "handoffs", "handoff_outbox")


def _ddmmyyyy(iso: str | None) -> str:
    return f"{iso[8:10]}.{iso[5:7]}.{iso[0:4]}" if iso and len(iso) >= 10 else "—"


async def forget(message: Message, state: FSMContext, conversation: Conversation, privacy: Privacy, lang: str,
                 staff=None) -> None:
    """Ask first, saying what happens to company rosters, to conversations with staff
    (their topics in the operators' group go too) and to a staff member's role (an
    admin's comes from ADMIN_IDS and stays). The buttons carry a one-time
    code kept in the conversation state: a second tap, an older confirmation or forged
    data finds no matching code and deletes nothing."""
    t = conversation.renderer.t
    code = secrets.token_hex(4)
    await state.update_data(forget=code)
    lines = [t(lang, "forget-confirm-everything")]
    for fate in await privacy.plan(message.from_user.id):
        key = "forget-roster-kept" if fate.kept else "forget-roster-deleted"
        lines.append(t(lang, key, company=fate.company, workers=fate.workers, others=fate.others))
    topics = await privacy.handoff_topics(message.from_user.id)
    if topics:
        lines.append(t(lang, "forget-handoff-topics", count=topics))
    user_id = message.from_user.id
    if staff is not None and not staff.is_admin(user_id) and await staff.is_staff(user_id):
        lines.append(t(lang, "forget-staff-role"))
    lines.append(t(lang, "forget-irreversible"))
    markup = InlineKeyboardMarkup(
        inline_keyboard=[[
            InlineKeyboardButton(text=t(lang, "button-forget-yes"), callback_data=f"f:y:{code}"),
            InlineKeyboardButton(text=t(lang, "button-cancel"), callback_data=f"f:n:{code}"),
        ]]
    )
    await message.answer("\n\n".join(lines)[:4096], reply_markup=markup)


async def forget_chosen(query: CallbackQuery, bot: Bot, state: FSMContext, conversation: Conversation, privacy: Privacy, users: Users,
                        lang: str, handoff=None) -> None:
    t = conversation.renderer.t
    parts = (query.data or "").split(":")
    expected = (await state.get_data()).get("forget")
    if len(parts) != 3 or parts[1] not in ("y", "n") or not expected or parts[2] != expected:
        if await users.get(query.from_user.id) is None:
            # a second tap after the deletion (updates of one user are handled one at a
            # time: the first one is done): it is said done again, briefly - not "send
            # /forget", which would ask to delete what is gone. What its own arrival
            # left (throttling counters, conversation state) goes too.
            await query.answer(t(lang, "forget-done"))
            await privacy.forget(query.from_user.id)
            return
        # an older confirmation, or made-up data (the keyboard stays: forged data may
        # come on the live confirmation)
        await query.answer(t(lang, "forget-stale"), show_alert=True)
        return
    await state.update_data(forget=None)
    await query.answer()
    await _drop_keyboard(bot, query)
    if parts[1] == "n":
        await bot.send_message(query.message.chat.id, t(lang, "forget-cancelled"))
        return
    await privacy.forget(query.from_user.id)
    if handoff is not None:
        handoff.wake()  # their topics in the operators' group are queued for deletion
    # the command menu /language set for this chat is personal data too
    try:
        await bot.delete_my_commands(scope=BotCommandScopeChat(chat_id=query.message.chat.id))
    except TelegramAPIError:
        log.warning("could not remove a chat's command menu after /forget")
    await bot.send_message(query.message.chat.id, t(lang, "forget-done"))


async def _drop_keyboard(bot: Bot, query: CallbackQuery) -> None:
    if query.message is None or not getattr(query.message, "reply_markup", None):
        return
    try:
        await bot.edit_message_reply_markup(chat_id=query.message.chat.id, message_id=query.message.message_id, reply_markup=None)
    except TelegramAPIError:
        pass  # already gone (a double tap): nothing to do


async def privacy_notice(message: Message, conversation: Conversation, privacy: Privacy, lang: str) -> None:
    await message.answer(conversation.renderer.t(lang, "privacy-text", days=privacy.retention_days))


def build_router() -> Router:
    router = Router(name="settings")
    router.message.filter(PrivateChat())
    router.message.register(language, Command("language", ignore_case=True))
    router.callback_query.register(language_chosen, CallbackData("l:"))
    router.message.register(mydata, Command("mydata", ignore_case=True))
    router.message.register(forget, Command("forget", ignore_case=True))
    router.callback_query.register(forget_chosen, CallbackData("f:"))
    router.message.register(privacy_notice, Command("privacy", ignore_case=True))
    return router
