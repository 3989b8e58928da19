"""The simulator against the wall clock, for the console and the supervisors' board.

``LiveCenter`` owns one ``Simulation`` with an unbounded horizon and maps wall time
to simulated time at 1x..60x. It keeps what a board needs beyond the engine's running
totals: figures over the last 30 minutes, a per-minute history for charts (service
level, calls waiting, arrivals against the forecast), Erlang projections for the
current staffing, and alarms. ``SimCallSource`` lets a real console agent join as an
*external* agent: calls the router gives it ring that console with a real customer.
Qt-free: one owner calls ``advance()`` from a timer (in the GUI process,
``callcenter.gui.live_session.LiveSession``; in ``callcenter live-server``, its tick
thread) and everyone else listens on the event bus.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from callcenter.core.agent_state import FORCED_REASON
from callcenter.core.calls import (
    Call,
    CallControlProblem,
    CallerHungUp,
    CallHeld,
    CallMuted,
    CallOffered,
    CallResumed,
    CallTransferred,
    ConsultEnded,
    ConsultStarted,
    DigitsSent,
    StateForced,
    check_digits,
)
from callcenter.core.events import EventBus
from callcenter.sim import erlang
from callcenter.sim import events as ev
from callcenter.sim.arrivals import Poisson
from callcenter.sim.distributions import Dist
from callcenter.sim.engine import Simulation, SimulationError
from callcenter.sim.scenario import AgentSpec, QueueSpec, Scenario

WINDOW_S = 1800.0  # "last 30 minutes"
SPEEDS = (1, 2, 5, 10, 30, 60)


def demo_scenario(agents: int = 32) -> Scenario:
    """Three queues and a blended team: the default live center."""
    queues = (
        QueueSpec(
            "general",
            Poisson(240),
            Dist.exponential(240),
            Dist.exponential(150),
            Dist.constant(15),
            skill="general",
            priority=1,
            target_s=20,
        ),
        QueueSpec(
            "billing",
            Poisson(90),
            Dist.exponential(300),
            Dist.exponential(180),
            Dist.constant(20),
            skill="billing",
            priority=2,
            target_s=30,
        ),
        QueueSpec(
            "vip",
            Poisson(30),
            Dist.exponential(360),
            Dist.exponential(240),
            Dist.constant(20),
            skill="vip",
            priority=3,
            target_s=10,
        ),
    )
    team = []
    for i in range(agents):
        skills = [("general", 5)]
        if i % 3 == 0:
            skills.append(("billing", 6))
        if i % 6 == 0:
            skills.append(("vip", 7))
        team.append(AgentSpec(f"bot-{i + 1:02d}", tuple(skills)))
    return Scenario(queues, tuple(team), hours=24.0, name="Live demo center").validate()


@dataclass
class Thresholds:
    """Colour and alarm thresholds, per figure (configurable on the board)."""

    service_level_warn: float = 0.80
    service_level_alarm: float = 0.70
    longest_wait_warn_s: float = 60.0
    longest_wait_alarm_s: float = 120.0
    abandon_warn: float = 0.05
    abandon_alarm: float = 0.10


class QueueWindow:
    """Outcomes within the last WINDOW_S seconds, for "last 30 minutes" figures.
    Running sums, so that adding and expiring an outcome costs O(1)."""

    def __init__(self, target_s: float, short_abandon_s: float):
        self.target_s, self.short_abandon_s = target_s, short_abandon_s
        self.items: deque[tuple[float, bool, float]] = deque()  # (t, answered?, wait_s)
        self.answered = self.in_t = self.abandons = self.late_abandons = 0
        self.wait_sum = 0.0

    def _count(self, answered: bool, wait_s: float, sign: int) -> None:
        if answered:
            self.answered += sign
            self.wait_sum += sign * wait_s
            self.in_t += sign * (wait_s <= self.target_s)
        elif wait_s >= self.short_abandon_s:  # short abandons count nowhere
            self.abandons += sign
            self.late_abandons += sign * (wait_s > self.target_s)

    def add(self, t: float, kind: str, wait_s: float) -> None:
        answered = kind == "answered"
        self.items.append((t, answered, wait_s))
        self._count(answered, wait_s, 1)

    def figures(self, now: float) -> dict[str, float]:
        items = self.items
        while items and items[0][0] < now - WINDOW_S:
            _, answered, wait_s = items.popleft()
            self._count(answered, wait_s, -1)
        denominator = self.answered + self.late_abandons
        offered = self.answered + self.abandons
        return {
            "service_level": self.in_t / denominator if denominator else math.nan,
            "asa_s": self.wait_sum / self.answered if self.answered else math.nan,
            "abandon_rate": self.abandons / offered if offered else math.nan,
        }


@dataclass(frozen=True)
class Alarm:
    queue: str
    kind: str  # service_level | longest_wait
    value: float
    limit: float


class LiveCenter:
    def __init__(
        self,
        scenario: Scenario | None = None,
        seed: int = 1,
        speed: float = 1.0,
        bus: EventBus | None = None,
        wall: Callable[[], float] = time.monotonic,
        thresholds: Thresholds | None = None,
    ):
        self.scenario = scenario or demo_scenario()
        self.bus = bus or EventBus()
        self.wall = wall
        self.thresholds = thresholds or Thresholds()
        self.rates = {q.name: q.arrivals.rate_at(0.0) for q in self.scenario.queues}
        self.forecast = dict(self.rates)
        self.windows = {q.name: QueueWindow(q.target_s, self.scenario.short_abandon_s) for q in self.scenario.queues}
        self.history: list[dict[str, Any]] = []  # one row per simulated minute
        self._arrivals_this_minute = {q.name: 0 for q in self.scenario.queues}
        self._recent_minutes: dict[str, deque[int]] = {  # arrivals smoothing
            q.name: deque(maxlen=15) for q in self.scenario.queues
        }
        self.external_agents: set[str] = set()
        self.names: dict[str, str] = {}  # agent id -> a person's name, for the board
        self.agent_skills: dict[str, tuple[str, ...]] = {
            a.name: tuple(s for s, _ in a.skills) for a in self.scenario.agents
        }
        self._next_sample = 60.0
        self.sim = Simulation(self.scenario, seed=seed, horizon_s=math.inf, on_event=self._on_event)
        self._anchor_wall, self._anchor_sim = wall(), 0.0
        self.speed = speed
        self.paused = False

    def set_thresholds(self, thresholds: Thresholds) -> None:
        """The board's colour and alarm limits (from the settings) for the alarms it raises."""
        self.thresholds = thresholds

    # -- clock -------------------------------------------------------------------
    def set_speed(self, speed: float) -> None:
        if not 1 <= speed <= 60:
            raise ValueError("the live simulation runs at 1x to 60x")
        self._anchor_sim, self._anchor_wall = self.sim_time(), self.wall()
        self.speed = speed

    def sim_time(self) -> float:
        if self.paused:
            return self._anchor_sim
        return self._anchor_sim + (self.wall() - self._anchor_wall) * self.speed

    def pause(self, paused: bool) -> None:
        self._anchor_sim, self._anchor_wall = self.sim_time(), self.wall()
        self.paused = paused

    def advance(self, to: float | None = None) -> None:
        """Run every event due up to now (or ``to``), sampling history once a minute."""
        target = self.sim_time() if to is None else to
        while self._next_sample <= target:
            self.sim.step_until(self._next_sample)
            self._sample(self._next_sample)
            self._next_sample += 60.0
        self.sim.step_until(target)

    # -- events ------------------------------------------------------------------------
    def _on_event(self, e: Any) -> None:  # a SimEvent; matched by exact type (the hot path)
        kind = type(e)
        if kind is ev.CallArrived:
            self._arrivals_this_minute[e.queue] += 1
        elif kind is ev.CallAnswered:
            self.windows[e.queue].add(e.t, "answered", e.wait_s)
        elif kind is ev.CallAbandoned:
            self.windows[e.queue].add(e.t, "abandoned", e.wait_s)
        self.bus.publish(e)

    def _sample(self, t: float) -> None:
        row: dict[str, Any] = {"t": t}
        for name in self.windows:
            recent = self._recent_minutes[name]
            recent.append(self._arrivals_this_minute.get(name, 0))
            row[name] = {
                "service_level": self.windows[name].figures(t)["service_level"],
                "waiting": self.sim.n_waiting[self.sim.q_index[name]],
                "arrivals": sum(recent) * 60 / len(recent),  # calls/hour over the last 15 minutes
                "forecast": self.forecast[name],
            }
        self._arrivals_this_minute = dict.fromkeys(self._arrivals_this_minute, 0)
        self.history.append(row)
        del self.history[:-1440]  # keep one simulated day

    # -- what the board shows ------------------------------------------------------------
    def board(self) -> dict[str, Any]:
        snap = self.sim.snapshot()
        now = snap["t"]
        for name, q in snap["queues"].items():
            q["last30"] = self.windows[name].figures(now)
            q["rate_per_hour"] = self.rates[name]
            q["target_s"] = self.scenario.queue(name).target_s
        snap["alarms"] = self.alarms(snap)
        return snap

    def alarms(self, snap: dict[str, Any]) -> list[Alarm]:
        th, out = self.thresholds, []
        for name, q in snap["queues"].items():
            sl = q["last30"]["service_level"]
            if not math.isnan(sl) and sl < th.service_level_alarm:
                out.append(Alarm(name, "service_level", sl, th.service_level_alarm))
            if q["longest_wait_s"] > th.longest_wait_alarm_s:
                out.append(Alarm(name, "longest_wait", q["longest_wait_s"], th.longest_wait_alarm_s))
        return out

    def projection(self, queue: str, snapshot: dict[str, Any] | None = None) -> erlang.Performance:
        """Erlang A for the queue's current rate and the agents who have its skill and are
        logged in (agents shared with other queues count in full: an optimistic bound)."""
        spec = self.scenario.queue(queue)
        skill = spec.skill_name
        skills = self.agent_skills
        staffed = sum(
            1
            for a in (snapshot or self.sim.snapshot())["agents"]
            if a["state"] != "logged_out" and skill in skills.get(a["agent_id"], ())
        )
        patience = spec.patience.mean if spec.patience.kind != "none" else None
        return _projection(
            max(1, staffed),
            self.rates[queue] / 3600.0,
            spec.handle_time.mean,
            patience,
            spec.target_s,
            self.scenario.short_abandon_s,
        )

    # -- supervisor actions ----------------------------------------------------------------
    def set_arrival_rate(self, queue: str, calls_per_hour: float) -> None:
        self.sim.set_arrival_rate(queue, calls_per_hour)
        self.rates[queue] = calls_per_hour

    def add_agent(self, name: str, skills: dict[str, int], external: bool = False, ready: bool = True) -> str:
        self.agent_skills[name] = tuple(skills)
        return self.sim.add_agent(name, skills, external=external, ready=ready)

    def join_person(self, name: str, skills: dict[str, int] | None = None, ready: bool = True) -> str:
        """A person at a console joins as an external agent (all queues' skills by default)."""
        self.external_agents.add(name)
        return self.add_agent(
            name, skills or {q.skill_name: 5 for q in self.scenario.queues}, external=True, ready=ready
        )

    def remove_agent(self, name: str) -> None:
        self.sim.remove_agent(name)

    def person_state(
        self,
        agent_id: str,
        state: str,
        reason: str | None = None,
        name: str | None = None,
        skills: dict[str, int] | None = None,
    ) -> None:
        """A person's console changed state (``available``, ``not_ready`` with its reason,
        ``logged_out``; call states follow the call's own steps): the engine's copy of the
        person follows at once. The console's state machine is the one truth; a person who
        is not here yet joins (a name, when given, is what the board shows)."""
        if name:
            self.names[agent_id] = name
        if agent_id not in self.external_agents:
            if state not in ("available", "not_ready"):
                return
            self.join_person(agent_id, skills, ready=state == "available")
        self.sim.follow(agent_id, state, reason)

    def force(self, agent_id: str, state: str) -> bool:
        """A supervisor forces an agent: available, not_ready or logged_out. It applies
        now, or after the agent's current call and wrap-up (then the board shows it pending);
        returns whether it applied now. A person's console is told by a ``StateForced``
        event and applies it to its own state machine (which the engine's copy follows)."""
        me = next((a for a in self.sim.snapshot()["agents"] if a["agent_id"] == agent_id), None)
        busy = me is not None and me["state"] in ("ringing", "on_call", "on_hold", "wrap_up")
        reason = FORCED_REASON if state == "not_ready" else None
        if agent_id in self.external_agents:
            if busy:  # what the board shows pending until the console applies it after the call
                self._force_engine(agent_id, state)
            self.bus.publish(StateForced(agent_id, state, reason))
            return not busy
        self._force_engine(agent_id, state)
        return not busy

    def _force_engine(self, agent_id: str, state: str) -> None:
        if state == "logged_out":
            self.sim.remove_agent(agent_id)
        else:
            self.sim.agent_ready(agent_id, state == "available", FORCED_REASON)


@lru_cache(maxsize=512)
def _projection(
    agents: int,
    rate_per_s: float,
    aht_s: float,
    patience_s: float | None,
    target_s: float,
    short_abandon_s: float,
) -> erlang.Performance:
    # Erlang A sums long series; the inputs change only when staffing or the rate does.
    return erlang.performance(agents, rate_per_s, aht_s, patience_s, target_s, short_abandon_s)


class SimCallSource:
    """The live simulator as the console's ``CallSource``: one real agent joins the
    simulation as an external agent; its offers ring the console with a real customer's
    number from ``ani_for_call`` and the caller's patience still applies."""

    def __init__(self, center: LiveCenter, ani_for_call: Callable[[], str], skills: dict[str, int] | None = None):
        self.center = center
        self.bus = center.bus
        self.ani_for_call = ani_for_call
        self.skills = skills
        self.joined: set[str] = set()
        self.consults: dict[str, str] = {}  # call id -> the consultation's target
        self.bus.subscribe(ev.CallRouted, self._routed)
        self.bus.subscribe(ev.CallAbandoned, self._abandoned)

    def _routed(self, e: ev.CallRouted) -> None:
        if e.agent_id in self.joined:
            call = Call(call_id=str(e.call_id), ani=self.ani_for_call(), queue_code=e.queue)
            self.bus.publish(CallOffered(e.agent_id, call))

    def _abandoned(self, e: ev.CallAbandoned) -> None:
        if e.agent_id in self.joined:
            self.bus.publish(CallerHungUp(e.agent_id, str(e.call_id)))

    def agent_ready(self, agent_id: str, ready: bool) -> None:
        self.agent_state(agent_id, "available" if ready else "not_ready")

    def agent_state(self, agent_id: str, state: str, reason: str | None = None, name: str | None = None) -> None:
        """The console's state changed: the engine's copy of the agent follows it."""
        if state in ("available", "not_ready"):
            self.joined.add(agent_id)
        if agent_id in self.joined:
            self.center.person_state(agent_id, state, reason, name, self.skills)

    def call_answered(self, agent_id: str, call_id: str) -> None:
        self.center.sim.answer(int(call_id))

    def call_talk_ended(self, agent_id: str, call_id: str) -> None:
        self.center.sim.end_call(int(call_id))

    def call_missed(self, agent_id: str, call_id: str) -> None:
        self.center.sim.reject(int(call_id))

    def call_ended(self, agent_id: str, call_id: str) -> None:
        self.consults.pop(call_id, None)
        try:
            self.center.sim.finish_wrap(agent_id)
        except Exception:  # the agent's wrap-up already ended in the engine
            pass

    # -- call control: the engine's copy of the agent holds and hands callers on ---------------
    # Calls not of the engine (a due callback the console placed) have no far end here: their
    # hold, mute and digits are the console's own; a transfer of one just ends the agent's part.
    def reject(self, agent_id: str, call_id: str) -> None:
        self.call_missed(agent_id, call_id)

    @staticmethod
    def _engine_call(call_id: str) -> int | None:
        return int(call_id) if call_id.isdigit() else None

    def _engine(self, fn: Callable[..., None], *args: Any) -> None:
        try:
            fn(*args)
        except SimulationError:
            raise CallControlProblem("not_talking") from None

    def hold(self, agent_id: str, call_id: str) -> None:
        if (n := self._engine_call(call_id)) is not None:
            self._engine(self.center.sim.hold, n)
        self.bus.publish(CallHeld(agent_id, call_id))

    def resume(self, agent_id: str, call_id: str) -> None:
        if call_id in self.consults:
            raise CallControlProblem("consulting")
        if (n := self._engine_call(call_id)) is not None:
            self._engine(self.center.sim.resume, n)
        self.bus.publish(CallResumed(agent_id, call_id))

    def mute(self, agent_id: str, call_id: str, muted: bool) -> None:
        self.bus.publish(CallMuted(agent_id, call_id, muted))  # a simulated caller hears nothing either way

    def _queue(self, target: str) -> str | None:
        """The engine queue a target names; None for a person (``agent:``), who is outside the engine."""
        if target.startswith("agent:"):
            return None
        queue = target.removeprefix("queue:")
        if queue not in self.center.sim.q_index:
            raise CallControlProblem("bad_target")
        return queue

    def _hand_on(self, call_id: str, queue: str | None) -> None:
        n = self._engine_call(call_id)
        if n is None:
            return
        if queue is None:  # to a person outside the simulation: the caller leaves it
            self._engine(self.center.sim.end_call, n)
        else:
            self._engine(self.center.sim.transfer, n, queue)

    def transfer_blind(self, agent_id: str, call_id: str, target: str) -> None:
        """The caller goes back into the simulator, waiting in the target queue."""
        self._hand_on(call_id, self._queue(target))
        self.bus.publish(CallTransferred(agent_id, call_id, target))

    def transfer_attended_start(self, agent_id: str, call_id: str, target: str) -> str:
        if call_id in self.consults:
            raise CallControlProblem("consulting")
        self._queue(target)
        n = self._engine_call(call_id)
        try:
            if n is not None:
                self.center.sim.hold(n)
            self.bus.publish(CallHeld(agent_id, call_id))
        except SimulationError:  # held already (or gone: completing will say so)
            pass
        consult_id = f"consult-{call_id}"
        self.consults[call_id] = target
        self.bus.publish(ConsultStarted(agent_id, call_id, consult_id, target))
        return consult_id

    def transfer_attended_complete(self, agent_id: str, call_id: str) -> None:
        target = self.consults.pop(call_id, None)
        if target is None:
            raise CallControlProblem("no_consult")
        self._hand_on(call_id, self._queue(target))
        self.bus.publish(CallTransferred(agent_id, call_id, target, attended=True))

    def transfer_attended_cancel(self, agent_id: str, call_id: str) -> None:
        if self.consults.pop(call_id, None) is None:
            raise CallControlProblem("no_consult")
        self.bus.publish(ConsultEnded(agent_id, call_id, f"consult-{call_id}", "cancelled"))

    def send_dtmf(self, agent_id: str, call_id: str, digits: str) -> None:
        self.bus.publish(DigitsSent(agent_id, call_id, check_digits(digits)))

    def dial(self, agent_id: str, number: str, customer_id: str | None = None) -> str:
        raise CallControlProblem("not_supported")  # the simulator's callers only call in
