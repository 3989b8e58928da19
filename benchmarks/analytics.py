"""``callcenter bench analytics``: customer figures on a demo database of ``--customers``.

- ``recompute_s``: ``callcenter analytics recompute`` in process: read every customer's
  inputs, fit BG/NBD and Gamma-Gamma, score RFM, ABC, CLV, churn and credit, write them.
- ``incremental_p99_ms``: one customer's recompute against the saved population, as the
  incremental follower does after an order, payment, complaint, call or survey.
- ``lookup_p99_ms``: the screen-pop lookup (``store.screenpop.pop``) now that it also
  reads the figures and words their reasons; it must stay within 3 ms.

The demo database is built once with the current demo generator and cached
(``bench-analytics-N-seedS.db``), or taken from ``--db``.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from callcenter.benchmarks.stats import db_mb, say, summary_ms


def _database(path: Path | None, customers: int, seed: int) -> tuple[Path, float | None]:
    from callcenter.paths import cache_dir
    from callcenter.store.demo import generate

    if path is not None:
        return Path(path), None
    path = cache_dir() / f"bench-analytics-{customers}-seed{seed}.db"
    if path.exists():
        from callcenter.store.db import Store

        store = Store(path)
        try:
            ok = store.meta("demo") == "1"
        finally:
            store.close()
        if ok:
            return path, None
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            p.unlink(missing_ok=True)
    say(f"building the benchmark database {path} ({customers:,} customers, once)")
    built = generate(path, customers, seed)
    return path, built["seconds"]


def run(args) -> dict:
    from callcenter.benchmarks.screenpop import sample_anis, time_lookups
    from callcenter.store import analytics
    from callcenter.store.db import Store
    from callcenter.store.demo import DEMO_AS_OF

    customers, seed = args.customers, getattr(args, "seed", 1) or 1
    path, built = _database(getattr(args, "db", None), customers, seed)
    store = Store(path)
    try:
        say("full recompute")
        t0 = time.perf_counter()
        full = analytics.recompute_all(store, now=DEMO_AS_OF)
        recompute_s = time.perf_counter() - t0
        rng = random.Random(f"bench-analytics-{seed}")
        with store.engine.connect() as conn:
            top = conn.exec_driver_sql("SELECT max(rowid) FROM customers").scalar() or 0
            ids = [
                r[0]
                for r in (
                    conn.exec_driver_sql("SELECT id FROM customers WHERE rowid = ?", (rng.randint(1, top),)).first()
                    for _ in range(args.incremental)
                )
                if r
            ]
        say(f"{len(ids)} incremental recomputes")
        for cid in ids[:20]:  # warm
            analytics.recompute_customers(store, [cid], now=DEMO_AS_OF)
        clock = time.perf_counter_ns
        inc = []
        for cid in ids:
            t = clock()
            analytics.recompute_customers(store, [cid], now=DEMO_AS_OF)
            inc.append(clock() - t)
        with store.engine.connect() as conn:
            anis = sample_anis(conn, rng, args.lookups)
            say(f"{len(anis)} screen-pop lookups")
            lookup, _pops, _outcomes = time_lookups(conn, anis)
    finally:
        store.close()
    out = {
        "bench": "analytics",
        "customers": full["customers"],
        "buyers": full["buyers"],
        "recompute_s": round(recompute_s, 2),
        "recompute_phases": full["phases"],
        **summary_ms("incremental", inc),
        **summary_ms("lookup", lookup),
        "lookup_target_ms": 3.0,
        "churn_model": full["churn_model"],
        "db_mb": db_mb(path),
        "db": str(path),
    }
    if built is not None:
        out["build_seconds"] = built
    return out
