"""The work behind ``callcenter simulate`` and ``callcenter erlang`` (argparse-free values in,
one JSON-ready dict out). Bad input raises ``ValueError`` (``ScenarioError`` is one) with a
message meant for a person; the CLI prints it on one line and exits 2."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from callcenter.sim import erlang as er
from callcenter.sim.metrics import json_safe

HEADLINE = (
    "offered",
    "answered",
    "abandoned",
    "short_abandons",
    "p_wait",
    "service_level",
    "service_level_offered",
    "asa_s",
    "abandon_rate",
    "aht_s",
    "occupancy",
)


def _positive(name: str, value: float | None, allow_zero: bool = False) -> None:
    if value is None:
        return
    ok = value >= 0 if allow_zero else value > 0
    if not (ok and math.isfinite(value)):
        raise ValueError(f"{name} must be a {'non-negative' if allow_zero else 'positive'} number, not {value!r}")


def _check_single(
    agents: int | None,
    rate: float | None,
    aht: float | None,
    patience: float | None,
    target: float | None,
    short: float | None,
) -> None:
    missing = [flag for flag, v in (("--agents", agents), ("--arrival-rate", rate), ("--aht", aht)) if v is None]
    if missing:
        raise ValueError(f"give {', '.join(missing)} (or --scenario FILE)")
    assert agents is not None  # in ``missing`` otherwise
    if agents < 1:
        raise ValueError(f"--agents must be at least 1, not {agents}")
    _positive("--arrival-rate (calls per hour)", rate)
    _positive("--aht (seconds)", aht)
    _positive("--patience (seconds)", patience)
    _positive("--target (seconds)", target, allow_zero=True)
    _positive("--short-abandon (seconds)", short, allow_zero=True)


def simulate_command(
    *,
    agents: int | None = None,
    arrival_rate: float | None = None,
    aht: float | None = None,
    patience: float | None = None,
    target: float | None = None,
    hours: float | None = None,
    replications: int | None = None,
    seed: int | None = None,
    scenario: Path | None = None,
    warmup: float | None = None,
    short_abandon: float | None = None,
    engine: str = "auto",
) -> dict[str, Any]:
    import dataclasses

    from callcenter.sim.batch import simulate
    from callcenter.sim.scenario import load_scenario, single_queue

    if replications is not None and replications < 1:
        raise ValueError(f"--replications must be at least 1, not {replications}")
    if seed is not None and seed < 0:
        raise ValueError(f"--seed must not be negative, not {seed}")
    _positive("--hours", hours)
    _positive("--warmup (seconds)", warmup, allow_zero=True)
    if scenario is not None:
        clash = [
            flag
            for flag, v in (
                ("--agents", agents),
                ("--arrival-rate", arrival_rate),
                ("--aht", aht),
                ("--patience", patience),
                ("--target", target),
                ("--short-abandon", short_abandon),
            )
            if v is not None
        ]
        if clash:
            raise ValueError(f"{', '.join(clash)} describe the single-queue model; the scenario file sets them")
        sc = load_scenario(scenario)
        changes: dict[str, Any] = {}
        if hours is not None:
            changes["hours"] = hours
        if warmup is not None:
            changes["warmup_s"] = warmup
        if changes:
            sc = dataclasses.replace(sc, **changes)
        sc = sc.validate()
    else:
        target = 20.0 if target is None else target
        short_abandon = 5.0 if short_abandon is None else short_abandon
        _check_single(agents, arrival_rate, aht, patience, target, short_abandon)
        assert agents is not None and arrival_rate is not None and aht is not None  # _check_single asked for them
        sc = single_queue(
            agents,
            arrival_rate,
            aht,
            patience,
            target_s=target,
            hours=8.0 if hours is None else hours,
            warmup_s=warmup,
            short_abandon_s=short_abandon,
        )
    reps = replications if replications is not None else (sc.replications if scenario is not None else 10)
    summary = simulate(sc, replications=reps, seed=seed, engine=engine)
    out: dict[str, object] = {key: summary[key] for key in HEADLINE}
    out["ci95"] = {key: summary["ci95"].get(key) for key in HEADLINE}
    for key in ("replications", "calls_simulated", "calls_per_cpu_s", "cpu_s", "engine", "seed"):
        out[key] = summary[key]
    out["hours"] = sc.hours
    out["warmup_s"] = sc.warmup_s
    if scenario is None:
        out["target_s"] = target
        out["erlang"] = erlang_command(
            agents=agents,
            arrival_rate=arrival_rate,
            aht=aht,
            patience=patience,
            target=target,
            short_abandon=short_abandon,
        )
    else:
        out["scenario"] = sc.name
        for key in ("callbacks", "callbacks_answered", "overflowed", "unfinished"):
            out[key] = summary[key]
        out["queues"] = summary["queues"]
    return json_safe(out)


def erlang_command(
    *,
    agents: int | None = None,
    arrival_rate: float | None = None,
    aht: float | None = None,
    patience: float | None = None,
    target: float | None = None,
    short_abandon: float | None = None,
    solve_service_level: float | None = None,
    solve_asa: float | None = None,
) -> dict[str, Any]:
    """Analytic figures (Erlang C, or Erlang A with ``patience``); ``arrival_rate`` in calls/hour."""
    target = 20.0 if target is None else target
    short_abandon = (5.0 if patience is not None else 0.0) if short_abandon is None else short_abandon
    if arrival_rate is None or aht is None:
        missing = [f for f, v in (("--arrival-rate", arrival_rate), ("--aht", aht)) if v is None]
        raise ValueError(f"give {', '.join(missing)}")
    _positive("--arrival-rate (calls per hour)", arrival_rate)
    _positive("--aht (seconds)", aht)
    _positive("--patience (seconds)", patience)
    _positive("--target (seconds)", target, allow_zero=True)
    _positive("--short-abandon (seconds)", short_abandon, allow_zero=True)
    lam = arrival_rate / 3600.0
    solved: dict[str, int] = {}
    if solve_service_level is not None:
        if not 0.0 < solve_service_level < 1.0:
            raise ValueError(
                f"--solve-service-level is a share strictly between 0 and 1 (e.g. 0.8), not {solve_service_level}"
            )
        solved["agents_for_service_level"] = er.agents_for_service_level(
            lam, aht, solve_service_level, target, patience, short_abandon
        )
    if solve_asa is not None:
        _positive("--solve-asa (seconds)", solve_asa)
        solved["agents_for_asa"] = er.agents_for_asa(lam, aht, solve_asa, patience)
    if solved:
        agents = max(solved.values())
    elif agents is None:
        raise ValueError("give --agents, or --solve-service-level / --solve-asa to find it")
    if agents < 1:
        raise ValueError(f"--agents must be at least 1, not {agents}")
    perf = er.performance(agents, lam, aht, patience, target, short_abandon)
    out = {
        "model": perf.model,
        "agents": perf.agents,
        "offered_load": perf.offered_load,
        "stable": perf.stable,
        "p_wait": perf.p_wait,
        "service_level": perf.service_level,
        "service_level_offered": perf.service_level_offered,
        "asa_s": perf.asa_s,
        "asa_all_s": perf.asa_all_s,
        "abandon_rate": perf.abandon_rate,
        "p_abandon": perf.p_abandon,
        "occupancy": perf.occupancy,
        "target_s": target,
        "short_abandon_s": perf.short_abandon_s,
    }
    out.update(solved)
    if not perf.stable:
        out["note"] = (
            f"unstable: the offered load of {perf.offered_load:.4g} Erlangs needs more than {agents} agents; "
            "without abandonment the queue grows without bound (P(wait) = 1, ASA infinite, service level 0)"
        )
    return json_safe(out)


def format_text(result: dict[str, Any]) -> str:
    """Readable lines for a person: figure, value, and the 95 % interval when there is one."""
    ci = result.get("ci95") or {}
    lines = []
    width = max(len(k) for k in result)
    for key, value in result.items():
        if key in ("ci95",):
            continue
        if isinstance(value, dict):
            lines.append(f"{key}:")
            for sub, v in value.items():
                if isinstance(v, dict):
                    figures = ", ".join(
                        f"{k}={x}" for k, x in v.items() if k not in ("ci95",) and not isinstance(x, dict)
                    )
                    lines.append(f"  {sub}: {figures}")
                else:
                    lines.append(f"  {sub:<{width}}  {v}")
            continue
        half = ci.get(key)
        lines.append(f"{key:<{width}}  {value}" + (f"  ± {half}" if half is not None else ""))
    return "\n".join(lines)
