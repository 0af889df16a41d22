"""tracked items: a fingerprint so that saving the same item again updates it

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29

The fingerprint is storage.tracking.fingerprint(service, kind, inputs, label), unique
per user. Existing rows get theirs; of existing exact duplicates the oldest gets it and
the others keep NULL (nothing is deleted), and a row whose inputs no longer fit its
kind keeps NULL too.
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from dialogs.tracking.roster import clean_label
    from storage.tracking import fingerprint, parse_inputs, validated_inputs

    with op.batch_alter_table("tracked_items") as batch:
        batch.add_column(sa.Column("fingerprint", sa.String(32), nullable=True))
    items = sa.table(
        "tracked_items",
        sa.column("id", sa.BigInteger()),
        sa.column("user_id", sa.BigInteger()),
        sa.column("service", sa.String()),
        sa.column("kind", sa.String()),
        sa.column("label", sa.String()),
        sa.column("inputs", sa.JSON()),
        sa.column("fingerprint", sa.String()),
    )
    conn = op.get_bind()
    taken: set[tuple[int, str]] = set()
    rows = conn.execute(sa.select(items.c.id, items.c.user_id, items.c.service, items.c.kind, items.c.label, items.c.inputs).order_by(items.c.id))
    updates = []
    for row in rows:
        try:
            inputs, _ = validated_inputs(row.service, row.kind, parse_inputs(row.inputs or {}))
        except (KeyError, ValueError):
            continue
        key = fingerprint(row.service, row.kind, inputs, clean_label(row.label))
        if (row.user_id, key) in taken:
            continue
        taken.add((row.user_id, key))
        updates.append({"row_id": row.id, "fp": key})
    if updates:
        conn.execute(items.update().where(items.c.id == sa.bindparam("row_id")).values(fingerprint=sa.bindparam("fp")), updates)
    with op.batch_alter_table("tracked_items") as batch:
        batch.create_unique_constraint("uq_tracked_items_user_fingerprint", ["user_id", "fingerprint"])


def downgrade() -> None:
    with op.batch_alter_table("tracked_items") as batch:
        batch.drop_constraint("uq_tracked_items_user_fingerprint", type_="unique")
        batch.drop_column("fingerprint")
