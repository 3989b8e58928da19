"""Take the README's screenshots of the real windows (run under Xvfb):

xvfb-run -a -s "-screen 0 1600x1000x24" python tools/screenshots.py [OUT]

OUT defaults to docs/screenshots of this checkout (found from this file, not the cwd).
``--english-report FILE`` lists the interface words still in English on each Chinese
screenshot (labels, buttons, headers, tabs, menus, placeholders): a translation check by eye.
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from datetime import UTC
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from callcenter.core.agent_state import AgentState
from callcenter.core.calls import ManualCallSource
from callcenter.core.events import EventBus
from callcenter.gui import i18n
from callcenter.gui.app import make_app
from callcenter.gui.bridge import EventBridge
from callcenter.gui.ops import wait_for_ops as wait_for_tasks
from callcenter.gui.settings import Settings
from callcenter.store import repo
from callcenter.store.db import Store

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "docs" / "screenshots"

# A caller with a rich record: orders, calls, an open complaint, warnings.
RICH_CALLER = """
SELECT p.e164 FROM customers c JOIN phones p ON p.customer_id = c.id
WHERE c.kind = 'person' AND c.preferred_language = ? AND EXISTS (
  SELECT 1 FROM complaints k WHERE k.customer_id = c.id AND k.state NOT IN ('closed', 'follow_up_done'))
AND (SELECT count(*) FROM orders o WHERE o.customer_id = c.id) >= 3
AND (SELECT count(*) FROM phones q WHERE q.e164 = p.e164) = 1
ORDER BY c.value_score DESC LIMIT 1
"""


def pump(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        wait_for_tasks(20)


def until(app: QApplication, done, seconds: float = 15.0) -> None:
    """Pump events until a window has what its ops read (they answer off the GUI thread)."""
    end = time.monotonic() + seconds
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("a window did not finish loading")
        app.processEvents()
        time.sleep(0.005)


_ENGLISH = re.compile(r"[A-Za-z]{2,}[ ,.:'-]+[A-Za-z]{2,}")
_CJK = re.compile(r"[\u3400-\u9fff]")


def interface_words(widget: QWidget) -> set[str]:
    """The interface's own words on ``widget`` and its children (not table cells: data)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMenu,
        QTabWidget,
    )

    found = {widget.windowTitle()}
    for w in [widget, *widget.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            found.add(w.text())
        if isinstance(w, QGroupBox):
            found.add(w.title())
        if isinstance(w, QLineEdit):
            found.add(w.placeholderText())
        if isinstance(w, QTabWidget):
            found.update(w.tabText(i) for i in range(w.count()))
        if isinstance(w, QMenu):
            found.update(a.text() for a in w.actions())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            try:
                columns = m.columnCount()
            except TypeError:  # a list model: one column, no header of its own
                columns = 0
            found.update(str(m.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns))
    menu_bar = getattr(widget, "menuBar", None)
    if callable(menu_bar):
        found.update(a.text() for a in menu_bar().actions())
    return {t for t in found if t and _ENGLISH.search(t) and not _CJK.search(t)}


def shoot(out: Path, english_report: Path | None = None) -> list[Path]:
    from callcenter.gui.agent.login_dialog import LoginDialog
    from callcenter.gui.console_assembly import build_console
    from callcenter.store.demo import DEMO_ACCOUNTS, generate

    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    generate(tmp / "demo.db", customers=3000, seed=7)
    store = Store(tmp / "demo.db")
    from callcenter.ops.analytics import recompute_all
    from callcenter.store.demo import DEMO_AS_OF

    recompute_all(store, None, now=DEMO_AS_OF)  # the pop's tier, churn and credit reasons
    app = make_app()
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    settings.set("calls/ring_sound", False)
    settings.set("calls/default_region", "US")
    saved: list[Path] = []

    english: dict[str, set[str]] = {}

    def save(widget, name: str) -> None:
        pump(app)
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        saved.append(path)
        if name.endswith("-zh_CN"):
            words = interface_words(widget)
            if words:
                english[name] = words

    for lang in ("en", "zh_CN"):
        i18n.install(lang)
        login = LoginDialog(store, DEMO_ACCOUNTS[:4])
        login.ui.usernameEdit.setText("agent1")
        login.show()
        save(login, f"login-{lang}")
        login.close()

        bus = EventBus()
        source, bridge = ManualCallSource(bus), EventBridge(bus)
        identity = next(a for a in repo.agents(store) if a.username == "agent1")
        window = build_console(store, identity, source, bridge, settings, lang)
        window.confirm_close = False
        window.show()
        c = window.controller
        c.set_available()
        with store.engine.connect() as conn:
            ani = conn.exec_driver_sql(RICH_CALLER, ("zh_CN" if lang == "zh_CN" else "en",)).scalar()
        source.ring(identity.user_id, ani)
        pump(app, 1.0)
        save(window, f"console-ringing-{lang}")
        c.answer()
        pump(app, 1.2)
        save(window, f"console-on-call-{lang}")
        c.end()
        window.wrap_panel.ui.filterEdit.setText("resolved" if lang == "en" else "解决")
        window.wrap_panel._pick_first_visible()
        window.wrap_panel.ui.notesEdit.setPlainText(
            "Confirmed the delivery date; customer satisfied." if lang == "en" else "已确认送货日期，客户满意。"
        )
        save(window, f"console-wrap-up-{lang}")
        c.finish_wrap_up(window.wrap_panel.selected(), window.wrap_panel.notes())
        source.ring(identity.user_id, "12345")
        pump(app, 0.6)
        save(window, f"console-invalid-number-{lang}")
        c.answer()
        c.end()
        c.finish_wrap_up(None, "")
        window.close()
        bridge.close()
        shoot_sync(store, settings, lang, save)
        shoot_board(app, lang, save)
        shoot_live(app, store, settings, lang, save)
        shoot_complaints(app, store, lang, save)
        shoot_orders(app, store, settings, lang, save)
        shoot_trainer(app, lang, save, store, settings, tmp)
        shoot_console_forms(app, store, settings, lang, save)
        shoot_customers(app, store, lang, save)
        shoot_retention_and_trends(app, store, settings, lang, save)  # intel2
        shoot_admin(app, tmp, lang, save)  # admin14
        shoot_import(app, store, lang, save, tmp)
        shoot_reports(app, store, lang, save)
        shoot_phone(app, store, settings, lang, save)  # sipgui
    store.close()
    if english_report is not None:
        english_report.write_text(
            "".join(f"{name}: {sorted(words)}\n" for name, words in sorted(english.items())), encoding="utf-8"
        )
    return saved


def shoot_phone(app: QApplication, store: Store, settings: Settings, lang: str, save) -> None:
    """The softphone: Preferences → Phone (an account filled in, the number tester showing a
    caller sent with the outside-line digit and 00), the console Registered with a SIP call
    ringing and its pop, and a failed registration in words. The registration states and the
    call are injected on the console's event bus (as SipCallSource publishes them), not a
    live switch: the pictures need no Kamailio."""
    from callcenter.core.calls import Call, CallOffered
    from callcenter.core.ids import uuid7
    from callcenter.gui.agent.preferences_dialog import PreferencesDialog
    from callcenter.gui.console_assembly import build_console
    from callcenter.telephony.events import FAILED, REGISTERED, PhoneProblem, PhoneRegistration

    identity = next(a for a in repo.agents(store) if a.username == "agent1")
    dialog = PreferencesDialog(settings, store=store, identity=identity)
    page = dialog.phone_page
    ui = page.ui
    ui.enabledCheck.setChecked(True)
    ui.userEdit.setText("1001")
    ui.displayNameEdit.setText("Agent One" if lang == "en" else "坐席一")
    ui.domainEdit.setText("pbx.example.com")
    ui.registrarEdit.setText("sbc.example.com:5061")
    ui.transportCombo.setCurrentIndex(ui.transportCombo.findData("tls"))
    ui.caFileEdit.setText("/etc/ssl/certs/ca-certificates.crt")
    ui.passwordEdit.setText("********")
    ui.audioSourceEdit.setText("alsa,default")
    ui.audioPlayerEdit.setText("alsa,default")
    ui.outsideLineEdit.setText("9")
    ui.countryCodeEdit.setText("86")
    dialog.tabs.setCurrentWidget(page)
    dialog.resize(1000, 640)
    dialog.show()
    ui.testEdit.setText("sip:9-0086-138-0013-8000@pbx.example.com")
    until(app, lambda: ui.testCustomerLabel.text() != "", seconds=10)
    save(dialog, f"phone-settings-{lang}")
    dialog.close()

    bus = EventBus()
    source, bridge = ManualCallSource(bus), EventBridge(bus)
    window = build_console(store, identity, source, bridge, settings, lang)
    window.confirm_close = False
    window.show()
    until(app, lambda: window.bootstrap is not None)
    bus.publish(PhoneRegistration(identity.user_id, REGISTERED))
    c = window.controller
    c.set_available()
    with store.engine.connect() as conn:
        ani = conn.exec_driver_sql(RICH_CALLER, ("zh_CN" if lang == "zh_CN" else "en",)).scalar()
    bus.publish(CallOffered(identity.user_id, Call(call_id=uuid7(), ani=ani, queue_code="phone")))
    until(app, lambda: c.pop is not None)
    pump(app, 0.8)
    save(window, f"phone-registered-ringing-{lang}")
    c.ring_timeout()
    c.set_available()
    bus.publish(PhoneRegistration(identity.user_id, FAILED, PhoneProblem("bad_credentials", status=403)))
    pump(app, 0.5)
    save(window, f"phone-registration-failed-{lang}")
    window.close()
    bridge.close()


def shoot_console_forms(app: QApplication, store: Store, settings: Settings, lang: str, save) -> None:
    """The agent's forms and lists: every demo account at sign-in, search results with their
    details, the customer form (phones, address, a message per field, the same-number
    warning), a malformed caller number, the notice after a caller hung up while ringing,
    and My callbacks."""
    from callcenter.gui.agent.customer_dialog import CustomerDialog
    from callcenter.gui.agent.login_dialog import LoginDialog
    from callcenter.gui.console_assembly import build_console
    from callcenter.store.demo import DEMO_ACCOUNTS

    login = LoginDialog(store, DEMO_ACCOUNTS)
    login.show()
    save(login, f"login-all-accounts-{lang}")
    login.close()

    bus = EventBus()
    source, bridge = ManualCallSource(bus), EventBridge(bus)
    identity = next(a for a in repo.agents(store) if a.username == "agent1")
    window = build_console(store, identity, source, bridge, settings, lang)
    window.confirm_close = False
    window.show()
    until(app, lambda: window.bootstrap is not None)
    panel = window.search_panel
    panel.edit.setText("王" if lang == "zh_CN" else "Smith")
    until(app, lambda: panel.results.count() > 0)
    save(window, f"console-search-{lang}")

    c = window.controller
    c.set_available()
    source.ring(identity.user_id, "+86 (0) 138-0013-80001234 ext")
    pump(app, 0.8)
    save(window, f"console-malformed-number-{lang}")
    call = c.call
    if call is not None:
        source.hang_up(identity.user_id, call.call_id)
    pump(app, 0.5)
    save(window, f"console-hung-up-while-ringing-{lang}")
    c.finish_wrap_up(None, "")

    with store.engine.connect() as conn:
        chinese = conn.exec_driver_sql(
            "SELECT c.id FROM customers c JOIN addresses a ON a.customer_id = c.id AND a.country = 'CN' "
            "JOIN phones p ON p.customer_id = c.id WHERE c.kind = 'person' LIMIT 1"
        ).scalar()
        shared = conn.exec_driver_sql("SELECT raw FROM phones WHERE NOT deleted AND e164 LIKE '+1%' LIMIT 1").scalar()
    edit = CustomerDialog(store, identity, "US", chinese, parent=window)
    edit.show()
    until(app, lambda: edit.save_button.isEnabled())
    edit.add_phone_row("12", "work")
    edit.email.setText("not-an-email")
    edit.save()
    save(edit, f"customer-edit-{lang}")
    edit.close()
    new = CustomerDialog(store, identity, "US", phone=shared or "", parent=window)
    new.family_name.setText("Lee")
    new.show()
    new.save()
    until(app, lambda: new.duplicate_box.isVisible() or new.view is not None)
    save(new, f"customer-same-number-{lang}")
    new.close()

    board = window.complaints.open_my_cases()
    board.resize(1100, 600)
    board.tabs.setCurrentIndex(board.tabs.count() - 1)
    pump(app, 0.8)
    save(board, f"my-callbacks-{lang}")
    board.close()
    window.close()
    bridge.close()


def shoot_sync(store: Store, settings: Settings, lang: str, save) -> None:
    """The console's sync status after a failed round, and the supervisors' conflicts dialog."""
    from datetime import datetime, timedelta

    from callcenter.gui.agent.console_window import ConsoleWindow
    from callcenter.gui.console_assembly import build_console
    from callcenter.gui.sync.conflicts_dialog import ConflictsDialog
    from callcenter.gui.sync.sync_controller import SyncView
    from callcenter.store import replica

    bus = EventBus()
    identity = next(a for a in repo.agents(store) if a.username == "supervisor1")
    ConsoleWindow.start_sync = False
    window = build_console(store, identity, ManualCallSource(bus), EventBridge(bus), settings, lang)
    window.confirm_close = False
    window.show()
    sync = window.sync
    error = sync.controller.explain(type("Offline", (Exception,), {"transient": True})())
    last = (datetime.now(UTC) - timedelta(minutes=7)).isoformat(timespec="seconds")
    sync.panel.show_status(SyncView(True, False, last, 12, error))
    save(window, f"sync-status-{lang}")
    window.close()
    ConsoleWindow.start_sync = True
    # Two consoles changed one customer while apart: tier and credit limit on one, phone
    # consent on the other. The later edit won; the earlier one waits for a supervisor.
    plan = replica.synced_tables()["customers"]
    with store.engine.begin() as conn:
        raw = conn.exec_driver_sql(
            f"SELECT {', '.join(plan.columns)} FROM customers WHERE kind = 'person' ORDER BY value_score DESC LIMIT 1"
        ).one()
        winner = replica.encode_row(plan, raw)
        loser = dict(
            winner,
            tier="platinum",
            credit_limit_minor=winner["credit_limit_minor"] + 200_000,
            do_not_call=not winner["do_not_call"],
            hlc=winner["hlc"][:-8] + "0ther-dv",
        )
        if not conn.exec_driver_sql("SELECT 1 FROM sync_conflicts WHERE row_id = ?", (winner["id"],)).first():
            replica.insert_conflict(store, conn, "customers", winner, loser, detected_by="server")
    dialog = ConflictsDialog(store, identity.user_id)
    until(QApplication.instance(), lambda: dialog.loaded)
    dialog.show()
    save(dialog, f"sync-conflicts-{lang}")
    dialog.close()


def shoot_import(app: QApplication, store: Store, lang: str, save, tmp: Path) -> None:
    """The import wizard: a customer file's columns mapped with a preview, then the dry run's report."""
    import csv

    from callcenter.benchmarks.import_bench import CUSTOMER_HEADER, customer_row
    from callcenter.gui.admin.import_wizard import ImportWizard

    path = tmp / "customers-to-import.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        w = csv.writer(handle)
        w.writerow(CUSTOMER_HEADER)
        for i in range(400):
            row = customer_row(900_000 + i)
            row[0] = f"IMP{i:05d}"
            if i == 3:
                row[3] = "12345"
            elif i == 17:
                row[4] = "not-an-email"
            elif i == 42:
                row[1] = row[2] = ""
            elif i == 61:
                row[3] = "+999 1234 5678"
            elif i == 88:
                row[0] = "IMP00001"
            elif i == 120:
                row[3] = "253-0000"
            w.writerow(row)
    identity = next(a for a in repo.agents(store) if a.username == "supervisor1")
    wizard = ImportWizard(store, identity)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    until(app, wizard.mapping_page.isComplete)
    save(wizard, f"import-mapping-{lang}")
    wizard.next()
    until(app, wizard.dry_run_page.isComplete, 60.0)
    save(wizard, f"import-dry-run-{lang}")
    wizard.reject()
    wizard.close()


def shoot_board(app: QApplication, lang: str, save) -> None:
    """The queue board three simulated hours into a day, the wallboard, and a what-if."""
    from callcenter.gui.supervisor.board_window import BoardWindow
    from callcenter.sim.live import LiveCenter

    wall = [0.0]
    center = LiveCenter(speed=60, wall=lambda: wall[0])
    center.advance(3 * 3600)
    wall[0] = 3 * 3600 / 60
    board = BoardWindow(center)
    board.timer.stop()
    board.resize(1500, 950)
    board.show()
    board.refresh()
    save(board, f"board-{lang}")
    board.toggle_wallboard()
    save(board, f"wallboard-{lang}")
    board.toggle_wallboard()
    # What if billing gets busier and two more billing agents log in?
    board.queue_pick.setCurrentIndex(board.queue_pick.findData("billing"))
    board.rate.setValue(120)
    board._apply_rate()
    board._add_agent()
    board._add_agent()
    wall[0] += 30  # half an hour later at 60x
    board.refresh()
    save(board, f"board-what-if-{lang}")
    board.close()


def shoot_live(app: QApplication, store: Store, settings: Settings, lang: str, save) -> None:
    """Live mode: the real agent ringing with the queue in words, a supervisor's Not ready
    pending on the console and the board (the person by name), and the transfer list."""
    from callcenter.gui.agent.transfer_dialog import TransferDialog
    from callcenter.gui.console_assembly import build_console
    from callcenter.gui.names import set_queue_names
    from callcenter.gui.supervisor.board_window import BoardWindow
    from callcenter.sim.live import LiveCenter, SimCallSource

    set_queue_names(repo.queues(store), lang)
    wall = [0.0]
    bus = EventBus()
    center = LiveCenter(speed=60, wall=lambda: wall[0], bus=bus)
    with store.engine.connect() as conn:
        ani = conn.exec_driver_sql(RICH_CALLER, ("zh_CN" if lang == "zh_CN" else "en",)).scalar()
    bridge = EventBridge(bus)
    identity = next(a for a in repo.agents(store) if a.username == "agent1")
    console = build_console(store, identity, SimCallSource(center, lambda: ani), bridge, settings, lang, center=center)
    console.confirm_close = False
    console.show()
    c = console.controller
    until(app, lambda: console.bootstrap is not None)
    c.set_available()
    t = 0.0
    while c.sm.state is not AgentState.RINGING and t < 3600:
        t += 1.0
        center.advance(t)
    until(app, lambda: c.pop is not None)
    save(console, f"live-console-ringing-{lang}")
    c.answer()
    board = BoardWindow(center)
    board.timer.stop()
    board.resize(1500, 950)
    board.show()
    board.force_agent(identity.user_id, "not_ready")
    save(console, f"live-console-forced-pending-{lang}")
    center.advance(t + 3600)
    wall[0] = (t + 3600) / 60
    board.refresh()
    save(board, f"live-board-person-{lang}")
    others = [a for a in repo.agents(store) if a.role.value == "agent" and a.user_id != identity.user_id][:6]
    presence = {a["agent_id"]: a["state"] for a in center.board()["agents"]}
    waiting = {name: int(q["waiting"]) for name, q in center.board()["queues"].items()}
    dialog = TransferDialog(console.bootstrap.queues, others, lang, console, presence=presence, waiting=waiting)
    dialog.show()
    save(dialog, f"live-transfer-{lang}")
    dialog.close()
    board.close()
    console.close()
    bridge.close()


COMPLAINT_TEXT = {
    "en": (
        "Pizza arrived cold, two hours late",
        "I waited two hours and the pizza was cold. This is the second time this month.",
        "Refund the order and make sure it does not happen again.",
    ),
    "zh_CN": (
        "披萨晚到两小时且已凉",
        "我等了两个小时，送来的披萨是凉的。这个月已经是第二次了。",
        "退还订单费用，并保证不再发生。",
    ),
}


def shoot_customers(app: QApplication, store: Store, lang: str, save) -> None:
    """The supervisors' Customers window: the RFM grid and the churn-risk list."""
    from callcenter.gui.supervisor.customers_window import CustomersWindow

    sup = next(a for a in repo.agents(store) if a.username == "supervisor1")
    w = CustomersWindow(store, sup, lang, open_record=lambda _cid: None)
    w.show()
    until(app, lambda: w.view is not None)
    save(w, f"customers-segments-{lang}")
    w.tabs.setCurrentIndex(1)
    save(w, f"customers-pareto-{lang}")
    w.tabs.setCurrentIndex(2)
    w.min_risk.setValue(50)
    save(w, f"customers-churn-risk-{lang}")
    w.close()


def shoot_retention_and_trends(app: QApplication, store: Store, settings: Settings, lang: str, save) -> None:
    """intel2: the Customers window's CSAT/NPS trends by segment, and an agent's retention calls."""
    from datetime import UTC, datetime, timedelta

    from callcenter.gui.console_assembly import build_console
    from callcenter.gui.supervisor.customers_window import CustomersWindow
    from callcenter.ops.analytics import assign_retention_call

    sup = next(a for a in repo.agents(store) if a.username == "supervisor1")
    w = CustomersWindow(store, sup, lang, open_record=lambda _cid: None)
    w.show()
    until(app, lambda: w.view is not None and w.satisfaction.trends is not None)
    w.tabs.setCurrentWidget(w.satisfaction)
    w.satisfaction.by.setCurrentIndex(w.satisfaction.by.findData("segment"))
    until(app, lambda: w.satisfaction.trends.by == "segment")
    save(w, f"customers-satisfaction-trends-{lang}")
    w.close()

    identity = next(a for a in repo.agents(store) if a.username == "agent1")
    with store.engine.connect() as conn:
        risky = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT m.customer_id FROM customer_metrics m JOIN customers c ON c.id = m.customer_id "
                "WHERE c.preferred_language = ? ORDER BY m.churn_risk DESC, m.value_score DESC LIMIT 3",
                ("zh_CN" if lang == "zh_CN" else "en",),
            )
        ]
    now = datetime.now(UTC)
    for n, cid in enumerate(risky):
        assign_retention_call(store, sup, cid, identity.user_id, due_at=now + timedelta(hours=n * 20 - 2))
    bus = EventBus()
    bridge = EventBridge(bus)
    window = build_console(store, identity, ManualCallSource(bus), bridge, settings, lang)
    window.confirm_close = False
    window.show()
    until(app, lambda: len(window.retention.tasks) >= len(risky))
    listing = window.retention.open_list()
    save(listing, f"console-retention-calls-{lang}")
    listing.close()
    window.close()
    bridge.close()


def shoot_complaints(app: QApplication, store: Store, lang: str, save) -> None:
    """The capture dialog mid-call, a case worked through recovery, and the supervisors' board."""
    from datetime import datetime, timedelta

    from callcenter.core.money import Money
    from callcenter.gui.complaints.capture_dialog import ComplaintDialog
    from callcenter.gui.complaints.case_window import CaseWindow
    from callcenter.gui.complaints.complaints_board_window import ComplaintsBoardWindow
    from callcenter.store import complaints

    agent = next(a for a in repo.agents(store) if a.username == "agent1")
    sup = next(a for a in repo.agents(store) if a.username == "supervisor1")
    with store.engine.connect() as conn:
        customer_id = conn.exec_driver_sql(
            "SELECT c.id FROM customers c WHERE c.kind = 'person' AND c.preferred_language = ? AND "
            "(SELECT count(*) FROM orders o WHERE o.customer_id = c.id) >= 3 ORDER BY c.value_score DESC LIMIT 1",
            ("zh_CN" if lang == "zh_CN" else "en",),
        ).scalar()
    dialog = ComplaintDialog(store, agent, customer_id, lang)
    until(app, lambda: dialog.loaded)
    summary, words, outcome = COMPLAINT_TEXT[lang]
    dialog.group.setCurrentIndex(dialog.group.findData("delivery"))
    dialog.detail.setCurrentIndex(dialog.detail.findData("delivery_late"))
    dialog.severity.setCurrentIndex(dialog.severity.findData("high"))
    dialog.order.setCurrentIndex(1)
    dialog.summary.setText(summary)
    dialog.words.setPlainText(words)
    dialog.outcome.setPlainText(outcome)
    dialog.show()
    dialog.save_draft()
    save(dialog, f"complaint-capture-{lang}")
    now = datetime.now(UTC)
    # Saved as if captured three hours ago, so the case below has a morning's history.
    case_id = complaints.create(store, dialog.form(), agent, at=now - timedelta(hours=3, minutes=5)).id
    dialog.close()
    steps = iter(range(1, 100))

    def at() -> datetime:
        return now - timedelta(hours=3) + timedelta(minutes=7 * next(steps))

    wf = complaints.default_workflow()
    with complaints.edit(store, case_id, agent, wf) as e:
        e.workflow.acknowledge(e.case, agent.user_id, at=at(), comment="")
        e.workflow.assess(e.case, agent.user_id, at=at(), comment="")
        e.workflow.investigate(e.case, agent.user_id, at=at(), comment="")
        currency = e.record.currency
        apology = e.plan.propose("apology", Money(0, currency), words[:30], agent.user_id, e.policy_role, at=at())
        e.plan.execute(apology.action_id, agent.user_id, e.policy_role, at=at())
        refund = e.plan.propose("refund", Money(8_000, currency), summary, agent.user_id, e.policy_role, at=at())
    with complaints.edit(store, case_id, sup, wf) as e:
        e.plan.approve(refund.action_id, sup.user_id, e.policy_role, at=at())
    with complaints.edit(store, case_id, agent, wf) as e:
        e.plan.execute(refund.action_id, agent.user_id, e.policy_role, at=at())
        e.workflow.propose_resolution(e.case, agent.user_id, outcome, at=at())
        e.plan.propose("voucher", Money(3_000, currency), summary, agent.user_id, e.policy_role, at=at())
        e.plan.schedule_callback(agent.user_id, now + timedelta(days=1), agent.user_id, at=at(), note=outcome[:40])
    case = CaseWindow(store, agent, case_id, lang, wf)
    case.show()
    until(app, lambda: getattr(case, "record", None) is not None)
    save(case, f"complaint-case-{lang}")
    case.close()

    board = ComplaintsBoardWindow(store, sup, lang)
    board.resize(1500, 900)
    board.show()
    board.refresh()
    pump(app, 1.5)
    save(board, f"complaints-board-{lang}")
    board.tabs.setCurrentIndex(1)
    save(board, f"complaints-approvals-{lang}")
    if board.tabs.count() > 2:
        board.tabs.setCurrentIndex(2)
        pump(app, 2.5)
        save(board, f"complaints-figures-{lang}")
    board.close()


# A customer with orders and a credit line nearly used up (for the credit refusal).
CREDIT_CUSTOMER = """
SELECT c.id FROM customers c WHERE c.kind = 'person' AND c.preferred_language = ?
AND c.balance_minor < c.credit_limit_minor AND EXISTS (SELECT 1 FROM addresses a WHERE a.customer_id = c.id)
AND (SELECT count(*) FROM orders o WHERE o.customer_id = c.id) >= 3
ORDER BY c.credit_limit_minor - c.balance_minor, c.id LIMIT 1
"""


def shoot_orders(app: QApplication, store: Store, settings: Settings, lang: str, save) -> None:
    """The order entry with a credit refusal, and the credit limit with a change waiting."""
    from callcenter.core.orders import PaymentMethod
    from callcenter.gui.agent.credit_limit_dialog import CreditLimitDialog
    from callcenter.gui.agent.order_entry_dialog import OrderEntryDialog
    from callcenter.gui.console_assembly import build_console

    bus = EventBus()
    bridge = EventBridge(bus)
    identity = next(a for a in repo.agents(store) if a.username == "agent1")
    window = build_console(store, identity, ManualCallSource(bus), bridge, settings, lang)
    window.confirm_close = False
    window.show()
    with store.engine.connect() as conn:
        customer_id = conn.exec_driver_sql(CREDIT_CUSTOMER, ("zh_CN" if lang == "zh_CN" else "en",)).scalar()
    window.show_customer(customer_id, "search")
    until(app, lambda: window.pop_panel.customer_id() == customer_id)
    window.take_order(customer_id)
    dialog = window.findChild(OrderEntryDialog)
    until(app, lambda: dialog.context is not None)
    dialog.add_suggestion(0)
    dialog.add_suggestion(1)
    ctx = dialog.context
    priciest = max(ctx.products, key=lambda p: p.price_minor)
    while dialog.basket.total_minor <= (ctx.headroom_minor or 0):
        dialog.add_sku(priciest.sku)
    dialog.set_payment(PaymentMethod.CARD)
    dialog.focus_search()
    save(dialog, f"order-entry-credit-refusal-{lang}")
    dialog.reject()
    credit = CreditLimitDialog(store, identity, customer_id, parent=window)
    credit.show()
    until(app, lambda: credit.summary is not None)
    credit.limit_edit.setText(f"{(ctx.limit_minor + 90_000) / 100:.2f}")
    credit.reason_edit.setText("Pays on time; asked for more" if lang == "en" else "按时付款，申请提额")
    credit.propose()
    until(app, lambda: credit.timeline.rowCount() >= 1)
    save(credit, f"credit-limit-{lang}")
    credit.close()
    window.close()
    bridge.close()


def shoot_trainer(app: QApplication, lang: str, save, store: Store, settings: Settings, tmp: Path) -> None:
    """The trainer's window, a running role-play (dialogue and the training console), the
    debrief, the scenario editor and the dashboard, on the pizza scenario's model answer."""
    from datetime import datetime, timedelta

    from PySide6.QtCore import Qt

    from callcenter.gui.console_assembly import build_console
    from callcenter.gui.trainer.dashboard_window import DashboardWindow
    from callcenter.gui.trainer.scenario_editor_dialog import ScenarioEditorDialog
    from callcenter.gui.trainer.trainer_window import TrainerWindow
    from callcenter.store import training as tstore
    from callcenter.training.runner import play_script
    from callcenter.training.scoring import score
    from callcenter.training.session_clock import SessionClock

    trainer = TrainerWindow(
        store,
        settings,
        lang,
        tmp / f"training-{lang}",
        speak=False,
        play_audio=False,
        console_factory=build_console,
    )
    until(app, lambda: trainer.trainees_loaded)
    trainer.resize(1200, 760)
    trainer.show()
    for i in range(trainer.list.count()):
        if trainer.list.item(i).data(Qt.ItemDataRole.UserRole) == "pizza_member":
            trainer.list.setCurrentRow(i)
    trainer.lang_combo.setCurrentIndex(trainer.lang_combo.findData(lang))
    trainer.easy_box.setChecked(True)
    save(trainer, f"trainer-{lang}")
    s = trainer.current()
    answer = s.data["model_answer"]
    if lang == "en":  # earlier sessions of this trainee, for the dashboard's progress lines
        t0 = datetime.now(UTC) - timedelta(days=6)
        trainee = trainer.trainee_combo.currentData()
        # the model answer's turns: 0 answer, 1 greet+verify, 2 open record, 3 order history, 4 recommend,
        # 5 warn about the card, 6 confirm, 7 goodbye, 8 end call, 9 wrap-up
        for day, turns in enumerate([(0, 1, 2, 8), (0, 1, 2, 4, 6, 7, 8), (0, 1, 2, 3, 4, 6, 7, 8)]):
            r = play_script(s, lang, [answer[i] for i in turns])
            tstore.save_session(
                store,
                trainee_id=trainee,
                trainee_name=trainer.trainee_combo.currentText(),
                trainer_id=None,
                report=score(s, lang, r.timeline, r.ended).to_dict(),
                timeline=[vars(e) for e in r.timeline],
                started_at=t0 + timedelta(days=2 * day),
                ended_at=t0 + timedelta(days=2 * day, minutes=2),
            )
    controller = trainer.start_session()
    while controller.console is None:
        pump(app, 0.1)
    fake = [0.0]  # session time as the model answer's timing, not the screenshot run's
    controller.clock = SessionClock(lambda: fake[0])
    console, session = controller.console, trainer.sessions[-1]
    console.resize(1360, 860)
    session.move(0, 0)
    c = console.controller
    pump(app, 0.5)
    fake[0] = 3.0
    c.answer()
    says = [(t["at"], s.text(t["say"], lang)) for t in answer if "say" in t]
    fake[0] = says[0][0]
    controller.reply(says[0][1])
    fake[0] = 15.0
    console.search_panel.edit.setText("M88001234")
    pump(app, 0.6)
    console.search_panel._open_current()
    console.pop_panel.customer_page.tabs.setCurrentIndex(1)
    fake[0] = 19.0
    c.publish_action("open_order_history")
    fake[0] = says[1][0]
    controller.reply(says[1][1])
    pump(app, 0.5)
    save(console, f"trainer-console-{lang}")
    save(session, f"trainer-session-{lang}")
    save(session.trainer_window, f"trainer-controls-{lang}")  # the trainer's own window (issue 16)
    for at, text in says[2:]:
        fake[0] = at
        controller.reply(text)
    controller.note(
        "Recommended from the history and warned about the card."
        if lang == "en"
        else "根据历史推荐，并提醒了信用卡额度。"
    )
    fake[0] = 61.0
    c.end()
    fake[0] = 70.0
    code = next(code for code in repo.disposition_codes(store) if code.code == "sales.new_order")
    c.finish_wrap_up(code.id, "")
    pump(app, 0.8)
    debrief = session.debrief
    debrief.resize(1100, 860)
    save(debrief, f"trainer-debrief-{lang}")
    editor = ScenarioEditorDialog(s, tmp / "mine", lang, tmp / "speech")
    editor.show()
    editor.lines.setCurrentCell(3, 1)
    editor.check()
    save(editor, f"trainer-editor-{lang}")
    editor.close()
    pump(app, 0.5)
    dashboard = DashboardWindow(store, lang)
    dashboard.resize(1200, 800)
    dashboard.show()
    pump(app, 1.0)
    save(dashboard, f"trainer-dashboard-{lang}")
    for w in (dashboard, debrief, session, trainer):
        w.close()


def shoot_admin(app: QApplication, tmp: Path, lang: str, save) -> None:
    """admin14: the first-run wizard (choose, create) and the administration window (users, queues,
    call outcomes; admincx: complaint deadlines and approval limits)."""
    from callcenter.core.site import SiteSettings
    from callcenter.gui.admin.admin_window import AdminWindow
    from callcenter.gui.admin.first_run import CREATE, FirstRunDialog
    from callcenter.ops import admin as admin_ops
    from callcenter.ops import site as site_ops

    zh = lang == "zh_CN"
    store = Store(tmp / f"site-{lang}.db")
    wizard = FirstRunDialog(store, lang)
    wizard.show()
    save(wizard, f"first-run-{lang}")
    wizard.show_page(CREATE)
    wizard.site_name.setText("安心客服中心" if zh else "Acme Care Center")
    wizard.admin_name.setText("王经理" if zh else "Dana Admin")
    wizard.admin_password.setText("long-password")
    wizard.admin_confirm.setText("long-password")
    save(wizard, f"first-run-create-{lang}")
    wizard.close()
    settings = SiteSettings(
        "Acme", "CN" if zh else "US", "Asia/Shanghai" if zh else "UTC", lang, "CNY" if zh else "USD"
    )
    boss = site_ops.create_site(store, settings, site_ops.AdminAccount("admin", "long-password", "Dana")).value
    for username, name, team, skills in (
        ("li.na", "李娜", "A", {"general": 3, "mandarin": 5}),
        ("tom", "Tom Baker", "B", {"general": 4, "english": 5, "billing": 2}),
        ("sue", "Sue Park", "B", {"complaints": 4}),
    ):
        admin_ops.create_user(
            store, boss, admin_ops.UserForm(username, name, "agent", team, skills=skills), "agent-pass-1"
        )
    window = AdminWindow(store, boss, lang)
    window.show()
    until(app, lambda: window.loaded > 0)
    window.users.table.selectRow(1)
    save(window, f"admin-users-{lang}")
    window.tabs.setCurrentWidget(window.queues)
    window.queues.table.selectRow(0)
    save(window, f"admin-queues-{lang}")
    window.tabs.setCurrentWidget(window.dispositions)
    window.dispositions.table.selectRow(2)
    save(window, f"admin-dispositions-{lang}")
    shoot_admin_policies(app, store, boss, window, lang, save)  # adminpol
    # admincx: the complaint rules (deadlines per severity, approval limits per role)
    admin_ops.save_complaint_deadline(store, boss, "high", 3 * 60, 12 * 60)
    admin_ops.save_approval_limit(store, boss, "agent", "refund", 8_000)
    loaded = window.loaded
    window.refresh()
    until(app, lambda: window.loaded > loaded)
    window.tabs.setCurrentWidget(window.deadlines)
    window.deadlines.table.selectRow(2)
    save(window, f"admin-complaint-deadlines-{lang}")
    window.tabs.setCurrentWidget(window.limits)
    window.limits.table.selectRow(0)
    save(window, f"admin-approval-limits-{lang}")
    window.close()
    wait_for_tasks(5000)
    store.close()


def shoot_admin_policies(app: QApplication, store: Store, boss, window, lang: str, save) -> None:
    """adminpol: business calendars, holidays, ring and wrap-up policies; the supervisor's team panel."""
    from datetime import date

    from callcenter.core.policies import Holiday, RingWrapPolicy
    from callcenter.gui.supervisor.team_panel import TeamPanel
    from callcenter.ops import admin_policies, forced_state

    for day, en, zh in (("2026-10-01", "National Day", "国庆节"), ("2026-12-25", "Christmas", "圣诞节")):
        admin_policies.save_holiday(store, boss, Holiday("standard", date.fromisoformat(day), en, zh))
    admin_policies.save_policy(store, boss, RingWrapPolicy("vip", ring_timeout_s=12, wrap_up_limit_s=90))
    until(app, lambda: window.policies.table.rowCount() == 2)
    window.tabs.setCurrentWidget(window.calendars)
    window.calendars.table.selectRow(0)
    save(window, f"admin-calendars-{lang}")
    window.tabs.setCurrentWidget(window.holidays)
    window.holidays.table.selectRow(0)
    save(window, f"admin-holidays-{lang}")
    window.tabs.setCurrentWidget(window.policies)
    window.policies.table.selectRow(0)
    save(window, f"admin-ring-wrap-{lang}")
    agents = forced_state.team_agents(store, boss)
    if agents:
        forced_state.request_force(store, boss, agents[0].agent_id, "not_ready", "meeting")
    panel = TeamPanel(store, boss, lang)
    panel.resize(760, 420)
    panel.show()
    until(app, lambda: panel.loaded > 0)
    save(panel, f"team-states-{lang}")
    panel.close()


def demo_activity(store: Store, day, seed: int = 14) -> None:
    """reports14: a working morning for the demo agents (state changes and call legs through
    the ops the console uses), so the reports have something to show."""
    import random

    from callcenter.store.models import DispositionCode, Queue

    rng = random.Random(seed)
    with store.engine.connect() as conn:
        queues = [r[0] for r in conn.execute(Queue.__table__.select().with_only_columns(Queue.code))]
        dispositions = [
            r[0] for r in conn.execute(DispositionCode.__table__.select().with_only_columns(DispositionCode.id))
        ]
    agents = [a for a in repo.agents(store) if a.role.value == "agent"][:6]
    for n, agent in enumerate(agents):
        _demo_shift(store, agent, n, day, rng, queues, dispositions)


def _demo_shift(store: Store, agent, n: int, day, rng, queues: list[str], dispositions: list[str]) -> None:
    from datetime import timedelta

    from callcenter.core.calls import Call
    from callcenter.ops import agent_activity

    now = {"t": day.replace(hour=8, minute=rng.randint(0, 20)), "state": "logged_out", "reason": "", "since": None}

    def go(to: str, why: str = "", by: str = "agent") -> None:
        rec = agent_activity.StateRecord(
            agent.user_id, now["state"], now["reason"], now["since"], now["t"], to, why, by
        )
        agent_activity.record_state_change(store, agent, rec)
        now.update(state=to, reason=why, since=now["t"])

    def wait(seconds: float) -> None:
        now["t"] += timedelta(seconds=seconds)

    go("not_ready", "login")
    wait(rng.randint(120, 360))
    go("available")
    calls = 0
    while now["t"] < day.replace(hour=12):
        wait(rng.expovariate(1 / 200))
        if rng.random() < 0.07:
            go("not_ready", rng.choice(["break", "lunch"]))
            wait(60 * rng.randint(5, 15))
            go("available")
            continue
        queued = now["t"] - timedelta(seconds=rng.expovariate(1 / 15))
        call = Call(f"demo-{n}-{calls}", "", rng.choice(queues) if queues else "", offered_at=queued)
        go("ringing")
        wait(rng.randint(2, 12))
        if rng.random() < 0.05:
            call.outcome, call.ended_at = "missed", now["t"]
            agent_activity.record_call_leg(store, agent, call)
            go("not_ready", "missed_call", "system")
            wait(15)
            go("available", "", "system")
            continue
        call.answered_at = now["t"]
        go("on_call")
        wait(rng.expovariate(1 / 240) + 30)
        if rng.random() < 0.2:
            go("on_hold")
            hold = rng.randint(20, 90)
            wait(hold)
            call.hold_seconds = hold
            go("on_call")
            wait(rng.randint(30, 120))
        call.ended_at = now["t"]
        go("wrap_up")
        wait(rng.randint(15, 60))
        disposition = rng.choice(dispositions) if dispositions else None
        agent_activity.record_call_leg(store, agent, call, wrap_ended_at=now["t"], disposition_id=disposition)
        go("available")
        calls += 1
    for k in range(rng.randint(1, 3)):  # callers who gave up in the queue
        q = day.replace(hour=rng.randint(8, 11), minute=rng.randint(0, 59))
        gone = Call(f"demo-ab-{n}-{k}", "", rng.choice(queues) if queues else "", offered_at=q, outcome="abandoned")
        gone.ended_at = q + timedelta(seconds=rng.randint(3, 90))
        agent_activity.record_call_leg(store, agent, gone, agent_id="")
    go("logged_out")


def shoot_reports(app: QApplication, store: Store, lang: str, save) -> None:
    """reports14: the reports window (agents, queue intervals) and the audit viewer."""
    from datetime import datetime

    from PySide6.QtCore import QDate

    from callcenter.gui.supervisor.audit_window import AuditWindow
    from callcenter.gui.supervisor.reports_window import ReportsWindow

    day = datetime(2026, 12, 1, tzinfo=UTC)
    with store.engine.connect() as conn:
        have = conn.exec_driver_sql("SELECT count(*) FROM agent_state_changes").scalar()
    if not have:
        demo_activity(store, day)
    sup = next(a for a in repo.agents(store) if a.role.value == "supervisor")
    w = ReportsWindow(store, sup, lang)
    w.start.setDate(QDate(2026, 12, 1))
    w.end.setDate(QDate(2026, 12, 1))
    w.resize(1400, 520)
    w.show()
    for kind, name in (("agents", "reports-agents"), ("queues", "reports-queues")):
        w.kind.setCurrentIndex(w.kind.findData(kind))
        w.report = None
        w.refresh()
        until(app, lambda kind=kind: w.report is not None and w.report.kind == kind)
        save(w, f"{name}-{lang}")
    w.close()
    from callcenter.ops import customers as customer_ops

    with store.engine.connect() as conn:
        some = [r[0] for r in conn.exec_driver_sql("SELECT id FROM customers ORDER BY account_no LIMIT 6")]
    people = [a for a in repo.agents(store) if a.role.value in ("agent", "supervisor")]
    for i, customer_id in enumerate(some):  # a few records opened, as the console audits them
        customer_ops.open_customer(store, people[i % len(people)], customer_id, ("search", "screen pop")[i % 2], "US")
    audit = AuditWindow(store, sup, lang)
    audit.resize(1400, 560)
    audit.show()
    until(app, lambda: audit.table.rowCount() > 0)
    save(audit, f"audit-{lang}")
    audit.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Take the README's screenshots of the real windows (under Xvfb).")
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT, help="folder for the PNG files")
    parser.add_argument("--english-report", type=Path, help="list the English words left on Chinese screens here")
    args = parser.parse_args(argv)
    for p in shoot(args.out, args.english_report):
        print(p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
