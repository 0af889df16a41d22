"""/healthz, /metrics and JSON logs (issue 12)."""

from __future__ import annotations

import datetime as dt
import json
import logging

import pytest
from aiogram import Bot, Dispatcher
from aiogram.types import Message, Update
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.observability import JsonLogFormatter, Metrics, MetricsMiddleware, add_routes
from storage.db import Database


def _update(update_id: int, text: str) -> Update:
    return Update.model_validate(
        {
            "update_id": update_id,
            "message": {
                "message_id": update_id,
                "date": int(dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc).timestamp()),
                "chat": {"id": 42, "type": "private"},
                "from": {"id": 42, "is_bot": False, "first_name": "A"},
                "text": text,
            },
        }
    )


async def test_metrics_count_updates_and_errors_and_time_each_step():
    metrics = Metrics()
    dp = Dispatcher()
    dp.update.outer_middleware(MetricsMiddleware(metrics))

    @dp.message()
    async def handle(message: Message) -> None:
        if message.text == "boom":
            raise RuntimeError("boom")

    bot = Bot("1:x")
    await dp.feed_update(bot, _update(1, "hello"))
    with pytest.raises(RuntimeError):
        await dp.feed_update(bot, _update(2, "boom"))
    await bot.session.close()
    page = metrics.render().decode()
    assert 'bot_updates_total{type="message"} 2.0' in page
    assert "bot_update_errors_total 1.0" in page
    assert "bot_update_seconds_count 2.0" in page
    assert "bot_active_dialogs 1.0" in page  # one user sent both


async def _get(app: web.Application, path: str):
    async with TestClient(TestServer(app)) as client:
        response = await client.get(path)
        return response.status, await response.read()


async def test_healthz_is_ok_when_the_database_answers_and_503_when_it_does_not(sqlite_url):
    up = Database(sqlite_url)
    app = web.Application()
    add_routes(app, Metrics(), up)
    status, body = await _get(app, "/healthz")
    assert (status, json.loads(body)) == (200, {"database": "ok"})
    await up.close()

    down = Database("postgresql+asyncpg://postgres@127.0.0.1:1/nowhere")
    app = web.Application()
    add_routes(app, Metrics(), down)
    status, body = await _get(app, "/healthz")
    assert status == 503 and json.loads(body)["database"] != "ok"
    assert "127.0.0.1" not in body.decode()  # no connection details in the answer
    await down.close()


@pytest.mark.redis
async def test_healthz_checks_redis_too(sqlite_url, redis_url):
    from redis.asyncio import Redis

    db, redis = Database(sqlite_url), Redis.from_url(redis_url)
    app = web.Application()
    add_routes(app, Metrics(), db, redis)
    status, body = await _get(app, "/healthz")
    assert (status, json.loads(body)) == (200, {"database": "ok", "redis": "ok"})
    await redis.aclose()
    await db.close()


async def test_metrics_page_is_prometheus_text(sqlite_url):
    metrics = Metrics()
    metrics.watch_reminders({"sent": 3, "failed": 1, "retry_after": 2})
    app = web.Application()
    db = Database(sqlite_url)
    add_routes(app, metrics, db)
    status, body = await _get(app, "/metrics")
    page = body.decode()
    assert status == 200 and 'bot_reminders_total{outcome="sent"} 3.0' in page and "bot_telegram_429_total 2.0" in page
    await db.close()


def test_typed_questions_that_found_nothing_are_counted_without_their_text(trees):
    from dialogs.runtime.engine import Engine
    from dialogs.search.dialog import answer_text

    engine = Engine(trees)
    answer_text(engine, engine.menu(), "Иванов Иван паспорт N1234567", "ru")
    page = Metrics().render().decode()
    assert 'bot_search_misses_total{lang="ru",screen="start:persona"}' in page
    assert "Иванов" not in page and "N1234567" not in page


def test_json_logs_hash_the_user_and_keep_the_rest():
    record = logging.makeLogRecord({"name": "bot", "levelname": "INFO", "msg": "step %s", "args": ("done",), "user": 123456789, "node": "expiry"})
    line = json.loads(JsonLogFormatter(key="k").format(record))
    assert line["message"] == "step done" and line["node"] == "expiry"
    assert line["user"] != 123456789 and "123456789" not in json.dumps(line)
    again = json.loads(JsonLogFormatter(key="k").format(record))
    assert again["user"] == line["user"]  # the same user correlates across lines
