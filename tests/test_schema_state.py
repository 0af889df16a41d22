"""Several processes, one migration (issue 12): a process only checks the schema and
refuses a database that is behind with a one-line reason; `migrate` brings it up."""

from __future__ import annotations

import pytest

from storage.db import Database
from storage.schema_state import SchemaNotCurrent, ensure_schema, head_revision, schema_state


async def _check_then_migrate(url: str) -> None:
    db = Database(url)
    try:
        with pytest.raises(SchemaNotCurrent) as refused:
            await ensure_schema(db, migrate=False)
        assert "python -m bot migrate" in str(refused.value) and "\n" not in str(refused.value)
        state = await ensure_schema(db, migrate=True)
        assert state.up_to_date and state.current == head_revision()
        assert (await schema_state(db)).up_to_date  # a second process now starts without migrating
        await ensure_schema(db, migrate=False)
    finally:
        await db.close()


async def test_sqlite(sqlite_url):
    await _check_then_migrate(sqlite_url)


@pytest.mark.postgres
async def test_postgres(pg_url):
    await _check_then_migrate(pg_url)


def test_the_kept_head_is_the_newest_migration():
    """A process checks against storage.schema_state.HEAD without reading the scripts:
    a new migration must move it, or every process would refuse the migrated database."""
    from storage.schema_state import HEAD

    assert HEAD == head_revision()


async def test_a_database_one_migration_behind_is_refused(sqlite_url):
    from alembic import command

    from storage.db import alembic_config

    db = Database(sqlite_url)
    try:
        cfg = alembic_config()
        previous = await _previous_of_head()

        def upgrade(connection) -> None:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, previous)

        async with db.engine.begin() as conn:
            await conn.run_sync(upgrade)
        with pytest.raises(SchemaNotCurrent) as refused:
            await ensure_schema(db, migrate=False)
        assert f"is at {previous}" in str(refused.value) and head_revision() in str(refused.value)
    finally:
        await db.close()


async def _previous_of_head() -> str:
    from alembic.script import ScriptDirectory

    from storage.db import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    return script.get_revision(script.get_current_head()).down_revision
