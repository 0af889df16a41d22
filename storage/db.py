"""Engine, sessions and schema migration for one database URL."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(url: str | None = None) -> Config:
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

    async def migrate(self) -> None:
        """Bring the schema to the newest Alembic revision."""
        cfg = alembic_config()

        def upgrade(connection) -> None:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")

        async with self.engine.begin() as conn:
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
