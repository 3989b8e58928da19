"""The fast path: one queue, identical agents, Poisson arrivals, first come first served.

For this case (the Erlang C / Erlang A model and its generalisations to any handle
time, wrap-up and patience distribution) the general engine's bookkeeping is not
needed: which agent takes a call does not change any queue figure, so agents are a
count plus a heap of the times they free up, and the next arrival is a variable, not a
heap entry. Abandonment needs no events either: with first come first served a caller
whose patience ran out before an agent reached the head of the queue is simply found
(and counted, at the time they hung up) when an agent frees up — nothing anyone saw
depends on when that is discovered.

It draws from the same random streams as ``Simulation`` (arrivals, handle, wrap,
patience of the queue, drawn at the same logical moments), so both engines give the
same counts on the same seed; ``tests/test_sim_engine.py`` checks that.
"""

from __future__ import annotations

import math
import random
from collections import deque
from collections.abc import Callable
from heapq import heappop, heappush
from typing import cast

from callcenter.sim import metrics as mx
from callcenter.sim.arrivals import Poisson
from callcenter.sim.engine import rng_for
from callcenter.sim.scenario import Scenario


def fast_eligible(sc: Scenario) -> bool:
    """True when ``run_fast`` gives the same figures as the general engine."""
    if len(sc.queues) != 1:
        return False
    q = sc.queues[0]
    if not isinstance(q.arrivals, Poisson):
        return False
    if q.overflow_to is not None or q.callback_wait_s is not None:
        return False
    skill = q.skill_name
    for a in sc.agents:
        if skill not in dict(a.skills):
            return False
        if a.breaks or math.isfinite(a.shift_end_s) or sc.warmup_s + a.shift_start_s > 0.0:
            return False
    return True


def run_fast(sc: Scenario, seed: int | None = None, replication: int = 0) -> mx.Figures:
    if not fast_eligible(sc):
        raise ValueError("this scenario needs the general engine")
    seed = sc.seed if seed is None else seed
    q = sc.queues[0]
    agents = sum(1 for a in sc.agents)
    log = math.log
    INF = math.inf

    def stream(purpose: str) -> random.Random:
        return rng_for(seed, replication, f"{purpose}:{q.name}")

    rnd_a = stream("arrivals").random
    arrivals = q.arrivals
    assert isinstance(arrivals, Poisson)  # fast_eligible checked it
    rate = arrivals.rate_per_hour
    gap = 3600.0 / rate if rate > 0 else INF

    h_exp = q.handle_time.kind == "exponential"
    h_rng = stream("handle")
    rnd_h, h_mean = h_rng.random, q.handle_time.mean
    # A handle time is never "none" (the scenario reader refuses it), so there is a sampler.
    handle = cast("Callable[[], float]", q.handle_time.sampler(h_rng))
    wrap = None if q.wrap_up.is_zero else q.wrap_up.sampler(stream("wrap"))
    p_rng = stream("patience")
    patience = q.patience.sampler(p_rng)
    p_exp = q.patience.kind == "exponential"
    rnd_p, p_mean = p_rng.random, q.patience.mean

    w0 = float(sc.warmup_s)
    counted = sc.max_calls is not None
    w1 = INF if counted else w0 + sc.hours * 3600.0
    n_max = sc.max_calls if counted else -1
    target = q.target_s
    short = sc.short_abandon_s

    heap: list[float] = []
    push, pop = heappush, heappop
    dq: deque[tuple[float, float]] = deque()  # waiting callers: (arrival, when they hang up)
    append, popleft = dq.append, dq.popleft
    idle = agents
    n = 0
    offered = answered = answered_t = waited = abandoned = short_ab = late_ab = handled = 0
    wait_sum = ab_wait_sum = talk_sum = wrap_sum = busy = 0.0

    t_arr = 0.0 - log(1.0 - rnd_a()) * gap if gap < INF else INF
    if t_arr >= w1:
        t_arr = INF
    while True:
        if heap and heap[0] < t_arr:
            # an agent frees up: the head of the queue, skipping callers who already left
            tf = pop(heap)
            while dq:
                a, deadline = popleft()
                if deadline > tf:
                    w = tf - a
                    svc = -log(1.0 - rnd_h()) * h_mean if h_exp else handle()
                    wr = wrap() if wrap is not None else 0.0
                    e = tf + svc + wr
                    push(heap, e)
                    if a >= w0:
                        answered += 1
                        wait_sum += w
                        if w <= target:
                            answered_t += 1
                        handled += 1
                        talk_sum += svc
                        wrap_sum += wr
                    if tf < w1 and e > w0:
                        busy += (e if e < w1 else w1) - (tf if tf > w0 else w0)
                    break
                if a >= w0:  # hung up at ``deadline``
                    w = deadline - a
                    abandoned += 1
                    ab_wait_sum += w
                    if w < short:
                        short_ab += 1
                    elif w > target:
                        late_ab += 1
            else:
                idle += 1
        elif t_arr == INF:
            break
        else:
            t = t_arr
            n += 1
            if n == n_max:
                t_arr = INF
            else:
                t_arr = t - log(1.0 - rnd_a()) * gap
                if t_arr >= w1:
                    t_arr = INF
            m = t >= w0
            if m:
                offered += 1
            if idle:
                idle -= 1
                svc = -log(1.0 - rnd_h()) * h_mean if h_exp else handle()
                wr = wrap() if wrap is not None else 0.0
                e = t + svc + wr
                push(heap, e)
                if m:
                    answered += 1
                    answered_t += 1 if target >= 0.0 else 0
                    handled += 1
                    talk_sum += svc
                    wrap_sum += wr
                if t < w1 and e > w0:
                    busy += (e if e < w1 else w1) - (t if t > w0 else w0)
            else:
                if m:
                    waited += 1
                if patience is None:
                    append((t, INF))
                elif p_exp:
                    append((t, t - log(1.0 - rnd_p()) * p_mean))
                else:
                    append((t, t + patience()))
            if n == n_max:  # a count-bounded run measures up to its last arrival
                w1 = t
                busy -= sum(e - t for e in heap if e > t)

    tally = mx.new_tally()
    tally[mx.OFFERED] = offered
    tally[mx.ANSWERED] = answered
    tally[mx.ANSWERED_IN_T] = answered_t
    tally[mx.ABANDONED] = abandoned
    tally[mx.SHORT_ABANDONS] = short_ab
    tally[mx.ABANDONED_LATE] = late_ab
    tally[mx.WAITED] = waited
    tally[mx.WAIT_ANSWERED_SUM] = wait_sum
    tally[mx.WAIT_ABANDONED_SUM] = ab_wait_sum
    tally[mx.HANDLED] = handled
    tally[mx.TALK_SUM] = talk_sum
    tally[mx.WRAP_SUM] = wrap_sum
    end = w1 if w1 < INF else w0
    staffed = agents * max(0.0, end - w0)
    out = mx.run_metrics({q.name: tally}, busy, staffed)
    out["calls_simulated"] = n
    return out
