"""Simulation against the formulas: single-queue cases from 1 to 1,000 agents.

``python -m callcenter.sim.agreement`` prints the Markdown table of docs/simulation.md:
for each case the Erlang C (no abandonment) or Erlang A (exponential patience) figure,
the simulation's mean over independent replications with its 95 % confidence interval
half-width, and whether the formula lies inside the interval. The tests run the same
cases (``tests/test_sim_agreement.py``) and require agreement within the 99 % interval.

Each replication starts empty, runs a warm-up that is not measured (``warmup_s``), then
measures ``hours`` hours — long enough to hold many of the queue's slow excursions: near
full load the per-replication ASA is skewed (most runs low, a few with a long queue
episode), and runs too short to contain several such episodes make the t interval too
narrow; short abandons (under 5 s) are excluded from the service level
and abandon rate on both sides.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass
from typing import Any

from callcenter.sim.erlang import performance
from callcenter.sim.metrics import mean_ci
from callcenter.sim.scenario import single_queue

METRICS = ("p_wait", "service_level", "service_level_offered", "asa_s", "abandon_rate", "occupancy")


@dataclass(frozen=True)
class Case:
    agents: int
    load: float  # offered load per agent, A / c
    aht_s: float = 300.0
    patience_s: float | None = None
    target_s: float = 20.0
    hours: float = 10.0
    replications: int = 20
    warmup_s: float = 6000.0

    @property
    def rate_per_hour(self) -> float:
        return self.load * self.agents / self.aht_s * 3600.0

    @property
    def label(self) -> str:
        model = "Erlang C" if self.patience_s is None else f"Erlang A, patience {self.patience_s:g} s"
        return f"c={self.agents}, load {self.load:.3g}, AHT {self.aht_s:g} s, {model}"


CASES = (
    Case(1, 0.5, hours=2000.0),
    Case(1, 0.98, patience_s=600.0, target_s=60.0, hours=2000.0),
    Case(3, 2.0 / 3.0, hours=1000.0),
    Case(10, 0.9, hours=400.0, warmup_s=30000.0),
    Case(50, 0.9, patience_s=180.0, hours=40.0),
    Case(200, 0.95, hours=40.0),
    Case(1000, 0.98, hours=30.0),
    Case(1000, 0.98, patience_s=180.0, hours=10.0),
)


def compare(case: Case, seed: int = 1, confidence: float = 0.95) -> dict[str, Any]:
    """Formula, simulated mean and interval half-width per metric, plus run facts."""
    sc = single_queue(
        case.agents,
        case.rate_per_hour,
        case.aht_s,
        case.patience_s,
        case.target_s,
        hours=case.hours,
        warmup_s=case.warmup_s,
        short_abandon_s=5.0,
    )
    from callcenter.sim.batch import run_replication

    start = time.process_time()
    runs = [run_replication(sc, seed, r) for r in range(case.replications)]
    cpu = time.process_time() - start
    perf = performance(case.agents, case.rate_per_hour / 3600.0, case.aht_s, case.patience_s, case.target_s, 5.0)
    rows = {}
    for key in METRICS:
        mean, half = mean_ci([r[key] for r in runs], confidence)
        formula = getattr(perf, key)
        rows[key] = {"formula": formula, "sim": mean, "half": half, "inside": abs(mean - formula) <= half}
    calls = sum(r["calls_simulated"] for r in runs)
    return {"case": case, "metrics": rows, "calls": calls, "cpu_s": cpu}


def _fmt(key: str, value: float) -> str:
    return f"{value:.3f}" if key == "asa_s" else f"{value:.4f}"


def table(seed: int = 1) -> str:
    lines = [
        "| case | figure | formula | simulation (95 % CI) | inside |",
        "|---|---|---|---|---|",
    ]
    inside = total = 0
    for case in CASES:
        result = compare(case, seed)
        first = True
        for key, row in result["metrics"].items():
            if case.patience_s is None and key in ("abandon_rate", "service_level_offered"):
                continue  # no abandonment: 0 on both sides / same as service_level
            label = f"{case.label}; {case.replications} x {case.hours:g} h, {result['calls']:,} calls" if first else ""
            first = False
            total += 1
            inside += row["inside"]
            lines.append(
                f"| {label} | {key} | {_fmt(key, row['formula'])} | {_fmt(key, row['sim'])} ± {_fmt(key, row['half'])} "
                f"| {'yes' if row['inside'] else 'no'} |"
            )
    lines.append("")
    lines.append(f"{inside} of {total} figures lie inside their 95 % interval (seed {seed}).")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    print(table(args.seed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
