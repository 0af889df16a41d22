"""Engine, sessions and schema migration for one database URL."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Awaitable, Callable

from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine

MIGRATIONS = Path(__file__).parent / "migrations"
log = logging.getLogger(__name__)


def alembic_config(url: str | None = None):
    # Alembic is imported only where a migration runs: a bot process only checks the
    # schema (storage/schema_state.py), and importing Alembic cost it ~0.15 s at start
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url:
        cfg.set_main_option("sqlalchemy.url", url)
    return cfg


class Database:
    def __init__(self, url: str, echo: bool = False):
        self.url = url
        kwargs = {}
        if url.startswith("postgresql"):
            kwargs.update(pool_size=10, max_overflow=20, pool_pre_ping=True)
        # hide_parameters: an SQL error's text (and so the log) never carries the bound
        # values, which are user ids and answers
        self.engine: AsyncEngine = create_async_engine(url, echo=echo, hide_parameters=True, **kwargs)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False)

    def driver_sql(self, template: str) -> str:
        """`template` with each `{}` as the driver's own placeholder (`?` for SQLite,
        `$1`, `$2` … for asyncpg), for `exec_driver_sql`: the writes of many rows on
        every dialog step, where SQLAlchemy's processing of each row's parameters cost
        more than the database's own work. Their values are plain (JSON as text)."""
        parts = template.split("{}")
        if self.engine.dialect.paramstyle == "qmark":
            return "?".join(parts)
        return "".join(part + (f"${i}" if i < len(parts) else "") for i, part in enumerate(parts, start=1))

    async def migrate(self) -> None:
        """Bring the schema to the newest Alembic revision."""
        from alembic import command

        cfg = alembic_config()

        def upgrade(connection) -> None:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")

        async with self.engine.begin() as conn:
            if self.engine.dialect.name == "postgresql":
                # two processes starting at once upgrade one after the other, never racing
                await conn.execute(text("SELECT pg_advisory_xact_lock(7261536)"))
            await conn.run_sync(upgrade)

    async def close(self) -> None:
        await self.engine.dispose()


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")  # so deleting a user deletes their sessions
    cursor.execute("PRAGMA journal_mode=WAL")
    # WAL + NORMAL: a commit survives a crash of the process; only an OS crash or
    # power loss can lose the last commits. No fsync per dialog step.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


async def wait_for_database(
    database: Database,
    *,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    stop: asyncio.Event | None = None,
    first_delay: float = 0.5,
    max_delay: float = 30.0,
    migrate: bool = True,
) -> bool:
    """Connect and migrate, retrying with backoff while the database cannot be
    reached (one log line per attempt, no traceback). True once migrated; False if
    `stop` was set first. Only reaching the database is retried: a migration that
    fails on a reachable database raises."""
    attempt = 0
    while stop is None or not stop.is_set():
        attempt += 1
        try:
            async with database.engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
        except Exception as e:  # noqa: BLE001 - any failure to reach it: wait and retry
            delay = min(first_delay * 2 ** (attempt - 1), max_delay)
            reason = (str(e).splitlines() or [""])[0][:200]
            log.warning("database not reachable (attempt %d, %s: %s); retrying in %.1f s", attempt, type(e).__name__, reason, delay)
            await sleep(delay)
            continue
        if migrate:
            await database.migrate()
        if attempt > 1:
            log.info("database reachable after %d attempts", attempt)
        return True
    return False
