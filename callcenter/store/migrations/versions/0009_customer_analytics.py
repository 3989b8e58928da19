"""intelcalc: invoices, payments, retention calls (synced); customer_metrics and analytics_models (local)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _sync_columns() -> list[sa.Column[Any]]:
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
        "invoices",
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("invoice_no", sa.String(length=32), nullable=False),
        sa.Column("order_id", sa.String(length=36), nullable=True),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("paid_minor", sa.Integer(), nullable=False),
        sa.Column("paid_at", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"]),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("invoice_no"),
    )
    op.create_index("ix_invoices_customer_due", "invoices", ["customer_id", "due_at"])
    op.create_table(
        "payments",
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("invoice_id", sa.String(length=36), nullable=True),
        sa.Column("paid_at", sa.DateTime(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"]),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoices.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_payments_customer_id", "payments", ["customer_id"])
    op.create_index("ix_payments_invoice_id", "payments", ["invoice_id"])
    op.create_table(
        "retention_calls",
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("owner_id", sa.String(length=36), nullable=False),
        sa.Column("assigned_by", sa.String(length=36), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("churn_risk", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_sync_columns(),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_retention_calls_customer_id", "retention_calls", ["customer_id"])
    op.create_table(
        "customer_metrics",
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("computed_at", sa.DateTime(), nullable=False),
        sa.Column("recency_days", sa.Integer(), nullable=True),
        sa.Column("orders", sa.Integer(), nullable=False),
        sa.Column("usual_gap_days", sa.Float(), nullable=False),
        sa.Column("spend_12m_minor", sa.Integer(), nullable=False),
        sa.Column("spend_90_minor", sa.Integer(), nullable=False),
        sa.Column("spend_prev_90_minor", sa.Integer(), nullable=False),
        sa.Column("rfm_r", sa.Integer(), nullable=False),
        sa.Column("rfm_f", sa.Integer(), nullable=False),
        sa.Column("rfm_m", sa.Integer(), nullable=False),
        sa.Column("segment", sa.String(length=20), nullable=False),
        sa.Column("tier", sa.String(length=16), nullable=False),
        sa.Column("top_share", sa.Float(), nullable=False),
        sa.Column("value_score", sa.Integer(), nullable=False),
        sa.Column("clv_minor", sa.Integer(), nullable=False),
        sa.Column("expected_12m", sa.Float(), nullable=False),
        sa.Column("p_alive", sa.Float(), nullable=False),
        sa.Column("churn_risk", sa.Integer(), nullable=False),
        sa.Column("churn_source", sa.String(length=16), nullable=False),
        sa.Column("complaints_90", sa.Integer(), nullable=False),
        sa.Column("breached_90", sa.Integer(), nullable=False),
        sa.Column("open_complaints", sa.Integer(), nullable=False),
        sa.Column("calls_30", sa.Integer(), nullable=False),
        sa.Column("repeat_calls_30", sa.Integer(), nullable=False),
        sa.Column("csat_last", sa.Integer(), nullable=True),
        sa.Column("nps_last", sa.Integer(), nullable=True),
        sa.Column("tenure_days", sa.Integer(), nullable=False),
        sa.Column("credit_rating", sa.String(length=1), nullable=False),
        sa.Column("credit_points", sa.Integer(), nullable=False),
        sa.Column("invoices_due", sa.Integer(), nullable=False),
        sa.Column("paid_on_time", sa.Integer(), nullable=False),
        sa.Column("overdue_now", sa.Integer(), nullable=False),
        sa.Column("worst_overdue_days", sa.Integer(), nullable=False),
        sa.Column("next_step", sa.String(length=24), nullable=False),
        sa.PrimaryKeyConstraint("customer_id"),
    )
    op.create_index("ix_customer_metrics_risk", "customer_metrics", ["churn_risk"])
    op.create_index("ix_customer_metrics_segment", "customer_metrics", ["segment"])
    op.create_table(
        "analytics_models",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("fitted_at", sa.DateTime(), nullable=False),
        sa.Column("params", sa.Text(), nullable=False),
        sa.Column("blob", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("name"),
    )


def downgrade() -> None:
    op.drop_table("analytics_models")
    op.drop_index("ix_customer_metrics_segment", table_name="customer_metrics")
    op.drop_index("ix_customer_metrics_risk", table_name="customer_metrics")
    op.drop_table("customer_metrics")
    op.drop_index("ix_retention_calls_customer_id", table_name="retention_calls")
    op.drop_table("retention_calls")
    op.drop_index("ix_payments_invoice_id", table_name="payments")
    op.drop_index("ix_payments_customer_id", table_name="payments")
    op.drop_table("payments")
    op.drop_index("ix_invoices_customer_due", table_name="invoices")
    op.drop_table("invoices")
