"""Customer intelligence use cases: recompute figures (all, or a few customers), train the
churn model, and the supervisors' overview. The CLI (``callcenter analytics ...``) and the
Customers window call these; the actor is None for the command line (the local operator).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from callcenter.core.agents import Identity
from callcenter.core.analytics import clv
from callcenter.core.errors import Invalid, NotFound, NotPermitted, StoreProblem
from callcenter.ops import Done
from callcenter.store import analytics as figures
from callcenter.store import analytics_views as views
from callcenter.store.db import Store

_MANAGERS = {"supervisor", "admin"}


def _require_manager(actor: Identity | None, action: str) -> None:
    if actor is None:
        return
    role = str(getattr(actor.role, "value", actor.role))
    if role not in _MANAGERS:
        raise NotPermitted(action, role)


def recompute_all(store: Store, actor: Identity | None, now: datetime | None = None) -> Done[dict[str, Any]]:
    """Refit the value models and recompute every customer's figures."""
    _require_manager(actor, "recompute_figures")
    try:
        result = figures.recompute_all(store, now)
    except clv.FitError:
        raise StoreProblem("too_little_history") from None
    return Done(result)


def recompute_customers(store: Store, actor: Identity | None, customer_ids: list[str]) -> Done[int]:
    """Recompute a few customers against the saved population (the incremental path)."""
    return Done(figures.recompute_customers(store, customer_ids))


def train_churn(
    store: Store, actor: Identity | None, horizon_days: int = 90, now: datetime | None = None
) -> Done[dict[str, Any]]:
    """Train and save the churn model on a time split; report its held-out quality."""
    _require_manager(actor, "train_churn")
    if not 7 <= horizon_days <= 730:
        raise Invalid({"horizon_days": "out_of_range"})
    return Done(figures.train_churn(store, horizon_days, now))


def refit(
    store: Store, actor: Identity | None, horizon_days: int = 90, now: datetime | None = None
) -> Done[dict[str, Any]]:
    """Refit on demand: retrain the churn model, refit the value models, recompute everyone."""
    _require_manager(actor, "refit_models")
    if not 7 <= horizon_days <= 730:
        raise Invalid({"horizon_days": "out_of_range"})
    try:
        result = figures.refit(store, horizon_days, now)
    except clv.FitError:
        raise StoreProblem("too_little_history") from None
    return Done(result)


def model_status(store: Store, actor: Identity | None) -> Done[figures.ModelStatus]:
    """Which churn model is in use and when the value and churn models were fitted."""
    with store.engine.connect() as conn:
        return Done(figures.model_status(conn))


def overview(store: Store, actor: Identity | None, lang: str = "en") -> Done[views.Overview]:
    """What the Customers window shows: the RFM grid, the Pareto curve, the risk and credit lists."""
    _require_manager(actor, "customer_overview")
    return Done(views.overview(store, lang))


def assign_retention_call(
    store: Store,
    actor: Identity,
    customer_id: str,
    owner_id: str,
    due_at: datetime | None = None,
    note: str = "",
) -> Done[str]:
    """A supervisor asks an agent to call a customer at risk of leaving (on the customer's timeline, audited)."""
    from callcenter.store.models import AuditLog, Customer, CustomerMetrics, RetentionCall, User

    _require_manager(actor, "assign_retention_call")
    if len(note) > 2000:
        raise Invalid({"note": "too_long"})
    due = due_at or datetime.now(UTC) + timedelta(days=1)
    with store.unit() as u:
        s = u.session
        if s.get(Customer, customer_id) is None:
            raise NotFound("customer")
        owner = s.get(User, owner_id)
        if owner is None or not owner.active:
            raise NotFound("user")
        metrics = s.get(CustomerMetrics, customer_id)
        row = RetentionCall(
            customer_id=customer_id,
            owner_id=owner_id,
            assigned_by=actor.user_id,
            due_at=due,
            churn_risk=metrics.churn_risk if metrics else 0,
            note=note,
        )
        s.add(row)
        s.flush()
        s.add(
            AuditLog(
                user_id=actor.user_id,
                action="assign_retention_call",
                entity="customer",
                entity_id=customer_id,
                detail=row.id,
            )
        )
    return Done(row.id, u.changes)
