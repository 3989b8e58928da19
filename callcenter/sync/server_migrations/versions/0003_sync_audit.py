"""central server: its own audit of sign-ins (successes, failures, refusals)

Revision ID: s0003
Revises: s0002
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "s0003"
down_revision = "s0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_audit",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("event", sa.String(32), nullable=False),
        sa.Column("subject", sa.String(64), nullable=False),
        sa.Column("user_id", sa.String(36), nullable=True),
        sa.Column("address", sa.String(64), nullable=False),
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("detail", sa.String(200), nullable=False),
    )
    op.create_index("ix_sync_audit_subject", "sync_audit", ["event", "subject", "at"])
    op.create_index("ix_sync_audit_address", "sync_audit", ["event", "address", "at"])


def downgrade() -> None:
    op.drop_index("ix_sync_audit_address", "sync_audit")
    op.drop_index("ix_sync_audit_subject", "sync_audit")
    op.drop_table("sync_audit")
