"""Lists for the complaints board, the approval queue and the agent's task list, and the
supervisors' writes over many cases (the deadline check, handing cases over). Each write
works in the caller's session: the use case (``callcenter.ops.complaints``) commits it."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from callcenter.core.agents import Identity
from callcenter.core.complaints.permissions import approval_role, may, require
from callcenter.core.complaints.workflow import (
    CLOSED_STATE_VALUES,
    BreachNotice,
    CaseDeadlines,
    ComplaintState,
    ComplaintWorkflow,
    breach_key,
)
from callcenter.core.errors import IllegalStep, Invalid, NotFound, Problem
from callcenter.core.roles import Role
from callcenter.store.complaints import cases
from callcenter.store.db import Store
from callcenter.store.models import Complaint, Customer, FollowUpCallbackRow, Interaction, Order, Phone, User

SYSTEM_ACTOR = Identity(cases.SYSTEM, cases.SYSTEM, "system", Role.SUPERVISOR)


@dataclass(frozen=True)
class CaseSummary:
    id: str
    case_no: str
    customer_id: str
    customer_name: str
    summary: str
    category: str
    severity: str
    state: str
    owner_id: str | None
    owner_name: str
    team: str
    opened_at: datetime
    due_at: datetime | None
    deadline: str  # on_track | at_risk | breached ("" when closed)
    escalation_level: int
    needs_supervisor: bool
    deadlines: CaseDeadlines | None = None  # the facts the deadline is worked out from

    def age(self, now: datetime) -> timedelta:
        return now - self.opened_at

    def at(self, workflow: ComplaintWorkflow, now: datetime) -> CaseSummary:
        """The same line with its deadline worked out again for ``now`` (no store read)."""
        if self.deadlines is None:
            return self
        current = workflow.current_deadline(self.deadlines, now)
        if current is None:
            return self
        return replace(self, due_at=current[1], deadline=current[2].value)


def summary_of(
    row: Complaint, customer_name: str, owner_name: str | None, workflow: ComplaintWorkflow, now: datetime
) -> CaseSummary:
    facts = CaseDeadlines(
        ComplaintState(row.state),
        row.opened_at,
        row.acknowledge_due_at,
        row.resolve_due_at,
        row.resolve_window_start or row.opened_at,
    )
    current = workflow.current_deadline(facts, now)
    is_open = row.state not in CLOSED_STATE_VALUES
    return CaseSummary(
        row.id,
        row.case_no,
        row.customer_id,
        customer_name,
        row.summary,
        row.category,
        row.severity,
        row.state,
        row.owner_id,
        owner_name or "",
        row.team,
        row.opened_at,
        current[1] if current else (None if is_open else row.resolve_due_at),
        current[2].value if current else "",
        row.escalation_level,
        row.needs_supervisor,
        facts,
    )


def case_summaries_in(
    s: Session,
    workflow: ComplaintWorkflow,
    now: datetime,
    *,
    include_closed: bool = False,
    owner_id: str | None = None,
    customer_id: str | None = None,
) -> list[CaseSummary]:
    q = (
        select(Complaint, Customer.display_name, User.display_name)
        .join(Customer, Customer.id == Complaint.customer_id)
        .outerjoin(User, User.id == Complaint.owner_id)
        .where(~Complaint.deleted)
    )
    if not include_closed:
        q = q.where(Complaint.state.not_in(CLOSED_STATE_VALUES))
    if owner_id:
        q = q.where(Complaint.owner_id == owner_id)
    if customer_id:
        q = q.where(Complaint.customer_id == customer_id)
    return [
        summary_of(row, customer_name, owner_name, workflow, now)
        for row, customer_name, owner_name in s.execute(q.order_by(Complaint.opened_at))
    ]


def case_summaries(store: Store, workflow: ComplaintWorkflow, now: datetime, **filters: Any) -> list[CaseSummary]:
    with store.session() as s:
        return case_summaries_in(s, workflow, now, **filters)


# -- approvals ----------------------------------------------------------------------
@dataclass(frozen=True)
class PendingApproval:
    action_id: str
    complaint_id: str
    case_no: str
    customer_name: str
    kind: str
    amount_minor: int
    currency: str
    reason: str
    proposed_by: str
    proposed_by_name: str
    proposed_at: datetime
    you_may_approve: bool


def approval_queue_in(s: Session, approver: Identity) -> list[PendingApproval]:
    """Every action waiting for approval, oldest first, marked with whether ``approver`` may decide it."""
    from callcenter.store.models import RecoveryActionRow

    ids = (
        s.execute(
            select(RecoveryActionRow.complaint_id)
            .where(RecoveryActionRow.status == "pending_approval", ~RecoveryActionRow.deleted)
            .distinct()
        )
        .scalars()
        .all()
    )
    names = cases.user_names_in(s)
    role = approval_role(approver.role)
    out = []
    for complaint_id in ids:
        try:
            record = cases.load(s, complaint_id)
        except NotFound:
            continue
        for a in record.plan.pending():
            allowed = (
                may(approver.role, "decide_recovery")
                and a.proposed_by != approver.user_id
                and record.plan.policy.covers(role, a.kind, a.amount.minor, record.plan.total_if_approved(a))
            )
            out.append(
                PendingApproval(
                    a.action_id,
                    record.id,
                    record.case_no,
                    record.customer_name,
                    a.kind.value,
                    a.amount.minor,
                    a.amount.currency,
                    a.reason,
                    a.proposed_by,
                    names.get(a.proposed_by, a.proposed_by),
                    a.proposed_at,
                    allowed,
                )
            )
    return sorted(out, key=lambda p: p.proposed_at)


def approval_queue(store: Store, approver: Identity) -> list[PendingApproval]:
    with store.session() as s:
        return approval_queue_in(s, approver)


# -- the agent's tasks ------------------------------------------------------------------
@dataclass(frozen=True)
class DueCallback:
    callback_id: str
    complaint_id: str
    case_no: str
    customer_id: str
    customer_name: str
    due_at: datetime
    note: str
    phone: str = ""  # the number to call back on ("" when the customer has none)


def callbacks_in(s: Session, owner_id: str, until: datetime | None = None) -> list[DueCallback]:
    """The owner's scheduled follow-up callbacks (due by ``until`` when given), earliest first."""
    phone = (
        select(Phone.raw)
        .where(Phone.customer_id == Complaint.customer_id, ~Phone.deleted)
        .order_by(Phone.is_primary.desc(), Phone.created_at)
        .limit(1)
        .correlate(Complaint)
        .scalar_subquery()
    )
    q = (
        select(FollowUpCallbackRow, Complaint.case_no, Complaint.customer_id, Customer.display_name, phone)
        .join(Complaint, Complaint.id == FollowUpCallbackRow.complaint_id)
        .join(Customer, Customer.id == Complaint.customer_id)
        .where(
            FollowUpCallbackRow.owner_id == owner_id,
            FollowUpCallbackRow.status == "scheduled",
            ~FollowUpCallbackRow.deleted,
        )
        .order_by(FollowUpCallbackRow.due_at)
    )
    if until is not None:
        q = q.where(FollowUpCallbackRow.due_at <= until)
    return [
        DueCallback(c.id, c.complaint_id, case_no, customer_id, name, c.due_at, c.note, number or "")
        for c, case_no, customer_id, name, number in s.execute(q)
    ]


def callbacks_for(
    store: Store, owner_id: str, now: datetime, within: timedelta = timedelta(days=7)
) -> list[DueCallback]:
    """The owner's scheduled follow-up callbacks due by ``now + within``, earliest first."""
    with store.session() as s:
        return callbacks_in(s, owner_id, now + within)


# -- supervisors' actions -----------------------------------------------------------------
def check_deadlines_in(
    s: Session, workflow: ComplaintWorkflow, now: datetime, owner_id: str | None = None, limit: int = 200
) -> list[BreachNotice]:
    """Escalate open cases whose current deadline has passed (once per deadline), in ``s``.

    At most ``limit`` cases per call, earliest deadline first, so that a store with a backlog
    of overdue cases is worked through in short steps instead of one long write.
    """
    overdue = ((Complaint.state == ComplaintState.RECEIVED.value) & (Complaint.acknowledge_due_at <= now)) | (
        (Complaint.state != ComplaintState.RECEIVED.value) & (Complaint.resolve_due_at <= now)
    )
    q = select(
        Complaint.id, Complaint.state, Complaint.acknowledge_due_at, Complaint.resolve_due_at, Complaint.breaches
    ).where(~Complaint.deleted, Complaint.state.not_in(CLOSED_STATE_VALUES), overdue)
    if owner_id:
        q = q.where(Complaint.owner_id == owner_id)
    rows = s.execute(q.order_by(Complaint.resolve_due_at)).all()
    notices: list[BreachNotice] = []
    for complaint_id, state, ack_due, res_due, breaches in rows:
        kind, due = ("acknowledge", ack_due) if state == ComplaintState.RECEIVED.value else ("resolve", res_due)
        if due is None:
            continue
        if breaches and breach_key(kind, due) in json.loads(breaches):
            continue  # already escalated for this deadline: no write at all
        if len(notices) >= limit:
            break
        e = cases.open_edit(s, complaint_id, SYSTEM_ACTOR, workflow, now)
        notices += workflow.check_deadlines([e.case], now, actor=cases.SYSTEM)
        e.save()
    return notices


def check_deadlines(
    store: Store, workflow: ComplaintWorkflow, now: datetime, owner_id: str | None = None, limit: int = 200
) -> list[BreachNotice]:
    with store.transaction() as s:
        return check_deadlines_in(s, workflow, now, owner_id, limit)


def reassign_in(
    s: Session,
    complaint_ids: list[str],
    actor: Identity,
    agent_id: str | None = None,
    team: str | None = None,
    comment: str = "",
    workflow: ComplaintWorkflow | None = None,
) -> dict[str, Problem]:
    """Hand each case over in ``s``; returns case id -> the problem for those that could not move
    (the others move). Refuses every case with ``NotPermitted`` when the role may not."""
    require(actor.role, "bulk_reassign" if len(complaint_ids) > 1 else "assign")
    problems: dict[str, Problem] = {}
    for complaint_id in complaint_ids:
        try:
            e = cases.open_edit(s, complaint_id, actor, workflow)
            e.workflow.assign(e.case, actor.user_id, agent=agent_id, team=team, at=e.now, comment=comment)
        except (Invalid, IllegalStep, NotFound) as problem:
            problems[complaint_id] = problem
            continue
        e.save()
    return problems


def reassign(
    store: Store,
    complaint_ids: list[str],
    actor: Identity,
    agent_id: str | None = None,
    team: str | None = None,
    comment: str = "",
) -> dict[str, Problem]:
    with store.transaction() as s:
        return reassign_in(s, complaint_ids, actor, agent_id, team, comment)


# -- what the capture dialog offers to link ------------------------------------------------
@dataclass(frozen=True)
class CaptureContext:
    customer_name: str
    currency: str
    orders: list[tuple[str, str, datetime, int]]  # id, order number, ordered at, total minor
    calls: list[tuple[str, datetime, str, str]]  # id, offered at, direction, notes
    language: str = ""


def capture_context_in(s: Session, customer_id: str, limit: int = 20) -> CaptureContext:
    customer = s.get(Customer, customer_id)
    if customer is None or customer.deleted:
        raise NotFound("customer")
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
        customer.display_name,
        customer.currency,
        [(o[0], o[1], o[2], o[3]) for o in orders],
        [(c[0], c[1], c[2], c[3]) for c in calls],
        customer.preferred_language or "",
    )


def capture_context(store: Store, customer_id: str, limit: int = 20) -> CaptureContext:
    with store.session() as s:
        return capture_context_in(s, customer_id, limit)


def callback_number(store: Store, customer_id: str) -> str | None:
    """The number to call a customer back on: the primary phone, else any phone."""
    with store.session() as s:
        return s.scalar(
            select(Phone.raw)
            .where(Phone.customer_id == customer_id, ~Phone.deleted)
            .order_by(Phone.is_primary.desc(), Phone.created_at)
            .limit(1)
        )


def agents_in(s: Session) -> list[tuple[str, str]]:
    """Active users a case can be handed to: (user id, name), by name."""
    return [
        (uid, name)
        for uid, name in s.execute(
            select(User.id, User.display_name).where(~User.deleted, User.active).order_by(User.display_name)
        )
    ]
