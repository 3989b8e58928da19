"""The console's administration entries: Administration → Users and reference data… (admins;
supervisors for agents), and Change my password… for everyone (in the Agent menu, before
Log out). Joins an Administration menu another module already put on the window
(``objectName`` "adminMenu"), else adds one before Help."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from callcenter.core.agents import Identity
from callcenter.core.roles import Role
from callcenter.store.db import Store

ADMINISTERING = (Role.SUPERVISOR, Role.ADMIN)
LOG_OUT = QKeySequence("Ctrl+Shift+Q")


def _admin_menu(window: QMainWindow) -> QMenu:
    bar = window.menuBar()
    found = bar.findChild(QMenu, "adminMenu") or window.findChild(QMenu, "adminMenu")
    if isinstance(found, QMenu):
        return found
    menu = QMenu(QCoreApplication.translate("AdminActions", "&Administration"), window)
    menu.setObjectName("adminMenu")
    actions = bar.actions()
    if actions:
        bar.insertMenu(actions[-1], menu)  # before Help
    else:
        bar.addMenu(menu)
    return menu


class AdminActions(QObject):
    def __init__(self, window: QMainWindow, store: Store, identity: Identity, lang: str) -> None:
        super().__init__(window)
        self.window_, self.store, self.identity, self.lang = window, store, identity, lang
        self.admin_window: Any = None
        self.manage_action: QAction | None = None
        if identity.role in ADMINISTERING:
            menu = _admin_menu(window)
            self.manage_action = QAction(self.tr("&Users and reference data…"), window)
            self.manage_action.triggered.connect(self.open_admin)
            menu.addAction(self.manage_action)
        self.password_action = QAction(self.tr("Change my &password…"), window)
        self.password_action.triggered.connect(self.change_password)
        self._place_password_action()

    def _place_password_action(self) -> None:
        for top in self.window_.menuBar().actions():
            menu = top.menu()
            if not isinstance(menu, QMenu):
                continue
            for a in menu.actions():
                if a.shortcut() == LOG_OUT:
                    menu.insertAction(a, self.password_action)
                    return
        _admin_menu(self.window_).addAction(self.password_action)

    def open_admin(self) -> None:
        from callcenter.gui.admin.admin_window import AdminWindow

        if self.admin_window is None:
            self.admin_window = AdminWindow(self.store, self.identity, self.lang)
        self.admin_window.show()
        self.admin_window.raise_()
        self.admin_window.activateWindow()

    def change_password(self) -> None:
        from callcenter.gui.admin.admin_window import ask_new_password

        def said(text: str) -> None:
            self.window_.statusBar().showMessage(text, 10_000)

        ask_new_password(self.window_, self.store, self.identity, said)


def install_admin_actions(window: QMainWindow, store: Store, identity: Identity, lang: str) -> AdminActions:
    return AdminActions(window, store, identity, lang)
