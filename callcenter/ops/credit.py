"""Credit-limit changes: propose (applied at once within the proposer's limits, else waiting
for approval), approve or refuse (by someone else whose limits cover it), the customer's
credit timeline and the approval queue. The rules are ``core.credit_limits``; the sync
server enforces the same limits on pushed rows (``sync.rules.credit_limit_approval``)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from callcenter.core import credit_limits as core
from callcenter.core.agents import Identity
from callcenter.core.errors import NotFound
from callcenter.core.money import Money
from callcenter.ops import Done
from callcenter.store import repo
from callcenter.store.db import Store
from callcenter.store.models import CreditLimitChange, Customer, User

CREDIT_TABLES = ("credit_limit_changes", "customers")


@dataclass(frozen=True)
class CreditChangeView:
    change_id: str
    customer_id: str
    old_limit: Money
    new_limit: Money
    reason: str
    status: str
    proposed_by: str  # display name
    proposed_at: datetime
    decided_by: str  # display name, '' while waiting
    decided_at: datetime | None
    comment: str = ""
    may_decide: bool = False  # for the approval queue: whether the asking approver may decide it
    proposed_by_id: str = ""


def _view(row: CreditLimitChange, names: dict[str, str], may_decide: bool = False) -> CreditChangeView:
    return CreditChangeView(
        row.id,
        row.customer_id,
        Money(row.old_limit_minor, row.currency),
        Money(row.new_limit_minor, row.currency),
        row.reason,
        row.status,
        names.get(row.proposed_by, row.proposed_by),
        row.proposed_at,
        names.get(row.decided_by or "", row.decided_by or ""),
        row.decided_at,
        row.comment,
        may_decide,
        row.proposed_by,
    )


def _names(s: Session) -> dict[str, str]:
    return {str(uid): str(name) for uid, name in s.execute(select(User.id, User.display_name)).all()}


def _role(actor: Identity) -> str:
    return str(getattr(actor.role, "value", actor.role))


def propose_credit_limit(
    store: Store,
    actor: Identity,
    customer_id: str,
    new_limit_minor: int,
    reason: str,
    policy: core.CreditPolicy | None = None,
    now: datetime | None = None,
) -> Done[CreditChangeView]:
    """Propose a new credit limit for the customer. Within the proposer's limits it is approved
    and applied at once; above them it waits for an approver. Refusals: ``Invalid`` (limit
    not_negative / unchanged, reason required), ``CreditChangeOverLimit`` (over every approver's
    limits), ``CreditChangeNotPermitted`` (a role without limits), ``NotFound("customer")``."""
    policy = policy or core.CreditPolicy()
    now = now or datetime.now(UTC)
    with store.unit() as u:
        s = u.session
        customer = s.get(Customer, customer_id)
        if customer is None or customer.deleted:
            raise NotFound("customer")
        old = customer.credit_limit_minor or 0
        proposal = core.propose(policy, actor.user_id, _role(actor), old, new_limit_minor, customer.currency, reason)
        row = CreditLimitChange(
            customer_id=customer_id,
            currency=customer.currency,
            old_limit_minor=old,
            new_limit_minor=new_limit_minor,
            reason=reason.strip(),
            status=proposal.status.value,
            proposed_by=actor.user_id,
            proposed_role=_role(actor),
            proposed_at=now,
            decided_by=proposal.decided_by,
            decided_at=now if proposal.decided_by else None,
        )
        s.add(row)
        if proposal.status is core.CreditChangeStatus.APPROVED:
            customer.credit_limit_minor = new_limit_minor
        s.flush()
        repo.add_audit(s, actor.user_id, "propose", "credit_limit", row.id, f"customer {customer_id}; {row.status}")
        view = _view(row, _names(s))
    return Done(view, u.changes)


def decide_credit_limit(
    store: Store,
    actor: Identity,
    change_id: str,
    approve: bool,
    comment: str = "",
    policy: core.CreditPolicy | None = None,
    now: datetime | None = None,
) -> Done[CreditChangeView]:
    """Approve (and apply) or refuse a waiting change. ``IllegalCreditStep`` (not waiting),
    ``CreditChangeNotPermitted`` (own proposal, a role without limits), ``CreditChangeOverLimit``
    (above the approver's limits), ``NotFound("credit_limit_change")``."""
    policy = policy or core.CreditPolicy()
    now = now or datetime.now(UTC)
    with store.unit() as u:
        s = u.session
        row = s.get(CreditLimitChange, change_id)
        if row is None or row.deleted:
            raise NotFound("credit_limit_change")
        core.check_decision(
            policy,
            actor.user_id,
            _role(actor),
            row.status,
            row.proposed_by,
            row.old_limit_minor,
            row.new_limit_minor,
            row.currency,
            approve,
        )
        row.status = (core.CreditChangeStatus.APPROVED if approve else core.CreditChangeStatus.REFUSED).value
        row.decided_by, row.decided_at, row.comment = actor.user_id, now, comment.strip()
        if approve:
            customer = s.get(Customer, row.customer_id)
            if customer is None:
                raise NotFound("customer")
            customer.credit_limit_minor = row.new_limit_minor
        s.flush()
        repo.add_audit(
            s, actor.user_id, "approve" if approve else "refuse", "credit_limit", row.id, f"customer {row.customer_id}"
        )
        view = _view(row, _names(s))
    return Done(view, u.changes)


def credit_timeline(store: Store, customer_id: str) -> list[CreditChangeView]:
    """The customer's credit-limit changes, newest first."""
    with store.session() as s:
        rows = s.scalars(
            select(CreditLimitChange)
            .where(CreditLimitChange.customer_id == customer_id, ~CreditLimitChange.deleted)
            .order_by(CreditLimitChange.proposed_at.desc(), CreditLimitChange.id.desc())
        ).all()
        names = _names(s)
        return [_view(r, names) for r in rows]


def pending_credit_changes(
    store: Store, approver: Identity, policy: core.CreditPolicy | None = None
) -> list[CreditChangeView]:
    """Changes waiting for approval, oldest first, each marked with whether ``approver`` may decide it."""
    policy = policy or core.CreditPolicy()
    role = _role(approver)
    with store.session() as s:
        rows = s.scalars(
            select(CreditLimitChange)
            .where(CreditLimitChange.status == "pending_approval", ~CreditLimitChange.deleted)
            .order_by(CreditLimitChange.proposed_at)
        ).all()
        names = _names(s)
        return [
            _view(
                r,
                names,
                r.proposed_by != approver.user_id and policy.covers(role, r.old_limit_minor, r.new_limit_minor),
            )
            for r in rows
        ]


@dataclass(frozen=True)
class CreditSummary:
    customer_id: str
    display_name: str
    limit: Money
    balance: Money
    timeline: list[CreditChangeView]


def credit_summary(store: Store, actor: Identity, customer_id: str) -> CreditSummary:
    """The customer's credit limit, balance and credit-limit timeline, each waiting change marked
    with whether ``actor`` may decide it. ``NotFound("customer")``."""
    policy = core.CreditPolicy()
    role = _role(actor)
    with store.session() as s:
        customer = s.get(Customer, customer_id)
        if customer is None or customer.deleted:
            raise NotFound("customer")
        summary = (customer.display_name, customer.currency, customer.credit_limit_minor, customer.balance_minor)
    timeline = [
        replace(
            v,
            may_decide=v.status == "pending_approval"
            and v.proposed_by_id != actor.user_id
            and policy.covers(role, v.old_limit.minor, v.new_limit.minor),
        )
        for v in credit_timeline(store, customer_id)
    ]
    name, currency, limit, balance = summary
    return CreditSummary(customer_id, name, Money(limit or 0, currency), Money(balance or 0, currency), timeline)
