"""`python -m bot web` logs each request without what its address or headers may carry:
a /stats sign-in link's token (GET does not use it up, so a reader of the log could
sign in with it) and the staff member's Telegram id in it never reach the log, in the
plain and the JSON format; the request itself is still logged (method, path, status)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import aiohttp
import pytest

from bot.web.signin import make_link_token
from storage.db import Database
from storage.staff import Staff
from tests.test_stats_web import answering, free_port

KEY = "access-log-secret"
ADMIN = 9876543210  # a Telegram id no timestamp or process id would spell


@pytest.mark.parametrize("log_format", ["text", "json"])
async def test_the_access_log_carries_no_sign_in_token_and_no_staff_id(sqlite_url, tmp_path, log_format):
    env = {k: v for k, v in os.environ.items() if k not in ("BOT_TOKEN", "LINK_SECRET", "ADMIN_IDS", "LOG_FORMAT")}
    env.update(DATABASE_URL=sqlite_url, WEB_PORT=str(free_port()), ADMIN_IDS=str(ADMIN), LINK_SECRET=KEY, LOG_FORMAT=log_format)
    proc = subprocess.Popen([sys.executable, "-m", "bot", "web"], cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{env['WEB_PORT']}"
    try:
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
            await answering(http, base)
            db = Database(sqlite_url)  # the web process migrated it
            token, signin = make_link_token(KEY.encode(), ADMIN, "ru")  # as /stats makes it
            await Staff(db, frozenset({ADMIN})).issue_sign_in(signin.nonce, ADMIN, dt.datetime.fromtimestamp(signin.expires, dt.timezone.utc))
            await db.close()
            link = f"{base}/login?t={token}"
            # the link opened (a Referer naming it, as a page linking to it would send), then its button
            async with http.get(link, headers={"Referer": link}) as r:
                assert r.status == 200 and "Войти</button>" in await r.text()
            async with http.post(f"{base}/login", data={"t": token}, headers={"Referer": link}) as r:
                assert r.status == 200  # signed in: the page
    finally:
        proc.terminate()
        _, log = proc.communicate(timeout=10)
    access = [line for line in log.splitlines() if "aiohttp.access" in line]
    assert access, log[-2000:]  # requests are still logged ...
    assert token not in log and signin.nonce not in log and str(ADMIN) not in log, log[-2000:]  # ... without the link
    assert "/login?" not in log
    if log_format == "json":
        records = [json.loads(line) for line in access]
        opened = next(r for r in records if r.get("method") == "GET" and r.get("path") == "/login")
        assert opened["status"] == 200 and '"GET /login" 200' in opened["message"]
    else:
        assert any('"GET /login" 200' in line for line in access) and any('"POST /login" 303' in line for line in access)
