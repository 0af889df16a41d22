"""Production processes (issue 12): `migrate` once, then processes that only check the
schema; `reminders` runs the dispatcher alone and stops cleanly on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _env(db_url: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "TELEGRAM_API_URL")}
    env.update(DATABASE_URL=db_url, BOT_TOKEN="123:ABC", TELEGRAM_API_URL="http://127.0.0.1:9")
    return env


def _bot(*args, env) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_reminders_refuse_a_database_without_the_schema_then_run_after_migrate(tmp_path):
    env = _env(f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}")
    refused = _bot("reminders", env=env)
    assert refused.returncode == 1
    assert "python -m bot migrate" in refused.stderr.strip().splitlines()[-1]  # one line says why
    assert "Traceback" not in refused.stderr

    migrated = _bot("migrate", env=env)
    assert migrated.returncode == 0 and "database schema at" in migrated.stdout

    proc = subprocess.Popen([sys.executable, "-m", "bot", "reminders"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        started = ""
        while time.monotonic() < deadline and "started" not in started:
            line = proc.stderr.readline()
            if not line:
                break
            started += line
        assert "reminder dispatcher" in started and "started" in started
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()


def test_a_bot_process_refuses_a_schema_that_is_behind_in_one_line(tmp_path):
    env = _env(f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}")
    env["MIGRATE_ON_START"] = "false"  # production: `python -m bot migrate` runs first
    refused = _bot("run", env=env)
    assert refused.returncode == 1
    assert "python -m bot migrate" in refused.stderr.strip().splitlines()[-1]
    assert "Traceback" not in refused.stderr


async def test_the_pilot_command_with_a_token_polls_answers_and_stops_cleanly(tmp_path):
    """README's first command as a pilot runs it: `python -m bot run` with BOT_TOKEN set
    and nothing else (reminders and the retention sweep on, SQLite, migrated on start):
    it answers /start through the Bot API and stops on SIGTERM with code 0, no traceback."""
    import asyncio

    from tests.botapi_double import BotAPIDouble

    token = "123456:PILOT"
    async with BotAPIDouble(token=token) as api:
        env = _env(f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}")
        env.update(BOT_TOKEN=token, TELEGRAM_API_URL=api.base_url)
        for name in ("REMINDERS", "MIGRATE_ON_START", "WEBHOOK_URL", "OPERATORS_CHAT_ID"):
            env.pop(name, None)
        proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        try:
            await api.wait_until(lambda: api.calls("getUpdates") or proc.poll() is not None, timeout=60, what="polling")
            assert proc.poll() is None, proc.communicate()[1][-2000:]
            api.push_message(5001, "/start")
            await api.wait_until(lambda: api.sent_texts(5001), timeout=30, what="the answer to /start")
            assert "Здравствуйте" in api.sent_texts(5001)[0]
            proc.send_signal(signal.SIGTERM)
            code = await asyncio.get_running_loop().run_in_executor(None, lambda: proc.wait(timeout=30))
            err = proc.stderr.read()
            assert code == 0 and "Traceback" not in err, err[-2000:]
            assert api.violations == []
        finally:
            if proc.poll() is None:
                proc.kill()
