"""Presses the bot does not serve are still answered, so no button keeps spinning.

- first: a press on a button of a group's or channel's message (or of an inline
  message) is answered silently; the bot never posts into a group or a channel;
- last: a press no router recognised (an old keyboard, forged data) is answered
  "out of date".
"""

from __future__ import annotations

from aiogram import Router
from aiogram.types import CallbackQuery

from ..conversation import Conversation
from ..filters import NotPrivateChat


async def not_private(query: CallbackQuery) -> None:
    await query.answer()


async def unknown(query: CallbackQuery, conversation: Conversation, lang: str = "ru") -> None:
    await query.answer(conversation.renderer.t(lang, "error-stale-button-short"))


def first_router() -> Router:
    router = Router(name="guard")
    router.callback_query.register(not_private, NotPrivateChat())
    return router


def last_router() -> Router:
    router = Router(name="fallback")
    router.callback_query.register(unknown)
    return router
