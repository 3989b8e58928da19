"""Helpers for the sync tests: an in-process server, consoles, row snapshots."""

from __future__ import annotations

import json
import warnings

from callcenter.store.db import Store
from callcenter.sync import server_store
from callcenter.sync.client import SyncClient

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

PASSWORD = "correct horse"


class InProcessServer:
    """The real app and database, called through its ASGI interface (no socket)."""

    def __init__(self, url: str, snapshot_dir=None):
        from callcenter.sync.server import create_app

        self.snapshot_dir = snapshot_dir
        self.app = create_app(url, snapshot_dir=snapshot_dir)
        self.engine = self.app.state.engine
        self.http = TestClient(self.app)

    def build_snapshot(self):
        """The server's snapshot file, as ``callcenter server --build-snapshot`` builds it."""
        from callcenter.sync import snapshot_file

        return snapshot_file.build(self.engine, self.snapshot_dir)

    def user(self, username: str, role: str = "supervisor") -> str:
        return server_store.create_user(self.engine, username, PASSWORD, role)

    def console(self, path, username: str, **kw) -> SyncClient:
        store = Store(path)
        client = SyncClient(store, "http://testserver", http=self.http, backoff=0.01, **kw)
        client.register(username, PASSWORD)
        return client

    def rows(self) -> int:
        return server_store.stats(self.engine)["rows"]

    def close(self) -> None:
        self.http.close()
        self.engine.dispose()


SKIP_COLUMNS = {"seq"}


def snapshot(
    store: Store, tables=("customers", "phones", "emails", "interactions", "audit_log", "sync_conflicts", "users")
) -> dict:
    """Every row of the synced tables, comparable across replicas."""
    out = {}
    with store.engine.connect() as conn:
        for t in tables:
            rows = conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY id").mappings().all()
            out[t] = [json.dumps(dict(r), sort_keys=True, default=str) for r in rows]
    return out


def plant_poison(server: InProcessServer, kind: str, n: int) -> str:
    """A customer row stored as a server that checked nothing would have stored it: ``bad_date``
    (a date that is not one), ``end_of_time`` (a stamp beyond the last wall clock) or
    ``wrong_type`` (words in a number column). Returns its id."""
    import time

    from callcenter.core.ids import uuid7

    rid = uuid7()
    now = "2026-12-01T09:00:00.000000+00:00"
    hlc = (
        "ffffffffffff-ffff-elsewhere" if kind == "end_of_time" else f"{time.time_ns() // 1_000_000:012x}-0000-elsewhere"
    )
    row = {
        "id": rid,
        "created_at": now,
        "updated_at": now,
        "hlc": hlc,
        "origin": "elsewhere",
        "deleted": False,
        "account_no": f"POISON{n}",
        "display_name": "Poison",
        "customer_since": "not a date" if kind == "bad_date" else now,
    }
    if kind == "wrong_type":
        row["value_score"] = "ninety"
    with server.engine.begin() as conn:
        seq = server_store._lock_counter(conn)
        server_store._write_rows(conn, [(("customers", rid), row, hlc, "elsewhere", False)], seq)
    return rid
