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
