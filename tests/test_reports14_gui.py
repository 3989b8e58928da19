"""The supervisors' reports window, the audit viewer's filters and the log viewer, with real
widgets; every read runs off the GUI thread (the guard in conftest fails a test otherwise)."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate

from callcenter.core.agents import Identity
from callcenter.core.calls import Call
from callcenter.core.roles import Role
from callcenter.gui.ops import wait_for_ops
from callcenter.gui.supervisor.audit_window import AuditWindow
from callcenter.gui.supervisor.log_window import LogWindow
from callcenter.gui.supervisor.reports_window import ReportsWindow
from callcenter.ops import agent_activity
from callcenter.store.models import AuditLog
from tests.reports14_timeline import SUPER, write_day

DAY = QDate(2026, 12, 1)


def _column(table, header):
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    return headers.index(header)


def _reports(qtbot, store, lang="en"):
    w = ReportsWindow(store, SUPER, lang)
    qtbot.addWidget(w)
    w.start.setDate(DAY)
    w.end.setDate(DAY)
    w.show()
    return w


def _show(qtbot, w, kind, interval=None):
    w.kind.setCurrentIndex(w.kind.findData(kind))
    if interval:
        w.interval.setCurrentIndex(w.interval.findData(interval))
    w.report = None
    w.refresh()
    qtbot.waitUntil(lambda: w.report is not None and w.report.kind == kind, timeout=5000)


def test_reports_window_shows_the_hand_worked_day_and_exports(qtbot, store, tmp_path):
    write_day(store)
    w = _reports(qtbot, store)
    _show(qtbot, w, "queues", 60)
    t = w.table
    assert t.rowCount() == 2  # the hour and the queue's total
    assert t.item(0, 0).text() == "General" and t.item(0, _column(t, "Offered")).text() == "6"
    assert t.item(0, _column(t, "Service level")).text() == "50.0 %"
    assert t.item(0, _column(t, "AHT")).text() == "0:05:30"
    assert not w.interval.isHidden() and w.interval.isEnabled()
    _show(qtbot, w, "agents")
    assert not w.interval.isEnabled()  # intervals are for queues
    row = next(r for r in range(w.table.rowCount()) if w.table.item(r, 0).text() == "A")
    assert w.table.item(row, _column(w.table, "AHT")).text() == "0:08:00"
    assert (
        w.table.item(row, _column(w.table, "Not ready: break")).text() == "0:40:00"
    )  # no reason names stored: the code
    w.export("csv", str(tmp_path / "agents.csv"))
    qtbot.waitUntil(lambda: (tmp_path / "agents.csv").exists(), timeout=5000)
    with (tmp_path / "agents.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert next(csv.reader(fh))[0] == "Agent"
    w.export("xlsx", str(tmp_path / "agents.xlsx"))
    qtbot.waitUntil(lambda: "Saved" in w.status.text() and (tmp_path / "agents.xlsx").exists(), timeout=5000)
    w.export("csv", str(tmp_path / "no-such-dir" / "a.csv"))
    qtbot.waitUntil(lambda: "Could not write" in w.status.text(), timeout=5000)
    wait_for_ops()


def test_reports_window_follows_new_calls(qtbot, store):
    write_day(store)
    w = _reports(qtbot, store)
    _show(qtbot, w, "dispositions")
    before = w.report
    q = datetime(2026, 12, 1, 11, 0, tzinfo=UTC)
    call = Call("c9", "", "general", offered_at=q, answered_at=q, ended_at=q + timedelta(seconds=60))
    agent_activity.record_call_leg(store, SUPER, call, agent_id="")
    qtbot.waitUntil(lambda: w.report is not before, timeout=5000)
    none_row = next(r for r in w.report.rows if r["code"] == "")
    assert none_row["calls"] == 2
    wait_for_ops()


def test_reports_window_in_chinese_and_an_agent_refused(qtbot, store):
    write_day(store)
    w = _reports(qtbot, store, "zh_CN")
    _show(qtbot, w, "queues", 30)
    assert w.table.horizontalHeaderItem(0).text() == "队列" and w.table.item(0, 0).text() == "综合"
    agent = ReportsWindow(store, Identity("A", "a", "A", Role.AGENT))
    qtbot.addWidget(agent)
    qtbot.waitUntil(lambda: "may not" in agent.status.text(), timeout=5000)
    wait_for_ops()


def _audit_rows(store, ids):
    now = datetime.now(UTC)
    with store.transaction() as s:
        for days, user, action, entity, eid, detail in [
            (2, "agent1", "view", "customer", "c-1", "screen pop"),
            (1, "agent1", "view", "customer", "c-2", "search"),
            (1, "agent2", "update", "customer", "c-1", "phones"),
            (0, "super1", "reveal", "customer", "c-2", "card number"),
            (40, "agent2", "view", "customer", "c-3", "old view"),
        ]:
            s.add(
                AuditLog(
                    at=now - timedelta(days=days, minutes=1),
                    user_id=ids[user],
                    action=action,
                    entity=entity,
                    entity_id=eid,
                    detail=detail,
                )
            )


def _visible(w):
    return [
        (w.table.item(r, 1).text(), w.table.item(r, 2).text(), w.table.item(r, 4).text())
        for r in range(w.table.rowCount())
    ]


def test_audit_viewer_filters_search_export_and_retention(qtbot, seeded, tmp_path):
    store, ids = seeded
    _audit_rows(store, ids)
    sup = Identity(ids["super1"], "super1", "Sue Supervisor", Role.SUPERVISOR)
    w = AuditWindow(store, sup)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.user.count() > 1 and w.table.rowCount() >= 4, timeout=5000)
    assert ("Sue Supervisor", "revealed", "c-2") == _visible(w)[0]  # newest first
    assert "c-3" not in {r[2] for r in _visible(w)}  # 40 days ago: outside the last 7 days
    assert w.table.item(0, 5).text() == "this console"

    w.user.setCurrentIndex(w.user.findData(ids["agent1"]))
    qtbot.waitUntil(lambda: {r[0] for r in _visible(w)} == {"Alice Agent"}, timeout=5000)
    assert [r[2] for r in _visible(w)] == ["c-2", "c-1"]
    w.action.setCurrentIndex(w.action.findData("view"))
    w.search.setText("POP")
    qtbot.waitUntil(lambda: [r[2] for r in _visible(w)] == ["c-1"], timeout=5000)
    w.search.setText("")
    w.user.setCurrentIndex(0)
    w.action.setCurrentIndex(0)
    w.start.setDate(QDate.currentDate().addDays(-60))
    qtbot.waitUntil(lambda: "c-3" in {r[2] for r in _visible(w)}, timeout=5000)
    w.search.setText("bob")  # a user's name finds their rows
    qtbot.waitUntil(lambda: {r[0] for r in _visible(w)} == {"Bob Agent"} and len(_visible(w)) == 2, timeout=5000)

    w.export(str(tmp_path / "audit.csv"))
    qtbot.waitUntil(lambda: (tmp_path / "audit.csv").exists(), timeout=5000)
    with (tmp_path / "audit.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.reader(fh))) == 3

    w.search.setText("")
    w.retention.setValue(30)
    w.set_retention()
    qtbot.waitUntil(lambda: "saved" in w.status.text(), timeout=5000)
    w.purge()
    qtbot.waitUntil(lambda: "1 older records removed" in w.status.text(), timeout=5000)
    # the purge is itself audited, and the list follows (the old row is gone, the new rows shown)
    qtbot.waitUntil(
        lambda: "c-3" not in {r[2] for r in _visible(w)} and any(r[1] == "purged" for r in _visible(w)), timeout=5000
    )
    wait_for_ops()


def test_console_menu_for_supervisors_only(qtbot, seeded, settings):
    from test_gui_console import make_console

    store, _ = seeded
    sup_window, _, _ = make_console(qtbot, store, settings, username="super1")
    titles = [a.text() for a in sup_window.menuBar().actions()]
    assert "&Reports" in titles
    menu = next(a.menu() for a in sup_window.menuBar().actions() if a.text() == "&Reports")
    menu.actions()[1].trigger()
    qtbot.waitUntil(lambda: getattr(sup_window, "audit_window", None) is not None, timeout=2000)
    assert sup_window.audit_window.isVisible()
    sup_window.audit_window.close()
    agent_window, _, _ = make_console(qtbot, store, settings, username="agent1")
    assert "&Reports" not in [a.text() for a in agent_window.menuBar().actions()]
    wait_for_ops()


def test_log_viewer_filters_level_and_text(qtbot, tmp_path):
    now = datetime.now()
    stamp = (now - timedelta(minutes=5)).strftime("%Y-%m-%d %H:%M:%S")
    old = (now - timedelta(days=3)).strftime("%Y-%m-%d %H:%M:%S")
    (tmp_path / "callcenter.log").write_text(
        f"{old},000 INFO callcenter.sync: round done\n"
        f"{stamp},100 INFO callcenter.gui.ops: op call.offer refused: not_permitted\n"
        f"{stamp},200 ERROR callcenter.gui.ops: op call.save failed\nTraceback (most recent call last):\n  boom\n",
        encoding="utf-8",
    )
    w = LogWindow(SUPER, tmp_path)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.table.rowCount() == 2, timeout=5000)  # the last 24 hours
    assert w.table.item(0, 1).text() == "ERROR"
    w.table.setCurrentCell(0, 0)
    assert "Traceback" in w.detail.toPlainText()
    w.level.setCurrentIndex(w.level.findData("ERROR"))
    qtbot.waitUntil(lambda: w.table.rowCount() == 1, timeout=5000)
    w.level.setCurrentIndex(w.level.findData("DEBUG"))
    w.since.setCurrentIndex(w.since.findData(0))
    qtbot.waitUntil(lambda: w.table.rowCount() == 3, timeout=5000)
    w.search.setText("ROUND")
    qtbot.waitUntil(lambda: w.table.rowCount() == 1, timeout=5000)
    wait_for_ops()
