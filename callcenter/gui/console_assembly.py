"""The agent console put together: the console window (gui.agent) plus the parts other
GUI packages add to it — complaints (gui.complaints), sync and backup (gui.sync), the
queue board in live mode (gui.supervisor).

The composition root for the console: the GUI's sub-packages stay independent of each
other, and whoever needs a whole console (the application, the trainer's role-play,
the screenshot tool, tests) builds it here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from callcenter.core.agents import Identity
from callcenter.core.calls import CallSource, ManualCallSource
from callcenter.gui.admin.admin_actions import install_admin_actions
from callcenter.gui.admin.admin_menu import install_admin
from callcenter.gui.agent.console_window import ConsoleWindow
from callcenter.gui.agent.retention_calls import ConsoleRetention
from callcenter.gui.bridge import EventBridge
from callcenter.gui.complaints.console_complaints import ConsoleComplaints
from callcenter.gui.settings import Settings
from callcenter.gui.supervisor.reports_menu import install_reports_menu
from callcenter.gui.sync.sync_menu import install_sync
from callcenter.store.db import Store


def build_console(
    store: Store,
    identity: Identity,
    source: CallSource,
    bridge: EventBridge,
    settings: Settings,
    lang: str,
    *,
    center: Any = None,
    parent: QWidget | None = None,
    start_sync: bool | None = None,
) -> ConsoleWindow:
    """A console ready for calls: window, Complaints menu, File/Sync menus, board opener.
    With the demo's call source, the agent's softphone joins it (``gui.agent.phone_line``):
    it registers when Preferences → Phone has an account enabled, and the demo still rings."""
    from callcenter.telephony.line import PhoneAndDemo

    phone_source = PhoneAndDemo(source) if type(source) is ManualCallSource else None
    if phone_source is not None:
        source = phone_source

    def open_board() -> None:
        from callcenter.gui.supervisor.board_window import BoardWindow

        team = None
        if identity.role.value in ("supervisor", "admin"):  # adminpol: force people on other machines too
            from callcenter.gui.supervisor.team_panel import TeamPanel

            team = TeamPanel(store, identity, lang)
        window.board = BoardWindow(center, team_panel=team)
        _follow_calendars(window.board, store)
        window.board.show()

    window = ConsoleWindow(
        store,
        identity,
        source,
        bridge,
        settings,
        lang,
        parent=parent,
        center=center,
        open_board=open_board if center is not None else None,
    )
    window.complaints = ConsoleComplaints(window)  # type: ignore[no-untyped-call]
    window.retention = ConsoleRetention(window)  # type: ignore[attr-defined]  # assigned retention calls
    if identity.role.value in ("supervisor", "admin"):
        _install_customers(window, store, identity, lang)
        _install_team(window, store, identity, lang)
    start = ConsoleWindow.start_sync if start_sync is None else start_sync
    window.sync = install_sync(window, store, identity.user_id, identity.role.value, start=start)
    window.closing_hooks.append(window.sync.controller.stop)
    window.admin = install_admin(window, store, identity)  # type: ignore[attr-defined]  # supervisors, admins
    window.admin_actions = install_admin_actions(window, store, identity, lang)  # type: ignore[attr-defined]
    install_reports_menu(window, store, identity, lang)  # reports14: reports, audit and log viewers
    if phone_source is not None:
        _install_phone(window, phone_source, bridge, settings, identity)
    window.start()
    return window


def _install_phone(
    window: ConsoleWindow, source: Any, bridge: EventBridge, settings: Settings, identity: Identity
) -> None:
    from callcenter.gui.agent.phone_line import PhoneLine

    line = PhoneLine(window, source, bridge, settings, identity)
    window.phone = line  # type: ignore[attr-defined]  # the phone's state, for tests and screenshots
    window.closing_hooks.append(line.stop)
    window.preferences_hooks.append(lambda dialog: line.restart() if getattr(dialog, "phone_changed", False) else None)
    line.restart()


def _install_customers(window: ConsoleWindow, store: Store, identity: Identity, lang: str) -> None:
    """Supervisors' Customers window (gui.supervisor), opening records in this console's pop."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QAction, QKeySequence

    def open_customers() -> None:
        from callcenter.gui.supervisor.customers_window import CustomersWindow

        existing = getattr(window, "customers_window", None)
        if existing is None:
            existing = CustomersWindow(
                store, identity, lang, open_record=lambda cid: window.show_customer(cid, "customers"), parent=window
            )
            setattr(window, "customers_window", existing)  # noqa: B010 - an attribute the console does not declare
        existing.show()
        existing.raise_()

    menu = window.add_menu(QCoreApplication.translate("CustomersMenu", "&Insight"))
    action = QAction(QCoreApplication.translate("CustomersMenu", "&Customers…"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+U"))
    action.triggered.connect(open_customers)
    menu.addAction(action)


def _follow_calendars(board: Any, store: Store) -> None:
    """adminpol: the board's queues open or closed by their business calendars, read off the
    GUI thread now and whenever a calendar, holiday or queue changes (here or by sync)."""
    from callcenter.gui.bridge import watch
    from callcenter.gui.ops import run_op
    from callcenter.ops import admin_policies

    def read() -> None:
        def show(p: admin_policies.Policies) -> None:
            board.set_calendars({q: cal for q in p.queue_calendars if (cal := p.calendar_of(q)) is not None})

        run_op(lambda: admin_policies.read_policies(store), show, lambda _p: None, name="board.calendars", owner=board)

    watch(store, board, lambda _e: read(), tables=admin_policies.TABLES)
    read()


def _install_team(window: ConsoleWindow, store: Store, identity: Identity, lang: str) -> None:
    """adminpol: supervisors' team window — every agent of their team on any console, and
    forcing their state through the server (the board shows the same panel beside its agents)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QMainWindow

    def open_team() -> None:
        from callcenter.gui.supervisor.team_panel import TeamPanel

        existing = getattr(window, "team_window", None)
        if existing is None:
            existing = QMainWindow(window)
            existing.setWindowTitle(QCoreApplication.translate("TeamPanel", "Team states"))
            existing.setCentralWidget(TeamPanel(store, identity, lang))
            existing.resize(760, 480)
            setattr(window, "team_window", existing)  # noqa: B010 - an attribute the console does not declare
        existing.show()
        existing.raise_()

    menu = window.add_menu(QCoreApplication.translate("TeamPanel", "&Team"))
    action = QAction(QCoreApplication.translate("TeamPanel", "Team &states…"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+T"))
    action.triggered.connect(open_team)
    menu.addAction(action)
