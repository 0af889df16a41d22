"""Middlewares, one job each."""

from __future__ import annotations

import logging
import time
from typing import Any, Awaitable, Callable

from aiogram import BaseMiddleware
from aiogram.types import Chat, TelegramObject, User as TgUser

from dialogs.runtime.i18n import Localizer
from storage.repositories import Users

from .fsm import UpdateFSMContext

log = logging.getLogger(__name__)


class UserLanguageMiddleware(BaseMiddleware):
    """Registers a user on first contact in a private chat (language from Telegram's
    language_code) and hands handlers `lang`, the language to answer in.

    Updates from elsewhere (groups, inline queries, reactions, join requests) get a
    `lang` too, from the stored user if there is one or else from language_code, but
    nothing is stored about people who never opened the bot in private.

    A user seen in the last `ttl` seconds is not read from the database again: the
    language is on every update's path. This process's own changes (/language,
    /forget) update the cache at once; another replica's change shows within `ttl`."""

    def __init__(self, users: Users, localizer: Localizer, ttl: float = 60.0, size: int = 100_000):
        self.users = users
        self.localizer = localizer
        self.ttl = ttl
        self.size = size
        self._seen: dict[int, tuple[float, str]] = {}
        users.on_change.append(self.forget)

    def forget(self, user_id: int) -> None:
        self._seen.pop(user_id, None)

    async def __call__(self, handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]], event: TelegramObject, data: dict[str, Any]) -> Any:
        tg_user: TgUser | None = data.get("event_from_user")
        if tg_user is None or tg_user.is_bot:
            return await handler(event, data)
        now = time.monotonic()
        seen = self._seen.get(tg_user.id)
        if seen and now - seen[0] < self.ttl:
            data["lang"] = seen[1]
            return await handler(event, data)
        chat: Chat | None = data.get("event_chat")
        private = chat is not None and chat.type == "private"
        user = await self.users.get(tg_user.id)
        if user is None and (not private or _forget_press(event)):
            # a second tap on /forget's confirmation must not bring the deleted user back
            data["lang"] = self.localizer.resolve_lang(tg_user.language_code)
            return await handler(event, data)
        if user is None:
            user, created = await self.users.create(tg_user.id, self.localizer.resolve_lang(tg_user.language_code))
            fsm = data.get("state")
            if created and isinstance(fsm, UpdateFSMContext):
                fsm.assume_nothing_saved()  # a user created just now has no dialog to look up
        elif not private:
            data["lang"] = user.language  # not cached: their next private update must still be seen
            return await handler(event, data)
        elif not user.active:
            await self.users.set_active(tg_user.id, True)  # they wrote to us: not blocked any more
        if len(self._seen) >= self.size:
            self._seen.clear()
        self._seen[tg_user.id] = (now, user.language)
        data["lang"] = user.language
        return await handler(event, data)


def _forget_press(event: TelegramObject) -> bool:
    query = getattr(event, "callback_query", None)
    return query is not None and (query.data or "").startswith("f:")
