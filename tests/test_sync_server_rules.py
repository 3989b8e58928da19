"""The sync server's rules and identity checks through the real API, on both backends:
approval limits judged from the server's own facts (issue 12 item 1), device ids kept
by their owner (6), conflict records changed only by supervisors (8) and recorded once
per pair of versions (10), failed sign-ins limited per user and per address (13).

Limits (core.recovery.DEFAULT_LIMITS, minor units): refund per action agent 5,000,
supervisor 50,000; case total agent 10,000, supervisor 100,000."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text
from sync_helpers import PASSWORD, InProcessServer, TestClient

from callcenter.core.ids import uuid7
from callcenter.store import replica
from callcenter.store.db import Store
from callcenter.store.models import Customer
from callcenter.sync import client as codes
from callcenter.sync import protocol, server_store
from callcenter.sync.client import SyncClient, SyncError

NOW = "2026-11-25T10:00:00+00:00"


@pytest.fixture
def server(server_db_url):
    srv = InProcessServer(server_db_url)
    srv.user("sup", "supervisor")
    srv.user("agent1", "agent")
    srv.user("agent2", "agent")
    yield srv
    srv.close()


def _me(client) -> str:
    return client.http.get("/v1/me", headers=client._headers()).json()["user_id"]


def _action(**kw) -> dict:
    """Every column of the consoles' recovery_actions table."""
    row = {
        "id": uuid7(),
        "hlc": "",
        "deleted": False,
        "created_at": NOW,
        "updated_at": NOW,
        "origin": "test",
        "complaint_id": "case-1",
        "kind": "refund",
        "amount_minor": 4_000,
        "currency": "USD",
        "reason": "cold pizza",
        "status": "proposed",
        "proposed_by": "",
        "proposed_role": "agent",
        "proposed_at": NOW,
        "decided_by": None,
        "decided_at": None,
    }
    row.update(kw)
    return row


def _push(client, rows: list[tuple[str, dict]], cursor: int = 0):
    """One batch of (table, row) as sent by a console (fresh stamps), the raw answer."""
    changes = []
    for table, row in rows:
        row["hlc"] = client.store.clock.now().encode()
        changes.append({"table": table, "id": row["id"], "hlc": row["hlc"], "deleted": row["deleted"], "row": row})
    body = {"batch_id": uuid7(), "cursor": cursor, "changes": changes}
    return client.http.post("/v1/push", json=body, headers=client._headers())


def _refused(resp) -> list[dict]:
    assert resp.status_code == 403, resp.text
    return resp.json()["detail"]["refused"]


# -- item 1: approval limits whoever calls the API ------------------------------------------
def test_an_action_pushed_in_another_users_name_is_refused(server, tmp_path):
    agent = server.console(tmp_path / "a.db", "agent1")
    sup = server.console(tmp_path / "s.db", "sup")
    before = server_store.stats(server.engine)
    # an executed 4,000.00 refund "proposed by" the supervisor, pushed by an agent's device
    row = _action(status="executed", amount_minor=400_000, proposed_by=_me(sup), proposed_role="supervisor")
    (refusal,) = _refused(_push(agent, [("recovery_actions", row)]))
    assert refusal == {
        "table": "recovery_actions",
        "id": row["id"],
        "rule": "proposer",
        "reason": "a recovery action must be proposed by the signed-in user",
    }
    # in the agent's own name it is over the agent's limit: it needed an approval
    row = _action(status="executed", amount_minor=400_000, proposed_by=_me(agent))
    (refusal,) = _refused(_push(agent, [("recovery_actions", row)]))
    assert (refusal["id"], refusal["rule"]) == (row["id"], "needs_approval")
    assert server_store.stats(server.engine) == before
    # within the agent's limit it is carried out at once
    ok = _push(agent, [("recovery_actions", _action(status="executed", amount_minor=4_000, proposed_by=_me(agent)))])
    assert ok.status_code == 200 and ok.json()["accepted"] == 1


def test_an_approved_action_cannot_be_raised_and_executed(server, tmp_path):
    agent = server.console(tmp_path / "a.db", "agent1")
    sup = server.console(tmp_path / "s.db", "sup")
    row = _action(status="pending_approval", amount_minor=4_000, proposed_by=_me(agent))
    assert _push(agent, [("recovery_actions", row)]).status_code == 200
    approved = {**row, "status": "approved", "decided_by": _me(sup), "decided_at": NOW}
    assert _push(sup, [("recovery_actions", approved)]).status_code == 200
    # 40.00 approved, raised to 100,000.00 and executed by the proposer's device
    raised = {**approved, "status": "executed", "amount_minor": 10_000_000}
    (refusal,) = _refused(_push(agent, [("recovery_actions", raised)]))
    assert (refusal["id"], refusal["rule"]) == (row["id"], "decided")
    # raised while the status stays "approved"
    (refusal,) = _refused(_push(agent, [("recovery_actions", {**approved, "amount_minor": 10_000_000})]))
    assert refusal["rule"] == "decided"
    # nor may the approver be rewritten, nor the proposer
    (refusal,) = _refused(_push(agent, [("recovery_actions", {**approved, "decided_by": _me(agent)})]))
    assert refusal["rule"] == "decider"
    (refusal,) = _refused(_push(agent, [("recovery_actions", {**approved, "proposed_by": _me(sup)})]))
    assert refusal["rule"] == "proposer"
    # the approved 40.00 is executed
    done = _push(agent, [("recovery_actions", {**approved, "status": "executed"})])
    assert done.status_code == 200 and done.json()["accepted"] == 1


def test_an_approval_is_the_signed_in_users_within_their_limits(server, tmp_path):
    agent1 = server.console(tmp_path / "a1.db", "agent1")
    agent2 = server.console(tmp_path / "a2.db", "agent2")
    sup = server.console(tmp_path / "s.db", "sup")
    row = _action(status="pending_approval", amount_minor=20_000, proposed_by=_me(agent2))
    assert _push(agent2, [("recovery_actions", row)]).status_code == 200
    # another agent approves 200.00: above an agent's 50.00
    mine = {**row, "status": "approved", "decided_by": _me(agent1)}
    assert _refused(_push(agent1, [("recovery_actions", mine)]))[0]["rule"] == "approval_limit"
    # the proposer approves it in the supervisor's name
    forged = {**row, "status": "approved", "decided_by": _me(sup)}
    assert _refused(_push(agent2, [("recovery_actions", forged)]))[0]["rule"] == "decider"
    # a new row that arrives approved is approved by its own proposer
    fresh = _action(status="approved", amount_minor=20_000, proposed_by=_me(sup), decided_by=_me(sup))
    assert _refused(_push(sup, [("recovery_actions", fresh)]))[0]["rule"] == "illegal_step"
    ok = _push(sup, [("recovery_actions", forged)])
    assert ok.status_code == 200 and ok.json()["accepted"] == 1


def test_the_whole_batch_counts_toward_the_case_total(server, tmp_path):
    agent = server.console(tmp_path / "a.db", "agent1")
    me = _me(agent)
    three = [("recovery_actions", _action(amount_minor=5_000, proposed_by=me)) for _ in range(3)]
    before = server_store.stats(server.engine)
    # 50.00 + 50.00 = 100.00 is the agent's case limit; the third passes it
    refused = _refused(_push(agent, three))
    assert [(r["id"], r["rule"]) for r in refused] == [(three[2][1]["id"], "needs_approval")]
    assert server_store.stats(server.engine) == before
    ok = _push(agent, three[:2])
    assert ok.status_code == 200 and ok.json()["accepted"] == 2
    # the server's rows count too: a third in a later batch is refused, a waiting one is not
    assert _refused(_push(agent, [three[2]]))[0]["rule"] == "needs_approval"
    waiting = {**three[2][1], "status": "pending_approval"}
    assert _push(agent, [("recovery_actions", waiting)]).status_code == 200


def test_a_refusal_reaches_the_console_as_a_problem_naming_the_rule(server, tmp_path):
    agent = server.console(tmp_path / "a.db", "agent1")
    row = _action(status="executed", amount_minor=400_000, proposed_by=_me(agent))
    row["hlc"] = agent.store.clock.now().encode()
    change = {"table": "recovery_actions", "id": row["id"], "hlc": row["hlc"], "deleted": False, "row": row}
    with pytest.raises(SyncError) as err:
        agent._request("POST", "/v1/push", json={"batch_id": uuid7(), "changes": [change]})
    problem = err.value.problem
    assert problem.params["reason"] == codes.FORBIDDEN and not problem.params["transient"]
    assert problem.params["tables"] == ["recovery_actions"] and problem.params["rules"] == ["needs_approval"]
    assert "needs an approval" in problem.english()


def test_approval_through_real_consoles(server, tmp_path):
    """Propose on an agent's console, approve on a supervisor's, carry out on the agent's:
    every push is accepted, and an agent's console cannot approve."""
    from callcenter.core.agents import Identity
    from callcenter.core.complaints import ComplaintForm
    from callcenter.core.money import Money
    from callcenter.core.roles import Role
    from callcenter.ops import complaints as ops
    from callcenter.store.models import RecoveryActionRow

    agent = server.console(tmp_path / "a.db", "agent1")
    sup = server.console(tmp_path / "s.db", "sup")
    with sup.store.transaction() as s:
        customer = Customer(account_no="A-1", display_name="Li Na")
        s.add(customer)
        s.flush()
        cid = customer.id
    sup.sync_round()
    agent.sync_round()
    me = Identity(_me(agent), "agent1", "agent1", Role.AGENT)
    boss = Identity(_me(sup), "sup", "sup", Role.SUPERVISOR)
    case = ops.log_complaint(
        agent.store,
        me,
        ComplaintForm(customer_id=cid, category="delivery_late", severity="high", summary="late", customer_words="x"),
    ).value.record.id
    view = ops.propose_recovery(agent.store, me, case, "refund", Money(20_000, "USD"), "two hours late").value
    action_id = view.focus
    assert agent.sync_round().pushed > 0
    sup.sync_round()
    ops.decide_recovery(sup.store, boss, case, action_id, approve=True)
    sup.sync_round()
    agent.sync_round()
    ops.carry_out_recovery(agent.store, me, case, action_id)
    agent.sync_round()
    sup.sync_round()
    with sup.store.session() as s:
        got = s.scalars(select(RecoveryActionRow).where(RecoveryActionRow.id == action_id)).one()
    assert (got.status, got.decided_by, got.proposed_by) == ("executed", boss.user_id, me.user_id)


# -- item 6: device ids stay with their owner -----------------------------------------------
def test_another_users_device_id_is_refused_and_the_owner_keeps_working(server, tmp_path):
    owner = server.console(tmp_path / "a.db", "agent1")
    device = owner.store.device_id  # visible to everyone as the "origin" of its rows
    headers = {protocol.SCHEMA_HEADER: protocol.schema_version()}
    resp = server.http.post(
        "/v1/devices", json={"username": "agent2", "password": PASSWORD, "device_id": device}, headers=headers
    )
    assert resp.status_code == 409, resp.text
    assert resp.json()["detail"]["code"] == "device_taken"
    assert owner.http.get("/v1/me", headers=owner._headers()).status_code == 200
    owner.sync_round()
    # the owner may register the same device again (a new token)
    resp = server.http.post(
        "/v1/devices", json={"username": "agent1", "password": PASSWORD, "device_id": device}, headers=headers
    )
    assert resp.status_code == 200
    # a console sees the refusal as a problem with its own code
    thief = server.console(tmp_path / "b.db", "agent2")
    thief.store.device_id = device
    with pytest.raises(SyncError) as err:
        thief.register("agent2", PASSWORD)
    assert err.value.reason == codes.DEVICE_TAKEN and not err.value.transient


# -- item 8: only supervisors change conflict records ---------------------------------------
def _conflict(server, tmp_path) -> tuple:
    """An open conflict record on the server, as pulled by an agent's console."""
    a = server.console(tmp_path / "a.db", "agent1")
    b = server.console(tmp_path / "b.db", "agent2")
    with a.store.transaction() as s:
        s.add(Customer(account_no="X1", display_name="Sun Li"))
    a.sync_round()
    b.sync_round()
    with a.store.session() as s:
        cid = s.scalars(select(Customer.id)).one()
    for client, tier in ((b, "silver"), (a, "gold")):
        with client.store.transaction() as s:
            s.get(Customer, cid).tier = tier
    a.sync_round()
    b.sync_round()
    page = a.http.get("/v1/pull", params={"cursor": 0}, headers=a._headers()).json()
    (record,) = [c["row"] for c in page["changes"] if c["table"] == "sync_conflicts"]
    return a, record


@pytest.mark.parametrize(
    "change",
    [
        {"deleted": True},
        {"winner": ""},
        {"loser": "{}"},
        {"loser_hlc": ""},
        {"status": "resolved", "resolution": "kept_winner"},
        {"row_id": "someone-else"},
    ],
)
def test_an_agent_cannot_hide_or_erase_a_conflict(server, tmp_path, change):
    agent, record = _conflict(server, tmp_path)
    before = server_store.stats(server.engine)
    refused = _refused(_push(agent, [("sync_conflicts", {**record, **change})]))
    assert refused[0]["id"] == record["id"]
    assert server_store.stats(server.engine) == before
    assert before["open_conflicts"] == 1


def test_a_supervisor_resolves_a_conflict_record_but_keeps_its_versions(server, tmp_path):
    _agent, record = _conflict(server, tmp_path)
    sup = server.console(tmp_path / "s.db", "sup")
    resolved = {**record, "status": "resolved", "resolution": "kept_winner", "resolved_by": _me(sup)}
    assert _refused(_push(sup, [("sync_conflicts", {**resolved, "winner": ""})]))[0]["rule"] == "conflict_record"
    seen = server_store.stats(server.engine)["position"]  # the console has pulled the record
    assert _push(sup, [("sync_conflicts", resolved)], cursor=seen).status_code == 200
    assert server_store.stats(server.engine)["open_conflicts"] == 0


# -- item 10: one conflict record per pair of versions ---------------------------------------
def test_a_losing_change_resent_in_a_new_batch_gets_no_second_record(server, tmp_path):
    a = server.console(tmp_path / "a.db", "sup")
    b = server.console(tmp_path / "b.db", "sup")
    with a.store.transaction() as s:
        s.add(Customer(account_no="X1", display_name="Sun Li"))
    a.sync_round()
    b.sync_round()
    with a.store.session() as s:
        cid = s.scalars(select(Customer.id)).one()
    for client, tier in ((b, "silver"), (a, "gold")):  # b's edit is the older one
        with client.store.transaction() as s:
            s.get(Customer, cid).tier = tier
    a.sync_round()
    out = replica.collect_pending(b.store, 100)
    cursor = int(b.store.meta(codes.K_CURSOR) or 0)
    answers = []
    for _ in range(3):  # b killed before it marked the batch pushed, twice: each try a new batch
        body = {"batch_id": uuid7(), "cursor": cursor, "changes": out.changes}
        answers.append(b._request("POST", "/v1/push", json=body).json())
    assert [x["older"] for x in answers] == [1, 1, 1]
    with server.engine.connect() as conn:
        records = conn.execute(text("SELECT data FROM sync_rows WHERE table_name = 'sync_conflicts'")).all()
    assert len(records) == 1
    assert json.loads(records[0][0])["row_id"] == cid
    b.sync_round()
    assert server_store.stats(server.engine)["open_conflicts"] == 1


# -- item 13: failed sign-ins -------------------------------------------------------------------
def _sign_in(http, username: str, password: str):
    return http.post(
        "/v1/devices",
        json={"username": username, "password": password, "device_id": f"device of {username}"},
        headers={protocol.SCHEMA_HEADER: protocol.schema_version()},
    )


def _audit(server, event: str) -> list:
    with server.engine.connect() as conn:
        return conn.execute(
            text("SELECT subject, address FROM sync_audit WHERE event = :e ORDER BY id"), {"e": event}
        ).all()


def test_wrong_passwords_for_one_user_are_slowed_down_and_recorded(server, monkeypatch, tmp_path):
    limits = server_store.SIGN_IN_LIMITS
    codes_seen = [_sign_in(server.http, "agent1", f"guess {n}").status_code for n in range(limits.per_user + 3)]
    assert codes_seen == [401] * limits.per_user + [429] * 3
    locked = _sign_in(server.http, "agent1", PASSWORD)  # even the right password waits
    assert locked.status_code == 429
    assert 0 < int(locked.headers["Retry-After"]) <= limits.window_seconds
    assert locked.json()["detail"]["code"] == "too_many_sign_ins"
    # a console hears it as its own code, and does not try again at once
    console = SyncClient(Store(tmp_path / "c.db"), "http://testserver", http=server.http, backoff=0.01)
    with pytest.raises(SyncError) as err:
        console.register("agent1", PASSWORD)
    assert err.value.reason == codes.TOO_MANY_SIGN_INS and not err.value.transient
    assert 0 < err.value.problem.params["retry_after"] <= limits.window_seconds
    # another user from the same address is not held up
    assert _sign_in(server.http, "agent2", PASSWORD).status_code == 200
    assert len(_audit(server, "sign_in_failed")) == limits.per_user
    assert [s for s, _a in _audit(server, "sign_in_throttled")] == ["agent1"] * 5
    # once the window has passed, the user signs in
    later = server_store._now() + server_store.timedelta(seconds=limits.window_seconds + 1)
    monkeypatch.setattr(server_store, "_now", lambda: later)
    assert _sign_in(server.http, "agent1", PASSWORD).status_code == 200


def test_wrong_passwords_from_one_address_are_slowed_down(server, monkeypatch):
    limits = server_store.SignInLimits(per_user=5, per_address=8)  # fewer wrong tries to make than 20
    monkeypatch.setattr(server_store, "SIGN_IN_LIMITS", limits)
    seen = [_sign_in(server.http, f"nobody{n}", "guess").status_code for n in range(limits.per_address + 1)]
    assert seen == [401] * limits.per_address + [429]
    assert _sign_in(server.http, "agent1", PASSWORD).status_code == 429  # this address waits
    with TestClient(server.app, client=("192.0.2.7", 40000)) as elsewhere:
        assert _sign_in(elsewhere, "agent1", PASSWORD).status_code == 200
    assert {a for _s, a in _audit(server, "sign_in_failed")} == {"testclient"}


def test_a_sign_in_clears_the_users_count(server):
    limits = server_store.SIGN_IN_LIMITS
    for _ in range(limits.per_user - 1):
        assert _sign_in(server.http, "agent1", "typo").status_code == 401
    assert _sign_in(server.http, "agent1", PASSWORD).status_code == 200
    for _ in range(limits.per_user - 1):
        assert _sign_in(server.http, "agent1", "typo").status_code == 401
    assert _sign_in(server.http, "agent1", PASSWORD).status_code == 200


def test_the_console_words_these_refusals(qapp):
    from callcenter.gui.sync.sync_words import explain

    taken = SyncError("taken", status=409, code="device_taken", reason=codes.DEVICE_TAKEN).problem
    assert explain(taken).startswith("This console is registered with the sync server for another user")
    wait = SyncError("wait", status=429, code="too_many_sign_ins", reason=codes.TOO_MANY_SIGN_INS, retry_after=241)
    assert explain(wait.problem) == "Too many wrong passwords were tried. Wait 5 min, then try again."
    refused = SyncError("refused", status=403, tables=["recovery_actions"], rules=["approval_limit"]).problem
    assert explain(refused) == "The sync server refused a change your role may not make: Recovery action"
