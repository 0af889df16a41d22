"""Is the database's schema the one this code expects? Several bot processes must not
each run Alembic at start (they would race one upgrade); one `python -m bot migrate`
runs first, and every process only checks, refusing to start on a schema that is
behind (or ahead: a newer release migrated it) with a one-line reason."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from .db import Database, alembic_config, wait_for_database

# The newest migration in storage/migrations/versions. Kept here so that a bot process
# checks the schema with one query and without importing Alembic (start-up time);
# tests/test_schema_state.py fails when a new migration is added without moving it.
HEAD = "0015"


@dataclass(frozen=True)
class SchemaState:
    current: str | None  # the revision the database is at (None: empty database)
    head: str  # the revision this code's migrations end at

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head

    def reason(self) -> str:
        if self.up_to_date:
            return f"database schema at {self.head}"
        if self.current is None:
            return f"the database has no schema yet: run `python -m bot migrate` (expected {self.head})"
        return f"the database schema is at {self.current}, this code expects {self.head}: run `python -m bot migrate` first"


def head_revision() -> str:
    """The newest revision, as Alembic reads it from the migration scripts."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


async def schema_state(database: Database) -> SchemaState:
    """Where the database is (Alembic's own table; none: an empty database)."""
    async with database.engine.connect() as conn:
        exists = await conn.run_sync(lambda sync_conn: sync_conn.dialect.has_table(sync_conn, "alembic_version"))
        rows = (await conn.execute(text("SELECT version_num FROM alembic_version"))).scalars().all() if exists else []
    if len(rows) > 1:  # branches: this project's history is one line, so this is not our schema
        return SchemaState(current=",".join(sorted(rows)), head=HEAD)
    return SchemaState(current=rows[0] if rows else None, head=HEAD)


class SchemaNotCurrent(RuntimeError):
    pass


async def ensure_schema(database: Database, migrate: bool) -> SchemaState:
    """Upgrade (`migrate`: a single process, e.g. the terminal chat on SQLite, or the
    `migrate` command) or only check, raising SchemaNotCurrent with the reason."""
    if migrate:
        await database.migrate()
    state = await schema_state(database)
    if not state.up_to_date:
        raise SchemaNotCurrent(state.reason())
    return state


async def open_database(url: str, migrate_on_start: bool) -> Database:
    """The database of a bot or web process: waited for while it starts (with backoff),
    migrated here when `migrate_on_start`, and its schema checked to be this release's
    (SchemaNotCurrent, with a one-line reason, when it is behind)."""
    database = Database(url)
    await wait_for_database(database, migrate=migrate_on_start)
    try:
        await ensure_schema(database, migrate=False)
    except Exception:
        await database.close()
        raise
    return database
