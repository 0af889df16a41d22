"""analytics events (no user ids) and one-time staff sign-ins

Revision ID: 0009
Revises: 0005
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "analytics_events",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("service", sa.String(64), nullable=False),
        sa.Column("node", sa.String(128), nullable=False),
        sa.Column("reached", sa.String(128), nullable=True),
        sa.Column("answer", sa.SmallInteger(), nullable=True),
        sa.Column("outcome", sa.String(16), nullable=True),
        sa.Column("depth", sa.SmallInteger(), nullable=False, server_default="0"),
        sa.Column("lang", sa.String(8), nullable=False),
        sa.Column("dialog", sa.String(16), nullable=True),
    )
    op.create_index("ix_analytics_events_service_at", "analytics_events", ["service", "at"])
    op.create_index("ix_analytics_events_dialog", "analytics_events", ["dialog"])
    op.create_table(
        "staff_sign_ins",
        sa.Column("nonce", sa.String(32), primary_key=True),
        sa.Column("staff_id", sa.BigInteger(), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("staff_sign_ins")
    op.drop_index("ix_analytics_events_dialog", table_name="analytics_events")
    op.drop_index("ix_analytics_events_service_at", table_name="analytics_events")
    op.drop_table("analytics_events")
