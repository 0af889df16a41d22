"""Several bot processes behind the webhook (issue 12): with Redis, one user's two quick
messages posted to two different processes at once still apply in order — aiogram's
Redis event isolation holds a per-user lock across processes."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
import pytest

from bench.webhook_load import free_port, text_update
from tests.botapi_double import BotAPIDouble

pytestmark = [pytest.mark.postgres, pytest.mark.redis]

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123456:MULTI"
SECRET = "multi-secret"
PATH = "/telegram/webhook"


async def _post(http, port: int, update: dict) -> int:
    async with http.post(f"http://127.0.0.1:{port}{PATH}", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}) as r:
        return r.status


async def _healthy(http, port: int, proc: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"the bot process on {port} exited with {proc.returncode}"
        try:
            async with http.get(f"http://127.0.0.1:{port}/healthz") as r:
                if r.status == 200:
                    return
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.2)
    raise TimeoutError(f"the bot process on {port} did not start")


async def test_two_processes_apply_one_users_two_quick_messages_in_order(pg_url, redis_url):
    users = list(range(8101, 8111))
    async with BotAPIDouble(token=TOKEN) as api, aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as http:
        env = {k: v for k, v in os.environ.items()}
        env.update(
            BOT_TOKEN=TOKEN, TELEGRAM_API_URL=api.base_url, DATABASE_URL=pg_url, REDIS_URL=redis_url,
            WEBHOOK_URL="https://bot.example", WEBHOOK_PATH=PATH, WEBHOOK_SECRET=SECRET, REMINDERS="false",
            MIGRATE_ON_START="false", WEBHOOK_HOST="127.0.0.1",
        )
        subprocess.run([sys.executable, "-m", "bot", "migrate"], cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
        ports = [free_port(), free_port()]
        procs = [
            subprocess.Popen([sys.executable, "-m", "bot", "webhook"], cwd=ROOT, env={**env, "WEBHOOK_PORT": str(p)},
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            for p in ports
        ]
        try:
            await asyncio.gather(*(_healthy(http, p, proc) for p, proc in zip(ports, procs)))
            for i, user in enumerate(users):
                assert await _post(http, ports[i % 2], text_update(10 * user, user, "/start")) == 200
            # each user answers "1" twice at once, one message to each process
            statuses = await asyncio.gather(*(
                _post(http, ports[k], text_update(10 * user + 1 + k, user, "1")) for user in users for k in (0, 1)
            ))
            assert statuses == [200] * len(statuses)
            for user in users:
                texts = api.sent_texts(user)
                worker_q = [t for t in texts if "Где или как вы будете работать?" in t]
                # in order: "1" chose the foreign worker, then the second "1" answered the next
                # question; without the lock both read the menu and the question came twice
                assert len(worker_q) == 1, (user, texts[-4:])
                assert "Где или как вы будете работать?" not in texts[-1], (user, texts[-2:])
            assert api.violations == []
        finally:
            for proc in procs:
                proc.terminate()
            for proc in procs:
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()
