"""A person when the bot cannot answer (bot/handoff.py), in Telegram.

Users: "🙋 Ask a person" opens a hand-off (a second press finds it open: one topic);
while it is open their messages (not commands; files too) go to the topic, and so do
their corrections (a message edited after it was sent: marked as one for the operator);
"✖️ End the conversation" closes it. Operators: in the operators' forum group, a
staff member's message in a hand-off's topic is passed to the user; `/close` ends it.
Anyone else's message there is not passed on (a note in the topic says why).
"""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.enums import ContentType
from aiogram.exceptions import TelegramAPIError, TelegramForbiddenError
from aiogram.filters import Filter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message, MessageEntity

from dialogs.runtime.render import ASK_PERSON_LABEL
from storage.models import Handoff
from storage.repositories import Users
from storage.staff import Staff

from ...handoff import HandoffDesk
from ..conversation import Conversation
from ..filters import CallbackData, PrivateChat
from .common import clear_message

ASK, END = "ho:o", "ho:e"
# what an operator may send a user: messages with content, not the group's service messages
RELAYED = {ContentType.TEXT, ContentType.PHOTO, ContentType.DOCUMENT, ContentType.VIDEO, ContentType.VOICE,
           ContentType.AUDIO, ContentType.STICKER, ContentType.ANIMATION, ContentType.VIDEO_NOTE, ContentType.LOCATION,
           ContentType.CONTACT}
TEXT_LIMIT = 4096  # sendMessage: 1-4096 characters


def ask_button(conversation: Conversation, lang: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=conversation.renderer.t(lang, ASK_PERSON_LABEL), callback_data=ASK)


async def ask(query: CallbackQuery, bot: Bot, state: FSMContext, conversation: Conversation, lang: str,
              handoff: HandoffDesk | None = None, metrics=None) -> None:
    t = conversation.renderer.t
    if handoff is None:  # an old button from before the operators' chat was turned off
        await query.answer(t(lang, "handoff-unavailable"), show_alert=True)
        return
    user_id = query.from_user.id
    opened = await handoff.open(user_id, lang, await conversation.load(state, user_id))
    if not opened.created:  # a double tap, or asked again: the one topic stays
        await query.answer(t(lang, "handoff-already-open"))
        return
    await query.answer()
    # counted in /stats (an event without the user) and in /metrics
    if conversation.analytics is not None:
        conversation.analytics.handoff(opened.handoff.service, opened.node or "-", lang)
    elif metrics is not None:
        metrics.handoffs.inc()
    text = t(lang, "handoff-opened")
    if opened.answer_from is not None:
        when = opened.answer_from
        text += "\n\n" + t(lang, "handoff-opened-later", day=when.strftime("%d.%m.%Y"), time=when.strftime("%H:%M"))
    await bot.send_message(query.from_user.id, text, reply_markup=end_markup(conversation, lang))


def end_markup(conversation: Conversation, lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text=conversation.renderer.t(lang, "button-handoff-end"), callback_data=END)]])


async def end(query: CallbackQuery, bot: Bot, conversation: Conversation, lang: str, handoff: HandoffDesk | None = None) -> None:
    t = conversation.renderer.t
    current = await handoff.handoffs.current(query.from_user.id) if handoff is not None else None
    if current is None or not await handoff.close(current, by_operator=False):
        await query.answer(t(lang, "handoff-not-open"))
    else:
        await query.answer()
        await bot.send_message(query.from_user.id, t(lang, "handoff-closed-by-user"))
    if query.message is not None:
        await clear_message(bot, query.message.chat.id, query.message.message_id)


class InOpenHandoff(Filter):
    """A user's message while their hand-off is open (commands keep working)."""

    async def __call__(self, message: Message, handoff: HandoffDesk | None = None) -> bool | dict:
        if handoff is None or message.from_user is None or (message.text or "").startswith("/"):
            return False
        current = await handoff.handoffs.current(message.from_user.id)
        return {"open_handoff": current} if current is not None else False


async def user_message(message: Message, bot: Bot, state: FSMContext, conversation: Conversation, lang: str,
                       handoff: HandoffDesk, open_handoff: Handoff) -> None:
    await handoff.from_user(open_handoff, message.chat.id, message.message_id)
    # typed while the bot's question asks for typing (a date, a number): it went to the
    # operator, and the question waits — said once per conversation, with ✖️ at hand
    if message.text is None:
        return
    current = await conversation.load(state, message.from_user.id)
    node = conversation.engine.trees[current.tree_id].nodes.get(current.node) if current and current.tree_id in conversation.engine.trees else None
    if node is None or node.kind != "input":
        return
    if (await state.get_data()).get("handoff_typed_note") == open_handoff.id:
        return
    await state.update_data(handoff_typed_note=open_handoff.id)
    await bot.send_message(message.chat.id, conversation.renderer.t(lang, "handoff-typed-to-operator"), reply_markup=end_markup(conversation, lang))


async def user_edited(message: Message, bot: Bot, conversation: Conversation, lang: str, handoff: HandoffDesk,
                      open_handoff: Handoff) -> None:
    """A message edited while the hand-off is open (a typo fixed in a date): the
    operator gets it again, marked as a correction of an earlier message, and the user
    a short word that it went on. Not the dialog's "edited messages are not read": the
    words were for the operator, and the screen under the hand-off stays as it is."""
    await handoff.edited_by_user(open_handoff, message.chat.id, message.message_id)
    await bot.send_message(message.chat.id, conversation.renderer.t(lang, "handoff-edit-passed"))


class InOperatorsTopic(Filter):
    """A person's message in a topic of the operators' forum group."""

    async def __call__(self, message: Message, handoff: HandoffDesk | None = None) -> bool:
        return (handoff is not None and message.chat.id == handoff.chat_id and message.message_thread_id is not None
                and bool(message.is_topic_message) and message.from_user is not None and not message.from_user.is_bot)


async def _is_close(message: Message, bot: Bot) -> bool:
    word = (message.text or "").split(maxsplit=1)[0] if message.text else ""
    command, _, mention = word.partition("@")
    if command != "/close":
        return False
    return not mention or mention.lower() == ((await bot.me()).username or "").lower()


async def operator_message(message: Message, bot: Bot, handoff: HandoffDesk, staff: Staff, users: Users) -> None:
    current = await handoff.handoffs.by_topic(message.message_thread_id)
    if current is None or message.content_type not in RELAYED:
        return  # the operators' own topic, or a service message (topic edited, member joined)
    if not await staff.is_staff(message.from_user.id):
        await handoff.note(current, "handoff-op-not-staff", user=str(message.from_user.id))
        return
    t = handoff.renderer.t
    if await _is_close(message, bot):
        # closed first (a second /close finds it closed), the topic's note once the user was told or not
        if await handoff.close(current, by_operator=True, note=False):
            note = "handoff-op-closed-not-told"
            try:
                await bot.send_message(current.user_id, t(current.lang, "handoff-closed-by-operator"))
                note = "handoff-op-closed"
            except TelegramForbiddenError:
                await users.set_active(current.user_id, False)
                note = "handoff-op-closed-user-blocked"
            except TelegramAPIError:
                pass
            finally:
                await handoff.closing_note(current, note)
        return
    if current.closed_at is not None:
        await handoff.note(current, "handoff-op-already-closed")
        return
    try:
        if message.text is not None:  # with the operator's links and formatting
            for text, entities in operator_parts(t(current.lang, "handoff-operator-says"), message.text, message.entities):
                await bot.send_message(current.user_id, text, entities=entities or None, parse_mode=None)
        else:  # media: the copy keeps the caption and its formatting
            await bot.copy_message(chat_id=current.user_id, from_chat_id=message.chat.id, message_id=message.message_id)
    except TelegramForbiddenError:
        await users.set_active(current.user_id, False)
        await handoff.note(current, "handoff-op-user-blocked")


def _utf16(text: str) -> list[int]:
    """Where each character of `text` starts in UTF-16 code units (Telegram's entity
    offsets), and the whole length last."""
    at = [0]
    for ch in text:
        at.append(at[-1] + (2 if ord(ch) > 0xFFFF else 1))
    return at


def _pieces(text: str, first: int, limit: int) -> list[tuple[int, int]]:
    """(start, end) of the pieces of `text`: the first at most `first` characters, the
    rest at most `limit`, cut at the last line break, else the last space, else hard
    (a break in the first half of a piece is not taken: no near-empty message); the
    blank at a cut is dropped."""
    pieces, start, room = [], 0, first
    while len(text) - start > room:
        cut = text.rfind("\n", start + room // 2, start + room + 1)
        if cut < 0:
            cut = text.rfind(" ", start + room // 2, start + room + 1)
        if cut < 0:
            cut = start + room
        end = cut
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            pieces.append((start, end))
        start, room = cut, limit
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text) or not pieces:
        pieces.append((start, len(text)))
    return pieces


def operator_parts(label: str, text: str, entities: list[MessageEntity] | None,
                   limit: int = TEXT_LIMIT) -> list[tuple[str, list[MessageEntity]]]:
    """An operator's reply for the user: the label, a line break and the text, in
    messages of at most `limit` characters (the label starts the first), each with the
    operator's entities that fall in it (links, bold...), cut at the message's edges and
    shifted to its offsets in UTF-16 code units. Custom emoji are left as their emoji
    (a bot may send them only with a Fragment username)."""
    head = label + "\n"
    at = _utf16(text)
    shift = _utf16(head)[-1]
    kept = [e for e in entities or () if e.type != "custom_emoji" and e.length > 0]
    parts = []
    for i, (start, end) in enumerate(_pieces(text, limit - len(head), limit)):
        a, b = at[start], at[end]
        moved = shift if i == 0 else 0
        mine = []
        for e in kept:
            lo, hi = max(e.offset, a), min(e.offset + e.length, b)
            if hi > lo:
                mine.append(e.model_copy(update={"offset": lo - a + moved, "length": hi - lo}))
        parts.append(((head if i == 0 else "") + text[start:end], mine))
    return parts


def user_router() -> Router:
    """Before the roster's file handler (a file sent to an operator is theirs) and the
    dialog's catch-all text handler."""
    router = Router(name="handoff")
    router.callback_query.filter(PrivateChat())
    router.callback_query.register(ask, CallbackData(exact=(ASK,)))
    router.callback_query.register(end, CallbackData(exact=(END,)))
    router.message.filter(PrivateChat())
    router.message.register(user_message, InOpenHandoff())
    # before the dialog's edited-message handler (its router comes later): a correction
    # during a hand-off is for the operator
    router.edited_message.filter(PrivateChat())
    router.edited_message.register(user_edited, InOpenHandoff())
    return router


def operators_router() -> Router:
    router = Router(name="operators")
    router.message.register(operator_message, InOperatorsTopic())
    return router
