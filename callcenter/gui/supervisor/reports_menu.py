"""The console's "Reports" menu for supervisors and admins: agent and queue reports, the
audit log and the application log (each window opened once and raised again)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from callcenter.core.agents import Identity
from callcenter.core.roles import Role
from callcenter.store.db import Store

translate = QCoreApplication.translate
SUPERVISING = frozenset({Role.SUPERVISOR, Role.ADMIN})


def install_reports_menu(window: Any, store: Store, identity: Identity, lang: str = "en") -> None:
    """A "Reports" menu on the console for supervisors and admins: reports, audit log, log."""
    if identity.role not in SUPERVISING:
        return
    menu = window.add_menu(translate("ReportsMenu", "&Reports"))

    def keep(attr: str, make: Any) -> None:
        existing = getattr(window, attr, None)
        if existing is None:
            existing = make()
            setattr(window, attr, existing)
        existing.show()
        existing.raise_()
        existing.activateWindow()

    def audit() -> None:
        from callcenter.gui.supervisor.audit_window import AuditWindow

        keep("audit_window", lambda: AuditWindow(store, identity, lang))

    def app_log() -> None:
        from callcenter.gui.supervisor.log_window import LogWindow

        keep("log_window", lambda: LogWindow(identity))

    def reports() -> None:
        from callcenter.gui.supervisor.reports_window import ReportsWindow

        keep("reports_window", lambda: ReportsWindow(store, identity, lang))

    menu.addAction(translate("ReportsMenu", "Agent and queue &reports…"), reports)
    menu.addAction(translate("ReportsMenu", "&Audit log…"), audit)
    menu.addAction(translate("ReportsMenu", "Application &log…"), app_log)
