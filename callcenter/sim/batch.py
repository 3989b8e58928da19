"""Batch runs: independent replications of a scenario, with 95 % confidence intervals.

``simulate(scenario)`` runs ``scenario.replications`` replications (replication r uses
the random streams of (seed, r)), on the fast path when the scenario allows it and on
the general engine otherwise, and returns the means, ``ci95`` half-widths, per-queue
figures, and the simulation speed in calls per CPU-second (``time.process_time``).
"""

from __future__ import annotations

import time

from callcenter.sim.engine import Simulation
from callcenter.sim.fast import fast_eligible, run_fast
from callcenter.sim.metrics import Figures, summarize
from callcenter.sim.scenario import Scenario


def run_replication(sc: Scenario, seed: int | None = None, replication: int = 0, engine: str = "auto") -> Figures:
    """One replication's figures. ``engine``: "auto", "fast" or "general"."""
    if engine not in ("auto", "fast", "general"):
        raise ValueError(f"unknown engine {engine!r}")
    if engine == "fast" or (engine == "auto" and fast_eligible(sc)):
        return run_fast(sc, seed, replication)
    return Simulation(sc, seed=seed, replication=replication).run()


def simulate(sc: Scenario, replications: int | None = None, seed: int | None = None, engine: str = "auto") -> Figures:
    sc = sc.validate()
    reps = sc.replications if replications is None else replications
    if not isinstance(reps, int) or reps < 1:
        raise ValueError(f"replications must be a whole number of at least 1, not {reps!r}")
    seed = sc.seed if seed is None else seed
    used = "fast" if engine == "fast" or (engine == "auto" and fast_eligible(sc)) else "general"
    start = time.process_time()
    runs = [run_replication(sc, seed, r, used) for r in range(reps)]
    cpu = time.process_time() - start
    summary = summarize(runs)
    calls = sum(r["calls_simulated"] for r in runs)
    summary["calls_simulated"] = calls
    summary["cpu_s"] = cpu
    summary["calls_per_cpu_s"] = calls / cpu if cpu > 0 else None
    summary["engine"] = used
    summary["seed"] = seed
    return summary
