"""Sending a screen: split long texts, keyboard on the last part, old keyboard removed."""

from __future__ import annotations

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from aiogram.fsm.context import FSMContext

from ..conversation import Screen


async def send_screen(bot: Bot, chat_id: int, fsm: FSMContext, screen: Screen) -> None:
    data = await fsm.get_data()
    previous = data.get("keyboard_message")
    if previous:
        # the old question's buttons would only answer "out of date": take them away
        try:
            await bot.edit_message_reply_markup(chat_id=chat_id, message_id=previous, reply_markup=None)
        except TelegramBadRequest:
            pass
    last = None
    for i, text in enumerate(screen.texts):
        markup = screen.markup if i == len(screen.texts) - 1 else None
        last = await bot.send_message(chat_id, text, reply_markup=markup)
    await fsm.update_data(keyboard_message=last.message_id if (last and screen.markup) else None)
