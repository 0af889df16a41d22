"""/track, /status, /calendar and the buttons on reminders and status lines."""

from __future__ import annotations

import datetime as dt

from aiogram import Bot, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import BufferedInputFile, CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from dialogs.law.dates import ALMATY
from dialogs.tracking.schedule import next_allowed_time

from ...reminders import planned_occasion

from ...tracking import Tracking, edit_state, item_title
from ..filters import PrivateChat, CallbackData
from ..conversation import Conversation
from ..keyboards import page_nav
from .common import pressed_again, send_quotes_once, send_screen, show_page

TRACK_TREE = "track"


async def track(message: Message, bot: Bot, state: FSMContext, conversation: Conversation, lang: str) -> None:
    await state.update_data(editing_item=None)
    left, _ = await conversation.load_with_screen(state, message.from_user.id)
    current = conversation.engine.start(TRACK_TREE)
    menu = conversation.engine.menu_from(left)  # Back leads to the menu, and from there to a dialog left under way
    current.parent = menu.to_dict() if menu else None
    await conversation.save(state, message.from_user.id, current, lang)
    await send_screen(bot, message.chat.id, conversation.screen(current, lang))


MAX_ID = 2**63 - 1  # ids are BIGINT


def parse_id(raw: str) -> int | None:
    """An id from callback data: ASCII digits only, at most 19 of them, within int64."""
    if not raw or len(raw) > 19 or not (raw.isascii() and raw.isdigit()):
        return None
    value = int(raw)
    return value if 0 < value <= MAX_ID else None


def _page_markup(tracking: Tracking, lang: str, page, index: int, pages: int) -> InlineKeyboardMarkup | None:
    t = tracking.renderer.t
    rows = []
    for n, st in enumerate(page.statuses, page.first_number):
        row = [
            InlineKeyboardButton(text=t(lang, "button-item-edit", n=n), callback_data=f"t:e:{st.item.id}"),
            InlineKeyboardButton(text=t(lang, "button-item-delete", n=n), callback_data=f"t:x:{st.item.id}"),
        ]
        if st.item.status == "active":
            row.insert(0, InlineKeyboardButton(text=t(lang, "button-item-done", n=n), callback_data=f"t:d:{st.item.id}"))
        if st.grounds:  # the grounds of its line, one tap away
            row.append(InlineKeyboardButton(text=t(lang, "button-item-grounds", n=n), callback_data=f"t:g:{st.item.id}"))
        rows.append(row)
    nav = page_nav(t, lang, "t:p:", index, pages)
    if nav:
        rows.append(nav)
    return InlineKeyboardMarkup(inline_keyboard=rows) if rows else None


async def _send_status(bot: Bot, chat_id: int, user_id: int, tracking: Tracking, lang: str, page: int = 0, pressed=None,
                       employers=None) -> None:
    """One page of /status: one message, its items' buttons and ◀️ ▶️ between pages
    (turning a page edits the `pressed` message). An employer's company roster is not
    in it: its first page says where the workers are (/workers)."""
    statuses = await tracking.statuses(user_id, lang)
    pages = tracking.status_pages(statuses, lang)
    index = min(max(page, 0), len(pages) - 1)
    shown = pages[index]
    text = shown.text
    workers = await employers.companies.worker_count(user_id) if employers is not None and index == 0 else 0
    if workers:
        text += "\n\n" + tracking.renderer.t(lang, "status-company-workers", count=workers)
    await show_page(bot, chat_id, text, _page_markup(tracking, lang, shown, index, len(pages)), pressed)


async def status(message: Message, bot: Bot, tracking: Tracking, lang: str, employers=None) -> None:
    await _send_status(bot, message.chat.id, message.from_user.id, tracking, lang, employers=employers)


async def item_button(query: CallbackQuery, bot: Bot, state: FSMContext, conversation: Conversation, tracking: Tracking, lang: str,
                      employers=None) -> None:
    """t:d:<id> marks done, t:u:<id> takes that back, t:x:<id> asks to delete (t:o:<id> asks
    in a new message: pressed under a save's confirmation, which stays), t:y:<id> deletes,
    t:e:<id> changes the dates, t:g:<id> sends the grounds of its line; the id must belong
    to this user."""
    parts = (query.data or "").split(":")
    t = tracking.renderer.t
    chat_id = query.message.chat.id if query.message else query.from_user.id
    action = parts[1] if len(parts) == 3 else ""
    if action == "p" and parts[2].isascii() and parts[2].isdigit() and len(parts[2]) <= 4:
        await query.answer()
        await _send_status(bot, chat_id, query.from_user.id, tracking, lang, page=int(parts[2]), pressed=query.message, employers=employers)
        return
    item_id = parse_id(parts[2]) if len(parts) == 3 else None
    if item_id is None or action not in ("d", "u", "x", "o", "y", "e", "g"):
        await query.answer(t(lang, "error-stale-button-short"))  # malformed or forged: nothing to do
        return
    item = await tracking.items.get(item_id, query.from_user.id)
    if item is None:
        await query.answer(t(lang, "item-not-found"))
        return
    await query.answer()
    if action == "g":
        text = await tracking.grounds_of(query.from_user.id, item.id, lang)
        await send_quotes_once(bot, chat_id, state, "grounds_sent", item.id, text or t(lang, "status-item-unreadable"))
        return
    name = item_title(tracking.renderer, lang, item)
    if action == "e":
        left = await conversation.load(state, query.from_user.id)
        # the dialog the user was in stays under the edit (⬅️ to the menu, ⬅️ again), as with /track
        current = edit_state(conversation.engine, item, left=left)
        # a second press within seconds is a double tap only while the user still stands on
        # the edit's question: pressed again after leaving it (⬅️, /menu), it asks again
        asked = left is not None and (left.tree_id, left.node, left.answers) == (current.tree_id, current.node, current.answers)
        if await pressed_again(state, "edit_asked", item.id) and asked:
            return  # its question is in the chat already
        await conversation.save(state, query.from_user.id, current, lang)
        await state.update_data(editing_item=item.id)
        await send_screen(bot, chat_id, conversation.screen(current, lang))
        return
    if action == "o" and await pressed_again(state, "delete_asked", item.id):
        return  # pressed again at once: its question is in the chat already
    if action in ("x", "o"):
        # 🗑 asks first: a mis-tap among the small buttons must not drop a permit's reminders
        markup = InlineKeyboardMarkup(inline_keyboard=[[
            InlineKeyboardButton(text=t(lang, "button-item-delete-yes"), callback_data=f"t:y:{item.id}"),
            InlineKeyboardButton(text=t(lang, "button-item-keep"), callback_data="t:p:0"),
        ]])
        await show_page(bot, chat_id, t(lang, "item-delete-question", n=name), markup, query.message if action == "x" else None)
        return
    if action == "u":
        if item.status == "active":
            return  # undone already (a double tap): nothing to say twice
        await bot.send_message(chat_id, await tracking.resume(query.from_user.id, item, lang))
    elif action == "d":
        if item.status != "active":
            return  # done already (a double tap, or an old /status page): nothing to say twice
        await _mark_done(bot, chat_id, tracking, lang, item.id, query.from_user.id, name)
    else:
        await tracking.items.delete(item.id, query.from_user.id)
        await bot.send_message(chat_id, t(lang, "item-deleted", n=name))
    await _send_status(bot, chat_id, query.from_user.id, tracking, lang, employers=employers)


async def _mark_done(bot: Bot, chat_id: int, tracking: Tracking, lang: str, item_id: int, user_id: int, name: str) -> None:
    """✅ from /status or from a reminder: its reminders stop; the notice carries one tap
    that takes a mis-tap back (✅ sits beside ✏️ and 🗑 on a phone)."""
    t = tracking.renderer.t
    await tracking.items.mark_done(item_id, user_id)
    undo = InlineKeyboardMarkup(inline_keyboard=[[
        InlineKeyboardButton(text=t(lang, "button-item-undo-done"), callback_data=f"t:u:{item_id}")]])
    await bot.send_message(chat_id, t(lang, "item-done", n=name), reply_markup=undo)


async def reminder_button(query: CallbackQuery, bot: Bot, state: FSMContext, tracking: Tracking, lang: str, employers=None) -> None:
    """r:o:<id> opens the item's dates, r:q:<id> sends the quotes behind its grounds,
    r:s:<id> snoozes a day, r:d:<id> marks the item done."""
    parts = (query.data or "").split(":")
    t = tracking.renderer.t
    action = parts[1] if len(parts) == 3 else ""
    reminder_id = parse_id(parts[2]) if len(parts) == 3 else None
    if reminder_id is None or action not in ("o", "q", "s", "d"):
        await query.answer(t(lang, "error-stale-button-short"))  # malformed or forged: nothing to do
        return
    reminder = await tracking.outbox.get(reminder_id)
    if reminder is None or reminder.user_id != query.from_user.id or reminder.item_id is None:
        await query.answer(t(lang, "item-not-found"))
        return
    item = await tracking.items.get(reminder.item_id, query.from_user.id) if action in ("q", "s", "d") else None
    if action in ("q", "s", "d") and item is None:
        await query.answer(t(lang, "item-not-found"))
        return
    if action == "q":
        sent = reminder.sent_at  # stored as UTC (SQLite hands it back without the zone)
        sent_on = (sent if sent.tzinfo else sent.replace(tzinfo=dt.timezone.utc)).astimezone(ALMATY).date() if sent else None
        text = tracking.reminder_quotes(item, reminder.occasion, lang, sent_on)
        if text is None:  # the item was edited: this reminder's occasion is gone from its plan
            await query.answer(t(lang, "error-stale-button-short"))
            return
        await query.answer()
        chat_id = query.message.chat.id if query.message else query.from_user.id
        await send_quotes_once(bot, chat_id, state, "quotes_sent", reminder.id, text)
        return
    if action == "s":
        if item.status != "active":
            # ✅ pressed first: nothing is reminded of any more, so nothing to put off
            await query.answer(t(lang, "reminder-item-done"), show_alert=True)
            return
        planned = planned_occasion(item, reminder.occasion)
        if planned is not None and planned.last:
            # a button from before it was taken off last-day reminders: tomorrow is too late
            await query.answer(t(lang, "reminder-snooze-too-late"), show_alert=True)
            return
        if reminder.status == "pending":
            # put off already (a double tap, or ⏰ again): said once
            await query.answer(t(lang, "reminder-snoozed"))
            return
    if action == "d" and item.status != "active":
        await query.answer()  # done already (a double tap): nothing to say twice
        return
    await query.answer()
    chat_id = query.message.chat.id if query.message else query.from_user.id
    if action == "s":
        tomorrow = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=1)
        if await tracking.outbox.snooze(reminder.id, query.from_user.id, next_allowed_time(tomorrow)):
            await bot.send_message(chat_id, t(lang, "reminder-snoozed"))
    elif action == "d":
        await _mark_done(bot, chat_id, tracking, lang, reminder.item_id, query.from_user.id, item_title(tracking.renderer, lang, item))
    else:
        await _send_status(bot, chat_id, query.from_user.id, tracking, lang, employers=employers)


async def calendar(message: Message, bot: Bot, tracking: Tracking, lang: str) -> None:
    data = await tracking.calendar(message.from_user.id, lang)
    t = tracking.renderer.t
    if data is None:
        await message.answer(t(lang, "calendar-empty"))
        return
    await bot.send_document(message.chat.id, BufferedInputFile(data, filename="deadlines.ics"), caption=t(lang, "calendar-caption"))


def build_router() -> Router:
    router = Router(name="tracking")
    router.message.filter(PrivateChat())
    router.message.register(track, Command("track", ignore_case=True))
    router.message.register(status, Command("status", ignore_case=True))
    router.message.register(calendar, Command("calendar", ignore_case=True))
    router.callback_query.register(item_button, CallbackData("t:"))
    router.callback_query.register(reminder_button, CallbackData("r:"))
    return router
