"""Where people get stuck: dialog events written behind in batches, and the figures
staff read from them (/stats, the staff web page).

An event holds a service, a node, which choice was picked (its index), a language, a
time, a verdict kind for results, and a random per-dialog token. Never a user id or a
typed value (`storage.models.AnalyticsEvent`).

Recording must not slow a dialog step or break it: `record` only appends to a list in
memory; a timer writes the list in one INSERT (executemany) every `interval` seconds.
A failed write keeps the events for the next try, up to `max_kept`, the oldest dropped
first, and logs counts and error types only.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass, field

from sqlalchemy import and_, case, func, select

from .batching import FlushTimer
from .db import Database
from .models import AnalyticsEvent

log = logging.getLogger(__name__)

OUTCOMES = ("eligible", "not_eligible", "ask_person", "not_ready", "info", "passed")
# a dialog with no event for this long, and no result, has been given up
IDLE = dt.timedelta(minutes=30)
TOP_DROPOFFS = 5  # /stats and the page show the five worst


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


# The rows of a flush in one executemany, sent to the driver as it is
# (Database.driver_sql): SQLAlchemy's processing of each row's parameters (the
# DateTime's among them) cost a dialog step more than the write itself.
_INSERT_EVENTS = (
    "INSERT INTO analytics_events (at, kind, service, node, reached, answer, outcome, depth, lang, dialog) "
    "VALUES ({}, {}, {}, {}, {}, {}, {}, {}, {}, {})"
)
_COLUMNS = ("kind", "service", "node", "reached", "answer", "outcome", "depth", "lang", "dialog")


def _sqlite_time(at: dt.datetime) -> str:
    """A time as SQLAlchemy's DateTime keeps it on SQLite (its wall clock, no offset), so
    the statistics' queries compare it as they compare every other row."""
    return at.strftime("%Y-%m-%d %H:%M:%S.%f")


def _as_it_is(at: dt.datetime) -> dt.datetime:
    return at


class AnalyticsLog:
    """Append-only event log, written behind in batches. `record` never raises."""

    def __init__(self, db: Database, interval: float = 1.0, max_pending: int = 500, max_kept: int = 20_000):
        self.db = db
        # PostgreSQL (asyncpg) takes the datetime; SQLite the text SQLAlchemy would write
        self._time = _sqlite_time if db.engine.dialect.name == "sqlite" else _as_it_is
        self._insert = db.driver_sql(_INSERT_EVENTS)
        self.interval = interval
        self.max_pending = max_pending
        self.max_kept = max_kept
        self._pending: list[dict] = []
        self._timer = FlushTimer(self.flush)
        self._lock: asyncio.Lock | None = None
        self.written = 0
        self.dropped = 0
        self.failures = 0

    def record(self, kind: str, service: str, node: str, lang: str, *, reached: str | None = None, answer: int | None = None,
               outcome: str | None = None, depth: int = 0, dialog: str | None = None, at: dt.datetime | None = None) -> None:
        try:
            self._pending.append({
                "at": at or utcnow(), "kind": kind, "service": service, "node": node, "reached": reached or node,
                "answer": answer, "outcome": outcome, "depth": depth, "lang": lang, "dialog": dialog,
            })
            if len(self._pending) > self.max_kept:  # the database has been down for long: keep the newest
                over = len(self._pending) - self.max_kept
                del self._pending[:over]
                self.dropped += over
            if len(self._pending) >= self.max_pending:
                self._flush_soon(0)
            elif not self._timer.armed:
                self._flush_soon(self.interval)
        except Exception as e:  # noqa: BLE001 - statistics never break a dialog
            log.warning("analytics event not recorded (%s)", type(e).__name__)

    def _flush_soon(self, delay: float) -> None:
        if self._timer.armed and delay > 0:
            return  # a flush is due already
        self._timer.start(delay)

    async def flush(self) -> bool:
        """Write everything pending in one transaction; True if nothing is left. Never raises."""
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            batch, self._pending = self._pending, []
            if not batch:
                return True
            rows = [(self._time(e["at"]), *(e[c] for c in _COLUMNS)) for e in batch]
            try:
                async with self.db.engine.begin() as conn:
                    await conn.exec_driver_sql(self._insert, rows)
            except Exception as e:  # noqa: BLE001 - kept for the next try
                self.failures += 1
                self._pending[:0] = batch
                log.warning("analytics: %d events not written (%s); kept for a retry", len(batch), type(e).__name__)
                if not self._timer.armed:
                    self._flush_soon(min(self.interval * 2 ** min(self.failures, 5), 30.0))
                return False
            self.failures = 0
            self.written += len(batch)
            return not self._pending

    async def close(self) -> None:
        self._timer.cancel()
        await self.flush()


@dataclass
class ServiceFigures:
    """One service over one period."""

    starts: int = 0
    results: dict[str, int] = field(default_factory=dict)  # outcome -> result screens shown
    dropoffs: list[tuple[str, int]] = field(default_factory=list)  # (node, dialogs given up there), every node, worst first
    handoffs: int = 0
    funnel: list[tuple[int, int]] = field(default_factory=list)  # (steps in, dialogs that got that far), from 0
    finished: int = 0  # dialogs that reached a result

    @property
    def results_total(self) -> int:
        return sum(self.results.values())

    @property
    def ask_person_share(self) -> float | None:
        """The share of results that send the user to 1414 (☎️); None without results."""
        total = self.results_total
        return self.results.get("ask_person", 0) / total if total else None


class AnalyticsQueries:
    """The figures, computed in SQL (aggregates only; no row leaves the database)."""

    def __init__(self, db: Database):
        self.db = db

    async def figures(self, since: dt.datetime, now: dt.datetime | None = None, idle: dt.timedelta = IDLE) -> dict[str, ServiceFigures]:
        """Per service, for events at or after `since`. A dialog counts as given up at
        the node it was left at when it started in the period, reached no result and has
        been idle for `idle` (one still going is not counted yet)."""
        now = now or utcnow()
        E = AnalyticsEvent
        out: dict[str, ServiceFigures] = {}

        def fig(service: str) -> ServiceFigures:
            return out.setdefault(service, ServiceFigures())

        in_period = E.at >= since
        async with self.db.engine.connect() as conn:
            for service, kind, outcome, n in await conn.execute(
                select(E.service, E.kind, E.outcome, func.count())
                .where(in_period, E.kind.in_(("start", "result", "handoff")))
                .group_by(E.service, E.kind, E.outcome)
            ):
                f = fig(service)
                if kind == "start":
                    f.starts += n
                elif kind == "handoff":
                    f.handoffs += n
                else:
                    f.results[outcome] = f.results.get(outcome, 0) + n

            # per dialog started in the period: how deep it got, whether it got a result, when it was last seen
            started = select(E.dialog).where(in_period, E.kind == "start", E.dialog.is_not(None))
            per_dialog = (
                select(
                    E.dialog.label("dialog"),
                    func.min(E.service).label("service"),
                    func.max(E.depth).label("depth"),
                    func.max(case((E.kind == "result", 1), else_=0)).label("finished"),
                    func.max(E.at).label("last_at"),
                )
                .where(E.dialog.in_(started))
                .group_by(E.dialog)
                .subquery()
            )
            for service, depth, finished, n in await conn.execute(
                select(per_dialog.c.service, per_dialog.c.depth, per_dialog.c.finished, func.count())
                .group_by(per_dialog.c.service, per_dialog.c.depth, per_dialog.c.finished)
            ):
                f = fig(service)
                if finished:
                    f.finished += n
                while len(f.funnel) <= depth:
                    f.funnel.append((len(f.funnel), 0))
                for d in range(depth + 1):
                    f.funnel[d] = (d, f.funnel[d][1] + n)

            # where each unfinished dialog was left: its latest event by time (one user's steps
            # are in order in time even when two processes wrote them, ids need not be)
            last_ids = (
                select(func.max(E.id).label("id"))
                .select_from(E.__table__.join(per_dialog, and_(E.dialog == per_dialog.c.dialog, E.at == per_dialog.c.last_at)))
                .where(per_dialog.c.finished == 0, per_dialog.c.last_at < now - idle)
                .group_by(E.dialog)
                .subquery()
            )
            last = E.__table__.alias("last")
            rows = await conn.execute(
                select(last.c.service, last.c.reached, func.count())
                .select_from(last.join(last_ids, last.c.id == last_ids.c.id))
                .group_by(last.c.service, last.c.reached)
            )
            gone: dict[str, list[tuple[str, int]]] = {}
            for service, reached, n in rows:
                gone.setdefault(service, []).append((reached, n))
            for service, nodes in gone.items():
                fig(service).dropoffs = sorted(nodes, key=lambda x: (-x[1], x[0]))
        return out
