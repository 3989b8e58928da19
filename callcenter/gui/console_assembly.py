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
from callcenter.core.calls import CallSource
from callcenter.gui.agent.console_window import ConsoleWindow
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
    """A console ready for calls: window, Complaints menu, File/Sync menus, board opener."""

    def open_board() -> None:
        from callcenter.gui.supervisor.board_window import BoardWindow

        window.board = BoardWindow(center)
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
    start = ConsoleWindow.start_sync if start_sync is None else start_sync
    window.sync = install_sync(window, store, identity.user_id, identity.role.value, start=start)
    window.closing_hooks.append(window.sync.controller.stop)
    install_reports_menu(window, store, identity, lang)  # reports14: reports, audit and log viewers
    window.start()
    return window
