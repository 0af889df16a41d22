"""Showing a screen: edit the dialog's message in place, or send a new one.

A dialog is one message edited in place while the user answers questions with
buttons; a result (or a list, or the end of a dialog) is a new message that stays
in the chat. After a typed answer the next question is a new message (the bot
cannot edit the user's), and the old question loses its keyboard.
"""

from __future__ import annotations

import logging
import time

from aiogram import Bot
from aiogram.fsm.context import FSMContext
from aiogram.exceptions import TelegramBadRequest

from dialogs.runtime.render import split_text

from ..conversation import Conversation, Screen

HTML = "HTML"
log = logging.getLogger(__name__)

DOUBLE_TAP_SECONDS = 10.0  # the same press again this soon is the same tap again


def noted_recently(last, token, wait: float = DOUBLE_TAP_SECONDS) -> bool:
    """Whether `last` ([token, time], as a handler noted a press in the FSM data) is this
    same press (`token`) less than `wait` seconds ago."""
    return bool(last) and last[0] == token and 0 <= time.time() - last[1] < wait


async def pressed_again(state: FSMContext, key: str, token) -> bool:
    """Whether this press (`token`: what it acts on) repeats the last one noted under
    `key` within DOUBLE_TAP_SECONDS — a double tap, or a slow network's resend: its
    answer is in the chat already. Otherwise notes it and returns False. Updates of
    one user are handled one at a time (event isolation), so the check and the note
    cannot interleave."""
    if noted_recently((await state.get_data()).get(key), token):
        return True
    await state.update_data({key: [token, time.time()]})
    return False


async def send_quotes_once(bot: Bot, chat_id: int, state: FSMContext | None, key: str, token, text: str) -> None:
    """The verbatim quotes a 📜 press sends (under /status, a reminder, a worker's card):
    once for a double tap (`key`, `token`: as `pressed_again`), split to fit a message."""
    if state is not None and await pressed_again(state, key, token):
        return  # pressed again at once: the quotes are in the chat already
    for part in split_text(text):
        await bot.send_message(chat_id, part)


async def send_screen(bot: Bot, chat_id: int, screen: Screen, pressed_message_id: int | None = None) -> int | None:
    """Send `screen` as new message(s); the buttons of `pressed_message_id` are taken
    away (pressed again they could only answer "out of date"). Returns the id of the
    message that carries the keyboard."""
    return await show_screen(bot, chat_id, screen, old_id=pressed_message_id)


async def show_screen(
    bot: Bot, chat_id: int, screen: Screen, *, old_id: int | None = None, edit: bool = False, delete_old: bool = False
) -> int | None:
    """Edit message `old_id` into `screen` when `edit` (a question after a button
    press on it); otherwise send `screen` new and take the keyboard off `old_id` (or
    delete it: a question answered by a button, now followed by its result).
    "message is not modified" (a double tap) is success; a message that cannot be
    edited any more is replaced by a new one."""
    texts = screen.html or screen.texts
    mode = HTML if screen.html else None
    if edit and old_id is not None and len(texts) == 1:
        try:
            await bot.edit_message_text(chat_id=chat_id, message_id=old_id, text=texts[0], parse_mode=mode, reply_markup=screen.markup)
            return old_id
        except TelegramBadRequest as e:
            if "not modified" in str(e):
                return old_id
            # gone or too old to edit: a new message below
    last = None
    for i, text in enumerate(texts):
        markup = screen.markup if i == len(texts) - 1 else None
        try:
            sent = await bot.send_message(chat_id, text, parse_mode=mode, reply_markup=markup)
        except TelegramBadRequest as e:
            if mode is None or "entities" not in str(e):
                raise
            sent = await bot.send_message(chat_id, screen.texts[min(i, len(screen.texts) - 1)], reply_markup=markup)
        last = sent.message_id if sent is not None and hasattr(sent, "message_id") else last
    if old_id is not None and old_id != last:
        await clear_message(bot, chat_id, old_id, delete=delete_old)
    return last


async def show_page(bot: Bot, chat_id: int, text: str, markup, pressed=None) -> None:
    """A page of a list (/status, /workers): the message whose button was pressed
    becomes the page, so ◀️ ▶️ turn pages in one message; with nothing pressed, or a
    message too old to edit, the page is a new message."""
    if pressed is not None and getattr(pressed, "text", None) is not None:
        if pressed.text == text and pressed.reply_markup == markup:
            return  # a double tap: it shows this page already
        try:
            await bot.edit_message_text(chat_id=chat_id, message_id=pressed.message_id, text=text, reply_markup=markup)
            return
        except TelegramBadRequest as e:
            if "not modified" in str(e):
                return
            # gone or too old to edit: a new message below
    await bot.send_message(chat_id, text, reply_markup=markup)


async def clear_message(bot: Bot, chat_id: int, message_id: int, delete: bool = False) -> None:
    """Delete a message, or take its keyboard away; a message already without one,
    or too old to change, is left as it is."""
    try:
        if delete:
            await bot.delete_message(chat_id=chat_id, message_id=message_id)
            return
    except TelegramBadRequest:
        pass  # too old to delete (48 h): at least take the buttons away
    try:
        await bot.edit_message_reply_markup(chat_id=chat_id, message_id=message_id, reply_markup=None)
    except TelegramBadRequest:
        pass


async def save_step(conversation: Conversation, fsm: FSMContext, user_id: int, state, lang: str, screen_id: int | None,
                    view=None) -> None:
    """Save the step; if saving fails part-way (the conversation data written, the
    database not), the message on screen no longer shows where the user is."""
    try:
        await conversation.save(fsm, user_id, state, lang, view)
    except Exception:
        await forget_screen(conversation, fsm, screen_id)
        raise


async def show_and_remember(conversation: Conversation, fsm: FSMContext, screen_id: int | None, bot: Bot, chat_id: int, screen, **how) -> None:
    """Show a screen (common.show_screen) and remember the message that shows it.

    If showing fails (Telegram 5xx, a network blip) the saved step stands but no
    message is known to show it."""
    try:
        new_id = await show_screen(bot, chat_id, screen, **how)
    except Exception:
        await forget_screen(conversation, fsm, screen_id)
        raise
    if new_id is not None and new_id != screen_id:
        await conversation.remember_screen(fsm, new_id, replaced=how.get("old_id"))


async def forget_screen(conversation: Conversation, fsm: FSMContext, screen_id: int | None) -> None:
    """After a failed step: no message is known to show the user's place, so a press
    on the old one is answered with the current screen again instead of being taken
    for a double tap (which would leave the user on a silent "out of date")."""
    if screen_id is None:
        return
    try:
        await conversation.remember_screen(fsm, None)
    except Exception:  # noqa: BLE001 - the storage is failing too: the original error is what counts
        log.warning("could not forget the screen after a failed step")
