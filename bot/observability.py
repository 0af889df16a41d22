"""Seeing it run: /healthz, /metrics and JSON logs without personal data.

`/healthz` answers 200 when the database (and Redis, if configured) answer, 503 with
what is down otherwise: a load balancer takes a process out of rotation on that.
`/metrics` serves Prometheus text from this process's own registry.
`JsonLogFormatter` writes one JSON object a line; a user id in a record's `user`
field is replaced by a short keyed hash, so logs can be correlated, not read back.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from typing import Any, Awaitable, Callable

from aiogram import BaseMiddleware
from aiohttp.abc import AbstractAccessLogger
from aiogram.types import TelegramObject, Update
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest


class Metrics:
    """The figures a deployment watches, in a registry of their own (tests build
    several bots in one process; the default registry would clash).

    Under `webhook --workers N` (PROMETHEUS_MULTIPROC_DIR set before prometheus_client
    is imported: bot/app.py does it) the workers share one port, so a scrape reaches any
    one of them: counters and histograms are then prometheus_client's multiprocess
    values and every scrape shows the sum over the workers; active dialogs are summed
    over the live workers; reminder and search-miss figures are the answering worker's."""

    def __init__(self) -> None:
        self.multiprocess = bool(os.environ.get("PROMETHEUS_MULTIPROC_DIR"))
        self._active_set_at = 0.0
        self.registry = CollectorRegistry()
        r = self.registry
        self.updates = Counter("bot_updates_total", "Updates received, by type", ["type"], registry=r)
        self.step_seconds = Histogram(
            "bot_update_seconds",
            "Time to handle one update",
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
            registry=r,
        )
        self.errors = Counter("bot_update_errors_total", "Updates whose handling raised", registry=r)
        self.handoffs = Counter("bot_handoffs_total", "Conversations handed to a person", registry=r)
        # the same events /stats counts (bot/analytics.py): start, step, back, move, result
        self.dialog_events = Counter("bot_dialog_events_total", "Dialog events recorded for staff statistics, by kind", ["kind"], registry=r)
        active = "Distinct users whose updates this process handled in the last 15 minutes"
        self._recent: dict[int, float] = {}
        if self.multiprocess:
            self.active_dialogs = Gauge("bot_active_dialogs", active, multiprocess_mode="livesum", registry=r)
        else:
            self.active_dialogs = Gauge("bot_active_dialogs", active, registry=r)
            self.active_dialogs.set_function(self._count_active)
        self._reminder_stats: list[dict] = []
        self._own = [_ReminderCollector(self._reminder_stats), _SearchMissCollector()]
        for collector in self._own:
            r.register(collector)

    def seen(self, user_id: int) -> None:
        now = time.monotonic()
        self._recent[user_id] = now
        if len(self._recent) > 200_000:
            self._recent = {u: t for u, t in self._recent.items() if now - t < 900}
        if self.multiprocess and now - self._active_set_at >= 1.0:
            self._active_set_at = now  # a shared gauge holds a value, not a function: set it now and then
            self.active_dialogs.set(self._count_active())

    def _count_active(self) -> int:
        now = time.monotonic()
        return sum(1 for t in self._recent.values() if now - t < 900)

    def watch_reminders(self, stats: dict) -> None:
        """A reminder dispatcher's counters (sent, failed, retried, blocked, cancelled,
        retry_after), read at each scrape."""
        self._reminder_stats.append(stats)

    def render(self) -> bytes:
        if not self.multiprocess:
            return generate_latest(self.registry)
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # every worker's counters, summed
        for collector in self._own:
            registry.register(collector)
        return generate_latest(registry)


def update_type(update: Update) -> str:
    return update.event_type if isinstance(update, Update) else type(update).__name__


class _ReminderCollector:
    def __init__(self, stats: list[dict]):
        self.stats = stats

    def collect(self):
        from prometheus_client.core import CounterMetricFamily

        outcomes = CounterMetricFamily("bot_reminders", "Reminders by outcome", labels=["outcome"])
        too_many = CounterMetricFamily("bot_telegram_429", "Telegram answers 429 to reminders (retry_after obeyed)")
        totals: dict[str, int] = {}
        for s in self.stats:
            for k, v in s.items():
                totals[k] = totals.get(k, 0) + v
        for k, v in sorted(totals.items()):
            if k != "retry_after":
                outcomes.add_metric([k], v)
        too_many.add_metric([], totals.get("retry_after", 0))
        yield outcomes
        yield too_many


class _SearchMissCollector:
    """Typed questions that matched no entry point, by language and the screen they were
    typed at (never the text), so staff see where synonyms are missing."""

    def collect(self):
        from prometheus_client.core import CounterMetricFamily

        from dialogs.search.dialog import MISSES

        misses = CounterMetricFamily("bot_search_misses", "Typed questions that found no entry point", labels=["lang", "screen"])
        for (lang, where), n in sorted(MISSES.items()):
            misses.add_metric([lang, where], n)
        yield misses


class MetricsMiddleware(BaseMiddleware):
    """Counts each update by type and times its handling (an outer update middleware)."""

    def __init__(self, metrics: Metrics):
        self.metrics = metrics
        self._by_type: dict[str, Any] = {}  # the counter's child per update type (labels() takes a lock and a lookup)

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        kind = update_type(event)
        counter = self._by_type.get(kind)
        if counter is None:
            counter = self._by_type[kind] = self.metrics.updates.labels(kind)
        counter.inc()
        user = data.get("event_from_user")
        if user is not None:
            self.metrics.seen(user.id)
        started = time.perf_counter()
        try:
            return await handler(event, data)
        except Exception:
            self.metrics.errors.inc()
            raise
        finally:
            self.metrics.step_seconds.observe(time.perf_counter() - started)


async def health(database, redis=None) -> dict[str, str]:
    """Each dependency: "ok" or the kind of error (never its message: it may hold a DSN)."""
    from sqlalchemy import text

    status: dict[str, str] = {}
    try:
        async with database.engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
        status["database"] = "ok"
    except Exception as e:  # noqa: BLE001 - any failure means "down"
        status["database"] = type(e).__name__
    if redis is not None:
        try:
            await redis.ping()
            status["redis"] = "ok"
        except Exception as e:  # noqa: BLE001
            status["redis"] = type(e).__name__
    return status


def add_routes(web_app, metrics: Metrics, database, redis=None, health_path: str = "/healthz", metrics_path: str = "/metrics") -> None:
    from aiohttp import web

    async def healthz(_request):
        status = await health(database, redis)
        ok = all(v == "ok" for v in status.values())
        return web.json_response(status, status=200 if ok else 503)

    async def metrics_page(_request):
        return web.Response(body=metrics.render(), headers={"Content-Type": CONTENT_TYPE_LATEST})

    web_app.router.add_get(health_path, healthz)
    web_app.router.add_get(metrics_path, metrics_page)


class AccessLog(AbstractAccessLogger):
    """aiohttp's access log without what an address may carry (`web.run_app(...,
    access_log_class=AccessLog)`): the path only, never the query string (a staff
    sign-in link's token, with the staff member's Telegram id in it, would let a reader
    of the log sign in), and no header (a Referer holds such an address). One line a
    request, in both log formats:  127.0.0.1 "GET /login" 200 1899 0.004s"""

    def log(self, request, response, time: float) -> None:
        method, path = (request.method, request.path) if request is not None else ("-", "-")
        remote = (request.remote if request is not None else None) or "-"
        self.logger.info('%s "%s %s" %s %s %.3fs', remote, method, path, response.status, response.body_length, time,
                         extra={"method": method, "path": path, "status": response.status})


def hash_user(user_id: int | str, key: str = "") -> str:
    """A short keyed hash of a user id: the same user gives the same value in every
    line (and process, with the same key), but the id cannot be read back."""
    return hashlib.blake2b(str(user_id).encode(), key=key.encode()[:64], digest_size=6).hexdigest()


class JsonLogFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, and any `extra`
    fields; a `user` field is hashed, exception text is kept to its type and frames."""

    _STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}

    def __init__(self, key: str = ""):
        super().__init__()
        self.key = key

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "pid": record.process,  # which of several webhook workers
            "message": record.getMessage(),
        }
        for k, v in vars(record).items():
            if k not in self._STANDARD:
                out[k] = hash_user(v, self.key) if k == "user" else v
        if record.exc_info:
            out["exception"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False, default=str)


def use_json_logs(level: int = logging.INFO, key: str = "") -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(JsonLogFormatter(key))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
