"""The dialog: button presses and typed answers, validated against where the user is.

Questions are one message edited in place; a result is sent as a new message that
stays (the question it answers is deleted); after a typed answer the next screen is a
new message and the old one loses its keyboard. See handlers/common.py.
"""

from __future__ import annotations

import time

from aiogram import Bot, Router
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from dialogs.law.dates import is_number
from dialogs.runtime.engine import TICK, DialogState
from dialogs.runtime.render import AMBIGUOUS, BACK, MENU, QUOTES, RESTART, SHARE, SHARE_MAX_CHARS, TRACK, match_button, split_text
from dialogs.search.dialog import answer_text as search_answer

from ...deeplink import link as deep_link
from ...tracking import Tracking

from ..filters import PrivateChat, CallbackData, HasText
from ..conversation import Conversation, parse_button_data, state_token
from ..keyboards import saved_buttons
from .common import DOUBLE_TAP_SECONDS, noted_recently, save_step, show_and_remember


MAX_TEXT = 1000  # longer than any answer the dialog asks for


async def button(query: CallbackQuery, bot: Bot, state: FSMContext, conversation: Conversation, tracking: Tracking, lang: str) -> None:
    user_id = query.from_user.id
    chat_id = query.message.chat.id if query.message else user_id
    current, screen_id = await conversation.load_with_screen(state, user_id)
    if current is None:
        current = conversation.engine.menu()  # nothing saved (or forgotten): the menu is the screen
    parsed = parse_button_data(query.data)
    token = state_token(current)
    view, actions = conversation.where(current, token)
    pressed = query.message.message_id if query.message else None
    if parsed is None or parsed[0] != token or parsed[1] >= len(actions):
        # stale or forged: change nothing
        data = await state.get_data()
        if not current.rerouted and pressed is not None and pressed in (screen_id, data.get("replaced")) \
                and not _shows(query.message, token) \
                and 0 <= time.time() - (data.get("saved_at") or 0) < DOUBLE_TAP_SECONDS:
            # a double tap: the first press, just now, moved on and its screen is there
            # (this message edited into it, or a result sent below and this question
            # deleted). Later, the same press means the screen never followed its step
            # (the process died between the two): the current screen is shown below.
            await query.answer()
            return
        # a screen of an earlier day whose way on reads today's date was routed again
        # (engine.resume): the dates moved on, the button is not "stale" for nothing
        notice = "dialog-rerouted" if current.rerouted else "error-stale-button"
        await query.answer(conversation.renderer.t(lang, notice + "-short"))
        if pressed is not None and pressed == screen_id and _shows(query.message, token):
            return  # this message shows the current screen already: nothing to show again
        await show_and_remember(conversation, state, screen_id, bot, chat_id, conversation.screen(current, lang, prefix=notice), old_id=pressed)
        return
    action = actions[parsed[1]]
    if action in AGAIN_SOON and _done_just_now(await state.get_data(), action, parsed[0]):
        # pressed again at once (a double tap, or a slow network): its answer is in the chat already
        await query.answer(conversation.renderer.t(lang, AGAIN_SOON[action][1]))
        return
    await query.answer()
    await act(bot, chat_id, user_id, state, conversation, tracking, lang, current, view, action, old_id=pressed, typed=False, screen_id=screen_id)


QUOTES_AGAIN_AFTER = 30.0  # seconds: a press on 📜 sooner than this after the last one sends nothing twice
# buttons that send a message without moving the dialog: (the FSM key noting when, the
# notice for a second press soon after). 🔔 saved twice is harmless (no duplicate item)
# but a second "already saved" message under the first one is noise.
AGAIN_SOON = {QUOTES: ("quoted", "quotes-sent-above"), TRACK: ("tracked", "tracking-saved-above")}


def _done_just_now(data: dict, action: str, token: str) -> bool:
    return noted_recently(data.get(AGAIN_SOON[action][0]), token, QUOTES_AGAIN_AFTER if action == QUOTES else DOUBLE_TAP_SECONDS)


def _shows(message, token: str) -> bool:
    """Whether the message, as it was when pressed, carries the buttons of the screen
    at `token` (Telegram sends the pressed message's keyboard with each press)."""
    for row in getattr(getattr(message, "reply_markup", None), "inline_keyboard", None) or ():
        for b in row:
            parsed = parse_button_data(b.callback_data or "")
            if parsed is not None:
                return parsed[0] == token
    return False


async def act(bot: Bot, chat_id: int, user_id: int, fsm: FSMContext, conversation: Conversation, tracking: Tracking, lang: str,
              current: DialogState | None, view, action: str, *, old_id: int | None, typed: bool, screen_id: int | None) -> None:
    """Do what a button (pressed, or named by typed text) says, and show the result."""
    engine = conversation.engine
    renderer = conversation.renderer
    if action == TRACK:
        editing = (await fsm.get_data()).get("editing_item") if current.tree_id == "track" else None
        saved = await tracking.store(user_id, dict(view.track or {}), lang, item_id=editing)
        await bot.send_message(chat_id, saved.text, reply_markup=saved_buttons(renderer, lang, saved.twins, saved.item_id))
        # noted only once stored and said: a press again after a refusal tries again
        await fsm.update_data(editing_item=None, tracked=[state_token(current), time.time()] if saved.stored else None)
        return
    if action == QUOTES:
        # the quotes follow the screen; the screen itself is not sent again
        for text in split_text(renderer.render_quotes(view, lang)):
            await bot.send_message(chat_id, text)
        await fsm.update_data(quoted=[state_token(current), time.time()])
        return
    if action == SHARE:
        me = await bot.me()
        link = deep_link(me.username, view.tree_id) if me.username else None
        await bot.send_message(chat_id, renderer.share_text(view, lang, link=link)[:SHARE_MAX_CHARS])  # `check` keeps it within
        return

    step_view = None
    if action.startswith("tree:"):
        current = engine.start(action[5:])
    elif action == MENU:
        current = engine.menu_from(current)  # the dialog left stays one ⬅️ away
    elif action == BACK:
        current = engine.back(current)
    elif action == RESTART:
        current = engine.restart(current)
    else:
        step = engine.choose(current, action)
        current, step_view = step.state, step.view
    await save_step(conversation, fsm, user_id, current, lang, screen_id, view=step_view)
    # ⬅️ onto a screen today's date has moved on (engine.back): said why it is not the one left
    screen = conversation.screen(current, lang, view=step_view, prefix="dialog-rerouted" if current.rerouted else None)
    was_in_place = conversation.in_place(view)
    if typed:
        # the bot cannot edit the user's message: a new screen below it
        await show_and_remember(conversation, fsm, screen_id, bot, chat_id, screen, old_id=screen_id)
    elif (screen.in_place and was_in_place) or action.startswith(TICK):
        await show_and_remember(conversation, fsm, screen_id, bot, chat_id, screen, old_id=old_id, edit=True)
    else:
        # a result: a new message that stays; the question it answers goes away
        await show_and_remember(conversation, fsm, screen_id, bot, chat_id, screen, old_id=old_id, delete_old=was_in_place and not screen.in_place)


async def text(message: Message, bot: Bot, state: FSMContext, conversation: Conversation, tracking: Tracking, lang: str) -> None:
    user_id = message.from_user.id
    chat_id = message.chat.id
    current, screen_id = await conversation.load_with_screen(state, user_id)
    if len(message.text) > MAX_TEXT:
        await show_and_remember(conversation, state, screen_id, bot, chat_id, conversation.screen(current, lang, prefix="error-too-long"), old_id=screen_id)
        return
    if current is None:
        menu = conversation.engine.menu()
        await save_step(conversation, state, user_id, menu, lang, screen_id)
        prefix = "error-unknown-command" if message.text.startswith("/") else "menu-hint"
        await show_and_remember(conversation, state, screen_id, bot, chat_id, conversation.screen(menu, lang, prefix=prefix), old_id=screen_id)
        return
    if current.rerouted:
        # typed at a screen of an earlier day that today's date has moved on (engine.resume):
        # the text answered that screen, not this one; say why it changed and show it (the
        # load saved it: the next message answers this screen)
        await show_and_remember(conversation, state, screen_id, bot, chat_id, conversation.screen(current, lang, prefix="dialog-rerouted"), old_id=screen_id)
        return
    if message.text.startswith("/"):
        await unknown_command(message, bot, state, conversation, lang, current, screen_id)
        return
    view, actions = conversation.where(current)
    typed = message.text.strip()
    if view.kind == "checklist" and is_number(typed) and 1 <= int(typed) <= len(view.items):
        action = f"{TICK}{int(typed) - 1}"  # "3" ticks the third document
    else:
        labels = conversation.renderer.buttons(view, lang, can_go_back=bool(current.history or current.parent))
        action = match_button(typed, labels, whole_only=view.kind == "input")
    if action == AMBIGUOUS:
        await show_and_remember(conversation, state, screen_id, bot, chat_id, conversation.screen(current, lang, prefix="error-use-buttons"), old_id=screen_id)
        return
    if action is not None and action in actions:
        await act(bot, chat_id, user_id, state, conversation, tracking, lang, current, view, action, old_id=screen_id, typed=True, screen_id=screen_id)
        return
    step = search_answer(conversation.engine, current, message.text, lang)  # issue 15: typed questions
    if step.accepted:
        await save_step(conversation, state, user_id, step.state, lang, screen_id, view=step.view)
    await show_and_remember(conversation, state, screen_id, bot, chat_id, conversation.screen(step.state, lang, view=step.view), old_id=screen_id)


async def unknown_command(message: Message, bot: Bot, state: FSMContext, conversation: Conversation, lang: str,
                          current: DialogState, screen_id: int | None) -> None:
    """A text starting with "/" that no command's handler took (/foo, a typo, one
    addressed to another bot: /status@other_bot): not an answer and not a question to
    search, whatever the screen asks. Said so, with the current screen again: the place
    and the answers stay as they were."""
    await show_and_remember(conversation, state, screen_id, bot, message.chat.id,
                            conversation.screen(current, lang, prefix="error-unknown-command"), old_id=screen_id)


async def other(message: Message, bot: Bot, state: FSMContext, conversation: Conversation, lang: str) -> None:
    """Stickers, photos, voice: we only understand text and buttons. A file (a PDF, a
    scan, a document of a kind the roster does not read; a hand-off's files went to the
    operator before this): the one file the bot reads is a list of workers, said so."""
    current, screen_id = await conversation.load_with_screen(state, message.from_user.id)
    prefix = "error-file-not-roster" if message.document is not None else "error-unsupported-message"
    await show_and_remember(conversation, state, screen_id, bot, message.chat.id, conversation.screen(current, lang, prefix=prefix), old_id=screen_id)


async def edited(message: Message, bot: Bot, state: FSMContext, conversation: Conversation, lang: str) -> None:
    """A message edited after it was sent changes no answer (the dialog may have moved
    on since): said so, with the current screen, so a corrected date is sent anew."""
    current, screen_id = await conversation.load_with_screen(state, message.from_user.id)
    await show_and_remember(conversation, state, screen_id, bot, message.chat.id,
                            conversation.screen(current, lang, prefix="error-edited-message"), old_id=screen_id)


def buttons_router() -> Router:
    """The dialog's presses ("d:" data, which no other router uses): the most frequent
    update, so its router comes first instead of after every other router's filters
    have been tried in turn. A press in a group fails its root filter and goes on to
    the guard."""
    router = Router(name="dialog-buttons")
    router.callback_query.filter(PrivateChat())
    router.callback_query.register(button, CallbackData("d:"))
    return router


def build_router() -> Router:
    """Typed answers and anything else sent: the catch-all, after every command."""
    router = Router(name="dialog")
    router.message.filter(PrivateChat())
    router.message.register(text, HasText())
    router.message.register(other)
    router.edited_message.filter(PrivateChat())
    router.edited_message.register(edited)
    return router
