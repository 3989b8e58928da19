"""approval limits per currency: a limit judges only cases in its currency

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02

A site with customers in several currencies sets each role's limits per currency (50.00 USD
and 300.00 CNY are not one limit), so (role, kind, currency) is unique instead of (role, kind).
The rows already there keep their currency.
"""

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("recovery_approval_limits") as batch:
        batch.drop_constraint("uq_recovery_approval_limits_role_kind", type_="unique")
        batch.create_unique_constraint("uq_recovery_approval_limits_role_kind_currency", ["role", "kind", "currency"])


def downgrade() -> None:
    with op.batch_alter_table("recovery_approval_limits") as batch:
        batch.drop_constraint("uq_recovery_approval_limits_role_kind_currency", type_="unique")
        batch.create_unique_constraint("uq_recovery_approval_limits_role_kind", ["role", "kind"])
