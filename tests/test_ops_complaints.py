"""The complaint use cases: one transaction with its audit, Done(view, changes), and
refusals as problems with parameters (never sentences)."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime, timedelta

import pytest
from seed import seed
from sqlalchemy import func, select

from callcenter.core.agents import Identity
from callcenter.core.changes import Changed
from callcenter.core.complaints import (
    CLOSED_STATE_VALUES,
    CLOSED_STATES,
    CaseEvent,
    ComplaintCase,
    ComplaintForm,
    ComplaintInvalid,
    ComplaintState,
    IllegalComplaintTransition,
    RecoveryAction,
    RecoveryKind,
    RecoveryPlan,
    RecoveryStatus,
    Severity,
    Timeline,
)
from callcenter.core.errors import IllegalStep, Invalid, NotFound, NotPermitted, OverLimit
from callcenter.core.money import Money
from callcenter.core.roles import Role
from callcenter.ops import Done
from callcenter.ops import complaint_reports as reports_ops
from callcenter.ops import complaints as ops
from callcenter.store.models import AuditLog, ComplaintEvent

T0 = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


@pytest.fixture
def world(store):
    ids = seed(store)
    agent = Identity(ids["agent1"], "agent1", "Alice Agent", Role.AGENT)
    agent2 = Identity(ids["agent2"], "agent2", "Bob Agent", Role.AGENT)
    sup = Identity(ids["super1"], "super1", "Sue Supervisor", Role.SUPERVISOR)
    return store, ids, agent, agent2, sup


def form(ids, **over) -> ComplaintForm:
    base = dict(
        customer_id=ids["wang"],
        category="delivery_late",
        severity="high",
        summary="Pizza two hours late",
        customer_words="它凉了。",
    )
    base.update(over)
    return ComplaintForm(**base)


def heard(store) -> list[Changed]:
    got: list[Changed] = []
    store.events.subscribe(Changed, got.append)
    return got


def count(store, model) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_logging_a_complaint_returns_the_case_and_what_changed(world):
    store, ids, agent, _, _ = world
    ops.save_draft(store, agent, form(ids, summary="half typed"))
    assert ops.has_draft(store, agent, ids["wang"])
    got = heard(store)
    done = ops.log_complaint(store, agent, form(ids), at=T0)
    assert isinstance(done, Done) and isinstance(done.value, ops.CaseView)
    view = done.value
    assert view.record.case.state is ComplaintState.RECEIVED and view.record.case.assigned_agent == agent.user_id
    assert view.names[agent.user_id] == "Alice Agent" and ids["agent2"] in dict(view.agents)
    assert view.letter_lang == "zh_CN"
    # one commit: the case, its events, the audit, and the draft that became the case
    assert [e.changes for e in got] == [done.changes]
    assert done.changes.ids("complaints") == {view.record.id}
    assert done.changes.touches("complaint_events", "audit_log", "complaint_drafts")
    assert done.changes.touches_record("customer_id", ids["wang"])
    assert not ops.has_draft(store, agent, ids["wang"])


def test_a_refused_form_is_invalid_by_field_and_writes_nothing(world):
    store, ids, agent, _, _ = world
    got = heard(store)
    with pytest.raises(Invalid) as refused:
        ops.log_complaint(store, agent, form(ids, summary=" ", category="delivery"))
    assert refused.value.params["fields"] == {"category": "category_pick_detail", "summary": "summary_required"}
    assert got == []


def test_a_case_step_is_one_transaction_with_its_audit(world):
    store, ids, agent, _, _ = world
    case_id = ops.log_complaint(store, agent, form(ids), at=T0).value.record.id
    audits = count(store, AuditLog)
    got = heard(store)
    done = ops.acknowledge(store, agent, case_id, "called back", now=T0 + timedelta(minutes=5))
    assert done.value.record.case.state is ComplaintState.ACKNOWLEDGED
    assert done.value.record.case.timeline.last.comment == "called back"
    assert [e.changes for e in got] == [done.changes]
    assert done.changes.touches_record("complaint_id", case_id) and done.changes.touches("audit_log")
    assert count(store, AuditLog) == audits + 1


def test_refusals_are_problems_with_parameters(world):
    store, ids, agent, agent2, sup = world
    case_id = ops.log_complaint(store, agent, form(ids), at=T0).value.record.id
    events = count(store, ComplaintEvent)
    got = heard(store)

    with pytest.raises(IllegalStep) as step:
        ops.close(store, agent, case_id, "courier_delay")
    assert isinstance(step.value, IllegalComplaintTransition)
    assert step.value.params == {"action": "close", "state": "received", "reason": ""}

    with pytest.raises(NotPermitted) as role:
        ops.assign(store, agent, case_id, agent=agent2.user_id)
    assert role.value.params == {"action": "assign", "role": "agent"}

    with pytest.raises(Invalid) as empty:
        ops.note(store, agent, case_id, "  ")
    assert empty.value.params["fields"] == {"comment": "required"}

    with pytest.raises(OverLimit) as over:
        ops.propose_recovery(store, agent, case_id, "goodwill_gift", Money(10_000_000, "CNY"), "a yacht")
    assert over.value.params["scope"] == "action"
    assert over.value.params["amount"] == Money(10_000_000, "CNY")
    assert over.value.params["limit"] == Money(200_000, "CNY")  # the highest limit anyone has for a gift

    with pytest.raises(NotFound) as gone:
        ops.carry_out_recovery(store, agent, case_id, "no-such-action")
    assert gone.value.params == {"entity": "recovery_action"}
    with pytest.raises(NotFound):
        ops.acknowledge(store, agent, "no-such-case")

    assert count(store, ComplaintEvent) == events and got == []  # nothing written, nothing published


def test_approval_limits_and_own_proposals(world):
    store, ids, agent, _, sup = world
    case_id = ops.log_complaint(store, agent, form(ids), at=T0).value.record.id
    view = ops.propose_recovery(store, agent, case_id, "refund", Money(8_000, "CNY"), "cold pizza").value
    action = view.focused_action
    assert action is not None and action.status is RecoveryStatus.PENDING_APPROVAL
    with pytest.raises(NotPermitted) as agent_decides:
        ops.decide_recovery(store, agent, case_id, action.action_id, True)
    assert agent_decides.value.params == {"action": "decide_recovery", "role": "agent"}
    with pytest.raises(IllegalStep) as waiting:
        ops.carry_out_recovery(store, agent, case_id, action.action_id)
    assert waiting.value.params["reason"] == "awaiting_approval"
    [pending] = ops.approval_queue(store, sup)
    assert pending.you_may_approve
    done = ops.decide_recovery(store, sup, case_id, action.action_id, True)
    assert done.value.record.plan.action(action.action_id).status is RecoveryStatus.APPROVED
    assert done.changes.touches("recovery_actions")
    big = ops.propose_recovery(store, sup, case_id, "replacement", Money(150_000, "CNY"), "new oven").value
    with pytest.raises(NotPermitted) as own:
        ops.decide_recovery(store, sup, case_id, big.focus, True)
    assert own.value.params["action"] == "decide_own_proposal"


def test_an_approver_over_the_case_total_is_told_the_limit_in_money(world):
    from callcenter.core.complaints import ApprovalPolicy

    plan = RecoveryPlan("C1", ApprovalPolicy("USD"))
    a = plan.propose(RecoveryKind.REFUND, Money(45_000, "USD"), "one", "alice", "agent")
    b = plan.propose(RecoveryKind.REFUND, Money(45_000, "USD"), "two", "bob", "agent")
    c = plan.propose(RecoveryKind.ACCOUNT_CREDIT, Money(45_000, "USD"), "three", "carl", "agent")
    plan.approve(a.action_id, "sam", "supervisor")
    plan.approve(b.action_id, "sam", "supervisor")
    with pytest.raises(OverLimit) as over:
        plan.approve(c.action_id, "sam", "supervisor")
    assert over.value.params["scope"] == "case"
    assert (over.value.params["limit"], over.value.params["amount"]) == (Money(100_000, "USD"), Money(135_000, "USD"))
    assert pickle.loads(pickle.dumps(over.value)) == over.value  # crosses threads and processes intact


def test_take_and_bulk_handover(world):
    store, ids, agent, agent2, sup = world
    a = ops.log_complaint(store, agent, form(ids), at=T0).value.record.id
    b = ops.log_complaint(store, agent, form(ids, summary="second"), at=T0).value.record.id
    with pytest.raises(NotPermitted) as taking:
        ops.take(store, agent2, a)
    assert taking.value.params["action"] == "take_assigned"
    done = ops.reassign(store, sup, [a, b, "gone"], agent2.user_id)
    assert set(done.value) == {"gone"} and isinstance(done.value["gone"], NotFound)
    assert done.changes.related("complaint_id") >= {a, b}
    assert ops.case_view(store, sup, a).record.case.assigned_agent == agent2.user_id
    again = ops.reassign(store, sup, [a], agent2.user_id)
    assert again.value[a].params["fields"] == {"owner": "unchanged"} and not again.changes.touches("complaints")
    with pytest.raises(NotPermitted):
        ops.reassign(store, agent, [a, b], agent.user_id)


def test_callbacks_and_the_deadline_check(world):
    store, ids, agent, _, _ = world
    case_id = ops.log_complaint(store, agent, form(ids, severity="critical"), at=T0).value.record.id
    view = ops.schedule_callback(store, agent, case_id, T0 + timedelta(hours=2), "confirm", now=T0).value
    [callback] = ops.my_callbacks(store, agent)
    assert (callback.callback_id, callback.phone, callback.note) == (view.focus, "138 0013 8000", "confirm")
    done = ops.complete_callback(store, agent, case_id, view.focus, "all good", now=T0 + timedelta(hours=2))
    assert done.changes.touches("follow_up_callbacks") and ops.my_callbacks(store, agent) == []
    with pytest.raises(IllegalStep) as twice:
        ops.complete_callback(store, agent, case_id, view.focus)
    assert twice.value.params["state"] == "done"
    checked = ops.check_deadlines(store, owner_id=agent.user_id, now=T0 + timedelta(hours=3))
    assert [n.case_id for n in checked.value] == [case_id] and checked.changes.touches_record("complaint_id", case_id)
    assert ops.check_deadlines(store, owner_id=agent.user_id, now=T0 + timedelta(hours=4)).value == []


def test_the_board_and_time_passing_from_memory(world):
    store, ids, agent, _, sup = world
    case_id = ops.log_complaint(store, agent, form(ids), at=T0).value.record.id
    view = ops.board(store, sup, now=T0 + timedelta(hours=1))
    [row] = [r for r in view.cases if r.id == case_id]
    assert row.deadline == "on_track"
    # 4 business hours to acknowledge: at risk in the last 20 %, breached after; no store read
    assert ops.deadlines_at([row], T0 + timedelta(hours=3, minutes=30))[0].deadline == "at_risk"
    assert ops.deadlines_at([row], T0 + timedelta(hours=5))[0].deadline == "breached"


def test_letters_and_exports_are_ops_too(world, tmp_path):
    store, ids, agent, _, _ = world
    case_id = ops.log_complaint(store, agent, form(ids), at=T0).value.record.id
    letter = reports_ops.letter(store, agent, case_id, "acknowledgement")
    assert letter.lang == "zh_CN" and "王小明" in letter.html
    with pytest.raises(Invalid):
        reports_ops.letter(store, agent, case_id, "apology")
    figures = reports_ops.figures(store, agent)
    written = reports_ops.export_figures(figures.tables, "csv", tmp_path / "f.csv")
    assert len(written) == len(figures.tables) and all(p.exists() for p in written)
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(reports_ops.ExportError) as refused:
        reports_ops.export_figures(figures.tables, "xlsx", blocker / "f.xlsx")
    assert refused.value.params["reason"] == "no_folder" and "Nothing was written" in str(refused.value)


def test_core_objects_are_restored_through_their_public_api():
    received = ComplaintState.RECEIVED
    first = CaseEvent(T0, "alice", "receive", received, received, seq=1)
    later = CaseEvent(T0 + timedelta(minutes=1), "alice", "note", received, received, "hi", seq=2)
    case = ComplaintCase.restore(
        events=[first, later],
        flagged_breaches=["acknowledge@x"],
        case_id="C1",
        customer_id="K",
        severity=Severity.LOW,
        received_at=T0,
    )
    assert case.timeline.actions() == ["receive", "note"] and case.flagged_breaches == {"acknowledge@x"}
    with pytest.raises(ValueError):
        Timeline([later, first])  # a stored timeline that goes backwards is refused
    action = RecoveryAction.restore(
        history=[],
        action_id="R1",
        case_id="C1",
        kind=RecoveryKind.APOLOGY,
        amount=Money(0, "USD"),
        reason="sorry",
        proposed_by="alice",
        proposed_role="agent",
        proposed_at=T0,
    )
    plan = RecoveryPlan.restore("C1", actions=[action])
    assert plan.actions == (action,) and plan.callbacks == ()


def test_closed_states_are_defined_once():
    from callcenter.core.complaints import figures
    from callcenter.store import screenpop

    assert set(CLOSED_STATE_VALUES) == {s.value for s in CLOSED_STATES} == {"closed", "follow_up_done"}
    assert figures.CLOSED == frozenset(CLOSED_STATE_VALUES)
    assert not hasattr(screenpop, "OPEN_COMPLAINT_STATES")
    assert isinstance(ComplaintInvalid({"x": "y"}), ValueError)
