"""Complaint cases in the store: capture, load, and one unit of work per change.

The workflow rules live in ``core.complaints``. This module rebuilds a case
(``ComplaintCase`` + ``RecoveryPlan``, through their public ``restore``) from its rows,
lets the caller apply core actions to it (``open_edit`` in a session the caller commits,
or ``edit(...)`` which is its own transaction), and writes what changed: new timeline
events (append-only ``complaint_events``), the recovery actions and callbacks, the case
row's projection (state, owner, deadlines, survey) and the audit line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from callcenter.core.agents import Identity
from callcenter.core.complaints.capture import ComplaintForm, validate
from callcenter.core.complaints.permissions import NotPermitted, approval_role, require
from callcenter.core.complaints.recovery import (
    ApprovalPolicy,
    CallbackStatus,
    FollowUpCallback,
    RecoveryAction,
    RecoveryEvent,
    RecoveryKind,
    RecoveryPlan,
    RecoveryStatus,
)
from callcenter.core.complaints.workflow import (
    CaseEvent,
    ComplaintCase,
    ComplaintInvalid,
    ComplaintState,
    ComplaintWorkflow,
    Severity,
)
from callcenter.core.errors import NotFound
from callcenter.core.ids import uuid7
from callcenter.core.money import Money
from callcenter.store.complaints import drafts
from callcenter.store.complaints.config import approval_policy_in, categories_in, workflow_in
from callcenter.store.db import Store
from callcenter.store.models import (
    AuditLog,
    Complaint,
    ComplaintEvent,
    Customer,
    FollowUpCallbackRow,
    RecoveryActionRow,
    User,
)

SYSTEM = "system"
__all__ = ["NotPermitted"]  # re-exported for callers that catch it here


# -- the loaded case ------------------------------------------------------------------
@dataclass(frozen=True)
class EventLine:
    """A recovery or callback line of the case's history, for display (plain values)."""

    kind: str  # recovery | callback
    seq: int
    at: datetime
    actor_id: str
    action: str
    from_state: str
    to_state: str
    comment: str = ""
    data: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    ref_id: str | None = None


@dataclass
class CaseRecord:
    """A case as the windows show it: the core objects plus the row's display facts."""

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
    extra_events: list[EventLine] = field(default_factory=list)  # recovery/callback lines, for display
    customer_language: str = ""


def _now() -> datetime:
    return datetime.now(UTC)


def _json(data: Mapping[str, Any] | None) -> str:
    return json.dumps(dict(data), ensure_ascii=False, sort_keys=True, default=str) if data else ""


def _data(text: str | None) -> dict[str, Any]:
    return json.loads(text) if text else {}


def case_facts(row: Complaint) -> dict[str, Any]:
    """The case row as ``ComplaintCase`` fields (what ``ComplaintCase.restore`` takes)."""
    return dict(
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


def flagged(row: Complaint) -> set[str]:
    return set(json.loads(row.breaches)) if row.breaches else set()


def case_of_row(row: Complaint, events: list[CaseEvent] | None = None) -> ComplaintCase:
    return ComplaintCase.restore(events=events or (), flagged_breaches=flagged(row), **case_facts(row))


def load(s: Session, complaint_id: str, policy: ApprovalPolicy | None = None) -> CaseRecord:
    """The case, its plan and its history. Raises ``NotFound("complaint")`` when it is gone."""
    row = s.get(Complaint, complaint_id)
    if row is None or row.deleted:
        raise NotFound("complaint")
    events = s.scalars(
        select(ComplaintEvent)
        .where(ComplaintEvent.complaint_id == complaint_id)
        .order_by(ComplaintEvent.at, ComplaintEvent.id)
    ).all()
    timeline = [
        CaseEvent(
            e.at,
            e.actor_id,
            e.action,
            ComplaintState(e.from_state),
            ComplaintState(e.to_state),
            e.comment,
            MappingProxyType(_data(e.data)),
            e.seq,
        )
        for e in sorted((e for e in events if e.kind == "case"), key=lambda e: (e.seq, e.at, e.id))
    ]
    case = case_of_row(row, timeline)
    customer = s.get(Customer, row.customer_id)
    currency = customer.currency if customer else "USD"
    history: dict[str, list[RecoveryEvent]] = {}
    for e in events:
        if e.kind == "recovery" and e.ref_id:
            history.setdefault(e.ref_id, []).append(
                RecoveryEvent(
                    e.at,
                    e.actor_id,
                    _data(e.data).get("role", ""),
                    e.action,
                    RecoveryStatus(e.from_state) if e.from_state else None,
                    RecoveryStatus(e.to_state),
                    e.comment,
                )
            )
    actions = [
        RecoveryAction.restore(
            history=history.get(a.id, ()),
            action_id=a.id,
            case_id=row.id,
            kind=RecoveryKind(a.kind),
            amount=Money(a.amount_minor, a.currency),
            reason=a.reason,
            proposed_by=a.proposed_by,
            proposed_role=a.proposed_role,
            proposed_at=a.proposed_at,
            status=RecoveryStatus(a.status),
            decided_by=a.decided_by,
        )
        for a in s.scalars(
            select(RecoveryActionRow)
            .where(RecoveryActionRow.complaint_id == complaint_id)
            .order_by(RecoveryActionRow.proposed_at, RecoveryActionRow.id)
        )
    ]
    callbacks = [
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
        for c in s.scalars(
            select(FollowUpCallbackRow)
            .where(FollowUpCallbackRow.complaint_id == complaint_id)
            .order_by(FollowUpCallbackRow.scheduled_at, FollowUpCallbackRow.id)
        )
    ]
    plan = RecoveryPlan.restore(
        row.id, policy or approval_policy_in(s, currency), actions, callbacks, new_id=lambda _prefix: uuid7()
    )
    extra = [
        EventLine(
            e.kind,
            e.seq,
            e.at,
            e.actor_id,
            e.action,
            e.from_state,
            e.to_state,
            e.comment,
            MappingProxyType(_data(e.data)),
            e.ref_id,
        )
        for e in events
        if e.kind != "case"
    ]
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
        extra,
        (customer.preferred_language or "") if customer else "",
    )


def get(store: Store, complaint_id: str) -> CaseRecord:
    with store.session() as s:
        return load(s, complaint_id)


# -- writing what changed -------------------------------------------------------------
Snapshot = tuple[int, dict[str, int], dict[str, tuple[CallbackStatus, datetime | None]]]


def _snapshot(record: CaseRecord) -> Snapshot:
    actions = {a.action_id: len(a.history) for a in record.plan.actions}
    callbacks = {c.callback_id: (c.status, c.finished_at) for c in record.plan.callbacks}
    return len(record.case.timeline), actions, callbacks


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
    data: Mapping[str, Any] | None = None,
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


def _project(row: Complaint, case: ComplaintCase, new_events: list[CaseEvent]) -> None:
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


def persist(s: Session, record: CaseRecord, before: Snapshot) -> bool:
    """Write what changed since ``before`` (a snapshot); True when anything did."""
    row = s.get(Complaint, record.id)
    if row is None:
        raise NotFound("complaint")
    case_seen, seen_actions, seen_callbacks = before
    new_case_events = list(record.case.timeline)[case_seen:]
    wrote = bool(new_case_events)
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
    for a in record.plan.actions:
        fresh = a.history[seen_actions.get(a.action_id, 0) :]
        if not fresh:
            continue
        wrote = True
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
            wrote = True
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
            wrote = True
            crow = s.get(FollowUpCallbackRow, c.callback_id)
            assert crow is not None and c.finished_at is not None and c.finished_by is not None
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
    _project(row, record.case, new_case_events)
    return wrote


def audit(s: Session, actor: Identity, action: str, complaint_id: str) -> None:
    s.add(
        AuditLog(
            user_id=None if actor.user_id == SYSTEM else actor.user_id,
            action=action,
            entity="complaint",
            entity_id=complaint_id,
        )
    )


@dataclass
class CaseEdit:
    """One case opened for change in a session: the loaded case, the workflow, who acts."""

    record: CaseRecord
    workflow: ComplaintWorkflow
    actor: Identity
    now: datetime
    session: Session | None = None
    before: Snapshot | None = None

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
        require(self.actor.role, action)

    def decide(self, action_id: str, approve: bool, reason: str = "") -> None:
        """Approve or refuse a recovery action waiting for approval: supervisors' work, within their limits."""
        self.require("decide_recovery")
        if approve:
            self.plan.approve(action_id, self.actor_id, self.policy_role, at=self.now)
        else:
            self.plan.refuse(action_id, self.actor_id, self.policy_role, reason, at=self.now)

    def save(self) -> bool:
        """Write what the core objects changed, with the audit line (in the edit's session)."""
        assert self.session is not None and self.before is not None
        wrote = persist(self.session, self.record, self.before)
        if wrote:
            audit(self.session, self.actor, "update", self.record.id)
        self.before = _snapshot(self.record)
        return wrote


def open_edit(
    s: Session,
    complaint_id: str,
    actor: Identity,
    workflow: ComplaintWorkflow | None = None,
    now: datetime | None = None,
) -> CaseEdit:
    """Load a case for change in the caller's session; ``CaseEdit.save()`` writes it.

    Without ``now``, the step's time is the workflow's clock, never earlier than the
    case's last event (another console's clock may run ahead of this one)."""
    workflow = workflow_in(s, workflow)  # the site's deadlines (assess and reopen recompute them)
    record = load(s, complaint_id)
    if now is None:
        now = workflow.clock()
        last = record.case.timeline.last
        if last is not None and last.at > now:
            now = last.at
    return CaseEdit(record, workflow, actor, now, s, _snapshot(record))


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
    with store.transaction() as s:
        e = open_edit(s, complaint_id, actor, workflow, now)
        yield e
        e.save()


# -- capture --------------------------------------------------------------------------
def _case_no(s: Session, at: datetime) -> str:
    prefix = f"C{at:%y%m%d}-"
    count = s.scalar(select(func.count()).select_from(Complaint).where(Complaint.case_no.like(prefix + "%"))) or 0
    n = count + 1
    while s.scalar(select(Complaint.id).where(Complaint.case_no == f"{prefix}{n:04d}")):
        n += 1
    return f"{prefix}{n:04d}"


def create_in(
    s: Session,
    form: ComplaintForm,
    actor: Identity,
    workflow: ComplaintWorkflow | None = None,
    at: datetime | None = None,
) -> str:
    """Validate and open a case owned by the capturing agent in ``s``; the draft is removed.

    Raises ``ComplaintInvalid`` (field -> reason code) and writes nothing when the form is refused.
    """
    require(actor.role, "capture")
    errors = validate(form, categories_in(s))
    if errors:
        raise ComplaintInvalid(errors)
    if s.get(Customer, form.customer_id) is None:
        raise ComplaintInvalid({"customer_id": "customer_unknown"})
    workflow = workflow_in(s, workflow)  # the site's deadlines per severity
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
    persist(s, record, (0, {}, {}))
    audit(s, actor, "create", case_id)
    drafts.discard_in(s, actor.user_id, form.customer_id)
    return case_id


def create(
    store: Store,
    form: ComplaintForm,
    actor: Identity,
    workflow: ComplaintWorkflow | None = None,
    at: datetime | None = None,
) -> CaseRecord:
    """``create_in`` as its own transaction; returns the stored case."""
    with store.transaction() as s:
        case_id = create_in(s, form, actor, workflow, at)
    return get(store, case_id)


# -- names ----------------------------------------------------------------------------
def user_names_in(s: Session) -> dict[str, str]:
    names: dict[str, str] = {row[0]: row[1] for row in s.execute(select(User.id, User.display_name))}
    names[SYSTEM] = SYSTEM
    return names


def user_names(store: Store) -> dict[str, str]:
    with store.session() as s:
        return user_names_in(s)


def ensure_permitted(actor: Identity, action: str) -> None:
    """Refuse with ``NotPermitted(action, role)`` when the actor's role may not take this step."""
    require(actor.role, action)
