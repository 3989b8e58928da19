"""Rows kept aside (issue 12 item 2) in the console: the status bar counts them, the
conflicts dialog lists them for supervisors, and a corrected version clears them."""

from __future__ import annotations

from sync_helpers import InProcessServer

from callcenter.core.ids import uuid7
from callcenter.store import replica
from callcenter.store.models import Customer
from callcenter.sync import server_store


def _poison(srv: InProcessServer, client) -> str:
    with client.store.transaction() as s:
        c = Customer(account_no=uuid7()[-12:], display_name="Poison")
        s.add(c)
    [change] = replica.collect_pending(client.store, 10).changes
    change["row"]["customer_since"] = "not a date"
    with srv.engine.begin() as conn:  # as a server that checked nothing would have stored it
        seq = server_store._lock_counter(conn)
        server_store._write_rows(conn, [(("customers", change["id"]), change["row"], change["hlc"], "x", False)], seq)
    return change["id"]


def test_rows_kept_aside_show_in_the_status_and_to_supervisors(qtbot, tmp_path):
    from callcenter.gui.sync.conflicts_dialog import ConflictsDialog
    from callcenter.gui.sync.sync_controller import SyncView
    from callcenter.gui.sync.sync_status_panel import SyncStatusPanel

    srv = InProcessServer(f"sqlite:///{tmp_path / 'srv.db'}")
    srv.user("sup")
    srv.user("agent1", "agent")
    a, b = srv.console(tmp_path / "a.db", "sup"), srv.console(tmp_path / "b.db", "sup")
    cid = _poison(srv, a)
    result = b.sync_round()
    assert result.kept_aside == 1

    panel = SyncStatusPanel()
    qtbot.addWidget(panel)
    panel.show_status(SyncView(True, False, result and "2026-12-02T06:00:00+00:00", 0, None, None, 1))
    assert "1 kept aside" in panel.label.text() and "kept aside" in panel.toolTip()

    dialog = ConflictsDialog(b.store, b.store.meta("sync.user_id"), role="supervisor")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.aside.rowCount() == 1, timeout=5000)
    assert dialog.aside.item(0, 0).text() == f"Customer {cid}"
    assert dialog.aside.item(0, 1).text() == "customer since"
    assert dialog.aside.item(0, 2).text() == "not a date and time"
    assert not dialog.aside.isHidden()

    agent_view = ConflictsDialog(b.store, None, role="agent")
    qtbot.addWidget(agent_view)
    qtbot.wait(300)
    assert agent_view.aside.rowCount() == 0 and agent_view.aside.isHidden()

    # a corrected version from another console replaces the row: the list empties by itself
    with a.store.transaction() as s:
        s.get(Customer, cid).tier = "gold"
    a.sync_round()
    b.sync_round()
    qtbot.waitUntil(lambda: dialog.aside.rowCount() == 0, timeout=5000)
    assert dialog.aside.isHidden()
    for client in (a, b):
        client.store.close()
    srv.close()
