"""intelorder: product catalogue, surveys, credit-limit changes; orders taken on the call

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
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
        "products",
        sa.Column("sku", sa.String(length=32), nullable=False),
        sa.Column("name_en", sa.String(length=256), nullable=False),
        sa.Column("name_zh", sa.String(length=256), nullable=False),
        sa.Column("price_minor", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("options", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_products_sku_currency", "products", ["sku", "currency"], unique=True)
    op.create_table(
        "surveys",
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("interaction_id", sa.String(length=36), nullable=True),
        sa.Column("agent_id", sa.String(length=36), nullable=True),
        sa.Column("queue_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_surveys_customer_kind_time", "surveys", ["customer_id", "kind", "answered_at"], unique=False)
    op.create_index("ix_surveys_kind_time", "surveys", ["kind", "answered_at"], unique=False)
    op.create_table(
        "credit_limit_changes",
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("old_limit_minor", sa.Integer(), nullable=False),
        sa.Column("new_limit_minor", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("proposed_by", sa.String(length=36), nullable=False),
        sa.Column("proposed_role", sa.String(length=16), nullable=False),
        sa.Column("proposed_at", sa.DateTime(), nullable=False),
        sa.Column("decided_by", sa.String(length=36), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_credit_limit_changes_customer_id", "credit_limit_changes", ["customer_id"], unique=False)
    op.create_index("ix_credit_limit_changes_status", "credit_limit_changes", ["status"], unique=False)
    # plain ADD COLUMN (no table rebuild: the orders table is the largest in a big store)
    op.add_column(
        "orders", sa.Column("payment_method", sa.String(length=8), server_default=sa.text("''"), nullable=False)
    )
    op.add_column("orders", sa.Column("delivery_address", sa.Text(), server_default=sa.text("''"), nullable=False))
    op.add_column("orders", sa.Column("delivery_eta", sa.DateTime(), nullable=True))
    op.add_column("orders", sa.Column("interaction_id", sa.String(length=36), nullable=True))
    op.add_column("orders", sa.Column("taken_by", sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("orders") as batch_op:
        for name in ("taken_by", "interaction_id", "delivery_eta", "delivery_address", "payment_method"):
            batch_op.drop_column(name)
    op.drop_table("credit_limit_changes")
    op.drop_table("surveys")
    op.drop_table("products")
