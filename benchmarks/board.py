"""`callcenter bench board`: GUI-thread time of one 1 Hz board refresh under a live
simulation of N agents and Q queues at 60x (read the center, rebuild the rows, update
tables, charts and projection, and process the paint events that causes), offscreen Qt.
The engine advances on its owner's 5 Hz timer in the same GUI thread; its steps are timed
apart as ``engine_step_p99_ms``."""

from __future__ import annotations

import os
import random
import time

from callcenter.benchmarks.stats import percentile, say


def build_scenario(agents: int, queues: int, seed: int = 1):
    from callcenter.sim.arrivals import Poisson
    from callcenter.sim.distributions import Dist
    from callcenter.sim.scenario import AgentSpec, QueueSpec, Scenario

    rng = random.Random(seed)
    aht = 240.0
    per_queue_erlangs = agents * 0.85 / queues  # a busy but stable center
    qs = tuple(
        QueueSpec(
            f"q{i:02d}",
            Poisson(per_queue_erlangs * 3600 / aht),
            Dist.exponential(aht),
            Dist.exponential(180),
            Dist.constant(10),
            skill=f"s{i:02d}",
            priority=rng.randint(1, 3),
        )
        for i in range(queues)
    )
    team = []
    for a in range(agents):
        home = a % queues
        skills = {f"s{home:02d}": 5}
        for extra in rng.sample(range(queues), 2):
            skills.setdefault(f"s{extra:02d}", rng.randint(1, 4))
        team.append(AgentSpec(f"agent-{a:04d}", tuple(skills.items())))
    return Scenario(qs, tuple(team), hours=24).validate()


def run(args) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from callcenter.gui.app import make_app
    from callcenter.gui.supervisor.board_window import BoardWindow
    from callcenter.sim.live import LiveCenter

    wall = [0.0]
    app = make_app()
    center = LiveCenter(build_scenario(args.agents, args.queues), speed=60, wall=lambda: wall[0])
    say(f"warming up {args.agents} agents on {args.queues} queues…")
    center.advance(3600)  # one simulated hour of history and queues
    wall[0] = 3600 / 60  # the wall clock that corresponds to it at 60x
    window = BoardWindow(center)
    window.timer.stop()
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    from callcenter.sim.events import CallArrived

    arrived = []
    center.bus.subscribe(CallArrived, arrived.append)
    samples, steps = [], []
    for _ in range(args.refreshes):
        for _step in range(5):  # one wall second at 60x: a minute of the center per refresh
            wall[0] += 0.2
            start = time.perf_counter_ns()
            center.advance()
            steps.append(time.perf_counter_ns() - start)
        start = time.perf_counter_ns()
        window.refresh()
        app.processEvents()  # the paint events the refresh caused, inside the measured time
        samples.append(time.perf_counter_ns() - start)
    offered = len(arrived)
    ms = [s / 1e6 for s in samples]
    return {
        "agents": args.agents,
        "queues": args.queues,
        "refreshes": args.refreshes,
        "speed": 60,
        "refresh_p50_ms": round(percentile(ms, 50), 2),
        "refresh_p99_ms": round(percentile(ms, 99), 2),
        "refresh_max_ms": round(max(ms), 2),
        "calls_simulated": offered,
        "engine_step_p50_ms": round(percentile([s / 1e6 for s in steps], 50), 2),
        "engine_step_p99_ms": round(percentile([s / 1e6 for s in steps], 99), 2),
    }
