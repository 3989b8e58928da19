"""central server: values that must stay unique across consoles (account numbers, user names)

Revision ID: s0002
Revises: s0001
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "s0002"
down_revision = "s0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_unique",
        sa.Column("table_name", sa.String(64), primary_key=True),
        sa.Column("key_name", sa.String(128), primary_key=True),
        sa.Column("value", sa.Text(), primary_key=True),
        sa.Column("row_id", sa.String(36), nullable=False),
    )
    # rows already on the server (a server upgraded in place) are indexed on their next write;
    # a fresh server has none


def downgrade() -> None:
    op.drop_table("sync_unique")
