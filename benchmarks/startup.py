"""``callcenter bench startup``: a fresh console process until it is ready for input.

Runs ``python -m callcenter console --db DB --lang en --benchmark-startup`` ``--runs``
times (offscreen Qt). The child prints one line ``READY <ms since process start>
<max rss MB>`` once its window is shown and ready, then exits. Reports the median
``startup_ms`` (the child's own figure, from process creation), the median
``spawn_to_ready_ms`` (wall time here from spawning to reading that line) and the
largest ``rss_mb``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time

from callcenter.benchmarks.stats import customer_count, db_mb, ensure_demo_db, say

TIMEOUT_S = 180


class StartupError(RuntimeError):
    pass


def parse_ready(line: str) -> tuple[float, float] | None:
    """``'READY 812.5 143.2'`` -> (812.5, 143.2); anything else -> None."""
    parts = line.split()
    if len(parts) != 3 or parts[0] != "READY":
        return None
    try:
        return float(parts[1]), float(parts[2])
    except ValueError:
        return None


def run(args) -> dict:
    customers, runs = args.customers, max(1, args.runs)
    path, built = ensure_demo_db(getattr(args, "db", None), customers)
    command = [sys.executable, "-m", "callcenter", "console", "--db", str(path), "--lang", "en", "--benchmark-startup"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    startup, spawn, rss = [], [], []
    for n in range(runs):
        say(f"start-up run {n + 1}/{runs}")
        ready_ms, rss_mb, wall_ms = launch(command, env)
        startup.append(ready_ms)
        spawn.append(wall_ms)
        rss.append(rss_mb)
    result = {
        "bench": "startup",
        "customers": customer_count(path),
        "runs": runs,
        "startup_ms": round(statistics.median(startup), 1),
        "spawn_to_ready_ms": round(statistics.median(spawn), 1),
        "rss_mb": round(max(rss), 1),
        "startup_ms_all": [round(v, 1) for v in startup],
        "spawn_to_ready_ms_all": [round(v, 1) for v in spawn],
        "db_mb": db_mb(path),
        "db": str(path),
    }
    if built:
        result["build_seconds"] = built["seconds"]
    return result


def launch(command: list[str], env: dict) -> tuple[float, float, float]:
    """One child: (its READY milliseconds, its RSS MB, our spawn-to-READY milliseconds)."""
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter_ns()
        child = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=errors, stdin=subprocess.DEVNULL, env=env, text=True
        )
        ready = None
        wall_ms = 0.0
        watchdog = threading.Timer(TIMEOUT_S, child.kill)  # a hung child must not hang the benchmark
        watchdog.start()
        try:
            for line in child.stdout:
                ready = parse_ready(line)
                if ready:
                    wall_ms = (time.perf_counter_ns() - started) / 1e6
                    break
            child.stdout.close()
            code = child.wait(timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
            code = "timeout"
        finally:
            watchdog.cancel()
        if ready is None or code != 0:
            errors.seek(0)
            tail = errors.read().decode("utf-8", "replace")[-4000:]
            what = "never printed READY" if ready is None else f"exited with {code}"
            raise StartupError(f"the console {what}: {' '.join(command)}\n{tail}".rstrip())
    return ready[0], ready[1], wall_ms
