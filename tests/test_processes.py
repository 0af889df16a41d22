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
