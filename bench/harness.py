"""What every dialog benchmark shares: a Bot session that answers without sending,
synthetic private-chat updates, and a driver that clicks like a user.

The driver plays N users concurrently; each user sends /start, then presses the
first button of the last keyboard the bot sent them, `clicks` times. The score is
updates handled per second, each fed as a webhook or long polling feeds it: the JSON
Telegram sends, validated once into an Update bound to the bot
(Dispatcher.feed_raw_update), not an Update built in Python and re-mounted by
feed_update (a dump and a second validation that production never pays, ~0.1 ms an
update: it made every contender slower by the same amount and the ratios rosier). All contenders share one
process, so each starts its steps with the heap settled (gc.freeze) as a bot
process after start-up: none pays for the garbage collector walking the objects
another contender loaded.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import itertools
import time
from dataclasses import dataclass, field
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.client.session.base import BaseSession
from aiogram.methods import TelegramMethod
from aiogram.types import Chat, Message, User

BOT_ID = 777000
_update_ids = itertools.count(1)
_message_ids = itertools.count(1)


class NullSession(BaseSession):
    """Answers every Bot API call at once, as Telegram would, without a network.
    Remembers the last inline keyboard sent to each chat so the driver can click it."""

    def __init__(self) -> None:
        super().__init__()
        self.keyboards: dict[int, tuple[int, Any]] = {}
        self.calls = 0

    async def close(self) -> None:
        pass

    async def make_request(self, bot: Bot, method: TelegramMethod[Any], timeout: int | None = None) -> Any:
        self.calls += 1
        returning = getattr(method, "__returning__", bool)
        if returning is Message or "Message" in str(returning):
            chat_id = getattr(method, "chat_id", None) or 0
            message_id = getattr(method, "message_id", None) or next(_message_ids)
            markup = getattr(method, "reply_markup", None)
            if markup is not None and getattr(markup, "inline_keyboard", None):
                self.keyboards[int(chat_id)] = (message_id, markup)
            return Message(
                message_id=message_id,
                date=dt.datetime.now(dt.timezone.utc),
                chat=Chat(id=int(chat_id), type="private"),
                from_user=User(id=BOT_ID, is_bot=True, first_name="bench"),
                text=getattr(method, "text", None) or "ok",
            )
        if returning is bool:
            return True
        return True

    async def stream_content(self, *args, **kwargs):  # pragma: no cover - not used
        raise NotImplementedError


def make_bot() -> tuple[Bot, NullSession]:
    session = NullSession()
    return Bot(f"{BOT_ID}:BENCH", session=session), session


def _user(uid: int) -> dict:
    return {"id": uid, "is_bot": False, "first_name": "U", "language_code": "ru"}


def _now() -> int:
    return int(time.time())


def message_update(uid: int, text: str) -> dict:
    """An update as Telegram sends it: JSON with only the fields that are set."""
    return {"update_id": next(_update_ids),
            "message": {"message_id": next(_message_ids), "date": _now(), "chat": {"id": uid, "type": "private"},
                        "from": _user(uid), "text": text}}


def callback_update(uid: int, message_id: int, data: str) -> dict:
    return {"update_id": next(_update_ids),
            "callback_query": {"id": str(next(_update_ids)), "from": _user(uid), "chat_instance": "bench", "data": data,
                               "message": {"message_id": message_id, "date": _now(), "chat": {"id": uid, "type": "private"},
                                           "from": {"id": BOT_ID, "is_bot": True, "first_name": "bench"}}}}


@dataclass
class Result:
    updates: int
    seconds: float
    errors: list = field(default_factory=list)
    calls: int = 0  # Bot API calls the bot made while handling the updates
    redis_round_trips: int = 0  # commands and pipelines sent to Redis (ours with Redis only)

    @property
    def calls_per_step(self) -> float:
        return self.calls / self.updates if self.updates else 0.0

    @property
    def per_second(self) -> float:
        return self.updates / self.seconds if self.seconds else 0.0


async def drive(dp: Dispatcher, bot: Bot, session: NullSession, users: int, clicks: int, first_uid: int = 1, concurrency: int = 200) -> Result:
    """Each user: /start, then `clicks` presses of the first button of their last keyboard."""
    count = 0
    errors: list = []
    gate = asyncio.Semaphore(concurrency)

    async def one_user(uid: int) -> None:
        nonlocal count
        async with gate:
            await dp.feed_raw_update(bot, message_update(uid, "/start"))
            count += 1
            for _ in range(clicks):
                found = session.keyboards.get(uid)
                if not found:
                    errors.append(f"user {uid}: no keyboard")
                    return
                message_id, markup = found
                data = markup.inline_keyboard[0][0].callback_data
                await dp.feed_raw_update(bot, callback_update(uid, message_id, data))
                count += 1

    # every contender steps on a settled heap, as a bot process does after start-up
    # (bot/heap.py settle): what was loaded before (its own start-up, and the
    # contenders that ran before it in this process) is not walked by the collector
    gc.collect()
    gc.freeze()
    calls_before = session.calls
    start = time.perf_counter()
    try:
        await asyncio.gather(*(one_user(uid) for uid in range(first_uid, first_uid + users)))
    finally:
        gc.unfreeze()
    return Result(count, time.perf_counter() - start, errors, session.calls - calls_before)
