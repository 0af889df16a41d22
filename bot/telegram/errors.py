"""One place for unexpected errors: log them, tell the user kindly, keep their data."""

from __future__ import annotations

import logging

from aiogram import Bot, Dispatcher
from aiogram.types import ErrorEvent

from dialogs.render import Renderer

log = logging.getLogger(__name__)


def install_error_handler(dp: Dispatcher, renderer: Renderer) -> None:
    @dp.errors()
    async def on_error(event: ErrorEvent, bot: Bot, lang: str = "ru") -> bool:
        log.exception("update %s failed", event.update.update_id, exc_info=event.exception)
        update = event.update
        chat_id = None
        if update.message:
            chat_id = update.message.chat.id
        elif update.callback_query and update.callback_query.message:
            chat_id = update.callback_query.message.chat.id
        if chat_id is not None:
            try:
                await bot.send_message(chat_id, renderer.t(lang, "error-internal"))
            except Exception:  # noqa: BLE001 - the error path must not raise
                log.exception("could not tell the user about the error")
        return True
