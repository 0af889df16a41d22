"""Shared fixtures. PostgreSQL and Redis tests use the real servers on 127.0.0.1;
under CI=true a missing server fails the test instead of skipping it."""

from __future__ import annotations

import contextlib
import os
import socket
import uuid

import pytest

import bot  # noqa: F401 - first, as in every entry point: aiogram's types are built on first use (bot/lazy_types.py)
from dialogs.runtime.engine import Engine
from dialogs.model.loader import load_trees

PG_ADMIN = os.environ.get("TEST_PG_ADMIN_DSN", "postgresql://postgres@127.0.0.1:5432/postgres")
PG_URL_TEMPLATE = os.environ.get("TEST_PG_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/{db}")
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def _reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def require_server(name: str, host: str, port: int) -> None:
    if _reachable(host, port):
        return
    message = f"{name} is not running on {host}:{port}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message + " (CI=true: a missing server is a failure)")
    pytest.skip(message)


@pytest.fixture
def trees():
    return load_trees()


@pytest.fixture
def engine_at(trees):
    """engine_at(date) -> an Engine whose "today" is that date."""
    return lambda day: Engine(trees, today=lambda: day)


@contextlib.asynccontextmanager
async def fresh_pg_url():
    """A fresh, empty PostgreSQL database, dropped afterwards."""
    require_server("PostgreSQL", "127.0.0.1", 5432)
    import asyncpg

    name = f"mbot_test_{uuid.uuid4().hex[:10]}"
    admin = await asyncpg.connect(PG_ADMIN)
    await admin.execute(f'CREATE DATABASE "{name}"')
    await admin.close()
    try:
        yield PG_URL_TEMPLATE.format(db=name)
    finally:
        admin = await asyncpg.connect(PG_ADMIN)
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


@contextlib.asynccontextmanager
async def fresh_redis_url():
    """The real Redis, database 15 emptied before and after."""
    require_server("Redis", "127.0.0.1", 6379)
    from redis.asyncio import Redis

    client = Redis.from_url(REDIS_URL)
    await client.flushdb()
    try:
        yield REDIS_URL
    finally:
        await client.flushdb()
        await client.aclose()


@pytest.fixture
async def pg_url():
    async with fresh_pg_url() as url:
        yield url


@pytest.fixture
async def redis_url():
    async with fresh_redis_url() as url:
        yield url


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def database_url(request, sqlite_url):
    """A test run on each database the bot supports: a file of SQLite, then a fresh
    PostgreSQL database (dropped afterwards)."""
    if request.param == "sqlite":
        yield sqlite_url
    else:
        async with fresh_pg_url() as url:
            yield url


@pytest.fixture
async def db(database_url):
    """A migrated database, on each one the bot supports (`database_url`); a test file
    that needs more in it (users, a second migration) defines its own."""
    from storage.db import Database

    database = Database(database_url)
    await database.migrate()
    yield database
    await database.close()
