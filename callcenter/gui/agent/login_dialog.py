"""Sign-in: argon2-checked off the GUI thread (``ops.auth.sign_in`` through ``run_op``);
demo accounts shown on demo data only."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from callcenter.core.agents import Identity
from callcenter.core.errors import Invalid, Problem
from callcenter.gui.forms.ui_login_dialog import Ui_LoginDialog
from callcenter.gui.ops import run_op
from callcenter.gui.problems import describe
from callcenter.ops import Done, auth
from callcenter.store.db import Store


class LoginDialog(QDialog):
    def __init__(
        self, store: Store, demo_accounts: list[tuple[str, str, str]] | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
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
        store = self.store
        run_op(
            lambda: auth.sign_in(store, username, password),
            self._done,
            self._failed,
            name="auth.sign_in",
            write=True,  # the login is audited
            owner=self,
        )

    def _done(self, done: Done[Identity]) -> None:
        self.ui.buttonBox.setEnabled(True)
        self.identity = done.value
        self.accept()

    def _failed(self, problem: Problem) -> None:
        self.ui.buttonBox.setEnabled(True)
        fields = problem.params.get("fields", {}) if isinstance(problem, Invalid) else {}
        if fields.get("password") == auth.NO_MATCH:
            self.ui.errorLabel.setText(self.tr("That user name and password do not match. Try again."))
            self.ui.passwordEdit.selectAll()
            self.ui.passwordEdit.setFocus()
        elif fields:
            self.ui.errorLabel.setText(self.tr("Enter your user name and password."))
        else:
            self.ui.errorLabel.setText(self.tr("Could not check the password: %1").replace("%1", describe(problem)))
