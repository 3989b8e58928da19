"""The import wizard with real widgets (issue 14): the 1,000 good + 30 bad row file mapped,
dry-run (every bad row in the report, nothing written), imported with progress (the rows
there, whole), imported again (nothing changes); Cancel stops between batches and the
same file resumes; the Administration menu only for supervisors and admins."""

from __future__ import annotations

import import_files as F
import pytest
from PySide6.QtCore import QSettings, Qt
from seed import seed

from callcenter.gui.admin.import_wizard import ImportWizard
from callcenter.gui.ops import wait_for_ops
from callcenter.gui.settings import Settings

pytestmark = pytest.mark.gui


def count(store, sql: str) -> int:
    with store.engine.connect() as conn:
        return conn.exec_driver_sql(sql).scalar()


def snapshot(store):
    with store.engine.connect() as conn:
        return [conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY id").all() for t in ("customers", "phones", "emails")]


def wizard_on(qtbot, store, path):
    wizard = ImportWizard(store, None)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    page = wizard.mapping_page
    qtbot.waitUntil(page.isComplete, timeout=10000)
    return wizard


def test_the_wizard_maps_dry_runs_imports_and_re_imports(qtbot, store, tmp_path):
    rows, bad = F.rows()
    F.seed_existing(store)
    path = F.write_xlsx(tmp_path / "customers.xlsx", rows)
    wizard = wizard_on(qtbot, store, path)
    mapping = wizard.mapping_page.mapping()
    assert mapping == {
        "Account": "account_no",
        "First name": "given_name",
        "Last name": "family_name",
        "Phone": "phone",
        "Email": "email",
        "Language": "preferred_language",
        "Tier": "tier",
    }
    assert wizard.mapping_page.preview.rowCount() == 10
    assert wizard.mapping_page.preview.item(0, 0).text() == "A00000000"
    before = snapshot(store)
    wizard.next()
    dry = wizard.dry_run_page
    qtbot.waitUntil(dry.isComplete, timeout=30000)
    assert "1030 rows: 1000 would be created" in dry.summary.text() and "30 refused" in dry.summary.text()
    table = dry.table
    assert table.rowCount() == 30
    shown = {int(table.item(r, 0).text()): table.item(r, 2).text() for r in range(30)}
    assert set(shown) == set(bad)
    assert shown[min(bad)] == "The phone number is too short."  # the first bad row: '12345'
    assert all(text and not text.startswith("phone_") for text in shown.values())
    assert snapshot(store) == before  # the dry run wrote nothing
    wizard.next()
    run = wizard.run_page
    qtbot.waitUntil(run.isComplete, timeout=60000)
    wait_for_ops()
    assert run.report is not None and run.report.finished
    assert "1000 created, 0 updated, 0 unchanged, 30 refused." in run.status.text()
    assert run.bar.value() == run.bar.maximum() == 1030
    assert count(store, "SELECT count(*) FROM customers") == 1001
    assert count(store, "SELECT count(*) FROM phones") == 1001
    after = snapshot(store)

    again = wizard_on(qtbot, store, path)
    again.next()
    qtbot.waitUntil(again.dry_run_page.isComplete, timeout=30000)
    assert "0 would be created, 0 updated, 1000 unchanged, 30 refused" in again.dry_run_page.summary.text()
    again.next()
    qtbot.waitUntil(again.run_page.isComplete, timeout=60000)
    wait_for_ops()
    assert "0 created, 0 updated, 1000 unchanged, 30 refused." in again.run_page.status.text()
    assert snapshot(store) == after


def test_a_mapping_change_in_the_wizard_and_a_file_that_is_not_a_table(qtbot, store, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Cust,Mobile,Who\nK1,+1 650 253 0000,Ann Lee\n", encoding="utf-8")
    wizard = wizard_on(qtbot, store, path)
    wizard.mapping_page.set_field("Cust", "account_no")
    wizard.mapping_page.set_field("Who", "name")
    wizard.next()
    qtbot.waitUntil(wizard.dry_run_page.isComplete, timeout=10000)
    assert "1 would be created" in wizard.dry_run_page.summary.text()
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip file")
    wizard = ImportWizard(store, None)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(broken))
    wizard.next()
    qtbot.waitUntil(lambda: "XLSX" in wizard.mapping_page.status.text(), timeout=10000)
    assert not wizard.mapping_page.isComplete()


def test_cancel_stops_between_batches_and_the_same_file_resumes(qtbot, store, tmp_path, monkeypatch):
    from callcenter.ops import imports as import_ops

    rows, _bad = F.rows()
    path = F.write_csv(tmp_path / "customers.csv", rows)
    real = import_ops.import_file

    def small_batches(*args, **kwargs):
        kwargs["batch_size"] = 50
        progress = kwargs.get("progress")

        def slow(done, total):  # give Cancel a moment between batches
            progress(done, total)
            import time

            time.sleep(0.05)

        kwargs["progress"] = slow if progress else None
        return real(*args, **kwargs)

    monkeypatch.setattr(import_ops, "import_file", small_batches)
    wizard = wizard_on(qtbot, store, path)
    wizard.next()
    qtbot.waitUntil(wizard.dry_run_page.isComplete, timeout=30000)
    wizard.next()
    run = wizard.run_page
    qtbot.waitUntil(lambda: run.bar.value() >= 100, timeout=30000)
    qtbot.mouseClick(run.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(run.isComplete, timeout=30000)
    wait_for_ops()
    assert run.report.cancelled and "cancelled" in run.status.text()
    partial = count(store, "SELECT count(*) FROM customers")
    assert 0 < partial < 1000
    assert partial == count(store, "SELECT sum(created) FROM import_batches")
    again = wizard_on(qtbot, store, path)
    again.next()
    qtbot.waitUntil(again.dry_run_page.isComplete, timeout=30000)
    again.next()
    qtbot.waitUntil(again.run_page.isComplete, timeout=60000)
    wait_for_ops()
    report = again.run_page.report
    assert report.resumed and report.resumed_batches > 0 and report.finished
    assert count(store, "SELECT count(*) FROM customers") == 1002  # B020/B021 are good here: nothing seeded


@pytest.mark.parametrize("username, has_menu", [("agent1", False), ("super1", True)])
def test_the_administration_menu_is_for_supervisors_and_admins(qtbot, store, tmp_path, username, has_menu):
    from callcenter.core.calls import ManualCallSource
    from callcenter.core.events import EventBus
    from callcenter.gui.agent.console_window import ConsoleWindow
    from callcenter.gui.bridge import EventBridge
    from callcenter.gui.console_assembly import build_console
    from callcenter.store import repo

    seed(store)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set("calls/ring_sound", False)
    bus = EventBus()
    identity = next(a for a in repo.agents(store) if a.username == username)
    ConsoleWindow.start_sync = False
    window = build_console(store, identity, ManualCallSource(bus), EventBridge(bus), settings, "en")
    ConsoleWindow.start_sync = True
    window.confirm_close = False
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert ("&Administration" in titles) is has_menu
    if has_menu:
        window.admin.import_action.trigger()
        assert window.admin.wizard.isVisible()
        window.admin.wizard.close()
    wait_for_ops()


def test_the_wizard_imports_payments_with_their_reasons(qtbot, store, tmp_path):
    from test_import_payments import HEADER, PAYMENTS, REFUSED
    from test_import_payments import seed as seed_payments

    seed_payments(store, tmp_path)
    path = F.write_csv(tmp_path / "payments.csv", PAYMENTS, HEADER)
    wizard = ImportWizard(store, None)
    qtbot.addWidget(wizard)
    wizard.show()
    kinds = wizard.file_page.kind
    kinds.setCurrentIndex(kinds.findData("payments"))
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=10000)
    assert wizard.mapping_page.mapping() == {
        "Reference": "reference",
        "Account": "account_no",
        "Amount": "amount",
        "Payment date": "paid_at",
        "Method": "method",
        "Invoice": "invoice_no",
    }
    wizard.next()
    dry = wizard.dry_run_page
    qtbot.waitUntil(dry.isComplete, timeout=30000)
    table = dry.table
    shown = {int(table.item(r, 0).text()): table.item(r, 2).text() for r in range(table.rowCount())}
    assert set(shown) == set(REFUSED)
    assert shown[6] == "No invoice has this number."
    assert shown[12] == "The same payment reference as an earlier row."
    wizard.next()
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=60000)
    wait_for_ops()
    assert "4 created, 0 updated, 0 unchanged, 10 refused." in wizard.run_page.status.text()
    assert count(store, "SELECT count(*) FROM payments") == 4
