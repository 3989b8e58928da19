"""The discrete-event contact-center simulator (general engine).

One ``Simulation`` runs one replication of a ``Scenario``. Events live in a binary heap
of tuples ``(time, seq, kind, a, b)``; calls are small lists, agents are columns of
plain lists — no object per event in the hot path. Metrics are counted as calls reach
their outcome (see ``callcenter.sim.metrics`` for what counts where).

Batch use::

    sim = Simulation(scenario, seed=1, replication=0)
    figures = sim.run()            # runs to the end of the measured period and drains

Live use (the console and the board drive the same engine against the wall clock)::

    sim = Simulation(scenario, seed=1, horizon_s=math.inf, on_event=bridge.publish)
    sim.step_until(sim_seconds)            # process everything due up to that time
    sim.add_agent("ann", {"service": 5}, external=True)    # a real, logged-in agent
    sim.answer(call_id); sim.end_call(call_id); sim.finish_wrap("ann")
    sim.set_arrival_rate("service", 300)   # calls per hour, from now on
    sim.snapshot()                         # waiting calls, longest wait, agents by state

Simulated agents answer at once and draw talk and wrap-up times from the queue's
distributions. An *external* agent (a person at a console) rings until ``answer`` or
``reject`` is called, talks until ``end_call`` and wraps up until ``finish_wrap``; its
caller still hangs up when their patience runs out while it rings. Every step is
reported to ``on_event`` as the plain dataclasses of ``callcenter.sim.events``.

Random numbers come from separate ``random.Random`` streams per purpose and queue,
seeded from (seed, replication, name), so a run is reproducible, replications are
independent, and changing one queue does not shift another queue's draws.
"""

from __future__ import annotations

import math
import random
from collections import deque
from collections.abc import Callable
from heapq import heappop, heappush
from itertools import count
from typing import Any, cast

from callcenter.core.agent_state import MISSED_CALL, AgentState
from callcenter.sim import events as ev
from callcenter.sim import metrics as mx
from callcenter.sim.arrivals import Poisson
from callcenter.sim.metrics import (  # tally indices
    ABANDONED,
    ABANDONED_LATE,
    ANSWERED,
    ANSWERED_IN_T,
    CALLBACKS,
    CALLBACKS_ANSWERED,
    HANDLED,
    OFFERED,
    OVERFLOWED,
    SHORT_ABANDONS,
    TALK_SUM,
    UNFINISHED,
    WAIT_ABANDONED_SUM,
    WAIT_ANSWERED_SUM,
    WAITED,
    WRAP_SUM,
)
from callcenter.sim.routing import SKILL_LEVEL, GroupKey, IdlePool, LevelDict, agent_queue_order
from callcenter.sim.scenario import QueueSpec, Scenario

# event kinds
E_ARRIVE, E_DONE, E_WRAP, E_ABANDON, E_OVERFLOW = 0, 1, 2, 3, 4
E_SHIFT_ON, E_SHIFT_OFF, E_BREAK_ON, E_BREAK_OFF, E_MEASURE_START, E_MEASURE_END = 5, 6, 7, 8, 9, 10

# call fields (a call is a list) and call states
C_ID, C_Q, C_OQ, C_ARR, C_ENQ, C_STATE, C_AGENT, C_CB, C_M, C_ANS, C_PATIENT = range(11)
CS_WAITING, CS_RINGING, CS_TALKING, CS_FINISHED, CS_ABANDONED = 0, 1, 2, 3, 4
# A call: a plain list indexed by the C_* fields (ints, floats and flags), for speed.
Call = list[Any]
# A heap entry: (time, seq, kind, a, b); a and b depend on the kind (a queue, agent or call).
HeapItem = tuple[float, int, int, Any, Any]
# What an agent does once its call is over: ("off",), ("break", seconds) or ("not_ready", reason).
Pending = tuple[Any, ...]

# agent states
OFF, IDLE, RING, TALK, WRAP, BREAK, NOT_READY, HOLD = range(8)
_PUBLIC_STATE = {
    HOLD: AgentState.ON_HOLD,
    OFF: AgentState.LOGGED_OUT,
    IDLE: AgentState.AVAILABLE,
    RING: AgentState.RINGING,
    TALK: AgentState.ON_CALL,
    WRAP: AgentState.WRAP_UP,
    BREAK: AgentState.NOT_READY,
    NOT_READY: AgentState.NOT_READY,
}
BREAK_REASON = "break"


def _pending_state(pending: Pending | None) -> str | None:
    """The state an agent goes to after the current call (a supervisor's or a shift's), if any."""
    if pending is None:
        return None
    return "logged_out" if pending[0] == "off" else "not_ready"


def rng_for(seed: int, replication: int, name: str) -> random.Random:
    """The random stream ``name`` of a replication (string seeds hash with SHA-512: stable)."""
    return random.Random(f"{seed}/{replication}/{name}")


class SimulationError(RuntimeError):
    pass


class Simulation:
    def __init__(
        self,
        scenario: Scenario,
        seed: int | None = None,
        replication: int = 0,
        on_event: Callable[[Any], None] | None = None,
        horizon_s: float | None = None,
    ) -> None:
        sc = scenario.validate()
        self.scenario = sc
        self.seed = sc.seed if seed is None else seed
        self.replication = replication
        self.emit = on_event
        self.now = 0.0
        self.w0 = float(sc.warmup_s)
        self.max_calls = sc.max_calls
        if horizon_s is not None:
            self.w1 = float(horizon_s)
        elif self.max_calls is not None:  # bounded by a number of calls, not by time
            self.w1 = math.inf
        else:
            self.w1 = self.w0 + sc.hours * 3600.0
        self.short_s = sc.short_abandon_s
        self.skill_level_routing = sc.routing == SKILL_LEVEL
        self.heap: list[HeapItem] = []
        self.seq = count()
        self.calls_total = 0
        self.measuring = False
        self.measure_done = False
        self.busy_s = 0.0
        self.staffed_s = 0.0
        self.calls_by_id: dict[int, Call] = {}  # calls at external agents (ringing or talking)

        # -- queues -------------------------------------------------------------------
        qs = sc.queues
        self.q_names = [q.name for q in qs]
        self.q_index = {name: i for i, name in enumerate(self.q_names)}
        self.q_prio = [q.priority for q in qs]
        self.q_target = [q.target_s for q in qs]
        skill_names = sorted({q.skill_name for q in qs} | {s for a in sc.agents for s, _ in a.skills})
        self.skill_index = {s: i for i, s in enumerate(skill_names)}
        self.q_skill = [self.skill_index[q.skill_name] for q in qs]

        def r(purpose: str, q: QueueSpec) -> random.Random:
            return rng_for(self.seed, replication, f"{purpose}:{q.name}")

        # A handle time is never "none" (a scenario file cannot say so), so each queue has a sampler.
        self.q_handle = [cast("Callable[[], float]", q.handle_time.sampler(r("handle", q))) for q in qs]
        self.q_wrap = [None if q.wrap_up.is_zero else q.wrap_up.sampler(r("wrap", q)) for q in qs]
        self.q_patience = [q.patience.sampler(r("patience", q)) for q in qs]
        self.q_mean_work = [q.handle_time.mean + q.wrap_up.mean for q in qs]
        self.q_over_after = [q.overflow_after_s for q in qs]
        self.q_over_to = [None if q.overflow_to is None else self.q_index[q.overflow_to] for q in qs]
        self.q_cb_wait = [q.callback_wait_s for q in qs]
        self.q_cb_accept = [q.callback_accept for q in qs]
        self.q_cb_rnd = [r("callback", q).random for q in qs]
        self.q_arr_rng = [r("arrivals", q) for q in qs]
        self.q_arr_next = [q.arrivals.stream(self.q_arr_rng[i], self.w0) for i, q in enumerate(qs)]
        self.q_arr_gen = [0] * len(qs)
        self.waiting: list[deque[Call]] = [deque() for _ in qs]
        self.n_waiting = [0] * len(qs)
        self.tally = [mx.new_tally() for _ in qs]

        # -- agents -------------------------------------------------------------------
        self.pools = [IdlePool() for _ in skill_names]
        self.skill_staffed = [0] * len(skill_names)
        self.a_name: list[str] = []
        self.a_index: dict[str, int] = {}
        self.a_state: list[int] = []
        self.a_since: list[float] = []
        self.a_reason: list[str | None] = []
        self.a_call: list[Call | None] = []
        self.a_wrap: list[float] = []
        self.a_busy_start: list[float] = []
        self.a_staff_start: list[float] = []
        self.a_pending: list[Pending | None] = []
        self.a_external: list[bool] = []
        self.a_skills: list[list[int]] = []
        self.a_pool_dicts: list[list[LevelDict]] = []
        self.a_queues: list[list[tuple[int, GroupKey]]] = []
        self.a_handled: list[int] = []

        if self.w0 <= 0.0:
            self.measuring = True
        else:
            self._push(self.w0, E_MEASURE_START, None, None)
        if self.max_calls is None and math.isfinite(self.w1):
            self._push(self.w1, E_MEASURE_END, None, None)

        for spec in sc.agents:
            i = self._new_agent(spec.name, dict(spec.skills), external=False)
            start = self.w0 + spec.shift_start_s
            if start <= 0.0:
                self._login(i, 0.0)
            else:
                self._push(start, E_SHIFT_ON, i, None)
            if math.isfinite(spec.shift_end_s):
                self._push(self.w0 + spec.shift_end_s, E_SHIFT_OFF, i, None)
            for bstart, dur in spec.breaks:
                self._push(max(0.0, self.w0 + bstart), E_BREAK_ON, i, dur)

        for q in range(len(qs)):
            self._schedule_arrival(q, 0.0)

    # -- plumbing ---------------------------------------------------------------------
    def _push(self, t: float, kind: int, a: Any, b: Any) -> None:
        heappush(self.heap, (t, next(self.seq), kind, a, b))

    def _schedule_arrival(self, q: int, after: float) -> None:
        if self.max_calls is not None and self.calls_total >= self.max_calls:
            return
        nt = self.q_arr_next[q](after)
        if nt is not None and nt < self.w1:
            heappush(self.heap, (nt, next(self.seq), E_ARRIVE, q, self.q_arr_gen[q]))

    def _set_state(self, i: int, state: int, t: float, reason: str | None = None) -> None:
        if self.a_state[i] == state and self.a_reason[i] == reason:
            return
        self.a_state[i] = state
        self.a_since[i] = t
        self.a_reason[i] = reason
        if self.emit is not None:
            self.emit(ev.AgentStateChanged(t, self.a_name[i], _PUBLIC_STATE[state], reason))

    def _new_agent(self, name: str, skills: dict[str, int], external: bool) -> int:
        if name in self.a_index:
            raise SimulationError(f"there is already an agent called {name!r}")
        i = len(self.a_name)
        for s in skills:
            if s not in self.skill_index:  # a skill no queue asks for: harmless
                self.skill_index[s] = len(self.pools)
                self.pools.append(IdlePool())
                self.skill_staffed.append(0)
        self.a_name.append(name)
        self.a_index[name] = i
        self.a_state.append(OFF)
        self.a_since.append(self.now)
        self.a_reason.append(None)
        self.a_call.append(None)
        self.a_wrap.append(0.0)
        self.a_busy_start.append(0.0)
        self.a_staff_start.append(0.0)
        self.a_pending.append(None)
        self.a_external.append(external)
        self.a_skills.append([self.skill_index[s] for s in skills])
        self.a_pool_dicts.append([self.pools[self.skill_index[s]].level_dict(lv) for s, lv in skills.items()])
        queue_skills = [self.scenario.queues[q].skill_name for q in range(len(self.q_names))]
        self.a_queues.append(agent_queue_order(skills, queue_skills, self.q_prio, self.scenario.routing))
        self.a_handled.append(0)
        return i

    # -- agent presence -----------------------------------------------------------------
    def _staff_on(self, i: int, t: float) -> None:
        self.a_staff_start[i] = t
        for s in self.a_skills[i]:
            self.skill_staffed[s] += 1

    def _staff_off(self, i: int, t: float) -> None:
        if self.measuring:
            self.staffed_s += t - self.a_staff_start[i]
        for s in self.a_skills[i]:
            self.skill_staffed[s] -= 1

    def _login(self, i: int, t: float) -> None:
        """Logged out, on a break or not ready -> working (takes a call or waits idle)."""
        if self.a_state[i] not in (OFF, BREAK, NOT_READY):
            return
        self._staff_on(i, t)
        self._available(i, t)

    def _leave_idle(self, i: int) -> None:
        for od in self.a_pool_dicts[i]:
            del od[i]

    def _make_idle(self, i: int, t: float) -> None:
        for od in self.a_pool_dicts[i]:
            od[i] = t
        self._set_state(i, IDLE, t)

    def _stop(self, i: int, t: float, pending: Pending) -> None:
        """Log off or start a break now (the agent is idle or just finished a call)."""
        self._staff_off(i, t)
        if pending[0] == "off":
            self._set_state(i, OFF, t)
        elif pending[0] == "break":
            self._set_state(i, BREAK, t, BREAK_REASON)
            self._push(t + pending[1], E_BREAK_OFF, i, None)
        else:  # not ready, with a reason
            self._set_state(i, NOT_READY, t, pending[1])

    def _request_stop(self, i: int, t: float, pending: Pending) -> None:
        state = self.a_state[i]
        if state == IDLE:
            self._leave_idle(i)
            self._stop(i, t, pending)
        elif state in (RING, TALK, HOLD, WRAP):
            current = self.a_pending[i]
            if current is None or current[0] != "off":  # logging out wins over a break
                self.a_pending[i] = pending
        elif pending[0] == "off" and state in (BREAK, NOT_READY):
            self._set_state(i, OFF, t)

    def _available(self, i: int, t: float) -> None:
        """Agent ``i`` is free: take the best waiting call, or wait idle."""
        if self.emit is not None:  # listeners see every step: available, then ringing
            self._set_state(i, IDLE, t)
        call = self._next_call_for(i)
        if call is None:
            self._make_idle(i, t)
        else:
            self._connect(call, i, t)

    def _next_call_for(self, i: int) -> Call | None:
        best: Call | None = None
        best_q = -1
        best_key: GroupKey | None = None
        waiting = self.waiting
        for q, key in self.a_queues[i]:
            if best is not None and key != best_key:
                break
            dq = waiting[q]
            while dq:
                c = dq[0]
                if c[C_STATE] == CS_WAITING and c[C_Q] == q:
                    if best is None or c[C_ARR] < best[C_ARR]:
                        best, best_q, best_key = c, q, key
                    break
                dq.popleft()  # abandoned or moved away: drop the stale entry
        if best is not None:
            self.waiting[best_q].popleft()
            self.n_waiting[best_q] -= 1
        return best

    def _idle_agent(self, q: int) -> int:
        pool = self.pools[self.q_skill[q]]
        return pool.most_skilled() if self.skill_level_routing else pool.longest_idle()

    # -- calls --------------------------------------------------------------------------
    def _arrive(self, q: int, t: float) -> None:
        self.calls_total += 1
        cid = self.calls_total
        m = self.measuring
        call = [cid, q, q, t, t, CS_WAITING, -1, False, m, 0.0, False]
        if m:
            self.tally[q][OFFERED] += 1
        if self.emit is not None:
            self.emit(ev.CallArrived(t, cid, self.q_names[q]))
        self._schedule_arrival(q, t)
        if self.max_calls is not None and self.calls_total >= self.max_calls and not self.measure_done:
            self._measure_end(t)  # a count-bounded run measures up to its last arrival
        i = self._idle_agent(q)
        if i >= 0:
            self._leave_idle(i)
            self._connect(call, i, t)
        else:
            self._enqueue(call, q, t, True)

    def expected_wait(self, q: int) -> float:
        """A simple estimate for a new caller: (calls ahead + 1) x mean work / staffed agents."""
        staffed = self.skill_staffed[self.q_skill[q]]
        return (self.n_waiting[q] + 1) * self.q_mean_work[q] / max(1, staffed)

    def _enqueue(self, call: Call, q: int, t: float, fresh: bool) -> None:
        call[C_STATE] = CS_WAITING
        call[C_Q] = q
        call[C_ENQ] = t
        oq = call[C_OQ]
        if fresh:
            if call[C_M]:
                self.tally[oq][WAITED] += 1
            threshold = self.q_cb_wait[q]
            if threshold is not None:
                ew = self.expected_wait(q)
                if ew > threshold and self.q_cb_rnd[q]() < self.q_cb_accept[q]:
                    call[C_CB] = True
                    if call[C_M]:
                        self.tally[oq][CALLBACKS] += 1
                    if self.emit is not None:
                        self.emit(ev.CallbackAccepted(t, call[C_ID], self.q_names[q], ew))
            if not call[C_CB]:
                patience = self.q_patience[oq]
                if patience is not None:
                    call[C_PATIENT] = True
                    heappush(self.heap, (t + patience(), next(self.seq), E_ABANDON, call, None))
        self.waiting[q].append(call)
        self.n_waiting[q] += 1
        after = self.q_over_after[q]
        if after is not None:
            self._push(t + after, E_OVERFLOW, call, q)
        if self.emit is not None:
            self.emit(ev.CallQueued(t, call[C_ID], self.q_names[q], self.expected_wait(q)))

    def _connect(self, call: Call, i: int, t: float) -> None:
        """The call reaches agent ``i`` (already out of the idle pools)."""
        call[C_AGENT] = i
        self.a_call[i] = call
        self.a_busy_start[i] = t
        if self.emit is not None:
            self.emit(ev.CallRouted(t, call[C_ID], self.q_names[call[C_OQ]], self.a_name[i], call[C_CB]))
        if self.a_external[i]:
            call[C_STATE] = CS_RINGING
            self.calls_by_id[call[C_ID]] = call
            self._set_state(i, RING, t)
            patience = self.q_patience[call[C_OQ]]
            if patience is not None and not call[C_PATIENT] and not call[C_CB]:
                # Straight to a person who may be slow: the caller's patience runs while it rings.
                call[C_PATIENT] = True
                heappush(self.heap, (t + patience(), next(self.seq), E_ABANDON, call, None))
            return
        if self.emit is not None:  # a simulated agent rings for no time at all
            self._set_state(i, RING, t)
        self._answer(call, i, t)

    def _answer(self, call: Call, i: int, t: float) -> None:
        oq = call[C_OQ]
        call[C_STATE] = CS_TALKING
        call[C_ANS] = t
        wait = t - call[C_ARR]
        tally = self.tally[oq]
        m = call[C_M]
        if m:
            if call[C_CB]:
                tally[CALLBACKS_ANSWERED] += 1
            else:
                tally[ANSWERED] += 1
                tally[WAIT_ANSWERED_SUM] += wait
                if wait <= self.q_target[oq]:
                    tally[ANSWERED_IN_T] += 1
        if self.emit is None:
            self.a_state[i] = TALK
            self.a_since[i] = t
        else:
            self._set_state(i, TALK, t)
            self.emit(ev.CallAnswered(t, call[C_ID], self.q_names[oq], self.a_name[i], wait, call[C_CB]))
        if not self.a_external[i]:
            talk = self.q_handle[oq]()
            wrap_fn = self.q_wrap[oq]
            wrap = wrap_fn() if wrap_fn is not None else 0.0
            self.a_wrap[i] = wrap
            if m:
                tally[HANDLED] += 1
                tally[TALK_SUM] += talk
                tally[WRAP_SUM] += wrap
            heappush(self.heap, (t + talk, next(self.seq), E_DONE, i, call))

    def _end_talk(self, i: int, call: Call, t: float) -> None:
        if self.emit is not None:
            self.emit(ev.CallEnded(t, call[C_ID], self.q_names[call[C_OQ]], self.a_name[i], t - call[C_ANS]))
        wrap = self.a_wrap[i]
        if wrap > 0.0:
            self._set_state(i, WRAP, t)
            self._push(t + wrap, E_WRAP, i, call)
        else:
            if self.emit is not None:  # a wrap-up of no time, so listeners see a legal sequence
                self._set_state(i, WRAP, t)
            self._release(i, t)

    def _release(self, i: int, t: float) -> None:
        """Agent ``i`` has finished the call and its wrap-up."""
        if self.measuring:
            self.busy_s += t - self.a_busy_start[i]
        call = self.a_call[i]
        if call is not None and call[C_STATE] in (CS_TALKING, CS_FINISHED):
            call[C_STATE] = CS_FINISHED
            self.a_handled[i] += 1
        self.a_call[i] = None
        pending = self.a_pending[i]
        if pending is not None:
            self.a_pending[i] = None
            self._stop(i, t, pending)
        else:
            self._available(i, t)

    def _abandon(self, call: Call, t: float) -> None:
        state = call[C_STATE]
        if state == CS_WAITING:
            self.n_waiting[call[C_Q]] -= 1
            agent = None
        elif state == CS_RINGING:  # the caller gave up while it rang at a person
            i = call[C_AGENT]
            agent = self.a_name[i]
            self.calls_by_id.pop(call[C_ID], None)
            self.a_wrap[i] = 0.0
            self._set_state(i, WRAP, t)  # wrap-up follows an abandoned offer (finish_wrap ends it)
        else:
            return
        call[C_STATE] = CS_ABANDONED
        oq = call[C_OQ]
        wait = t - call[C_ARR]
        if call[C_M]:
            tally = self.tally[oq]
            tally[ABANDONED] += 1
            tally[WAIT_ABANDONED_SUM] += wait
            if wait < self.short_s:
                tally[SHORT_ABANDONS] += 1
            elif wait > self.q_target[oq]:
                tally[ABANDONED_LATE] += 1
        if self.emit is not None:
            self.emit(ev.CallAbandoned(t, call[C_ID], self.q_names[oq], wait, agent))

    def _overflow(self, call: Call, q: int, t: float) -> None:
        if call[C_STATE] != CS_WAITING or call[C_Q] != q:
            return
        self.n_waiting[q] -= 1
        # Overflow events are pushed only for queues with an overflow time, which come with a target.
        target = cast(int, self.q_over_to[q])
        if call[C_M]:
            self.tally[call[C_OQ]][OVERFLOWED] += 1
        if self.emit is not None:
            self.emit(ev.CallOverflowed(t, call[C_ID], self.q_names[q], self.q_names[target]))
        i = self._idle_agent(target)
        if i >= 0:
            self._leave_idle(i)
            self._connect(call, i, t)
        else:
            self._enqueue(call, target, t, False)

    # -- measurement window --------------------------------------------------------------
    def _measure_start(self, t: float) -> None:
        self.measuring = True
        for i, state in enumerate(self.a_state):
            if state not in (OFF, BREAK, NOT_READY):
                self.a_staff_start[i] = t
            if state in (RING, TALK, HOLD, WRAP):
                self.a_busy_start[i] = t

    def _measure_end(self, t: float) -> None:
        if not self.measuring:
            return
        for i, state in enumerate(self.a_state):
            if state not in (OFF, BREAK, NOT_READY):
                self.staffed_s += t - self.a_staff_start[i]
            if state in (RING, TALK, HOLD, WRAP):
                self.busy_s += t - self.a_busy_start[i]
        self.measuring = False
        self.measure_done = True

    # -- running ---------------------------------------------------------------------------
    def step_until(self, t_end: float) -> None:
        """Process every event due at or before ``t_end``; the clock then reads ``t_end``."""
        heap = self.heap
        while heap and heap[0][0] <= t_end:
            t, _, kind, a, b = heappop(heap)
            self.now = t
            if kind == E_DONE:
                self._end_talk(a, b, t)
            elif kind == E_ARRIVE:
                if b == self.q_arr_gen[a]:
                    self._arrive(a, t)
            elif kind == E_ABANDON:
                self._abandon(a, t)
            elif kind == E_WRAP:
                self._release(a, t)
            elif kind == E_OVERFLOW:
                self._overflow(a, b, t)
            elif kind == E_SHIFT_ON:
                self._login(a, t)
            elif kind == E_SHIFT_OFF:
                self._request_stop(a, t, ("off",))
            elif kind == E_BREAK_ON:
                self._request_stop(a, t, ("break", b))
            elif kind == E_BREAK_OFF:
                if self.a_state[a] == BREAK:
                    self._login(a, t)
            elif kind == E_MEASURE_START:
                self._measure_start(t)
            elif kind == E_MEASURE_END:
                self._measure_end(t)
        if math.isfinite(t_end) and t_end > self.now:
            self.now = t_end

    def next_event_time(self) -> float:
        return self.heap[0][0] if self.heap else math.inf

    def run(self) -> mx.Figures:
        """Run to the end of the measured period, drain, and return the figures."""
        if not math.isfinite(self.w1) and self.max_calls is None:
            raise SimulationError("a live simulation (no horizon) cannot be run to its end")
        self.step_until(math.inf)
        self._measure_end(self.now)
        return self.results()

    def results(self) -> mx.Figures:
        tallies: dict[str, mx.Tally] = {}
        for q, name in enumerate(self.q_names):
            tally = list(self.tally[q])
            tally[UNFINISHED] = sum(1 for c in self.waiting[q] if c[C_STATE] == CS_WAITING and c[C_Q] == q and c[C_M])
            tallies[name] = tally
        out = mx.run_metrics(tallies, self.busy_s, self.staffed_s)
        out["calls_simulated"] = self.calls_total
        return out

    # -- live control ------------------------------------------------------------------------
    def add_agent(
        self, name: str, skills: dict[str, int] | list[str], external: bool = False, ready: bool = True
    ) -> str:
        """Log an agent in now (``external``: a person at a console answers its calls).
        An agent who logged out earlier logs in again with the skills it had."""
        if not isinstance(skills, dict):
            skills = dict.fromkeys(skills, 1)
        if name in self.a_index and self.a_state[self.a_index[name]] == OFF:
            i = self.a_index[name]
            self.a_external[i] = external
        else:
            i = self._new_agent(name, dict(skills), external)
        if ready:
            self._login(i, self.now)
        else:
            self._set_state(i, NOT_READY, self.now, "login")
        return name

    def _agent(self, agent_id: str) -> int:
        try:
            return self.a_index[agent_id]
        except KeyError:
            raise SimulationError(f"no agent called {agent_id!r}") from None

    def remove_agent(self, agent_id: str) -> None:
        """Log the agent out now, or after the current call and its wrap-up."""
        self._request_stop(self._agent(agent_id), self.now, ("off",))

    def agent_ready(self, agent_id: str, ready: bool, reason: str = "not_ready") -> None:
        """Available (takes calls) or not ready (after the current call, if any)."""
        i = self._agent(agent_id)
        state = self.a_state[i]
        if ready:
            if state in (NOT_READY, OFF):
                self._login(i, self.now)
            elif state in (RING, TALK, HOLD, WRAP) and (pending := self.a_pending[i]) and pending[0] == "not_ready":
                self.a_pending[i] = None  # stays available after this call
        else:
            self._request_stop(i, self.now, ("not_ready", reason))

    def _external_call(self, call_id: int, states: tuple[int, ...], action: str) -> Call:
        call = self.calls_by_id.get(call_id)
        if call is None or call[C_STATE] not in states:
            raise SimulationError(f"cannot {action}: call {call_id} is not at an agent in that state")
        return call

    def answer(self, call_id: int) -> None:
        call = self._external_call(call_id, (CS_RINGING,), "answer")
        self._answer(call, call[C_AGENT], self.now)

    def reject(self, call_id: int) -> None:
        """The offer rang out or was refused: the agent goes not ready ('missed call') and
        the call goes back to the head of its queue (or to another idle agent)."""
        call = self._external_call(call_id, (CS_RINGING,), "reject")
        i = call[C_AGENT]
        t = self.now
        self.calls_by_id.pop(call_id, None)
        if self.measuring:
            self.busy_s += t - self.a_busy_start[i]
        self.a_call[i] = None
        self.a_pending[i] = None
        self._staff_off(i, t)
        self._set_state(i, NOT_READY, t, MISSED_CALL)
        q = call[C_Q]
        call[C_STATE] = CS_WAITING
        call[C_AGENT] = -1
        j = self._idle_agent(q)
        if j >= 0:
            self._leave_idle(j)
            self._connect(call, j, t)
        else:
            self.waiting[q].appendleft(call)
            self.n_waiting[q] += 1

    miss = reject

    def end_call(self, call_id: int) -> None:
        """A person ended the call: wrap-up follows until ``finish_wrap``."""
        call = self._external_call(call_id, (CS_TALKING,), "end the call")
        i = call[C_AGENT]
        t = self.now
        self.calls_by_id.pop(call_id, None)
        if call[C_M]:
            tally = self.tally[call[C_OQ]]
            tally[HANDLED] += 1
            tally[TALK_SUM] += t - call[C_ANS]
        call[C_STATE] = CS_FINISHED
        self.a_wrap[i] = t  # wrap-up start, for the wrap time
        if self.emit is not None:
            self.emit(ev.CallEnded(t, call_id, self.q_names[call[C_OQ]], self.a_name[i], t - call[C_ANS]))
        self._set_state(i, WRAP, t)

    def hold(self, call_id: int) -> None:
        """A person put the caller on hold: the agent is On hold, the call still theirs."""
        call = self._external_call(call_id, (CS_TALKING,), "hold")
        i = call[C_AGENT]
        if self.a_state[i] != TALK:
            raise SimulationError(f"cannot hold: call {call_id} is not in talk")
        self._set_state(i, HOLD, self.now)

    def resume(self, call_id: int) -> None:
        call = self._external_call(call_id, (CS_TALKING,), "resume")
        i = call[C_AGENT]
        if self.a_state[i] != HOLD:
            raise SimulationError(f"cannot resume: call {call_id} is not on hold")
        self._set_state(i, TALK, self.now)

    def transfer(self, call_id: int, queue: str) -> None:
        """A person handed the caller to ``queue`` (a blind transfer): the agent's part
        ends (wrap-up follows until ``finish_wrap``) and the caller waits in that queue,
        at its head, or goes straight to an idle agent of it. The caller's patience
        already running goes on."""
        if queue not in self.q_index:
            raise SimulationError(f"cannot transfer: no queue {queue!r}")
        call = self._external_call(call_id, (CS_TALKING,), "transfer")
        i = call[C_AGENT]
        t = self.now
        self.calls_by_id.pop(call_id, None)
        if call[C_M]:
            tally = self.tally[call[C_OQ]]
            tally[TALK_SUM] += t - call[C_ANS]
        self.a_wrap[i] = t
        if self.emit is not None:
            self.emit(ev.CallEnded(t, call_id, self.q_names[call[C_OQ]], self.a_name[i], t - call[C_ANS]))
        self.a_call[i] = None  # the call is no longer this agent's: its wrap-up counts no call
        self._set_state(i, WRAP, t)
        q = self.q_index[queue]
        call[C_STATE] = CS_WAITING
        call[C_AGENT] = -1
        call[C_Q] = q
        if self.emit is not None:
            self.emit(ev.CallTransferred(t, call_id, self.q_names[call[C_OQ]], queue, self.a_name[i]))
        j = self._idle_agent(q)
        if j >= 0:
            self._leave_idle(j)
            self._connect(call, j, t)
        else:
            self.waiting[q].appendleft(call)
            self.n_waiting[q] += 1
            if self.emit is not None:
                self.emit(ev.CallQueued(t, call_id, queue, self.expected_wait(q)))

    def finish_wrap(self, agent_id: str) -> None:
        i = self._agent(agent_id)
        if self.a_state[i] != WRAP:
            raise SimulationError(f"agent {agent_id!r} is not in wrap-up")
        call = self.a_call[i]
        if self.a_external[i] and call is not None and call[C_M] and call[C_STATE] == CS_FINISHED:
            self.tally[call[C_OQ]][WRAP_SUM] += self.now - self.a_wrap[i]
        self._release(i, self.now)

    def follow(self, agent_id: str, state: str, reason: str | None = None) -> None:
        """An external agent's console changed its state outside a call's own steps
        (``available``, ``not_ready`` with a reason, ``logged_out``): the agent's copy
        here follows it at once, so that the two never disagree. A call the console is
        no longer in is let go first: one still ringing goes back to its queue, one in
        talk ends, a wrap-up ends (an abandoned offer, a wrap-up that timed out)."""
        if state not in ("available", "not_ready", "logged_out"):
            return  # ringing, talking, holding and wrap-up follow the call's own steps
        i = self._agent(agent_id)
        t = self.now
        target: Pending | None = (
            None
            if state == "available"
            else ("off",)
            if state == "logged_out"
            else ("not_ready", reason or "not_ready")
        )
        call = self.a_call[i]
        if self.a_state[i] == RING and call is not None:
            self.reject(call[C_ID])
        elif self.a_state[i] in (TALK, HOLD) and call is not None and call[C_STATE] == CS_TALKING:
            self.end_call(call[C_ID])
        state_now = self.a_state[i]
        if state_now == WRAP:
            self.a_pending[i] = target
            self.finish_wrap(agent_id)
        elif state_now == IDLE:
            if target is not None:
                self._leave_idle(i)
                self._stop(i, t, target)
        elif target is None:
            self._login(i, t)
        elif target[0] == "off":
            self._set_state(i, OFF, t)  # not ready or on a break: not staffed already
        else:
            self._set_state(i, NOT_READY, t, target[1])

    def set_arrival_rate(self, queue: str, calls_per_hour: float) -> None:
        """From now on the queue's calls arrive at this constant rate (0 stops them)."""
        if not (calls_per_hour >= 0 and math.isfinite(calls_per_hour)):
            raise SimulationError(f"an arrival rate must be zero or more calls per hour, not {calls_per_hour!r}")
        q = self.q_index[queue]
        self.q_arr_gen[q] += 1  # the pending arrival is void; memorylessness makes this exact
        self.q_arr_next[q] = Poisson(calls_per_hour).stream(self.q_arr_rng[q], self.w0)
        self._schedule_arrival(q, self.now)

    def snapshot(self) -> dict[str, Any]:
        """What a queue board shows, now: per queue calls waiting, longest wait, figures so
        far; per agent state, reason and time in state."""
        now = self.now
        queues: dict[str, mx.Figures] = {}
        for q, name in enumerate(self.q_names):
            oldest = min((c[C_ARR] for c in self.waiting[q] if c[C_STATE] == CS_WAITING and c[C_Q] == q), default=None)
            figures = mx.queue_metrics(self.tally[q])
            figures.update(
                waiting=self.n_waiting[q],
                longest_wait_s=0.0 if oldest is None else now - oldest,
                expected_wait_s=self.expected_wait(q),
            )
            queues[name] = figures
        agents: list[dict[str, Any]] = [
            {
                "agent_id": self.a_name[i],
                "state": _PUBLIC_STATE[self.a_state[i]].value,
                "reason": self.a_reason[i],
                "time_in_state_s": now - self.a_since[i],
                "calls_handled": self.a_handled[i],
                "call_id": None if call is None else call[C_ID],
                "pending": _pending_state(self.a_pending[i]),
            }
            for i, call in enumerate(self.a_call)
        ]
        by_state: dict[str, int] = {}
        for a in agents:
            by_state[a["state"]] = by_state.get(a["state"], 0) + 1
        return {"t": now, "queues": queues, "agents": agents, "agents_by_state": by_state}
