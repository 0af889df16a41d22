"""/track, /status, /calendar, /roster and the buttons on reminders and status lines."""

from __future__ import annotations

import datetime as dt

from aiogram import Bot, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import BufferedInputFile, CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from dialogs.roster import MAX_BYTES, ROSTER_TEMPLATE
from dialogs.render import split_text
from dialogs.schedule import next_allowed_time

from ...tracking import Tracking, edit_state
from ..filters import PrivateChat, CallbackData, HasDocument
from ..conversation import Conversation
from .common import send_screen

TRACK_TREE = "track"


async def track(message: Message, bot: Bot, state: FSMContext, conversation: Conversation, lang: str) -> None:
    await state.update_data(editing_item=None)
    current = conversation.engine.start(TRACK_TREE)
    menu = conversation.engine.menu()
    current.parent = menu.to_dict() if menu else None
    await conversation.save(state, message.from_user.id, current)
    await send_screen(bot, message.chat.id, conversation.screen(current, lang))


async def _send_status(bot: Bot, chat_id: int, user_id: int, tracking: Tracking, lang: str) -> None:
    statuses = await tracking.statuses(user_id, lang)
    text = tracking.status_text(statuses, lang)
    t = tracking.renderer.t
    rows = []
    for n, st in enumerate(statuses, 1):
        row = [
            InlineKeyboardButton(text=t(lang, "button-item-edit", n=n), callback_data=f"t:e:{st.item.id}"),
            InlineKeyboardButton(text=t(lang, "button-item-delete", n=n), callback_data=f"t:x:{st.item.id}"),
        ]
        if st.item.status == "active":
            row.insert(0, InlineKeyboardButton(text=t(lang, "button-item-done", n=n), callback_data=f"t:d:{st.item.id}"))
        rows.append(row)
    parts = split_text(text)
    for i, part in enumerate(parts):
        markup = InlineKeyboardMarkup(inline_keyboard=rows[:50]) if rows and i == len(parts) - 1 else None
        await bot.send_message(chat_id, part, reply_markup=markup)


async def status(message: Message, bot: Bot, tracking: Tracking, lang: str) -> None:
    await _send_status(bot, message.chat.id, message.from_user.id, tracking, lang)


async def item_button(query: CallbackQuery, bot: Bot, state: FSMContext, conversation: Conversation, tracking: Tracking, lang: str) -> None:
    """t:d:<id> marks done, t:x:<id> deletes, t:e:<id> changes the dates; the id must belong to this user."""
    _, action, raw_id = (query.data.split(":") + ["", ""])[:3]
    t = tracking.renderer.t
    item = await tracking.items.get(int(raw_id), query.from_user.id) if raw_id.isascii() and raw_id.isdigit() else None
    if item is None or action not in ("d", "x", "e"):
        await query.answer(t(lang, "item-not-found"))
        return
    await query.answer()
    name = item.label or t(lang, "status-item-self")
    if action == "e":
        current = edit_state(conversation.engine, item)
        await conversation.save(state, query.from_user.id, current)
        await state.update_data(editing_item=item.id)
        await send_screen(bot, query.message.chat.id, conversation.screen(current, lang))
        return
    if action == "d":
        await tracking.items.mark_done(item.id, query.from_user.id)
        await bot.send_message(query.message.chat.id, t(lang, "item-done", n=name))
    else:
        await tracking.items.delete(item.id, query.from_user.id)
        await bot.send_message(query.message.chat.id, t(lang, "item-deleted", n=name))
    await _send_status(bot, query.message.chat.id, query.from_user.id, tracking, lang)


async def reminder_button(query: CallbackQuery, bot: Bot, tracking: Tracking, lang: str) -> None:
    """r:o:<id> opens the item's dates, r:s:<id> snoozes a day, r:d:<id> marks the item done."""
    _, action, raw_id = (query.data.split(":") + ["", ""])[:3]
    t = tracking.renderer.t
    reminder = await tracking.outbox.get(int(raw_id)) if raw_id.isascii() and raw_id.isdigit() else None
    if reminder is None or reminder.user_id != query.from_user.id or action not in ("o", "s", "d"):
        await query.answer(t(lang, "item-not-found"))
        return
    await query.answer()
    chat_id = query.message.chat.id
    if action == "s":
        tomorrow = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=1)
        await tracking.outbox.snooze(reminder.id, query.from_user.id, next_allowed_time(tomorrow))
        await bot.send_message(chat_id, t(lang, "reminder-snoozed"))
    elif action == "d":
        item = await tracking.items.get(reminder.item_id, query.from_user.id)
        await tracking.items.mark_done(reminder.item_id, query.from_user.id)
        await bot.send_message(chat_id, t(lang, "item-done", n=(item.label if item and item.label else t(lang, "status-item-self"))))
    else:
        await _send_status(bot, chat_id, query.from_user.id, tracking, lang)


async def calendar(message: Message, bot: Bot, tracking: Tracking, lang: str) -> None:
    data = await tracking.calendar(message.from_user.id, lang)
    t = tracking.renderer.t
    if data is None:
        await message.answer(t(lang, "calendar-empty"))
        return
    await bot.send_document(message.chat.id, BufferedInputFile(data, filename="deadlines.ics"), caption=t(lang, "calendar-caption"))


async def roster(message: Message, bot: Bot, tracking: Tracking, lang: str) -> None:
    t = tracking.renderer.t
    await message.answer(t(lang, "roster-prompt") + "\n\n" + t(lang, "roster-help"))
    await bot.send_document(message.chat.id, BufferedInputFile(ROSTER_TEMPLATE.encode("utf-8-sig"), filename="workers.csv"))


async def roster_file(message: Message, bot: Bot, tracking: Tracking, lang: str) -> None:
    t = tracking.renderer.t
    document = message.document
    if document.file_size and document.file_size > MAX_BYTES:
        await message.answer(t(lang, "roster-error-too-large"))
        return
    buffer = await bot.download(document)
    await message.answer(await tracking.import_roster(message.from_user.id, buffer.read(), lang))
    await _send_status(bot, message.chat.id, message.from_user.id, tracking, lang)


def build_router() -> Router:
    router = Router(name="tracking")
    router.message.filter(PrivateChat())
    router.message.register(track, Command("track"))
    router.message.register(status, Command("status"))
    router.message.register(calendar, Command("calendar"))
    router.message.register(roster, Command("roster"))
    router.message.register(roster_file, HasDocument())
    router.callback_query.register(item_button, CallbackData("t:"))
    router.callback_query.register(reminder_button, CallbackData("r:"))
    return router
