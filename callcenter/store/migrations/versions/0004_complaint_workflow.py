"""complaint workflow: case timeline, recovery actions, follow-up callbacks, drafts

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25

The complaints table gains the workflow's projection (team, escalation, resolution,
survey); complaint_events keeps the full append-only history of each case.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _sync_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    ]


_COMPLAINT_COLUMNS = [
    sa.Column("team", sa.String(length=64), server_default=sa.text("''"), nullable=False),
    sa.Column("escalation_level", sa.Integer(), server_default="0", nullable=False),
    sa.Column("needs_supervisor", sa.Boolean(), server_default="0", nullable=False),
    sa.Column("resolve_window_start", sa.DateTime(), nullable=True),
    sa.Column("acknowledged_at", sa.DateTime(), nullable=True),
    sa.Column("resolved_at", sa.DateTime(), nullable=True),
    sa.Column("root_cause", sa.String(length=64), server_default=sa.text("''"), nullable=False),
    sa.Column("resolution", sa.Text(), server_default=sa.text("''"), nullable=False),
    sa.Column("reopen_count", sa.Integer(), server_default="0", nullable=False),
    sa.Column("survey_csat", sa.Integer(), nullable=True),
    sa.Column("survey_buy_again", sa.Boolean(), nullable=True),
    sa.Column("breaches", sa.Text(), server_default=sa.text("''"), nullable=False),
]


def upgrade() -> None:
    # Plain ADD COLUMN, not a batch copy: a rebuilt table would list its foreign keys in
    # an arbitrary order, and the same schema must come out of every run.
    for column in _COMPLAINT_COLUMNS:
        op.add_column("complaints", column._copy())
    op.create_index("ix_complaints_state_due", "complaints", ["state", "resolve_due_at"], unique=False)
    op.add_column("interactions", sa.Column("survey_csat", sa.Integer(), nullable=True))

    op.create_table(
        "complaint_events",
        sa.Column("complaint_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("from_state", sa.String(length=24), nullable=False),
        sa.Column("to_state", sa.String(length=24), nullable=False),
        sa.Column("ref_id", sa.String(length=36), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaints.id"]),
    )
    op.create_index("ix_complaint_events_case", "complaint_events", ["complaint_id", "seq"], unique=False)

    op.create_table(
        "recovery_actions",
        sa.Column("complaint_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("proposed_by", sa.String(length=36), nullable=False),
        sa.Column("proposed_role", sa.String(length=16), nullable=False),
        sa.Column("proposed_at", sa.DateTime(), nullable=False),
        sa.Column("decided_by", sa.String(length=36), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        *_sync_columns(),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaints.id"]),
    )
    op.create_index("ix_recovery_actions_complaint_id", "recovery_actions", ["complaint_id"], unique=False)
    op.create_index("ix_recovery_actions_status", "recovery_actions", ["status"], unique=False)

    op.create_table(
        "follow_up_callbacks",
        sa.Column("complaint_id", sa.String(length=36), nullable=False),
        sa.Column("owner_id", sa.String(length=36), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("scheduled_by", sa.String(length=36), nullable=False),
        sa.Column("scheduled_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("finished_by", sa.String(length=36), nullable=True),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaints.id"]),
    )
    op.create_index("ix_follow_up_callbacks_complaint_id", "follow_up_callbacks", ["complaint_id"], unique=False)
    op.create_index("ix_callbacks_owner_due", "follow_up_callbacks", ["owner_id", "status", "due_at"], unique=False)

    op.create_table(
        "complaint_drafts",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    op.drop_table("complaint_drafts")
    op.drop_table("follow_up_callbacks")
    op.drop_table("recovery_actions")
    op.drop_table("complaint_events")
    with op.batch_alter_table("interactions") as batch:
        batch.drop_column("survey_csat")
    with op.batch_alter_table("complaints") as batch:
        batch.drop_index("ix_complaints_state_due")
        for column in reversed(_COMPLAINT_COLUMNS):
            batch.drop_column(column.name)
