"""Imported customers' search documents are written from the rows' values (no read-back):
they must be exactly what rebuilding the index from the stored rows gives."""

from __future__ import annotations

import import_files as F

from callcenter.ops.imports import import_file
from callcenter.store import search

QUERY = "SELECT rowid, name, company, email, account, phones FROM customer_search ORDER BY rowid"


def test_imported_search_documents_equal_a_rebuilt_index(store, tmp_path):
    F.seed_existing(store)
    rows, _bad = F.rows()
    import_file(store, None, "customers", F.write_csv(tmp_path / "c.csv", rows), batch_size=100)
    with store.engine.begin() as conn:
        imported = conn.exec_driver_sql(QUERY).all()
        search.rebuild(conn)
        rebuilt = conn.exec_driver_sql(QUERY).all()
    assert len(imported) == 1001
    assert imported == rebuilt
