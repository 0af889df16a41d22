"""Campaign counts of staff links (audit S2): an open is counted only when the signed
link opened what it names, and staff see the counts per campaign tag and service, for
7 and 30 days, in /stats and on the staff web page. No user ids anywhere."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from bot.staff_links import secret_from, sign
from bot.stats_report import campaign_reports
from dialogs.law.dates import ALMATY, today_almaty
from storage.db import Database
from storage.staff import Staff
from tests.botapi_double import BotAPIDouble
from tests.conftest import fresh_pg_url
from tests.stats_seed import NOW
from tests.test_e2e_telegram import TOKEN, running_bot
from tests.test_stats_web import STAFF, link_for, sign_in, staff_page

SECRET = "campaign-secret"
ADMIN, ADMIN_RU, CALLER = 9301, 9303, 9302
EVER = dt.date(2000, 1, 1)


async def say(api, user: int, text: str, lang: str = "ru") -> str:
    """Everything the bot sent `user` in reply to `text`."""
    n = len(api.sent_texts(user))
    api.push_message(user, text, language_code=lang)
    await api.wait_until(lambda: len(api.sent_texts(user)) > n, what=f"a reply to {text}")
    await api.settled()
    return "\n".join(api.sent_texts(user)[n:])


# -- what is counted ---------------------------------------------------------------


async def test_a_link_that_leads_nowhere_is_not_counted_and_a_live_one_is(sqlite_url, trees):
    key = secret_from(SECRET, TOKEN)
    result_node = next(n for n, x in trees["labour-permit"].nodes.items() if x.kind == "result")
    dead = {
        "a question that is gone": sign("labour-permit__no-such-node", key, campaign="office-2"),
        "a service that is gone": sign("old-service", key, campaign="office-3"),
        "a result (never opened by a link)": sign(f"labour-permit__{result_node}", key, campaign="office-4"),
        "forged": sign("kandas", b"another key", campaign="office-5"),
    }
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees, link_secret=SECRET) as app:
        staff = app.dispatcher["staff"]
        for name, payload in dead.items():
            assert "Эта ссылка никуда не ведёт" in await say(api, CALLER, f"/start {payload}"), name
        assert await staff.campaign_opens(EVER) == {}

        # live links: the service, a question (asked after the ones before it), another service
        assert "Сіз кімсіз?" in await say(api, CALLER, f"/start {sign('labour-permit__expiry__kk', key, campaign='office-1')}")
        assert "Кто вы?" in await say(api, CALLER, f"/start {sign('labour-permit__ru', key, campaign='office-1')}")
        assert "Что вам нужно?" in await say(api, CALLER, f"/start {sign('kandas', key, campaign='leaflet')}")
        # a signed link without a tag opens, and counts nothing
        assert "Что вам нужно?" in await say(api, CALLER, f"/start {sign('kandas', key)}")
        assert await staff.campaign_opens(EVER) == {("office-1", "labour-permit"): 2, ("leaflet", "kandas"): 1}
        assert not api.violations and not api.errors


async def test_a_failure_to_count_never_reaches_the_person(sqlite_url, trees):
    key = secret_from(SECRET, TOKEN)
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees, link_secret=SECRET) as app:
        staff = app.dispatcher["staff"]

        async def broken(*_a, **_kw):
            raise RuntimeError("database down")

        staff.count_open = broken
        opened = await say(api, CALLER, f"/start {sign('kandas', key, campaign='office-1')}")
        assert "Что вам нужно?" in opened and "Что-то пошло не так" not in opened


# -- what staff see ------------------------------------------------------------------


async def seed_counts(staff: Staff, today: dt.date) -> None:
    """leaflet 4 / 8 (one service); office-1 5 / 7 over four services; tag-a … tag-f
    0 / 1 each; old-one only 40 days ago; the 7- and 30-day edges on both sides."""
    async def opens(campaign, service, days_ago, n=1):
        for _ in range(n):
            await staff.count_open(campaign, service, today - dt.timedelta(days=days_ago))

    await opens("leaflet", "kandas", 3, 4)
    await opens("leaflet", "kandas", 20, 4)
    await opens("office-1", "labour-permit", 0, 2)
    await opens("office-1", "labour-permit", 6, 1)  # the 7th day back: in the week
    await opens("office-1", "labour-permit", 7, 1)  # the 8th: in the month only
    await opens("office-1", "kandas", 29, 1)  # the 30th day back: in the month
    await opens("office-1", "kandas", 30, 5)  # the 31st: in neither
    await opens("office-1", "employer-permit", 1)
    await opens("office-1", "temporary-residence", 2)
    for tag in "abcdef":
        await opens(f"tag-{tag}", "kandas", 10)
    await opens("old-one", "labour-permit", 40, 9)


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def test_the_counts_per_campaign_and_service(backend, sqlite_url):
    async def check(url):
        db = Database(url)
        await db.migrate()
        staff = Staff(db)
        today = dt.date(2026, 12, 10)
        await seed_counts(staff, today)
        found = await campaign_reports(staff, today)
        got = [(c.campaign, c.week, c.month, c.services) for c in found]
        assert got[:2] == [
            ("leaflet", 4, 8, [("kandas", 4, 8)]),
            ("office-1", 5, 7, [("labour-permit", 3, 4), ("employer-permit", 1, 1), ("temporary-residence", 1, 1), ("kandas", 0, 1)]),
        ]
        assert got[2:] == [(f"tag-{t}", 0, 1, [("kandas", 0, 1)]) for t in "abcdef"]
        assert await campaign_reports(staff, today + dt.timedelta(days=60)) == []
        await db.close()

    if backend == "sqlite":
        await check(sqlite_url)
    else:
        async with fresh_pg_url() as url:
            await check(url)


async def test_stats_shows_the_busiest_campaigns_for_7_and_30_days(sqlite_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees, admin_ids=f"{ADMIN},{ADMIN_RU}") as app:
        none = await say(api, ADMIN, "/stats", lang="en")
        assert "No staff link with a campaign tag was opened in the last 30 days." in none

        await seed_counts(app.dispatcher["staff"], today_almaty())
        en = await say(api, ADMIN, "/stats", lang="en")
        section = en[en.index("🏷"):]
        assert section.startswith(
            "🏷 Staff links with a campaign tag, opened (7 / 30 days):\n"
            "• #leaflet — Kandas status: 4 / 8\n"
            "• #office-1: 5 / 7\n"
            "   ◦ Labour-immigrant permit: 3 / 4\n"
            "   ◦ Employer permit for foreign workers: 1 / 1\n"
            "   ◦ Temporary residence permit (RVP): 1 / 1\n"
            "   ◦ other services: 1 more\n"
            "• #tag-a — Kandas status: 0 / 1\n"
            "• #tag-b — Kandas status: 0 / 1\n"
            "• #tag-c — Kandas status: 0 / 1\n"
            "… and 3 more tags\n"
        ), section
        assert "old-one" not in en and "tag-d" not in en and str(CALLER) not in en

        ru = await say(api, ADMIN_RU, "/stats", lang="ru")  # a language is kept from the first contact
        assert "🏷 Открыли ссылки с меткой кампании (7 / 30 дней):\n• #leaflet — Статус кандаса: 4 / 8\n• #office-1: 5 / 7\n" in ru
        assert "   ◦ другие услуги: ещё 1\n" in ru and "… и ещё меток: 3" in ru


async def test_the_staff_page_shows_the_campaigns(sqlite_url):
    async with staff_page(sqlite_url) as (client, staff):
        assert (await sign_in(client, await link_for(staff, STAFF))).status == 200
        html = await (await client.get("/")).text()
        assert 'id="campaigns-none"' in html and "No staff link with a campaign tag was opened" in html

        await seed_counts(staff, NOW.astimezone(ALMATY).date())  # the page's clock is the seed's NOW
        html = await (await client.get("/")).text()
        table = html[html.index('<section id="campaigns">'):]
        rows = re.findall(r'<tr data-campaign="([^"]+)" data-service="([^"]+)"><td>#\1</td><td>(?:<b>)?([^<]+)(?:</b>)?</td>'
                          r'<td class="n">(?:<b>)?(\d+)(?:</b>)?</td><td class="n">(?:<b>)?(\d+)(?:</b>)?</td></tr>', table)
        assert rows == [
            ("leaflet", "kandas", "Kandas status", "4", "8"),
            ("office-1", "labour-permit", "Labour-immigrant permit", "3", "4"),
            ("office-1", "employer-permit", "Employer permit for foreign workers", "1", "1"),
            ("office-1", "temporary-residence", "Temporary residence permit (RVP)", "1", "1"),
            ("office-1", "kandas", "Kandas status", "0", "1"),
            ("office-1", "total", "Total", "5", "7"),
        ] + [(f"tag-{t}", "kandas", "Kandas status", "0", "1") for t in "abcdef"]
        assert "old-one" not in html and 'id="campaigns-none"' not in html
