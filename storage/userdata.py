"""Everything stored about one person, found from the schema rather than listed by hand:
the export behind /mydata, the deletion behind /forget, the retention of dialog answers.

A column names a person when it is called one of USER_COLUMN_NAMES or declares it:

    mapped_column(BigInteger, info={"user": "subject"})   # the row is about this person
    mapped_column(BigInteger, info={"user": "mention"})   # someone else's row that names them
    mapped_column(BigInteger, info={"user": "none"})      # a *_id-like number that is not a person

A row is the person's ("owned") when a subject column holds their id, or when it
points by a foreign key at an owned row (a roster's lines under an owned roster,
reminders under an owned item). Owned rows are exported and deleted; a mention is
exported and set to NULL on /forget. A table that has no person in it at all may say
so with `__table_args__ = {"info": {"personal": False}}`; tests/test_privacy_data.py
fails on any column that looks like a Telegram id and declares nothing.

Tables whose fate is a decision, not a rule (a company's roster the person imported)
are handed to a ForgetHook first (see `register_forget_hook`).
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy import BigInteger, Column, MetaData, Table, delete, false, or_, select, update
from sqlalchemy.sql.elements import ColumnElement

from .db import Database
from .models import Base, DialogSession, User
from .repositories import dialog_of_row

USER_COLUMN_NAMES = frozenset({"user_id", "telegram_id", "member_id"})
SUBJECT, MENTION, NONE = "subject", "mention", "none"


def column_kind(column: Column) -> str | None:
    """SUBJECT, MENTION, NONE (declared not a person) or None (not declared, not by name)."""
    declared = column.info.get("user")
    if declared is not None:
        if declared not in (SUBJECT, MENTION, NONE):
            raise ValueError(f"{column.table.name}.{column.name}: info['user'] must be subject, mention or none")
        return declared
    return SUBJECT if column.name in USER_COLUMN_NAMES else None


@dataclass
class PersonalTable:
    table: Table
    subjects: list[Column] = field(default_factory=list)
    mentions: list[Column] = field(default_factory=list)
    # (this table's column, the parent table's column) of foreign keys to tables with owned rows
    parents: list[tuple[Column, Column]] = field(default_factory=list)


def personal_tables(metadata: MetaData = Base.metadata) -> dict[str, PersonalTable]:
    """Every table that can hold something of a person, parents before children."""
    found: dict[str, PersonalTable] = {}
    for table in metadata.sorted_tables:
        entry = PersonalTable(table)
        for column in table.columns:
            kind = column_kind(column)
            if kind == SUBJECT:
                entry.subjects.append(column)
            elif kind == MENTION:
                entry.mentions.append(column)
            elif kind is None:
                for fk in column.foreign_keys:
                    parent = fk.column.table.name
                    if parent in found and (found[parent].subjects or found[parent].parents):
                        entry.parents.append((column, fk.column))
        if entry.subjects or entry.mentions or entry.parents:
            found[table.name] = entry
    return found


def undeclared_person_columns(metadata: MetaData = Base.metadata) -> list[str]:
    """`table.column` of every BigInteger column that could hold a Telegram id and says
    nothing: not a declared or named user column, not an autoincrement key, not a
    foreign key. A new table must declare such a column (the test fails naming it)."""
    out = []
    for table in metadata.sorted_tables:
        if table.info.get("personal") is False:
            continue
        for column in table.columns:
            if not isinstance(column.type, BigInteger) or column_kind(column) is not None or column.foreign_keys:
                continue
            if column.primary_key and column.autoincrement is True:
                continue
            out.append(f"{table.name}.{column.name}")
    return out


def _owned(entry: PersonalTable, tables: dict[str, PersonalTable], user_id: int) -> ColumnElement:
    """The rows of `entry` that are the person's (a subject column, or under an owned row)."""
    clauses = [c == user_id for c in entry.subjects]
    for column, parent_column in entry.parents:
        parent = tables[parent_column.table.name]
        clauses.append(column.in_(select(parent_column).where(_owned(parent, tables, user_id))))
    return or_(*clauses) if clauses else false()


def _mentioned(entry: PersonalTable, user_id: int) -> ColumnElement:
    return or_(*[c == user_id for c in entry.mentions]) if entry.mentions else false()


def jsonable(value):
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode()
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


def _key(table: Table):
    return list(table.primary_key.columns) or list(table.columns)


# -- the roster rule: a hook the company tables implement ---------------------------


@dataclass(frozen=True)
class RosterFate:
    """What /forget does with a roster the person imported for a company."""

    company: str  # the company's name as its members see it
    workers: int  # lines (workers) in the roster(s) this person imported for it
    others: int  # members of the company other than this person

    @property
    def kept(self) -> bool:
        return self.others > 0


class ForgetHook(Protocol):
    """Implemented by code whose rows need a decision on /forget (company rosters).

    `plan` says what will happen (the confirmation shows it); `apply` does it inside
    the deletion's transaction, before the generic pass. The generic pass then deletes
    every row still owned by the person, so `apply` must detach what stays (e.g. set a
    kept roster's importer column to NULL) and may leave what goes to the generic pass
    (or delete it itself). Both get the open AsyncSession and the person's id."""

    async def plan(self, session, user_id: int) -> list[RosterFate]: ...

    async def apply(self, session, user_id: int) -> None: ...

    async def export(self, session, user_id: int) -> dict[str, list[dict]]:
        """Rows not the person's own that they hold with others and /forget may delete
        (a company's roster): {table: rows}, added to /mydata's file."""
        ...


_HOOKS: list[ForgetHook] = []


def register_forget_hook(hook: ForgetHook) -> None:
    if hook not in _HOOKS:
        _HOOKS.append(hook)


def unregister_forget_hook(hook: ForgetHook) -> None:
    if hook in _HOOKS:
        _HOOKS.remove(hook)


# -- the operations -----------------------------------------------------------------


class UserData:
    def __init__(self, db: Database, metadata: MetaData = Base.metadata):
        self.db = db
        self.metadata = metadata

    async def export(self, user_id: int) -> dict[str, list[dict]]:
        """{table: [row, ...]} of every row that is the person's or names them; tables
        with nothing of theirs are listed empty, so the file shows what was looked at."""
        tables = personal_tables(self.metadata)
        out: dict[str, list[dict]] = {}
        async with self.db.sessions() as s:
            for name, entry in tables.items():
                stmt = select(entry.table).where(or_(_owned(entry, tables, user_id), _mentioned(entry, user_id)))
                rows = (await s.execute(stmt.order_by(*_key(entry.table)))).mappings()
                out[name] = [{k: jsonable(v) for k, v in row.items()} for row in rows]
            for hook in list(_HOOKS):
                export = getattr(hook, "export", None)  # optional: most hooks hold nothing to show
                for name, rows in ((await export(s, user_id)) if export else {}).items():
                    out.setdefault(name, []).extend({k: jsonable(v) for k, v in row.items()} for row in rows)
        return out

    async def plan_forget(self, user_id: int) -> list[RosterFate]:
        async with self.db.sessions() as s:
            fates: list[RosterFate] = []
            for hook in list(_HOOKS):
                fates.extend(await hook.plan(s, user_id))
            return fates

    async def forget(self, user_id: int) -> dict[str, int]:
        """Delete every row that is the person's and blank every mention, in one
        transaction; {table: rows deleted or blanked}. The user row is locked first, the
        order every writer of tracked items and reminders takes, so nothing deadlocks
        and a save racing this one finds no user and fails cleanly."""
        tables = personal_tables(self.metadata)
        counts: dict[str, int] = {}
        async with self.db.sessions.begin() as s:
            lock = select(User.telegram_id).where(User.telegram_id == user_id)
            if self.db.engine.dialect.name == "postgresql":
                lock = lock.with_for_update()
            await s.execute(lock)
            for hook in list(_HOOKS):
                await hook.apply(s, user_id)
            for name, entry in tables.items():
                for column in entry.mentions:
                    result = await s.execute(
                        update(entry.table).where(column == user_id).values({column.name: None}).execution_options(synchronize_session=False)
                    )
                    counts[name] = counts.get(name, 0) + result.rowcount
            for name, entry in reversed(tables.items()):  # children before their parents
                if entry.subjects or entry.parents:
                    result = await s.execute(
                        delete(entry.table).where(_owned(entry, tables, user_id)).execution_options(synchronize_session=False)
                    )
                    counts[name] = counts.get(name, 0) + result.rowcount
        return {k: v for k, v in counts.items() if v}


async def purge_stale_dialogs(db: Database, now: dt.datetime, days: int) -> dict[int, dict]:
    """Retention: delete every dialog (its answers) untouched for `days` days — a
    finished one stays on its result screen, an abandoned one mid-way; either way it
    is not touched any more. Returns {user: the dialog deleted} for exactly the rows
    that went, so the caller can drop the conversation-state copy (Redis/memory) of
    those answers — and only of those: a user who answered meanwhile keeps theirs.

    One DELETE … RETURNING: the age is checked by the statement that deletes, so a row
    saved by a step while the sweep runs is not taken (PostgreSQL re-checks a row a
    concurrent upsert changed; SQLite has one writer at a time)."""
    cutoff = now - dt.timedelta(days=days)
    t = DialogSession.__table__
    async with db.sessions.begin() as s:
        rows = (await s.execute(
            delete(t).where(t.c.updated_at < cutoff)
            .returning(t.c.user_id, t.c.tree_id, t.c.tree_version, t.c.node, t.c.answers, t.c.history, t.c.parent)
        )).all()
    return {row.user_id: dialog_of_row(row) for row in rows}
