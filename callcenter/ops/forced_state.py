"""A supervisor forcing the state of an agent whose console runs on another machine.

The supervisor's op writes a ``forced_state_requests`` row (pending); sync carries it to
the server, which refuses it unless the signed-in user supervises that agent's team or is
an admin (``sync.rules.forced_state``, judged from the server's own users), and on to the
agent's console with its next pull. That console reads its pending requests
(``pending_for``), applies each to its state machine — at once, or when the current call's
wrap-up ends (an agent is never torn off a call) — records the change with who forced it
(``agent_activity.record_state_change``, ``forced_by``) and marks the request
(``mark_request``: after_call, then applied), which syncs back to the supervisor's board.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from callcenter.core.agents import Identity
from callcenter.core.errors import IllegalStep, Invalid, NotFound, NotPermitted
from callcenter.core.roles import Role
from callcenter.ops import Done
from callcenter.store import repo
from callcenter.store.db import Store
from callcenter.store.models import AgentStateChange, ForcedStateRequest, User

STATES = ("available", "not_ready", "logged_out")
PENDING, AFTER_CALL, APPLIED, CANCELLED = "pending", "after_call", "applied", "cancelled"
OPEN = (PENDING, AFTER_CALL)
TABLES = ("forced_state_requests", "agent_state_changes", "users")


@dataclass(frozen=True)
class ForceRequest:
    id: str
    agent_id: str
    requested_by: str
    requested_by_name: str
    state: str
    reason: str
    status: str
    requested_at: datetime
    applied_at: datetime | None


@dataclass(frozen=True)
class TeamAgent:
    """An agent of the supervisor's team as the store knows them (their last recorded
    state, whichever machine they are on) and the latest forced-state request for them."""

    agent_id: str
    name: str
    team: str
    state: str  # "" when nothing is recorded yet
    reason: str
    since: datetime | None
    request: ForceRequest | None


def _now() -> datetime:
    return datetime.now(UTC)


def _may_force(actor: Identity, me: User | None, agent: User | None) -> None:
    """The same judgement as the server's (``sync.rules.supervises``), on this console's copy."""
    if actor.role is Role.ADMIN and agent is not None:
        return
    if actor.role is not Role.SUPERVISOR:
        raise NotPermitted("force_state", actor.role.value)
    if agent is None or agent.deleted or agent.role != "agent":
        raise NotFound("agent")
    if (me.team if me else "") != agent.team:
        raise NotPermitted("force_state_team", actor.role.value)


def request_force(store: Store, actor: Identity, agent_id: str, state: str, reason: str = "") -> Done[str]:
    """Ask ``agent_id``'s console to go ``state`` (Not ready with ``reason``). Raises
    ``NotPermitted`` (not a supervisor of their team), ``NotFound``, ``Invalid``."""
    if state not in STATES:
        raise Invalid({"state": "unknown"})
    if state == "not_ready" and not reason:
        reason = "supervisor"
    with store.unit() as u:
        s = u.session
        _may_force(actor, s.get(User, actor.user_id), s.get(User, agent_id))
        for old in s.scalars(
            select(ForcedStateRequest).where(
                ForcedStateRequest.agent_id == agent_id,
                ForcedStateRequest.status == PENDING,
                ~ForcedStateRequest.deleted,
            )
        ):
            old.status = CANCELLED  # the newest ask replaces one the console has not seen yet
        row = ForcedStateRequest(
            agent_id=agent_id,
            requested_by=actor.user_id,
            state=state,
            reason=reason if state == "not_ready" else "",
            status=PENDING,
            requested_at=_now(),
        )
        s.add(row)
        s.flush()
        repo.add_audit(s, actor.user_id, "force_state", "user", agent_id, f"{state} {row.reason}".strip())
    return Done(row.id, u.changes)


def cancel_request(store: Store, actor: Identity, request_id: str) -> Done[str]:
    with store.unit() as u:
        s = u.session
        row = s.get(ForcedStateRequest, request_id)
        if row is None or row.deleted:
            raise NotFound("forced_state")
        _may_force(actor, s.get(User, actor.user_id), s.get(User, row.agent_id))
        if row.status not in OPEN:
            raise IllegalStep("cancel_force", row.status)
        row.status = CANCELLED
        repo.add_audit(s, actor.user_id, "cancel_force_state", "user", row.agent_id, row.state)
    return Done(request_id, u.changes)


def _view(r: ForcedStateRequest, names: dict[str, str]) -> ForceRequest:
    return ForceRequest(
        r.id,
        r.agent_id,
        r.requested_by,
        names.get(r.requested_by, ""),
        r.state,
        r.reason,
        r.status,
        r.requested_at,
        r.applied_at,
    )


def pending_for(store: Store, actor: Identity) -> list[ForceRequest]:
    """The signed-in agent's open requests, oldest first (what their console must apply)."""
    with store.session() as s:
        rows = s.scalars(
            select(ForcedStateRequest)
            .where(
                ForcedStateRequest.agent_id == actor.user_id,
                ForcedStateRequest.status.in_(OPEN),
                ~ForcedStateRequest.deleted,
            )
            .order_by(ForcedStateRequest.requested_at)
        ).all()
        names = dict(s.execute(select(User.id, User.display_name)).all())
        return [_view(r, names) for r in rows]


def mark_request(store: Store, actor: Identity, request_id: str, status: str) -> Done[str]:
    """The agent's console says how far a request got: ``after_call`` (waiting for the call
    and its wrap-up to end) or ``applied``."""
    if status not in (AFTER_CALL, APPLIED):
        raise Invalid({"status": "unknown"})
    with store.unit() as u:
        row = u.session.get(ForcedStateRequest, request_id)
        if row is None or row.deleted:
            raise NotFound("forced_state")
        if row.agent_id != actor.user_id:
            raise NotPermitted("apply_force", actor.role.value)
        if row.status in (APPLIED, CANCELLED) or (row.status == AFTER_CALL and status == AFTER_CALL):
            return Done(request_id, u.changes)
        row.status = status
        if status == APPLIED:
            row.applied_at = _now()
    return Done(request_id, u.changes)


def team_agents(store: Store, actor: Identity) -> list[TeamAgent]:
    """The agents this supervisor may force (an admin: every agent), by name, each with their
    last recorded state and latest request."""
    if actor.role not in (Role.ADMIN, Role.SUPERVISOR):
        raise NotPermitted("force_state", actor.role.value)
    with store.session() as s:
        me = s.get(User, actor.user_id)
        q = select(User).where(~User.deleted, User.active, User.role == "agent").order_by(User.display_name)
        if actor.role is Role.SUPERVISOR:
            q = q.where(User.team == (me.team if me else ""))
        agents = s.scalars(q).all()
        ids = [a.id for a in agents]
        names = dict(s.execute(select(User.id, User.display_name)).all())
        last = (
            select(AgentStateChange.agent_id, func.max(AgentStateChange.ended_at).label("at"))
            .where(AgentStateChange.agent_id.in_(ids), ~AgentStateChange.deleted)
            .group_by(AgentStateChange.agent_id)
            .subquery()
        )
        states = {
            c.agent_id: c
            for c in s.scalars(
                select(AgentStateChange).join(
                    last, (AgentStateChange.agent_id == last.c.agent_id) & (AgentStateChange.ended_at == last.c.at)
                )
            )
        }
        requests: dict[str, ForcedStateRequest] = {}
        for r in s.scalars(
            select(ForcedStateRequest)
            .where(ForcedStateRequest.agent_id.in_(ids), ~ForcedStateRequest.deleted)
            .order_by(ForcedStateRequest.requested_at)
        ):
            requests[r.agent_id] = r
        out = []
        for a in agents:
            c = states.get(a.id)
            req = requests.get(a.id)
            out.append(
                TeamAgent(
                    a.id,
                    a.display_name,
                    a.team,
                    c.to_state if c else "",
                    c.to_reason if c else "",
                    c.ended_at if c else None,
                    _view(req, names) if req else None,
                )
            )
        return out
