"""Sync settings: the server address, and registering this console with a user's password.

The password goes to the server once and is not kept; the token the server gives
back goes to the system keyring (or, without one, to a file only this user can read).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from callcenter.core.errors import Problem
from callcenter.gui.ops import run_op
from callcenter.gui.sync.sync_words import explain, reason_of
from callcenter.ops import sync as sync_ops
from callcenter.store.db import Store
from callcenter.sync import client as codes
from callcenter.sync.credentials import FILE_BACKEND

# failures of registering in this dialog's own words (the rest: as the status panel says them)
_TRANSIENT = (codes.OFFLINE, codes.UNREACHABLE, codes.TIMEOUT, codes.RATE_LIMITED, codes.SERVER_ERROR)


class SyncSettingsDialog(QDialog):
    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Sync settings"))
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://sync.example.com:8443")
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.register_button = QPushButton(self.tr("&Register this console"))
        self.register_button.clicked.connect(self.register)
        self.result = QLabel()
        self.result.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.url)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        v = QVBoxLayout(self)
        v.addWidget(
            QLabel(
                self.tr(
                    "Register once with your user name and password; the console then syncs "
                    "in the background and works offline when the server cannot be reached."
                )
            )
        )
        v.addLayout(form)
        v.addWidget(self.register_button)
        v.addWidget(self.result)
        v.addWidget(buttons)
        self.resize(560, 0)
        run_op(lambda: sync_ops.sync_status(store), self._status, lambda problem: None, name="sync.status", owner=self)

    def _status(self, status) -> None:
        if status.server_url and not self.url.text():  # the saved address, unless one was typed meanwhile
            self.url.setText(status.server_url)

    def register(self) -> None:
        url, user, password = self.url.text().strip(), self.username.text().strip(), self.password.text()
        if not url.startswith(("http://", "https://")):
            self.show_result(self.tr("Enter the server address, starting with https://"), ok=False)
            return
        if not user or not password:
            self.show_result(self.tr("Enter your user name and password."), ok=False)
            return
        self.register_button.setEnabled(False)
        self.result.setText(self.tr("Registering…"))
        store = self.store
        run_op(
            lambda: sync_ops.register_console(store, url, user, password, device_name="console").value,
            self._registered,
            self._failed,
            name="sync.register",
            owner=self,
        )

    def _registered(self, registration: sync_ops.Registration) -> None:
        self.password.clear()
        self.register_button.setEnabled(True)
        text = self.tr("This console is registered. It syncs in the background from now on.")
        if registration.token_backend == FILE_BACKEND:
            text += " " + self.tr(
                "No system keyring was found: the console's token is kept in a file that "
                "only your user account can read."
            )
        self.show_result(text, ok=True)

    def _failed(self, problem: Problem) -> None:
        self.register_button.setEnabled(True)
        reason = reason_of(problem)
        if reason == codes.UNAUTHORISED:
            text = self.tr("Wrong user name or password.")
        elif reason in _TRANSIENT:
            text = self.tr("The sync server cannot be reached. Check the address and the network.")
        elif reason == codes.SCHEMA_MISMATCH:
            text = self.tr("The sync server runs a different version of the product. Update the older one.")
        else:
            text = self.tr("Registration failed: %1").replace("%1", explain(problem))
        self.show_result(text, ok=False)

    def show_result(self, text: str, ok: bool) -> None:
        self.result.setText(text)
        self.result.setStyleSheet("" if ok else "color: #c62828;")
