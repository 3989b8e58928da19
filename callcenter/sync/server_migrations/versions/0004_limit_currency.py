"""central server: approval limits are unique per (role, kind, currency), not (role, kind)

Revision ID: s0004
Revises: s0003
Create Date: 2026-12-02

The unique values the server keeps for ``recovery_approval_limits`` are rebuilt under the new
key from the rows it holds (they were unique per role and kind, so they are per currency too).
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "s0004"
down_revision = "s0003"
branch_labels = None
depends_on = None

TABLE = "recovery_approval_limits"


def _reindex(columns: tuple[str, ...]) -> None:
    conn = op.get_bind()
    conn.execute(sa.text("DELETE FROM sync_unique WHERE table_name = :t"), {"t": TABLE})
    entries = []
    for row_id, data in conn.execute(sa.text("SELECT row_id, data FROM sync_rows WHERE table_name = :t"), {"t": TABLE}):
        row = json.loads(data)
        values = [row.get(c) for c in columns]
        if any(v is None for v in values):
            continue
        entries.append({"t": TABLE, "k": ",".join(columns), "v": json.dumps(values), "r": row_id})
    if entries:
        conn.execute(
            sa.text("INSERT INTO sync_unique (table_name, key_name, value, row_id) VALUES (:t, :k, :v, :r)"), entries
        )


def upgrade() -> None:
    _reindex(("role", "kind", "currency"))


def downgrade() -> None:
    _reindex(("role", "kind"))
