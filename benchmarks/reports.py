"""``callcenter bench reports``: how long the agent, queue and disposition reports take over
a range of days for a team (reports14).

A fresh store gets ``--agents`` agents working ``--days`` days of 100 calls each (four state
changes and one call leg per call, written in bulk); each report over the whole range is
timed (median of 3), and the agent report over one day.
"""

from __future__ import annotations

import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from callcenter.benchmarks.stats import say


def _fill(store, agents: int, days: int, calls: int, seed: int) -> tuple[int, int]:
    from callcenter.store.models import AgentStateChange, CallLeg

    rng = random.Random(seed)
    day0 = datetime(2026, 11, 1, tzinfo=UTC)
    states, legs, n = [], [], 0
    sync = dict(hlc="", origin="bench", deleted=False)
    for d in range(days):
        for a in range(agents):
            t = day0 + timedelta(days=d, hours=8)
            prev, since = "logged_out", None
            for _ in range(calls):
                queued = t
                for to in ("ringing", "on_call", "wrap_up", "available"):
                    n += 1
                    states.append(
                        dict(
                            id=f"s{n:012d}",
                            created_at=t,
                            updated_at=t,
                            agent_id=f"agent-{a}",
                            from_state=prev,
                            from_reason="",
                            started_at=since,
                            ended_at=t,
                            to_state=to,
                            to_reason="",
                            by="agent",
                            call_ref="",
                            **sync,
                        )  # fmt: skip
                    )
                    prev, since = to, t
                    t += timedelta(seconds=rng.randint(5, 240))
                legs.append(
                    dict(
                        id=f"l{n:012d}",
                        created_at=t,
                        updated_at=t,
                        call_ref="",
                        interaction_id=None,
                        direction="inbound",
                        queue_code=rng.choice(("general", "billing", "vip")),
                        agent_id=f"agent-{a}",
                        queued_at=queued - timedelta(seconds=rng.randint(0, 60)),
                        offered_at=queued,
                        answered_at=queued + timedelta(seconds=5),
                        ended_at=t - timedelta(seconds=30),
                        wrap_ended_at=t,
                        hold_seconds=0.0,
                        outcome="completed",
                        disposition_id=None,
                        **sync,
                    )  # fmt: skip
                )
    with store.engine.begin() as conn:
        for i in range(0, len(states), 50_000):
            conn.execute(AgentStateChange.__table__.insert(), states[i : i + 50_000])
        for i in range(0, len(legs), 50_000):
            conn.execute(CallLeg.__table__.insert(), legs[i : i + 50_000])
    return len(states), len(legs)


def run(args) -> dict:
    from callcenter.ops import reports
    from callcenter.store.db import Store

    tmp = Path(tempfile.mkdtemp())
    store = Store(tmp / "reports.db")
    say(f"{args.agents} agents x {args.days} days x {args.calls} calls")
    n_states, n_legs = _fill(store, args.agents, args.days, args.calls, args.seed)
    start = datetime(2026, 11, 1, tzinfo=UTC)
    end = start + timedelta(days=args.days)
    result: dict = {"agents": args.agents, "days": args.days, "state_changes": n_states, "call_legs": n_legs}
    for kind in ("agents", "queues", "dispositions"):
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            reports.report(store, None, kind, start, end, 30)
            times.append(time.perf_counter() - t0)
        result[f"{kind}_s"] = round(sorted(times)[1], 3)
        say(f"{kind}: {result[f'{kind}_s']} s")
    t0 = time.perf_counter()
    reports.report(store, None, "agents", start, start + timedelta(days=1))
    result["agents_one_day_s"] = round(time.perf_counter() - t0, 3)
    store.close()
    return result
