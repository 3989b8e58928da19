"""admincx: complaint deadlines per severity and recovery approval limits per role (synced)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02

Empty tables: a new site fills them from its defaults (``callcenter init``, demo data); an
upgraded store keeps the product's defaults until an admin sets a value (rows made here on
every console would clash on the server's unique keys).
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def _sync_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "complaint_deadlines",
        sa.Column("severity", sa.String(length=16), nullable=False),
        sa.Column("first_response_minutes", sa.Integer(), nullable=False),
        sa.Column("resolution_minutes", sa.Integer(), nullable=False),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("severity"),
    )
    op.create_table(
        "recovery_approval_limits",
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("role", "kind", name="uq_recovery_approval_limits_role_kind"),
    )


def downgrade() -> None:
    op.drop_table("recovery_approval_limits")
    op.drop_table("complaint_deadlines")
