"""Small helpers shared by the benchmarks: percentiles, progress, cached demo databases."""

from __future__ import annotations

import math
import shutil
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile: the smallest value with at least ``p`` percent of
    the values at or below it (no interpolation, always an observed value)."""
    if not values:
        raise ValueError("percentile of no values")
    if not 0 <= p <= 100:
        raise ValueError("p must be within 0..100")
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def ms(ns: float) -> float:
    return round(ns / 1e6, 3)


def summary_ms(name: str, samples_ns: Sequence[int]) -> dict:
    """``{name}_p50_ms``, ``{name}_p99_ms`` and ``{name}_max_ms`` from nanosecond samples."""
    return {
        f"{name}_p50_ms": ms(percentile(samples_ns, 50)),
        f"{name}_p99_ms": ms(percentile(samples_ns, 99)),
        f"{name}_max_ms": ms(max(samples_ns)),
    }


def say(text: str) -> None:
    """Progress for people: stderr, never stdout (stdout carries the JSON)."""
    print(f"bench: {text}", file=sys.stderr, flush=True)


def db_mb(path: Path) -> float:
    size = sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())
    return round(size / 1_048_576, 1)


def customer_count(path: Path) -> int:
    import sqlite3

    db = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        return db.execute("SELECT count(*) FROM customers").fetchone()[0]
    finally:
        db.close()


def cached_demo_db(customers: int, seed: int = 1) -> Path:
    """Where the benchmarks keep their demo databases (built once, then reused)."""
    from callcenter.paths import cache_dir

    return cache_dir() / f"bench-screenpop-{customers}-seed{seed}.db"


def ensure_demo_db(path: Path | None, customers: int, seed: int = 1) -> tuple[Path, dict | None]:
    """A database to measure: ``path`` as given, or the cached demo of ``customers``.

    A given database that already holds customers is used as it is; an empty one
    is filled. The cache is rebuilt when it is missing or not exactly that demo
    (for instance a run that was interrupted). Returns (path, generate() figures
    when it had to build).
    """
    from callcenter.store.db import Store
    from callcenter.store.demo import generate

    if path is not None:
        path = Path(path)
        store = Store(path)
        try:
            with store.engine.connect() as conn:
                has = conn.exec_driver_sql("SELECT EXISTS (SELECT 1 FROM customers)").scalar()
        finally:
            store.close()
        if has:
            return path, None
        say(f"filling {path} with {customers:,} demo customers")
        return path, generate(path, customers, seed)
    path = cached_demo_db(customers, seed)
    if path.exists() and not _complete_demo(path, customers, seed):
        say(f"rebuilding {path} (incomplete or different)")
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            p.unlink(missing_ok=True)
    if path.exists():
        return path, None
    say(f"building the benchmark database {path} ({customers:,} customers, once)")
    path.parent.mkdir(parents=True, exist_ok=True)
    return path, generate(path, customers, seed)


@contextmanager
def scratch_copy(path: Path) -> Iterator[Path]:
    """A copy of the database at ``path`` to measure on, removed afterwards. Benchmarks that
    drive real user actions write (calls, wrap-ups, notes, audit rows); on a copy, the cached
    demo (or a database given with ``--db``) is the same for every run, so runs compare."""
    from callcenter.store.backup import copy_database

    folder = Path(tempfile.mkdtemp(prefix="callcenter-bench-"))
    copy = folder / Path(path).name
    try:
        copy_database(Path(path), copy)  # SQLite's backup: with what the write-ahead log holds
        yield copy
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _complete_demo(path: Path, customers: int, seed: int) -> bool:
    import json
    import sqlite3

    try:
        db = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = db.execute("SELECT value FROM local_meta WHERE key = 'demo_params'").fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return False
    from callcenter.store.demo import DEMO_AS_OF, demo_params

    return bool(row) and json.loads(row[0]) == json.loads(demo_params(customers, seed, DEMO_AS_OF))
