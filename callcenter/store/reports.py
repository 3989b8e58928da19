"""Reading what the agent and queue reports need, and writing state changes and call legs.

Rows come out as the plain dataclasses of ``callcenter.core.reports``; the figures are
computed there. Both tables are append-only: a row is added once and never changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
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


_EPOCH = "CAST(round((julianday({0}) - 2440587.5) * 86400000.0) AS INTEGER)"  # epoch milliseconds
_STATE_COLS = (
    "id, agent_id, from_state, from_reason, "
    + _EPOCH.format("started_at")
    + ", "
    + _EPOCH.format("ended_at")
    + ", to_state, to_reason, by"
)


def _dt(text: str | None) -> datetime | None:
    # Stored as UTC text by ``UTCDateTime``; parsed here directly (a month of a large team is
    # hundreds of thousands of rows, and the ORM's per-value conversion is the slow part).
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


def _from_epoch(ms: int) -> datetime:
    # julianday keeps milliseconds (rounded to them in SQL): stored times come back as written
    return datetime.fromtimestamp(ms / 1000, UTC)


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _utc_text(at: datetime) -> str:
    return at.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def state_rows(conn: Connection, start: datetime, end: datetime, agents: Sequence[str] = ()) -> list[StateRow]:
    """The state changes whose left-behind state overlaps [start, end): those made in the
    range, and per agent the first one after it (a state that began inside and ended after);
    plus each agent's latest change of all (marked ``latest``: the state they are in now)."""
    a, b = _utc_text(start), _utc_text(end)
    raw = conn.connection.dbapi_connection
    assert raw is not None
    cur = raw.cursor()
    if agents:
        ids = list(agents)
    else:
        ids = [r[0] for r in cur.execute("SELECT DISTINCT agent_id FROM agent_state_changes")]
    rows: dict[str, tuple[Any, ...]] = {}
    latest: dict[str, str] = {}
    in_range = f"SELECT {_STATE_COLS} FROM agent_state_changes WHERE NOT deleted AND ended_at >= ? AND ended_at < ?"
    for r in cur.execute(in_range, (a, b)):
        if not agents or r[1] in ids:
            rows[r[0]] = r
    after = (
        f"SELECT {_STATE_COLS} FROM agent_state_changes WHERE agent_id = ? AND NOT deleted AND ended_at >= ? "
        "ORDER BY ended_at, hlc LIMIT 1"
    )
    last = (
        f"SELECT {_STATE_COLS} FROM agent_state_changes WHERE agent_id = ? AND NOT deleted "
        "ORDER BY ended_at DESC, hlc DESC LIMIT 1"
    )
    for agent in ids:
        r = cur.execute(after, (agent, b)).fetchone()
        if r is not None and (r[4] if r[4] is not None else r[5]) < end.timestamp() * 1000:
            rows[r[0]] = r
        r = cur.execute(last, (agent,)).fetchone()
        if r is not None:
            latest[agent] = r[0]
            rows[r[0]] = r
    cur.close()
    out = [
        StateRow(
            r[1],
            r[2],
            r[3] or "",
            None if r[4] is None else _from_epoch(r[4]),
            _from_epoch(r[5]),
            r[6],
            r[7] or "",
            r[8] or "agent",
            latest.get(r[1]) == r[0],
        )
        for r in rows.values()
    ]
    out.sort(key=lambda s: (s.agent_id, s.ended_at))
    return out


def legs(conn: Connection, start: datetime, end: datetime) -> list[Leg]:
    """The call legs that queued in [start, end), disposition given as its code."""
    raw = conn.connection.dbapi_connection
    assert raw is not None
    cur = raw.cursor()
    cur.execute(
        "SELECT l.call_ref, l.queue_code, l.agent_id, l.direction, l.queued_at, l.answered_at, l.ended_at,"
        " l.wrap_ended_at, l.hold_seconds, l.outcome, d.code"
        " FROM call_legs l LEFT JOIN disposition_codes d ON d.id = l.disposition_id"
        " WHERE NOT l.deleted AND l.queued_at >= ? AND l.queued_at < ? ORDER BY l.queued_at",
        (_utc_text(start), _utc_text(end)),
    )
    out = [
        Leg(
            r[0] or "",
            r[1] or "",
            r[2] or None,
            r[3],
            _at(r[4]),
            _dt(r[5]),
            _dt(r[6]),
            _dt(r[7]),
            float(r[8] or 0.0),
            r[9],
            r[10],
        )
        for r in cur.fetchall()
    ]
    cur.close()
    return out


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
