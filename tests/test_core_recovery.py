"""Service recovery: approval limits, the action lifecycle, follow-up callbacks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from callcenter.core.complaints.recovery import (
    ApprovalPolicy,
    CallbackStatus,
    RecoveryKind,
    RecoveryNotAllowed,
    RecoveryPlan,
    RecoveryStatus,
    RoleLimits,
    approval_queue,
    due_tasks,
)
from callcenter.core.money import Money
from callcenter.core.roles import Role

UTC = UTC
K, R = RecoveryKind, RecoveryStatus
T0 = datetime(2026, 11, 27, 16, tzinfo=UTC)


def usd(minor: int) -> Money:
    return Money(minor, "USD")


def plan(policy: ApprovalPolicy | None = None) -> RecoveryPlan:
    now = [T0]
    p = RecoveryPlan("C1", policy, clock=lambda: now[0])
    p.now = now
    return p


def test_under_the_limit_executes_directly():
    p = plan()
    a = p.propose(K.REFUND, usd(4_999), "late delivery", "alice", "agent")
    assert a.status is R.PROPOSED
    p.execute(a.action_id, "alice", "agent", comment="refund sent")
    assert a.status is R.EXECUTED
    assert [(e.action, e.from_status, e.to_status) for e in a.history] == [
        ("propose", None, R.PROPOSED),
        ("execute", R.PROPOSED, R.EXECUTED),
    ]


def test_exactly_at_the_limit_is_within_it():
    assert plan().propose(K.REFUND, usd(5_000), "late", "alice", "agent").status is R.PROPOSED


def test_over_the_limit_needs_approval_from_someone_whose_limit_covers_it():
    p = plan()
    a = p.propose(K.REFUND, usd(20_000), "broken TV", "alice", "agent")
    assert a.status is R.PENDING_APPROVAL
    with pytest.raises(RecoveryNotAllowed, match="waiting for approval"):
        p.execute(a.action_id, "alice", "agent")
    with pytest.raises(RecoveryNotAllowed, match="over the agent's limit"):
        p.approve(a.action_id, "bob", "agent")
    assert a.status is R.PENDING_APPROVAL
    p.now[0] = T0 + timedelta(hours=1)
    event = p.approve(a.action_id, "sam", Role.SUPERVISOR, comment="loyal customer")
    assert (a.status, a.decided_by) == (R.APPROVED, "sam")
    assert (event.actor, event.role, event.at, event.comment) == (
        "sam",
        "supervisor",
        T0 + timedelta(hours=1),
        "loyal customer",
    )
    p.execute(a.action_id, "alice", "agent")
    assert a.status is R.EXECUTED


def test_supervisor_limit_then_manager():
    p = plan()
    a = p.propose(K.REPLACEMENT, usd(150_000), "faulty fridge", "sam", "supervisor")
    assert a.status is R.PENDING_APPROVAL
    with pytest.raises(RecoveryNotAllowed):
        p.approve(a.action_id, "sue", "supervisor")
    p.approve(a.action_id, "mia", "manager")
    assert a.status is R.APPROVED


def test_self_approval_is_refused_even_with_a_higher_role():
    p = plan()
    a = p.propose(K.REFUND, usd(20_000), "big order", "sam", "agent")  # sam covering the phones
    assert a.status is R.PENDING_APPROVAL
    with pytest.raises(RecoveryNotAllowed, match="your own proposal"):
        p.approve(a.action_id, "sam", "supervisor")
    with pytest.raises(RecoveryNotAllowed, match="your own proposal"):
        p.refuse(a.action_id, "sam", "supervisor", "changed my mind")
    assert a.status is R.PENDING_APPROVAL and len(a.history) == 1


def test_a_managers_big_proposal_needs_another_approver():
    limits = {
        "manager": RoleLimits({K.REFUND: 100_000}, 100_000),
        "director": RoleLimits({K.REFUND: 1_000_000}, 1_000_000),
    }
    p = plan(ApprovalPolicy(currency="CNY", limits=limits))
    a = p.propose(K.REFUND, Money(500_000, "CNY"), "big order", "mia", "manager")
    assert a.status is R.PENDING_APPROVAL
    with pytest.raises(RecoveryNotAllowed, match="your own proposal"):
        p.approve(a.action_id, "mia", "director")
    p.approve(a.action_id, "dan", "director")
    assert a.status is R.APPROVED


def test_a_refused_action_cannot_be_executed_or_approved():
    p = plan()
    a = p.propose(K.VOUCHER, usd(5_000), "goodwill", "alice", "agent")
    with pytest.raises(ValueError):
        p.refuse(a.action_id, "sam", "supervisor", "  ")
    p.refuse(a.action_id, "sam", "supervisor", "voucher policy")
    assert (a.status, a.decided_by) == (R.REFUSED, "sam") and a.history[-1].comment == "voucher policy"
    for call in (
        lambda: p.execute(a.action_id, "alice", "agent"),
        lambda: p.approve(a.action_id, "mia", "manager"),
        lambda: p.cancel(a.action_id, "alice", "agent", "x"),
    ):
        with pytest.raises(RecoveryNotAllowed):
            call()
    assert a.status is R.REFUSED
    assert p.committed_total() == usd(0)  # refused money does not count


def test_case_total_limit():
    p = plan()
    a = p.propose(K.REFUND, usd(5_000), "first", "alice", "agent")
    b = p.propose(K.ACCOUNT_CREDIT, usd(5_000), "second", "alice", "agent")
    assert (a.status, b.status) == (R.PROPOSED, R.PROPOSED)  # 10,000 total: at the agent's case limit
    c = p.propose(K.VOUCHER, usd(1), "third", "alice", "agent")
    assert c.status is R.PENDING_APPROVAL  # within the per-action limit but over the case total
    assert p.committed_total() == usd(10_001)
    p.cancel(b.action_id, "alice", "agent", "customer preferred the refund")
    d = p.propose(K.VOUCHER, usd(1_000), "fourth", "alice", "agent")
    assert d.status is R.PROPOSED  # cancelled money no longer counts


def test_approver_case_total_is_checked_at_approval_time():
    limits = {
        "agent": RoleLimits({K.REFUND: 100}, case_total=100),
        "supervisor": RoleLimits({K.REFUND: 1_000}, case_total=1_500),
        "manager": RoleLimits({K.REFUND: 10_000}, case_total=100_000),
    }
    p = plan(ApprovalPolicy(limits=limits))
    a = p.propose(K.REFUND, usd(900), "one", "alice", "agent")
    b = p.propose(K.REFUND, usd(900), "two", "bob", "agent")
    assert p.committed_total() == usd(1_800) and p.committed_total(include_pending=False) == usd(0)
    assert approval_queue([p], role="supervisor") == [a, b]  # each alone fits
    p.approve(a.action_id, "sam", "supervisor")  # b waiting does not block a
    assert approval_queue([p], role="supervisor") == []  # but now b would make 1,800
    with pytest.raises(RecoveryNotAllowed, match="case total"):
        p.approve(b.action_id, "sam", "supervisor")  # 900 agreed + 900 > 1,500
    p.approve(b.action_id, "mia", "manager")
    assert approval_queue([p]) == []


def test_proposals_no_one_could_approve_are_refused_up_front():
    p = plan()
    with pytest.raises(RecoveryNotAllowed, match="over every approver's limit"):
        p.propose(K.GOODWILL_GIFT, usd(10_000_000), "yacht", "alice", "agent")
    assert p.actions == ()


@pytest.mark.parametrize(
    "kind,amount,message",
    [
        (K.APOLOGY, usd(100), "carries no money"),
        (K.CALLBACK, usd(1), "carries no money"),
        (K.REFUND, usd(0), "above zero"),
        (K.VOUCHER, usd(-5), "above zero"),
        (K.REFUND, Money(500, "CNY"), "in USD"),
    ],
)
def test_amounts_are_validated(kind, amount, message):
    with pytest.raises(ValueError, match=message):
        plan().propose(kind, amount, "why", "alice", "agent")


def test_amounts_must_be_money_and_reasons_and_roles_are_required():
    p = plan()
    with pytest.raises(TypeError):
        p.propose(K.REFUND, 500, "why", "alice", "agent")
    with pytest.raises(TypeError):
        Money(5.0, "USD")
    with pytest.raises(ValueError):
        p.propose(K.REFUND, usd(500), "", "alice", "agent")
    with pytest.raises(RecoveryNotAllowed, match="no approval limits"):
        p.propose(K.REFUND, usd(500), "why", "alice", "trainer")


def test_apology_and_callback_need_no_approval():
    p = plan()
    for kind in (K.APOLOGY, K.CALLBACK):
        a = p.propose(kind, usd(0), "sorry", "alice", "agent")
        assert a.status is R.PROPOSED
        p.execute(a.action_id, "alice", "agent")


# Operations from every status: (status, operation) -> allowed?
OPERATIONS = ["approve", "refuse", "execute", "cancel"]
ALLOWED = {
    R.PROPOSED: {"execute", "cancel"},
    R.PENDING_APPROVAL: {"approve", "refuse", "cancel"},
    R.APPROVED: {"execute", "cancel"},
    R.REFUSED: set(),
    R.EXECUTED: set(),
    R.CANCELLED: set(),
}


def action_in(status: RecoveryStatus):
    p = plan()
    small = status in (R.PROPOSED, R.EXECUTED) or (status is R.CANCELLED)
    a = p.propose(K.REFUND, usd(100 if small else 20_000), "why", "alice", "agent")
    if status is R.APPROVED:
        p.approve(a.action_id, "sam", "supervisor")
    elif status is R.REFUSED:
        p.refuse(a.action_id, "sam", "supervisor", "no")
    elif status is R.EXECUTED:
        p.execute(a.action_id, "alice", "agent")
    elif status is R.CANCELLED:
        p.cancel(a.action_id, "alice", "agent", "not needed")
    assert a.status is status
    return p, a


def run(p, a, op):
    if op == "approve":
        return p.approve(a.action_id, "mia", "manager")
    if op == "refuse":
        return p.refuse(a.action_id, "mia", "manager", "no")
    if op == "execute":
        return p.execute(a.action_id, "alice", "agent")
    return p.cancel(a.action_id, "alice", "agent", "withdrawn")


@pytest.mark.parametrize("status", list(R), ids=lambda s: s.value)
@pytest.mark.parametrize("op", OPERATIONS)
def test_every_status_and_operation(status, op):
    p, a = action_in(status)
    before = len(a.history)
    if op in ALLOWED[status]:
        event = run(p, a, op)
        assert event.from_status is status and a.history[-1] is event and len(a.history) == before + 1
    else:
        with pytest.raises(RecoveryNotAllowed):
            run(p, a, op)
        assert a.status is status and len(a.history) == before


def test_history_is_read_only():
    p, a = action_in(R.APPROVED)
    assert isinstance(a.history, tuple)
    assert isinstance(p.actions, tuple)


def test_approval_queue_by_role():
    p1, p2 = plan(), RecoveryPlan("C2", clock=lambda: T0 + timedelta(minutes=5))
    small = p1.propose(K.REFUND, usd(20_000), "a", "alice", "agent")
    big = p2.propose(K.REFUND, usd(200_000), "b", "bob", "agent")
    assert approval_queue([p2, p1]) == [small, big]  # oldest first
    assert approval_queue([p1, p2], role="supervisor") == [small]
    assert approval_queue([p1, p2], role="manager") == [small, big]
    assert approval_queue([p1, p2], role="agent") == []


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(list(K)), st.integers(1, 300_000), st.sampled_from(["agent", "supervisor"])),
        max_size=12,
    )
)
def test_nothing_is_executed_beyond_what_someone_could_approve(steps):
    """Random proposals, then executing whatever can be: every executed action either
    was within its proposer's limits when proposed or was approved by someone else."""
    p = plan()
    for kind, minor, role in steps:
        amount = usd(0 if kind in (K.APOLOGY, K.CALLBACK) else minor)
        try:
            p.propose(kind, amount, "why", f"{role}-1", role)
        except RecoveryNotAllowed:
            continue
    for a in p.actions:
        try:
            p.execute(a.action_id, "alice", "agent")
        except RecoveryNotAllowed:
            assert a.status is R.PENDING_APPROVAL
    for a in p.actions:
        if a.status is R.EXECUTED:
            steps_done = [e.action for e in a.history]
            assert steps_done in (["propose", "execute"], ["propose", "approve", "execute"])
            if "approve" not in steps_done:
                assert a.history[0].to_status is R.PROPOSED
        approvals = [e for e in a.history if e.action == "approve"]
        assert all(e.actor != a.proposed_by for e in approvals)


# -- follow-up callbacks --------------------------------------------------------


def test_callbacks_show_up_in_the_owners_task_list_when_due():
    p1, p2 = plan(), plan()
    p2.case_id = "C2"
    cb1 = p1.schedule_callback("alice", T0 + timedelta(hours=2), "alice", note="check the refund arrived")
    cb2 = p2.schedule_callback("alice", T0 + timedelta(hours=1), "sam")
    cb3 = p1.schedule_callback("bob", T0 + timedelta(hours=1), "sam")
    assert due_tasks([p1, p2], "alice", T0) == []
    assert due_tasks([p1, p2], "alice", T0 + timedelta(hours=1)) == [cb2]
    assert due_tasks([p1, p2], "alice", T0 + timedelta(hours=3)) == [cb2, cb1]
    assert due_tasks([p1, p2], "alice", T0, within=timedelta(hours=2)) == [cb2, cb1]
    assert due_tasks([p1, p2], "bob", T0 + timedelta(hours=3)) == [cb3]
    p2.complete_callback(cb2.callback_id, "alice", at=T0 + timedelta(hours=1), outcome="customer happy")
    assert cb2.status is CallbackStatus.DONE and cb2.finished_by == "alice"
    p1.cancel_callback(cb1.callback_id, "sam", "customer asked not to be called")
    assert due_tasks([p1, p2], "alice", T0 + timedelta(hours=3)) == []
    with pytest.raises(RecoveryNotAllowed):
        p1.complete_callback(cb1.callback_id, "alice")


def test_callback_validation():
    p = plan()
    with pytest.raises(ValueError):
        p.schedule_callback("alice", T0 - timedelta(minutes=1), "alice")
    with pytest.raises(ValueError):
        p.schedule_callback("alice", datetime(2026, 12, 1, 9), "alice")
    with pytest.raises(ValueError):
        p.schedule_callback("", T0 + timedelta(hours=1), "alice")
    with pytest.raises(ValueError):
        due_tasks([p], "alice", datetime(2026, 12, 1))
    with pytest.raises(KeyError):
        p.complete_callback("nope", "alice")
