"""Each Bot API answer is read as aiogram's `Response[<result type>]`, a pydantic generic
class that pydantic caches only weakly. Unheld, it was freed by every full pass of the
garbage collector and built again by the next request — 70–110 ms each in a process
whose types are built on first use (bot/lazy_types.py), a dozen times in ten seconds of
load on one webhook process, each time holding up every update in the process.
`BotSession` (bot/telegram/session.py) holds each one made."""

from __future__ import annotations

import gc

from pydantic._internal import _generics

from bot.telegram import session
from tests.botapi_double import BotAPIDouble
from tests.test_e2e_telegram import TOKEN, USER, running_bot


async def test_answer_types_are_built_once_not_after_every_garbage_collection(sqlite_url, trees, monkeypatch):
    made: list[str] = []
    original = _generics.create_generic_submodel

    def counted(model_name, *args):
        made.append(model_name)
        return original(model_name, *args)

    monkeypatch.setattr(_generics, "create_generic_submodel", counted)
    monkeypatch.setattr(session, "kept", {})  # what earlier tests kept is let go
    gc.collect()
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees):
        for sent in range(1, 4):
            api.push_message(USER, "/start", language_code="ru")
            await api.wait_for_sent(sent, chat_id=USER)
            gc.collect()  # a full pass, as the collector makes now and then
        assert len(api.sent_texts(USER)) == 3  # every /start answered
    assert made.count("Response[Message]") <= 1, made
    assert made.count("Response[list[Update]]") <= 1, made  # long polling's answers, too
