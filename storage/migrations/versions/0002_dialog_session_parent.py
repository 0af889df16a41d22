"""dialog session remembers the routing dialog it was entered from

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("dialog_sessions") as batch:
        batch.add_column(sa.Column("parent", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("dialog_sessions") as batch:
        batch.drop_column("parent")
