"""``callcenter bench sim``: how fast the queue simulator runs, against ciw and SimPy.

The model (the issue's benchmark case): one queue, C = 50 agents, exponential handle
time with mean 300 s, Poisson arrivals at an offered load of 0.9 per agent
(lam = 0.9 * 50 / 300 calls per second), exponential patience with mean 180 s, and a
run of ``--calls`` arrivals (200,000 by default), every call followed to its end.

Speed is calls per CPU-second (``time.process_time`` around the run only, imports and
set-up excluded). Reported:

- ``calls_per_cpu_s``: ``callcenter.sim`` as the CLI runs it (this model takes the
  single-queue fast path);
- ``general_calls_per_cpu_s``: the general multi-queue engine on the same model;
- ``ciw_calls_per_cpu_s`` / ``simpy_calls_per_cpu_s``: the same model in ciw and in an
  idiomatic SimPy program (a ``Resource`` of 50 agents; each caller a process waiting on
  ``request() | timeout(patience)``), in this process, when ciw / SimPy are installed
  (``pip install .[bench]``); ``speedup_vs_ciw`` and ``speedup_vs_simpy`` are the ratios.
  ``--ref-calls`` runs the references on fewer calls (their rate per call is what counts).

Each implementation also reports its abandon share and mean wait of answered calls,
next to Erlang A's, to show they ran the same model.
"""

from __future__ import annotations

import importlib.util
import random
import sys
import time

AGENTS = 50
AHT_S = 300.0
LOAD = 0.9
PATIENCE_S = 180.0
LAM = LOAD * AGENTS / AHT_S  # calls per second


def _say(text: str) -> None:
    print(f"bench: {text}", file=sys.stderr, flush=True)


def _ours(calls: int, seed: int, engine: str) -> dict:
    from callcenter.sim.batch import run_replication
    from callcenter.sim.scenario import single_queue

    sc = single_queue(
        AGENTS, LAM * 3600.0, AHT_S, PATIENCE_S, target_s=20.0, warmup_s=0.0, short_abandon_s=0.0, max_calls=calls
    )
    start = time.process_time()
    result = run_replication(sc, seed, 0, engine)
    cpu = time.process_time() - start
    return {
        "calls": result["calls_simulated"],
        "cpu_s": cpu,
        "p_abandon": result["abandoned"] / result["offered"],
        "asa_s": result["asa_s"],
    }


def _ciw(calls: int, seed: int) -> dict:
    import ciw

    network = ciw.create_network(
        arrival_distributions=[ciw.dists.Exponential(rate=LAM)],
        service_distributions=[ciw.dists.Exponential(rate=1.0 / AHT_S)],
        number_of_servers=[AGENTS],
        reneging_time_distributions=[ciw.dists.Exponential(rate=1.0 / PATIENCE_S)],
    )
    ciw.seed(seed)
    start = time.process_time()
    sim = ciw.Simulation(network)
    sim.simulate_until_max_customers(calls, method="Finish")  # every call served or reneged
    cpu = time.process_time() - start
    records = sim.get_all_records()
    served = [r.waiting_time for r in records if r.record_type == "service"]
    reneged = sum(1 for r in records if r.record_type == "renege")
    return {
        "calls": len(records),
        "cpu_s": cpu,
        "p_abandon": reneged / len(records),
        "asa_s": sum(served) / len(served),
    }


def _simpy(calls: int, seed: int) -> dict:
    import simpy

    rng = random.Random(seed)
    waits: list[float] = []
    abandoned = [0]

    def caller(env, agents):
        arrived = env.now
        patience = rng.expovariate(1.0 / PATIENCE_S)
        with agents.request() as req:
            outcome = yield req | env.timeout(patience)
            if req in outcome:
                waits.append(env.now - arrived)
                yield env.timeout(rng.expovariate(1.0 / AHT_S))
            else:
                abandoned[0] += 1

    def source(env, agents):
        for _ in range(calls):
            env.process(caller(env, agents))
            yield env.timeout(rng.expovariate(LAM))

    start = time.process_time()
    env = simpy.Environment()
    agents = simpy.Resource(env, capacity=AGENTS)
    env.process(source(env, agents))
    env.run()
    cpu = time.process_time() - start
    return {
        "calls": calls,
        "cpu_s": cpu,
        "p_abandon": abandoned[0] / calls,
        "asa_s": sum(waits) / len(waits),
    }


def run(args) -> dict:
    from callcenter.sim.erlang import erlang_a_performance

    calls = int(getattr(args, "calls", 200_000) or 200_000)
    seed = int(getattr(args, "seed", 1) or 1)
    ref_calls = int(getattr(args, "ref_calls", None) or calls)
    if calls < 1 or ref_calls < 1:
        raise ValueError("--calls and --ref-calls must be at least 1")
    erlang = erlang_a_performance(AGENTS, LAM, AHT_S, PATIENCE_S, 20.0)
    out: dict = {
        "model": f"M/M/{AGENTS}+M, AHT {AHT_S:g} s, load {LOAD} per agent, patience {PATIENCE_S:g} s",
        "calls": calls,
    }
    _say(f"callcenter.sim, {calls} calls")
    ours = _ours(calls, seed, "auto")
    out["calls_per_cpu_s"] = round(ours["calls"] / ours["cpu_s"])
    out["cpu_s"] = round(ours["cpu_s"], 3)
    _say(f"callcenter.sim general engine, {calls} calls")
    general = _ours(calls, seed, "general")
    out["general_calls_per_cpu_s"] = round(general["calls"] / general["cpu_s"])
    out["p_abandon"] = round(ours["p_abandon"], 5)
    out["asa_s"] = round(ours["asa_s"], 3)
    out["erlang_a_p_abandon"] = round(erlang.p_abandon, 5)
    out["erlang_a_asa_s"] = round(erlang.asa_s, 3)
    for name, fn in (("ciw", _ciw), ("simpy", _simpy)):
        if importlib.util.find_spec(name) is None:
            out[f"{name}_calls_per_cpu_s"] = None
            _say(f"{name} is not installed (pip install .[bench]); skipped")
            continue
        _say(f"{name}, {ref_calls} calls")
        ref = fn(ref_calls, seed)
        rate = ref["calls"] / ref["cpu_s"]
        out[f"{name}_calls"] = ref["calls"]
        out[f"{name}_calls_per_cpu_s"] = round(rate)
        out[f"speedup_vs_{name}"] = round(out["calls_per_cpu_s"] / rate, 1)
        out[f"{name}_p_abandon"] = round(ref["p_abandon"], 5)
        out[f"{name}_asa_s"] = round(ref["asa_s"], 3)
    return out
