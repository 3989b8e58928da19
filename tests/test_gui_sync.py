"""Sync in the console with real widgets against a real server process: the status
bar, Sync now, a dead server in plain words (by its code, in both languages),
registration, the conflicts dialog (two of them on one store: a pick in one updates the
other by its change event)."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu
from seed import seed

from callcenter.benchmarks.server_process import ServerProcess
from callcenter.gui.ops import wait_for_ops
from callcenter.gui.settings import Settings
from callcenter.store.models import Customer
from callcenter.sync import credentials

PASSWORD = "correct horse"


@pytest.fixture
def no_keyring(monkeypatch, tmp_path):
    monkeypatch.setenv("CALLCENTER_DATA_DIR", str(tmp_path / "data"))
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def server(tmp_path):
    srv = ServerProcess(f"sqlite:///{tmp_path / 'server.db'}", tmp_path)
    srv.create_user("sup", PASSWORD, "admin")  # admin14: seed pushes reference data, which only admins write
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture
def settings(tmp_path):
    s = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    s.set("calls/ring_sound", False)
    return s


def console(qtbot, store, settings, username):
    from callcenter.core.calls import ManualCallSource
    from callcenter.core.events import EventBus
    from callcenter.gui.agent.console_window import ConsoleWindow
    from callcenter.gui.bridge import EventBridge
    from callcenter.gui.console_assembly import build_console
    from callcenter.store import repo

    bus = EventBus()
    identity = next(a for a in repo.agents(store) if a.username == username)
    ConsoleWindow.start_sync = False
    window = build_console(store, identity, ManualCallSource(bus), EventBridge(bus), settings, "en")
    ConsoleWindow.start_sync = True
    window.confirm_close = False
    window._keep = bus
    qtbot.addWidget(window)
    window.show()
    return window


def register(store, server):
    client = server.client(store, "sup", PASSWORD)
    credentials.save_token(client.server_url, store.device_id, client.token)


def test_status_bar_sync_now_and_a_dead_server(qtbot, store, settings, server, no_keyring):
    seed(store)
    window = console(qtbot, store, settings, "super1")
    panel = window.sync.panel
    window.sync.controller.publish()
    qtbot.waitUntil(lambda: "not set up" in panel.label.text(), timeout=5000)
    assert not panel.button.isEnabled()
    register(store, server)
    pending = store.pending_changes()
    assert pending > 0
    window.sync.controller.publish()
    qtbot.waitUntil(panel.button.isEnabled, timeout=5000)
    qtbot.mouseClick(panel.button, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.label.text().startswith("Synced"), timeout=20000)
    assert panel.label.text().endswith("0 pending")
    assert store.pending_changes() == 0
    # offline: the server goes away, a local change waits, the error is in plain words
    server.stop()
    with store.transaction() as s:
        s.add(Customer(account_no="OFF1", display_name="Offline Customer"))
    window.sync.controller.sync_now()
    qtbot.waitUntil(lambda: "cannot be reached" in panel.label.text(), timeout=30000)
    assert panel.label.text().endswith("1 pending")
    assert "Last success" in panel.toolTip()
    assert window.sync.controller.timer.isActive()  # a retry is scheduled (backoff)
    assert window.sync.controller.timer.interval() == window.sync.controller.FIRST_RETRY_MS  # first backoff step
    server.start()
    window.sync.controller.sync_now()
    qtbot.waitUntil(lambda: panel.label.text().startswith("Synced"), timeout=20000)
    assert store.pending_changes() == 0
    wait_for_ops(5000, window.sync.controller.pool)


def test_menus_follow_the_role(qtbot, store, settings, no_keyring):
    seed(store)
    titles = {}
    for username in ("agent1", "super1"):
        window = console(qtbot, store, settings, username)
        menus = {a.text(): a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)}
        assert "&File" in menus and "S&ync" in menus
        titles[username] = [a.text() for a in menus["S&ync"].actions()]
        assert [a.text() for a in menus["&File"].actions()] == ["&Back up…", "&Restore…"]
        window.close()
    assert "&Conflicts…" not in titles["agent1"] and "&Conflicts…" in titles["super1"]


def test_registration_dialog(qtbot, store, server, no_keyring):
    from callcenter.gui.sync.sync_settings_dialog import SyncSettingsDialog

    dialog = SyncSettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.url.setText("ftp://nowhere")
    dialog.register()
    assert "https://" in dialog.result.text()
    dialog.url.setText(server.url)
    dialog.username.setText("sup")
    dialog.password.setText("wrong")
    dialog.register()
    qtbot.waitUntil(lambda: "Wrong user name or password" in dialog.result.text(), timeout=10000)
    dialog.password.setText(PASSWORD)
    dialog.register()
    qtbot.waitUntil(lambda: "is registered" in dialog.result.text(), timeout=10000)
    assert "No system keyring" in dialog.result.text()
    assert dialog.password.text() == ""  # not kept
    assert credentials.load_token(server.url, store.device_id)


def test_conflicts_dialog_resolves_by_picking_a_version(qtbot, tmp_path):
    from sync_helpers import InProcessServer

    from callcenter.gui.sync.conflicts_dialog import ConflictsDialog

    srv = InProcessServer(f"sqlite:///{tmp_path / 'srv.db'}")
    srv.user("sup")
    a, b = srv.console(tmp_path / "a.db", "sup"), srv.console(tmp_path / "b.db", "sup")
    with a.store.transaction() as s:
        c = Customer(account_no="C1", display_name="Qian Yu")
        s.add(c)
    a.sync_round()
    b.sync_round()
    for client, tier in ((a, "gold"), (b, "silver")):
        with client.store.transaction() as s:
            s.get(Customer, c.id).tier = tier
    a.sync_round()
    b.sync_round()
    a.sync_round()
    dialog = ConflictsDialog(a.store, None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=5000)
    assert dialog.list.rowCount() == 1 and dialog.list.item(0, 0).text() == "Customer"
    assert dialog.list.item(0, 1).text() == "Qian Yu (C1)"
    fields = {
        dialog.diff.item(r, 0).text(): (dialog.diff.item(r, 1).text(), dialog.diff.item(r, 2).text())
        for r in range(dialog.diff.rowCount())
    }
    assert fields["Tier"] == ("silver", "gold")
    dialog.take.click()
    qtbot.waitUntil(lambda: dialog.list.rowCount() == 0 and "Resolved" in dialog.message.text(), timeout=5000)
    assert dialog.list.rowCount() == 0 and "Resolved" in dialog.message.text()
    with a.store.session() as s:
        assert s.get(Customer, c.id).tier == "gold"
    for client in (a, b):
        client.store.close()
    srv.close()


def test_backup_and_restore_from_the_file_menu(qtbot, tmp_path, settings, monkeypatch, no_keyring):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from callcenter.store.db import Store

    db = tmp_path / "console.db"
    store = Store(db)
    seed(store)
    window = console(qtbot, store, settings, "super1")
    target = tmp_path / "saved.ccbak"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.sync.backup()
    qtbot.waitUntil(target.exists, timeout=10000)
    qtbot.waitUntil(lambda: "Backed up to" in window.statusBar().currentMessage(), timeout=5000)
    with store.transaction() as s:  # a change after the backup
        s.add(Customer(account_no="AFTER", display_name="After Backup"))
    # a file that is not a backup: refused in words, nothing replaced
    bad = tmp_path / "bad.ccbak"
    bad.write_text("hello")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    window.sync.restore()
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert warnings and "cannot be restored" in warnings[0]
    assert window.isVisible()
    # the real backup: confirmed, restored, the console closes
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window.sync.restore()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    assert not window.isVisible()
    again = Store(db)
    with again.session() as s:
        assert s.query(Customer).filter_by(account_no="AFTER").count() == 0
    again.close()
    kept = Store(tmp_path / "console.db.before-restore")
    with kept.session() as s:
        assert s.query(Customer).filter_by(account_no="AFTER").count() == 1  # nothing lost
    kept.close()


def test_backoff_doubles_up_to_ten_minutes_and_a_success_resets_it(qtbot, store):
    from callcenter.gui.sync.sync_controller import SyncController
    from callcenter.sync.client import RoundResult, SyncError

    c = SyncController(store)
    seen = []
    for _ in range(8):
        c._failed(SyncError("offline", transient=True))
        seen.append(c.timer.interval() // 1000)
    assert seen == [15, 30, 60, 120, 240, 480, 600, 600]
    assert "cannot be reached" in c.error
    c._done(RoundResult())
    assert c.failures == 0 and c.error is None and c.timer.interval() == c.interval_ms
    c.timer.stop()
    wait_for_ops(5000, c.pool)


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_sync_problem_is_told_by_its_code_in_chinese(qtbot, store, no_keyring):
    """A dead server in zh_CN: the panel says it in Chinese, chosen by the failure's code;
    no English error text (the client's own sentence) reaches the panel or its tooltip."""
    from callcenter.gui import i18n
    from callcenter.gui.sync.sync_controller import SyncController
    from callcenter.gui.sync.sync_status_panel import SyncStatusPanel
    from callcenter.sync.client import K_SERVER, UNREACHABLE

    url = f"http://127.0.0.1:{_free_port()}"  # nobody listens there
    store.set_meta(K_SERVER, url)
    credentials.save_token(url, store.device_id, "a-token")
    i18n.install("zh_CN")
    try:
        c = SyncController(store)
        panel = SyncStatusPanel()
        qtbot.addWidget(panel)
        c.status_changed.connect(panel.show_status)
        c.sync_now()
        qtbot.waitUntil(lambda: c.problem is not None and not c.running, timeout=20000)
        assert c.problem.params["reason"] == UNREACHABLE
        qtbot.waitUntil(lambda: "无法连接同步服务器" in panel.label.text(), timeout=5000)
        for text in (panel.label.text(), panel.toolTip()):
            assert "cannot" not in text and "127.0.0.1" not in text
        # the code is kept with the store: a console opened later says the same
        later = SyncController(store)
        views = []
        later.status_changed.connect(views.append)
        later.publish()
        qtbot.waitUntil(lambda: bool(views), timeout=5000)
        assert views[-1].problem.params["reason"] == UNREACHABLE and "无法连接同步服务器" in views[-1].error
        c.stop()
        wait_for_ops(5000, c.pool)
    finally:
        i18n.install("en")


def test_every_sync_code_has_words_and_none_is_english_error_text(qapp):
    from callcenter.gui.problems import describe
    from callcenter.gui.sync.sync_words import explain
    from callcenter.sync import client as codes

    reasons = [v for k, v in vars(codes).items() if k.isupper() and isinstance(v, str) and not k.startswith("K_")]
    assert {"offline", "unauthorised", "schema_mismatch", "duplicate", "tls", "not_configured"} <= set(reasons)
    for reason in reasons:
        problem = codes.SyncFailure(reason, message="the server said: boom 500")
        for text in (explain(problem), describe(problem)):
            assert text and "boom" not in text and "sync failed (" not in text
    clash = codes.SyncError(
        "refused", status=409, code="duplicate", table="customers", key="account_no", value="ACC-1"
    ).problem
    assert explain(clash).startswith("Another console already used") and "account_no 'ACC-1'" in explain(clash)
    refused = codes.SyncError("refused", status=403, tables=["users"]).problem
    assert explain(refused) == "The sync server refused a change your role may not make: User"


def test_a_pick_in_one_conflicts_window_updates_the_other_by_its_change_event(qtbot, tmp_path):
    from sqlalchemy import select
    from sync_helpers import InProcessServer

    from callcenter.core.changes import Changed
    from callcenter.gui.sync.conflicts_dialog import ConflictsDialog
    from callcenter.store.models import AuditLog

    srv = InProcessServer(f"sqlite:///{tmp_path / 'srv.db'}")
    srv.user("sup")
    a, b = srv.console(tmp_path / "a.db", "sup"), srv.console(tmp_path / "b.db", "sup")
    with a.store.transaction() as s:
        c = Customer(account_no="C2", display_name="Zhao Lei")
        s.add(c)
    a.sync_round()
    b.sync_round()
    for client, tier in ((a, "gold"), (b, "silver")):
        with client.store.transaction() as s:
            s.get(Customer, c.id).tier = tier
    a.sync_round()
    b.sync_round()
    a.sync_round()
    events: list[Changed] = []
    a.store.events.subscribe(Changed, events.append)
    one = ConflictsDialog(a.store, a.store.meta("sync.user_id"), role="supervisor")
    other = ConflictsDialog(a.store, None)
    for dialog in (one, other):
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda d=dialog: d.loaded and d.list.rowCount() == 1, timeout=5000)
    one.keep.click()
    qtbot.waitUntil(lambda: other.list.rowCount() == 0, timeout=5000)  # no timer, no call between them
    assert "No open conflicts" in other.message.text()
    qtbot.waitUntil(lambda: "Resolved" in one.message.text() and one.list.rowCount() == 0, timeout=5000)
    assert any(e.changes.touches("sync_conflicts") and e.source == "local" for e in events)
    with a.store.session() as s:
        audit = s.scalars(select(AuditLog).where(AuditLog.entity == "sync_conflicts")).one()
    assert audit.action == "resolve" and audit.detail.startswith("kept_winner")
    for client in (a, b):
        client.store.close()
    srv.close()


def test_an_agent_may_not_resolve_a_conflict(qtbot, store):
    from callcenter.core.agents import Identity
    from callcenter.core.errors import NotPermitted
    from callcenter.core.roles import Role
    from callcenter.ops import sync as sync_ops

    agent = Identity("u1", "agent1", "Agent", Role.AGENT)
    with pytest.raises(NotPermitted):
        sync_ops.resolve_conflict(store, agent, "no-such-conflict", sync_ops.CURRENT)


def test_a_push_from_another_console_arrives_at_once_not_on_the_schedule(qtbot, store, server, no_keyring, tmp_path):
    """The controller long-polls the server after each round: another console's push starts
    a round here at once (the schedule, ten minutes here, would be far too late)."""
    from callcenter.gui.sync.sync_controller import SyncController
    from callcenter.store.db import Store

    register(store, server)
    c = SyncController(store, interval_ms=600_000)
    rounds: list = []
    c.round_finished.connect(rounds.append)
    c.start()
    qtbot.waitUntil(lambda: len(rounds) == 1, timeout=20000)
    qtbot.waitUntil(lambda: c.watcher.armed, timeout=5000)
    other = Store(tmp_path / "other.db")
    colleague = server.client(other, "sup", PASSWORD)
    with other.transaction() as s:
        s.add(Customer(account_no="NEWS1", display_name="Zhou Min"))
    colleague.sync_round()
    qtbot.waitUntil(lambda: len(rounds) == 2, timeout=15000)
    assert not isinstance(rounds[1], Exception) and rounds[1].pulled >= 1
    with store.session() as s:
        assert s.query(Customer).filter_by(account_no="NEWS1").count() == 1
    assert c.timer.remainingTime() > 500_000  # the schedule was not what brought it
    c.stop()
    assert not c.watcher.armed
    wait_for_ops(5000, c.pool)
    other.close()
