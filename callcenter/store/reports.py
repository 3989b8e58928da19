"""Reading what the agent and queue reports need, and writing state changes and call legs.

Rows come out as the plain dataclasses of ``callcenter.core.reports``; the figures are
computed there. Both tables are append-only: a row is added once and never changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from callcenter.core.reports import Leg, StateRow
from callcenter.store.models import AgentStateChange, CallLeg, DispositionCode, Queue, User


def add_state_change(s: Session, **fields: object) -> AgentStateChange:
    row = AgentStateChange(**fields)
    s.add(row)
    s.flush()
    return row


def add_call_leg(s: Session, **fields: object) -> CallLeg:
    row = CallLeg(**fields)
    s.add(row)
    s.flush()
    return row


def state_rows(conn: Connection, start: datetime, end: datetime, agents: Sequence[str] = ()) -> list[StateRow]:
    """The state changes whose left-behind state overlaps [start, end), and each agent's
    latest change of all (marked ``latest``: the state they are in now)."""
    t = AgentStateChange.__table__
    overlap = (
        select(t)
        .where(t.c.deleted.is_(False), t.c.ended_at >= start, func.coalesce(t.c.started_at, t.c.ended_at) < end)
        .order_by(t.c.agent_id, t.c.ended_at, t.c.hlc)
    )
    last = (
        select(t.c.agent_id, func.max(t.c.ended_at).label("at"))
        .where(t.c.deleted.is_(False))
        .group_by(t.c.agent_id)
        .subquery()
    )
    latest_q = (
        select(t)
        .join(last, (last.c.agent_id == t.c.agent_id) & (last.c.at == t.c.ended_at))
        .where(t.c.deleted.is_(False))
        .order_by(t.c.agent_id, t.c.hlc)
    )
    if agents:
        overlap = overlap.where(t.c.agent_id.in_(list(agents)))
        latest_q = latest_q.where(t.c.agent_id.in_(list(agents)))
    latest: dict[str, str] = {}
    latest_rows: dict[str, Any] = {}
    for r in conn.execute(latest_q):
        latest[r.agent_id] = r.id  # the last by stamp when two share a time
        latest_rows[r.agent_id] = r
    out: list[StateRow] = []
    seen = set()
    for r in list(conn.execute(overlap)) + list(latest_rows.values()):
        if r.id in seen:
            continue
        seen.add(r.id)
        out.append(_state(r, latest.get(r.agent_id) == r.id))
    return out


def _state(r: Any, latest: bool) -> StateRow:
    return StateRow(
        r.agent_id,
        r.from_state,
        r.from_reason or "",
        r.started_at,
        r.ended_at,
        r.to_state,
        r.to_reason or "",
        r.by or "agent",
        latest,
    )


def legs(conn: Connection, start: datetime, end: datetime) -> list[Leg]:
    """The call legs that queued in [start, end), disposition given as its code."""
    t, d = CallLeg.__table__, DispositionCode.__table__
    q = (
        select(t, d.c.code.label("disposition_code"))
        .outerjoin(d, d.c.id == t.c.disposition_id)
        .where(t.c.deleted.is_(False), t.c.queued_at >= start, t.c.queued_at < end)
        .order_by(t.c.queued_at)
    )
    return [
        Leg(
            r.call_ref,
            r.queue_code or "",
            r.agent_id or None,
            r.direction,
            r.queued_at,
            r.answered_at,
            r.ended_at,
            r.wrap_ended_at,
            float(r.hold_seconds or 0.0),
            r.outcome,
            r.disposition_code,
        )
        for r in conn.execute(q)
    ]


def agent_names(conn: Connection) -> dict[str, str]:
    u = User.__table__
    return {r.id: r.display_name for r in conn.execute(select(u.c.id, u.c.display_name))}


def queue_targets(conn: Connection) -> dict[str, float]:
    q = Queue.__table__
    return {
        r.code: float(r.service_level_seconds)
        for r in conn.execute(select(q.c.code, q.c.service_level_seconds).where(q.c.deleted.is_(False)))
    }


def queue_names(conn: Connection, lang: str) -> dict[str, str]:
    q = Queue.__table__
    return {
        r.code: (r.name_zh if lang.startswith("zh") and r.name_zh else r.name_en)
        for r in conn.execute(select(q.c.code, q.c.name_en, q.c.name_zh))
    }


def disposition_names(conn: Connection, lang: str) -> dict[str, str]:
    d = DispositionCode.__table__
    return {
        r.code: (r.name_zh if lang.startswith("zh") and r.name_zh else r.name_en)
        for r in conn.execute(select(d.c.code, d.c.name_en, d.c.name_zh))
    }


def reason_names(conn: Connection, lang: str) -> dict[str, str]:
    from callcenter.store.models import ReasonCode

    r_ = ReasonCode.__table__
    return {
        r.code: (r.name_zh if lang.startswith("zh") and r.name_zh else r.name_en)
        for r in conn.execute(select(r_.c.code, r_.c.name_en, r_.c.name_zh))
    }


__all__ = [
    "add_call_leg",
    "add_state_change",
    "agent_names",
    "disposition_names",
    "legs",
    "queue_names",
    "queue_targets",
    "reason_names",
    "state_rows",
]
