"""`python -m bot webhook --workers 2` (the Procfile's web process, issue 12): one port,
two worker processes forked from one that imported and built everything once. Updates
posted over fresh connections are spread over both workers by the kernel and every
user is answered; /metrics, whichever worker answers it, counts both workers' updates;
SIGTERM stops the parent and both workers cleanly."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import aiohttp
import pytest

from bench.webhook_load import free_port, text_update
from tests.botapi_double import BotAPIDouble
from tests.test_multiprocess import PATH, SECRET, TOKEN, _healthy, _post

pytestmark = [pytest.mark.postgres, pytest.mark.redis]

ROOT = Path(__file__).resolve().parent.parent


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True)
    return [int(p) for p in out.stdout.split()]


async def test_two_forked_workers_share_the_port_and_stop_together(pg_url, redis_url):
    users = list(range(8201, 8241))
    async with BotAPIDouble(token=TOKEN) as api:
        env = {k: v for k, v in os.environ.items()}
        port = free_port()
        env.update(
            BOT_TOKEN=TOKEN, TELEGRAM_API_URL=api.base_url, DATABASE_URL=pg_url, REDIS_URL=redis_url,
            WEBHOOK_URL="https://bot.example", WEBHOOK_PATH=PATH, WEBHOOK_SECRET=SECRET, REMINDERS="false",
            MIGRATE_ON_START="false", WEBHOOK_HOST="127.0.0.1", WEBHOOK_PORT=str(port), LOG_FORMAT="json",
        )
        subprocess.run([sys.executable, "-m", "bot", "migrate"], cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
        proc = subprocess.Popen([sys.executable, "-m", "bot", "webhook", "--workers", "2"], cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            # a new connection for every request, as many Telegram senders would open
            connector = aiohttp.TCPConnector(force_close=True)
            async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=60)) as http:
                await _healthy(http, port, proc)
                await asyncio.sleep(0.5)  # the second worker may bind a moment after the first answered
                assert len(_children(proc.pid)) == 2
                statuses = [await _post(http, port, text_update(10 * user, user, "/start")) for user in users]
                # whichever worker answers a scrape, /metrics counts the updates of both
                scrapes = []
                for _ in range(6):
                    async with http.get(f"http://127.0.0.1:{port}/metrics") as r:
                        scrapes.append(await r.text())
            assert statuses == [200] * len(users)
            for text in scrapes:
                assert f'bot_updates_total{{type="message"}} {float(len(users))}' in text, text[:2000]
                assert "bot_update_seconds_count" in text and "bot_active_dialogs" in text
            for user in users:
                assert api.sent_texts(user), f"user {user} got no answer"
            assert api.violations == []
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                _, stderr = proc.communicate(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                raise
        assert proc.returncode == 0, stderr[-2000:]
        # each worker logged some of the requests (JSON logs carry the process id)
        pids = set()
        for row in stderr.splitlines():
            try:
                record = json.loads(row)
            except ValueError:
                continue
            if record.get("logger") == "aiohttp.access" and PATH in record.get("message", ""):
                pids.add(record["pid"])
        assert len(pids) == 2, pids


def test_workers_refuse_a_database_behind_with_one_line(pg_url, tmp_path):
    """Before forking, the parent checks the schema once: on a database nobody migrated
    it exits 1 with the reason, starting no worker, and leaves no metrics files behind."""
    env = {k: v for k, v in os.environ.items()}
    env.update(BOT_TOKEN=TOKEN, TELEGRAM_API_URL="http://127.0.0.1:9", DATABASE_URL=pg_url, WEBHOOK_URL="https://bot.example",
               WEBHOOK_PATH=PATH, WEBHOOK_SECRET=SECRET, REMINDERS="false", MIGRATE_ON_START="false",
               WEBHOOK_HOST="127.0.0.1", WEBHOOK_PORT=str(free_port()), TMPDIR=str(tmp_path))
    env.pop("REDIS_URL", None)
    done = subprocess.run([sys.executable, "-m", "bot", "webhook", "--workers", "2"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    reason = [line for line in done.stderr.splitlines() if "python -m bot migrate" in line]
    assert len(reason) == 1, done.stderr[-2000:]
    assert not list(tmp_path.glob("bot-metrics-*"))  # the shared metrics directory went with it
