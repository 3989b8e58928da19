"""Complaint cases in the store: capture, the unit of work, queues, drafts, deadlines."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from seed import seed
from sqlalchemy import func, select

from callcenter.core.agents import Identity
from callcenter.core.complaints import ComplaintInvalid, ComplaintState, IllegalComplaintTransition
from callcenter.core.complaints.capture import CategoryTree, ComplaintForm, ConfigError
from callcenter.core.complaints.permissions import NotPermitted
from callcenter.core.complaints.recovery import RecoveryNotAllowed
from callcenter.core.money import Money
from callcenter.core.roles import Role
from callcenter.store import complaints
from callcenter.store.complaints import queries
from callcenter.store.demo_pools import COMPLAINTS as DEMO_COMPLAINTS
from callcenter.store.models import ChangeLog, Complaint, ComplaintEvent, FollowUpCallbackRow, RecoveryActionRow

# A Wednesday morning, inside the default business hours (Mon-Fri 9-17 UTC).
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
        order_id=ids["order"],
        channel="phone",
        category="delivery_late",
        severity="high",
        summary="Pizza two hours late",
        customer_words="它凉了，而且晚了两个小时。",
        desired_outcome="Refund the order",
    )
    base.update(over)
    return ComplaintForm(**base)


def count(store, model) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_capture_opens_a_case_owned_by_the_agent_with_deadlines(world):
    store, ids, agent, _, _ = world
    complaints.save_draft(store, agent.user_id, form(ids))
    record = complaints.create(store, form(ids), agent, at=T0)
    assert record.case.state is ComplaintState.RECEIVED
    assert record.case.assigned_agent == agent.user_id
    assert record.case_no == "C261125-0001"
    assert record.customer_name == "王小明" and record.currency == "CNY"
    # high severity: acknowledge within 4 business hours, resolve within 16 (two working days)
    assert record.case.acknowledge_due == T0 + timedelta(hours=4)
    assert record.case.resolve_due == datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
    assert [e.action for e in record.case.timeline] == ["receive", "assign"]
    assert complaints.load_draft(store, agent.user_id, ids["wang"]) is None  # the draft became the case
    second = complaints.create(store, form(ids, summary="Again"), agent, at=T0 + timedelta(minutes=1))
    assert second.case_no == "C261125-0002"


def test_a_refused_form_writes_nothing_and_names_each_field(world):
    store, ids, agent, _, _ = world
    before = count(store, Complaint)
    with pytest.raises(ComplaintInvalid) as err:
        complaints.create(store, form(ids, category="delivery", summary=" ", customer_words=""), agent, at=T0)
    assert err.value.errors == {
        "category": "category_pick_detail",
        "summary": "summary_required",
        "customer_words": "words_required",
    }
    assert count(store, Complaint) == before
    with pytest.raises(ComplaintInvalid) as err:
        complaints.create(store, form(ids, customer_id="nobody"), agent, at=T0)
    assert err.value.errors == {"customer_id": "customer_unknown"}
    assert count(store, Complaint) == before


def _walk_to_investigating(store, case_id, actor, start):
    for n, step in enumerate(["acknowledge", "assess", "investigate"], start=1):
        with complaints.edit(store, case_id, actor, now=start + timedelta(minutes=n)) as e:
            e.workflow.apply(e.case, step, actor.user_id, at=e.now)


def test_whole_case_refund_over_the_agent_limit_needs_a_supervisor(world):
    store, ids, agent, _, sup = world
    case_id = complaints.create(store, form(ids), agent, at=T0).id
    _walk_to_investigating(store, case_id, agent, T0)
    with complaints.edit(store, case_id, agent, now=T0 + timedelta(minutes=10)) as e:
        refund = e.plan.propose(
            "refund", Money(8_000, "CNY"), "cold pizza, two hours late", agent.user_id, e.policy_role, at=e.now
        )
    assert refund.status.value == "pending_approval"
    # the agent cannot carry it out, and the failed attempt leaves no trace
    events_before = count(store, ComplaintEvent)
    with pytest.raises(RecoveryNotAllowed):
        with complaints.edit(store, case_id, agent, now=T0 + timedelta(minutes=11)) as e:
            e.plan.execute(refund.action_id, agent.user_id, e.policy_role, at=e.now)
    assert count(store, ComplaintEvent) == events_before
    queue = queries.approval_queue(store, sup)
    assert [(p.action_id, p.amount_minor, p.you_may_approve) for p in queue] == [(refund.action_id, 8_000, True)]
    assert [p.you_may_approve for p in queries.approval_queue(store, agent)] == [False]
    with complaints.edit(store, case_id, sup, now=T0 + timedelta(minutes=20)) as e:
        e.require("decide_recovery")
        e.plan.approve(refund.action_id, sup.user_id, e.policy_role, at=e.now)
    assert queries.approval_queue(store, sup) == []
    with complaints.edit(store, case_id, agent, now=T0 + timedelta(minutes=25)) as e:
        e.plan.execute(refund.action_id, agent.user_id, e.policy_role, at=e.now)
        e.workflow.propose_resolution(e.case, agent.user_id, "Refund of ¥80.00", at=e.now)
        e.workflow.customer_accepts(e.case, agent.user_id, at=e.now)
        e.workflow.close(e.case, agent.user_id, at=e.now, root_cause="courier_delay")
    with complaints.edit(store, case_id, agent, now=T0 + timedelta(days=2)) as e:
        e.workflow.record_survey(e.case, agent.user_id, 4, True, at=e.now)

    record = complaints.get(store, case_id)
    assert record.case.state is ComplaintState.CLOSED
    assert record.case.timeline.actions() == [
        "receive",
        "assign",
        "acknowledge",
        "assess",
        "investigate",
        "propose_resolution",
        "customer_accepts",
        "close",
        "survey",
    ]
    assert [e.seq for e in record.case.timeline] == list(range(1, 10))
    assert record.case.survey == {"csat": 4, "would_buy_again": True}
    assert [ev.action for ev in record.plan.action(refund.action_id).history] == ["propose", "approve", "execute"]
    assert record.plan.action(refund.action_id).decided_by == sup.user_id
    with store.session() as s:
        row = s.get(Complaint, case_id)
        assert (row.state, row.root_cause, row.resolution, row.survey_csat, row.survey_buy_again) == (
            "closed",
            "courier_delay",
            "Refund of ¥80.00",
            4,
            True,
        )
        assert row.acknowledged_at == T0 + timedelta(minutes=1)
        assert row.closed_at == row.resolved_at == T0 + timedelta(minutes=25)
        arow = s.get(RecoveryActionRow, refund.action_id)
        assert (arow.status, arow.decided_by, arow.decided_at) == ("executed", sup.user_id, T0 + timedelta(minutes=20))
        # recovery steps are on the case's timeline too, and everything is queued for sync
        kinds = s.execute(
            select(ComplaintEvent.kind, ComplaintEvent.action).where(
                ComplaintEvent.complaint_id == case_id, ComplaintEvent.kind == "recovery"
            )
        ).all()
        assert [a for _, a in kinds] == ["propose", "approve", "execute"]
        logged = set(s.scalars(select(ChangeLog.table_name)))
    assert {"complaints", "complaint_events", "recovery_actions"} <= logged


def test_an_illegal_step_changes_nothing(world):
    store, ids, agent, _, _ = world
    case_id = complaints.create(store, form(ids), agent, at=T0).id
    before = count(store, ComplaintEvent)
    with pytest.raises(IllegalComplaintTransition):
        with complaints.edit(store, case_id, agent, now=T0 + timedelta(minutes=1)) as e:
            e.workflow.acknowledge(e.case, agent.user_id, at=e.now)
            e.workflow.close(e.case, agent.user_id, at=e.now)  # not legal from acknowledged
    assert count(store, ComplaintEvent) == before
    assert complaints.get(store, case_id).case.state is ComplaintState.RECEIVED


def test_reopen_counts_and_clears_the_closing(world):
    store, ids, agent, _, sup = world
    case_id = complaints.create(store, form(ids), agent, at=T0).id
    _walk_to_investigating(store, case_id, agent, T0)
    with complaints.edit(store, case_id, agent, now=T0 + timedelta(hours=1)) as e:
        for step in ("propose_resolution", "customer_accepts", "close"):
            e.workflow.apply(e.case, step, agent.user_id, at=e.now, comment="x")
    with complaints.edit(store, case_id, sup, now=T0 + timedelta(hours=2)) as e:
        e.workflow.reopen(e.case, sup.user_id, at=e.now, comment="customer called back")
    with store.session() as s:
        row = s.get(Complaint, case_id)
        assert (row.state, row.reopen_count, row.closed_at) == ("investigating", 1, None)


def test_callbacks_reach_the_owners_task_list_until_done(world):
    store, ids, agent, agent2, _ = world
    case_id = complaints.create(store, form(ids), agent, at=T0).id
    due = T0 + timedelta(hours=2)
    with complaints.edit(store, case_id, agent, now=T0) as e:
        cb = e.plan.schedule_callback(agent.user_id, due, agent.user_id, at=e.now, note="confirm refund")
    assert queries.callbacks_for(store, agent.user_id, T0, within=timedelta(hours=1)) == []
    [task] = queries.callbacks_for(store, agent.user_id, T0 + timedelta(hours=2))
    assert (task.callback_id, task.case_no, task.customer_name, task.due_at) == (
        cb.callback_id,
        "C261125-0001",
        "王小明",
        due,
    )
    assert queries.callbacks_for(store, agent2.user_id, T0 + timedelta(days=9)) == []
    with complaints.edit(store, case_id, agent, now=due) as e:
        e.plan.complete_callback(cb.callback_id, agent.user_id, at=e.now, outcome="refund confirmed")
    assert queries.callbacks_for(store, agent.user_id, T0 + timedelta(days=1)) == []
    with store.session() as s:
        assert s.get(FollowUpCallbackRow, cb.callback_id).status == "done"
    extra = [(e.kind, e.action) for e in complaints.get(store, case_id).extra_events]
    assert extra == [("callback", "schedule_callback"), ("callback", "callback_done")]


def test_breached_cases_escalate_once_to_the_supervisors(world):
    store, ids, agent, _, sup = world
    wf = complaints.default_workflow()
    case_id = complaints.create(store, form(ids, severity="critical"), agent, at=T0).id

    # critical: acknowledge within one business hour
    def ours(notices):
        return [n for n in notices if n.case_id == case_id]

    assert ours(queries.check_deadlines(store, wf, T0 + timedelta(minutes=30))) == []
    [notice] = ours(queries.check_deadlines(store, wf, T0 + timedelta(hours=2)))
    assert (notice.case_id, notice.kind, notice.owner, notice.escalation_level) == (
        case_id,
        "acknowledge",
        agent.user_id,
        1,
    )
    assert queries.check_deadlines(store, wf, T0 + timedelta(hours=3)) == []  # once per deadline
    [summary] = [c for c in queries.case_summaries(store, wf, T0 + timedelta(hours=3)) if c.id == case_id]
    assert (summary.deadline, summary.escalation_level, summary.needs_supervisor) == ("breached", 1, True)
    assert summary.owner_name == "Alice Agent"


def test_case_summaries_report_deadline_risk(world):
    store, ids, agent, _, _ = world
    wf = complaints.default_workflow()
    case_id = complaints.create(store, form(ids, severity="high"), agent, at=T0).id
    at = {c.id: c.deadline for c in queries.case_summaries(store, wf, T0 + timedelta(hours=1))}
    assert at[case_id] == "on_track"
    # 4 business hours to acknowledge; at risk when under 20 % (48 minutes) is left
    late = {c.id: c.deadline for c in queries.case_summaries(store, wf, T0 + timedelta(hours=3, minutes=30))}
    assert late[case_id] == "at_risk"


def test_bulk_reassign_is_for_supervisors_and_keeps_the_history(world):
    store, ids, agent, agent2, sup = world
    a = complaints.create(store, form(ids), agent, at=T0).id
    b = complaints.create(store, form(ids, summary="Second"), agent, at=T0).id
    with pytest.raises(NotPermitted):
        queries.reassign(store, [a, b], agent, agent_id=agent2.user_id)
    assert queries.reassign(store, [a, b], sup, agent_id=agent2.user_id, comment="Alice on leave") == {}
    for case_id in (a, b):
        record = complaints.get(store, case_id)
        assert record.case.assigned_agent == agent2.user_id
        last = record.case.timeline.last
        assert (last.action, last.data["handover"], last.data["from_agent"]) == ("assign", True, agent.user_id)
    # assigning to the same owner again is reported per case, not raised
    assert set(queries.reassign(store, [a], sup, agent_id=agent2.user_id)) == {a}


def test_drafts_keep_what_was_typed_and_blank_forms_remove_them(world):
    store, ids, agent, agent2, _ = world
    typed = form(ids, summary="half-typed", customer_words="我要投诉")
    complaints.save_draft(store, agent.user_id, typed)
    assert complaints.load_draft(store, agent.user_id, ids["wang"]) == typed
    assert complaints.load_draft(store, agent2.user_id, ids["wang"]) is None  # drafts are per agent
    complaints.save_draft(store, agent.user_id, ComplaintForm(customer_id=ids["wang"]))
    assert complaints.load_draft(store, agent.user_id, ids["wang"]) is None
    assert count(store, ChangeLog) == count(store, ChangeLog)  # drafts never sync
    with store.session() as s:
        assert "complaint_drafts" not in set(s.scalars(select(ChangeLog.table_name)))


def test_the_shipped_category_tree_covers_the_demo_data_in_both_languages():
    tree = complaints.categories()
    assert {g.code for g in tree.groups} >= {
        "product_quality",
        "delivery",
        "billing",
        "staff_attitude",
        "waiting_time",
        "privacy",
    }
    for code, *_ in DEMO_COMPLAINTS:
        assert tree.is_leaf(code), code
    assert tree.label("delivery_late", "en") == "Delivery › Late delivery"
    assert tree.label("delivery_late", "zh_CN") == "配送 › 配送延误"
    guide = complaints.handling_guide()
    assert [s.key for s in guide] == ["listen", "apologise", "solve", "thank"]
    assert all(s.phrases["en"] and s.phrases["zh_CN"] for s in guide)


@pytest.mark.parametrize(
    "data, words",
    [
        ({}, "must have a 'categories' list"),
        ({"categories": [{"code": "a", "en": "A"}]}, "missing zh_CN"),
        ({"categories": [{"code": "a", "en": "A", "zh_CN": "甲"}]}, "has no categories under it"),
        (
            {
                "categories": [
                    {"code": "a", "en": "A", "zh_CN": "甲", "children": [{"code": "x", "en": "X", "zh_CN": "X"}]},
                    {"code": "b", "en": "B", "zh_CN": "乙", "children": [{"code": "x", "en": "X", "zh_CN": "X"}]},
                ]
            },
            "used twice",
        ),
    ],
)
def test_a_malformed_category_file_is_explained(data, words):
    with pytest.raises(ConfigError, match=words):
        CategoryTree.from_mapping(data, "categories.yaml")


def test_timeline_events_are_written_as_json_that_reads_back(world):
    store, ids, agent, _, _ = world
    case_id = complaints.create(store, form(ids), agent, at=T0).id
    with store.session() as s:
        first = s.scalars(
            select(ComplaintEvent).where(ComplaintEvent.complaint_id == case_id, ComplaintEvent.action == "receive")
        ).one()
    assert json.loads(first.data)["severity"] == "high"


def test_a_backlog_of_overdue_cases_is_escalated_in_bounded_steps(world):
    store, ids, agent, _, _ = world
    wf = complaints.default_workflow()
    made = [
        complaints.create(store, form(ids, severity="critical", summary=f"late {n}"), agent, at=T0).id for n in range(5)
    ]
    later = T0 + timedelta(days=3)
    first = queries.check_deadlines(store, wf, later, owner_id=agent.user_id, limit=2)
    second = queries.check_deadlines(store, wf, later, owner_id=agent.user_id, limit=2)
    third = queries.check_deadlines(store, wf, later, owner_id=agent.user_id, limit=2)
    assert [len(first), len(second), len(third)] == [2, 2, 1]
    assert {n.case_id for n in first + second + third} == set(made)
    assert queries.check_deadlines(store, wf, later, owner_id=agent.user_id, limit=2) == []
