"""Calls as the console sees them, and the one interface calls come from.

Until the queue simulator lands, ``ManualCallSource`` ("Ring me") feeds the
console; the simulator implements the same ``CallSource`` protocol.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from callcenter.core.errors import Problem
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


# Call control: what the switch says happened after the console asked for it.
@dataclass(frozen=True)
class CallHeld:
    agent_id: str
    call_id: str


@dataclass(frozen=True)
class CallResumed:
    agent_id: str
    call_id: str


@dataclass(frozen=True)
class CallMuted:
    agent_id: str
    call_id: str
    muted: bool


@dataclass(frozen=True)
class CallTransferred:
    """The caller was handed to ``target`` (``attended``: after a consultation); the
    agent's part of the call is over and wrap-up follows."""

    agent_id: str
    call_id: str
    target: str
    attended: bool = False


@dataclass(frozen=True)
class TransferFailed:
    """The transfer did not happen; the caller is still with the agent (on hold)."""

    agent_id: str
    call_id: str
    problem: CallControlProblem


@dataclass(frozen=True)
class ConsultStarted:
    """A consultation call to ``target`` is being placed; the caller is on hold."""

    agent_id: str
    call_id: str
    consult_id: str
    target: str


@dataclass(frozen=True)
class ConsultAnswered:
    """The consulted party answered: the agent talks to them; complete or cancel next."""

    agent_id: str
    call_id: str
    consult_id: str


@dataclass(frozen=True)
class ConsultEnded:
    """The consultation call ended without a transfer (cancelled, refused, hung up)."""

    agent_id: str
    call_id: str
    consult_id: str
    reason: str = ""


@dataclass(frozen=True)
class DigitsSent:
    agent_id: str
    call_id: str
    digits: str


@dataclass(frozen=True)
class OutboundRinging:
    agent_id: str
    call_id: str


@dataclass(frozen=True)
class OutboundAnswered:
    agent_id: str
    call_id: str


@dataclass(frozen=True)
class OutboundFailed:
    """The outbound call did not connect: ``problem`` says why (``CallControlProblem``
    with reason ``busy``, ``no_answer``, ``not_found``, ``declined``, ``unreachable`` or
    ``rejected`` with ``status``)."""

    agent_id: str
    call_id: str
    problem: CallControlProblem


class CallControlProblem(Problem):
    """A call-control request the switch (or the console's state) refuses. ``reason``:

    - ``no_call``: no call by that id at this agent;
    - ``not_talking``: the call is not answered yet (or already over);
    - ``not_on_hold`` / ``on_hold``: resume of a call not held, or a request a held call refuses;
    - ``no_consult`` / ``consulting``: complete/cancel without a consultation, or a second one;
    - ``bad_target``: a transfer or dial target that is no number or SIP address;
    - ``bad_digits``: DTMF other than 0-9, *, #, A-D;
    - ``busy`` / ``no_answer`` / ``not_found`` / ``declined`` / ``unreachable``: an
      outbound or consultation call did not connect;
    - ``rejected``: any other SIP refusal (``status`` carries the code);
    - ``not_supported``: this call source cannot do it;
    - ``phone_stopped``: the softphone is not running.
    """

    code = "call_control"
    english_template = "the call cannot be controlled ({reason})"

    def __init__(self, reason: str, **extra: Any) -> None:
        super().__init__(reason=reason, **extra)


class DoNotCall(Problem):
    """An outbound call to a customer (or a number of a customer) marked do-not-call:
    refused before any call is placed."""

    code = "do_not_call"
    english_template = "this customer asked not to be called"


CALL_CONTROL_EVENTS: tuple[type, ...] = (
    CallHeld,
    CallResumed,
    CallMuted,
    CallTransferred,
    TransferFailed,
    ConsultStarted,
    ConsultAnswered,
    ConsultEnded,
    DigitsSent,
    OutboundRinging,
    OutboundAnswered,
    OutboundFailed,
)


def failure_reason(status: int) -> CallControlProblem:
    """The problem behind a SIP final status for a call that did not connect."""
    reason = {486: "busy", 600: "busy", 480: "no_answer", 408: "no_answer", 487: "no_answer", 404: "not_found"}
    reason |= {484: "not_found", 604: "not_found", 603: "declined", 503: "unreachable", 502: "unreachable"}
    return CallControlProblem(reason.get(status, "rejected"), status=status)


DTMF_DIGITS = frozenset("0123456789*#ABCD")


def check_digits(digits: str) -> str:
    """The DTMF digits as sent (upper case), or ``CallControlProblem('bad_digits')``."""
    clean = digits.strip().upper()
    if not clean or any(d not in DTMF_DIGITS for d in clean):
        raise CallControlProblem("bad_digits")
    return clean


def check_target(target: str) -> str:
    """A transfer or dial target: a number (digits with an optional leading +, spaces and
    dashes dropped) or a SIP address ``sip:user@host``; ``CallControlProblem('bad_target')``."""
    text = target.strip()
    if text.lower().startswith(("sip:", "sips:")):
        user, at, host = text.partition(":")[2].partition("@")
        if not at or not user or not host or any(c in text for c in ' <>"\r\n,'):
            raise CallControlProblem("bad_target")
        return text
    number = "".join(c for c in text if c not in " -.()")
    body = number[1:] if number.startswith("+") else number
    if not body or not all(c.isdigit() or c in "*#" for c in body) or len(body) > 32:
        raise CallControlProblem("bad_target")
    return number


class CallSource(Protocol):
    """Something that offers calls to agents and tells when callers leave, and that
    carries out the agent's call control. Call-control methods return at once; what the
    switch did comes later as events on ``bus`` (``CallHeld``, ``CallTransferred``,
    ``OutboundAnswered``...). A request the source refuses at once raises
    ``CallControlProblem``."""

    bus: EventBus

    def agent_ready(self, agent_id: str, ready: bool) -> None: ...

    def call_answered(self, agent_id: str, call_id: str) -> None: ...

    def call_talk_ended(self, agent_id: str, call_id: str) -> None:
        """The conversation is over (ended, failed or transferred); wrap-up follows."""

    def call_missed(self, agent_id: str, call_id: str) -> None:
        """The offer rang out at this agent; the source may route the caller elsewhere."""

    def call_ended(self, agent_id: str, call_id: str) -> None:
        """Wrap-up is finished."""

    def reject(self, agent_id: str, call_id: str) -> None:
        """Refuse a ringing offer."""

    # The agent hanging up is ``call_talk_ended`` (answered) or ``reject`` (ringing).

    def hold(self, agent_id: str, call_id: str) -> None: ...

    def resume(self, agent_id: str, call_id: str) -> None: ...

    def mute(self, agent_id: str, call_id: str, muted: bool) -> None: ...

    def transfer_blind(self, agent_id: str, call_id: str, target: str) -> None: ...

    def transfer_attended_start(self, agent_id: str, call_id: str, target: str) -> str:
        """Hold the caller and call ``target``; the consultation call's id."""

    def transfer_attended_complete(self, agent_id: str, call_id: str) -> None:
        """Join the caller to the consulted party (REFER with Replaces on SIP)."""

    def transfer_attended_cancel(self, agent_id: str, call_id: str) -> None:
        """End the consultation; the caller stays on hold until resumed."""

    def send_dtmf(self, agent_id: str, call_id: str, digits: str) -> None: ...

    def dial(self, agent_id: str, number: str, customer_id: str | None = None) -> str:
        """Place an outbound call; its id (events: ``OutboundRinging``,
        ``OutboundAnswered``, ``OutboundFailed``, then ``CallerHungUp`` when the far end leaves)."""


def check_transfer_target(target: str) -> str:
    """A transfer target: ``queue:<code>`` or ``agent:<username>`` (the console's own
    targets), or a number or SIP address (``check_target``)."""
    text = target.strip()
    if text.startswith(("queue:", "agent:")) and len(text) > 6:
        return text
    return check_target(text)


class ConsoleOnlyCallControl:
    """Call control for a source that takes no part in it (a remote live center): hold,
    resume, mute and digits are the console's own business and succeed; a transfer ends
    the agent's part of the call (the source hears the talk end); an outbound call is
    refused with ``CallControlProblem('not_supported')``. A mixin beside the source's offers."""

    bus: EventBus

    def call_missed(self, agent_id: str, call_id: str) -> None:  # the source's own
        raise NotImplementedError

    def call_talk_ended(self, agent_id: str, call_id: str) -> None:  # the source's own
        raise NotImplementedError

    def reject(self, agent_id: str, call_id: str) -> None:
        self.call_missed(agent_id, call_id)

    def hold(self, agent_id: str, call_id: str) -> None:
        self.bus.publish(CallHeld(agent_id, call_id))

    def resume(self, agent_id: str, call_id: str) -> None:
        self.bus.publish(CallResumed(agent_id, call_id))

    def mute(self, agent_id: str, call_id: str, muted: bool) -> None:
        self.bus.publish(CallMuted(agent_id, call_id, muted))

    def transfer_blind(self, agent_id: str, call_id: str, target: str) -> None:
        target = check_transfer_target(target)
        self.call_talk_ended(agent_id, call_id)
        self.bus.publish(CallTransferred(agent_id, call_id, target))

    def transfer_attended_start(self, agent_id: str, call_id: str, target: str) -> str:
        check_transfer_target(target)
        self.hold(agent_id, call_id)
        consult_id = f"consult-{call_id}"
        self.bus.publish(ConsultStarted(agent_id, call_id, consult_id, target))
        return consult_id

    def transfer_attended_complete(self, agent_id: str, call_id: str) -> None:
        self.call_talk_ended(agent_id, call_id)
        self.bus.publish(CallTransferred(agent_id, call_id, "", attended=True))

    def transfer_attended_cancel(self, agent_id: str, call_id: str) -> None:
        self.bus.publish(ConsultEnded(agent_id, call_id, f"consult-{call_id}", "cancelled"))

    def send_dtmf(self, agent_id: str, call_id: str, digits: str) -> None:
        self.bus.publish(DigitsSent(agent_id, call_id, check_digits(digits)))

    def dial(self, agent_id: str, number: str, customer_id: str | None = None) -> str:
        raise CallControlProblem("not_supported")


class ManualCallSource:
    """Rings an agent on demand with a given (or sample) number: demos and tests. Call
    control succeeds at once (there is no far end to refuse it); an outbound call is
    answered at once."""

    def __init__(self, bus: EventBus):
        self.bus = bus
        self.ready: set[str] = set()
        self.calls: dict[str, Call] = {}  # calls offered or dialled, until their wrap-up ends
        self.held: set[str] = set()
        self.muted: set[str] = set()
        self.consults: dict[str, tuple[str, str]] = {}  # call id -> (consult id, target)
        self.digits: dict[str, str] = {}  # DTMF sent on each call (what a far end would hear)
        # calls offered on this bus by anyone (a due callback, a retention call) are this source's too
        bus.subscribe(CallOffered, self._learn)

    def _learn(self, event: CallOffered) -> None:
        self.calls.setdefault(event.call.call_id, event.call)

    def agent_ready(self, agent_id: str, ready: bool) -> None:
        (self.ready.add if ready else self.ready.discard)(agent_id)

    def call_answered(self, agent_id: str, call_id: str) -> None:
        pass

    call_talk_ended = call_missed = call_answered

    def call_ended(self, agent_id: str, call_id: str) -> None:
        self.calls.pop(call_id, None)
        self.held.discard(call_id)
        self.muted.discard(call_id)
        self.consults.pop(call_id, None)

    def reject(self, agent_id: str, call_id: str) -> None:
        pass

    def _known(self, call_id: str) -> Call:
        call = self.calls.get(call_id)
        if call is None:
            raise CallControlProblem("no_call")
        return call

    def hold(self, agent_id: str, call_id: str) -> None:
        self._known(call_id)
        self.held.add(call_id)
        self.bus.publish(CallHeld(agent_id, call_id))

    def resume(self, agent_id: str, call_id: str) -> None:
        self._known(call_id)
        if call_id not in self.held:
            raise CallControlProblem("not_on_hold")
        if call_id in self.consults:
            raise CallControlProblem("consulting")
        self.held.discard(call_id)
        self.bus.publish(CallResumed(agent_id, call_id))

    def mute(self, agent_id: str, call_id: str, muted: bool) -> None:
        self._known(call_id)
        (self.muted.add if muted else self.muted.discard)(call_id)
        self.bus.publish(CallMuted(agent_id, call_id, muted))

    def transfer_blind(self, agent_id: str, call_id: str, target: str) -> None:
        self._known(call_id)
        target = check_transfer_target(target)
        self.bus.publish(CallTransferred(agent_id, call_id, target))

    def transfer_attended_start(self, agent_id: str, call_id: str, target: str) -> str:
        self._known(call_id)
        if call_id in self.consults:
            raise CallControlProblem("consulting")
        target = check_transfer_target(target)
        consult_id = uuid7()
        self.consults[call_id] = (consult_id, target)
        self.held.add(call_id)
        self.bus.publish(CallHeld(agent_id, call_id))
        self.bus.publish(ConsultStarted(agent_id, call_id, consult_id, target))
        return consult_id

    def transfer_attended_complete(self, agent_id: str, call_id: str) -> None:
        self._known(call_id)
        consult = self.consults.pop(call_id, None)
        if consult is None:
            raise CallControlProblem("no_consult")
        self.bus.publish(CallTransferred(agent_id, call_id, consult[1], attended=True))

    def transfer_attended_cancel(self, agent_id: str, call_id: str) -> None:
        self._known(call_id)
        consult = self.consults.pop(call_id, None)
        if consult is None:
            raise CallControlProblem("no_consult")
        self.bus.publish(ConsultEnded(agent_id, call_id, consult[0], "cancelled"))

    def send_dtmf(self, agent_id: str, call_id: str, digits: str) -> None:
        self._known(call_id)
        digits = check_digits(digits)
        self.digits[call_id] = self.digits.get(call_id, "") + digits
        self.bus.publish(DigitsSent(agent_id, call_id, digits))

    def dial(self, agent_id: str, number: str, customer_id: str | None = None) -> str:
        number = check_target(number)
        call = Call(call_id=uuid7(), ani=number, direction="outbound", customer_id=customer_id)
        self.calls[call.call_id] = call
        self.bus.publish(OutboundRinging(agent_id, call.call_id))
        self.bus.publish(OutboundAnswered(agent_id, call.call_id))
        return call.call_id

    def ring(self, agent_id: str, ani: str, queue_code: str = "general") -> Call:
        call = Call(call_id=uuid7(), ani=ani, queue_code=queue_code)
        self.calls[call.call_id] = call
        self.bus.publish(CallOffered(agent_id, call))
        return call

    def hang_up(self, agent_id: str, call_id: str) -> None:
        self.bus.publish(CallerHungUp(agent_id, call_id))
