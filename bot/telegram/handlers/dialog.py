"""The dialog: button presses and typed answers, validated against where the user is."""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from dialogs.engine import DialogState
from dialogs.render import BACK, MENU, QUOTES, RESTART, TRACK, split_text
from dialogs.search.dialog import answer_text as search_answer

from ...tracking import Tracking

from ..filters import PrivateChat, CallbackData, HasText
from ..conversation import Conversation, parse_button_data, state_token
from .common import send_screen


MAX_TEXT = 1000  # longer than any answer the dialog asks for


async def button(query: CallbackQuery, bot: Bot, state: FSMContext, conversation: Conversation, tracking: Tracking, lang: str) -> None:
    user_id = query.from_user.id
    chat_id = query.message.chat.id if query.message else user_id
    current = await conversation.load(state, user_id)
    if current is None:  # no dialog yet: the screen shows the menu, so the press is checked against it
        current = conversation.engine.menu()
    parsed = parse_button_data(query.data)
    actions = conversation.actions_for(current, lang)
    if parsed is None or parsed[0] != state_token(current) or parsed[1] >= len(actions):
        # stale or forged: say so, show where the user really is, change nothing
        await query.answer(conversation.renderer.t(lang, "error-stale-button"))
        pressed = query.message.message_id if query.message else None
        await send_screen(bot, chat_id, conversation.screen(current, lang, prefix="error-stale-button"), pressed_message_id=pressed)
        return
    action = actions[parsed[1]]
    await query.answer()

    if action == TRACK:
        view = conversation.engine.view(current)
        editing = (await state.get_data()).get("editing_item") if current.tree_id == "track" else None
        await bot.send_message(chat_id, await tracking.save(user_id, dict(view.track or {}), lang, item_id=editing))
        await state.update_data(editing_item=None)
        return

    if action == QUOTES:
        quotes = conversation.renderer.render_quotes(conversation.engine.view(current), lang)
        for text in split_text(quotes):
            await bot.send_message(chat_id, text)
        await send_screen(bot, chat_id, conversation.screen(current, lang))
        return

    step_view = None
    if action.startswith("tree:"):
        current = conversation.engine.start(action[5:])
    elif action == MENU:
        current = conversation.engine.menu()
    elif action == BACK:
        current = conversation.engine.back(current)
    elif action == RESTART:
        current = conversation.engine.restart(current)
    else:
        step = conversation.engine.choose(current, action)
        current, step_view = step.state, step.view
    await conversation.save(state, user_id, current)
    pressed = query.message.message_id if query.message else None
    await send_screen(bot, chat_id, conversation.screen(current, lang, view=step_view), pressed_message_id=pressed)


async def text(message: Message, bot: Bot, state: FSMContext, conversation: Conversation, lang: str) -> None:
    user_id = message.from_user.id
    current: DialogState | None = await conversation.load(state, user_id)
    if len(message.text) > MAX_TEXT:
        await send_screen(bot, message.chat.id, conversation.screen(current, lang, prefix="error-too-long"))
        return
    if current is None:
        menu = conversation.engine.menu()
        await conversation.save(state, user_id, menu)
        await send_screen(bot, message.chat.id, conversation.screen(menu, lang, prefix="menu-hint"))
        return
    step = search_answer(conversation.engine, current, message.text, lang)  # issue 15: typed questions
    if step.accepted:
        await conversation.save(state, user_id, step.state)
    await send_screen(bot, message.chat.id, conversation.screen(step.state, lang, view=step.view))


async def other(message: Message, bot: Bot, state: FSMContext, conversation: Conversation, lang: str) -> None:
    """Stickers, photos, voice: we only understand text and buttons."""
    current = await conversation.load(state, message.from_user.id)
    await send_screen(bot, message.chat.id, conversation.screen(current, lang, prefix="error-unsupported-message"))


def build_router() -> Router:
    router = Router(name="dialog")
    router.message.filter(PrivateChat())
    router.callback_query.filter(PrivateChat())
    router.callback_query.register(button, CallbackData("d:"))
    router.message.register(text, HasText())
    router.message.register(other)
    return router
