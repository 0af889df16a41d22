"""Middlewares, one job each."""

from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject, User as TgUser

from dialogs.i18n import Localizer
from storage.repositories import Users

log = logging.getLogger(__name__)


class UserLanguageMiddleware(BaseMiddleware):
    """Registers a user on first contact (language from Telegram's language_code)
    and hands handlers `lang`, the language to answer in."""

    def __init__(self, users: Users, localizer: Localizer):
        self.users = users
        self.localizer = localizer

    async def __call__(self, handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]], event: TelegramObject, data: dict[str, Any]) -> Any:
        tg_user: TgUser | None = data.get("event_from_user")
        if tg_user is None or tg_user.is_bot:
            return await handler(event, data)
        user = await self.users.get(tg_user.id)
        if user is None:
            user = await self.users.ensure(tg_user.id, self.localizer.resolve_lang(tg_user.language_code))
        elif not user.active:
            await self.users.set_active(tg_user.id, True)  # they wrote to us: not blocked any more
        data["lang"] = user.language
        return await handler(event, data)
