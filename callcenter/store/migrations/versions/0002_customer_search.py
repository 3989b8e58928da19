"""customer full-text search (FTS5)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from alembic import op

from callcenter.store import search

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    # The DDL of this revision, frozen here (0003 changed the prefix indexes).
    conn.exec_driver_sql(
        "CREATE VIRTUAL TABLE IF NOT EXISTS customer_search USING fts5("
        "name, company, email, account, phones, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    search.rebuild(conn)  # existing customers become searchable at once


def downgrade() -> None:
    op.get_bind().exec_driver_sql("DROP TABLE IF EXISTS customer_search")
