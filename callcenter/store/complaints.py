"""Complaint cases in the store: capture, load, and one unit of work per change.

The workflow rules live in ``core.complaints`` and ``core.recovery``. This module
rebuilds a case (``ComplaintCase`` + ``RecoveryPlan``) from its rows, lets the caller
apply core actions to it inside ``edit(...)``, and then writes what changed in one
transaction: new timeline events (append-only ``complaint_events``), the recovery
actions and callbacks, and the case row's projection (state, owner, deadlines, survey).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from types import MappingProxyType

import yaml
from sqlalchemy import func, select

from callcenter.assets import resource
from callcenter.core.agents import Identity
from callcenter.core.complaint_capture import CategoryTree, ComplaintForm, GuideStep, parse_guide, validate
from callcenter.core.complaint_permissions import NotPermitted, approval_role, may
from callcenter.core.complaints import (
    CaseEvent,
    ComplaintCase,
    ComplaintConfig,
    ComplaintState,
    ComplaintWorkflow,
    Severity,
)
from callcenter.core.ids import uuid7
from callcenter.core.money import Money
from callcenter.core.recovery import (
    ApprovalPolicy,
    CallbackStatus,
    FollowUpCallback,
    RecoveryAction,
    RecoveryEvent,
    RecoveryKind,
    RecoveryPlan,
    RecoveryStatus,
)
from callcenter.store.db import Store
from callcenter.store.models import (
    AuditLog,
    Complaint,
    ComplaintDraft,
    ComplaintEvent,
    Customer,
    FollowUpCallbackRow,
    RecoveryActionRow,
    User,
)
from callcenter.store.repo import ValidationError

UTC = UTC
SYSTEM = "system"


# -- configuration -----------------------------------------------------------------
@lru_cache(maxsize=1)
def categories() -> CategoryTree:
    path = resource("complaints", "categories.yaml")
    return CategoryTree.from_mapping(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)


@lru_cache(maxsize=1)
def root_causes():  # -> list[Category]
    """The root causes the close dialog offers (code, en, zh_CN), from resources/complaints."""
    from callcenter.core.complaint_figures import parse_root_causes

    path = resource("complaints", "root_causes.yaml")
    return parse_root_causes(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)


@lru_cache(maxsize=1)
def handling_guide() -> list[GuideStep]:
    path = resource("complaints", "handling_guide.yaml")
    return parse_guide(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)


def default_workflow() -> ComplaintWorkflow:
    return ComplaintWorkflow(ComplaintConfig())


# -- the loaded case ------------------------------------------------------------------
@dataclass
class CaseRecord:
    """A case as the GUI shows it: the core objects plus the row's display facts."""

    id: str
    case_no: str
    summary: str
    customer_id: str
    customer_name: str
    currency: str
    case: ComplaintCase
    plan: RecoveryPlan
    root_cause: str = ""
    resolution: str = ""
    closed_at: datetime | None = None
    extra_events: list[ComplaintEvent] = field(default_factory=list)  # recovery/callback lines, for display


def _now() -> datetime:
    return datetime.now(UTC)


def _json(data) -> str:
    return json.dumps(dict(data), ensure_ascii=False, sort_keys=True, default=str) if data else ""


def _case_from_row(row: Complaint) -> ComplaintCase:
    case = ComplaintCase(
        case_id=row.id,
        customer_id=row.customer_id,
        severity=Severity(row.severity),
        received_at=row.opened_at,
        category=row.category,
        channel=row.channel,
        customer_words=row.customer_words,
        desired_outcome=row.desired_outcome,
        interaction_id=row.interaction_id,
        order_id=row.order_id,
        state=ComplaintState(row.state),
        assigned_agent=row.owner_id,
        assigned_team=row.team or None,
        escalation_level=row.escalation_level,
        needs_supervisor=row.needs_supervisor,
        acknowledge_due=row.acknowledge_due_at,
        resolve_due=row.resolve_due_at,
        resolve_window_start=row.resolve_window_start or row.opened_at,
    )
    case.flagged_breaches = set(json.loads(row.breaches)) if row.breaches else set()
    return case


def load(s, complaint_id: str, policy: ApprovalPolicy | None = None) -> CaseRecord:
    row = s.get(Complaint, complaint_id)
    if row is None or row.deleted:
        raise KeyError(f"there is no complaint {complaint_id}")
    case = _case_from_row(row)
    events = s.scalars(
        select(ComplaintEvent)
        .where(ComplaintEvent.complaint_id == complaint_id)
        .order_by(ComplaintEvent.at, ComplaintEvent.id)
    ).all()
    for e in sorted((e for e in events if e.kind == "case"), key=lambda e: (e.seq, e.at, e.id)):
        case.timeline._append(
            CaseEvent(
                e.at,
                e.actor_id,
                e.action,
                ComplaintState(e.from_state),
                ComplaintState(e.to_state),
                e.comment,
                MappingProxyType(json.loads(e.data) if e.data else {}),
                e.seq,
            )
        )
    customer = s.get(Customer, row.customer_id)
    currency = customer.currency if customer else "USD"
    plan = RecoveryPlan(row.id, policy or ApprovalPolicy(currency=currency), new_id=lambda _prefix: uuid7())
    history: dict[str, list[ComplaintEvent]] = {}
    for e in events:
        if e.kind == "recovery" and e.ref_id:
            history.setdefault(e.ref_id, []).append(e)
    for a in s.scalars(
        select(RecoveryActionRow)
        .where(RecoveryActionRow.complaint_id == complaint_id)
        .order_by(RecoveryActionRow.proposed_at, RecoveryActionRow.id)
    ):
        action = RecoveryAction(
            a.id,
            row.id,
            RecoveryKind(a.kind),
            Money(a.amount_minor, a.currency),
            a.reason,
            a.proposed_by,
            a.proposed_role,
            a.proposed_at,
            RecoveryStatus(a.status),
            a.decided_by,
        )
        for e in history.get(a.id, []):
            data = json.loads(e.data) if e.data else {}
            action._history.append(
                RecoveryEvent(
                    e.at,
                    e.actor_id,
                    data.get("role", ""),
                    e.action,
                    RecoveryStatus(e.from_state) if e.from_state else None,
                    RecoveryStatus(e.to_state),
                    e.comment,
                )
            )
        plan._actions.append(action)
    for c in s.scalars(
        select(FollowUpCallbackRow)
        .where(FollowUpCallbackRow.complaint_id == complaint_id)
        .order_by(FollowUpCallbackRow.scheduled_at, FollowUpCallbackRow.id)
    ):
        plan._callbacks.append(
            FollowUpCallback(
                c.id,
                row.id,
                c.owner_id,
                c.due_at,
                c.scheduled_by,
                c.scheduled_at,
                c.note,
                CallbackStatus(c.status),
                c.finished_by,
                c.finished_at,
                c.outcome,
            )
        )
    return CaseRecord(
        row.id,
        row.case_no,
        row.summary,
        row.customer_id,
        customer.display_name if customer else "",
        currency,
        case,
        plan,
        row.root_cause,
        row.resolution,
        row.closed_at,
        [e for e in events if e.kind != "case"],
    )


def get(store: Store, complaint_id: str) -> CaseRecord:
    with store.session() as s:
        return load(s, complaint_id)


# -- writing what changed -------------------------------------------------------------
def _snapshot(plan: RecoveryPlan) -> tuple[dict[str, int], dict[str, tuple]]:
    actions = {a.action_id: len(a.history) for a in plan.actions}
    callbacks = {c.callback_id: (c.status, c.finished_at) for c in plan.callbacks}
    return actions, callbacks


def _event_row(
    complaint_id: str,
    kind: str,
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    from_state: str,
    to_state: str,
    comment: str = "",
    data=None,
    ref_id: str | None = None,
) -> ComplaintEvent:
    return ComplaintEvent(
        complaint_id=complaint_id,
        kind=kind,
        seq=seq,
        at=at,
        actor_id=actor,
        action=action,
        from_state=from_state,
        to_state=to_state,
        comment=comment or "",
        data=_json(data),
        ref_id=ref_id,
    )


def _project(row: Complaint, record: CaseRecord, new_events: list[CaseEvent]) -> None:
    case = record.case
    row.state, row.severity = case.state.value, case.severity.value
    row.owner_id, row.team = case.assigned_agent, case.assigned_team or ""
    row.escalation_level, row.needs_supervisor = case.escalation_level, case.needs_supervisor
    row.acknowledge_due_at, row.resolve_due_at = case.acknowledge_due, case.resolve_due
    row.resolve_window_start = case.resolve_window_start
    row.breaches = json.dumps(sorted(case.flagged_breaches)) if case.flagged_breaches else ""
    for e in new_events:
        if e.action == "acknowledge" and row.acknowledged_at is None:
            row.acknowledged_at = e.at
        elif e.action == "propose_resolution":
            row.resolution = e.comment
        elif e.action in ("customer_accepts", "close") and row.resolved_at is None:
            row.resolved_at = e.at
        if e.action == "close":
            row.closed_at = e.at
            row.root_cause = e.data.get("root_cause") or row.root_cause
        elif e.action == "reopen":
            row.closed_at, row.resolved_at = None, None
            row.reopen_count += 1
        elif e.action == "survey":
            row.survey_csat, row.survey_buy_again = e.data["csat"], e.data["would_buy_again"]


def _persist(s, record: CaseRecord, case_seen: int, before: tuple[dict, dict]) -> None:
    row = s.get(Complaint, record.id)
    new_case_events = list(record.case.timeline)[case_seen:]
    for e in new_case_events:
        s.add(
            _event_row(
                record.id,
                "case",
                e.seq,
                e.at,
                e.actor,
                e.action,
                e.from_state.value,
                e.to_state.value,
                e.comment,
                e.data,
            )
        )
    seen_actions, seen_callbacks = before
    for a in record.plan.actions:
        fresh = a.history[seen_actions.get(a.action_id, 0) :]
        if not fresh:
            continue
        arow = s.get(RecoveryActionRow, a.action_id)
        if arow is None:
            arow = RecoveryActionRow(
                id=a.action_id,
                complaint_id=record.id,
                kind=a.kind.value,
                amount_minor=a.amount.minor,
                currency=a.amount.currency,
                reason=a.reason,
                proposed_by=a.proposed_by,
                proposed_role=a.proposed_role,
                proposed_at=a.proposed_at,
                status=a.status.value,
            )
            s.add(arow)
        arow.status, arow.decided_by = a.status.value, a.decided_by
        for n, ev in enumerate(fresh, start=seen_actions.get(a.action_id, 0) + 1):
            if ev.action in ("approve", "refuse"):
                arow.decided_at = ev.at
            s.add(
                _event_row(
                    record.id,
                    "recovery",
                    n,
                    ev.at,
                    ev.actor,
                    ev.action,
                    ev.from_status.value if ev.from_status else "",
                    ev.to_status.value,
                    ev.comment,
                    {
                        "role": ev.role,
                        "kind": a.kind.value,
                        "amount_minor": a.amount.minor,
                        "currency": a.amount.currency,
                    },
                    a.action_id,
                )
            )
    for c in record.plan.callbacks:
        old = seen_callbacks.get(c.callback_id)
        if old is None:
            s.add(
                FollowUpCallbackRow(
                    id=c.callback_id,
                    complaint_id=record.id,
                    owner_id=c.owner,
                    due_at=c.due,
                    status=c.status.value,
                    scheduled_by=c.scheduled_by,
                    scheduled_at=c.scheduled_at,
                    note=c.note,
                )
            )
            s.add(
                _event_row(
                    record.id,
                    "callback",
                    1,
                    c.scheduled_at,
                    c.scheduled_by,
                    "schedule_callback",
                    "",
                    CallbackStatus.SCHEDULED.value,
                    c.note,
                    {"due": c.due.isoformat(), "owner": c.owner},
                    c.callback_id,
                )
            )
        if c.status is not CallbackStatus.SCHEDULED and (old is None or old[0] is CallbackStatus.SCHEDULED):
            crow = s.get(FollowUpCallbackRow, c.callback_id)
            crow.status, crow.finished_by, crow.finished_at, crow.outcome = (
                c.status.value,
                c.finished_by,
                c.finished_at,
                c.outcome,
            )
            s.add(
                _event_row(
                    record.id,
                    "callback",
                    2,
                    c.finished_at,
                    c.finished_by,
                    f"callback_{c.status.value}",
                    CallbackStatus.SCHEDULED.value,
                    c.status.value,
                    c.outcome,
                    None,
                    c.callback_id,
                )
            )
    _project(row, record, new_case_events)


@dataclass
class CaseEdit:
    """What ``edit`` yields: the loaded case, the workflow and who is acting."""

    record: CaseRecord
    workflow: ComplaintWorkflow
    actor: Identity
    now: datetime

    @property
    def case(self) -> ComplaintCase:
        return self.record.case

    @property
    def plan(self) -> RecoveryPlan:
        return self.record.plan

    @property
    def actor_id(self) -> str:
        return self.actor.user_id

    @property
    def policy_role(self) -> str:
        return approval_role(self.actor.role)

    def require(self, action: str) -> None:
        ensure_permitted(self.actor, action)

    def decide(self, action_id: str, approve: bool, reason: str = "") -> None:
        """Approve or refuse a recovery action waiting for approval: supervisors' work, within their limits."""
        self.require("decide_recovery")
        if approve:
            self.plan.approve(action_id, self.actor_id, self.policy_role, at=self.now)
        else:
            self.plan.refuse(action_id, self.actor_id, self.policy_role, reason, at=self.now)


@contextmanager
def edit(
    store: Store,
    complaint_id: str,
    actor: Identity,
    workflow: ComplaintWorkflow | None = None,
    now: datetime | None = None,
) -> Iterator[CaseEdit]:
    """Load a case, let the caller apply core actions, write what changed in one transaction.

    Any exception (an illegal transition, a refused approval) rolls everything back.
    """
    workflow = workflow or default_workflow()
    with store.transaction() as s:
        record = load(s, complaint_id)
        case_seen, before = len(record.case.timeline), _snapshot(record.plan)
        yield CaseEdit(record, workflow, actor, now or workflow.clock())
        _persist(s, record, case_seen, before)
        s.add(
            AuditLog(
                user_id=None if actor.user_id == SYSTEM else actor.user_id,
                action="update",
                entity="complaint",
                entity_id=complaint_id,
            )
        )


# -- capture --------------------------------------------------------------------------
def _case_no(s, at: datetime) -> str:
    prefix = f"C{at:%y%m%d}-"
    count = s.scalar(select(func.count()).select_from(Complaint).where(Complaint.case_no.like(prefix + "%")))
    n = count + 1
    while s.scalar(select(Complaint.id).where(Complaint.case_no == f"{prefix}{n:04d}")):
        n += 1
    return f"{prefix}{n:04d}"


def create(
    store: Store,
    form: ComplaintForm,
    actor: Identity,
    workflow: ComplaintWorkflow | None = None,
    at: datetime | None = None,
) -> CaseRecord:
    """Validate and open a case owned by the capturing agent; the draft is removed.

    Raises ValidationError (field -> problem key) and keeps nothing when the form is refused.
    """
    ensure_permitted(actor, "capture")
    errors = validate(form, categories())
    if errors:
        raise ValidationError(errors)
    workflow = workflow or default_workflow()
    at = at or workflow.clock()
    case_id = uuid7()
    case = workflow.open_case(
        case_id,
        form.customer_id,
        form.severity,
        actor.user_id,
        at=at,
        category=form.category,
        channel=form.channel,
        customer_words=form.customer_words.strip(),
        desired_outcome=form.desired_outcome.strip(),
        interaction_id=form.interaction_id or None,
        order_id=form.order_id or None,
    )
    workflow.assign(case, actor.user_id, agent=actor.user_id, at=at, comment="captured")
    with store.transaction() as s:
        if s.get(Customer, form.customer_id) is None:
            raise ValidationError({"customer_id": "customer_unknown"})
        s.add(
            Complaint(
                id=case_id,
                case_no=_case_no(s, at),
                customer_id=form.customer_id,
                interaction_id=form.interaction_id or None,
                order_id=form.order_id or None,
                channel=form.channel,
                category=form.category,
                severity=form.severity,
                state=case.state.value,
                summary=form.summary.strip(),
                customer_words=case.customer_words,
                desired_outcome=case.desired_outcome,
                opened_at=at,
            )
        )
        s.flush()
        record = CaseRecord(case_id, "", form.summary.strip(), form.customer_id, "", "", case, RecoveryPlan(case_id))
        _persist(s, record, 0, ({}, {}))
        s.add(AuditLog(user_id=actor.user_id, action="create", entity="complaint", entity_id=case_id))
        draft = s.get(ComplaintDraft, draft_key(actor.user_id, form.customer_id))
        if draft is not None:
            s.delete(draft)
    return get(store, case_id)


# -- drafts ---------------------------------------------------------------------------
def draft_key(user_id: str, customer_id: str) -> str:
    return f"{user_id}:{customer_id or 'new'}"


def save_draft(store: Store, user_id: str, form: ComplaintForm) -> None:
    """Keep what is typed; a blank form removes the draft."""
    key = draft_key(user_id, form.customer_id)
    with store.transaction() as s:
        row = s.get(ComplaintDraft, key)
        if form.is_blank():
            if row is not None:
                s.delete(row)
            return
        payload = json.dumps(form.to_dict(), ensure_ascii=False)
        if row is None:
            s.add(ComplaintDraft(key=key, user_id=user_id, customer_id=form.customer_id, payload=payload))
        else:
            row.payload, row.updated_at = payload, _now()


def load_draft(store: Store, user_id: str, customer_id: str) -> ComplaintForm | None:
    with store.session() as s:
        row = s.get(ComplaintDraft, draft_key(user_id, customer_id))
        if row is None:
            return None
        try:
            return ComplaintForm.from_dict(json.loads(row.payload))
        except (ValueError, TypeError):
            return None  # an unreadable draft is ignored, never fatal


def discard_draft(store: Store, user_id: str, customer_id: str) -> None:
    with store.transaction() as s:
        row = s.get(ComplaintDraft, draft_key(user_id, customer_id))
        if row is not None:
            s.delete(row)


# -- names ----------------------------------------------------------------------------
def user_names(store: Store) -> dict[str, str]:
    with store.session() as s:
        names = dict(s.execute(select(User.id, User.display_name)).all())
    names[SYSTEM] = SYSTEM
    return names


def ensure_permitted(actor: Identity, action: str) -> None:
    if not may(actor.role, action):
        raise NotPermitted(f"a {getattr(actor.role, 'value', actor.role)} cannot {action.replace('_', ' ')}")


# -- what the capture dialog offers to link ------------------------------------------------
@dataclass(frozen=True)
class CaptureContext:
    customer_name: str
    currency: str
    orders: list[tuple[str, str, datetime, int]]  # id, order number, ordered at, total minor
    calls: list[tuple[str, datetime, str, str]]  # id, offered at, direction, notes


def capture_context(store: Store, customer_id: str, limit: int = 20) -> CaptureContext:
    from callcenter.store.models import Interaction, Order

    with store.session() as s:
        customer = s.get(Customer, customer_id)
        if customer is None:
            raise KeyError(f"there is no customer {customer_id}")
        orders = s.execute(
            select(Order.id, Order.order_no, Order.ordered_at, Order.total_minor)
            .where(Order.customer_id == customer_id, ~Order.deleted)
            .order_by(Order.ordered_at.desc())
            .limit(limit)
        ).all()
        calls = s.execute(
            select(Interaction.id, Interaction.offered_at, Interaction.direction, Interaction.notes)
            .where(Interaction.customer_id == customer_id, ~Interaction.deleted)
            .order_by(Interaction.offered_at.desc())
            .limit(limit)
        ).all()
        return CaptureContext(
            customer.display_name, customer.currency, [tuple(o) for o in orders], [tuple(c) for c in calls]
        )


def callback_number(store: Store, customer_id: str) -> str | None:
    """The number to call a customer back on: the primary phone, else any phone."""
    from callcenter.store.models import Phone

    with store.session() as s:
        return s.scalar(
            select(Phone.raw)
            .where(Phone.customer_id == customer_id, ~Phone.deleted)
            .order_by(Phone.is_primary.desc(), Phone.created_at)
            .limit(1)
        )
