"""A hard crash mid-dialog: the bot runs as a real process (`python -m bot`) polling
the Bot API double in this test process; 20 users are mid-dialog when it is killed
with SIGKILL; a new process must resume every user at the question they were shown,
with their answers. In memory mode (the database is all that survives) and with
Redis (db 12 of the test Redis)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from pathlib import Path

import pytest

from bot.telegram.conversation import parse_button_data
from tests.botapi_double import BotAPIDouble
from tests.conftest import fresh_redis_url

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "777001:CRASH"
USERS = list(range(8001, 8021))
STALE = "кнопка устарела"


@contextlib.asynccontextmanager
async def bot_process(api: BotAPIDouble, database_url: str, redis_url: str | None, log: Path):
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "DATABASE_URL", "BOT_TOKEN")}
    env.update(BOT_TOKEN=TOKEN, TELEGRAM_API_URL=api.base_url, DATABASE_URL=database_url, REMINDERS="false")
    if redis_url:
        env["REDIS_URL"] = redis_url
    polls = len(api.calls("getUpdates"))
    with log.open("ab") as out:
        proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", cwd=ROOT, env=env, stdout=out, stderr=out)
    try:
        await api.wait_until(lambda: len(api.calls("getUpdates")) > polls or proc.returncode is not None,
                             timeout=300, what="the bot process to poll")
        assert proc.returncode is None, log.read_text()[-3000:]
        yield proc
    finally:
        if proc.returncode is None:
            proc.kill()
        await proc.wait()


def screen(api: BotAPIDouble, uid: int) -> int | None:
    """The message that shows the user's current screen: the last one the bot sent or
    edited in place with dialog buttons (a quotes or share message below it has none)."""
    for r in reversed(api.requests):
        if r.error is None and r.method in ("sendMessage", "editMessageText") and str(r.params.get("chat_id")) == str(uid):
            markup = r.params.get("reply_markup") or {}
            if any(parse_button_data(b.get("callback_data", "")) for row in markup.get("inline_keyboard", []) for b in row):
                return r.params.get("message_id") or (r.result or {}).get("message_id")
    return None


def buttons(api: BotAPIDouble, uid: int) -> list[str]:
    """The dialog's buttons on the user's screen, 📜 Quotes left out: it does not move
    the dialog, and pressed again within 30 s it answers with a notice, not a message."""
    mid = screen(api, uid)
    msg = api.chats[uid].get(mid) if mid else None
    return [b["callback_data"] for row in (msg or {}).get("reply_markup", {}).get("inline_keyboard", []) for b in row
            if parse_button_data(b.get("callback_data", "")) and not b.get("text", "").startswith("📜")]


def press(api: BotAPIDouble, uid: int, data: str) -> None:
    api.push_callback(uid, data, message_id=screen(api, uid))


def step(api: BotAPIDouble, uid: int, n: int) -> None:
    """One step of the dialog: the n-th button of the screen on display (or "1")."""
    data = buttons(api, uid)
    if data:
        press(api, uid, data[n % len(data)])
    else:
        api.push_message(uid, "1")


async def all_replied(api: BotAPIDouble, before: dict[int, int], timeout: float = 180) -> None:
    await api.wait_until(lambda: all(len(api.sent_texts(u)) > before[u] for u in USERS), timeout=timeout, what="a screen for every user")


@pytest.mark.parametrize("mode", ["memory", "redis"])
async def test_sigkill_mid_dialog_every_user_resumes_where_they_were(mode, tmp_path):
    database_url = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    log = tmp_path / "bot.log"
    async with contextlib.AsyncExitStack() as stack:
        redis_url = await stack.enter_async_context(fresh_redis_url()) if mode == "redis" else None
        api = await stack.enter_async_context(BotAPIDouble(token=TOKEN))
        async with bot_process(api, database_url, redis_url, log) as proc:
            for uid in USERS:
                api.push_message(uid, "/start")
            await api.wait_until(lambda: all(buttons(api, u) for u in USERS), timeout=180, what="every menu")
            for n in range(3):
                before = {u: len(api.sent_texts(u)) for u in USERS}
                await asyncio.sleep(0.15)  # the last part of a split screen
                for uid in USERS:
                    step(api, uid, uid + n)
                await all_replied(api, before)
            # the last step: killed the moment every user has seen its screen
            await asyncio.sleep(0.15)
            before = {u: len(api.sent_texts(u)) for u in USERS}
            for uid in USERS:
                step(api, uid, uid)
            await all_replied(api, before)
            proc.send_signal(signal.SIGKILL)
            await proc.wait()
        shown = {u: buttons(api, u) for u in USERS}
        assert all(shown.values()), "every user was shown a question with buttons"

        async with bot_process(api, database_url, redis_url, log):
            before = {u: len(api.sent_texts(u)) for u in USERS}
            for uid in USERS:  # answer the question on screen
                press(api, uid, shown[uid][0])
            await all_replied(api, before)
            await asyncio.sleep(0.3)
            resumed = [u for u in USERS if not any(STALE in t for t in api.sent_texts(u)[before[u]:])]
        print(f"crash test ({mode}): {len(resumed)}/{len(USERS)} users resumed at the question they were shown")
        assert len(resumed) == len(USERS), f"{len(USERS) - len(resumed)} users were not where their screen said"
        assert api.violations == []
