"""Plain events the simulator publishes through ``Simulation(on_event=...)``.

Times ``t`` are simulation seconds. Call ids are ints, unique within one simulation;
agent ids are the agents' names. Agent states are ``callcenter.core.agent_state.AgentState``
so the console, the board and the simulator speak of the same states. Events are only
built when a listener is attached, so batch runs pay nothing for them.
"""

from __future__ import annotations

from dataclasses import dataclass

from callcenter.core.agent_state import AgentState


@dataclass(frozen=True)
class CallArrived:
    t: float
    call_id: int
    queue: str


@dataclass(frozen=True)
class CallQueued:
    t: float
    call_id: int
    queue: str
    expected_wait_s: float


@dataclass(frozen=True)
class CallbackAccepted:
    t: float
    call_id: int
    queue: str
    expected_wait_s: float


@dataclass(frozen=True)
class CallOverflowed:
    t: float
    call_id: int
    from_queue: str
    to_queue: str


@dataclass(frozen=True)
class CallRouted:
    """The router gave the call to an agent: it rings there (a simulated agent answers at once).

    Not ``core.calls.CallOffered``, which is a call offered to a person's console: a
    ``SimCallSource`` turns the routings to a joined person into those."""

    t: float
    call_id: int
    queue: str
    agent_id: str
    callback: bool = False


@dataclass(frozen=True)
class CallAnswered:
    t: float
    call_id: int
    queue: str
    agent_id: str
    wait_s: float
    callback: bool = False


@dataclass(frozen=True)
class CallAbandoned:
    t: float
    call_id: int
    queue: str
    wait_s: float
    agent_id: str | None = None  # set when the caller hung up while it rang at this agent


@dataclass(frozen=True)
class CallTransferred:
    """A person handed the call to another queue (blind): it waits there again."""

    t: float
    call_id: int
    queue: str
    to_queue: str
    agent_id: str


@dataclass(frozen=True)
class CallEnded:
    t: float
    call_id: int
    queue: str
    agent_id: str
    talk_s: float


@dataclass(frozen=True)
class AgentStateChanged:
    t: float
    agent_id: str
    state: AgentState
    reason: str | None = None


SimEvent = (
    CallArrived
    | CallQueued
    | CallbackAccepted
    | CallOverflowed
    | CallRouted
    | CallAnswered
    | CallAbandoned
    | CallEnded
    | AgentStateChanged
)
