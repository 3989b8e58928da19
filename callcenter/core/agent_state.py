"""The agent state machine: the one truth for the console, simulator and board.

States follow common ACD practice. Every change goes through ``AgentStateMachine``
which refuses illegal transitions with ``IllegalTransition`` and records each
change as a ``StateChange`` (from, to, reason, time) for time-in-state and audit.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from callcenter.core.errors import IllegalStep


class AgentState(str, enum.Enum):
    LOGGED_OUT = "logged_out"
    AVAILABLE = "available"
    NOT_READY = "not_ready"
    RINGING = "ringing"
    ON_CALL = "on_call"
    ON_HOLD = "on_hold"
    WRAP_UP = "wrap_up"


# Reason codes the system itself sets; user-chosen codes come from the store.
MISSED_CALL = "missed_call"
LOGIN_REASON = "login"
FORCED_REASON = "supervisor"
WRAP_TIMEOUT = "wrap_timeout"

IN_CALL = frozenset({AgentState.RINGING, AgentState.ON_CALL, AgentState.ON_HOLD})


class IllegalTransition(IllegalStep):
    """An action that the agent's current state does not allow: a code (``action``, one of
    the names ``allowed_actions`` uses) and the state, put into words by the front end."""

    code = "illegal_transition"

    def __init__(self, action: str, state: AgentState | str, reason: str = "", **extra: object):
        state = AgentState(state)
        super().__init__(action=action, state=state.value, reason=reason, **extra)
        self.action = action
        self.state = state


class CallOutcome(str, enum.Enum):
    COMPLETED = "completed"
    ABANDONED = "abandoned"  # caller hung up before the agent answered
    FAILED = "failed"  # line dropped / technical failure
    TRANSFERRED = "transferred"
    MISSED = "missed"  # offered, not answered by the agent


# What follows a missed offer below the limit (``AgentConfig.after_missed``).
AFTER_MISSED_PAUSE = "pause"  # Not ready (the missed-call reason) for ``missed_pause_s``, then Available
AFTER_MISSED_AVAILABLE = "available"  # straight back to Available
AFTER_MISSED_NOT_READY = "not_ready"  # Not ready until the agent says otherwise
AFTER_MISSED = (AFTER_MISSED_PAUSE, AFTER_MISSED_AVAILABLE, AFTER_MISSED_NOT_READY)


@dataclass
class AgentConfig:
    """The ring and wrap-up policy the machine follows (``core.policies.RingWrapPolicy``
    is the administered form of it; the console builds this from the store's policy)."""

    wrap_up_timeout_s: float = 60.0
    wrap_up_extend_s: float = 30.0
    after_wrap_up: AgentState = AgentState.AVAILABLE  # or NOT_READY
    after_wrap_reason: str = "after_call"
    max_missed_offers: int = 2  # after this many in a row the agent stays not ready
    missed_pause_s: float = 15.0  # otherwise: not ready this long, then available again
    ring_timeout_s: float = 20.0
    missed_reason: str = MISSED_CALL  # the Not-ready reason a missed offer sets
    after_missed: str = AFTER_MISSED_PAUSE  # below the limit: pause, available or not_ready
    wrap_up_extend_allowed: bool = True


@dataclass(frozen=True)
class StateChange:
    from_state: AgentState
    to_state: AgentState
    reason: str | None
    at: float
    by: str = "agent"
    forced_by: str | None = None  # the supervisor's user id when ``by`` is "supervisor"


@dataclass
class AgentStateMachine:
    agent_id: str
    config: AgentConfig = field(default_factory=AgentConfig)
    clock: Callable[[], float] = time.monotonic
    state: AgentState = AgentState.LOGGED_OUT
    reason: str | None = None
    since: float = 0.0
    call_id: str | None = None
    missed_in_row: int = 0
    wrap_deadline: float | None = None
    auto_return_at: float | None = None  # set after a missed offer (below the limit)
    consulting: str | None = None  # warm-transfer target while consulting
    pending: tuple[AgentState, str | None] | None = None  # a supervisor's forced state after the call
    pending_by: str | None = None  # who forced ``pending`` (a user id), when known
    history: list[StateChange] = field(default_factory=list)
    listeners: list[Callable[[StateChange], None]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.since = self.clock()

    # -- queries -----------------------------------------------------------
    def time_in_state(self) -> float:
        return max(0.0, self.clock() - self.since)

    def can_take_call(self) -> bool:
        return self.state is AgentState.AVAILABLE

    def allowed_actions(self) -> set[str]:
        s = self.state
        actions = {
            AgentState.LOGGED_OUT: {"login"},
            AgentState.AVAILABLE: {"not_ready", "logout", "offer", "offer_outbound"},
            AgentState.NOT_READY: {"available", "not_ready", "logout", "offer_outbound"},
            AgentState.RINGING: {"answer", "reject", "miss", "caller_hangup"},
            AgentState.ON_CALL: {"hold", "end", "caller_hangup", "fail", "blind_transfer", "consult"},
            AgentState.ON_HOLD: {"resume", "end", "caller_hangup", "fail", "blind_transfer", "consult"},
            AgentState.WRAP_UP: {"finish_wrap_up", "extend_wrap_up"},
        }[s]
        if s is AgentState.WRAP_UP and not self.config.wrap_up_extend_allowed:
            actions = actions - {"extend_wrap_up"}
        if self.consulting:
            actions |= {"complete_transfer", "cancel_consult"}
        return actions

    # -- internals ---------------------------------------------------------
    def _require(self, action: str, *states: AgentState) -> None:
        if self.state not in states:
            raise IllegalTransition(action, self.state)

    def _go(
        self, to: AgentState, reason: str | None = None, by: str = "agent", forced_by: str | None = None
    ) -> StateChange:
        now = self.clock()
        change = StateChange(self.state, to, reason, now, by, forced_by)
        self.state, self.reason, self.since = to, reason, now
        # Any change cancels a pending return-after-missed-offer; ``miss`` sets a new one.
        self.auto_return_at = None
        self.history.append(change)
        for fn in list(self.listeners):
            fn(change)
        return change

    def _apply_pending(self) -> StateChange:
        assert self.pending is not None
        to, reason = self.pending
        forced_by, self.pending, self.pending_by = self.pending_by, None, None
        if to is AgentState.AVAILABLE:
            self.missed_in_row = 0
        return self._go(to, reason, by="supervisor", forced_by=forced_by)

    def _to_wrap_up(self) -> StateChange:
        self.consulting = None
        self.wrap_deadline = self.clock() + self.config.wrap_up_timeout_s
        return self._go(AgentState.WRAP_UP)

    # -- agent actions -----------------------------------------------------
    def login(self, available: bool = False) -> StateChange:
        self._require("login", AgentState.LOGGED_OUT)
        self.missed_in_row = 0
        if available:
            return self._go(AgentState.AVAILABLE)
        return self._go(AgentState.NOT_READY, LOGIN_REASON)

    def set_available(self) -> StateChange:
        self._require("available", AgentState.NOT_READY)
        self.missed_in_row = 0
        return self._go(AgentState.AVAILABLE)

    def set_not_ready(self, reason: str) -> StateChange:
        if not reason:
            raise ValueError("a not-ready state needs a reason code")
        self._require("not_ready", AgentState.AVAILABLE, AgentState.NOT_READY)
        return self._go(AgentState.NOT_READY, reason)

    def logout(self) -> StateChange:
        self._require("logout", AgentState.AVAILABLE, AgentState.NOT_READY)
        return self._go(AgentState.LOGGED_OUT)

    def offer(self, call_id: str) -> StateChange:
        """The ACD offers a call: the console rings."""
        self._require("offer", AgentState.AVAILABLE)
        self.call_id = call_id
        return self._go(AgentState.RINGING)

    def offer_outbound(self, call_id: str) -> StateChange:
        """An agent-initiated or scheduled outbound call (callback)."""
        self._require("offer_outbound", AgentState.AVAILABLE, AgentState.NOT_READY)
        self.call_id = call_id
        return self._go(AgentState.ON_CALL, "outbound")

    def answer(self) -> StateChange:
        self._require("answer", AgentState.RINGING)
        self.missed_in_row = 0
        return self._go(AgentState.ON_CALL)

    def miss(self) -> StateChange:
        """The offer rang out (or was rejected). At the policy's limit of missed offers in a
        row: Not ready with its reason, until the agent says otherwise. Below it, as the
        policy says: Not ready for a pause then Available, straight back to Available, or
        Not ready."""
        self._require("miss", AgentState.RINGING)
        self.missed_in_row += 1
        self.call_id = None
        if self.pending:  # a supervisor forced a state "after the call": there is no call now
            return self._apply_pending()
        cfg = self.config
        reason = cfg.missed_reason or MISSED_CALL
        if self.missed_in_row >= cfg.max_missed_offers or cfg.after_missed == AFTER_MISSED_NOT_READY:
            return self._go(AgentState.NOT_READY, reason, by="system")
        if cfg.after_missed == AFTER_MISSED_AVAILABLE:
            return self._go(AgentState.AVAILABLE, None, by="system")
        change = self._go(AgentState.NOT_READY, reason, by="system")
        self.auto_return_at = self.clock() + cfg.missed_pause_s
        return change

    reject = miss

    def callback_rang_out(self) -> StateChange:
        """An outbound callback offered to the agent rang out before they placed it. No caller
        waited, so it is no missed offer (the count and the Missed-call pause stay as they
        are): back to Available, the callback still due."""
        self._require("miss", AgentState.RINGING)
        self.call_id = None
        if self.pending:
            return self._apply_pending()
        return self._go(AgentState.AVAILABLE, None, by="system")

    def hold(self) -> StateChange:
        self._require("hold", AgentState.ON_CALL)
        return self._go(AgentState.ON_HOLD)

    def resume(self) -> StateChange:
        self._require("resume", AgentState.ON_HOLD)
        self.consulting = None
        return self._go(AgentState.ON_CALL)

    def end(self) -> StateChange:
        self._require("end", AgentState.ON_CALL, AgentState.ON_HOLD)
        return self._to_wrap_up()

    def caller_hangup(self) -> StateChange:
        """The caller left: while ringing this is an abandon; either way wrap-up follows."""
        self._require("caller_hangup", *IN_CALL)
        return self._to_wrap_up()

    def fail(self) -> StateChange:
        """The line failed mid-call; the record is kept and wrap-up follows."""
        self._require("fail", AgentState.ON_CALL, AgentState.ON_HOLD)
        return self._to_wrap_up()

    def blind_transfer(self, target: str) -> StateChange:
        self._require("blind_transfer", AgentState.ON_CALL, AgentState.ON_HOLD)
        if not target:
            raise ValueError("a transfer needs a target")
        return self._to_wrap_up()

    def consult(self, target: str) -> StateChange:
        """Warm transfer, step one: the caller waits on hold while the agent talks to the target."""
        self._require("consult", AgentState.ON_CALL, AgentState.ON_HOLD)
        if not target:
            raise ValueError("a transfer needs a target")
        self.consulting = target
        if self.state is AgentState.ON_CALL:
            return self._go(AgentState.ON_HOLD, "consult")
        return self.history[-1]

    def complete_transfer(self) -> StateChange:
        if not self.consulting:
            raise IllegalTransition("complete_transfer", self.state)
        return self._to_wrap_up()

    def cancel_consult(self) -> StateChange:
        if not self.consulting:
            raise IllegalTransition("cancel_consult", self.state)
        return self.resume()

    def extend_wrap_up(self) -> float:
        self._require("extend_wrap_up", AgentState.WRAP_UP)
        if not self.config.wrap_up_extend_allowed:
            raise IllegalTransition("extend_wrap_up", self.state, reason="not_allowed")
        self.wrap_deadline = max(self.wrap_deadline or 0.0, self.clock()) + self.config.wrap_up_extend_s
        return self.wrap_deadline

    def finish_wrap_up(self, timed_out: bool = False) -> StateChange:
        self._require("finish_wrap_up", AgentState.WRAP_UP)
        self.call_id = None
        self.wrap_deadline = None
        if self.pending:
            return self._apply_pending()
        by = "system" if timed_out else "agent"
        if self.config.after_wrap_up is AgentState.NOT_READY:
            return self._go(AgentState.NOT_READY, self.config.after_wrap_reason, by=by)
        return self._go(AgentState.AVAILABLE, None, by=by)

    # -- time-driven -------------------------------------------------------
    def tick(self) -> StateChange | None:
        """Apply timers: wrap-up timeout and return after a missed offer."""
        now = self.clock()
        if self.state is AgentState.WRAP_UP and self.wrap_deadline is not None and now >= self.wrap_deadline:
            return self.finish_wrap_up(timed_out=True)
        if (
            self.state is AgentState.NOT_READY
            and self.reason == (self.config.missed_reason or MISSED_CALL)
            and self.auto_return_at is not None
            and now >= self.auto_return_at
        ):
            self.auto_return_at = None
            return self._go(AgentState.AVAILABLE, None, by="system")
        return None

    # -- supervisor --------------------------------------------------------
    def force(self, to: AgentState, reason: str | None = None, by_user: str | None = None) -> StateChange | None:
        """A supervisor (``by_user``: their user id, when known) forces a state. During a call
        (ringing, talking, on hold) or its wrap-up it applies when the wrap-up ends."""
        if to not in (AgentState.AVAILABLE, AgentState.NOT_READY, AgentState.LOGGED_OUT):
            raise ValueError("a supervisor can force Available, Not ready or Logged out")
        if to is AgentState.NOT_READY and not reason:
            reason = FORCED_REASON
        if self.state in IN_CALL or self.state is AgentState.WRAP_UP:
            self.pending, self.pending_by = (to, reason), by_user
            return None
        if to is AgentState.AVAILABLE:
            self.missed_in_row = 0
        return self._go(to, reason, by="supervisor", forced_by=by_user)
