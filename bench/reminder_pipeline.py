"""The reminder pipeline on the real PostgreSQL: a population of tracked permits,
the query that finds due reminders (with its plan), and delivery through two
dispatchers to a fake Bot API that enforces Telegram's limits."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
import uuid

import asyncpg

from dialogs.law.dates import ALMATY

ADMIN_DSN = "postgresql://postgres@127.0.0.1:5432/postgres"


async def fresh_database() -> tuple[str, str]:
    name = f"mbot_bench_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(ADMIN_DSN)
    await admin.execute(f'CREATE DATABASE "{name}"')
    await admin.close()
    return name, f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}"


async def drop_database(name: str) -> None:
    admin = await asyncpg.connect(ADMIN_DSN)
    await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    await admin.close()


async def populate(dsn_name: str, permits: int, start: dt.date) -> float:
    """`permits` users with one permit each, expiring on a random day in the year from
    `start`, and two reminders each (window opens, expiry day); returns seconds."""
    conn = await asyncpg.connect(f"postgresql://postgres@127.0.0.1:5432/{dsn_name}")
    t0 = time.perf_counter()
    await conn.execute("INSERT INTO users (telegram_id, language, active) SELECT g, 'ru', true FROM generate_series(1, $1) g", permits)
    await conn.execute(
        """
        INSERT INTO tracked_items (id, user_id, service, kind, inputs, status)
        SELECT g, g, 'labour-permit', 'permit',
               json_build_object('expiry', to_char($2::date + (random() * 364)::int, 'YYYY-MM-DD'), 'cumulative_months', 6),
               'active'
        FROM generate_series(1, $1) g
        """,
        permits,
        start,
    )
    await conn.execute("SELECT setval(pg_get_serial_sequence('tracked_items', 'id'), $1)", permits)
    await conn.execute(
        """
        INSERT INTO reminders (item_id, user_id, occasion, due_on, send_after, status, attempts)
        SELECT i.id, i.user_id, o.occasion, d.due, (d.due::timestamp + interval '4 hours') AT TIME ZONE 'UTC', 'pending', 0
        FROM tracked_items i
        CROSS JOIN (VALUES ('extension-opens', 30), ('expiry', 0)) AS o(occasion, days_before)
        CROSS JOIN LATERAL (SELECT (i.inputs->>'expiry')::date - o.days_before AS due) d
        """
    )
    await conn.execute("ANALYZE")
    seconds = time.perf_counter() - t0
    await conn.close()
    return seconds


async def find_due(dsn_name: str, now: dt.datetime, repeats: int = 5) -> tuple[float, int, str]:
    """Time the dispatcher's question, "which reminders are due now", best of `repeats`;
    returns seconds, how many are due, and the query plan."""
    conn = await asyncpg.connect(f"postgresql://postgres@127.0.0.1:5432/{dsn_name}")
    query = "SELECT id FROM reminders WHERE status = 'pending' AND send_after <= $1 ORDER BY send_after, id"
    best = float("inf")
    count = 0
    for _ in range(repeats):
        t0 = time.perf_counter()
        rows = await conn.fetch(query, now)
        best = min(best, time.perf_counter() - t0)
        count = len(rows)
    plan = "\n".join(r[0] for r in await conn.fetch("EXPLAIN (ANALYZE, BUFFERS) " + query, now))
    await conn.close()
    return best, count, plan


async def deliver(dsn_name: str, url: str, due_now: int, per_second: int = 30, dispatchers: int = 2, limit_seconds: float = 120, headroom: float = 0.97) -> dict:
    """Make `due_now` reminders (one per chat) due and deliver them through
    `dispatchers` dispatchers sharing Telegram's 30/s between them. Each paces at
    `headroom` of its share: two independent pacers drift, and a send that lands
    a 31st message in some second costs a 429 and a pause."""
    from aiogram import Bot
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer

    from bot.app import build_engine, build_renderer
    from bot.reminders import Pacer, ReminderDispatcher
    from storage.db import Database

    from .fake_telegram import LimitedBotAPI

    conn = await asyncpg.connect(f"postgresql://postgres@127.0.0.1:5432/{dsn_name}")
    # a daytime moment in Almaty, moving with the real clock
    base = dt.datetime.combine(dt.date(2027, 3, 1), dt.time(10, 0), tzinfo=ALMATY).astimezone(dt.timezone.utc)
    await conn.execute("UPDATE reminders SET status = 'sent' WHERE status = 'pending'")
    await conn.execute(
        "UPDATE reminders SET status = 'pending', send_after = $2 WHERE occasion = 'extension-opens' AND item_id <= $1",
        due_now,
        base - dt.timedelta(minutes=1),
    )
    await conn.close()

    api = await LimitedBotAPI(per_second=per_second).start()
    database = Database(url)
    engine, renderer = build_engine(), build_renderer()
    started = time.monotonic()

    def clock() -> dt.datetime:
        return base + dt.timedelta(seconds=time.monotonic() - started)

    bots, workers = [], []
    for i in range(dispatchers):
        bot = Bot("1:BENCH", session=AiohttpSession(api=TelegramAPIServer.from_base(api.base_url)))
        bots.append(bot)
        # Telegram's 30/s is for the whole bot: each of n dispatchers takes 30/n
        workers.append(ReminderDispatcher(database, bot, renderer, engine, worker=f"d{i}", batch=max(1, per_second // dispatchers), clock=clock, pacer=Pacer(per_second=headroom * per_second / dispatchers, per_chat=1.0)))

    stop = asyncio.Event()

    async def watch() -> None:
        while len(api.delivered) < due_now and time.monotonic() - started < limit_seconds:
            await asyncio.sleep(0.05)
        stop.set()

    await asyncio.gather(watch(), *(d.run_forever(stop, idle_seconds=0.2) for d in workers))
    first = api.delivered[0][2] if api.delivered else started
    last = api.delivered[-1][2] if api.delivered else started
    unique = {(chat, text) for chat, text, _ in api.delivered}
    elapsed = max(last - first, 1e-9)
    result = {
        "delivered": len(api.delivered),
        "rate": (len(api.delivered) - 1) / elapsed if len(api.delivered) > 1 else 0.0,
        "too_many": api.too_many,
        "lost": due_now - len(unique),
        "duplicated": len(api.delivered) - len(unique),
        "per_dispatcher": [w.stats["sent"] for w in workers],
    }
    for bot in bots:
        await bot.session.close()
    await database.close()
    await api.close()
    return result
