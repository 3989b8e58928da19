"""The administration window: an admin adds a queue and an agent on one console; another
console gets both by sync (its window follows the pulled changes by itself); the menu is
there for admins and supervisors, and everyone may change their own password."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from PySide6.QtWidgets import QInputDialog, QMenu
from sync_helpers import PASSWORD, InProcessServer
from test_admin14_site import KeepOpen

from callcenter.core.errors import Invalid
from callcenter.core.site import SiteSettings
from callcenter.gui.ops import wait_for_ops
from callcenter.ops import admin as admin_ops
from callcenter.ops import auth
from callcenter.ops import site as site_ops
from callcenter.ops import sync as sync_ops
from callcenter.store.db import Store

FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


@pytest.fixture
def no_keyring(monkeypatch, tmp_path):
    import keyring
    from keyring.backends import fail

    monkeypatch.setenv("CALLCENTER_DATA_DIR", str(tmp_path / "data"))
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def codes(table):
    return [table.item(r, 0).text() for r in range(table.rowCount())]


def test_an_admin_adds_a_queue_and_an_agent_and_another_console_gets_them(qtbot, tmp_path, no_keyring):
    from callcenter.gui.admin.admin_window import AdminWindow

    server = InProcessServer(f"sqlite:///{tmp_path / 'server.db'}")
    opts = dict(http=KeepOpen(server.app), backoff=0.01)
    try:
        server.user("root", "admin")
        first, second = Store(tmp_path / "first.db"), Store(tmp_path / "second.db")
        root = site_ops.join_site(first, "http://testserver", "root", PASSWORD, **opts).value.identity
        site_ops.create_site(first, SiteSettings("Acme"), None, joined=root)
        sync_ops.sync_round(first, **opts)
        site_ops.join_site(second, "http://testserver", "root", PASSWORD, **opts)

        here = AdminWindow(first, root, "en")
        there = AdminWindow(second, root, "zh_CN")
        for w in (here, there):
            qtbot.addWidget(w)
            w.show()
        qtbot.waitUntil(lambda: here.loaded and there.loaded, timeout=5000)
        assert "web" not in codes(there.queues.table)

        q = here.queues
        q.start_new()
        q.code.setText("web")
        q.name_en.setText("Web orders")
        q.save_button.click()
        qtbot.waitUntil(lambda: "Name (Chinese)" in q.message.text(), timeout=5000)  # said, nothing lost
        assert q.code.text() == "web"
        q.name_zh.setText("网店订单")
        q.skill.setCurrentIndex(q.skill.findData("orders"))
        q.spins["priority"].setValue(2)
        q.spins["service_level_target"].setValue(85)
        q.overflow.setCurrentIndex(q.overflow.findData("general"))
        q.spins["overflow_after_seconds"].setValue(90)
        q.save_button.click()
        qtbot.waitUntil(lambda: "web" in codes(q.table), timeout=5000)

        u = here.users
        u.start_new()
        u.username.setText("ann")
        u.display_name.setText("Ann Agent")
        u.team.setText("Team A")
        u.password.setText("ann-pass-12")
        u.level_boxes["general"].setValue(3)
        u.level_boxes["english"].setValue(5)
        u.save_button.click()
        qtbot.waitUntil(lambda: "ann" in [u.table.item(r, 1).text() for r in range(u.table.rowCount())], timeout=10000)
        wait_for_ops(5000)

        sync_ops.sync_round(first, **opts)
        sync_ops.sync_round(second, **opts)  # the pulled rows reach the open window by themselves
        qtbot.waitUntil(lambda: "web" in codes(there.queues.table), timeout=5000)
        row = codes(there.queues.table).index("web")
        assert there.queues.table.item(row, 1).text() == "网店订单"
        qtbot.waitUntil(lambda: there.users.table.rowCount() == 2, timeout=5000)
        users = {x.username: x for x in admin_ops.list_users(second, root)}
        assert users["ann"].skills == {"general": 3, "english": 5} and users["ann"].team == "Team A"
        assert users["ann"].role == "agent" or getattr(users["ann"].role, "value", None) == "agent"
        with pytest.raises(Invalid):  # her hash is withheld from another user's console: she signs in on her own
            auth.sign_in(second, "ann", "ann-pass-12")
        queue = next(x for x in admin_ops.reference(second).queues if x.form.code == "web").form
        assert (queue.skill, queue.priority, queue.service_level_target, queue.overflow_queue) == (
            "orders",
            2,
            85,
            "general",
        )
        assert "web" in {x.code for x in auth.console_bootstrap(second).queues}  # the console can transfer to it
        here.close()
        there.close()
        wait_for_ops(5000)
        first.close()
        second.close()
    finally:
        server.close()


def test_menus_follow_the_role_and_an_agent_changes_their_own_password(qtbot, tmp_path, settings, monkeypatch):
    from callcenter.core.calls import ManualCallSource
    from callcenter.core.events import EventBus
    from callcenter.gui.agent.console_window import ConsoleWindow
    from callcenter.gui.bridge import EventBridge
    from callcenter.gui.console_assembly import build_console

    store = Store(tmp_path / "site.db")
    boss = site_ops.create_site(store, SiteSettings("Acme"), site_ops.AdminAccount("boss", "boss-pass-1")).value
    admin_ops.create_user(store, boss, admin_ops.UserForm("ann", "Ann", "agent"), "ann-pass-12", hasher=FAST)
    ann = next(a for a in auth.list_agents(store) if a.username == "ann")

    def console(identity):
        bus = EventBus()
        bridge = EventBridge(bus)
        ConsoleWindow.start_sync = False
        try:
            window = build_console(store, identity, ManualCallSource(bus), bridge, settings, "en")
        finally:
            ConsoleWindow.start_sync = True
        window._keep = (bus, bridge)
        window.confirm_close = False
        qtbot.addWidget(window)
        return window

    admin_console = console(boss)
    assert admin_console.findChild(QMenu, "adminMenu") is not None
    admin_console.admin_actions.manage_action.trigger()
    qtbot.waitUntil(lambda: admin_console.admin_actions.admin_window.loaded > 0, timeout=5000)
    assert (
        admin_console.admin_actions.admin_window.tabs.count() == 12
    )  # adminpol: calendars, holidays, policies; admincx: deadlines, limits
    agent_console = console(ann)
    assert agent_console.admin_actions.manage_action is None
    answers = iter([("ann-pass-12", True), ("ann-new-pass", True), ("ann-new-pass", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    agent_console.admin_actions.password_action.trigger()
    qtbot.waitUntil(lambda: "was changed" in agent_console.statusBar().currentMessage(), timeout=5000)
    assert auth.sign_in(store, "ann", "ann-new-pass")
    for w in (admin_console.admin_actions.admin_window, admin_console, agent_console):
        w.close()
    wait_for_ops(5000)
    store.close()
