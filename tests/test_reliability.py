"""Issue 14, the Telegram process: what a user notices when messages race, the bot
crashes, floods or Telegram answers with an expected error."""

import asyncio
import contextlib
import datetime as dt

import pytest

from bot.telegram.conversation import parse_button_data, state_token
from dialogs.engine import DialogState, Engine
from storage.db import Database
from storage.repositories import DialogSessions
from tests.botapi_double import BotAPIDouble
from tests.conftest import fresh_redis_url
from tests.test_e2e_telegram import TODAY, TOKEN, running_bot

USERS = range(7001, 7021)  # 20 users


def shown_token(api, user_id: int) -> str | None:
    """The state token on the buttons of the last screen the user was shown."""
    msg = api.last_bot_message(user_id)
    for row in (msg or {}).get("reply_markup", {}).get("inline_keyboard", []):
        for b in row:
            parsed = parse_button_data(b.get("callback_data", ""))
            if parsed:
                return parsed[0]
    return None


async def start_all(api, users) -> None:
    for uid in users:
        api.push_message(uid, "/start")
    await api.wait_until(lambda: all(len(api.sent_texts(u)) >= 2 for u in users), timeout=20, what="every menu")


@pytest.mark.parametrize("mode", ["memory", "redis"])
async def test_two_quick_messages_from_one_user_are_applied_in_order(mode, sqlite_url, trees):
    engine = Engine(trees, today=lambda: TODAY)
    expected = engine.answer_text(engine.answer_text(engine.menu(), "1").state, "1").state
    async with contextlib.AsyncExitStack() as stack:
        redis = await stack.enter_async_context(fresh_redis_url()) if mode == "redis" else None
        api = await stack.enter_async_context(BotAPIDouble(token=TOKEN))
        app = await stack.enter_async_context(running_bot(api, sqlite_url, trees, redis))
        await start_all(api, USERS)
        for uid in USERS:  # both land in the same getUpdates batch
            api.push_message(uid, "1")
            api.push_message(uid, "1")
        await api.wait_until(lambda: all(len(api.sent_texts(u)) >= 4 for u in USERS), timeout=20, what="two screens each")
        await asyncio.sleep(0.2)
        conversation = app.dispatcher["conversation"]
        for uid in USERS:
            first, second = api.sent_texts(uid)[2:4]
            assert first != second, f"user {uid} saw the same question twice"
            state = await conversation.sessions.load(uid)
            assert state == expected.to_dict(), f"user {uid} is on {state['node']}, not {expected.node}"
        assert api.violations == []


async def test_memory_state_a_screen_goes_out_only_after_its_step_is_in_the_database(sqlite_url, trees):
    """With the state in memory the database is all a crashed bot resumes from: at the
    moment each question reaches Telegram, the database already holds that step."""
    engine = Engine(trees, today=lambda: TODAY)
    reader = Database(sqlite_url)
    seen: list[tuple[int, str, str | None]] = []

    async def check(method: str, params: dict) -> None:
        if method != "sendMessage" or params.get("chat_id") not in USERS:
            return
        tokens = [parse_button_data(b.get("callback_data", "")) for row in (params.get("reply_markup") or {}).get("inline_keyboard", []) for b in row]
        tokens = [t[0] for t in tokens if t]
        if not tokens or tokens[0] == "menu":
            return
        raw = await DialogSessions(reader).load(params["chat_id"])
        stored = state_token(engine.resume(DialogState.from_dict(raw))) if raw else None
        seen.append((params["chat_id"], tokens[0], stored))

    try:
        async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees):
            api.on_request.append(check)
            await start_all(api, USERS)
            for step in range(3):
                for uid in USERS:
                    api.push_message(uid, "1")
                await api.wait_until(lambda: all(len(api.sent_texts(u)) >= 3 + step for u in USERS), timeout=20, what="a screen each")
            assert api.violations == []
    finally:
        await reader.close()
    assert len(seen) >= 3 * len(USERS)
    behind = [(uid, shown, stored) for uid, shown, stored in seen if shown != stored]
    assert behind == [], f"{len(behind)} of {len(seen)} screens went out before their step was stored"
