"""Credit-limit changes by role within limits: the rules (core), the ops on a real store
(applied at once or waiting, approved or refused by someone else, on the customer's timeline,
audited), and the sync server refusing a pushed approval beyond the pusher's role.

Default limits (minor units): agent may raise by 50,000 up to 200,000; supervisor by 500,000
up to 2,000,000; admin (manager) by 5,000,000 up to 20,000,000. Lowering is within everyone's."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from callcenter.core import credit_limits as cl
from callcenter.core.agents import Identity
from callcenter.core.errors import Invalid
from callcenter.core.money import Money
from callcenter.core.roles import Role
from callcenter.ops import credit
from callcenter.store import repo
from callcenter.store.models import AuditLog, CreditLimitChange, Customer
from callcenter.sync.rules import Actor, check

sys.path.insert(0, str(Path(__file__).parent))
from sync_helpers import InProcessServer

P = cl.CreditPolicy()


@pytest.mark.parametrize(
    ("role", "old", "new", "covered"),
    [
        ("agent", 100_000, 150_000, True),  # +500.00 to 1,500.00
        ("agent", 100_000, 150_001, False),  # one cent over the agent's increase
        ("agent", 160_000, 200_000, True),  # exactly the agent's top limit
        ("agent", 180_000, 200_001, False),  # over the agent's top limit
        ("agent", 1_000_000, 0, True),  # lowering: anyone
        ("supervisor", 100_000, 600_000, True),
        ("supervisor", 100_000, 600_001, False),
        ("admin", 100_000, 5_100_000, True),  # admin approves with manager limits
        ("trainer", 100_000, 100_100, False),  # no limits
    ],
)
def test_role_limits(role, old, new, covered):
    assert P.covers(role, old, new) is covered


def test_proposals_and_decisions_by_hand():
    assert cl.propose(P, "a", "agent", 100_000, 150_000, "CNY", "good payer") == cl.Proposal(
        cl.CreditChangeStatus.APPROVED, "a"
    )
    assert cl.propose(P, "a", "agent", 100_000, 300_000, "CNY", "asks for more").status is (
        cl.CreditChangeStatus.PENDING_APPROVAL
    )
    with pytest.raises(cl.CreditChangeOverLimit) as info:
        cl.propose(P, "a", "agent", 0, 5_000_001, "CNY", "too much")  # over every role's increase
    assert info.value.params["scope"] == "increase" and info.value.params["amount"] == Money(5_000_001, "CNY")
    with pytest.raises(Invalid) as info:
        cl.propose(P, "a", "agent", 100, 100, "CNY", " ")
    assert info.value.params["fields"] == {"limit": "unchanged", "reason": "required"}
    with pytest.raises(cl.CreditChangeNotPermitted):
        cl.propose(P, "t", "trainer", 0, 100, "CNY", "x")
    with pytest.raises(cl.CreditChangeNotPermitted) as info:
        cl.check_decision(P, "s", "supervisor", "pending_approval", "s", 0, 100, "CNY", True)
    assert info.value.params["action"] == "decide_own_proposal"
    with pytest.raises(cl.CreditChangeOverLimit) as info:
        cl.check_decision(P, "s", "supervisor", "pending_approval", "a", 100_000, 700_000, "CNY", True)
    assert (
        info.value.english()
        == "a supervisor cannot raise a credit limit by ¥6,000.00: the supervisor's limit is ¥5,000.00"
    )
    with pytest.raises(cl.IllegalCreditStep):
        cl.check_decision(P, "s", "supervisor", "approved", "a", 0, 100, "CNY", True)
    cl.check_decision(P, "s", "supervisor", "pending_approval", "a", 100_000, 700_000, "CNY", False)  # refusing: any


def who(store, username):
    return next(a for a in repo.agents(store) if a.username == username)


def limit(store, customer_id):
    with store.session() as s:
        return s.get(Customer, customer_id).credit_limit_minor


def test_ops_apply_within_limits_wait_above_and_approve_or_refuse_by_role(seeded):
    store, ids = seeded
    agent, agent2, sup = who(store, "agent1"), who(store, "agent2"), who(store, "super1")
    tom = ids["tom"]  # USD, limit 0
    done = credit.propose_credit_limit(store, agent, tom, 40_000, "first order on account")
    assert done.value.status == "approved" and limit(store, tom) == 40_000
    assert done.changes.touches("credit_limit_changes", "customers", "audit_log")
    waiting = credit.propose_credit_limit(store, agent, tom, 150_000, "business customer").value  # +1,100.00
    assert waiting.status == "pending_approval" and limit(store, tom) == 40_000
    # the queue: agent2 may not decide it (over an agent's increase), the supervisor may
    assert [c.may_decide for c in credit.pending_credit_changes(store, agent2)] == [False]
    assert [c.may_decide for c in credit.pending_credit_changes(store, sup)] == [True]
    assert not credit.pending_credit_changes(store, agent)[0].may_decide  # own proposal
    with pytest.raises(cl.CreditChangeOverLimit):
        credit.decide_credit_limit(store, agent2, waiting.change_id, True)
    with pytest.raises(cl.CreditChangeNotPermitted):
        credit.decide_credit_limit(store, agent, waiting.change_id, True)
    approved = credit.decide_credit_limit(store, sup, waiting.change_id, True, "checked the accounts").value
    assert (approved.status, approved.decided_by, limit(store, tom)) == ("approved", "Sue Supervisor", 150_000)
    with pytest.raises(cl.IllegalCreditStep):
        credit.decide_credit_limit(store, sup, waiting.change_id, False)
    # a supervisor's proposal over their own limits waits; another may refuse it
    big = credit.propose_credit_limit(store, sup, tom, 1_000_000, "key account").value
    assert big.status == "pending_approval"
    refused = credit.decide_credit_limit(store, agent2, big.change_id, False, "not now").value
    assert refused.status == "refused" and limit(store, tom) == 150_000
    # the customer's credit timeline, newest first, with who and why
    timeline = credit.credit_timeline(store, tom)
    assert [(c.new_limit.minor, c.status, c.proposed_by) for c in timeline] == [
        (1_000_000, "refused", "Sue Supervisor"),
        (150_000, "approved", "Alice Agent"),
        (40_000, "approved", "Alice Agent"),
    ]
    assert timeline[1].old_limit == Money(40_000, "USD") and timeline[1].reason == "business customer"
    with store.session() as s:
        audit = [(a.action, a.entity) for a in s.scalars(select(AuditLog).where(AuditLog.entity == "credit_limit"))]
    assert sorted(audit) == sorted(
        [("propose", "credit_limit")] * 3 + [("approve", "credit_limit"), ("refuse", "credit_limit")]
    )


# -- the server's rule on plain dicts ---------------------------------------------------------
def change(status="approved", old=100_000, new=150_000, proposed_by="u-agent", decided_by="u-agent", **kw):
    return {
        "id": kw.pop("id", "c1"),
        "customer_id": "cust",
        "currency": "CNY",
        "old_limit_minor": old,
        "new_limit_minor": new,
        "status": status,
        "proposed_by": proposed_by,
        "decided_by": decided_by,
        **kw,
    }


class Rows:
    def __init__(self, **tables):
        self.tables = tables

    def rows(self, table):
        return list(self.tables.get(table, []))

    def row(self, table, row_id):
        return next((r for r in self.tables.get(table, []) if r["id"] == row_id), None)


AGENT, SUP = Actor("u-agent", "agent", "d1"), Actor("u-sup", "supervisor", "d2")
PENDING = change(status="pending_approval", decided_by=None)


@pytest.mark.parametrize(
    ("who", "row", "old", "allowed"),
    [
        (AGENT, change(), None, True),  # approved when proposed, within the agent's limits
        (AGENT, change(new=150_001), None, False),  # one cent over the agent's increase
        (AGENT, change(new=250_000, old=240_000), None, False),  # over the agent's top limit
        (AGENT, change(decided_by="u-sup"), None, False),  # decided_by must be the pusher
        (AGENT, change(proposed_by="u-other"), None, False),  # approved at once: the pusher's own
        (SUP, change(new=600_000, decided_by="u-sup"), PENDING, True),
        (SUP, change(new=600_001, decided_by="u-sup"), PENDING, False),  # over the supervisor's increase
        (AGENT, change(proposed_by="u-agent"), PENDING, False),  # nobody approves their own proposal
        (AGENT, change(status="refused", decided_by="u-agent", proposed_by="u-x"), PENDING, True),
        (AGENT, change(status="pending_approval", new=900_000), None, True),  # proposing is free
        (AGENT, change(new=900_000), change(), False),  # a decided change is final
        (Actor("u-t", "trainer"), change(decided_by="u-t", proposed_by="u-t", new=100_001), None, False),
    ],
)
def test_server_rule_for_credit_limit_changes(who, row, old, allowed):
    reason = check(who, "credit_limit_changes", row, old, Rows())
    assert (reason is None) is allowed, reason


def test_server_rule_for_a_customers_credit_limit():
    old = {"id": "cust", "credit_limit_minor": 100_000, "display_name": "x"}
    raised = {**old, "credit_limit_minor": 150_000}
    assert check(AGENT, "customers", {**old, "display_name": "y"}, old, Rows()) is None  # other edits: free
    assert check(AGENT, "customers", raised, old, Rows()) is not None  # no change behind it
    assert check(AGENT, "customers", raised, old, Rows(credit_limit_changes=[change()])) is None
    assert check(AGENT, "customers", raised, old, Rows(credit_limit_changes=[PENDING])) is not None


# -- end to end: an agent device pushing an approved change beyond its role ------------------------
def _push(client):
    from callcenter.sync.client import SyncError

    try:
        client.sync_round()
        return None
    except SyncError as err:
        return err


def test_the_sync_server_refuses_an_agent_device_approving_beyond_its_role(tmp_path):
    server = InProcessServer(f"sqlite:///{tmp_path / 'server.db'}")
    try:
        server.user("agent1", "agent")
        server.user("sup", "supervisor")
        agent_dev = server.console(tmp_path / "a.db", "agent1")
        me = agent_dev.http.get("/v1/me", headers=agent_dev._headers()).json()["user_id"]
        agent = Identity(me, "agent1", "Agent", Role.AGENT)
        with agent_dev.store.transaction() as s:
            c = Customer(account_no="C-1", display_name="Li Na", currency="CNY", credit_limit_minor=100_000)
            s.add(c)
            s.flush()
            cid = c.id
        assert _push(agent_dev) is None
        # a tampered agent console: its own copy of the rules lets an agent raise by 5,000.00
        lax = cl.CreditPolicy({"agent": cl.CreditRoleLimits(500_000, 2_000_000)})
        credit.propose_credit_limit(agent_dev.store, agent, cid, 600_000, "friend of mine", policy=lax)
        err = _push(agent_dev)
        assert err is not None and err.status == 403
        assert "above the signed-in user's approval limit" in str(err)
        with server.engine.connect() as conn:
            data = conn.exec_driver_sql(
                "SELECT data FROM sync_rows WHERE table_name = 'customers' AND row_id = ?", (cid,)
            ).scalar()
        assert json.loads(data)["credit_limit_minor"] == 100_000  # nothing of the batch was taken
    finally:
        server.close()


def test_the_sync_server_takes_changes_within_each_role(tmp_path):
    server = InProcessServer(f"sqlite:///{tmp_path / 'server.db'}")
    try:
        server.user("agent1", "agent")
        server.user("sup", "supervisor")
        agent_dev = server.console(tmp_path / "a.db", "agent1")
        sup_dev = server.console(tmp_path / "s.db", "sup")
        me = agent_dev.http.get("/v1/me", headers=agent_dev._headers()).json()["user_id"]
        sup_me = sup_dev.http.get("/v1/me", headers=sup_dev._headers()).json()["user_id"]
        agent = Identity(me, "agent1", "Agent", Role.AGENT)
        sup = Identity(sup_me, "sup", "Sup", Role.SUPERVISOR)
        with agent_dev.store.transaction() as s:
            c = Customer(account_no="C-1", display_name="Li Na", currency="CNY", credit_limit_minor=100_000)
            s.add(c)
            s.flush()
            cid = c.id
        assert _push(agent_dev) is None  # the customer goes up, the users come down
        credit.propose_credit_limit(agent_dev.store, agent, cid, 150_000, "pays on time")  # within: applied
        waiting = credit.propose_credit_limit(agent_dev.store, agent, cid, 600_000, "more").value  # waits
        assert _push(agent_dev) is None
        assert _push(sup_dev) is None  # the supervisor's console pulls the waiting change
        credit.decide_credit_limit(sup_dev.store, sup, waiting.change_id, True, "ok")
        assert _push(sup_dev) is None
        assert _push(agent_dev) is None
        with agent_dev.store.session() as s:
            assert s.get(Customer, cid).credit_limit_minor == 600_000
            assert s.get(CreditLimitChange, waiting.change_id).status == "approved"
    finally:
        server.close()


# -- the dialog on the customer's record ----------------------------------------------------------
def test_credit_dialog_proposes_within_limits_and_a_supervisor_approves_the_rest(qtbot, seeded, settings):
    from PySide6.QtCore import Qt

    from callcenter.gui.agent.credit_limit_dialog import CreditLimitDialog
    from tests.test_gui_console import make_console, shown

    store, ids = seeded
    window, _source, _clock = make_console(qtbot, store, settings)
    window.show_customer(ids["wang"], "search")
    shown(qtbot, window, ids["wang"])
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.findChild(CreditLimitDialog) is not None, timeout=3000)
    dialog = window.findChild(CreditLimitDialog)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=5000)
    assert dialog.header.text() == "王小明 — credit limit ¥5,000.00, balance ¥4,990.00"
    assert dialog.timeline.rowCount() == 0
    dialog.limit_edit.setText("lots")
    dialog.reason_edit.setText("x")
    dialog.propose()
    assert "type an amount" in dialog.message.text()
    # an agent may raise by 500.00 but not past 2,000.00: 5,000.00 -> 5,400.00 waits for approval
    dialog.limit_edit.setText("5,400.00")
    dialog.reason_edit.setText("busy season")
    qtbot.mouseClick(dialog.propose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.timeline.rowCount() == 1, timeout=5000)  # follows its rows
    assert dialog.message.text() == "¥5,400.00 is above your limits: sent for approval."
    assert [dialog.timeline.item(0, c).text() for c in (1, 2, 3, 4)] == [
        "¥5,000.00",
        "¥5,400.00",
        "waiting for approval",
        "Alice Agent",
    ]
    dialog.timeline.setCurrentCell(0, 0)
    assert not dialog.approve_button.isEnabled() and not dialog.refuse_button.isEnabled()  # own proposal
    dialog.close()

    sup_window, _s, _c = make_console(qtbot, store, settings, username="super1")
    sup_window.credit_limit(ids["wang"])
    qtbot.waitUntil(lambda: sup_window.findChild(CreditLimitDialog) is not None, timeout=3000)
    sup = sup_window.findChild(CreditLimitDialog)
    qtbot.waitUntil(lambda: sup.summary is not None and sup.timeline.rowCount() == 1, timeout=5000)
    sup.timeline.setCurrentCell(0, 0)
    assert sup.approve_button.isEnabled()
    qtbot.mouseClick(sup.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sup.timeline.item(0, 3).text() == "approved", timeout=5000)
    assert sup.message.text() == "Approved: the credit limit is now ¥5,400.00."
    assert sup.header.text() == "王小明 — credit limit ¥5,400.00, balance ¥4,990.00"
    assert limit(store, ids["wang"]) == 540_000


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [("1500", "CNY", 150_000), ("1,500.50", "USD", 150_050), ("¥ 2,000", "CNY", 200_000), ("300", "JPY", 300)],
)
def test_parse_amount(text, currency, minor):
    assert cl.parse_amount(text, currency) == minor


@pytest.mark.parametrize("text", ["", "lots", "-5", "1.005", "nan", "inf"])
def test_parse_amount_refuses(text):
    with pytest.raises(Invalid) as info:
        cl.parse_amount(text, "USD")
    assert info.value.params["fields"] == {"limit": "not_a_number"}
