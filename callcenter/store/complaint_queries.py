"""Lists for the complaints board, the approval queue and the agent's task list."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from callcenter.core.agents import Identity
from callcenter.core.complaint_permissions import approval_role, may
from callcenter.core.complaints import (
    CLOSED_STATES,
    BreachNotice,
    ComplaintState,
    ComplaintWorkflow,
    IllegalComplaintTransition,
    breach_key,
)
from callcenter.core.roles import Role
from callcenter.store import complaints
from callcenter.store.db import Store
from callcenter.store.models import Complaint, Customer, FollowUpCallbackRow, RecoveryActionRow, User

SYSTEM_ACTOR = Identity(complaints.SYSTEM, complaints.SYSTEM, "system", Role.SUPERVISOR)
_CLOSED = tuple(s.value for s in CLOSED_STATES)


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

    def age(self, now: datetime) -> timedelta:
        return now - self.opened_at


def case_summaries(
    store: Store,
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
        q = q.where(Complaint.state.not_in(_CLOSED))
    if owner_id:
        q = q.where(Complaint.owner_id == owner_id)
    if customer_id:
        q = q.where(Complaint.customer_id == customer_id)
    out = []
    with store.session() as s:
        for row, customer_name, owner_name in s.execute(q.order_by(Complaint.opened_at)):
            case = complaints._case_from_row(row)
            current = workflow.current_deadline(case, now)
            out.append(
                CaseSummary(
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
                    current[1] if current else (None if case.is_open else row.resolve_due_at),
                    current[2].value if current else "",
                    row.escalation_level,
                    row.needs_supervisor,
                )
            )
    return out


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


def approval_queue(store: Store, approver: Identity) -> list[PendingApproval]:
    """Every action waiting for approval, oldest first, marked with whether ``approver`` may decide it."""
    with store.session() as s:
        rows = (
            s.execute(
                select(RecoveryActionRow.complaint_id)
                .where(RecoveryActionRow.status == "pending_approval", ~RecoveryActionRow.deleted)
                .distinct()
            )
            .scalars()
            .all()
        )
        names = complaints.user_names(store)
        out = []
        for complaint_id in rows:
            record = complaints.load(s, complaint_id)
            role = approval_role(approver.role)
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


def callbacks_for(
    store: Store, owner_id: str, now: datetime, within: timedelta = timedelta(days=7)
) -> list[DueCallback]:
    """The owner's scheduled follow-up callbacks due by ``now + within``, earliest first."""
    q = (
        select(FollowUpCallbackRow, Complaint.case_no, Complaint.customer_id, Customer.display_name)
        .join(Complaint, Complaint.id == FollowUpCallbackRow.complaint_id)
        .join(Customer, Customer.id == Complaint.customer_id)
        .where(
            FollowUpCallbackRow.owner_id == owner_id,
            FollowUpCallbackRow.status == "scheduled",
            FollowUpCallbackRow.due_at <= now + within,
            ~FollowUpCallbackRow.deleted,
        )
        .order_by(FollowUpCallbackRow.due_at)
    )
    with store.session() as s:
        return [
            DueCallback(c.id, c.complaint_id, case_no, customer_id, name, c.due_at, c.note)
            for c, case_no, customer_id, name in s.execute(q)
        ]


# -- supervisors' actions -----------------------------------------------------------------
def check_deadlines(
    store: Store, workflow: ComplaintWorkflow, now: datetime, owner_id: str | None = None, limit: int = 200
) -> list[BreachNotice]:
    """Escalate open cases whose current deadline has passed (once per deadline).

    At most ``limit`` cases per call, earliest deadline first, so that a store with a backlog
    of overdue cases is worked through in short steps instead of one long write.
    """
    overdue = ((Complaint.state == ComplaintState.RECEIVED.value) & (Complaint.acknowledge_due_at <= now)) | (
        (Complaint.state != ComplaintState.RECEIVED.value) & (Complaint.resolve_due_at <= now)
    )
    q = select(
        Complaint.id, Complaint.state, Complaint.acknowledge_due_at, Complaint.resolve_due_at, Complaint.breaches
    ).where(~Complaint.deleted, Complaint.state.not_in(_CLOSED), overdue)
    if owner_id:
        q = q.where(Complaint.owner_id == owner_id)
    with store.session() as s:
        rows = s.execute(q.order_by(Complaint.resolve_due_at)).all()
    notices = []
    for complaint_id, state, ack_due, res_due, breaches in rows:
        kind, due = ("acknowledge", ack_due) if state == ComplaintState.RECEIVED.value else ("resolve", res_due)
        if breaches and breach_key(kind, due) in json.loads(breaches):
            continue  # already escalated for this deadline: no write at all
        if len(notices) >= limit:
            break
        with complaints.edit(store, complaint_id, SYSTEM_ACTOR, workflow, now) as e:
            notices += workflow.check_deadlines([e.case], now, actor=complaints.SYSTEM)
    return notices


def reassign(
    store: Store,
    complaint_ids: list[str],
    actor: Identity,
    agent_id: str | None = None,
    team: str | None = None,
    comment: str = "",
) -> dict[str, str]:
    """Hand each case over; returns case id -> problem for the ones that could not move."""
    complaints.ensure_permitted(actor, "bulk_reassign" if len(complaint_ids) > 1 else "assign")
    problems = {}
    for complaint_id in complaint_ids:
        try:
            with complaints.edit(store, complaint_id, actor) as e:
                e.workflow.assign(e.case, actor.user_id, agent=agent_id, team=team, at=e.now, comment=comment)
        except (ValueError, IllegalComplaintTransition) as exc:
            problems[complaint_id] = str(exc)
    return problems
