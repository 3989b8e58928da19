"""Recording what agents do: every state change and every call leg, in the store and synced.

The console calls these through ``run_op(..., write=True)`` as each change happens (the
state machine lives in memory; these rows are what the reports and other consoles see).
Both tables are append-only: each row is written once, when the state or the leg is over.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from callcenter.core.agents import Identity
from callcenter.core.calls import Call
from callcenter.core.errors import NotPermitted
from callcenter.core.roles import can_see_sensitive
from callcenter.ops import Done
from callcenter.store import reports as report_store
from callcenter.store.db import Store


@dataclass(frozen=True)
class StateRecord:
    """A change as the console saw it, in wall time (UTC)."""

    agent_id: str
    from_state: str
    from_reason: str | None
    started_at: datetime | None  # when ``from_state`` began; None for the first change
    ended_at: datetime
    to_state: str
    to_reason: str | None
    by: str = "agent"  # agent | system | supervisor
    call_ref: str = ""
    forced_by: str | None = None  # adminpol: the supervisor's user id when ``by`` is "supervisor"


def _own(actor: Identity, agent_id: str | None, action: str) -> None:
    # A console records its own agent; supervisors' and admins' consoles may record others.
    if agent_id not in (None, actor.user_id) and not can_see_sensitive(actor.role):
        raise NotPermitted(action, actor.role.value)


def record_state_change(store: Store, actor: Identity, change: StateRecord) -> Done[str]:
    """Store one state change; returns its row id."""
    _own(actor, change.agent_id, "record_state")
    with store.unit() as u:
        row = report_store.add_state_change(
            u.session,
            agent_id=change.agent_id,
            from_state=change.from_state,
            from_reason=change.from_reason or "",
            started_at=change.started_at,
            ended_at=change.ended_at,
            to_state=change.to_state,
            to_reason=change.to_reason or "",
            by=change.by,
            call_ref=change.call_ref[:64],
            forced_by=change.forced_by,
        )
    return Done(row.id, u.changes)


def record_call_leg(
    store: Store,
    actor: Identity,
    call: Call,
    *,
    agent_id: str | None = None,
    wrap_ended_at: datetime | None = None,
    disposition_id: str | None = None,
    queued_at: datetime | None = None,
) -> Done[str]:
    """Store one finished leg of ``call`` handled by ``agent_id`` (default: the actor; "" for
    a leg no person handled, e.g. a caller who gave up in the queue)."""
    agent = actor.user_id if agent_id is None else agent_id
    _own(actor, agent or None, "record_call")
    with store.unit() as u:
        row = report_store.add_call_leg(
            u.session,
            call_ref=call.call_id[:64],
            interaction_id=call.interaction_id,
            direction=call.direction,
            queue_code=call.queue_code or "",
            agent_id=agent or None,
            queued_at=queued_at or call.offered_at,
            offered_at=call.offered_at,
            answered_at=call.answered_at,
            ended_at=call.ended_at,
            wrap_ended_at=wrap_ended_at,
            hold_seconds=float(call.hold_seconds),
            outcome=call.outcome,
            disposition_id=disposition_id,
        )
    return Done(row.id, u.changes)
