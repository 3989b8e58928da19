"""Agent activity, queue intervals and dispositions, computed from plain rows.

Qt-free and store-free: ``callcenter.store.reports`` reads the rows of
``agent_state_changes`` and ``call_legs`` into the dataclasses below; these functions
turn them into figures. The definitions are the README's metric table:

- **service level**: answered within T / (answered + abandoned after T); abandons
  before T are in neither part; short abandons (< 5 s) never count.
- **ASA**: mean wait of answered calls, zero waits included.
- **AHT**: (talk + hold + wrap-up) / calls handled.
- **abandon rate**: (abandoned - short abandons) / (offered - short abandons - callbacks);
  callbacks are outbound legs, never in "offered", so they are not subtracted again.
- **occupancy**: busy time (ringing, talking, on hold, wrap-up) / staffed time (logged in,
  not on a break or not ready: available plus busy).

An agent's time comes from their state changes, clipped to the report's range; a state
still going on counts up to ``now``. Calls are counted by the leg that ends them: a
missed offer is a leg of the agent who missed it (their "missed" figure) but not a call
of the queue, which counts the call again when it is answered or abandoned.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

SHORT_ABANDON_S = 5.0
DEFAULT_TARGET_S = 20
INTERVALS = (15, 30, 60)

LOGGED_OUT = "logged_out"
AVAILABLE = "available"
NOT_READY = "not_ready"
RINGING = "ringing"
ON_CALL = "on_call"
ON_HOLD = "on_hold"
WRAP_UP = "wrap_up"
BUSY = frozenset({RINGING, ON_CALL, ON_HOLD, WRAP_UP})


@dataclass(frozen=True)
class StateRow:
    """One stored state change: the agent left ``from_state`` (entered at ``started_at``,
    None for the first change of a session) for ``to_state`` at ``ended_at``."""

    agent_id: str
    from_state: str
    from_reason: str
    started_at: datetime | None
    ended_at: datetime
    to_state: str
    to_reason: str
    by: str = "agent"
    latest: bool = False  # the agent's last change of all: its to-state is still going on


@dataclass(frozen=True)
class Span:
    agent_id: str
    state: str
    reason: str
    start: datetime
    end: datetime

    @property
    def seconds(self) -> float:
        return max(0.0, (self.end - self.start).total_seconds())


@dataclass(frozen=True)
class Leg:
    """One call leg: a call waiting in a queue and offered to (at most) one agent."""

    call_ref: str
    queue: str  # queue code, "" when the call came through no queue
    agent_id: str | None
    direction: str
    queued_at: datetime
    answered_at: datetime | None
    ended_at: datetime | None
    wrap_ended_at: datetime | None
    hold_s: float
    outcome: str  # completed | abandoned | failed | transferred | missed
    disposition: str | None = None

    @property
    def wait_s(self) -> float:
        """Time in the queue until answered, or until the caller gave up."""
        until = self.answered_at or self.ended_at or self.queued_at
        return max(0.0, (until - self.queued_at).total_seconds())

    @property
    def handled(self) -> bool:
        return self.answered_at is not None

    @property
    def talk_s(self) -> float:
        if self.answered_at is None or self.ended_at is None:
            return 0.0
        return max(0.0, (self.ended_at - self.answered_at).total_seconds() - self.hold_s)

    @property
    def wrap_s(self) -> float:
        if self.ended_at is None or self.wrap_ended_at is None:
            return 0.0
        return max(0.0, (self.wrap_ended_at - self.ended_at).total_seconds())


def _ratio(num: float, den: float) -> float | None:
    return num / den if den > 0 else None


# -- agent activity --------------------------------------------------------------------
def spans(rows: Iterable[StateRow], start: datetime, end: datetime, now: datetime | None = None) -> list[Span]:
    """The state intervals of ``rows`` clipped to [start, end); the state an agent is in
    now (their latest change) runs until ``now`` (default: ``end``)."""
    now = now or end
    out: list[Span] = []

    def add(agent: str, state: str, reason: str, a: datetime, b: datetime) -> None:
        a, b = max(a, start), min(b, end)
        if b > a:
            out.append(Span(agent, state, reason, a, b))

    for r in rows:
        if r.started_at is not None:
            add(r.agent_id, r.from_state, r.from_reason, r.started_at, r.ended_at)
        if r.latest and r.to_state != LOGGED_OUT:
            add(r.agent_id, r.to_state, r.to_reason, r.ended_at, now)
    return out


@dataclass
class AgentActivity:
    agent_id: str
    name: str = ""
    logged_in_s: float = 0.0
    available_s: float = 0.0
    not_ready_s: float = 0.0
    not_ready_by_reason: dict[str, float] = field(default_factory=dict)
    ringing_s: float = 0.0
    talk_s: float = 0.0
    hold_s: float = 0.0
    wrap_s: float = 0.0
    handled: int = 0
    missed: int = 0

    @property
    def busy_s(self) -> float:
        return self.ringing_s + self.talk_s + self.hold_s + self.wrap_s

    @property
    def staffed_s(self) -> float:
        return self.available_s + self.busy_s

    @property
    def aht_s(self) -> float | None:
        return _ratio(self.talk_s + self.hold_s + self.wrap_s, self.handled)

    @property
    def occupancy(self) -> float | None:
        return _ratio(self.busy_s, self.staffed_s)

    def as_json(self) -> dict[str, object]:
        return {
            "agent_id": self.agent_id,
            "name": self.name,
            "logged_in_s": round(self.logged_in_s, 3),
            "available_s": round(self.available_s, 3),
            "not_ready_s": round(self.not_ready_s, 3),
            "not_ready_by_reason": {k: round(v, 3) for k, v in sorted(self.not_ready_by_reason.items())},
            "ringing_s": round(self.ringing_s, 3),
            "talk_s": round(self.talk_s, 3),
            "hold_s": round(self.hold_s, 3),
            "wrap_up_s": round(self.wrap_s, 3),
            "handled": self.handled,
            "missed": self.missed,
            "aht_s": None if self.aht_s is None else round(self.aht_s, 3),
            "occupancy": None if self.occupancy is None else round(self.occupancy, 6),
        }


def _count(a: AgentActivity, state: str, reason: str, begin: datetime, finish: datetime) -> None:
    if finish <= begin or state == LOGGED_OUT:
        return
    sec = (finish - begin).total_seconds()
    a.logged_in_s += sec
    if state == AVAILABLE:
        a.available_s += sec
    elif state == NOT_READY:
        a.not_ready_s += sec
        a.not_ready_by_reason[reason] = a.not_ready_by_reason.get(reason, 0.0) + sec
    elif state == RINGING:
        a.ringing_s += sec
    elif state == ON_CALL:
        a.talk_s += sec
    elif state == ON_HOLD:
        a.hold_s += sec
    elif state == WRAP_UP:
        a.wrap_s += sec


def agent_activity(
    rows: Iterable[StateRow],
    legs: Iterable[Leg],
    start: datetime,
    end: datetime,
    now: datetime | None = None,
    names: dict[str, str] | None = None,
) -> list[AgentActivity]:
    """One ``AgentActivity`` per agent with time or calls in [start, end), by name.
    Calls are the agent's legs whose call queued in the range."""
    names = names or {}
    by_agent: dict[str, AgentActivity] = {}

    def of(agent: str) -> AgentActivity:
        if agent not in by_agent:
            by_agent[agent] = AgentActivity(agent, names.get(agent, agent))
        return by_agent[agent]

    now = now or end
    for r in rows:  # the same clipping as ``spans``, without building the spans (large teams, long ranges)
        if r.started_at is not None and r.started_at < end and r.ended_at > start:
            _count(of(r.agent_id), r.from_state, r.from_reason, max(r.started_at, start), min(r.ended_at, end))
        if r.latest and r.to_state != LOGGED_OUT and r.ended_at < min(now, end):
            _count(of(r.agent_id), r.to_state, r.to_reason, max(r.ended_at, start), min(now, end))
    for leg in legs:
        if leg.agent_id is None or not (start <= leg.queued_at < end):
            continue
        if leg.outcome == "missed":
            of(leg.agent_id).missed += 1
        elif leg.handled:
            of(leg.agent_id).handled += 1
    return sorted(by_agent.values(), key=lambda a: (a.name.casefold(), a.agent_id))


# -- queue intervals -------------------------------------------------------------------
def interval_start(at: datetime, minutes: int) -> datetime:
    at = at.astimezone(UTC)
    midnight = at.replace(hour=0, minute=0, second=0, microsecond=0)
    slot = int((at - midnight).total_seconds() // (minutes * 60))
    return midnight + timedelta(minutes=slot * minutes)


@dataclass
class QueueInterval:
    queue: str
    start: datetime
    minutes: int
    target_s: float = DEFAULT_TARGET_S
    offered: int = 0
    answered: int = 0
    abandoned: int = 0
    short_abandoned: int = 0
    answered_in_target: int = 0
    abandoned_after_target: int = 0
    callbacks: int = 0
    wait_answered_s: float = 0.0
    handle_s: float = 0.0  # talk + hold + wrap-up of the answered calls

    def add(self, leg: Leg) -> None:
        if leg.direction == "outbound":
            self.callbacks += 1
            return
        self.offered += 1
        wait = leg.wait_s
        if leg.handled:
            self.answered += 1
            self.wait_answered_s += wait
            self.answered_in_target += wait <= self.target_s
            self.handle_s += leg.talk_s + leg.hold_s + leg.wrap_s
        elif leg.outcome == "abandoned":
            self.abandoned += 1
            if wait < SHORT_ABANDON_S:
                self.short_abandoned += 1
            elif wait > self.target_s:
                self.abandoned_after_target += 1

    @property
    def service_level(self) -> float | None:
        return _ratio(self.answered_in_target, self.answered + self.abandoned_after_target)

    @property
    def asa_s(self) -> float | None:
        return _ratio(self.wait_answered_s, self.answered)

    @property
    def aht_s(self) -> float | None:
        return _ratio(self.handle_s, self.answered)

    @property
    def abandon_rate(self) -> float | None:
        # callbacks were never counted in ``offered``: nothing to take off for them here
        return _ratio(self.abandoned - self.short_abandoned, self.offered - self.short_abandoned)

    def as_json(self) -> dict[str, object]:
        def r(v: float | None, n: int = 3) -> float | None:
            return None if v is None else round(v, n)

        return {
            "queue": self.queue,
            "start": self.start.isoformat(),
            "minutes": self.minutes,
            "target_s": self.target_s,
            "offered": self.offered,
            "answered": self.answered,
            "abandoned": self.abandoned,
            "short_abandoned": self.short_abandoned,
            "answered_in_target": self.answered_in_target,
            "service_level": r(self.service_level, 6),
            "asa_s": r(self.asa_s),
            "aht_s": r(self.aht_s),
            "abandon_rate": r(self.abandon_rate, 6),
        }


def queue_intervals(
    legs: Iterable[Leg],
    start: datetime,
    end: datetime,
    minutes: int = 30,
    targets: dict[str, float] | None = None,
) -> list[QueueInterval]:
    """Per queue and interval (by the time the call queued), the calls that ended there:
    answered or abandoned legs (and failed ones); missed offers are left to the leg that
    follows. Only intervals with calls are listed, by queue then time."""
    if minutes not in INTERVALS:
        raise ValueError("interval must be 15, 30 or 60 minutes")
    targets = targets or {}
    out: dict[tuple[str, datetime], QueueInterval] = {}
    for leg in legs:
        if leg.outcome == "missed" or not (start <= leg.queued_at < end):
            continue
        key = (leg.queue, interval_start(leg.queued_at, minutes))
        if key not in out:
            out[key] = QueueInterval(leg.queue, key[1], minutes, float(targets.get(leg.queue, DEFAULT_TARGET_S)))
        out[key].add(leg)
    return [out[k] for k in sorted(out)]


def queue_totals(intervals: Sequence[QueueInterval]) -> list[QueueInterval]:
    """The intervals summed per queue (start: the first interval's)."""
    totals: dict[str, QueueInterval] = {}
    for iv in intervals:
        t = totals.setdefault(iv.queue, QueueInterval(iv.queue, iv.start, 0, iv.target_s))
        for name in (
            "offered",
            "answered",
            "abandoned",
            "short_abandoned",
            "answered_in_target",
            "abandoned_after_target",
            "callbacks",
        ):
            setattr(t, name, getattr(t, name) + getattr(iv, name))
        t.wait_answered_s += iv.wait_answered_s
        t.handle_s += iv.handle_s
    return [totals[k] for k in sorted(totals)]


# -- dispositions ----------------------------------------------------------------------
@dataclass(frozen=True)
class DispositionCount:
    code: str  # "" for calls wrapped up without one
    name: str
    calls: int
    share: float
    aht_s: float | None

    def as_json(self) -> dict[str, object]:
        return {
            "code": self.code,
            "name": self.name,
            "calls": self.calls,
            "share": round(self.share, 6),
            "aht_s": None if self.aht_s is None else round(self.aht_s, 3),
        }


def dispositions(
    legs: Iterable[Leg], start: datetime, end: datetime, names: dict[str, str] | None = None
) -> list[DispositionCount]:
    """Handled calls that queued in [start, end) by disposition code, most frequent first."""
    names = names or {}
    calls: dict[str, int] = defaultdict(int)
    handle: dict[str, float] = defaultdict(float)
    for leg in legs:
        if not leg.handled or not (start <= leg.queued_at < end):
            continue
        code = leg.disposition or ""
        calls[code] += 1
        handle[code] += leg.talk_s + leg.hold_s + leg.wrap_s
    total = sum(calls.values())
    return sorted(
        (DispositionCount(c, names.get(c, c), n, n / total, _ratio(handle[c], n)) for c, n in calls.items()),
        key=lambda d: (-d.calls, d.code),
    )
