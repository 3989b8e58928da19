"""The sync protocol end to end on both server backends (SQLite and a real PostgreSQL):
round trips, idempotent pushes, merge rules, conflict records, refusals."""

from __future__ import annotations

import gzip
import json
from datetime import UTC

import pytest
from sqlalchemy import select, text
from sync_helpers import InProcessServer, snapshot

from callcenter.core.ids import uuid7
from callcenter.store import search
from callcenter.store.migrate import head_revision
from callcenter.store.models import AuditLog, Customer, Interaction, Phone, SyncConflict
from callcenter.sync import protocol, server_store
from callcenter.sync.client import SyncError


@pytest.fixture
def server(server_db_url):
    srv = InProcessServer(server_db_url)
    srv.user("sup", "supervisor")
    srv.user("agent1", "agent")
    yield srv
    srv.close()


def _customer(client, **kw) -> str:
    with client.store.transaction() as s:
        c = Customer(account_no=kw.pop("account_no", uuid7()[-12:]), display_name=kw.pop("display_name", "Li Na"), **kw)
        s.add(c)
        s.flush()
        s.add(Phone(customer_id=c.id, raw="+8613800138000", e164="+8613800138000"))
        return c.id


def test_a_change_reaches_another_console_with_its_stamp_and_search(server, tmp_path):
    a = server.console(tmp_path / "a.db", "sup")
    b = server.console(tmp_path / "b.db", "sup")
    cid = _customer(a, display_name="Wang Fang")
    first = a.sync_round()
    assert first.pushed == 2 and a.store.pending_changes() == 0
    b.sync_round()
    with b.store.session() as s:
        got = s.get(Customer, cid)
        assert got.display_name == "Wang Fang" and got.origin == a.store.device_id
    with a.store.session() as s:
        assert got.hlc == s.get(Customer, cid).hlc
    # pulled rows are not logged as local changes, and the search index knows them
    assert b.store.pending_changes() == 0
    with b.store.engine.connect() as conn:
        assert [h.customer_id for h in search.search(conn, "Wang")] == [cid]
        assert [h.customer_id for h in search.search(conn, "13800138000")] == [cid]
    # b's clock moved past a's stamp: b's next edit wins over a's
    with b.store.transaction() as s:
        s.get(Customer, cid).tier = "gold"
        s.flush()
        assert s.get(Customer, cid).hlc > got.hlc


def _concurrent_tiers(a, b) -> str:
    """Both consoles know a customer, a sets gold and b silver offline, then a, b, a sync."""
    cid = _customer(a)
    a.sync_round()
    b.sync_round()
    for client, tier in ((a, "gold"), (b, "silver")):
        with client.store.transaction() as s:
            s.get(Customer, cid).tier = tier
    for client in (a, b, a):
        client.sync_round()
    return cid


def test_a_retried_push_applies_once(server, tmp_path):
    a = server.console(tmp_path / "a.db", "sup")
    _customer(a)
    from callcenter.store import replica

    out = replica.collect_pending(a.store, 100)
    body = {"batch_id": protocol.batch_id(a.store.device_id, out.changes), "cursor": 0, "changes": out.changes}
    answers = [
        a._request(
            "POST",
            "/v1/push",
            content=protocol.pack(body),
            headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
        ).json()
        for _ in range(2)
    ]
    assert answers[0]["accepted"] == 2 and not answers[0]["replayed"]
    assert answers[1] == {**answers[0], "replayed": True}
    # the same changes in another batch (a client killed before it marked them) are duplicates
    body["batch_id"] = "another"
    again = a._request("POST", "/v1/push", json=body).json()
    assert again["accepted"] == 0 and again["duplicates"] == 2
    assert server_store.stats(server.engine)["position"] == 4  # two users, then the two rows once


def test_concurrent_edits_converge_and_leave_one_conflict_record(server, tmp_path):
    a = server.console(tmp_path / "a.db", "sup")
    b = server.console(tmp_path / "b.db", "sup")
    cid = _concurrent_tiers(a, b)
    assert snapshot(a.store) == snapshot(b.store)
    with a.store.session() as s:
        tier = s.get(Customer, cid).tier
        conflicts = s.scalars(select(SyncConflict)).all()
    assert tier == "silver"  # b's edit has the later stamp
    assert len(conflicts) == 1
    c = conflicts[0]
    assert (c.table_name, c.row_id, c.status) == ("customers", cid, "open")
    assert json.loads(c.winner)["tier"] == "silver" and json.loads(c.loser)["tier"] == "gold"


def test_a_tombstone_wins_over_an_older_edit(server, tmp_path):
    a = server.console(tmp_path / "a.db", "sup")
    b = server.console(tmp_path / "b.db", "sup")
    cid = _customer(a)
    a.sync_round()
    b.sync_round()
    with b.store.transaction() as s:
        s.get(Customer, cid).tier = "gold"  # older
    with a.store.transaction() as s:
        s.get(Customer, cid).deleted = True  # newer
    a.sync_round()
    b.sync_round()
    a.sync_round()
    for client in (a, b):
        with client.store.session() as s:
            assert s.get(Customer, cid).deleted is True
        with client.store.engine.connect() as conn:
            assert search.search(conn, "13800138000") == []
    assert snapshot(a.store) == snapshot(b.store)


def test_append_only_rows_merge_by_union(server, tmp_path):
    a = server.console(tmp_path / "a.db", "sup")
    b = server.console(tmp_path / "b.db", "sup")
    for client, n in ((a, 3), (b, 2)):
        with client.store.transaction() as s:
            for i in range(n):
                s.add(AuditLog(action="view", entity="customer", entity_id=f"{client.store.device_id[:8]}-{i}"))
    a.sync_round()
    b.sync_round()
    a.sync_round()
    for client in (a, b):
        with client.store.session() as s:
            assert len(s.scalars(select(AuditLog)).all()) == 5
        assert client.store.pending_changes() == 0


def test_schema_mismatch_is_refused_in_plain_words(server, tmp_path):
    a = server.console(tmp_path / "a.db", "sup")
    a.schema = "9999"
    _customer(a)
    with pytest.raises(SyncError) as err:
        a.sync_round()
    assert err.value.status == 409
    assert f"schema {head_revision()}" in str(err.value) and "9999" in str(err.value)
    assert a.store.pending_changes() == 2  # nothing lost
    assert a.store.meta("sync.last_error") == str(err.value)


def test_wrong_and_expired_tokens_are_refused(server, tmp_path):
    a = server.console(tmp_path / "a.db", "sup")
    good = a.token
    a.token = "not-a-token"
    with pytest.raises(SyncError) as err:
        a.sync_round()
    assert err.value.status == 401 and "register the device again" in str(err.value)
    a.token = good
    a.sync_round()
    with server.engine.begin() as conn:
        conn.execute(text("UPDATE sync_devices SET expires_at = :t"), {"t": "2000-01-01 00:00:00"})
    with pytest.raises(SyncError) as err:
        a.sync_round()
    assert err.value.status == 401 and "expired" in str(err.value)
    assert (
        server.http.post(
            "/v1/devices", json={"username": "sup", "password": "wrong", "device_id": "x"}, headers=a._headers()
        ).status_code
        == 401
    )


@pytest.mark.parametrize(
    "case", ["corrupt-gzip", "gzip-bomb", "too-big", "bad-json", "bad-shape", "too-many", "bad-stamp", "id-mismatch"]
)
def test_bad_payloads_get_a_4xx_and_write_nothing(server, tmp_path, case):
    a = server.console(tmp_path / "a.db", "sup")
    before = server_store.stats(server.engine)
    row = {"id": "r1", "hlc": "000000000001-0000-dev", "deleted": False}
    good = {"table": "customers", "id": "r1", "hlc": row["hlc"], "deleted": False, "row": row}
    headers = {"Content-Type": "application/json"}
    if case == "corrupt-gzip":
        body, headers["Content-Encoding"] = b"\x1f\x8b\x08\x00garbage", "gzip"
    elif case == "gzip-bomb":
        body, headers["Content-Encoding"] = gzip.compress(b" " * (protocol.MAX_BODY + 10)), "gzip"
    elif case == "too-big":
        body = b" " * (protocol.MAX_BODY + 1)
    elif case == "bad-json":
        body = b'{"batch_id": "x", "changes": [ {'
    elif case == "bad-shape":
        body = json.dumps({"batch_id": "x", "changes": [{"table": "customers"}]}).encode()
    elif case == "too-many":
        body = json.dumps({"batch_id": "x", "changes": [good] * (protocol.MAX_BATCH + 1)}).encode()
    elif case == "bad-stamp":
        body = json.dumps(
            {"batch_id": "x", "changes": [{**good, "hlc": "yesterday", "row": {**row, "hlc": "yesterday"}}]}
        ).encode()
    else:
        body = json.dumps({"batch_id": "x", "changes": [{**good, "id": "r2"}]}).encode()
    resp = server.http.post("/v1/push", content=body, headers={**a._headers(), **headers})
    assert 400 <= resp.status_code < 500, resp.text
    assert resp.status_code == {"corrupt-gzip": 400, "gzip-bomb": 413, "too-big": 413}.get(case, 422)
    assert server_store.stats(server.engine) == before


def _recovery_row(**kw) -> dict:
    # every column of the consoles' recovery_actions table, so the pulled row applies everywhere
    now = "2026-11-25T10:00:00+00:00"
    row = {
        "id": uuid7(),
        "hlc": "",
        "deleted": False,
        "created_at": now,
        "updated_at": now,
        "origin": "test",
        "complaint_id": "case-1",
        "kind": "refund",
        "amount_minor": 20_000,
        "currency": "USD",
        "reason": "cold pizza",
        "status": "approved",
        "proposed_by": "someone",
        "proposed_role": "agent",
        "proposed_at": now,
        "decided_by": None,
        "decided_at": now,
    }
    row.update(kw)
    return row


def _push_raw(client, table: str, row: dict):
    row["hlc"] = client.store.clock.now().encode()
    ch = {"table": table, "id": row["id"], "hlc": row["hlc"], "deleted": row["deleted"], "row": row}
    return client.http.post("/v1/push", json={"batch_id": uuid7(), "changes": [ch]}, headers=client._headers())


def test_the_server_enforces_approval_limits_whoever_calls_the_api(server, tmp_path):
    agent = server.console(tmp_path / "a.db", "agent1")
    sup = server.console(tmp_path / "s.db", "sup")
    # the proposal waits for approval on the server: who proposed comes from the server's own version
    server.user("agent2", "agent")
    proposer = server.console(tmp_path / "p.db", "agent2")
    proposal = _recovery_row(status="pending_approval", proposed_by=_me(proposer))
    assert _push_raw(proposer, "recovery_actions", dict(proposal)).status_code == 200
    before = server_store.stats(server.engine)
    # 200.00 refund: above an agent's 50.00 limit
    resp = _push_raw(agent, "recovery_actions", {**proposal, "status": "approved", "decided_by": _me(agent)})
    assert resp.status_code == 403
    assert "approval limit" in json.dumps(resp.json())
    assert server_store.stats(server.engine) == before
    # the same approval by a supervisor (limit 500.00) is accepted
    resp = _push_raw(sup, "recovery_actions", {**proposal, "status": "approved", "decided_by": _me(sup)})
    assert resp.status_code == 200 and resp.json()["accepted"] == 1
    # an agent may not change users, nor write audit rows for someone else
    with agent.store.transaction() as s:
        s.add(AuditLog(action="view", entity="customer", user_id=None))
    assert agent.sync_round().pushed == 1
    resp = _push_raw(agent, "audit_log", {"id": uuid7(), "deleted": False, "user_id": _me(sup), "action": "view"})
    assert resp.status_code == 403
    resp = _push_raw(agent, "users", {"id": _me(agent), "deleted": False, "role": "admin"})
    assert resp.status_code == 403 and "supervisor" in resp.json()["detail"]["refused"][0]["reason"]


def _me(client) -> str:
    return client.http.get("/v1/me", headers=client._headers()).json()["user_id"]


def test_a_refused_push_keeps_the_changes_and_says_why(server, tmp_path):
    agent = server.console(tmp_path / "a.db", "agent1")
    with agent.store.transaction() as s:
        u = s.scalars(select(__import__("callcenter.store.models", fromlist=["User"]).User)).first()
    agent.sync_round()  # pulls the users
    from callcenter.store.models import User

    with agent.store.transaction() as s:
        s.scalars(select(User).where(User.username == "agent1")).one().role = "admin"
    with pytest.raises(SyncError) as err:
        agent.sync_round()
    assert err.value.status == 403 and "only a supervisor or an admin may change users" in str(err.value)
    assert agent.store.pending_changes() == 1
    assert u is None


def test_a_column_the_console_does_not_know_is_ignored(server, tmp_path):
    a = server.console(tmp_path / "a.db", "sup")
    b = server.console(tmp_path / "b.db", "sup")
    cid = _customer(a)
    from callcenter.store import replica

    out = replica.collect_pending(a.store, 10)
    for ch in out.changes:
        ch["row"]["added_by_a_later_version"] = 42
    with pytest.raises(replica.ChangeError):
        replica.apply_remote(b.store, [{**out.changes[0], "row": {**out.changes[0]["row"], "created_at": "soon"}}])
    result = replica.apply_remote(b.store, out.changes + [{**out.changes[0], "table": "not_here_yet"}])
    assert result.applied == 2 and result.unknown == 1
    with b.store.session() as s:
        assert s.get(Customer, cid) is not None


def test_interactions_with_datetimes_survive_the_trip(server, tmp_path):
    from datetime import datetime

    a = server.console(tmp_path / "a.db", "sup")
    b = server.console(tmp_path / "b.db", "sup")
    at = datetime(2026, 3, 1, 9, 30, 15, 123456, tzinfo=UTC)
    with a.store.transaction() as s:
        s.add(Interaction(offered_at=at, answered_at=None, notes="called about order"))
    a.sync_round()
    b.sync_round()
    with b.store.session() as s:
        got = s.scalars(select(Interaction)).one()
    assert got.offered_at == at and got.answered_at is None and got.notes == "called about order"


def test_a_supervisor_resolves_a_conflict_and_the_pick_wins_everywhere(server, tmp_path):
    from callcenter.store import conflicts

    a = server.console(tmp_path / "a.db", "sup")
    b = server.console(tmp_path / "b.db", "sup")
    cid = _concurrent_tiers(a, b)
    (view,) = conflicts.open_conflicts(a.store)
    assert [d for d in view.differences() if d[0] == "tier"] == [("tier", "silver", "gold")]
    conflicts.resolve(a.store, view.id, take_overwritten=True, user_id=_me(a))
    with pytest.raises(ValueError):
        conflicts.resolve(a.store, view.id, take_overwritten=False, user_id=None)
    a.sync_round()
    b.sync_round()
    for client in (a, b):
        with client.store.session() as s:
            assert s.get(Customer, cid).tier == "gold"
        assert conflicts.open_conflicts(client.store) == []
    assert snapshot(a.store) == snapshot(b.store)


def test_an_agent_cannot_resolve_a_conflict_on_the_server(server, tmp_path):
    from callcenter.store import conflicts

    a = server.console(tmp_path / "a.db", "agent1")
    b = server.console(tmp_path / "b.db", "agent1")
    with a.store.transaction() as s:
        s.add(Customer(account_no="X1", display_name="Sun Li"))
    a.sync_round()
    b.sync_round()
    with a.store.session() as s:
        cid = s.scalars(select(Customer.id)).one()
    with a.store.transaction() as s:
        s.get(Customer, cid).tier = "gold"
    with b.store.transaction() as s:
        s.get(Customer, cid).tier = "silver"
    a.sync_round()
    b.sync_round()
    a.sync_round()
    (view,) = conflicts.open_conflicts(a.store)
    conflicts.resolve(a.store, view.id, take_overwritten=False, user_id=None)
    with pytest.raises(SyncError) as err:
        a.sync_round()
    assert err.value.status == 403 and "resolve" in str(err.value)


def test_health_and_metrics(server, tmp_path):
    a = server.console(tmp_path / "a.db", "sup")
    _customer(a)
    a.sync_round()
    health = server.http.get("/healthz").json()
    assert health["status"] == "ok" and health["schema_version"] == head_revision() and health["position"] == 4
    assert server.http.get("/metrics").status_code == 401  # monitoring signs in too
    text_ = server.http.get("/metrics", headers={"Authorization": f"Bearer {a.token}"}).text
    assert 'callcenter_sync_requests_total{path="/v1/push",status="200"}' in text_
    assert "callcenter_sync_rows 4" in text_ and "callcenter_sync_devices 1" in text_
    assert "Li Na" not in text_ and "13800138000" not in text_


def test_a_value_that_must_be_unique_is_kept_unique_across_consoles(server, tmp_path):
    a = server.console(tmp_path / "a.db", "sup")
    b = server.console(tmp_path / "b.db", "sup")
    first = _customer(a, account_no="ACC-1")
    second = _customer(b, account_no="ACC-1")  # the same account number, made offline elsewhere
    a.sync_round()
    before = server_store.stats(server.engine)
    with pytest.raises(SyncError) as err:
        b.sync_round()
    assert err.value.status == 409 and err.value.code == "duplicate"
    assert "account_no 'ACC-1'" in str(err.value)
    assert server_store.stats(server.engine) == before  # nothing of b's batch was written
    assert b.store.pending_changes() == 2
    with b.store.transaction() as s:
        s.get(Customer, second).account_no = "ACC-2"
    b.sync_round()
    a.sync_round()
    for client in (a, b):
        with client.store.session() as s:
            assert {s.get(Customer, first).account_no, s.get(Customer, second).account_no} == {"ACC-1", "ACC-2"}
    assert snapshot(a.store) == snapshot(b.store)
    # a renamed row gives its old number back for others to take
    with a.store.transaction() as s:
        s.get(Customer, first).account_no = "ACC-3"
    a.sync_round()
    b.sync_round()
    c = _customer(b, account_no="ACC-1")
    b.sync_round()
    with b.store.session() as s:
        assert s.get(Customer, c).account_no == "ACC-1"


def test_a_clash_met_while_pulling_is_said_plainly_and_applies_nothing(server, tmp_path):
    from callcenter.store import replica

    a = server.console(tmp_path / "a.db", "sup")
    b = server.console(tmp_path / "b.db", "sup")
    _customer(a, account_no="SAME")
    out = replica.collect_pending(a.store, 10)
    _customer(b, account_no="SAME")
    with pytest.raises(replica.ClashError) as err:
        replica.apply_remote(b.store, out.changes, meta={"sync.cursor": "99"})
    assert "clashes" in str(err.value)
    assert b.store.meta("sync.cursor") in (None, "0")


def test_a_complaint_worked_on_two_consoles_has_one_timeline(server, tmp_path):
    """Capture and a refund over the agent's limit on one console, the approval on another:
    both end with the same case, the same timeline and the same recovery action."""
    from callcenter.core.agents import Identity
    from callcenter.core.complaints.capture import ComplaintForm
    from callcenter.core.money import Money
    from callcenter.core.roles import Role
    from callcenter.store import complaints
    from callcenter.store.complaints import queries as complaint_queries

    agent, sup = server.console(tmp_path / "a.db", "agent1"), server.console(tmp_path / "s.db", "sup")
    agent.sync_round()  # the users arrive
    me = Identity(_me(agent), "agent1", "agent1", Role.AGENT)
    boss = Identity(_me(sup), "sup", "sup", Role.SUPERVISOR)
    customer = _customer(agent, currency="USD")
    case = complaints.create(
        agent.store,
        ComplaintForm(customer_id=customer, category="delivery_late", summary="late", customer_words="two hours late"),
        me,
    )
    with complaints.edit(agent.store, case.id, me) as e:
        e.workflow.acknowledge(e.case, me.user_id, at=e.now)
        refund = e.plan.propose("refund", Money(8_000, "USD"), "late", me.user_id, e.policy_role, at=e.now)
    agent.sync_round()
    sup.sync_round()
    [waiting] = complaint_queries.approval_queue(sup.store, boss)
    assert (waiting.action_id, waiting.you_may_approve) == (refund.action_id, True)
    with complaints.edit(sup.store, case.id, boss) as e:
        e.plan.approve(refund.action_id, boss.user_id, e.policy_role, at=e.now)
    sup.sync_round()
    agent.sync_round()

    here, there = complaints.get(agent.store, case.id), complaints.get(sup.store, case.id)
    assert here.case.timeline.actions() == there.case.timeline.actions() == ["receive", "assign", "acknowledge"]
    for record in (here, there):
        action = record.plan.action(refund.action_id)
        assert (action.status.value, action.decided_by) == ("approved", boss.user_id)
        assert [ev.action for ev in action.history] == ["propose", "approve"]
    assert agent.store.pending_changes() == sup.store.pending_changes() == 0
