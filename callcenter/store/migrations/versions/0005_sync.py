"""sync: conflict records

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25

Sync cursors, the server address and the last result live in ``local_meta``
(never synced); pending changes are the ``change_log`` rows not yet pushed.
The one new table holds concurrent edits that lost a merge, for a supervisor.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(64), nullable=False),
        sa.Column("origin", sa.String(64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("winner_hlc", sa.String(64), nullable=False),
        sa.Column("loser_hlc", sa.String(64), nullable=False),
        sa.Column("winner", sa.Text(), nullable=False),
        sa.Column("loser", sa.Text(), nullable=False),
        sa.Column("detected_by", sa.String(64), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("resolution", sa.String(12), nullable=False),
        sa.Column("resolved_by", sa.String(36), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_sync_conflicts_row_id", "sync_conflicts", ["row_id"])


def downgrade() -> None:
    op.drop_index("ix_sync_conflicts_row_id", "sync_conflicts")
    op.drop_table("sync_conflicts")
