"""Administration ops: users, passwords, skills, queues, codes; audited; and the server's
rule that only admins write reference data and users (an agent's console is refused)."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select
from sync_helpers import PASSWORD, InProcessServer
from test_admin14_site import KeepOpen

from callcenter.core.errors import Invalid, NotPermitted, SyncProblem
from callcenter.core.site import SiteSettings
from callcenter.ops import admin, auth
from callcenter.ops import site as site_ops
from callcenter.ops import sync as sync_ops
from callcenter.store.db import Store
from callcenter.store.models import AuditLog, Queue, User, UserSkill

FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


@pytest.fixture
def site(tmp_path):
    store = Store(tmp_path / "site.db")
    boss = site_ops.create_site(
        store, SiteSettings("Acme"), site_ops.AdminAccount("boss", "boss-pass-1"), hasher=FAST
    ).value
    yield store, boss
    store.close()


def ident(store, username):
    return next(a for a in auth.list_agents(store) if a.username == username)


def test_users_created_edited_deactivated_and_passwords(site):
    store, boss = site
    ann = admin.create_user(
        store, boss, admin.UserForm("ann", "Ann", "agent", "Team A", "en", {"general": 3, "english": 5}), "ann-pass-1"
    ).value
    sup = admin.create_user(store, boss, admin.UserForm("sue", "Sue", "supervisor"), "sue-pass-1", hasher=FAST).value
    rows = {u.username: u for u in admin.list_users(store, boss)}
    assert rows["ann"].skills == {"general": 3, "english": 5} and rows["ann"].team == "Team A"
    with pytest.raises(Invalid) as err:
        admin.create_user(store, boss, admin.UserForm("ann", "", "agent", skills={"x": 9}), "short")
    assert err.value.params["fields"] == {"password": "too_short"}
    with pytest.raises(Invalid) as err:
        admin.create_user(store, boss, admin.UserForm("ann", "", "agent", skills={"x": 9}), "long-enough")
    assert err.value.params["fields"] == {"username": "taken", "display_name": "required", "skill": "unknown"}
    # a supervisor manages agents, and only agents
    sue = ident(store, "sue")
    admin.update_user(store, sue, ann, admin.UserForm("ann", "Ann Lee", "agent", "Team B", "en", {"general": 4}))
    assert {u.username: u for u in admin.list_users(store, boss)}["ann"].skills == {"general": 4}
    with pytest.raises(NotPermitted):
        admin.update_user(store, sue, ann, admin.UserForm("ann", "Ann Lee", "supervisor"))
    with pytest.raises(NotPermitted):
        admin.create_user(store, sue, admin.UserForm("max", "Max", "admin"), "max-pass-12")
    with pytest.raises(NotPermitted):
        admin.list_users(store, ident(store, "ann"))
    # passwords: reset by a supervisor for an agent, changed by the agent with the old one
    admin.reset_password(store, sue, ann, "fresh-pass-1", hasher=FAST)
    assert auth.sign_in(store, "ann", "fresh-pass-1")
    me = ident(store, "ann")
    with pytest.raises(Invalid) as err:
        admin.change_own_password(store, me, "wrong", "another-pass")
    assert err.value.params["fields"] == {"old_password": "mismatch"}
    admin.change_own_password(store, me, "fresh-pass-1", "another-pass")
    assert auth.sign_in(store, "ann", "another-pass")
    # deactivate, never delete; the last admin stays
    admin.set_user_active(store, sue, ann, False)
    with pytest.raises(Invalid):
        auth.sign_in(store, "ann", "another-pass")
    with store.session() as s:
        assert s.get(User, ann).deleted is False and s.get(User, ann).active is False
        assert s.scalars(select(UserSkill).where(UserSkill.user_id == ann, ~UserSkill.deleted)).all()
    with pytest.raises(Invalid) as err:
        admin.set_user_active(store, boss, boss.user_id, False)
    assert err.value.params["fields"] == {"active": "last_admin"}
    with pytest.raises(Invalid):
        admin.update_user(store, boss, boss.user_id, admin.UserForm("boss", "Boss", "agent"))
    assert sup
    with store.session() as s:
        actions = [(a.action, a.entity) for a in s.scalars(select(AuditLog).where(AuditLog.entity == "user"))]
    assert ("deactivate", "user") in actions and ("reset_password", "user") in actions
    assert ("change_password", "user") in actions and actions.count(("create", "user")) == 2


def test_queues_and_codes_validated_and_retired_ones_leave_the_console(site):
    store, boss = site
    form = admin.QueueForm(
        "web", "Web orders", "网店订单", "orders", 2, 85, 15, 40, 5, overflow_queue="general", overflow_after_seconds=90
    )
    qid = admin.save_queue(store, boss, form).value
    ref = admin.reference(store)
    assert next(q for q in ref.queues if q.id == qid).form == form
    bad = admin.QueueForm("Web Q", "", "x", "nope", 0, 101, 0, overflow_queue="Web Q")
    with pytest.raises(Invalid) as err:
        admin.save_queue(store, boss, bad)
    assert err.value.params["fields"] == {
        "code": "bad_code",
        "name_en": "required",
        "priority": "out_of_range",
        "service_level_target": "out_of_range",
        "service_level_seconds": "out_of_range",
        "skill": "unknown",
        "overflow_queue": "unknown",
    }
    with pytest.raises(NotPermitted):
        admin.save_queue(store, ident_agent(store, boss), form, qid)
    admin.save_queue(store, boss, admin.QueueForm("web", "Web orders", "网店订单", active=False), qid)
    assert "web" not in {q.code for q in auth.console_bootstrap(store).queues}
    # the disposition tree: a new leaf, and no node below itself
    top = admin.save_disposition(store, boss, admin.CodeForm("retention", "Retention", "挽留")).value
    admin.save_disposition(store, boss, admin.CodeForm("retention.saved", "Saved", "已挽留", parent="retention"))
    with pytest.raises(Invalid) as err:
        admin.save_disposition(
            store, boss, admin.CodeForm("retention", "Retention", "挽留", parent="retention.saved"), top
        )
    assert err.value.params["fields"] == {"parent": "cycle"}
    boot = auth.console_bootstrap(store)
    saved = next(d for d in boot.disposition_codes if d.code == "retention.saved")
    assert saved.parent_id == top and saved.name("zh_CN") == "已挽留"
    lunch = next(r for r in admin.reference(store).reasons if r.code == "lunch")
    admin.save_reason_code(store, boss, admin.CodeForm("lunch", "Lunch", "午餐", active=False, paid=False), lunch.id)
    assert "lunch" not in {r.code for r in auth.console_bootstrap(store).reason_codes}
    admin.save_skill(store, boss, admin.CodeForm("french", "French", "法语"))
    assert "french" in {k.code for k in admin.reference(store).skills}


def ident_agent(store, boss):
    admin.create_user(store, boss, admin.UserForm("agent9", "Agent Nine", "agent"), "agent-pass-9", hasher=FAST)
    return ident(store, "agent9")


@pytest.fixture
def no_keyring(monkeypatch, tmp_path):
    import keyring
    from keyring.backends import fail

    monkeypatch.setenv("CALLCENTER_DATA_DIR", str(tmp_path / "data"))
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def test_the_server_refuses_reference_data_and_user_changes_from_an_agents_console(tmp_path, no_keyring):
    server = InProcessServer(f"sqlite:///{tmp_path / 'server.db'}")
    opts = dict(http=KeepOpen(server.app), backoff=0.01)
    try:
        server.user("root", "admin")
        first = Store(tmp_path / "admin.db")
        root = site_ops.join_site(first, "http://testserver", "root", PASSWORD, **opts).value.identity
        site_ops.create_site(first, SiteSettings("Acme"), None, joined=root)
        admin.create_user(first, root, admin.UserForm("ann", "Ann", "agent", skills={"general": 2}), "ann-pass-12")
        sync_ops.sync_round(first, **opts)
        agent_store = Store(tmp_path / "agent.db")
        ann = site_ops.join_site(agent_store, "http://testserver", "ann", "ann-pass-12", **opts).value.identity
        # the agent's console writes a queue behind the ops' back (as a tampered console would)
        with agent_store.transaction() as s:
            s.scalars(select(Queue).where(Queue.code == "vip")).one().priority = 99
        with pytest.raises(SyncProblem) as err:
            sync_ops.sync_round(agent_store, **opts)
        assert err.value.params["reason"] == "forbidden" and "queues" in err.value.params.get("tables", [])
        assert agent_store.pending_changes() == 1  # kept, not lost
        with agent_store.transaction() as s:
            s.scalars(select(Queue).where(Queue.code == "vip")).one().priority = 1
            s.execute(__import__("sqlalchemy").text("DELETE FROM change_log"))
        with agent_store.transaction() as s:
            s.get(User, ann.user_id).role = "admin"
        with pytest.raises(SyncProblem) as err:
            sync_ops.sync_round(agent_store, **opts)
        assert err.value.params["reason"] == "forbidden" and "users" in err.value.params.get("tables", [])
        with agent_store.transaction() as s:
            s.get(User, ann.user_id).role = "agent"
            s.execute(__import__("sqlalchemy").text("DELETE FROM change_log"))
        # the agent's own password change is theirs to make, and it reaches the server
        admin.change_own_password(agent_store, ann, "ann-pass-12", "ann-pass-34")
        assert sync_ops.sync_round(agent_store, **opts).value.pushed >= 1
        third = Store(tmp_path / "third.db")
        assert site_ops.join_site(third, "http://testserver", "ann", "ann-pass-34", **opts).value.has_site
        with pytest.raises(SyncProblem):
            site_ops.join_site(Store(tmp_path / "fourth.db"), "http://testserver", "ann", "ann-pass-12", **opts)
        for st in (first, agent_store, third):
            st.close()
    finally:
        server.close()


def test_complaint_categories_and_the_site_settings(site):
    store, boss = site
    ref = admin.reference(store)
    assert ref.site == SiteSettings("Acme") and len(ref.categories) == 20
    leaf = next(c for c in ref.categories if c.code == "delivery_late")
    assert leaf.parent == "delivery"
    admin.save_complaint_category(
        store, boss, admin.CodeForm("app_crash", "App crashes", "应用闪退", parent="product_quality")
    )
    with pytest.raises(Invalid) as err:
        admin.save_complaint_category(
            store,
            boss,
            admin.CodeForm("delivery", "Delivery", "配送", parent="delivery_late"),
            next(c.id for c in ref.categories if c.code == "delivery"),
        )
    assert err.value.params["fields"] == {"parent": "cycle"}
    assert "app_crash" in {c.code for c in admin.reference(store).categories}
    admin.save_site(store, boss, SiteSettings("Acme Asia", "SG", "Asia/Singapore", "zh_CN", "sgd"))
    assert site_ops.site_settings(store) == SiteSettings("Acme Asia", "SG", "Asia/Singapore", "zh_CN", "SGD")
    with pytest.raises(Invalid):
        admin.save_site(store, boss, SiteSettings("Acme", "SG", "Nowhere/Else"))
    with pytest.raises(NotPermitted):
        admin.save_site(store, ident_agent(store, boss), SiteSettings("Mine"))
