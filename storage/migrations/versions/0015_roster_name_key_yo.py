"""roster workers: ё and е are one letter in the name key ("Ёлкин Пётр" is "Елкин Петр")

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07

Every roster worker's name_key is computed again from its name, ё folded to е (as
storage.employers.name_key now does). Two workers of one company whose keys become
the same are one person imported twice: the one with the later permit expiry stays
(equal or unreadable expiries: the one changed last, then the newer row), the other
goes, as a removal in /workers does — its row is deleted and the company's digests
are planned again from the workers left, so no digest is kept for a day that only
the removed worker made.

Downgrade puts the old keys back (ё kept); a removed worker does not come back.
"""
import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

workers = sa.table(
    "roster_workers",
    sa.column("id", sa.BigInteger()),
    sa.column("company_id", sa.BigInteger()),
    sa.column("name", sa.String()),
    sa.column("name_key", sa.String()),
    sa.column("kind", sa.String()),
    sa.column("inputs", sa.JSON()),
    sa.column("updated_at", sa.DateTime(timezone=True)),
)
members = sa.table(
    "company_members",
    sa.column("user_id", sa.BigInteger()),
    sa.column("company_id", sa.BigInteger()),
    sa.column("digest", sa.Boolean()),
)
reminders = sa.table(
    "reminders",
    sa.column("id", sa.BigInteger()),
    sa.column("item_id", sa.BigInteger()),
    sa.column("company_id", sa.BigInteger()),
    sa.column("user_id", sa.BigInteger()),
    sa.column("occasion", sa.String()),
    sa.column("due_on", sa.Date()),
    sa.column("send_after", sa.DateTime(timezone=True)),
    sa.column("status", sa.String()),
    sa.column("attempts", sa.Integer()),
)


def _key(name: str, fold_yo: bool) -> str:
    """storage.employers.name_key as of this revision (fold_yo) and before it."""
    text = (name or "").casefold()
    if fold_yo:
        text = text.replace("ё", "е")
    return " ".join(text.split())[:64]


def _expiry(inputs) -> dt.date:
    try:
        return dt.date.fromisoformat(str((inputs or {}).get("permit_expiry")))
    except (ValueError, TypeError, AttributeError):
        return dt.date.min


def _moment(value) -> str:
    return value.isoformat() if isinstance(value, dt.datetime) else str(value or "")


def upgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(workers.c.id, workers.c.company_id, workers.c.name, workers.c.name_key, workers.c.inputs, workers.c.updated_at)
    ).all()
    groups: dict[tuple[int, str], list] = {}
    for row in rows:
        groups.setdefault((row.company_id, _key(row.name, fold_yo=True)), []).append(row)
    dropped: list[int] = []
    rekeyed: list[dict] = []
    touched: set[int] = set()
    for (company_id, key), group in groups.items():
        group.sort(key=lambda r: (_expiry(r.inputs), _moment(r.updated_at), r.id), reverse=True)
        kept, *others = group
        if others:
            dropped.extend(r.id for r in others)
            touched.add(company_id)
        if kept.name_key != key:
            rekeyed.append({"row_id": kept.id, "new_key": key})
    if dropped:
        conn.execute(workers.delete().where(workers.c.id.in_(dropped)))
    if rekeyed:  # after the deletes: a folded key is then held by no other row of the company
        conn.execute(
            workers.update().where(workers.c.id == sa.bindparam("row_id")).values(name_key=sa.bindparam("new_key")), rekeyed
        )
    for company_id in sorted(touched):
        _plan_digests(conn, company_id)


def _plan_digests(conn, company_id: int) -> None:
    """storage.employers.Companies.plan_digests for one company, on this connection:
    each member with the digest on keeps one pending digest, for the first day whose
    digest lists one of the workers left (what a removal in /workers does next)."""
    from dialogs.tracking.schedule import first_send_time
    from dialogs.tracking.workers import outlook
    from storage.employers import DIGEST_PREFIX, digest_day, digest_start
    from storage.tracking import parse_inputs

    after = digest_start(dt.datetime.now(dt.timezone.utc))
    outlooks = []
    for w in conn.execute(sa.select(workers.c.kind, workers.c.inputs).where(workers.c.company_id == company_id)):
        try:
            outlooks.append(outlook(w.kind, parse_inputs(w.inputs or {}), after))
        except Exception:  # noqa: BLE001 - one unreadable worker must not stop the others' digest
            continue
    users = conn.execute(
        sa.select(members.c.user_id).where(members.c.company_id == company_id, members.c.digest == sa.true())
    ).scalars().all()
    for user_id in users:
        mine = (reminders.c.company_id == company_id) & (reminders.c.user_id == user_id)
        had = set(conn.execute(sa.select(reminders.c.occasion).where(mine, reminders.c.status != "pending")).scalars())
        day = digest_day(outlooks, after, had)
        keep = f"{DIGEST_PREFIX}{day.isoformat()}" if day else None
        stale = reminders.delete().where(mine, reminders.c.status == "pending")
        if keep:
            stale = stale.where(reminders.c.occasion != keep)
        conn.execute(stale)
        if keep is None:
            continue
        if conn.execute(sa.select(reminders.c.id).where(mine, reminders.c.occasion == keep)).first() is None:
            conn.execute(reminders.insert().values(
                item_id=None, company_id=company_id, user_id=user_id, occasion=keep, due_on=day,
                send_after=first_send_time(day), status="pending", attempts=0,
            ))


def downgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.select(workers.c.id, workers.c.name, workers.c.name_key)).all()
    old = [{"row_id": r.id, "old_key": _key(r.name, fold_yo=False)} for r in rows if r.name_key != _key(r.name, fold_yo=False)]
    if old:
        conn.execute(workers.update().where(workers.c.id == sa.bindparam("row_id")).values(name_key=sa.bindparam("old_key")), old)
