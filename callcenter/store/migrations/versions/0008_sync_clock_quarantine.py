"""syncdata: pulled rows kept aside, and the clock kept with the store

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02

``sync_quarantine`` holds pulled rows this console could not apply (never synced).
The hybrid logical clock's last stamp is kept in ``local_meta`` from now on; a store
written before starts its clock above the highest stamp it holds (stamps far ahead of
now are left out: they do not move a clock, see ``core.ids``).
"""

import time

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

CLOCK_KEY = "sync.clock"
MAX_DRIFT_MS = 5 * 60 * 1000


def upgrade() -> None:
    op.create_table(
        "sync_quarantine",
        sa.Column("table_name", sa.String(64), primary_key=True),
        sa.Column("row_id", sa.String(36), primary_key=True),
        sa.Column("hlc", sa.String(64), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("change", sa.Text(), nullable=False),
        sa.Column("first_seen", sa.DateTime(), nullable=False),
        sa.Column("last_seen", sa.DateTime(), nullable=False),
    )
    conn = op.get_bind()
    bound = f"{time.time_ns() // 1_000_000 + MAX_DRIFT_MS:012x}-ffff-~"
    top = ""
    tables = [t for t in sa.inspect(conn).get_table_names() if t not in ("sync_quarantine", "local_meta")]
    for table in tables:
        columns = {c["name"] for c in sa.inspect(conn).get_columns(table)}
        if "hlc" not in columns:
            continue
        value = conn.exec_driver_sql(f"SELECT max(hlc) FROM {table} WHERE hlc <= ?", (bound,)).scalar()
        if value and value > top:
            top = value
    if top:
        wall, counter = top.split("-")[:2]
        conn.exec_driver_sql(
            "INSERT INTO local_meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = max(value, excluded.value)",
            (CLOCK_KEY, f"{wall}-{counter}"),
        )


def downgrade() -> None:
    op.drop_table("sync_quarantine")
    op.execute(f"DELETE FROM local_meta WHERE key = '{CLOCK_KEY}'")
