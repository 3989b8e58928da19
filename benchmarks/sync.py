"""``callcenter bench sync``: push and pull rate, and an incremental round trip.

A real server process (uvicorn on loopback) over SQLite or PostgreSQL (a
throwaway one unless ``--database-url`` is given). Console A holds N new
customers in its change log and pushes them; console B, empty, pulls them (and
keeps its search index right); then A edits 100 customers and one full round
(push 100, pull them back) is timed, median of 7.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from callcenter.core.ids import uuid7


def _fill(store, n: int) -> None:
    """N new customers, logged as local changes (as the repositories would)."""
    now = "2026-01-01 00:00:00.000000"
    rows, log = [], []
    for i in range(n):
        cid = uuid7()
        stamp = store.clock.now().encode()
        rows.append(
            (
                cid,
                now,
                now,
                stamp,
                store.device_id,
                0,
                f"B{i:09d}",
                "person",
                None,
                "Given",
                f"Family{i}",
                "",
                f"Given Family{i}",
                "en",
                "bronze",
                0,
                i % 100,
                "USD",
                0,
                0,
                0,
                0,
                0,
                1,
                "",
                "",
                None,
            )
        )
        log.append(("customers", cid, "insert", stamp, 0))
    with store.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO customers (id, created_at, updated_at, hlc, origin, deleted, account_no, kind, company_id, "
            "given_name, family_name, company_name, display_name, preferred_language, tier, vip, value_score, currency, "
            "credit_limit_minor, balance_minor, churn_risk, do_not_call, consent_marketing, consent_recording, "
            "id_number, card_number, customer_since) VALUES (" + ",".join("?" * 27) + ")",
            rows,
        )
        conn.exec_driver_sql("INSERT INTO change_log (table_name, row_id, op, hlc, pushed) VALUES (?,?,?,?,?)", log)


def run(args) -> dict:
    from callcenter.benchmarks.server_process import ServerProcess
    from callcenter.sync.pg_cluster import PgCluster

    pg = None
    with tempfile.TemporaryDirectory(prefix="callcenter-bench-sync-") as tmp:
        tmp = Path(tmp)
        if args.backend == "postgresql":
            url = args.database_url
            if not url:
                pg = PgCluster().start()
                url = pg.create_database("bench")
        else:
            url = f"sqlite:///{tmp / 'server.db'}"
        try:
            with ServerProcess(url, tmp) as server:
                return _measure(server, tmp, args.changes, args.backend)
        finally:
            if pg is not None:
                pg.stop()


def _measure(server, tmp: Path, n: int, backend: str) -> dict:
    from sqlalchemy import select

    from callcenter.store.db import Store
    from callcenter.store.models import Customer

    server.create_user("bench", "bench-password", "supervisor")
    a, b = Store(tmp / "a.db"), Store(tmp / "b.db")
    try:
        ca, cb = server.client(a, "bench", "bench-password"), server.client(b, "bench", "bench-password")
        print(f"bench sync: writing {n} changes", file=sys.stderr)
        _fill(a, n)
        t = time.perf_counter()
        pushed, _ = ca.push()
        push_s = time.perf_counter() - t
        t = time.perf_counter()
        received, applied, _, _ = cb.pull()
        pull_s = time.perf_counter() - t
        ca.pull()  # A is up to date before the incremental rounds
        with a.session() as s:
            ids = s.scalars(select(Customer.id).limit(100)).all()
        rounds = []
        for r in range(7):
            with a.transaction() as s:
                for cid in ids:
                    s.get(Customer, cid).value_score = r
            t = time.perf_counter()
            ca.sync_round()
            rounds.append((time.perf_counter() - t) * 1000)
        return {
            "changes": n,
            "backend": backend,
            "pushed": pushed,
            "pulled": received,
            "push_changes_per_s": round(pushed / push_s),
            "pull_changes_per_s": round(received / pull_s),
            "push_seconds": round(push_s, 3),
            "pull_seconds": round(pull_s, 3),
            "incremental_round_trip_ms": round(statistics.median(rounds), 1),
            "incremental_changes": len(ids),
        }
    finally:
        a.close()
        b.close()
