"""Password hashes stay with their owner: an agent's console pulls its own user's argon2
hash and no other (users rows and the versions conflict records quote); pushing a user row
never wipes or replaces another user's stored hash."""

from __future__ import annotations

import pytest
from sync_helpers import PASSWORD, InProcessServer

from callcenter.core.security import verify_password
from callcenter.store.db import Store
from callcenter.store.models import User
from callcenter.sync import server_store
from callcenter.sync.client import SyncClient, SyncError
from callcenter.sync.withheld import WITHHELD


@pytest.fixture
def server(tmp_path):
    s = InProcessServer(f"sqlite:///{tmp_path / 'server.db'}")
    for name, role in [("boss", "admin"), ("sup", "supervisor"), ("sup2", "supervisor"), ("agent1", "agent")]:
        s.user(name, role)
    yield s
    s.close()


def _users(store) -> dict[str, User]:
    with store.session() as s:
        return {u.username: u for u in s.query(User)}


def _stored_hash(server, username):
    with server.engine.connect() as conn:
        return server_store.find_user(conn, username)["password_hash"]


def test_an_agent_console_holds_its_own_hash_and_no_other(server, tmp_path):
    agent = server.console(tmp_path / "a.db", "agent1")
    agent.sync_round()
    users = _users(agent.store)
    assert set(users) == {"boss", "sup", "sup2", "agent1"}
    assert verify_password(users["agent1"].password_hash, PASSWORD)  # offline sign-in for its own user
    for name in ("boss", "sup", "sup2"):
        assert users[name].password_hash == WITHHELD
        assert not verify_password(users[name].password_hash, PASSWORD)
    raw = (tmp_path / "a.db").read_bytes() + (tmp_path / "a.db-wal").read_bytes()
    for name in ("boss", "sup", "sup2"):
        assert _stored_hash(server, name).encode() not in raw
    agent.store.close()


def test_editing_a_user_keeps_their_hash_and_only_they_or_an_admin_set_a_new_one(server, tmp_path):
    sup = server.console(tmp_path / "s.db", "sup")
    sup.sync_round()
    before = {name: _stored_hash(server, name) for name in ("boss", "agent1")}
    with sup.store.transaction() as s:
        agent1 = s.query(User).filter_by(username="agent1").one()
        assert agent1.password_hash == WITHHELD
        agent1.display_name = "Agent One"  # pushed with the withheld hash
    sup.sync_round()
    with sup.store.transaction() as s:
        boss = s.query(User).filter_by(username="boss").one()
        boss.password_hash = _stored_hash(server, "sup")  # a supervisor trying to take the admin's account
    with pytest.raises(SyncError):  # refused whole: only an admin changes an account above agent
        sup.sync_round()
    assert _stored_hash(server, "agent1") == before["agent1"]
    assert _stored_hash(server, "boss") == before["boss"]
    with server.engine.connect() as conn:
        assert server_store.find_user(conn, "agent1")["display_name"] == "Agent One"
    # both can still register a console with their own password
    for name in ("agent1", "boss"):  # each on a console of their own (a device id stays with its user)
        own = Store(tmp_path / f"{name}.db")
        c = SyncClient(own, "http://testserver", http=server.http, backoff=0.01)
        c.register(name, PASSWORD)
        own.close()
    sup.store.close()


def test_conflict_records_quote_no_other_users_hash(server, tmp_path):
    a = server.console(tmp_path / "a.db", "sup")
    b = server.console(tmp_path / "b.db", "sup2")
    a.sync_round()
    b.sync_round()
    for console, name in ((a, "Agent A"), (b, "Agent B")):
        with console.store.transaction() as s:
            s.query(User).filter_by(username="agent1").one().display_name = name
    a.sync_round()
    assert b.sync_round().conflicts >= 1
    admin = server.console(tmp_path / "admin.db", "boss")  # even an admin's console: its own hash only
    admin.sync_round()
    with admin.store.engine.connect() as conn:
        quoted = conn.exec_driver_sql("SELECT winner, loser FROM sync_conflicts").all()
    assert quoted
    secret = _stored_hash(server, "agent1")
    assert all(secret not in w and secret not in lo for w, lo in quoted)
    assert all(WITHHELD in w for w, _lo in quoted)
    for store in (a.store, b.store, admin.store):
        store.close()
