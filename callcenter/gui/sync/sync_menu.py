"""Sync and backup in a main window: File → Back up… / Restore…, a Sync menu
(Sync now, Sync settings…, Conflicts… for supervisors and admins), the status-bar
panel and the background controller. ``install_sync`` is the one call a window makes.

Backup, the check of a file to restore and the restore itself are use cases
(``ops.sync``) run off the GUI thread; their failures are told by code."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from callcenter.core.errors import Problem, StoreProblem
from callcenter.gui.ops import run_op
from callcenter.gui.problems import describe
from callcenter.gui.sync.sync_controller import SyncController
from callcenter.gui.sync.sync_status_panel import SyncStatusPanel
from callcenter.ops import sync as sync_ops

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

        # the pending count follows the pick by itself (a local change), nothing to refresh here
        ConflictsDialog(self.store, self.user_id, self.window, role=self.role).exec()

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
        db = self.store.path
        run_op(
            lambda: sync_ops.back_up(db, path).value,
            lambda out: self.window.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(out)), 10_000),
            lambda problem: QMessageBox.warning(
                self.window,
                self.tr("Backup failed"),
                self.tr("The backup could not be written: %1").replace("%1", describe(problem)),
            ),
            name="sync.backup",
            owner=self,
        )

    def unusable(self, problem: Problem) -> str:
        """Why a file cannot be restored, by the problem's code."""
        reason = problem.params.get("reason") if isinstance(problem, StoreProblem) else None
        words = {
            "missing": self.tr("the file does not exist"),
            "not_a_store": self.tr("it is not a callcenter backup"),
            "damaged": self.tr("it is damaged"),
            "newer_schema": self.tr("it was written by a newer version of the product; update the product first"),
        }
        return words.get(str(reason)) or describe(problem)

    def restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore the local data"), "", self.tr("Callcenter backups (*.ccbak);;All files (*)")
        )
        if not path:
            return
        run_op(
            lambda: sync_ops.check_backup(path),
            lambda _revision: self._confirm_restore(path),
            lambda problem: QMessageBox.warning(
                self.window,
                self.tr("Restore"),
                self.tr("This file cannot be restored: %1").replace("%1", self.unusable(problem)),
            ),
            name="sync.check_backup",
            owner=self,
        )

    def _confirm_restore(self, path: str) -> None:
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
        store = self.store
        run_op(  # after a round that may be running: the controller's pool takes one thing at a time
            lambda: sync_ops.restore_backup(path, store.path, store=store),
            self._restored,
            self._restore_failed,
            name="sync.restore",
            write=True,
            owner=self,
            pool=self.controller.pool,
        )

    def _restore_failed(self, problem: Problem) -> None:
        reason = problem.params.get("reason") if isinstance(problem, StoreProblem) else None
        if reason in ("missing", "not_a_store", "damaged", "newer_schema"):
            text = self.tr("This file cannot be restored: %1").replace("%1", self.unusable(problem))
        else:  # the disk, the folder: the store was left as it was
            text = describe(problem)
        QMessageBox.warning(self.window, self.tr("Restore failed"), text)

    def _restored(self, _done) -> None:
        QMessageBox.information(self.window, self.tr("Restore"), self.tr("Restored. Start the console again."))
        self.window.confirm_close = False
        self.window.close()


def install_sync(window: QMainWindow, store, user_id: str | None, role: str, start: bool = True) -> SyncMenus:
    return SyncMenus(window, store, user_id, role, start)
