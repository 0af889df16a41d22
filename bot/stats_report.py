"""The figures staff see, for 7 and 30 days, shaped once for /stats and the web page:
per service (from the dialog events) and per campaign tag of the staff links (from
storage/staff.py's daily counts)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from storage.analytics import OUTCOMES, TOP_DROPOFFS, AnalyticsQueries, ServiceFigures, utcnow

from .analytics import NOT_SERVICES

PERIODS = (7, 30)
ICONS = {"eligible": "✅", "not_eligible": "⛔", "ask_person": "☎️", "not_ready": "⚠️", "info": "ℹ️", "passed": "⌛"}


@dataclass
class ServiceReport:
    service: str
    week: ServiceFigures
    month: ServiceFigures

    def dropoff_rows(self) -> list[tuple[str, int, int]]:
        """(node, given up there in 7 days, in 30 days): the five worst over 30 days."""
        week = dict(self.week.dropoffs)
        return [(node, week.get(node, 0), n) for node, n in self.month.dropoffs[:TOP_DROPOFFS]]


async def reports(queries: AnalyticsQueries, services, now: dt.datetime | None = None) -> list[ServiceReport]:
    """Every service with an event in the last 30 days, the most started first."""
    now = now or utcnow()
    week = await queries.figures(now - dt.timedelta(days=PERIODS[0]), now)
    month = await queries.figures(now - dt.timedelta(days=PERIODS[1]), now)
    found = [ServiceReport(s, week.get(s, ServiceFigures()), month[s]) for s in services if s not in NOT_SERVICES and s in month]
    return sorted(found, key=lambda r: (-r.month.starts, r.service))


def share(figures: ServiceFigures) -> str:
    """The share of ☎️ results as a whole percent, or "—" without results."""
    value = figures.ask_person_share
    return "—" if value is None else f"{round(value * 100)} %"


def results_line(report: ServiceReport) -> str:
    return " · ".join(
        f"{ICONS[o]} {report.week.results.get(o, 0)}/{report.month.results.get(o, 0)}" for o in OUTCOMES
    )


@dataclass
class CampaignReport:
    """Opens of one campaign's staff links, in total and per service (the busiest first)."""

    campaign: str
    week: int
    month: int
    services: list[tuple[str, int, int]]  # (service, opens in 7 days, in 30 days)


async def campaign_reports(staff, today: dt.date) -> list[CampaignReport]:
    """Every campaign opened in the last 30 days (today and the 29 days before; 7 days:
    today and the 6 before, Almaty dates as counted), the most opened first."""
    rows = await staff.campaign_counts(today - dt.timedelta(days=PERIODS[0] - 1), today - dt.timedelta(days=PERIODS[1] - 1), today)
    found: dict[str, CampaignReport] = {}
    for campaign, service, week, month in rows:
        if month <= 0:
            continue
        r = found.setdefault(campaign, CampaignReport(campaign, 0, 0, []))
        r.week += week
        r.month += month
        r.services.append((service, week, month))
    for r in found.values():
        r.services.sort(key=lambda s: (-s[2], -s[1], s[0]))
    return sorted(found.values(), key=lambda r: (-r.month, -r.week, r.campaign))
