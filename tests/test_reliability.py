"""Issue 14, the Telegram process: what a user notices when messages race, the bot
crashes, floods or Telegram answers with an expected error."""

import asyncio
import contextlib
import logging
import datetime as dt

import pytest

from bot.telegram.conversation import parse_button_data, state_token
from dialogs.runtime.engine import DialogState, Engine
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
    await api.wait_until(lambda: all(len(api.sent_texts(u)) >= 1 for u in users), timeout=20, what="every menu")


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
        await api.wait_until(lambda: all(len(api.sent_texts(u)) >= 3 for u in USERS), timeout=20, what="two screens each")
        await asyncio.sleep(0.2)
        conversation = app.dispatcher["conversation"]
        for uid in USERS:
            first, second = api.sent_texts(uid)[1:3]
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
                await api.wait_until(lambda: all(len(api.sent_texts(u)) >= 2 + step for u in USERS), timeout=20, what="a screen each")
            assert api.violations == []
    finally:
        await reader.close()
    assert len(seen) >= 3 * len(USERS)
    behind = [(uid, shown, stored) for uid, shown, stored in seen if shown != stored]
    assert behind == [], f"{len(behind)} of {len(seen)} screens went out before their step was stored"


def errors_logged(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.parametrize("mode", ["memory", "redis"])
async def test_a_flooding_user_is_slowed_down_and_others_are_served(mode, sqlite_url, trees, caplog):
    flooder, other = 7101, 7102
    async with contextlib.AsyncExitStack() as stack:
        redis = await stack.enter_async_context(fresh_redis_url()) if mode == "redis" else None
        api = await stack.enter_async_context(BotAPIDouble(token=TOKEN))
        await stack.enter_async_context(running_bot(api, sqlite_url, trees, redis))
        api.push_message(flooder, "/start")
        await api.wait_for_sent(1, chat_id=flooder)
        for i in range(60):
            api.push_message(flooder, f"flood {i}")
        api.push_message(other, "/start")
        await api.wait_for_sent(1, chat_id=other, timeout=10)
        await asyncio.sleep(1.0)
        texts = api.sent_texts(flooder)[2:]
        notices = [t for t in texts if "Слишком много сообщений" in t]
        assert len(notices) == 1, texts[-3:]
        assert len(texts) <= 31  # at most the allowance, then the one notice
        assert "Выберите, кто вы" in api.sent_texts(other)[-1]
        assert api.violations == []
    assert errors_logged(caplog) == []


async def test_a_reply_that_hits_429_is_sent_after_retry_after(sqlite_url, trees, caplog):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees):
        api.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
        api.push_message(7201, "/start")
        texts = await api.wait_for_sent(1, chat_id=7201, timeout=10)
        assert texts[0].startswith("Здравствуйте") and "Выберите, кто вы" in texts[0]  # welcome and menu: one message
        # the error reply too: an unexpected failure, then a 429 on the apology
        api.fail_next("sendMessage", 400, "Bad Request: something unexpected")
        api.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
        api.push_message(7201, "/menu")
        texts = await api.wait_for_sent(2, chat_id=7201, timeout=10)
        assert "Что-то пошло не так" in texts[1]
        assert api.violations == []
    assert [m for m in errors_logged(caplog) if "something unexpected" not in m and "failed" not in m] == []


async def test_expected_telegram_errors_do_not_show_an_error_screen(sqlite_url, trees, caplog):
    user = 7301
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees) as app:
        api.push_message(user, "/start")
        await api.wait_for_sent(1, chat_id=user)
        # "Cancel" pressed twice before the first press removed the buttons:
        # the second removal is "message is not modified"
        api.push_message(user, "/forget")
        await api.wait_for_sent(2, chat_id=user)
        confirm = api.last_bot_message(user)
        cancel = next(b["callback_data"] for r in confirm["reply_markup"]["inline_keyboard"] for b in r
                      if b["text"] == "Отмена")
        api.push_callback(user, cancel, confirm["message_id"])
        api.push_callback(user, cancel, confirm["message_id"])
        await api.wait_for_sent(3, chat_id=user)
        # answerCallbackQuery too late: the press still works
        api.push_message(user, "/start")
        await api.wait_for_sent(4, chat_id=user)
        api.fail_next("answerCallbackQuery", 400, "Bad Request: query is too old and response timeout expired or query ID is invalid")
        # /start showed the menu in the screen message, edited in place (above the "nothing deleted" line)
        menu = next(m for m in reversed(list(api.chats[user].values())) if any(
            b.get("text") == "👷 Иностранец, хочу работать" for r in m.get("reply_markup", {}).get("inline_keyboard", []) for b in r))
        api.press(user, "👷 Иностранец, хочу работать", message_id=menu["message_id"])
        await api.wait_until(lambda: "Где или как вы будете работать?" in api.sent_texts(user)[-1], what="the next question")
        # blocked: nothing more is sent, the user is marked inactive
        api.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user")
        api.push_message(user, "/help")
        await api.wait_until(lambda: any("blocked" in e for e in api.errors), what="the 403")
        await asyncio.sleep(0.3)
        assert (await app.dispatcher["users"].get(user)).active is False
        assert not any("Что-то пошло не так" in t for t in api.sent_texts(user))
        api.open_callbacks.clear()  # the one answered "too late"
        assert api.violations == []
    assert errors_logged(caplog) == []


async def test_presses_from_groups_and_unknown_presses_are_answered_and_nothing_goes_to_a_group(sqlite_url, trees, caplog):
    user, group = 7401, -1007401
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees):
        api.push_message(user, "/start")
        await api.wait_for_sent(1, chat_id=user)
        menu = api.last_bot_message(user)
        data = menu["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        group_msg = {**menu, "chat": {"id": group, "type": "supergroup", "title": "G"}}
        tg_user = {"id": user, "is_bot": False, "first_name": "T", "language_code": "ru"}
        for i, payload in enumerate([data, "l:en", "t:x:1", "f:yes"]):
            api.push_update({"callback_query": {"id": f"g{i}", "from": tg_user, "message": group_msg, "chat_instance": "g", "data": payload}})
        api.push_update({"callback_query": {"id": "junk", "from": tg_user, "message": menu, "chat_instance": "p", "data": "zzz"}})
        await api.wait_until(lambda: not api.open_callbacks, what="every press answered")
        await asyncio.sleep(0.3)
        assert not [c for c in api.calls("sendMessage") if c["chat_id"] == group]
        assert [c.get("text") for c in api.calls("answerCallbackQuery") if c["callback_query_id"] == "junk"] == ["Эта кнопка устарела."]  # no question follows a press nobody knows: none is promised
        assert len(api.sent_texts(user)) == 1  # nothing changed for the user either
        assert api.violations == []
    assert errors_logged(caplog) == []


async def test_a_forged_menu_press_from_a_user_without_a_dialog_is_refused_kindly(sqlite_url, trees, caplog):
    """Found by the fuzzer: "d:menu:0" from a user with no saved dialog crashed the step."""
    user = 7501
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees):
        api.push_message(user, "/start")
        await api.wait_for_sent(1, chat_id=user)
        api.push_message(user, "/forget")
        await api.wait_for_sent(2, chat_id=user)
        api.press(user, "Да, удалить")
        await api.wait_for_sent(3, chat_id=user)
        api.push_callback(user, "d:menu:0", check_button=False)
        texts = await api.wait_for_sent(4, chat_id=user)
        assert "кнопка устарела" in texts[3] and "Выберите, кто вы" in texts[3]
        await api.wait_until(lambda: not api.open_callbacks, what="the press answered")
        assert api.violations == []
    assert errors_logged(caplog) == []


async def test_throttle_rule_in_memory_and_in_redis():
    from bot.telegram.throttling import DROP, NOTIFY, PASS, MemoryThrottle, RedisThrottle

    now = [100.0]
    memory = MemoryThrottle(limit=3, window=5.0, cooldown=2.0, clock=lambda: now[0])
    assert [await memory.hit(1) for _ in range(5)] == [PASS, PASS, PASS, NOTIFY, DROP]
    assert await memory.hit(2) == PASS  # someone else is not affected
    now[0] += 2.0  # the cooldown is over: a fresh window
    assert [await memory.hit(1) for _ in range(4)] == [PASS, PASS, PASS, NOTIFY]
    now[0] += 10.0
    assert [await memory.hit(3) for _ in range(3)] == [PASS] * 3
    now[0] += 5.0  # a new window: the count starts again
    assert await memory.hit(3) == PASS

    async with fresh_redis_url() as url:
        from redis.asyncio import Redis

        client = Redis.from_url(url)
        try:
            redis = RedisThrottle(client, limit=3, window=5.0, cooldown=60.0, prefix="t")
            assert [await redis.hit(1) for _ in range(5)] == [PASS, PASS, PASS, NOTIFY, DROP]
            assert await redis.hit(2) == PASS
            assert 0 < await client.pttl("t:1:block") <= 60_000  # it expires by itself
            assert 0 < await client.pttl("t:2:n") <= 5_000
        finally:
            await client.aclose()
