"""The Bot API session: aiogram's aiohttp session, keeping the classes it reads answers with.

aiogram reads every answer of the Bot API as `Response[<the method's result type>]`, a
pydantic generic class made on first use. Pydantic caches it weakly only, and the class
sits in reference cycles, so every full pass of the garbage collector freed it and the
next request built it again: about 4 ms with aiogram's types built at import, 70–110 ms
with ours built on first use (bot/lazy_types.py) — a dozen times in a 10-second load run
of one webhook process, each time holding up every update in the process. Holding each
one made keeps pydantic's cache warm for the life of the process: one class per result
type (a few), shared by every session. Done where aiogram makes the class
(`check_response`), not as a request middleware, which would add a layer to every call.
"""

from __future__ import annotations

from typing import Any

from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.methods.base import Response

kept: dict[Any, type] = {}


def keep(*methods) -> None:
    """Make and hold the answer types of `methods` (method classes or requests) now."""
    for method in methods:
        returning = method.__returning__
        if returning not in kept:
            kept[returning] = Response[returning]


class BotSession(AiohttpSession):
    def check_response(self, bot, method, status_code: int, content: str):
        keep(method)
        return super().check_response(bot, method, status_code, content)
