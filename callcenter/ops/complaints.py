"""Complaints and service recovery: one function per user action, for the windows and the CLI.

Every write takes ``(store, actor, ...)``, checks the actor's role, applies the core rules
to the case inside ONE transaction (``store.unit()``) together with its audit line, and
returns ``Done(value, changes)``: for a case step the reloaded ``CaseView`` the case window
paints next, and the ``Changes`` the same commit published as ``Changed`` (so the board,
other case windows and the screen pop hear of it). A refusal is a ``Problem``: an
``IllegalStep`` (not in this state), ``NotPermitted(action, role)``, ``OverLimit(limit,
amount, scope)`` with ``Money``, ``Invalid(fields={field: reason})`` or ``NotFound``.

Reads (a case, the board, the approval queue, the agent's callbacks, what the capture
dialog offers) return plain values. Figures, exports and letters are in
``callcenter.ops.complaint_reports``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from callcenter.core.agents import Identity
from callcenter.core.complaints.capture import CategoryTree, ComplaintForm, GuideStep
from callcenter.core.complaints.permissions import approval_role, may, require
from callcenter.core.complaints.recovery import RecoveryAction, RecoveryKind
from callcenter.core.complaints.workflow import (
    TRANSITIONS,
    BreachNotice,
    ComplaintWorkflow,
    Severity,
    SeverityDeadlines,
)
from callcenter.core.errors import NotFound, NotPermitted, Problem
from callcenter.core.money import Money
from callcenter.ops import Done
from callcenter.store.complaints import cases, drafts, queries
from callcenter.store.complaints.cases import CaseEdit, CaseRecord, EventLine
from callcenter.store.complaints.config import (
    categories,
    categories_in,
    deadlines_in,
    default_workflow,
    handling_guide,
    root_causes,
)
from callcenter.store.complaints.queries import CaptureContext, CaseSummary, DueCallback, PendingApproval
from callcenter.store.db import Store

__all__ = [
    "BOARD_TABLES",
    "REFERENCE_TABLES",
    "CALLBACK_TABLES",
    "CASE_TABLES",
    "DRAFT_TABLES",
    "SYSTEM_ACTOR",
    "BoardView",
    "CaptureStart",
    "CaseRecord",
    "CaseSummary",
    "CaseView",
    "DueCallback",
    "EventLine",
    "PendingApproval",
    "acknowledge",
    "apply_step",
    "approval_queue",
    "assess",
    "assign",
    "board",
    "cancel_callback",
    "capture_start",
    "carry_out_recovery",
    "category_tree",
    "case_list",
    "case_view",
    "categories",
    "check_deadlines",
    "close",
    "complete_callback",
    "correct",
    "customer_accepts",
    "customer_rejects",
    "deadlines_at",
    "decide_recovery",
    "default_workflow",
    "discard_draft",
    "escalate",
    "follow_up",
    "handling_guide",
    "has_draft",
    "investigate",
    "log_complaint",
    "my_callbacks",
    "note",
    "propose_recovery",
    "propose_resolution",
    "reassign",
    "record_survey",
    "reopen",
    "root_causes",
    "save_draft",
    "schedule_callback",
    "take",
    "withdraw_recovery",
]

SYSTEM_ACTOR = queries.SYSTEM_ACTOR
# What a window watches (``gui.bridge.watch``): an open case (by ``complaint_id``), the
# board's list and approval queue, the agent's callbacks, the capture drafts.
CASE_TABLES = ("complaints", "complaint_events", "recovery_actions", "follow_up_callbacks")
BOARD_TABLES = ("complaints", "recovery_actions")
CALLBACK_TABLES = ("follow_up_callbacks",)
DRAFT_TABLES = (drafts.TABLE,)
# The site's complaint reference data (admins edit it): a window offering categories or
# showing deadlines watches these too.
REFERENCE_TABLES = ("complaint_categories", "complaint_deadlines", "recovery_approval_limits")


# -- reads ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class CaseView:
    """One case as its window shows it: the case and its plan, the people's names, whom it
    can be handed to, and (after a step that created one) the action or callback it made."""

    record: CaseRecord
    names: Mapping[str, str]
    agents: tuple[tuple[str, str], ...] = ()
    focus: str | None = None
    tree: CategoryTree | None = None  # the site's categories (retired ones still named)

    def category_label(self, lang: str) -> str:
        code = self.record.case.category
        return self.tree.label(code, lang) if self.tree is not None else code

    @property
    def letter_lang(self) -> str:
        """Letters go out in the customer's language ("" when the record does not say)."""
        return self.record.customer_language

    @property
    def focused_action(self) -> RecoveryAction | None:
        return next((a for a in self.record.plan.actions if a.action_id == self.focus), None)


def _view(store: Store, complaint_id: str, focus: str | None = None) -> CaseView:
    with store.session() as s:
        record = cases.load(s, complaint_id)
        return CaseView(record, cases.user_names_in(s), tuple(queries.agents_in(s)), focus, categories_in(s))


def case_view(store: Store, actor: Identity | None, complaint_id: str) -> CaseView:
    """The case, its recovery plan and history, for the case window."""
    return _view(store, complaint_id)


@dataclass(frozen=True)
class BoardView:
    now: datetime
    cases: list[CaseSummary]
    approvals: list[PendingApproval]
    agents: list[tuple[str, str]] = field(default_factory=list)
    tree: CategoryTree = field(default_factory=CategoryTree)  # for the labels and the filter


def board(
    store: Store, actor: Identity, *, workflow: ComplaintWorkflow | None = None, now: datetime | None = None
) -> BoardView:
    """The complaints board: open cases with their deadline state, the approval queue
    (marked with what ``actor`` may decide), and the people cases can be handed to."""
    workflow = workflow or default_workflow()
    now = now or datetime.now(UTC)
    with store.session() as s:
        return BoardView(
            now,
            queries.case_summaries_in(s, workflow, now),
            queries.approval_queue_in(s, actor),
            queries.agents_in(s),
            categories_in(s),
        )


def case_list(
    store: Store,
    actor: Identity | None,
    *,
    include_closed: bool = False,
    owner_id: str | None = None,
    customer_id: str | None = None,
    workflow: ComplaintWorkflow | None = None,
    now: datetime | None = None,
) -> list[CaseSummary]:
    with store.session() as s:
        return queries.case_summaries_in(
            s,
            workflow or default_workflow(),
            now or datetime.now(UTC),
            include_closed=include_closed,
            owner_id=owner_id,
            customer_id=customer_id,
        )


def deadlines_at(
    rows: Iterable[CaseSummary], now: datetime, workflow: ComplaintWorkflow | None = None
) -> list[CaseSummary]:
    """The same list lines with their deadline state worked out for ``now``, from what they
    already hold (time passing changes on track to at risk to breached; no store read)."""
    workflow = workflow or default_workflow()
    return [row.at(workflow, now) for row in rows]


def approval_queue(store: Store, actor: Identity) -> list[PendingApproval]:
    with store.session() as s:
        return queries.approval_queue_in(s, actor)


def my_callbacks(store: Store, actor: Identity) -> list[DueCallback]:
    """Every follow-up callback scheduled for ``actor``, earliest first, with the number to
    ring (the console works out which are due as time passes)."""
    with store.session() as s:
        return queries.callbacks_in(s, actor.user_id)


# -- capture ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class CaptureStart:
    """What the capture dialog needs: the calls and orders to link, the draft if one is
    waiting, the site's category tree (retired categories are not offered), the handling
    guide and the site's deadlines per severity (for the hint under the severity)."""

    context: CaptureContext
    draft: ComplaintForm | None
    tree: CategoryTree
    guide: list[GuideStep]
    deadlines: Mapping[Severity, SeverityDeadlines] = field(default_factory=dict)


def capture_start(store: Store, actor: Identity, customer_id: str) -> CaptureStart:
    with store.session() as s:
        context = queries.capture_context_in(s, customer_id)
        draft = drafts.load_in(s, actor.user_id, customer_id)
        tree, deadlines = categories_in(s), deadlines_in(s)
    return CaptureStart(context, draft, tree, handling_guide(), deadlines)


def category_tree(store: Store) -> tuple[CategoryTree, dict[Severity, SeverityDeadlines]]:
    """The site's categories and deadlines per severity, as they stand now (a capture dialog
    reads them again when an admin changes them)."""
    with store.session() as s:
        return categories_in(s), deadlines_in(s)


def has_draft(store: Store, actor: Identity, customer_id: str) -> bool:
    with store.session() as s:
        return drafts.load_in(s, actor.user_id, customer_id) is not None


def save_draft(store: Store, actor: Identity, form: ComplaintForm) -> Done[None]:
    """Keep what is typed (a blank form removes the draft)."""
    with store.unit() as u:
        drafts.save_in(u.session, actor.user_id, form)
    return Done(None, u.changes)


def discard_draft(store: Store, actor: Identity, customer_id: str) -> Done[None]:
    with store.unit() as u:
        drafts.discard_in(u.session, actor.user_id, customer_id)
    return Done(None, u.changes)


def log_complaint(
    store: Store,
    actor: Identity,
    form: ComplaintForm,
    *,
    workflow: ComplaintWorkflow | None = None,
    at: datetime | None = None,
) -> Done[CaseView]:
    """The capture form becomes a case owned by the capturing agent (its draft goes).
    Refused with ``Invalid(fields)`` (nothing written) when the form cannot be taken."""
    with store.unit() as u:
        case_id = cases.create_in(u.session, form, actor, workflow, at)
    return Done(_view(store, case_id), u.changes)


# -- one case step ------------------------------------------------------------------------------
# A step applies core actions to the loaded case; a str it returns is the id of what it made.
Step = Callable[[CaseEdit], object]


def _step(
    store: Store,
    actor: Identity,
    complaint_id: str,
    permission: str,
    apply: Step,
    *,
    workflow: ComplaintWorkflow | None = None,
    now: datetime | None = None,
) -> Done[CaseView]:
    """Check the role, load the case, apply the step, write it with its audit (one
    transaction), and return the reloaded case."""
    require(actor.role, permission)
    with store.unit() as u:
        e = cases.open_edit(u.session, complaint_id, actor, workflow, now)
        made = apply(e)
        e.save()
    focus = made if isinstance(made, str) else None
    return Done(_view(store, complaint_id, focus), u.changes)


def apply_step(
    store: Store,
    actor: Identity,
    complaint_id: str,
    action: str,
    comment: str = "",
    *,
    workflow: ComplaintWorkflow | None = None,
    now: datetime | None = None,
) -> Done[CaseView]:
    """A state-changing step by name (acknowledge, investigate, customer_accepts, ...)."""
    if action not in TRANSITIONS:
        raise NotFound("step")

    def go(e: CaseEdit) -> None:
        e.workflow.apply(e.case, action, actor.user_id, at=e.now, comment=comment)

    return _step(store, actor, complaint_id, action, go, workflow=workflow, now=now)


def _simple(action: str) -> Callable[..., Done[CaseView]]:
    def op(
        store: Store,
        actor: Identity,
        complaint_id: str,
        comment: str = "",
        *,
        workflow: ComplaintWorkflow | None = None,
        now: datetime | None = None,
    ) -> Done[CaseView]:
        return apply_step(store, actor, complaint_id, action, comment, workflow=workflow, now=now)

    op.__name__ = op.__qualname__ = action
    op.__doc__ = f"The case step {action!r} (with an optional comment)."
    return op


acknowledge = _simple("acknowledge")
investigate = _simple("investigate")
customer_accepts = _simple("customer_accepts")
customer_rejects = _simple("customer_rejects")
follow_up = _simple("follow_up")
reopen = _simple("reopen")


def assess(
    store: Store,
    actor: Identity,
    complaint_id: str,
    severity: Severity | str | None = None,
    comment: str = "",
    **kw: Any,
) -> Done[CaseView]:
    """Assess the case; a new severity recomputes the deadlines."""
    return _step(
        store,
        actor,
        complaint_id,
        "assess",
        lambda e: e.workflow.assess(e.case, actor.user_id, at=e.now, comment=comment, severity=severity),
        **kw,
    )


def propose_resolution(store: Store, actor: Identity, complaint_id: str, proposal: str, **kw: Any) -> Done[CaseView]:
    return _step(
        store,
        actor,
        complaint_id,
        "propose_resolution",
        lambda e: e.workflow.propose_resolution(e.case, actor.user_id, proposal, at=e.now),
        **kw,
    )


def close(
    store: Store, actor: Identity, complaint_id: str, root_cause: str | None = None, comment: str = "", **kw: Any
) -> Done[CaseView]:
    return _step(
        store,
        actor,
        complaint_id,
        "close",
        lambda e: e.workflow.close(e.case, actor.user_id, at=e.now, comment=comment, root_cause=root_cause),
        **kw,
    )


def escalate(store: Store, actor: Identity, complaint_id: str, comment: str = "", **kw: Any) -> Done[CaseView]:
    """One level up and onto the supervisors' queue; the state does not change."""
    return _step(
        store,
        actor,
        complaint_id,
        "escalate",
        lambda e: e.workflow.escalate(e.case, actor.user_id, at=e.now, comment=comment),
        **kw,
    )


def assign(
    store: Store,
    actor: Identity,
    complaint_id: str,
    agent: str | None = None,
    team: str | None = None,
    comment: str = "",
    **kw: Any,
) -> Done[CaseView]:
    """Assign or hand the case over to an agent and/or a team (supervisors)."""
    return _step(
        store,
        actor,
        complaint_id,
        "assign",
        lambda e: e.workflow.assign(e.case, actor.user_id, agent=agent, team=team, at=e.now, comment=comment),
        **kw,
    )


def take(store: Store, actor: Identity, complaint_id: str, **kw: Any) -> Done[CaseView]:
    """The actor takes the case: an unowned one, or (supervisors) anyone's."""

    def go(e: CaseEdit) -> None:
        owner = e.case.assigned_agent
        if owner is not None and owner != actor.user_id and not may(actor.role, "assign"):
            raise NotPermitted("take_assigned", str(getattr(actor.role, "value", actor.role)))
        e.workflow.assign(e.case, actor.user_id, agent=actor.user_id, at=e.now, comment="")

    return _step(store, actor, complaint_id, "take", go, **kw)


def note(store: Store, actor: Identity, complaint_id: str, comment: str, **kw: Any) -> Done[CaseView]:
    return _step(
        store,
        actor,
        complaint_id,
        "note",
        lambda e: e.workflow.note(e.case, actor.user_id, comment, at=e.now),
        **kw,
    )


def correct(
    store: Store, actor: Identity, complaint_id: str, seq: int, comment: str, fields: Mapping[str, Any] | None = None
) -> Done[CaseView]:
    """Correct an earlier event (supervisors): the original stays, the correction is a new event."""
    return _step(
        store,
        actor,
        complaint_id,
        "correct",
        lambda e: e.workflow.correct(e.case, actor.user_id, seq, comment, at=e.now, **dict(fields or {})),
    )


def record_survey(
    store: Store,
    actor: Identity,
    complaint_id: str,
    csat: int,
    would_buy_again: bool,
    comment: str = "",
    **kw: Any,
) -> Done[CaseView]:
    return _step(
        store,
        actor,
        complaint_id,
        "survey",
        lambda e: e.workflow.record_survey(e.case, actor.user_id, csat, would_buy_again, at=e.now, comment=comment),
        **kw,
    )


# -- service recovery -------------------------------------------------------------------------------
def _known_action(e: CaseEdit, action_id: str) -> str:
    if not any(a.action_id == action_id for a in e.plan.actions):
        raise NotFound("recovery_action")
    return action_id


def _known_callback(e: CaseEdit, callback_id: str) -> str:
    if not any(c.callback_id == callback_id for c in e.plan.callbacks):
        raise NotFound("callback")
    return callback_id


def propose_recovery(
    store: Store,
    actor: Identity,
    complaint_id: str,
    kind: RecoveryKind | str,
    amount: Money,
    reason: str,
    **kw: Any,
) -> Done[CaseView]:
    """Offer a recovery action: within the actor's limits it can be carried out at once,
    over them it waits for approval, over every approver's limit it is refused
    (``OverLimit``). The view's ``focus`` is the new action."""

    def go(e: CaseEdit) -> str:
        return e.plan.propose(kind, amount, reason, actor.user_id, e.policy_role, at=e.now).action_id

    return _step(store, actor, complaint_id, "propose_recovery", go, **kw)


def decide_recovery(
    store: Store,
    actor: Identity,
    complaint_id: str,
    action_id: str,
    approve: bool,
    reason: str = "",
    **kw: Any,
) -> Done[CaseView]:
    """Approve or refuse an action waiting for approval (supervisors, within their limits,
    never their own proposal)."""

    def go(e: CaseEdit) -> str:
        e.decide(_known_action(e, action_id), approve, reason)
        return action_id

    return _step(store, actor, complaint_id, "decide_recovery", go, **kw)


def carry_out_recovery(
    store: Store, actor: Identity, complaint_id: str, action_id: str, comment: str = "", **kw: Any
) -> Done[CaseView]:
    def go(e: CaseEdit) -> str:
        e.plan.execute(_known_action(e, action_id), actor.user_id, e.policy_role, at=e.now, comment=comment)
        return action_id

    return _step(store, actor, complaint_id, "execute_recovery", go, **kw)


def withdraw_recovery(
    store: Store, actor: Identity, complaint_id: str, action_id: str, reason: str, **kw: Any
) -> Done[CaseView]:
    def go(e: CaseEdit) -> str:
        e.plan.cancel(_known_action(e, action_id), actor.user_id, e.policy_role, reason, at=e.now)
        return action_id

    return _step(store, actor, complaint_id, "cancel_recovery", go, **kw)


def schedule_callback(
    store: Store,
    actor: Identity,
    complaint_id: str,
    due: datetime,
    note: str = "",
    owner: str | None = None,
    **kw: Any,
) -> Done[CaseView]:
    """A follow-up callback for the case's owner (or ``owner``): it reaches their task list
    and rings their console when due. The view's ``focus`` is the new callback."""

    def go(e: CaseEdit) -> str:
        who = owner or e.case.assigned_agent or actor.user_id
        return e.plan.schedule_callback(who, due, actor.user_id, at=e.now, note=note).callback_id

    return _step(store, actor, complaint_id, "schedule_callback", go, **kw)


def complete_callback(
    store: Store, actor: Identity, complaint_id: str, callback_id: str, outcome: str = "", **kw: Any
) -> Done[CaseView]:
    def go(e: CaseEdit) -> str:
        e.plan.complete_callback(_known_callback(e, callback_id), actor.user_id, at=e.now, outcome=outcome)
        return callback_id

    return _step(store, actor, complaint_id, "finish_callback", go, **kw)


def cancel_callback(
    store: Store, actor: Identity, complaint_id: str, callback_id: str, reason: str, **kw: Any
) -> Done[CaseView]:
    def go(e: CaseEdit) -> str:
        e.plan.cancel_callback(_known_callback(e, callback_id), actor.user_id, reason, at=e.now)
        return callback_id

    return _step(store, actor, complaint_id, "finish_callback", go, **kw)


# -- over many cases ------------------------------------------------------------------------------
def check_deadlines(
    store: Store,
    actor: Identity | None = None,
    *,
    owner_id: str | None = None,
    limit: int = 200,
    workflow: ComplaintWorkflow | None = None,
    now: datetime | None = None,
) -> Done[list[BreachNotice]]:
    """Escalate open cases whose deadline has passed, once per deadline, at most ``limit``
    (earliest first), in one transaction. The escalation is the system's, whoever asks."""
    workflow = workflow or default_workflow()
    with store.unit() as u:
        notices = queries.check_deadlines_in(u.session, workflow, now or datetime.now(UTC), owner_id, limit)
    return Done(notices, u.changes)


def reassign(
    store: Store,
    actor: Identity,
    complaint_ids: list[str],
    agent_id: str | None = None,
    team: str | None = None,
    comment: str = "",
) -> Done[dict[str, Problem]]:
    """Hand several cases over (supervisors) in one transaction: the value names each case
    that could not move and why (the others moved)."""
    with store.unit() as u:
        problems = queries.reassign_in(u.session, complaint_ids, actor, agent_id, team, comment)
    return Done(problems, u.changes)


def policy_role(actor: Identity) -> str:
    """The actor's role in the approval policy (agent, supervisor, manager)."""
    return approval_role(actor.role)
