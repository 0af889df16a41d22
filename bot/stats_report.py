"""The figures staff see, for 7 and 30 days, shaped once for /stats and the web page."""

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
