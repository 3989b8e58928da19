"""adminpol: business calendars and holidays, ring and wrap-up policies, forced-state requests

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
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
        "business_calendars",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name_en", sa.String(length=128), nullable=False),
        sa.Column("name_zh", sa.String(length=128), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("hours", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    op.create_table(
        "holidays",
        sa.Column("calendar_id", sa.String(length=36), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("name_en", sa.String(length=128), nullable=False),
        sa.Column("name_zh", sa.String(length=128), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(["calendar_id"], ["business_calendars.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_holidays_calendar_id", "holidays", ["calendar_id"])
    op.create_table(
        "ring_wrap_policies",
        sa.Column("queue_id", sa.String(length=36), nullable=True),
        sa.Column("ring_timeout_s", sa.Integer(), nullable=False),
        sa.Column("max_missed_offers", sa.Integer(), nullable=False),
        sa.Column("missed_reason", sa.String(length=32), nullable=False),
        sa.Column("after_missed", sa.String(length=16), nullable=False),
        sa.Column("missed_pause_s", sa.Integer(), nullable=False),
        sa.Column("wrap_up_limit_s", sa.Integer(), nullable=False),
        sa.Column("extension_allowed", sa.Boolean(), nullable=False),
        sa.Column("extension_s", sa.Integer(), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(["queue_id"], ["queues.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "forced_state_requests",
        sa.Column("agent_id", sa.String(length=36), nullable=False),
        sa.Column("requested_by", sa.String(length=36), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=True),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_forced_state_requests_agent_id", "forced_state_requests", ["agent_id"])
    with op.batch_alter_table("queues") as b:
        b.add_column(sa.Column("calendar_id", sa.String(length=36), nullable=True))
    with op.batch_alter_table("agent_state_changes") as b:
        b.add_column(sa.Column("forced_by", sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("agent_state_changes") as b:
        b.drop_column("forced_by")
    with op.batch_alter_table("queues") as b:
        b.drop_column("calendar_id")
    op.drop_index("ix_forced_state_requests_agent_id", table_name="forced_state_requests")
    op.drop_table("forced_state_requests")
    op.drop_table("ring_wrap_policies")
    op.drop_index("ix_holidays_calendar_id", table_name="holidays")
    op.drop_table("holidays")
    op.drop_table("business_calendars")
