"""The webhook entry point: Telegram's POST with the secret header is handled; a
request without the secret is refused; the webhook is registered on startup."""

import datetime as dt

from aiohttp.test_utils import TestClient, TestServer
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer

from bot.app import build_webhook_app
from bot.config import Settings
from dialogs.engine import Engine
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
        settings = Settings(bot_token=TOKEN, database_url=sqlite_url, webhook_url="https://bot.example", webhook_secret="s3cret", reminders=False)
        session = AiohttpSession(api=TelegramAPIServer.from_base(api.base_url))
        web_app = await build_webhook_app(settings, engine=Engine(trees, today=lambda: dt.date(2026, 12, 10)), session=session)
        async with TestClient(TestServer(web_app)) as client:
            assert api.calls("setWebhook")[0]["url"] == "https://bot.example/telegram/webhook"
            assert api.calls("setWebhook")[0]["secret_token"] == "s3cret"

            refused = await client.post("/telegram/webhook", json=update(1, "/start"))
            assert refused.status == 401

            ok = await client.post("/telegram/webhook", json=update(2, "/start"), headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret"})
            assert ok.status == 200
            texts = await api.wait_for_sent(1, chat_id=9001)
            assert texts[0].startswith("Hello!") and "Choose who you are" in texts[0]  # welcome and menu: one message
            assert api.violations == []
