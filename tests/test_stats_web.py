"""The staff web page (issue 11): one-time signed sign-in links, the session cookie,
refusals, and the page with a funnel per service rendered in headless Chromium."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
import re
import shutil
import time
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import build_engine, build_renderer
from bot.web.app import COOKIE, StaffPage, make_app
from bot.web.signin import make_link_token, make_session
from storage.analytics import AnalyticsQueries
from storage.db import Database
from storage.staff import Staff
from tests.stats_seed import NOW, seed

KEY = b"test-link-secret"
ADMIN, STAFF, CALLER = 7001, 7002, 7003


@contextlib.asynccontextmanager
async def staff_page(url: str):
    """The page on a seeded database, its clock at the seed's NOW; (client, staff)."""
    db = Database(url)
    await db.migrate()
    await seed(db)
    staff = Staff(db, frozenset({ADMIN}))
    await staff.grant(STAFF, by=ADMIN)
    page = StaffPage(staff, AnalyticsQueries(db), build_engine(), build_renderer(), KEY, clock=lambda: NOW)
    client = TestClient(TestServer(make_app(page), host="127.0.0.1"))
    await client.start_server()
    try:
        yield client, staff
    finally:
        await client.close()
        await db.close()


async def link_for(staff: Staff, user_id: int, lang: str = "en", now: float | None = None, key: bytes = KEY) -> str:
    """A sign-in token as /stats makes it: signed, and its nonce stored."""
    token, signin = make_link_token(key, user_id, lang, now=now)
    await staff.issue_sign_in(signin.nonce, user_id, dt.datetime.fromtimestamp(signin.expires, dt.timezone.utc))
    return token


async def sign_in(client, token: str, **kw):
    """The button on the page the link opens."""
    return await client.post("/login", data={"t": token}, **kw)


async def test_a_sign_in_link_works_once_and_opens_the_page(sqlite_url):
    async with staff_page(sqlite_url) as (client, staff):
        token = await link_for(staff, STAFF)
        # opening the link (or a link checker fetching it) signs nobody in and uses nothing up
        for _ in range(2):
            opened = await client.get(f"/login?t={token}", allow_redirects=False)
            html = await opened.text()
            assert opened.status == 200 and COOKIE not in opened.cookies
            assert '<form method="post" action="/login"' in html and ">Sign in</button>" in html and f'value="{token}"' in html
            assert "form-action 'self'" in opened.headers["Content-Security-Policy"]
        response = await sign_in(client, token, allow_redirects=False)
        assert response.status == 303 and response.headers["Location"] == "/"
        cookie = response.cookies[COOKIE]
        assert cookie["httponly"] and cookie["samesite"] == "Lax"
        page = await client.get("/")
        html = await page.text()
        assert page.status == 200 and "Where people get stuck" in html
        assert "default-src 'none'" in page.headers["Content-Security-Policy"]
        lp = html[html.index('id="service-labour-permit"'):html.index('id="service-kandas"')]
        assert re.search(r'data-figure="starts"><td>Dialogs started</td><td class="n">9</td><td class="n">18</td>', lp)
        assert re.search(r'data-figure="ask-share">.*?<td class="n">33 %</td><td class="n">40 %</td>', lp)
        assert re.search(r'data-figure="handoffs">.*?<td class="n">1</td><td class="n">2</td>', lp)
        assert re.findall(r'data-node="([^"]+)"', lp) == ["lp-q2", "lp-q1", "lp-q3", "lp-q4", "lp-q5"]

        # the same link again: refused, opened or pressed, and it sets no session
        client.session.cookie_jar.clear()
        for again in (await client.get(f"/login?t={token}", allow_redirects=False), await sign_in(client, token, allow_redirects=False)):
            assert again.status == 403 and COOKIE not in again.cookies
            assert "already used" in await again.text()
        assert (await client.get("/")).status == 403


async def test_forged_and_expired_links_are_refused(sqlite_url):
    async with staff_page(sqlite_url) as (client, staff):
        token = await link_for(staff, STAFF)
        uid, rest = token.split(".", 1)
        forged = [
            f"{ADMIN}.{rest}",  # someone else's id on a staff member's link
            token[:-1] + ("0" if token[-1] != "0" else "1"),  # the signature edited
            await link_for(staff, STAFF, key=b"another key"),  # signed with a key we do not hold
            "",
            "x" * 5000,
        ]
        for bad in forged:
            for response in (await client.get("/login", params={"t": bad}, allow_redirects=False),
                             await client.post("/login", data={"t": bad}, allow_redirects=False)):
                assert response.status == 403 and COOKIE not in response.cookies, bad[:40]
        expired = await link_for(staff, STAFF, now=time.time() - 11 * 60)  # valid for 10 minutes
        response = await client.get(f"/login?t={expired}", allow_redirects=False)
        assert response.status == 403 and COOKIE not in response.cookies
        assert "has expired" in await response.text()
        # the genuine link was not used up by the forgeries
        assert (await sign_in(client, token, allow_redirects=False)).status == 303


async def test_the_page_refuses_anyone_without_a_valid_sign_in(sqlite_url):
    async with staff_page(sqlite_url) as (client, staff):
        nobody = await client.get("/", headers={"Accept-Language": "en-GB,en;q=0.9"})
        assert nobody.status == 403 and "Sign in with the link that /stats sends" in await nobody.text()
        assert "lp-q2" not in await nobody.text()
        assert "Войдите по ссылке" in await (await client.get("/")).text()  # no language said: Russian
        # a cookie made up, or signed with another key, or expired
        for value in ("7002.en.9999999999.0123456789abcdef0123456789abcdef", make_session(b"other", STAFF, "en"),
                      make_session(KEY, STAFF, "en", now=time.time() - 9 * 3600)):
            client.session.cookie_jar.update_cookies({COOKIE: value})
            assert (await client.get("/")).status == 403
        # a properly signed link for someone who is not staff
        client.session.cookie_jar.clear()
        response = await client.get(f"/login?t={await link_for(staff, CALLER)}", allow_redirects=False)
        assert response.status == 403 and COOKIE not in response.cookies
        # staff signed in, then revoked: the next request is refused
        assert (await sign_in(client, await link_for(staff, STAFF, lang='kk'))).status == 200
        assert "Адамдар қай жерде тұрып қалады" in await (await client.get("/")).text()
        await staff.revoke(STAFF)
        assert (await client.get("/")).status == 403


# -- the page in a real browser --------------------------------------------------

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path:
        return path
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("Chromium is not installed (CI=true: .ci/run installs the Debian package `chromium`)")
    pytest.skip("Chromium is not installed (apt-get install -y chromium); the page test needs it")


async def run_chromium(binary: str, profile: Path, *args: str) -> bytes:
    profile.mkdir()
    proc = await asyncio.create_subprocess_exec(binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args,
                                                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(proc.communicate(), 120)
    assert proc.returncode == 0, err.decode(errors="replace")[-2000:]
    return out


def pressed_sign_in(tmp_path: Path, base: str, token: str, name: str) -> str:
    """A local page that presses the sign-in page's button at once (the staff page's own
    CSP allows no script, so the browser gets there from a file: the same POST)."""
    page = tmp_path / f"{name}.html"
    page.write_text(f'<form method="post" action="{base}login"><input type="hidden" name="t" value="{token}"></form>'
                    "<script>document.forms[0].submit()</script>", encoding="utf-8")
    return page.as_uri()


async def test_the_page_renders_a_funnel_in_chromium(sqlite_url, tmp_path):
    binary = chromium()
    async with staff_page(sqlite_url) as (client, staff):
        base = str(client.make_url("/"))
        # the DOM as Chromium built it, after following /login's redirect with the cookie it set
        dom = (await run_chromium(binary, tmp_path / "profile-dom", "--dump-dom", "--virtual-time-budget=5000",
                                  pressed_sign_in(tmp_path, base, await link_for(staff, STAFF, lang='ru'), "dom"))).decode()
        assert "Где люди застревают" in dom
        funnels = re.findall(r'<svg class="funnel" data-service="([^"]+)"(.*?)</svg>', dom, re.S)
        assert [s for s, _ in funnels] == ["labour-permit", "kandas"]
        stages = re.findall(r'data-stage="(\w+)" data-count="(\d+)"', funnels[0][1])
        assert stages == [("step", "18"), ("step", "16"), ("step", "12"), ("step", "6"), ("step", "3"), ("step", "1"), ("result", "5")]
        widths = [float(w) for w in re.findall(r'<rect [^>]*width="([\d.]+)"', funnels[0][1])]
        assert widths[0] == max(widths) and widths[:6] == sorted(widths[:6], reverse=True)  # a funnel: each step narrower
        assert ">Дошли до итога<" in funnels[0][1]

        # and what it looks like: the screenshot is part of the test output
        out_dir = Path(os.environ.get("TEST_ARTIFACTS", tmp_path))
        out_dir.mkdir(parents=True, exist_ok=True)
        png = out_dir / "staff-page.png"
        await run_chromium(binary, tmp_path / "profile-shot", f"--screenshot={png}", "--window-size=1100,1400",
                           "--hide-scrollbars", "--virtual-time-budget=5000",
                           pressed_sign_in(tmp_path, base, await link_for(staff, STAFF, lang='ru'), "shot"))
        print(f"\nstaff page screenshot: {png}")
        from PIL import Image

        image = Image.open(png).convert("RGB")
        assert image.size == (1100, 1400)
        colours = {c for _, c in image.getcolors(maxcolors=1 << 20)}
        assert (0x2B, 0x6C, 0xB0) in colours and (0x2F, 0x85, 0x5A) in colours  # the funnel's step and result bars were drawn


# -- python -m bot web ---------------------------------------------------------------

def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def answering(http, base: str) -> None:
    """`python -m bot web` at `base` answers /healthz (within 15 s), or the test fails."""
    import aiohttp

    for _ in range(150):
        with contextlib.suppress(aiohttp.ClientError):
            async with http.get(f"{base}/healthz") as r:
                if r.status == 200:
                    return
        await asyncio.sleep(0.1)
    pytest.fail("python -m bot web did not answer /healthz")


async def test_python_m_bot_web_serves_the_page_to_a_signed_in_staff_member_only(sqlite_url, tmp_path):
    import subprocess
    import sys

    import aiohttp

    env = {k: v for k, v in os.environ.items() if k not in ("BOT_TOKEN", "LINK_SECRET", "ADMIN_IDS")}
    env.update(DATABASE_URL=sqlite_url, WEB_PORT=str(free_port()), ADMIN_IDS=str(ADMIN))
    refused = subprocess.run([sys.executable, "-m", "bot", "web"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert refused.returncode == 2 and "LINK_SECRET" in refused.stderr  # never a key anyone can compute

    env["LINK_SECRET"] = KEY.decode()
    proc = subprocess.Popen([sys.executable, "-m", "bot", "web"], cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{env['WEB_PORT']}"
    try:
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:  # unsafe: cookies for an IP address
            await answering(http, base)
            async with http.get(f"{base}/") as r:
                assert r.status == 403
            db = Database(sqlite_url)  # the web process migrated it
            token = await link_for(Staff(db, frozenset({ADMIN})), ADMIN)
            await db.close()
            async with http.get(f"{base}/login?t={token}") as r:
                assert r.status == 200 and ">Sign in</button>" in await r.text()
            async with http.post(f"{base}/login", data={"t": token}) as r:
                assert r.status == 200 and "Where people get stuck" in await r.text()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
