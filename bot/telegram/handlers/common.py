"""Sending a screen: split long texts, keyboard on the last part."""

from __future__ import annotations

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest

from ..conversation import Screen


async def send_screen(bot: Bot, chat_id: int, screen: Screen, pressed_message_id: int | None = None) -> None:
    """Send `screen`. After a button press, the pressed message's buttons are taken
    away first: pressed again they could only answer "out of date". (After a typed
    answer the previous buttons stay; a press on them is recognised as stale.)"""
    if pressed_message_id is not None:
        try:
            await bot.edit_message_reply_markup(chat_id=chat_id, message_id=pressed_message_id, reply_markup=None)
        except TelegramBadRequest:
            pass  # already without buttons, or too old to edit
    for i, text in enumerate(screen.texts):
        markup = screen.markup if i == len(screen.texts) - 1 else None
        await bot.send_message(chat_id, text, reply_markup=markup)
