"""Benchmark plumbing: percentiles, the READY line, cached databases, small end-to-end runs."""

import argparse
import json
import sys

import pytest

from callcenter.benchmarks import run_bench
from callcenter.benchmarks.startup import StartupError, launch, parse_ready
from callcenter.benchmarks.stats import ensure_demo_db, percentile, scratch_copy, summary_ms


def test_a_scratch_copy_holds_what_the_log_holds_takes_writes_and_goes_away(tmp_path):
    import sqlite3

    original = tmp_path / "demo.db"
    db = sqlite3.connect(original)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA wal_autocheckpoint=0")  # the last row stays in the write-ahead log only
    db.execute("CREATE TABLE t (n INTEGER)")
    db.executemany("INSERT INTO t VALUES (?)", [(1,), (2,), (3,)])
    db.commit()
    with scratch_copy(original) as copy:
        assert copy != original
        c = sqlite3.connect(copy)
        assert c.execute("SELECT sum(n) FROM t").fetchone() == (6,)
        c.execute("INSERT INTO t VALUES (10)")  # what a benchmark's actions write
        c.commit()
        c.close()
        folder = copy.parent
    assert not folder.exists()
    assert db.execute("SELECT sum(n) FROM t").fetchone() == (6,)  # the original never saw it
    db.close()


def test_nearest_rank_percentile_hand_worked():
    # The textbook nearest-rank example: rank = ceil(p/100 * n), 1-based, no interpolation.
    values = [35, 20, 15, 50, 40]  # sorted: 15 20 35 40 50
    assert percentile(values, 5) == 15  # ceil(0.25) = 1
    assert percentile(values, 30) == 20  # ceil(1.5) = 2
    assert percentile(values, 40) == 20  # ceil(2.0) = 2
    assert percentile(values, 50) == 35  # ceil(2.5) = 3
    assert percentile(values, 100) == 50
    assert percentile(values, 0) == 15
    hundred = list(range(1, 101))
    assert percentile(hundred, 99) == 99 and percentile(hundred, 99.5) == 100
    with pytest.raises(ValueError):
        percentile([], 50)
    with pytest.raises(ValueError):
        percentile(values, 101)


def test_summary_in_milliseconds():
    samples = [1_000_000] * 98 + [5_000_000, 9_000_000]  # nanoseconds
    assert summary_ms("lookup", samples) == {"lookup_p50_ms": 1.0, "lookup_p99_ms": 5.0, "lookup_max_ms": 9.0}


def test_ready_line():
    assert parse_ready("READY 812.5 143.2\n") == (812.5, 143.2)
    assert parse_ready("READY 812") is None
    assert parse_ready("loading READY 1 2") is None
    assert parse_ready("READY x 2") is None


def test_launch_reads_the_child_ready_line_and_reports_failures():
    ready_ms, rss_mb, wall_ms = launch([sys.executable, "-c", "print('warming up'); print('READY 12.5 40.0')"], {})
    assert (ready_ms, rss_mb) == (12.5, 40.0) and wall_ms > 0
    with pytest.raises(StartupError, match="boom"):
        launch([sys.executable, "-c", "import sys; sys.stderr.write('boom'); sys.exit(3)"], {})
    with pytest.raises(StartupError, match="exited with 2"):
        launch([sys.executable, "-c", "import sys; print('READY 1 2', flush=True); sys.exit(2)"], {})


def test_unknown_benchmark():
    with pytest.raises(ValueError, match="unknown benchmark"):
        run_bench(argparse.Namespace(bench="nope"))


def test_cached_database_is_built_once_and_rebuilt_when_incomplete(tmp_path, monkeypatch):
    monkeypatch.setenv("CALLCENTER_CACHE_DIR", str(tmp_path / "cache"))
    path, built = ensure_demo_db(None, 30, seed=4)
    assert path.name == "bench-screenpop-30-seed4.db" and built["customers"] == 30
    assert ensure_demo_db(None, 30, seed=4) == (path, None)
    import sqlite3

    db = sqlite3.connect(path)
    db.execute("DELETE FROM local_meta WHERE key = 'demo_params'")  # as if interrupted
    db.commit()
    db.close()
    again, built = ensure_demo_db(None, 30, seed=4)
    assert again == path and built is not None


def test_screenpop_and_demo_data_benchmarks_end_to_end(tmp_path, capsys):
    from callcenter.cli import main

    db = tmp_path / "bench.db"
    assert main(["bench", "screenpop", "--customers", "200", "--lookups", "60", "--db", str(db), "--json"]) == 0
    out = capsys.readouterr().out
    result = json.loads(out)
    assert out.count("\n") == 1  # one JSON object, nothing else on stdout
    assert result["customers"] == 200 and result["lookups"] == 60
    assert result["lookup_p50_ms"] <= result["lookup_p99_ms"] <= result["lookup_max_ms"]
    assert result["search_p99_ms"] > 0
    assert {"matched", "unknown", "invalid"} <= set(result["outcomes"])
    assert result["paint_p99_ms"] is None and result["paint_note"] or result["paint_p99_ms"] > 0
    figures = run_bench(argparse.Namespace(bench="demo-data", customers=120))
    assert figures["customers"] == 120 and figures["rows"] > 120 and figures["db_mb"] > 0
