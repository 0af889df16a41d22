"""Is the database's schema the one this code expects? Several bot processes must not
each run Alembic at start (they would race one upgrade); one `python -m bot migrate`
runs first, and every process only checks, refusing to start on a schema that is
behind (or ahead: a newer release migrated it) with a one-line reason."""

from __future__ import annotations

from dataclasses import dataclass

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from .db import Database, alembic_config, wait_for_database


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
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


async def schema_state(database: Database) -> SchemaState:
    async with database.engine.connect() as conn:
        current = await conn.run_sync(lambda sync_conn: MigrationContext.configure(sync_conn).get_current_revision())
    return SchemaState(current=current, head=head_revision())


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
