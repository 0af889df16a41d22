"""Bot API request middlewares: what Telegram answers in the normal course of things
is handled at the request, so that a handler never fails on it.

- 429 Too Many Requests while handling an update: wait `retry_after` and send again
  (a bounded number of times, never longer than `max_wait` seconds at once). The
  reminder dispatcher paces itself and obeys 429 on its own, so only requests made
  while handling an update are retried here.
- "message is not modified" on an edit: the message already shows what we wanted.
- removing a keyboard from a message that is gone or too old to edit: nothing to remove.
- "query is too old" on answerCallbackQuery: the spinner has already stopped.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
from typing import Any

from aiogram import BaseMiddleware
from aiogram.client.session.middlewares.base import BaseRequestMiddleware
from aiogram.exceptions import TelegramBadRequest, TelegramRetryAfter
from aiogram.methods import AnswerCallbackQuery, EditMessageReplyMarkup, EditMessageText

log = logging.getLogger(__name__)

handling_update: contextvars.ContextVar[bool] = contextvars.ContextVar("handling_update", default=False)
# the presses this update has answered: the error handler does not answer one twice
answered_presses: contextvars.ContextVar[set | None] = contextvars.ContextVar("answered_presses", default=None)


class MarkHandling(BaseMiddleware):
    """An outer update middleware: requests made from here on belong to an update."""

    async def __call__(self, handler, event, data) -> Any:
        token = handling_update.set(True)
        answered_presses.set(set())  # not reset: the error handler, outside, reads it
        try:
            return await handler(event, data)
        finally:
            handling_update.reset(token)


class RetryAfter(BaseRequestMiddleware):
    def __init__(self, attempts: int = 3, max_wait: float = 30.0):
        self.attempts = attempts
        self.max_wait = max_wait

    async def __call__(self, make_request, bot, method):
        attempt = 0
        while True:
            try:
                return await make_request(bot, method)
            except TelegramRetryAfter as e:
                attempt += 1
                if not handling_update.get() or attempt > self.attempts or e.retry_after > self.max_wait:
                    raise
                log.info("%s: 429, retrying in %s s (attempt %d)", method.__api_method__, e.retry_after, attempt)
                await asyncio.sleep(e.retry_after)


NOT_MODIFIED = "message is not modified"
GONE = ("message to edit not found", "message can't be edited")
TOO_OLD = "query is too old"


class ExpectedErrors(BaseRequestMiddleware):
    async def __call__(self, make_request, bot, method):
        try:
            result = await make_request(bot, method)
            if isinstance(method, AnswerCallbackQuery):
                answered = answered_presses.get()
                if answered is not None:
                    answered.add(method.callback_query_id)
            return result
        except TelegramBadRequest as e:
            text = e.message.lower()
            if isinstance(method, (EditMessageText, EditMessageReplyMarkup)) and NOT_MODIFIED in text:
                return True
            if isinstance(method, EditMessageReplyMarkup) and method.reply_markup is None and any(g in text for g in GONE):
                return True
            if isinstance(method, AnswerCallbackQuery) and TOO_OLD in text:
                return True
            raise
