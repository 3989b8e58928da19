"""reports14: agent state changes and call legs (append-only, synced)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
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
        "agent_state_changes",
        sa.Column("agent_id", sa.String(length=36), nullable=False),
        sa.Column("from_state", sa.String(length=16), nullable=False),
        sa.Column("from_reason", sa.String(length=32), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("ended_at", sa.DateTime(), nullable=False),
        sa.Column("to_state", sa.String(length=16), nullable=False),
        sa.Column("to_reason", sa.String(length=32), nullable=False),
        sa.Column("by", sa.String(length=12), nullable=False),
        sa.Column("call_ref", sa.String(length=64), nullable=False),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_agent_state_changes_agent_time", "agent_state_changes", ["agent_id", "ended_at"])
    op.create_index("ix_agent_state_changes_time", "agent_state_changes", ["ended_at"])
    op.create_table(
        "call_legs",
        sa.Column("call_ref", sa.String(length=64), nullable=False),
        sa.Column("interaction_id", sa.String(length=36), nullable=True),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("queue_code", sa.String(length=32), nullable=False),
        sa.Column("agent_id", sa.String(length=36), nullable=True),
        sa.Column("queued_at", sa.DateTime(), nullable=False),
        sa.Column("offered_at", sa.DateTime(), nullable=True),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("wrap_ended_at", sa.DateTime(), nullable=True),
        sa.Column("hold_seconds", sa.Float(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("disposition_id", sa.String(length=36), nullable=True),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_call_legs_time", "call_legs", ["queued_at"])
    op.create_index("ix_call_legs_agent_time", "call_legs", ["agent_id", "queued_at"])


def downgrade() -> None:
    op.drop_index("ix_call_legs_agent_time", table_name="call_legs")
    op.drop_index("ix_call_legs_time", table_name="call_legs")
    op.drop_table("call_legs")
    op.drop_index("ix_agent_state_changes_time", table_name="agent_state_changes")
    op.drop_index("ix_agent_state_changes_agent_time", table_name="agent_state_changes")
    op.drop_table("agent_state_changes")
