"""The console's Administration menu, for supervisors and admins: Import…"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from callcenter.core.agents import Identity
from callcenter.core.roles import Role
from callcenter.store.db import Store

ADMINISTERING = (Role.SUPERVISOR, Role.ADMIN)


class AdminMenu(QObject):
    def __init__(self, window: QMainWindow, store: Store, identity: Identity) -> None:
        super().__init__(window)
        self.window, self.store, self.identity = window, store, identity
        self.wizard: Any = None
        bar = window.menuBar()
        self.menu = QMenu(self.tr("&Administration"), window)
        self.menu.setObjectName("adminMenu")
        actions = bar.actions()
        if actions:
            bar.insertMenu(actions[-1], self.menu)  # before Help
        else:
            bar.addMenu(self.menu)
        self.import_action = QAction(self.tr("&Import customers, orders or payments…"), window)
        self.import_action.triggered.connect(self.open_import)
        self.menu.addAction(self.import_action)

    def open_import(self) -> None:
        from callcenter.gui.admin.import_wizard import open_import_wizard

        self.wizard = open_import_wizard(self.store, self.identity, self.window)


def install_admin(window: QMainWindow, store: Store, identity: Identity) -> AdminMenu | None:
    """The Administration menu on ``window`` for supervisors and admins; None for the others."""
    if identity.role not in ADMINISTERING:
        return None
    return AdminMenu(window, store, identity)
