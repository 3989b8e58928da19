"""Complaint handling after ISO 10002: the case workflow, its timeline and deadlines.

A ``ComplaintCase`` holds the facts of one complaint; every change goes through a
``ComplaintWorkflow`` which refuses illegal actions with ``IllegalComplaintTransition``
(an ``IllegalStep``: the action, the state and a reason code) and input it cannot take
with ``ComplaintInvalid`` (an ``Invalid``: field -> reason code), and appends one
``CaseEvent`` per successful action to the case's append-only ``Timeline``. Nothing is
ever deleted: corrections and notes are new events. A stored case comes back with
``ComplaintCase.restore`` (its facts and its recorded events).

States::

    received -> acknowledged -> assessed -> investigating -> resolution_proposed
    resolution_proposed -> customer_accepted | customer_rejected
    customer_rejected -> investigating            (try again)
    customer_accepted | customer_rejected -> closed   (closing a rejected case needs a comment)
    closed -> follow_up_done
    closed -> investigating                       (reopen; a new resolve deadline starts)

Decisions:
- *Escalation does not change the state.* It raises ``escalation_level`` and is
  recorded as an event whose from_state equals its to_state. Moving the case to
  investigating would skip acknowledgement/assessment, which ISO 10002 wants done
  whatever the escalation; the supervisor decides the next step.
- Escalate, assign/hand over, notes, corrections and deadline-breach flags are
  "non-moving" events (from_state == to_state); they still go on the timeline.
- Open states are everything before ``closed``. Escalation is only legal while open.
- ``follow_up_done`` is final; a complaint that comes back after that is a new case.
- A satisfaction survey can be recorded once per closing (closed or follow_up_done).
- Event times never go backwards on a timeline.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any, Protocol, overload

from callcenter.core.business_calendar import BusinessCalendar
from callcenter.core.errors import IllegalStep, Invalid


class ComplaintState(str, enum.Enum):
    RECEIVED = "received"
    ACKNOWLEDGED = "acknowledged"
    ASSESSED = "assessed"
    INVESTIGATING = "investigating"
    RESOLUTION_PROPOSED = "resolution_proposed"
    CUSTOMER_ACCEPTED = "customer_accepted"
    CUSTOMER_REJECTED = "customer_rejected"
    CLOSED = "closed"
    FOLLOW_UP_DONE = "follow_up_done"


S = ComplaintState
OPEN_STATES = frozenset(
    {
        S.RECEIVED,
        S.ACKNOWLEDGED,
        S.ASSESSED,
        S.INVESTIGATING,
        S.RESOLUTION_PROPOSED,
        S.CUSTOMER_ACCEPTED,
        S.CUSTOMER_REJECTED,
    }
)
CLOSED_STATES = frozenset({S.CLOSED, S.FOLLOW_UP_DONE})
# The same, as the text the store keeps in its state column (for SQL and plain records).
CLOSED_STATE_VALUES: tuple[str, ...] = tuple(sorted(s.value for s in CLOSED_STATES))


class Severity(str, enum.Enum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class DeadlineState(str, enum.Enum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    BREACHED = "breached"


# Moving actions: action -> {from_state: to_state}
TRANSITIONS: Mapping[str, Mapping[ComplaintState, ComplaintState]] = MappingProxyType(
    {
        "acknowledge": {S.RECEIVED: S.ACKNOWLEDGED},
        "assess": {S.ACKNOWLEDGED: S.ASSESSED},
        "investigate": {S.ASSESSED: S.INVESTIGATING, S.CUSTOMER_REJECTED: S.INVESTIGATING},
        "propose_resolution": {S.INVESTIGATING: S.RESOLUTION_PROPOSED},
        "customer_accepts": {S.RESOLUTION_PROPOSED: S.CUSTOMER_ACCEPTED},
        "customer_rejects": {S.RESOLUTION_PROPOSED: S.CUSTOMER_REJECTED},
        "close": {S.CUSTOMER_ACCEPTED: S.CLOSED, S.CUSTOMER_REJECTED: S.CLOSED},
        "follow_up": {S.CLOSED: S.FOLLOW_UP_DONE},
        "reopen": {S.CLOSED: S.INVESTIGATING},
    }
)

# Non-moving actions: the states in which each is legal.
STAYING_ACTIONS: Mapping[str, frozenset[ComplaintState]] = MappingProxyType(
    {
        "escalate": OPEN_STATES,
        "assign": frozenset(ComplaintState) - {S.FOLLOW_UP_DONE},
        "note": frozenset(ComplaintState),
        "correct": frozenset(ComplaintState),
        "survey": CLOSED_STATES,
    }
)

_WORDS = {
    "acknowledge": "acknowledge",
    "assess": "assess",
    "investigate": "start investigating",
    "propose_resolution": "propose a resolution",
    "customer_accepts": "record the customer's acceptance",
    "customer_rejects": "record the customer's rejection",
    "close": "close",
    "follow_up": "finish the follow-up",
    "reopen": "reopen",
    "escalate": "escalate",
    "assign": "assign",
    "note": "add a note",
    "correct": "correct",
    "survey": "record a satisfaction survey",
}


def allowed_actions(state: ComplaintState) -> set[str]:
    moving = {a for a, table in TRANSITIONS.items() if state in table}
    staying = {a for a, states in STAYING_ACTIONS.items() if state in states}
    return moving | staying


# Why a step was refused beyond "not in this state" (reason codes; English for the log).
REASONS: Mapping[str, str] = MappingProxyType(
    {
        "rejected_needs_comment": "say why the case is closed although the customer rejected the resolution",
        "only_open": "only open cases can be escalated",
        "survey_after_closing": "the survey comes after closing",
        "survey_recorded": "a survey is already recorded for this closing; correct it instead",
    }
)


class IllegalComplaintTransition(IllegalStep):
    """An action the case's current state does not allow: ``action``, ``state`` (its
    value) and an optional ``reason`` code (see ``REASONS``)."""

    def __init__(self, action: str, state: ComplaintState | str, reason: str = "", **extra: Any) -> None:
        super().__init__(action=action, state=ComplaintState(state).value, reason=reason, **extra)

    @property
    def action(self) -> str:
        return str(self.params["action"])

    @property
    def state(self) -> ComplaintState:
        return ComplaintState(self.params["state"])

    def english(self) -> str:
        action, state = str(self.params["action"]), str(self.params["state"])
        message = f"cannot {_WORDS.get(action, action)} a complaint that is {state.replace('_', ' ')}"
        reason = str(self.params.get("reason") or "")
        return f"{message}: {REASONS.get(reason, reason)}" if reason else message


# Input a step cannot take: (field, reason code) -> English for the log and the CLI.
_INVALID_ENGLISH: Mapping[tuple[str, str], str] = MappingProxyType(
    {
        ("proposal", "required"): "describe the resolution offered to the customer",
        ("owner", "required"): "assign the case to an agent or a team",
        ("owner", "unchanged"): "the case is already assigned there",
        ("comment", "required"): "a note cannot be empty",
        ("correction", "required"): "say what the correction is",
        ("seq", "unknown_event"): "there is no such event on this case",
        ("csat", "out_of_range"): "satisfaction (CSAT) must be a whole number from 1 to 5",
        ("would_buy_again", "yes_or_no"): "would-buy-again must be yes or no",
    }
)


class ComplaintInvalid(Invalid, ValueError):
    """What was typed for a step cannot be taken: ``fields`` maps a field to a reason code.
    Also a ``ValueError``: it is a value the step refuses."""

    @property
    def errors(self) -> dict[str, str]:
        return dict(self.params["fields"])

    def english(self) -> str:
        fields: Mapping[str, str] = self.params.get("fields") or {}
        return "; ".join(_INVALID_ENGLISH.get((f, r), f"{f.replace('_', ' ')}: {r}") for f, r in fields.items())


@dataclass(frozen=True)
class CaseEvent:
    at: datetime
    actor: str
    action: str
    from_state: ComplaintState
    to_state: ComplaintState
    comment: str = ""
    data: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    seq: int = 0


class Timeline:
    """An append-only list of events: it can be read, never edited or shortened."""

    __slots__ = ("_events",)

    def __init__(self, events: Iterable[CaseEvent] = ()) -> None:
        """An empty timeline, or one holding ``events`` as recorded (in order, times never
        going backwards: a stored timeline is checked as it comes back)."""
        self._events: list[CaseEvent] = []
        for event in events:
            self._append(event)

    def _append(self, event: CaseEvent) -> None:
        if self._events and event.at < self._events[-1].at:
            raise ValueError("an event cannot be earlier than the previous one on the timeline")
        self._events.append(event)

    def __len__(self) -> int:
        return len(self._events)

    def __iter__(self) -> Iterator[CaseEvent]:
        return iter(tuple(self._events))

    @overload
    def __getitem__(self, index: int) -> CaseEvent: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[CaseEvent, ...]: ...
    def __getitem__(self, index: int | slice) -> CaseEvent | tuple[CaseEvent, ...]:
        return tuple(self._events)[index]

    @property
    def last(self) -> CaseEvent | None:
        return self._events[-1] if self._events else None

    def actions(self) -> list[str]:
        return [e.action for e in self._events]


@dataclass(frozen=True)
class SeverityDeadlines:
    acknowledge_within_h: float
    resolve_within_h: float


DEFAULT_DEADLINES: Mapping[Severity, SeverityDeadlines] = MappingProxyType(
    {
        Severity.LOW: SeverityDeadlines(16, 80),  # 2 and 10 working days of 8 hours
        Severity.MEDIUM: SeverityDeadlines(8, 40),
        Severity.HIGH: SeverityDeadlines(4, 16),
        Severity.CRITICAL: SeverityDeadlines(1, 8),
    }
)


@dataclass
class ComplaintConfig:
    calendar: BusinessCalendar = field(default_factory=BusinessCalendar)
    deadlines: Mapping[Severity, SeverityDeadlines] = field(default_factory=lambda: dict(DEFAULT_DEADLINES))
    at_risk_fraction: float = 0.2  # at risk when less than this share of the window is left

    def __post_init__(self) -> None:
        if not 0 <= self.at_risk_fraction <= 1:
            raise ValueError("the at-risk fraction must be between 0 and 1")
        missing = set(Severity) - set(self.deadlines)
        if missing:
            raise ValueError(f"deadlines are missing for: {', '.join(sorted(m.value for m in missing))}")
        for sev, d in self.deadlines.items():
            if d.acknowledge_within_h <= 0 or d.resolve_within_h <= 0:
                raise ValueError(f"deadlines for {Severity(sev).value} must be positive")


@dataclass
class ComplaintCase:
    case_id: str
    customer_id: str
    severity: Severity
    received_at: datetime
    category: str = ""
    channel: str = "phone"
    customer_words: str = ""
    desired_outcome: str = ""
    interaction_id: str | None = None
    order_id: str | None = None
    state: ComplaintState = ComplaintState.RECEIVED
    assigned_agent: str | None = None
    assigned_team: str | None = None
    escalation_level: int = 0
    needs_supervisor: bool = False
    acknowledge_due: datetime | None = None
    resolve_due: datetime | None = None
    resolve_window_start: datetime | None = None
    timeline: Timeline = field(default_factory=Timeline)
    flagged_breaches: set[str] = field(default_factory=set)

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "timeline" and "timeline" in self.__dict__:
            raise AttributeError("a case's timeline cannot be replaced; add events instead")
        super().__setattr__(name, value)

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def owner(self) -> str | None:
        return self.assigned_agent or self.assigned_team

    @property
    def survey(self) -> Mapping[str, Any] | None:
        """The latest satisfaction survey (corrections are new survey events), or None."""
        for event in reversed(tuple(self.timeline)):
            if event.action == "survey":
                return event.data
        return None

    @classmethod
    def restore(
        cls, *, events: Iterable[CaseEvent] = (), flagged_breaches: Iterable[str] = (), **facts: Any
    ) -> ComplaintCase:
        """A stored case as it was: its facts (the dataclass fields) and its recorded events."""
        return cls(timeline=Timeline(events), flagged_breaches=set(flagged_breaches), **facts)


class DeadlineFacts(Protocol):
    """What the deadline rules read of a case (a ``ComplaintCase``, or a list row's facts)."""

    @property
    def state(self) -> ComplaintState: ...
    @property
    def received_at(self) -> datetime: ...
    @property
    def acknowledge_due(self) -> datetime | None: ...
    @property
    def resolve_due(self) -> datetime | None: ...
    @property
    def resolve_window_start(self) -> datetime | None: ...


@dataclass(frozen=True)
class CaseDeadlines:
    """A case's deadline facts on their own (for lists that do not load the whole case)."""

    state: ComplaintState
    received_at: datetime
    acknowledge_due: datetime | None = None
    resolve_due: datetime | None = None
    resolve_window_start: datetime | None = None


@dataclass(frozen=True)
class BreachNotice:
    """Tell the owner and the supervisors' queue that a deadline has passed."""

    case_id: str
    kind: str  # "acknowledge" or "resolve"
    due: datetime
    owner: str | None
    escalation_level: int


def _aware(value: datetime, name: str = "time") -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime (use UTC)")
    return value.astimezone(UTC)


def _now() -> datetime:
    return datetime.now(UTC)


class ComplaintWorkflow:
    """Every legal action on a case, each checked and recorded on its timeline."""

    def __init__(self, config: ComplaintConfig | None = None, clock: Callable[[], datetime] = _now):
        self.config = config or ComplaintConfig()
        self.clock = clock

    # -- internals ---------------------------------------------------------
    def _time(self, at: datetime | None) -> datetime:
        return _aware(at if at is not None else self.clock())

    @staticmethod
    def _actor(actor: str) -> str:
        if not isinstance(actor, str) or not actor.strip():
            raise ValueError("every action needs the name of who did it")
        return actor.strip()

    def _record(
        self,
        case: ComplaintCase,
        action: str,
        actor: str,
        to: ComplaintState,
        at: datetime,
        comment: str = "",
        data: Mapping[str, Any] | None = None,
    ) -> CaseEvent:
        event = CaseEvent(
            at,
            actor,
            action,
            case.state,
            to,
            comment or "",
            MappingProxyType(dict(data or {})),
            seq=len(case.timeline) + 1,
        )
        case.timeline._append(event)  # refuses time going backwards before anything changes
        case.state = to
        return event

    def _move(
        self,
        case: ComplaintCase,
        action: str,
        actor: str,
        at: datetime | None,
        comment: str = "",
        data: Mapping[str, Any] | None = None,
    ) -> CaseEvent:
        table = TRANSITIONS[action]
        if case.state not in table:
            raise IllegalComplaintTransition(action, case.state)
        return self._record(case, action, self._actor(actor), table[case.state], self._time(at), comment, data)

    def _stay(
        self,
        case: ComplaintCase,
        action: str,
        actor: str,
        at: datetime | None,
        comment: str = "",
        data: Mapping[str, Any] | None = None,
    ) -> CaseEvent:
        if case.state not in STAYING_ACTIONS[action]:
            raise IllegalComplaintTransition(action, case.state)
        return self._record(case, action, self._actor(actor), case.state, self._time(at), comment, data)

    def _deadlines(self, severity: Severity) -> SeverityDeadlines:
        return self.config.deadlines[Severity(severity)]

    # -- capture -----------------------------------------------------------
    def open_case(
        self,
        case_id: str,
        customer_id: str,
        severity: Severity | str,
        actor: str,
        at: datetime | None = None,
        comment: str = "",
        **details: Any,
    ) -> ComplaintCase:
        """Create a case in ``received`` with its deadlines; the first event is 'receive'."""
        if not case_id or not customer_id:
            raise ValueError("a complaint needs a case id and a customer")
        severity = Severity(severity)
        at = self._time(at)
        cal, d = self.config.calendar, self._deadlines(severity)
        case = ComplaintCase(case_id=case_id, customer_id=customer_id, severity=severity, received_at=at, **details)
        case.acknowledge_due = cal.add_business_hours(at, d.acknowledge_within_h)
        case.resolve_due = cal.add_business_hours(at, d.resolve_within_h)
        case.resolve_window_start = at
        self._record(
            case,
            "receive",
            self._actor(actor),
            ComplaintState.RECEIVED,
            at,
            comment,
            {
                "severity": severity.value,
                "acknowledge_due": case.acknowledge_due.isoformat(),
                "resolve_due": case.resolve_due.isoformat(),
            },
        )
        return case

    # -- moving actions ----------------------------------------------------
    def acknowledge(self, case: ComplaintCase, actor: str, at: datetime | None = None, comment: str = "") -> CaseEvent:
        return self._move(case, "acknowledge", actor, at, comment)

    def assess(
        self,
        case: ComplaintCase,
        actor: str,
        at: datetime | None = None,
        comment: str = "",
        severity: Severity | str | None = None,
    ) -> CaseEvent:
        """Assess the case; a new severity recomputes the deadlines from when it was received."""
        if case.state not in TRANSITIONS["assess"]:
            raise IllegalComplaintTransition("assess", case.state)
        data: dict[str, Any] = {}
        new_sev = Severity(severity) if severity is not None else case.severity
        if new_sev is not case.severity:
            d, cal = self._deadlines(new_sev), self.config.calendar
            ack_due = cal.add_business_hours(case.received_at, d.acknowledge_within_h)
            res_due = cal.add_business_hours(case.resolve_window_start or case.received_at, d.resolve_within_h)
            data = {
                "severity_from": case.severity.value,
                "severity": new_sev.value,
                "acknowledge_due": ack_due.isoformat(),
                "resolve_due": res_due.isoformat(),
            }
        event = self._move(case, "assess", actor, at, comment, data)
        if data:
            case.severity, case.acknowledge_due, case.resolve_due = new_sev, ack_due, res_due
        return event

    def investigate(self, case: ComplaintCase, actor: str, at: datetime | None = None, comment: str = "") -> CaseEvent:
        return self._move(case, "investigate", actor, at, comment)

    def propose_resolution(
        self, case: ComplaintCase, actor: str, proposal: str, at: datetime | None = None
    ) -> CaseEvent:
        if case.state not in TRANSITIONS["propose_resolution"]:
            raise IllegalComplaintTransition("propose_resolution", case.state)
        if not proposal or not proposal.strip():
            raise ComplaintInvalid({"proposal": "required"})
        return self._move(case, "propose_resolution", actor, at, proposal.strip())

    def customer_accepts(
        self, case: ComplaintCase, actor: str, at: datetime | None = None, comment: str = ""
    ) -> CaseEvent:
        return self._move(case, "customer_accepts", actor, at, comment)

    def customer_rejects(
        self, case: ComplaintCase, actor: str, at: datetime | None = None, comment: str = ""
    ) -> CaseEvent:
        return self._move(case, "customer_rejects", actor, at, comment)

    def close(
        self,
        case: ComplaintCase,
        actor: str,
        at: datetime | None = None,
        comment: str = "",
        root_cause: str | None = None,
    ) -> CaseEvent:
        if case.state not in TRANSITIONS["close"]:
            raise IllegalComplaintTransition("close", case.state)
        if case.state is ComplaintState.CUSTOMER_REJECTED and not (comment or "").strip():
            raise IllegalComplaintTransition("close", case.state, "rejected_needs_comment")
        data = {"root_cause": root_cause} if root_cause else None
        event = self._move(case, "close", actor, at, comment, data)
        case.needs_supervisor = False
        return event

    def follow_up(self, case: ComplaintCase, actor: str, at: datetime | None = None, comment: str = "") -> CaseEvent:
        return self._move(case, "follow_up", actor, at, comment)

    def reopen(self, case: ComplaintCase, actor: str, at: datetime | None = None, comment: str = "") -> CaseEvent:
        """Back to investigating; the resolve deadline starts again from now."""
        if case.state not in TRANSITIONS["reopen"]:
            raise IllegalComplaintTransition("reopen", case.state)
        at = self._time(at)
        due = self.config.calendar.add_business_hours(at, self._deadlines(case.severity).resolve_within_h)
        event = self._move(case, "reopen", actor, at, comment, {"resolve_due": due.isoformat()})
        case.resolve_window_start, case.resolve_due = at, due
        return event

    def apply(
        self, case: ComplaintCase, action: str, actor: str, at: datetime | None = None, comment: str = ""
    ) -> CaseEvent:
        """Apply a state-changing action by name (for tables, menus and tests)."""
        if action not in TRANSITIONS:
            raise ValueError(f"unknown complaint action {action!r}")
        if action == "propose_resolution":
            return self.propose_resolution(case, actor, comment or "resolution", at)
        step: Callable[..., CaseEvent] = getattr(self, action)
        return step(case, actor, at=at, comment=comment)

    # -- staying actions ---------------------------------------------------
    def escalate(
        self, case: ComplaintCase, actor: str, at: datetime | None = None, comment: str = "", reason: str = "manual"
    ) -> CaseEvent:
        """One level up and onto the supervisors' queue; the state does not change."""
        if case.state not in STAYING_ACTIONS["escalate"]:
            raise IllegalComplaintTransition("escalate", case.state, "only_open")
        event = self._stay(case, "escalate", actor, at, comment, {"level": case.escalation_level + 1, "reason": reason})
        case.escalation_level += 1
        case.needs_supervisor = True
        return event

    def assign(
        self,
        case: ComplaintCase,
        actor: str,
        agent: str | None = None,
        team: str | None = None,
        at: datetime | None = None,
        comment: str = "",
    ) -> CaseEvent:
        """Assign to an agent and/or a team; a change of owner is a handover, history kept."""
        if case.state not in STAYING_ACTIONS["assign"]:
            raise IllegalComplaintTransition("assign", case.state)
        if not agent and not team:
            raise ComplaintInvalid({"owner": "required"})
        agent = agent or None
        team = team if team is not None else (case.assigned_team if agent else None)
        if (agent, team) == (case.assigned_agent, case.assigned_team):
            raise ComplaintInvalid({"owner": "unchanged"})
        handover = case.assigned_agent is not None or case.assigned_team is not None
        data = {
            "handover": handover,
            "from_agent": case.assigned_agent,
            "from_team": case.assigned_team,
            "to_agent": agent,
            "to_team": team,
        }
        event = self._stay(case, "assign", actor, at, comment, data)
        case.assigned_agent, case.assigned_team = agent, team
        return event

    def note(self, case: ComplaintCase, actor: str, comment: str, at: datetime | None = None) -> CaseEvent:
        if not comment or not comment.strip():
            raise ComplaintInvalid({"comment": "required"})
        return self._stay(case, "note", actor, at, comment.strip())

    def correct(
        self, case: ComplaintCase, actor: str, seq: int, comment: str, at: datetime | None = None, **fields: Any
    ) -> CaseEvent:
        """Correct an earlier event: the original stays, the correction is a new event."""
        if not any(e.seq == seq for e in case.timeline):
            raise ComplaintInvalid({"seq": "unknown_event"})
        if not comment or not comment.strip():
            raise ComplaintInvalid({"correction": "required"})
        return self._stay(case, "correct", actor, at, comment.strip(), {"corrects": seq, **fields})

    def record_survey(
        self,
        case: ComplaintCase,
        actor: str,
        csat: int,
        would_buy_again: bool,
        at: datetime | None = None,
        comment: str = "",
    ) -> CaseEvent:
        if case.state not in STAYING_ACTIONS["survey"]:
            raise IllegalComplaintTransition("survey", case.state, "survey_after_closing")
        if isinstance(csat, bool) or not isinstance(csat, int) or not 1 <= csat <= 5:
            raise ComplaintInvalid({"csat": "out_of_range"})
        if not isinstance(would_buy_again, bool):
            raise ComplaintInvalid({"would_buy_again": "yes_or_no"})
        last_close = max(i for i, e in enumerate(case.timeline) if e.action == "close")
        if any(e.action == "survey" for e in case.timeline[last_close + 1 :]):
            raise IllegalComplaintTransition("survey", case.state, "survey_recorded")
        return self._stay(case, "survey", actor, at, comment, {"csat": csat, "would_buy_again": would_buy_again})

    # -- deadlines ---------------------------------------------------------
    def pending_deadline(self, case: DeadlineFacts) -> tuple[str, datetime, datetime | None] | None:
        """(kind, window start, due) of the deadline that currently applies, or None when closed."""
        if case.state is ComplaintState.RECEIVED:
            return "acknowledge", case.received_at, case.acknowledge_due
        if case.state in OPEN_STATES:
            return "resolve", case.resolve_window_start or case.received_at, case.resolve_due
        return None

    def current_deadline(
        self, case: DeadlineFacts, now: datetime | None = None
    ) -> tuple[str, datetime, DeadlineState] | None:
        """(kind, due, on_track/at_risk/breached) of the deadline that applies now; None when the
        case is closed or has no due date (a record written before deadlines were kept). Works on
        a whole case or on its deadline facts alone (``CaseDeadlines``)."""
        pending = self.pending_deadline(case)
        if pending is None:
            return None
        kind, start, due = pending
        if due is None:
            return None
        return kind, due, self._window_state(start, due, self._time(now))

    def _window_state(self, start: datetime, due: datetime, now: datetime) -> DeadlineState:
        if now >= due:
            return DeadlineState.BREACHED
        cal = self.config.calendar
        total = cal.business_hours_between(start, due)
        left = cal.business_hours_between(max(now, start), due)
        if total > 0 and left / total < self.config.at_risk_fraction:
            return DeadlineState.AT_RISK
        return DeadlineState.ON_TRACK

    def deadline_state(self, case: ComplaintCase, now: datetime | None = None) -> DeadlineState:
        """on_track / at_risk / breached for an open case.

        A closed case reports whether its last closing met the resolve deadline
        (breached if it closed late, on_track otherwise).
        """
        now = self._time(now)
        pending = self.pending_deadline(case)
        if pending is None:
            closed_at = next(e.at for e in reversed(tuple(case.timeline)) if e.action == "close")
            late = case.resolve_due is not None and closed_at > case.resolve_due
            return DeadlineState.BREACHED if late else DeadlineState.ON_TRACK
        _, start, due = pending
        return DeadlineState.ON_TRACK if due is None else self._window_state(start, due, now)

    def check_deadlines(
        self, cases: Iterable[ComplaintCase], now: datetime | None = None, actor: str = "system"
    ) -> list[BreachNotice]:
        """Escalate each open case whose current deadline has passed, once per deadline."""
        now = self._time(now)
        notices = []
        for case in cases:
            pending = self.pending_deadline(case)
            if pending is None or self.deadline_state(case, now) is not DeadlineState.BREACHED:
                continue
            kind, _, due = pending
            if due is None:
                continue
            key = breach_key(kind, due)
            if key in case.flagged_breaches:
                continue
            at = max(now, case.timeline.last.at) if case.timeline.last else now
            self.escalate(case, actor, at=at, comment=f"{kind} deadline passed", reason=f"breach_{kind}")
            case.flagged_breaches.add(key)
            notices.append(BreachNotice(case.case_id, kind, due, case.owner, case.escalation_level))
        return notices


def breach_key(kind: str, due: datetime) -> str:
    """How a flagged breach is remembered on a case: one escalation per deadline."""
    return f"{kind}@{due.isoformat()}"


def supervisor_queue(
    cases: Iterable[ComplaintCase], workflow: ComplaintWorkflow, now: datetime | None = None
) -> list[ComplaintCase]:
    """Open cases that are escalated or breached, most urgent (earliest due) first."""
    out = [
        c
        for c in cases
        if c.is_open and (c.needs_supervisor or workflow.deadline_state(c, now) is DeadlineState.BREACHED)
    ]

    def urgency(c: ComplaintCase) -> tuple[int, datetime]:
        pending = workflow.pending_deadline(c)
        return -c.escalation_level, (pending[2] if pending and pending[2] else datetime.max.replace(tzinfo=UTC))

    return sorted(out, key=urgency)
