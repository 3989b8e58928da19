"""Simulation against Erlang C and Erlang A, single queue, 1 to 1,000 agents, loads up
to 0.98 per agent: every figure's formula value lies inside the simulation's 99 %
confidence interval (20 independent replications each; the cases and run lengths are
those of the table in docs/simulation.md, which shows the 95 % intervals)."""

from __future__ import annotations

import pytest

from callcenter.sim.agreement import CASES, compare


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"c{c.agents}-load{c.load:g}-{'A' if c.patience_s else 'C'}")
def test_simulation_agrees_with_the_formulas(case):
    result = compare(case, seed=1, confidence=0.99)
    checked = 0
    for key, row in result["metrics"].items():
        if row["half"] == 0.0:  # no abandonment in Erlang C: 0 on both sides
            assert row["sim"] == row["formula"] == 0.0, key
            continue
        assert abs(row["sim"] - row["formula"]) <= row["half"], (
            f"{key}: formula {row['formula']:.5g}, simulation {row['sim']:.5g} ± {row['half']:.3g}"
        )
        # and the interval is tight enough to mean something
        assert row["half"] <= 0.25 * max(abs(row["formula"]), 0.05), key
        checked += 1
    assert checked >= 5
