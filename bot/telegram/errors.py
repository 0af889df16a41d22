"""One place for unexpected errors: log them, tell the user kindly, keep their data.

Expected Bot API answers ("message is not modified", "query is too old", 429) are
handled at the request (bot/telegram/requests.py). A user who blocked the bot (403)
cannot be told anything: they are marked inactive, as the reminder dispatcher does.
The bot never writes into a group or a channel, not even to apologise.
"""

from __future__ import annotations

import logging

from aiogram import Bot, Dispatcher
from aiogram.exceptions import TelegramForbiddenError
from aiogram.types import ErrorEvent

from dialogs.runtime.render import Renderer

from .requests import answered_presses, handling_update

log = logging.getLogger(__name__)


def _private_chat_id(update) -> int | None:
    message = update.message or (update.callback_query.message if update.callback_query else None)
    if message is None or message.chat.type != "private":
        return None
    return message.chat.id


def install_error_handler(dp: Dispatcher, renderer: Renderer) -> None:
    @dp.errors()
    async def on_error(event: ErrorEvent, bot: Bot, lang: str = "ru", users=None) -> bool:
        update = event.update
        handling_update.set(True)  # the apology is a reply to the update: 429 is retried
        if isinstance(event.exception, TelegramForbiddenError):
            log.info("update %s: the user blocked the bot or left the chat", update.update_id)
            user = update.event.from_user if hasattr(update.event, "from_user") else None
            if users is not None and user is not None:
                try:
                    await users.set_active(user.id, False)
                except Exception:  # noqa: BLE001 - the error path must not raise
                    log.exception("could not mark the user inactive")
            return True
        log.exception("update %s failed", update.update_id, exc_info=event.exception)
        if update.callback_query and update.callback_query.id not in (answered_presses.get() or ()):
            try:  # stop the button's spinner (unless the handler did before it failed)
                await bot.answer_callback_query(update.callback_query.id)
            except Exception:  # noqa: BLE001
                pass
        chat_id = _private_chat_id(update)
        if chat_id is not None:
            try:
                await bot.send_message(chat_id, renderer.t(lang, "error-internal"))
            except Exception:  # noqa: BLE001 - the error path must not raise
                log.exception("could not tell the user about the error")
        return True
