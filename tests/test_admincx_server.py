"""admincx on the sync server (SQLite and PostgreSQL): only admins write complaint categories,
deadlines and approval limits; the approval rule judges recovery actions against the limits in
the server's own table, never against what a console claims its limits are."""

from __future__ import annotations

import pytest
from sync_helpers import InProcessServer
from test_sync_server_rules import NOW, _action, _me, _push, _refused

from callcenter.core.ids import uuid7


@pytest.fixture
def server(server_db_url):
    srv = InProcessServer(server_db_url)
    srv.user("boss", "admin")
    srv.user("sup", "supervisor")
    srv.user("agent1", "agent")
    yield srv
    srv.close()


def _row(**kw) -> dict:
    return {"id": uuid7(), "hlc": "", "deleted": False, "created_at": NOW, "updated_at": NOW, "origin": "t", **kw}


def _limit(role: str, kind: str, amount: int) -> dict:
    return _row(role=role, kind=kind, amount_minor=amount, currency="USD")


def test_only_an_admin_writes_the_complaint_rules(server, tmp_path):
    agent = server.console(tmp_path / "a.db", "agent1")
    sup = server.console(tmp_path / "s.db", "sup")
    boss = server.console(tmp_path / "b.db", "boss")
    rows = [
        ("complaint_categories", _row(code="app", name_en="App", name_zh="应用", parent_id=None, active=True)),
        ("complaint_deadlines", _row(severity="high", first_response_minutes=600, resolution_minutes=6000)),
        ("recovery_approval_limits", _limit("agent", "refund", 10**9)),
    ]
    for console in (agent, sup):
        refused = _refused(_push(console, [(t, dict(r)) for t, r in rows]))
        assert [(r["table"], r["rule"]) for r in refused] == [(t, "role") for t, _ in rows]
        assert {r["reason"] for r in refused} == {"only an admin may change reference data"}
    ok = _push(boss, [(t, dict(r)) for t, r in rows])
    assert ok.status_code == 200 and ok.json()["accepted"] == 3
    # nor may a supervisor change (or delete) the admin's row afterwards
    ((_t, limit),) = rows[2:]
    (refusal,) = _refused(_push(sup, [("recovery_approval_limits", {**limit, "amount_minor": 1, "deleted": True})]))
    assert refusal["rule"] == "role"


def test_the_server_judges_recovery_against_its_own_limits(server, tmp_path):
    agent = server.console(tmp_path / "a.db", "agent1")
    sup = server.console(tmp_path / "s.db", "sup")
    boss = server.console(tmp_path / "b.db", "boss")
    me = _me(agent)
    # no limits on the server yet: the product's defaults (an agent refunds up to 50.00)
    assert (
        _push(agent, [("recovery_actions", _action(status="executed", amount_minor=4_000, proposed_by=me))]).status_code
        == 200
    )
    # the admin lowers an agent's refund limit to 30.00: the same 40.00 now needs an approval
    assert _push(boss, [("recovery_approval_limits", _limit("agent", "refund", 3_000))]).status_code == 200
    row = _action(status="executed", amount_minor=4_000, proposed_by=me, complaint_id="case-2")
    assert _refused(_push(agent, [("recovery_actions", row)]))[0]["rule"] == "needs_approval"
    # the agent's console claiming a higher limit of its own, in the same batch, changes nothing
    claim = _limit("agent", "refund", 10**9)
    refused = _refused(_push(agent, [("recovery_approval_limits", claim), ("recovery_actions", dict(row))]))
    assert {(r["table"], r["rule"]) for r in refused} == {
        ("recovery_approval_limits", "role"),
        ("recovery_actions", "needs_approval"),
    }
    # waiting for approval it goes up; a supervisor approves it within the supervisor's limit
    waiting = {**row, "status": "pending_approval"}
    assert _push(agent, [("recovery_actions", waiting)]).status_code == 200
    sup_limit = _limit("supervisor", "refund", 2_000)
    assert _push(boss, [("recovery_approval_limits", sup_limit)]).status_code == 200
    approved = {**waiting, "status": "approved", "decided_by": _me(sup), "decided_at": NOW}
    assert _refused(_push(sup, [("recovery_actions", approved)]))[0]["rule"] == "approval_limit"
    assert _push(boss, [("recovery_approval_limits", {**sup_limit, "amount_minor": 50_000})]).status_code == 200
    assert _push(sup, [("recovery_actions", approved)]).status_code == 200


def test_a_limit_judges_only_cases_in_its_currency(server, tmp_path):
    """The server's limit for yuan cases is not its limit for dollar cases: each action is
    judged by the limits in its own currency (the product's default where none is set)."""
    agent = server.console(tmp_path / "a.db", "agent1")
    boss = server.console(tmp_path / "b.db", "boss")
    me = _me(agent)
    cny = {**_limit("agent", "refund", 3_000), "currency": "CNY"}
    assert _push(boss, [("recovery_approval_limits", cny)]).status_code == 200
    # 40.00 USD: no dollar limit is set, the default 50.00 covers it
    usd = _action(status="executed", amount_minor=4_000, currency="USD", proposed_by=me, complaint_id="case-usd")
    assert _push(agent, [("recovery_actions", usd)]).status_code == 200
    # 40.00 CNY is above the yuan limit of 30.00: it needs an approval
    yuan = _action(status="executed", amount_minor=4_000, currency="CNY", proposed_by=me, complaint_id="case-cny")
    assert _refused(_push(agent, [("recovery_actions", yuan)]))[0]["rule"] == "needs_approval"
    # a dollar limit beside the yuan one is another row, not a clash
    usd_limit = _limit("agent", "refund", 1_000)
    assert _push(boss, [("recovery_approval_limits", usd_limit)]).status_code == 200
    again = _action(status="executed", amount_minor=2_000, currency="USD", proposed_by=me, complaint_id="case-usd2")
    assert _refused(_push(agent, [("recovery_actions", again)]))[0]["rule"] == "needs_approval"
    # but a second yuan row for the same role and kind is one too many
    twin = {**_limit("agent", "refund", 9_000), "currency": "CNY"}
    assert _push(boss, [("recovery_approval_limits", twin)]).status_code == 409
