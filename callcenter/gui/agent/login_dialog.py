"""Sign-in: argon2-checked off the GUI thread (``ops.auth.sign_in`` through ``run_op``);
demo accounts shown on demo data only."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callcenter.core.agents import Identity
from callcenter.core.errors import Invalid, Problem
from callcenter.gui.forms.ui_login_dialog import Ui_LoginDialog
from callcenter.gui.ops import run_op
from callcenter.gui.problems import describe
from callcenter.gui.tables import read_only_table
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
        self.accounts: QTableWidget | None = None
        if demo_accounts:
            self._show_demo_accounts(demo_accounts)
        else:
            self.ui.demoLabel.hide()
        self.ui.usernameEdit.setFocus()

    def _show_demo_accounts(self, demo_accounts: list[tuple[str, str, str]]) -> None:
        """Every demo account, the supervisor's and the trainer's first, in a list that is never
        clipped (it scrolls); choosing one fills in the user name and password."""
        order = {"supervisor": 0, "trainer": 1, "admin": 2, "agent": 3}
        accounts = sorted(demo_accounts, key=lambda a: order.get(a[2], 4))
        agents = [a for a in accounts if a[2] == "agent"]
        others = [f"{u} / {p} ({self._role_name(r)})" for u, p, r in accounts if r != "agent"]
        if agents:
            first, last = agents[0], agents[-1]
            others.append(
                self.tr("%1 … %2 (agents)")
                .replace("%1", f"{first[0]} / {first[1]}")
                .replace("%2", f"{last[0]} / {last[1]}")
                if len(agents) > 1
                else f"{first[0]} / {first[1]} ({self._role_name('agent')})"
            )
        self.ui.demoLabel.setText(
            self.tr("Demo database. Accounts (user / password): %1").replace("%1", ", ".join(others))
            + "\n"
            + self.tr("Choose an account below to fill it in.")
        )
        table = read_only_table([self.tr("User name"), self.tr("Password"), self.tr("Role")])
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setRowCount(len(accounts))
        for row, (user, password, role) in enumerate(accounts):
            for col, text in enumerate((user, password, self._role_name(role))):
                table.setItem(row, col, QTableWidgetItem(text))
        table.setMinimumHeight(table.verticalHeader().defaultSectionSize() * 7)
        table.currentCellChanged.connect(lambda row, *_: self._fill_account(accounts, row))
        table.cellActivated.connect(lambda row, _col: self._use_account(accounts, row))
        table.cellDoubleClicked.connect(lambda row, _col: self._use_account(accounts, row))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.ui.demoLabel) + 1, table, 1)
        self.accounts = table
        self.resize(max(self.width(), 520), max(self.height(), 520))

    def _fill_account(self, accounts: list[tuple[str, str, str]], row: int) -> None:
        if 0 <= row < len(accounts):
            self.ui.usernameEdit.setText(accounts[row][0])
            self.ui.passwordEdit.setText(accounts[row][1])

    def _use_account(self, accounts: list[tuple[str, str, str]], row: int) -> None:
        self._fill_account(accounts, row)
        self.try_login()

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
