"""admin14: the site row, complaint categories, user teams, queue alarms and overflow, retired codes

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
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
    with op.batch_alter_table("users") as b:
        b.add_column(sa.Column("team", sa.String(length=64), nullable=False, server_default=sa.text("''")))
    with op.batch_alter_table("queues") as b:
        b.add_column(sa.Column("alarm_wait_seconds", sa.Integer(), nullable=False, server_default="60"))
        b.add_column(sa.Column("alarm_waiting_calls", sa.Integer(), nullable=False, server_default="10"))
        b.add_column(sa.Column("overflow_queue_id", sa.String(length=36), nullable=True))
        b.add_column(sa.Column("overflow_after_seconds", sa.Integer(), nullable=False, server_default="0"))
        b.add_column(sa.Column("active", sa.Boolean(), nullable=False, server_default="1"))
    for table in ("skills", "reason_codes", "disposition_codes"):
        with op.batch_alter_table(table) as b:
            b.add_column(sa.Column("active", sa.Boolean(), nullable=False, server_default="1"))
    op.create_table(
        "sites",
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "complaint_categories",
        sa.Column("parent_id", sa.String(length=36), nullable=True),
        sa.Column("code", sa.String(length=48), nullable=False),
        sa.Column("name_en", sa.String(length=128), nullable=False),
        sa.Column("name_zh", sa.String(length=128), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(["parent_id"], ["complaint_categories.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )


def downgrade() -> None:
    op.drop_table("complaint_categories")
    op.drop_table("sites")
    for table in ("skills", "reason_codes", "disposition_codes"):
        with op.batch_alter_table(table) as b:
            b.drop_column("active")
    with op.batch_alter_table("queues") as b:
        for col in (
            "active",
            "overflow_after_seconds",
            "overflow_queue_id",
            "alarm_waiting_calls",
            "alarm_wait_seconds",
        ):
            b.drop_column(col)
    with op.batch_alter_table("users") as b:
        b.drop_column("team")
