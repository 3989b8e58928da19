"""admincx: complaint categories, deadlines per severity and recovery approval limits per role
are the site's reference data: seeded from the editable defaults with today's values, edited
by admins (audited), read by supervisors, and used by capture, case steps and approvals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from seed import seed
from sqlalchemy import select

from callcenter.core.agents import Identity
from callcenter.core.complaints import ComplaintForm, ComplaintInvalid, RecoveryStatus
from callcenter.core.complaints.recovery import DEFAULT_LIMITS, limit_rows
from callcenter.core.complaints.workflow import DEFAULT_DEADLINES, Severity
from callcenter.core.errors import Invalid, NotPermitted
from callcenter.core.money import Money
from callcenter.core.roles import Role
from callcenter.core.site import SiteSettings
from callcenter.ops import admin
from callcenter.ops import complaints as ops
from callcenter.ops import site as site_ops
from callcenter.store.complaints import config
from callcenter.store.models import AuditLog, ComplaintDeadline, RecoveryApprovalLimit

FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
T0 = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)  # a Wednesday, inside business hours (UTC)
BOSS = None  # a tool on the site's own machine: acts as an admin


@pytest.fixture
def world(store):
    """The test seed (users, a customer) with the site's complaint categories from the defaults."""
    ids = seed(store)
    for item in site_ops.load_defaults().complaint_categories:
        admin.save_complaint_category(
            store, BOSS, admin.CodeForm(item.code, item.en, item.zh, parent=item.extra.get("parent"))
        )
    agent = Identity(ids["agent1"], "agent1", "Alice Agent", Role.AGENT)
    sup = Identity(ids["super1"], "super1", "Sue Supervisor", Role.SUPERVISOR)
    return store, ids, agent, sup


def form(ids, **over) -> ComplaintForm:
    base = dict(
        customer_id=ids["wang"], category="delivery_late", severity="high", summary="Late", customer_words="凉了"
    )
    base.update(over)
    return ComplaintForm(**base)


def audits(store, entity: str) -> list[AuditLog]:
    with store.session() as s:
        return list(s.scalars(select(AuditLog).where(AuditLog.entity == entity).order_by(AuditLog.at, AuditLog.id)))


def test_a_new_site_holds_todays_constants(tmp_path):
    from callcenter.store.db import Store

    store = Store(tmp_path / "site.db")
    site_ops.create_site(
        store, SiteSettings("Acme", currency="CNY"), site_ops.AdminAccount("boss", "boss-pass-1"), hasher=FAST
    )
    ref = admin.reference(store)
    assert [(d.severity, d.first_response_minutes, d.resolution_minutes) for d in ref.deadlines] == [
        (
            s.value,
            round(DEFAULT_DEADLINES[s].acknowledge_within_h * 60),
            round(DEFAULT_DEADLINES[s].resolve_within_h * 60),
        )
        for s in Severity
    ]
    assert all(d.id for d in ref.deadlines) and all(lim.id and lim.currency == "CNY" for lim in ref.limits)
    assert sorted((lim.role, lim.kind, lim.amount_minor) for lim in ref.limits) == sorted(limit_rows(DEFAULT_LIMITS))
    with store.session() as s:
        assert config.deadlines_in(s) == dict(DEFAULT_DEADLINES)
        assert config.approval_limits_in(s, "CNY") == dict(DEFAULT_LIMITS)
        tree, shipped = config.categories_in(s), config.categories()
    assert [g.code for g in tree.groups] == [g.code for g in shipped.groups]
    assert tree.leaves() == shipped.leaves() and not tree.retired
    store.close()


def test_categories_added_edited_and_retired(world):
    store, ids, agent, sup = world
    group = admin.save_complaint_category(store, BOSS, admin.CodeForm("online", "Online shop", "网店")).value
    leaf = admin.save_complaint_category(
        store, BOSS, admin.CodeForm("app_crash", "App crashes", "应用闪退", parent="online")
    ).value
    start = ops.capture_start(store, agent, ids["wang"])
    assert "online" in [g.code for g in start.tree.offered_groups()]
    assert [c.code for c in start.tree.offered_children("online")] == ["app_crash"]
    case = ops.log_complaint(store, agent, form(ids, category="app_crash"), at=T0).value
    assert case.category_label("en") == "Online shop › App crashes"
    # renamed: the old case shows the new name; retired: not offered, refused for new cases
    admin.save_complaint_category(
        store,
        BOSS,
        admin.CodeForm("app_crash", "App keeps crashing", "应用总是闪退", active=False, parent="online"),
        leaf,
    )
    start = ops.capture_start(store, agent, ids["wang"])
    assert "online" not in [g.code for g in start.tree.offered_groups()]
    assert not start.tree.is_offered("app_crash") and start.tree.is_leaf("app_crash")
    with pytest.raises(ComplaintInvalid) as err:
        ops.log_complaint(store, agent, form(ids, category="app_crash"), at=T0)
    assert err.value.params["fields"] == {"category": "category_retired"}
    view = ops.case_view(store, agent, case.record.id)
    assert view.category_label("zh_CN") == "网店 › 应用总是闪退"
    assert view.category_label("en") == "Online shop › App keeps crashing"
    # a retired group retires what is under it; the board still names the old case's category
    admin.save_complaint_category(store, BOSS, admin.CodeForm("app_crash", "App", "应用", parent="online"), leaf)
    admin.save_complaint_category(store, BOSS, admin.CodeForm("online", "Online shop", "网店", active=False), group)
    assert not ops.capture_start(store, agent, ids["wang"]).tree.is_offered("app_crash")
    assert ops.board(store, sup).tree.label("app_crash", "en") == "Online shop › App"
    assert {a.action for a in audits(store, "complaint_category") if a.entity_id == leaf} == {"create", "update"}
    with pytest.raises(NotPermitted):
        admin.save_complaint_category(store, sup, admin.CodeForm("x", "X", "X"))


def test_a_deadline_change_changes_a_new_complaints_due_times(world):
    store, ids, agent, sup = world
    before = ops.log_complaint(store, agent, form(ids), at=T0).value.record.case
    assert before.acknowledge_due == T0 + timedelta(hours=4) and before.resolve_due == T0 + timedelta(days=2)
    admin.save_complaint_deadline(store, BOSS, "high", 90, 6 * 60)
    after = ops.log_complaint(store, agent, form(ids), at=T0).value.record.case
    assert after.acknowledge_due == T0 + timedelta(minutes=90) and after.resolve_due == T0 + timedelta(hours=6)
    # the earlier case keeps its due times; re-assessing it recomputes them from the new table
    kept = ops.case_view(store, agent, before.case_id)
    assert kept.record.case.acknowledge_due == T0 + timedelta(hours=4)
    with store.session() as s:
        assert config.deadlines_in(s)[Severity.HIGH].acknowledge_within_h == 1.5
    (audit,) = audits(store, "complaint_deadline")
    assert audit.action == "create" and "high default->90/360 min" in audit.detail
    # refused: a non-admin, nonsense values
    with pytest.raises(NotPermitted):
        admin.save_complaint_deadline(store, sup, "high", 60, 120)
    with pytest.raises(Invalid) as err:
        admin.save_complaint_deadline(store, BOSS, "high", 600, 60)
    assert err.value.params["fields"] == {"resolution_minutes": "before_first_response"}
    with pytest.raises(Invalid) as err:
        admin.save_complaint_deadline(store, BOSS, "urgent", 0, 60)
    assert err.value.params["fields"] == {"severity": "unknown", "first_response_minutes": "out_of_range"}
    with store.session() as s:
        assert len(s.scalars(select(ComplaintDeadline)).all()) == 1


def test_an_approval_limit_change_changes_whether_a_proposal_waits(world):
    store, ids, agent, sup = world
    case_id = ops.log_complaint(store, agent, form(ids), at=T0).value.record.id
    # 40.00 is within an agent's 50.00 refund limit: no supervisor needed
    done = ops.propose_recovery(store, agent, case_id, "refund", Money(4_000, "CNY"), "cold").value
    assert done.focused_action.status is RecoveryStatus.PROPOSED
    ops.withdraw_recovery(store, agent, case_id, done.focus, "test")
    # a limit in US dollars says nothing about a case in yuan
    admin.save_approval_limit(store, BOSS, "agent", "refund", 3_000, "USD")
    still = ops.propose_recovery(store, agent, case_id, "refund", Money(4_000, "CNY"), "cold").value
    assert still.focused_action.status is RecoveryStatus.PROPOSED
    ops.withdraw_recovery(store, agent, case_id, still.focus, "test")
    admin.save_approval_limit(store, BOSS, "agent", "refund", 3_000, "CNY")
    waits = ops.propose_recovery(store, agent, case_id, "refund", Money(4_000, "CNY"), "cold").value
    assert waits.focused_action.status is RecoveryStatus.PENDING_APPROVAL
    assert [p.action_id for p in ops.approval_queue(store, sup) if p.you_may_approve] == [waits.focus]
    # raised again (per action and for the case total): a bigger one goes through on its own
    admin.save_approval_limit(store, BOSS, "agent", "refund", 20_000, "CNY")
    admin.save_approval_limit(store, BOSS, "agent", "case_total", 50_000, "CNY")
    free = ops.propose_recovery(store, agent, case_id, "refund", Money(15_000, "CNY"), "oven").value
    assert free.focused_action.status is RecoveryStatus.PROPOSED
    with store.session() as s:
        rows = {(r.role, r.kind, r.currency): r.amount_minor for r in s.scalars(select(RecoveryApprovalLimit))}
    assert rows == {
        ("agent", "refund", "USD"): 3_000,
        ("agent", "refund", "CNY"): 20_000,
        ("agent", "case_total", "CNY"): 50_000,
    }
    assert [a.action for a in audits(store, "approval_limit")] == ["create", "create", "update", "create"]
    assert "agent refund 3000->20000 CNY" in audits(store, "approval_limit")[2].detail
    # supervisors read the limits and deadlines, but may not change them; agents may not read
    ref = admin.reference(store, sup)  # every currency in use, the site's (no site here: USD) first
    assert [r.currency for r in ref.limits[::18]] == ["USD", "CNY"] and len(ref.limits) == 36
    assert (
        next(r for r in ref.limits if (r.role, r.kind, r.currency) == ("agent", "refund", "CNY")).amount_minor == 20_000
    )
    assert (
        next(r for r in ref.limits if (r.role, r.kind, r.currency) == ("agent", "refund", "USD")).amount_minor == 3_000
    )
    with pytest.raises(NotPermitted):
        admin.save_approval_limit(store, sup, "supervisor", "refund", 10**9)
    with pytest.raises(NotPermitted):
        admin.reference(store, agent)
    with pytest.raises(Invalid) as err:
        admin.save_approval_limit(store, BOSS, "boss", "yacht", -1)
    assert err.value.params["fields"] == {"role": "unknown", "kind": "unknown", "amount_minor": "out_of_range"}
