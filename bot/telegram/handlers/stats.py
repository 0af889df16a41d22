"""/stats for contact-center staff: per service, for 7 and 30 days, starts, results by
verdict, where dialogs were given up (the five worst nodes), hand-offs, and the share
of results that send people to 1414; the opens of staff links per campaign tag (the
busiest few); then a one-time link to the web page.
Anyone else gets a one-line refusal."""

from __future__ import annotations

import datetime as dt

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message

from dialogs.law.dates import ALMATY
from dialogs.runtime.render import split_text
from storage.analytics import AnalyticsQueries
from storage.staff import Staff

from ...analytics import Analytics
from ...stats_report import CampaignReport, campaign_reports, reports, results_line, share
from ...web.signin import StaffWeb, make_link_token
from ..conversation import Conversation
from ..filters import PrivateChat

MAX_CAMPAIGNS = 5  # in /stats (a phone); the web page lists them all
MAX_CAMPAIGN_SERVICES = 3


def campaign_lines(t, lang: str, found: list[CampaignReport], service_title) -> list[str]:
    """The campaign section of /stats: the busiest campaigns, each with its services."""
    if not found:
        return [t(lang, "stats-campaigns-none")]
    lines = [t(lang, "stats-campaigns-title")]
    for c in found[:MAX_CAMPAIGNS]:
        if len(c.services) == 1:
            lines.append(t(lang, "stats-campaign-one", campaign=c.campaign, service=service_title(c.services[0][0]), week=c.week, month=c.month))
            continue
        lines.append(t(lang, "stats-campaign-row", campaign=c.campaign, week=c.week, month=c.month))
        lines += [t(lang, "stats-campaign-service", service=service_title(s), week=w, month=m) for s, w, m in c.services[:MAX_CAMPAIGN_SERVICES]]
        if len(c.services) > MAX_CAMPAIGN_SERVICES:
            lines.append(t(lang, "stats-campaign-services-more", n=len(c.services) - MAX_CAMPAIGN_SERVICES))
    if len(found) > MAX_CAMPAIGNS:
        lines.append(t(lang, "stats-campaigns-more", n=len(found) - MAX_CAMPAIGNS))
    return lines


async def stats_command(message: Message, staff: Staff, conversation: Conversation, lang: str, stats: AnalyticsQueries,
                        analytics: Analytics, staff_web: StaffWeb) -> None:
    t = conversation.renderer.t
    user_id = message.from_user.id
    if not await staff.is_staff(user_id):
        await message.answer(t(lang, "staff-only"))
        return
    await analytics.events.flush()  # this process's latest steps count too
    trees = conversation.engine.trees
    now = dt.datetime.now(dt.timezone.utc)
    lines = [t(lang, "stats-title", today=now.astimezone(ALMATY).strftime("%d.%m.%Y"))]
    found = await reports(stats, sorted(trees), now)
    for r in found:
        lines += [
            "",
            t(lang, "stats-service", service=t(lang, trees[r.service].title)),
            t(lang, "stats-starts", week=r.week.starts, month=r.month.starts),
            t(lang, "stats-results", list=results_line(r)),
            t(lang, "stats-ask-share", week=share(r.week), month=share(r.month)),
            t(lang, "stats-handoffs", week=r.week.handoffs, month=r.month.handoffs),
        ]
        rows = r.dropoff_rows()
        lines.append(t(lang, "stats-dropoff-title") if rows else t(lang, "stats-dropoff-none"))
        lines += [t(lang, "stats-dropoff-row", node=node, week=w, month=m) for node, w, m in rows]
    if not found:
        lines += ["", t(lang, "stats-empty")]
    campaigns = await campaign_reports(staff, now.astimezone(ALMATY).date())
    lines += [""] + campaign_lines(t, lang, campaigns, lambda s: t(lang, trees[s].title) if s in trees else s)
    lines += ["", t(lang, "stats-privacy")]
    for part in split_text("\n".join(lines)):
        await message.answer(part)
    if not staff_web.base_url:
        await message.answer(t(lang, "stats-web-off"))
        return
    token, signin = make_link_token(staff_web.key, user_id, lang, ttl=staff_web.ttl)
    await staff.issue_sign_in(signin.nonce, user_id, dt.datetime.fromtimestamp(signin.expires, dt.timezone.utc))
    # the bot sends no link previews (DefaultBotProperties), so Telegram does not open,
    # and so use up, the one-time link before the staff member does
    await message.answer(t(lang, "stats-web", url=staff_web.login_url(token), minutes=staff_web.ttl // 60))


def build_router() -> Router:
    router = Router(name="stats")
    router.message.filter(PrivateChat())
    router.message.register(stats_command, Command("stats", ignore_case=True))
    return router
