"""a forgotten user's hand-off topics are deleted from the operators' group

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("handoffs") as batch:
        batch.add_column(sa.Column("chat_id", sa.BigInteger(), nullable=True))
    with op.batch_alter_table("handoff_outbox") as batch:
        batch.alter_column("handoff_id", existing_type=sa.BigInteger(), nullable=True)
        batch.add_column(sa.Column("chat_id", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("topic_id", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    op.execute("DELETE FROM handoff_outbox WHERE handoff_id IS NULL")
    with op.batch_alter_table("handoff_outbox") as batch:
        batch.drop_column("topic_id")
        batch.drop_column("chat_id")
        batch.alter_column("handoff_id", existing_type=sa.BigInteger(), nullable=False)
    with op.batch_alter_table("handoffs") as batch:
        batch.drop_column("chat_id")
