"""staff_members.granted_by may be NULL: an admin's /forget blanks it

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff_members") as batch:
        batch.alter_column("granted_by", existing_type=sa.BigInteger(), nullable=True)


def downgrade() -> None:
    op.execute("UPDATE staff_members SET granted_by = 0 WHERE granted_by IS NULL")
    with op.batch_alter_table("staff_members") as batch:
        batch.alter_column("granted_by", existing_type=sa.BigInteger(), nullable=False)
