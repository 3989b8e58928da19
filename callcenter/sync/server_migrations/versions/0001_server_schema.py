"""central server: rows, position counter, devices, batch receipts

Revision ID: s0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_rows",
        sa.Column("table_name", sa.String(64), primary_key=True),
        sa.Column("row_id", sa.String(36), primary_key=True),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.String(64), nullable=False),
        sa.Column("origin", sa.String(64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
    )
    op.create_index("ix_sync_rows_seq", "sync_rows", ["seq"], unique=True)
    op.create_table(
        "sync_counters",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("value", sa.BigInteger(), nullable=False),
    )
    op.execute("INSERT INTO sync_counters (name, value) VALUES ('seq', 0)")
    op.create_table(
        "sync_devices",
        sa.Column("device_id", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.String(36), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "sync_receipts",
        sa.Column("device_id", sa.String(64), primary_key=True),
        sa.Column("batch_id", sa.String(40), primary_key=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    for name in ("sync_receipts", "sync_devices", "sync_counters", "sync_rows"):
        op.drop_table(name)
