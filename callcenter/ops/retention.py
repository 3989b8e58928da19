"""Retention calls: the calls a supervisor assigns (``ops.analytics.assign_retention_call``)
to keep a valuable customer at risk of leaving. The assigned agent sees them in the
console's worklist, places them like a callback and marks them done (or the customer
could not be reached: it stays scheduled, a later due time).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from callcenter.core.agents import Identity
from callcenter.core.errors import IllegalStep, Invalid, NotFound, NotPermitted
from callcenter.ops import Done
from callcenter.store.db import Store

RETENTION_TABLES = ("retention_calls",)
OUTCOMES = ("kept", "lost", "no_answer")  # no_answer: try again later (stays scheduled)
RETRY_AFTER = timedelta(hours=4)
_MANAGERS = {"supervisor", "admin"}


@dataclass(frozen=True)
class RetentionTask:
    """One scheduled retention call as the agent's worklist shows it."""

    retention_id: str
    customer_id: str
    customer_name: str
    phone: str  # E.164 of the primary number ("" when there is none)
    due_at: datetime
    churn_risk: int
    note: str
    assigned_by: str  # the supervisor's display name


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def my_retention_calls(store: Store, actor: Identity) -> list[RetentionTask]:
    """Every retention call scheduled for ``actor``, earliest first."""
    from sqlalchemy import select

    from callcenter.store.models import Customer, Phone, RetentionCall, User

    with store.session() as s:
        rows = s.execute(
            select(RetentionCall, Customer.display_name, User.display_name)
            .join(Customer, Customer.id == RetentionCall.customer_id)
            .outerjoin(User, User.id == RetentionCall.assigned_by)
            .where(
                RetentionCall.owner_id == actor.user_id,
                RetentionCall.status == "scheduled",
                RetentionCall.deleted.is_(False),
            )
            .order_by(RetentionCall.due_at)
        ).all()
        ids = list({r[0].customer_id for r in rows})
        phones: dict[str, str] = {}
        if ids:
            for cid, e164, _primary in s.execute(
                select(Phone.customer_id, Phone.e164, Phone.is_primary)
                .where(Phone.customer_id.in_(ids), Phone.deleted.is_(False))
                .order_by(Phone.is_primary.desc())
            ):
                if e164 and cid not in phones:
                    phones[cid] = e164
        return [
            RetentionTask(
                call.id,
                call.customer_id,
                name or "",
                phones.get(call.customer_id, ""),
                _aware(call.due_at),
                call.churn_risk,
                call.note or "",
                by or "",
            )
            for call, name, by in rows
        ]


def complete_retention_call(
    store: Store,
    actor: Identity,
    retention_id: str,
    outcome: str = "kept",
    note: str = "",
    now: datetime | None = None,
) -> Done[str]:
    """The agent made the call: ``kept`` or ``lost`` close it (status done); ``no_answer``
    keeps it scheduled and moves it ``RETRY_AFTER`` later. Only its agent or a supervisor."""
    from callcenter.store.models import AuditLog, RetentionCall

    if outcome not in OUTCOMES:
        raise Invalid({"outcome": "unknown"})
    if len(note) > 2000:
        raise Invalid({"note": "too_long"})
    now = now or datetime.now(UTC)
    role = str(getattr(actor.role, "value", actor.role))
    with store.unit() as u:
        s = u.session
        row = s.get(RetentionCall, retention_id)
        if row is None or row.deleted:
            raise NotFound("retention_call")
        if row.owner_id != actor.user_id and role not in _MANAGERS:
            raise NotPermitted("complete_retention_call", role)
        if row.status != "scheduled":
            raise IllegalStep("complete_retention_call", row.status)
        if outcome == "no_answer":
            row.due_at = now + RETRY_AFTER
        else:
            row.status = "done"
        if note:
            row.note = f"{row.note}\n{note}".strip() if row.note else note
        s.add(
            AuditLog(
                user_id=actor.user_id,
                action="complete_retention_call",
                entity="customer",
                entity_id=row.customer_id,
                detail=f"{row.id} {outcome}",
            )
        )
    return Done(row.status, u.changes)
