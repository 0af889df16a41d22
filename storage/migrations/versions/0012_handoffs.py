"""hand-offs to a person (operators' forum topics) and their outbox

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "handoffs",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("user_id", sa.BigInteger(), sa.ForeignKey("users.telegram_id", ondelete="CASCADE"), nullable=False),
        sa.Column("service", sa.String(64), nullable=False),
        sa.Column("lang", sa.String(8), nullable=False),
        sa.Column("topic_id", sa.BigInteger(), nullable=True),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index(
        "uq_handoffs_open_user", "handoffs", ["user_id"], unique=True,
        postgresql_where=sa.text("closed_at IS NULL"), sqlite_where=sa.text("closed_at IS NULL"),
    )
    op.create_index("ix_handoffs_user", "handoffs", ["user_id"])
    op.create_index("ix_handoffs_topic", "handoffs", ["topic_id"])
    op.create_index("ix_handoffs_opened", "handoffs", ["opened_at"])
    op.create_table(
        "handoff_outbox",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("handoff_id", sa.BigInteger(), sa.ForeignKey("handoffs.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("from_chat_id", sa.BigInteger(), nullable=True),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False, server_default="pending"),
        sa.Column("send_after", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("claimed_by", sa.String(64), nullable=True),
        sa.Column("last_error", sa.String(255), nullable=True),
    )
    op.create_index("ix_handoff_outbox_due", "handoff_outbox", ["status", "send_after"])
    op.create_index("ix_handoff_outbox_handoff", "handoff_outbox", ["handoff_id"])


def downgrade() -> None:
    op.drop_table("handoff_outbox")
    op.drop_table("handoffs")
