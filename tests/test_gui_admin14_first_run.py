"""The first-run wizard: create a site on an empty store and take a call; join the site
from a second console (the real sync server, in process) and take a call there too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sync_helpers import PASSWORD, InProcessServer
from test_admin14_site import KeepOpen
from test_gui_console import ring, settle

from callcenter.core.agent_state import AgentState
from callcenter.core.calls import ManualCallSource
from callcenter.core.events import EventBus
from callcenter.gui.bridge import EventBridge
from callcenter.gui.ops import wait_for_ops
from callcenter.store.db import Store
from callcenter.store.models import Interaction


@pytest.fixture
def no_keyring(monkeypatch, tmp_path):
    import keyring
    from keyring.backends import fail

    monkeypatch.setenv("CALLCENTER_DATA_DIR", str(tmp_path / "data"))
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def take_a_call(qtbot, store, identity, settings):
    from callcenter.gui.agent.console_window import ConsoleWindow
    from callcenter.gui.console_assembly import build_console

    bus = EventBus()
    source = ManualCallSource(bus)
    bridge = EventBridge(bus)
    ConsoleWindow.start_sync = False
    try:
        window = build_console(store, identity, source, bridge, settings, "en")
    finally:
        ConsoleWindow.start_sync = True
    window._keep = (bus, bridge)
    window.confirm_close = False
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.bootstrap is not None, timeout=5000)
    assert window.bootstrap.queues and window.bootstrap.disposition_codes  # the seeded reference data
    c = window.controller
    c.set_available()
    assert c.sm.state is AgentState.AVAILABLE
    ring(qtbot, window, source, "+44 20 7946 0000")
    assert c.sm.state is AgentState.RINGING
    c.answer()
    assert c.sm.state is AgentState.ON_CALL
    c.end()
    resolved = next(d.id for d in window.bootstrap.disposition_codes if d.code == "support.resolved")
    c.finish_wrap_up(resolved, "first call of the site")
    settle(qtbot, window)
    with store.session() as s:
        rows = s.query(Interaction).filter(Interaction.agent_id == identity.user_id).all()
    assert [(r.disposition_id, r.notes, r.ani_e164) for r in rows] == [
        (resolved, "first call of the site", "+442079460000")
    ]
    window.close()


def test_create_a_site_from_the_wizard_and_take_a_call(qtbot, tmp_path, settings):
    from callcenter.gui.admin.first_run import CREATE, FirstRunDialog

    store = Store(tmp_path / "new-site.db")
    dialog = FirstRunDialog(store, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == CREATE
    dialog.site_name.setText("Acme Care")
    dialog.country.setCurrentText("GB")
    dialog.time_zone.setCurrentText("Europe/London")
    dialog.currency.setCurrentText("GBP")
    dialog.admin_user.setText("boss")
    dialog.admin_name.setText("Boss")
    dialog.admin_password.setText("long-password")
    dialog.admin_confirm.setText("long-passwort")
    qtbot.mouseClick(dialog.create_ok, Qt.MouseButton.LeftButton)
    assert "the two passwords differ" in dialog.message.text() and dialog.isVisible()
    dialog.admin_confirm.setText("long-password")
    dialog.time_zone.setCurrentText("Mars/Olympus")
    qtbot.mouseClick(dialog.create_ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Time zone" in dialog.message.text(), timeout=5000)
    assert dialog.site_name.text() == "Acme Care"  # nothing typed is lost
    dialog.time_zone.setCurrentText("Europe/London")
    qtbot.mouseClick(dialog.create_ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.identity is not None, timeout=10000)
    assert dialog.identity.role.value == "admin" and not dialog.isVisible()
    take_a_call(qtbot, store, dialog.identity, settings)
    wait_for_ops(5000)
    store.close()


def test_join_a_site_from_the_wizard_and_take_a_call(qtbot, tmp_path, settings, no_keyring):
    from callcenter.core.site import SiteSettings
    from callcenter.gui.admin.first_run import CREATE, JOIN, FirstRunDialog
    from callcenter.ops import admin as admin_ops

    server = InProcessServer(f"sqlite:///{tmp_path / 'server.db'}")
    opts = dict(http=KeepOpen(server.app), backoff=0.01)
    try:
        server.user("root", "admin")
        first = Store(tmp_path / "first.db")
        dialog = FirstRunDialog(first, "en", **opts)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
        dialog.server_url.setText("http://testserver")
        dialog.join_user.setText("root")
        dialog.join_password.setText(PASSWORD)
        qtbot.mouseClick(dialog.join_ok, Qt.MouseButton.LeftButton)
        # the server's first admin: the wizard asks for the site's settings, not for a new admin
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == CREATE, timeout=10000)
        assert not dialog.admin_password.isVisibleTo(dialog)
        dialog.site_name.setText("Acme Care")
        qtbot.mouseClick(dialog.create_ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.identity is not None, timeout=10000)
        admin = dialog.identity
        agent_id = admin_ops.create_user(
            first, admin, admin_ops.UserForm("ann", "Ann Agent", "agent", team="A"), "agent-pass-1"
        ).value
        from callcenter.ops import sync as sync_ops

        sync_ops.sync_round(first, **opts)
        second = Store(tmp_path / "second.db")
        join = FirstRunDialog(second, "en", **opts)
        qtbot.addWidget(join)
        join.show()
        join.show_page(JOIN)
        join.server_url.setText("http://testserver")
        join.join_user.setText("ann")
        join.join_password.setText("wrong password")
        qtbot.mouseClick(join.join_ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Wrong user name or password" in join.message.text(), timeout=10000)
        join.join_password.setText("agent-pass-1")
        qtbot.mouseClick(join.join_ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: join.identity is not None, timeout=10000)
        assert join.identity.user_id == agent_id and join.identity.role.value == "agent"
        from callcenter.ops import site as site_ops

        assert site_ops.site_settings(second) == SiteSettings("Acme Care", "US", "UTC", "en", "USD")
        take_a_call(qtbot, second, join.identity, settings)
        wait_for_ops(5000)
        first.close()
        second.close()
    finally:
        server.close()


def test_the_console_offers_the_wizard_on_an_empty_store_and_the_sign_in_otherwise(qtbot, tmp_path, monkeypatch):
    import argparse

    from callcenter.core.site import SiteSettings
    from callcenter.gui import app
    from callcenter.gui.admin import first_run
    from callcenter.ops import site as site_ops

    monkeypatch.setattr(app, "setup_logging", lambda: None)
    monkeypatch.setattr(app, "Settings", lambda: __import__("types").SimpleNamespace(get=lambda key: None))
    offered, asked = [], []
    monkeypatch.setattr(first_run, "run_first_run", lambda store, lang: offered.append(lang))
    monkeypatch.setattr(app, "sign_in", lambda store: asked.append(True))
    args = argparse.Namespace(db=tmp_path / "empty.db", lang="en", demo=False, live=False, live_server=None)
    assert app.run_console(args) == 0  # closed without a choice: nothing else happens
    assert offered == ["en"] and asked == []
    store = Store(tmp_path / "empty.db")
    site_ops.create_site(store, SiteSettings("Acme"), site_ops.AdminAccount("boss", "boss-pass-1"))
    store.close()
    assert app.run_console(args) == 0
    assert offered == ["en"] and asked == [True]  # a site: the sign-in, no wizard
