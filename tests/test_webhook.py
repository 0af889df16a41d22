"""The webhook entry point: Telegram's POST with the secret header is handled; a
request without the secret is refused; the webhook is registered on startup."""

import asyncio
import datetime as dt

from aiohttp.test_utils import TestClient, TestServer
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer

from bot.app import build_webhook_app
from bot.config import Settings
from dialogs.runtime.engine import Engine
from tests.botapi_double import BotAPIDouble

TOKEN = "123456:WEBHOOK"


def update(update_id: int, text: str) -> dict:
    user = {"id": 9001, "is_bot": False, "first_name": "W", "language_code": "en"}
    return {
        "update_id": update_id,
        "message": {"message_id": update_id, "date": 1795305000, "chat": {"id": 9001, "type": "private"}, "from": user, "text": text},
    }


async def test_webhook_receives_updates_and_checks_the_secret(sqlite_url, trees):
    async with BotAPIDouble(token=TOKEN) as api:
        web_app = await webhook_app(api, sqlite_url, trees)
        async with TestClient(TestServer(web_app)) as client:
            assert api.calls("setWebhook")[0]["url"] == "https://bot.example/telegram/webhook"
            assert api.calls("setWebhook")[0]["secret_token"] == "s3cret"

            refused = await client.post("/telegram/webhook", json=update(1, "/start"))
            assert refused.status == 401

            ok = await client.post("/telegram/webhook", json=update(2, "/start"), headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret"})
            assert ok.status == 200

            # the process reports its health and its figures (issue 12)
            health = await client.get("/healthz")
            assert health.status == 200 and await health.json() == {"database": "ok"}
            metrics = await (await client.get("/metrics")).text()
            assert 'bot_updates_total{type="message"} 1.0' in metrics  # the refused POST never reached the bot
            texts = await api.wait_for_sent(1, chat_id=9001)
            assert texts[0].startswith("Hello!") and "Choose who you are" in texts[0]  # welcome and menu: one message
            assert api.violations == []



async def webhook_app(api: BotAPIDouble, database_url: str, trees):
    """The webhook application against the Bot API double (secret "s3cret", today 10.12.2026)."""
    settings = Settings(bot_token=TOKEN, database_url=database_url, webhook_url="https://bot.example", webhook_secret="s3cret", reminders=False)
    session = AiohttpSession(api=TelegramAPIServer.from_base(api.base_url))
    return await build_webhook_app(settings, engine=Engine(trees, today=lambda: dt.date(2026, 12, 10)), session=session)


async def test_webhook_answers_only_after_the_update_is_handled_and_refuses_junk(sqlite_url, trees, caplog, monkeypatch):
    """A crash while handling must leave the update unanswered, so Telegram sends it
    again: the 200 comes after the user's screen went out. Junk bodies get a 400,
    never a traceback or a background task that fails unseen."""
    import gc
    import logging

    import bot.app as app_module

    # the command menus are set 2 s after start-up: on a slow machine that fell inside this
    # test and a dropped keep-alive connection of the double failed it (not its subject)
    monkeypatch.setattr(app_module, "MENUS_AFTER", 60.0)
    caplog.set_level(logging.WARNING)
    async with BotAPIDouble(token=TOKEN) as api:
        web_app = await webhook_app(api, sqlite_url, trees)
        headers = {"X-Telegram-Bot-Api-Secret-Token": "s3cret"}
        async with TestClient(TestServer(web_app)) as client:
            ok = await client.post("/telegram/webhook", json=update(3, "/start"), headers=headers)
            assert ok.status == 200
            texts = api.sent_texts(9001)  # no waiting: answered only once handled
            assert len(texts) == 1 and "Choose who you are" in texts[0]

            bad = await client.post("/telegram/webhook", data=b"{not json", headers={**headers, "Content-Type": "application/json"})
            assert bad.status == 400
            not_update = await client.post("/telegram/webhook", json={"hello": "world"}, headers=headers)
            assert not_update.status == 400
            not_update = await client.post("/telegram/webhook", json=[1, 2], headers=headers)
            assert not_update.status == 400
            await asyncio.sleep(0.1)
            gc.collect()  # an unretrieved task exception is reported when the task is collected
            assert len(api.sent_texts(9001)) == 1
        problems = [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
        assert problems == [], [r.getMessage() for r in problems]
        assert api.violations == []


async def test_a_process_stopped_before_its_menus_are_set_logs_no_error(sqlite_url, trees, caplog, monkeypatch):
    """The command menus are set a moment after start-up; a process stopped within that
    moment (a deploy, a test) went on to set them through its closed session and logged
    "command menus not set" (seen once in a full test run on a slow machine)."""
    import logging

    import bot.app as app_module

    monkeypatch.setattr(app_module, "MENUS_AFTER", 1.0)
    caplog.set_level(logging.WARNING)
    async with BotAPIDouble(token=TOKEN) as api:
        web_app = await webhook_app(api, sqlite_url, trees)
        async with TestClient(TestServer(web_app)):
            pass  # started and stopped at once
        await asyncio.sleep(1.5)  # past the moment the menus would have been set
        assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
        assert api.calls("setMyCommands") == []
