"""admincx in the GUI: the administration window's complaint-deadline and approval-limit pages
(admins edit, supervisors read, refusals in words), and an open capture dialog offering a
category an admin has just added (it hears of it from a Changed event, never a timer)."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from seed import seed

from callcenter.core.agents import Identity
from callcenter.core.roles import Role
from callcenter.gui.ops import wait_for_ops
from callcenter.ops import admin as admin_ops
from callcenter.ops import site as site_ops

FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


@pytest.fixture
def world(store):
    ids = seed(store)
    for item in site_ops.load_defaults().complaint_categories:
        admin_ops.save_complaint_category(
            store, None, admin_ops.CodeForm(item.code, item.en, item.zh, parent=item.extra.get("parent"))
        )
    boss_id = admin_ops.create_user(
        store, None, admin_ops.UserForm("boss", "Boss", "admin"), "boss-pass-1", hasher=FAST
    )
    boss = Identity(boss_id.value, "boss", "Boss", Role.ADMIN)
    sup = Identity(ids["super1"], "super1", "Sue Supervisor", Role.SUPERVISOR)
    agent = Identity(ids["agent1"], "agent1", "Alice Agent", Role.AGENT)
    return store, ids, boss, sup, agent


def cells(table, col):
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_an_admin_edits_deadlines_and_limits_and_a_supervisor_reads_them(qtbot, world):
    from callcenter.gui.admin.admin_window import AdminWindow

    store, _ids, boss, sup, _agent = world
    w = AdminWindow(store, boss, "en")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.loaded > 0, timeout=5000)
    d = w.deadlines
    assert d.table.rowCount() == 4 and [r.severity for r in d.rows] == ["low", "medium", "high", "critical"]
    assert cells(d.table, 1)[2] == "4 h" and cells(d.table, 3)[2] == "default"
    d.table.selectRow(2)
    d.first_response.setValue(10)
    d.resolution.setValue(2)
    d.save_button.click()
    qtbot.waitUntil(lambda: "shorter than the first response" in d.message.text(), timeout=5000)
    assert d.first_response.value() == 10  # the typed values stay
    d.first_response.setValue(1.5)
    d.resolution.setValue(6)
    d.save_button.click()
    qtbot.waitUntil(lambda: cells(d.table, 1)[2] == "1.5 h" and cells(d.table, 3)[2] == "site", timeout=5000)
    assert d.message.text() == "Saved."

    lim = w.limits
    row = next(i for i, r in enumerate(lim.rows) if (r.role, r.kind) == ("agent", "refund"))
    assert "50.00" in cells(lim.table, 2)[row] and lim.table.rowCount() == 18
    lim.table.selectRow(row)
    lim.amount.setValue(30)
    lim.save_button.click()
    qtbot.waitUntil(lambda: "30.00" in cells(lim.table, 2)[row], timeout=5000)
    wait_for_ops(5000)
    ref = admin_ops.reference(store)
    assert next(r for r in ref.limits if (r.role, r.kind) == ("agent", "refund")).amount_minor == 3_000
    # limits per currency: the customers' yuan has its own, the dollar ones stay as they are
    currencies = [lim.currency.itemText(i) for i in range(lim.currency.count())]
    assert currencies[0] == "USD" and "CNY" in currencies
    lim.currency.setCurrentIndex(currencies.index("CNY"))
    assert lim.table.rowCount() == 18 and all(r.currency == "CNY" for r in lim.rows)
    assert cells(lim.table, 3)[row] == "default" and lim.amount.suffix() == " CNY"
    lim.table.selectRow(row)
    lim.amount.setValue(300)
    lim.save_button.click()
    qtbot.waitUntil(lambda: "300.00" in cells(lim.table, 2)[row], timeout=5000)
    assert lim.currency.currentText() == "CNY"  # the refresh keeps the chosen currency
    wait_for_ops(5000)
    ref = admin_ops.reference(store)
    limits = {(r.role, r.kind, r.currency): r.amount_minor for r in ref.limits}
    assert limits[("agent", "refund", "CNY")] == 30_000 and limits[("agent", "refund", "USD")] == 3_000
    assert next(r for r in ref.deadlines if r.severity == "high").first_response_minutes == 90

    # a supervisor sees the complaint rules, read-only; no site page
    s = AdminWindow(store, sup, "zh_CN")
    qtbot.addWidget(s)
    s.show()
    qtbot.waitUntil(lambda: s.loaded > 0, timeout=5000)
    titles = [s.tabs.tabText(i) for i in range(s.tabs.count())]
    assert s.tabs.indexOf(s.deadlines) >= 0 and s.tabs.indexOf(s.limits) >= 0 and s.tabs.indexOf(s.site) < 0
    # users, the three complaint-rule pages and the three calendar/policy pages (adminpol), read-only
    assert s.tabs.indexOf(s.categories) >= 0 and len(titles) == 7
    assert s.deadlines.save_button.isHidden() and s.limits.save_button.isHidden()
    assert s.categories.save_button.isHidden() and not s.limits.amount.isEnabled()
    assert "1.5" in cells(s.deadlines.table, 1)[2]


def test_the_capture_dialog_offers_a_category_an_admin_just_added(qtbot, world):
    from callcenter.gui.complaints.capture_dialog import ComplaintDialog

    store, ids, boss, _sup, agent = world
    dlg = ComplaintDialog(store, agent, ids["wang"], "en")
    dlg.confirm_discard = False
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.loaded, timeout=5000)

    def groups():
        return [dlg.group.itemData(i) for i in range(dlg.group.count())]

    assert "delivery" in groups() and "online" not in groups()
    dlg.severity.setCurrentIndex(dlg.severity.findData("high"))
    assert "within 4 business hours" in dlg.deadline_hint.text()
    # another window (or a sync pull) changes the reference data: the open dialog follows
    admin_ops.save_complaint_category(store, boss, admin_ops.CodeForm("online", "Online shop", "网店"))
    admin_ops.save_complaint_category(
        store, boss, admin_ops.CodeForm("app_crash", "App crashes", "应用闪退", parent="online")
    )
    admin_ops.save_complaint_deadline(store, boss, "high", 120, 600)
    qtbot.waitUntil(
        lambda: "online" in groups() and "within 2 business hours" in dlg.deadline_hint.text(), timeout=5000
    )
    dlg.group.setCurrentIndex(dlg.group.findData("online"))
    assert [dlg.detail.itemData(i) for i in range(dlg.detail.count())] == ["", "app_crash"]
    # retired: no longer offered
    delivery = next(r.id for r in admin_ops.reference(store).categories if r.code == "delivery")
    admin_ops.save_complaint_category(
        store, boss, admin_ops.CodeForm("delivery", "Delivery", "配送", active=False), delivery
    )
    qtbot.waitUntil(lambda: "delivery" not in groups(), timeout=5000)
    wait_for_ops(5000)
