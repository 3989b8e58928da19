"""Sync and backup in a main window: File → Back up… / Restore…, a Sync menu
(Sync now, Sync settings…, Conflicts… for supervisors and admins), the status-bar
panel and the background controller. ``install_sync`` is the one call a window makes."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from callcenter.gui.sync.sync_controller import SyncController
from callcenter.gui.sync.sync_status_panel import SyncStatusPanel
from callcenter.gui.tasks import run_task

SUPERVISING = ("supervisor", "admin")


class SyncMenus(QObject):
    def __init__(self, window: QMainWindow, store, user_id: str | None, role: str, start: bool = True):
        super().__init__(window)
        self.window, self.store, self.user_id, self.role = window, store, user_id, role
        self.controller = SyncController(store, self)
        self.panel = SyncStatusPanel()
        window.statusBar().addPermanentWidget(self.panel)
        self.controller.status_changed.connect(self.panel.show_status)
        self.panel.button.clicked.connect(self.controller.sync_now)
        self.controller.round_finished.connect(self._round_finished)
        bar = window.menuBar()
        first = bar.actions()[0] if bar.actions() else None
        self.file_menu = QMenu(self.tr("&File"), window)
        bar.insertMenu(first, self.file_menu)
        self._action(self.file_menu, self.tr("&Back up…"), self.backup)
        self._action(self.file_menu, self.tr("&Restore…"), self.restore)
        self.sync_menu = QMenu(self.tr("S&ync"), window)
        bar.insertMenu(bar.actions()[-1], self.sync_menu)  # before Help
        self._action(self.sync_menu, self.tr("Sync &now"), self.controller.sync_now, "Ctrl+Shift+S")
        self._action(self.sync_menu, self.tr("Sync &settings…"), self.settings)
        if role in SUPERVISING:
            self._action(self.sync_menu, self.tr("&Conflicts…"), self.show_conflicts)
        if start:
            self.controller.start()

    def _action(self, menu, text, slot, shortcut=None) -> QAction:
        a = QAction(text, self.window)
        if shortcut:
            a.setShortcut(shortcut)
        a.triggered.connect(slot)
        menu.addAction(a)
        return a

    def _round_finished(self, result) -> None:
        if not isinstance(result, Exception) and getattr(result, "conflicts", 0) and self.role in SUPERVISING:
            self.window.statusBar().showMessage(
                self.tr("Sync found %1 conflicting edits: see Sync → Conflicts.").replace("%1", str(result.conflicts)),
                10_000,
            )

    def settings(self) -> None:
        from callcenter.gui.sync.sync_settings_dialog import SyncSettingsDialog

        SyncSettingsDialog(self.store, self.window).exec()
        self.controller.failures = 0
        self.controller.sync_now()  # a newly registered console syncs at once

    def show_conflicts(self) -> None:
        from callcenter.gui.sync.conflicts_dialog import ConflictsDialog

        ConflictsDialog(self.store, self.user_id, self.window).exec()
        self.controller.publish()

    def backup(self) -> None:
        suggested = f"callcenter-{datetime.now():%Y%m%d-%H%M}.ccbak"
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Back up the local data"),
            suggested,
            self.tr("Callcenter backups (*.ccbak);;All files (*)"),
        )
        if not path:
            return
        from callcenter.store.backup import backup

        db = self.store.path
        run_task(
            lambda: backup(db, path),
            lambda out: self.window.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(out)), 10_000),
            lambda exc: QMessageBox.warning(
                self.window,
                self.tr("Backup failed"),
                self.tr("The backup could not be written: %1").replace("%1", str(exc)),
            ),
        )

    def restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore the local data"), "", self.tr("Callcenter backups (*.ccbak);;All files (*)")
        )
        if not path:
            return
        from callcenter.store.backup import check_backup, restore
        from callcenter.store.db import StoreError

        try:
            check_backup(path)
        except StoreError as exc:
            QMessageBox.warning(
                self.window, self.tr("Restore"), self.tr("This file cannot be restored: %1").replace("%1", str(exc))
            )
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore"),
            self.tr(
                "Replace the local data with this backup? The current data is kept beside it, and changes already "
                "synced come back with the next sync. The console closes afterwards; start it again."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.controller.stop()
        self.controller.pool.waitForDone(30_000)
        self.store.close()
        try:
            restore(path, self.store.path)
        except StoreError as exc:
            QMessageBox.warning(self.window, self.tr("Restore failed"), str(exc))
            return
        QMessageBox.information(self.window, self.tr("Restore"), self.tr("Restored. Start the console again."))
        self.window.confirm_close = False
        self.window.close()


def install_sync(window: QMainWindow, store, user_id: str | None, role: str, start: bool = True) -> SyncMenus:
    return SyncMenus(window, store, user_id, role, start)
