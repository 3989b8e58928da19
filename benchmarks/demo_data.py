"""``callcenter bench demo-data --customers N``: demo-data generation into a scratch file."""

from __future__ import annotations

import tempfile
from pathlib import Path

from callcenter.benchmarks.stats import say


def run(args) -> dict:
    from callcenter.store.demo import generate

    customers = args.customers
    seed = getattr(args, "seed", 1) or 1
    with tempfile.TemporaryDirectory(prefix="callcenter-bench-") as scratch:
        say(f"generating {customers:,} customers into a scratch database")
        result = generate(Path(scratch) / "bench-demo.db", customers, seed)
    keys = ("customers", "rows", "seconds", "customers_per_s", "db_mb", "workers", "phases", "tables")
    return {"bench": "demo-data", **{k: result[k] for k in keys if k in result}}
