"""Reading and purging the audit log (who viewed or changed which record, from which console).

``audit_log`` is synced and append-only: every console holds the rows of all consoles. A
purge removes this console's copy of old rows (the server keeps its own); rows still
waiting to be pushed are kept while the console syncs with a server, so none is lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.engine import Connection

from callcenter.store.models import AuditLog, ChangeLog, Complaint, Customer, User


@dataclass(frozen=True)
class AuditEntry:
    id: str
    at: datetime
    user_id: str | None
    user_name: str
    action: str
    entity: str
    entity_id: str | None
    detail: str
    console: str  # the device the row was written on
    record: str = ""  # the record's own number when it has one (account, case), else its id


@dataclass(frozen=True)
class AuditQuery:
    start: datetime | None = None
    end: datetime | None = None
    user_id: str | None = None
    action: str | None = None
    entity: str | None = None
    text: str = ""  # in the detail, the record id or the user's name
    limit: int = 2000


def search(conn: Connection, q: AuditQuery) -> list[AuditEntry]:
    a, u, c, k = AuditLog.__table__, User.__table__, Customer.__table__, Complaint.__table__
    stmt = (
        select(a, u.c.display_name, c.c.account_no, k.c.case_no)
        .outerjoin(u, u.c.id == a.c.user_id)
        .outerjoin(c, (a.c.entity == "customer") & (c.c.id == a.c.entity_id))
        .outerjoin(k, (a.c.entity == "complaint") & (k.c.id == a.c.entity_id))
        .where(a.c.deleted.is_(False))
    )
    if q.start is not None:
        stmt = stmt.where(a.c.at >= q.start)
    if q.end is not None:
        stmt = stmt.where(a.c.at < q.end)
    if q.user_id:
        stmt = stmt.where(a.c.user_id == q.user_id)
    if q.action:
        stmt = stmt.where(a.c.action == q.action)
    if q.entity:
        stmt = stmt.where(a.c.entity == q.entity)
    if q.text.strip():
        like = "%" + q.text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        stmt = stmt.where(
            or_(
                a.c.detail.like(like, escape="\\"),
                a.c.entity_id.like(like, escape="\\"),
                u.c.display_name.like(like, escape="\\"),
                u.c.username.like(like, escape="\\"),
                c.c.account_no.like(like, escape="\\"),
                k.c.case_no.like(like, escape="\\"),
            )
        )
    stmt = stmt.order_by(a.c.at.desc(), a.c.hlc.desc()).limit(q.limit)
    return [
        AuditEntry(
            r.id,
            r.at,
            r.user_id,
            r.display_name or "",
            r.action,
            r.entity,
            r.entity_id,
            r.detail or "",
            r.origin,
            r.account_no or r.case_no or r.entity_id or "",
        )
        for r in conn.execute(stmt)
    ]


def choices(conn: Connection) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """What the filters offer: (user id, name) of users with audit rows, actions, entities."""
    a, u = AuditLog.__table__, User.__table__
    users = conn.execute(
        select(u.c.id, u.c.display_name).where(u.c.id.in_(select(a.c.user_id).distinct())).order_by(u.c.display_name)
    ).all()
    actions = conn.execute(select(a.c.action).distinct().order_by(a.c.action)).scalars().all()
    entities = conn.execute(select(a.c.entity).distinct().order_by(a.c.entity)).scalars().all()
    return [(r.id, r.display_name) for r in users], list(actions), list(entities)


def purge_before(conn: Connection, cutoff: datetime, keep_unpushed: bool) -> int:
    """Delete this console's audit rows older than ``cutoff``; returns how many."""
    a, c = AuditLog.__table__, ChangeLog.__table__
    waiting = select(c.c.row_id).where(c.c.table_name == "audit_log", c.c.pushed.is_(False))
    cond = a.c.at < cutoff
    if keep_unpushed:
        cond = and_(cond, a.c.id.not_in(waiting))
    ids = conn.execute(select(a.c.id).where(cond)).scalars().all()
    if not ids:
        return 0
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        conn.execute(delete(ChangeLog).where(ChangeLog.table_name == "audit_log", ChangeLog.row_id.in_(chunk)))
        conn.execute(delete(AuditLog).where(AuditLog.id.in_(chunk)))
    return len(ids)


def count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(AuditLog.__table__)).scalar_one())
