"""company accounts: members, one-time invites, the shared roster of workers, and
the employer's daily digest as a reminder row of a company (item_id NULL)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _id():
    return sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "companies",
        sa.Column("id", _id(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(64), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    op.create_table(
        "company_members",
        sa.Column("user_id", sa.BigInteger(), sa.ForeignKey("users.telegram_id", ondelete="CASCADE"), primary_key=True),
        sa.Column("company_id", sa.BigInteger(), sa.ForeignKey("companies.id", ondelete="CASCADE"), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("joined_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    op.create_index("ix_company_members_company_id", "company_members", ["company_id"])
    op.create_table(
        "company_invites",
        sa.Column("id", _id(), primary_key=True, autoincrement=True),
        sa.Column("company_id", sa.BigInteger(), sa.ForeignKey("companies.id", ondelete="CASCADE"), nullable=False),
        sa.Column("nonce", sa.String(32), nullable=False),
        sa.Column("created_by", sa.BigInteger(), nullable=True),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_by", sa.BigInteger(), nullable=True),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_company_invites_company_id", "company_invites", ["company_id"])
    op.create_table(
        "roster_workers",
        sa.Column("id", _id(), primary_key=True, autoincrement=True),
        sa.Column("company_id", sa.BigInteger(), sa.ForeignKey("companies.id", ondelete="CASCADE"), nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("name_key", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("inputs", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.UniqueConstraint("company_id", "name_key", name="uq_roster_workers_company_name"),
    )
    op.create_index("ix_roster_workers_company_id", "roster_workers", ["company_id"])
    with op.batch_alter_table("reminders") as batch:
        batch.alter_column("item_id", existing_type=sa.BigInteger(), nullable=True)
        batch.add_column(sa.Column("company_id", sa.BigInteger(), nullable=True))
        batch.create_foreign_key("fk_reminders_company_id", "companies", ["company_id"], ["id"], ondelete="CASCADE")
        batch.create_unique_constraint("uq_reminders_company_user_occasion", ["company_id", "user_id", "occasion"])


def downgrade() -> None:
    op.execute("DELETE FROM reminders WHERE item_id IS NULL")
    with op.batch_alter_table("reminders") as batch:
        batch.drop_constraint("uq_reminders_company_user_occasion", type_="unique")
        batch.drop_constraint("fk_reminders_company_id", type_="foreignkey")
        batch.drop_column("company_id")
        batch.alter_column("item_id", existing_type=sa.BigInteger(), nullable=False)
    op.drop_table("roster_workers")
    op.drop_table("company_invites")
    op.drop_table("company_members")
    op.drop_table("companies")
