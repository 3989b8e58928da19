"""Sign-in: argon2-checked off the GUI thread; demo accounts shown on demo data only."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from callcenter.core.agents import Identity
from callcenter.gui.forms.ui_login_dialog import Ui_LoginDialog
from callcenter.gui.tasks import run_task
from callcenter.store import repo
from callcenter.store.db import Store


class LoginDialog(QDialog):
    def __init__(self, store: Store, demo_accounts: list[tuple[str, str, str]] | None = None, parent=None):
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.store = store
        self.identity: Identity | None = None
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.ui.buttonBox.accepted.connect(self.try_login)
        self.ui.buttonBox.rejected.connect(self.reject)
        if demo_accounts:
            lines = ", ".join(f"{u} / {p} ({self._role_name(r)})" for u, p, r in demo_accounts)
            self.ui.demoLabel.setText(self.tr("Demo database. Accounts (user / password): %1").replace("%1", lines))
        else:
            self.ui.demoLabel.hide()
        self.ui.usernameEdit.setFocus()

    def _role_name(self, role: str) -> str:
        return {
            "agent": self.tr("agent"),
            "supervisor": self.tr("supervisor"),
            "trainer": self.tr("trainer"),
            "admin": self.tr("administrator"),
        }.get(role, role)

    def try_login(self) -> None:
        username, password = self.ui.usernameEdit.text(), self.ui.passwordEdit.text()
        if not username.strip() or not password:
            self.ui.errorLabel.setText(self.tr("Enter your user name and password."))
            return
        self.ui.buttonBox.setEnabled(False)
        self.ui.errorLabel.setText(self.tr("Checking…"))
        run_task(lambda: repo.authenticate(self.store, username, password), self._done, self._failed)

    def _done(self, identity: Identity | None) -> None:
        self.ui.buttonBox.setEnabled(True)
        if identity is None:
            self.ui.errorLabel.setText(self.tr("That user name and password do not match. Try again."))
            self.ui.passwordEdit.selectAll()
            self.ui.passwordEdit.setFocus()
            return
        self.identity = identity
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.ui.buttonBox.setEnabled(True)
        self.ui.errorLabel.setText(self.tr("Could not check the password: %1").replace("%1", str(exc)))
