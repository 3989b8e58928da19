"""Calls as the console sees them, and the one interface calls come from.

Until the queue simulator lands, ``ManualCallSource`` ("Ring me") feeds the
console; the simulator implements the same ``CallSource`` protocol.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from callcenter.core.events import EventBus
from callcenter.core.ids import uuid7


@dataclass
class Call:
    call_id: str
    ani: str  # exactly as the network delivered it
    queue_code: str = ""
    direction: str = "inbound"
    offered_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    answered_at: datetime | None = None
    ended_at: datetime | None = None
    hold_started: datetime | None = None
    hold_seconds: float = 0.0
    hold_count: int = 0
    outcome: str = "completed"
    transferred_to: str = ""
    interaction_id: str | None = None
    customer_id: str | None = None


# Events published on the bus by a call source.
@dataclass(frozen=True)
class CallOffered:
    agent_id: str
    call: Call


@dataclass(frozen=True)
class CallerHungUp:
    agent_id: str
    call_id: str


@dataclass(frozen=True)
class StateForced:
    """A supervisor forced an agent's state (``available``, ``not_ready`` or ``logged_out``):
    the agent's console applies it to its state machine at once, or after the call."""

    agent_id: str
    state: str
    reason: str | None = None


class CallSource(Protocol):
    """Something that offers calls to agents and tells when callers leave."""

    bus: EventBus

    def agent_ready(self, agent_id: str, ready: bool) -> None: ...

    def call_answered(self, agent_id: str, call_id: str) -> None: ...

    def call_talk_ended(self, agent_id: str, call_id: str) -> None:
        """The conversation is over (ended, failed or transferred); wrap-up follows."""

    def call_missed(self, agent_id: str, call_id: str) -> None:
        """The offer rang out at this agent; the source may route the caller elsewhere."""

    def call_ended(self, agent_id: str, call_id: str) -> None:
        """Wrap-up is finished."""


class ManualCallSource:
    """Rings an agent on demand with a given (or sample) number: demos and tests."""

    def __init__(self, bus: EventBus):
        self.bus = bus
        self.ready: set[str] = set()

    def agent_ready(self, agent_id: str, ready: bool) -> None:
        (self.ready.add if ready else self.ready.discard)(agent_id)

    def call_answered(self, agent_id: str, call_id: str) -> None:
        pass

    call_talk_ended = call_missed = call_ended = call_answered

    def ring(self, agent_id: str, ani: str, queue_code: str = "general") -> Call:
        call = Call(call_id=uuid7(), ani=ani, queue_code=queue_code)
        self.bus.publish(CallOffered(agent_id, call))
        return call

    def hang_up(self, agent_id: str, call_id: str) -> None:
        self.bus.publish(CallerHungUp(agent_id, call_id))
