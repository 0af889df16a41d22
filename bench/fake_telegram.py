"""A fake Bot API on 127.0.0.1 that enforces Telegram's broadcast limits: at most 30
messages in any second and one per chat per second; past either it answers 429
with retry_after, as Telegram does. It records every delivered message."""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import json
import math
import time

from aiohttp import web


class LimitedBotAPI:
    def __init__(self, per_second: int = 30, per_chat: float = 1.0):
        self.per_second = per_second
        self.per_chat = per_chat
        self.window: collections.deque[float] = collections.deque()
        self.last_by_chat: dict[int, float] = {}
        self.delivered: list[tuple[int, str, float]] = []
        self.too_many = 0
        self._ids = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    async def start(self) -> "LimitedBotAPI":
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        self.base_url = f"http://127.0.0.1:{port}"
        return self

    async def close(self) -> None:
        if self._runner:
            await self._runner.cleanup()

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = dict(await request.post())
        if method != "sendMessage":
            return web.json_response({"ok": True, "result": True})
        now = time.monotonic()
        chat_id = int(params["chat_id"])
        while self.window and now - self.window[0] >= 1.0:
            self.window.popleft()
        wait = 0.0
        if len(self.window) >= self.per_second:
            wait = 1.0 - (now - self.window[0])
        last = self.last_by_chat.get(chat_id)
        if last is not None and now - last < self.per_chat:
            wait = max(wait, self.per_chat - (now - last))
        if wait > 0:
            self.too_many += 1
            retry = max(1, math.ceil(wait))
            return web.json_response(
                {"ok": False, "error_code": 429, "description": f"Too Many Requests: retry after {retry}", "parameters": {"retry_after": retry}},
                status=429,
            )
        self.window.append(now)
        self.last_by_chat[chat_id] = now
        self.delivered.append((chat_id, params.get("text", ""), now))
        message = {
            "message_id": next(self._ids),
            "date": int(dt.datetime.now().timestamp()),
            "chat": {"id": chat_id, "type": "private"},
            "text": params.get("text", ""),
        }
        if "reply_markup" in params:
            message["reply_markup"] = json.loads(params["reply_markup"])
        return web.json_response({"ok": True, "result": message})
