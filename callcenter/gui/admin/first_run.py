"""The first-run wizard: on a store with no accounts, create a site or join one.

Both paths end with a signed-in ``identity`` (the new site's administrator, or the user
who joined) and a store ready to take calls. The work runs off the GUI thread through
``run_op`` (``ops.site.create_site`` / ``join_site``); a refusal is said in words next to
the buttons and keeps everything typed.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from callcenter.core.agents import Identity
from callcenter.core.errors import Invalid, Problem
from callcenter.core.site import SiteSettings
from callcenter.gui.admin.admin_words import explain
from callcenter.gui.ops import run_op
from callcenter.ops import site as site_ops
from callcenter.store.db import Store

COUNTRIES = ("US", "CN", "GB", "HK", "SG", "TW", "DE", "FR", "AU", "CA", "JP")
CURRENCIES = ("USD", "CNY", "EUR", "GBP", "HKD", "SGD", "JPY", "AUD", "CAD")
CHOOSE, CREATE, JOIN = 0, 1, 2


def _editable_combo(items: tuple[str, ...] | list[str], current: str) -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    box.addItems(list(items))
    box.setCurrentText(current)
    return box


class FirstRunDialog(QDialog):
    """Create a site or join one; ``identity`` is set when it is done."""

    def __init__(self, store: Store, lang: str = "en", parent: QWidget | None = None, **client_options: Any):
        super().__init__(parent)
        self.store, self.lang, self.client_options = store, lang, client_options
        self.identity: Identity | None = None
        self.joined: Identity | None = None  # joined a server with no site yet, as its admin
        self.busy = False
        self.setWindowTitle(self.tr("Set up this console"))
        self.setMinimumWidth(560)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._create_page())
        self.pages.addWidget(self._join_page())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("firstRunMessage")
        self.message.setStyleSheet("color:#b71c1c;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.message)

    # -- pages ------------------------------------------------------------------------------
    def _choose_page(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        title = QLabel(self.tr("Welcome. This console has no user accounts yet."))
        title.setStyleSheet("font-size:15pt; font-weight:600;")
        title.setWordWrap(True)
        v.addWidget(title)
        self.create_button = QPushButton(self.tr("Create a new site"))
        self.join_button = QPushButton(self.tr("Join an existing site"))
        for button, text in (
            (
                self.create_button,
                self.tr("The first console of a new contact center: you become its administrator."),
            ),
            (self.join_button, self.tr("Your site has a sync server: sign in to it and get its users and settings.")),
        ):
            button.setMinimumHeight(44)
            v.addWidget(button)
            hint = QLabel(text)
            hint.setWordWrap(True)
            hint.setStyleSheet("color:#555; margin-bottom:8px;")
            v.addWidget(hint)
        v.addStretch(1)
        self.create_button.clicked.connect(lambda: self.show_page(CREATE))
        self.join_button.clicked.connect(lambda: self.show_page(JOIN))
        return page

    def _create_page(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        self.create_title = QLabel(self.tr("Create a new site"))
        self.create_title.setStyleSheet("font-size:13pt; font-weight:600;")
        self.create_title.setWordWrap(True)
        v.addWidget(self.create_title)
        form = QFormLayout()
        self.site_name = QLineEdit()
        self.country = _editable_combo(COUNTRIES, "CN" if self.lang.startswith("zh") else "US")
        zones = sorted(available_timezones())
        self.time_zone = _editable_combo(zones, "Asia/Shanghai" if self.lang.startswith("zh") else "UTC")
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("简体中文", "zh_CN")
        self.language.setCurrentIndex(1 if self.lang.startswith("zh") else 0)
        self.currency = _editable_combo(CURRENCIES, "CNY" if self.lang.startswith("zh") else "USD")
        self.admin_user = QLineEdit("admin")
        self.admin_name = QLineEdit()
        self.admin_password = QLineEdit()
        self.admin_confirm = QLineEdit()
        for edit in (self.admin_password, self.admin_confirm):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Site name:"), self.site_name)
        form.addRow(self.tr("Country (phone numbers):"), self.country)
        form.addRow(self.tr("Time zone:"), self.time_zone)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Currency:"), self.currency)
        self.admin_rows = [
            (self.tr("Administrator's user name:"), self.admin_user),
            (self.tr("Administrator's name:"), self.admin_name),
            (self.tr("Password:"), self.admin_password),
            (self.tr("Repeat the password:"), self.admin_confirm),
        ]
        for label, edit in self.admin_rows:
            form.addRow(label, edit)
        self.create_form = form
        v.addLayout(form)
        note = QLabel(
            self.tr(
                "Queues, skills, not-ready reasons, call outcomes and complaint categories are set up "
                "in English and Chinese; change them later under Administration."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color:#555;")
        v.addWidget(note)
        v.addStretch(1)
        self.create_back = QPushButton(self.tr("Back"))
        self.create_ok = QPushButton(self.tr("Create the site"))
        self.create_ok.setDefault(True)
        v.addLayout(self._buttons(self.create_back, self.create_ok))
        self.create_back.clicked.connect(lambda: self.show_page(CHOOSE))
        self.create_ok.clicked.connect(self.create_site)
        return page

    def _join_page(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        title = QLabel(self.tr("Join an existing site"))
        title.setStyleSheet("font-size:13pt; font-weight:600;")
        v.addWidget(title)
        form = QFormLayout()
        self.server_url = QLineEdit()
        self.server_url.setPlaceholderText("https://sync.example.com:8443")
        self.join_user = QLineEdit()
        self.join_password = QLineEdit()
        self.join_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.device_name = QLineEdit()
        self.device_name.setPlaceholderText(self.tr("e.g. Desk 12"))
        form.addRow(self.tr("Server address:"), self.server_url)
        form.addRow(self.tr("User name:"), self.join_user)
        form.addRow(self.tr("Password:"), self.join_password)
        form.addRow(self.tr("Name of this console:"), self.device_name)
        v.addLayout(form)
        self.join_bar = QProgressBar()  # the site's data coming in (the server's snapshot)
        self.join_bar.setObjectName("joinProgress")
        self.join_bar.setVisible(False)
        v.addWidget(self.join_bar)
        self._join_progress = _Progress(self)
        self._join_progress.moved.connect(self._join_moved)
        v.addStretch(1)
        self.join_back = QPushButton(self.tr("Back"))
        self.join_ok = QPushButton(self.tr("Join the site"))
        self.join_ok.setDefault(True)
        v.addLayout(self._buttons(self.join_back, self.join_ok))
        self.join_back.clicked.connect(lambda: self.show_page(CHOOSE))
        self.join_ok.clicked.connect(self.join_site)
        return page

    @staticmethod
    def _buttons(back: QPushButton, ok: QPushButton) -> QHBoxLayout:
        h = QHBoxLayout()
        h.addWidget(back)
        h.addStretch(1)
        h.addWidget(ok)
        return h

    def show_page(self, index: int) -> None:
        self.message.clear()
        self.pages.setCurrentIndex(index)
        first = {CREATE: self.site_name, JOIN: self.server_url}.get(index)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (self.create_ok, self.join_ok, self.create_back, self.join_back):
            button.setEnabled(not busy)
        if busy:
            self.message.setStyleSheet("color:#555;")
            self.message.setText(self.tr("Working…"))

    def _failed(self, problem: Problem) -> None:
        self._set_busy(False)
        self.join_bar.setVisible(False)
        self.message.setStyleSheet("color:#b71c1c;")
        self.message.setText(explain(problem))

    # -- create -----------------------------------------------------------------------------
    def create_site(self) -> None:
        if self.busy:
            return
        settings = SiteSettings(
            self.site_name.text(),
            self.country.currentText().strip().upper(),
            self.time_zone.currentText().strip(),
            str(self.language.currentData()),
            self.currency.currentText().strip().upper(),
        )
        joined = self.joined
        admin = None
        if joined is None:
            if self.admin_password.text() != self.admin_confirm.text():
                self._failed(Invalid({"confirm": "mismatch"}))
                return
            admin = site_ops.AdminAccount(self.admin_user.text(), self.admin_password.text(), self.admin_name.text())
        store, options = self.store, self.client_options

        def work() -> Identity:
            identity = site_ops.create_site(store, settings, admin, joined=joined).value
            if joined is not None:  # the new site goes to the server now (or with the next round)
                from callcenter.core.errors import SyncProblem
                from callcenter.ops import sync as sync_ops

                try:
                    sync_ops.sync_round(store, **options)
                except SyncProblem:
                    pass  # kept as pending changes; the console's sync sends them later
            return identity

        self._set_busy(True)
        run_op(work, self._done, self._failed, name="site.create", write=True, owner=self)

    def _done(self, identity: Identity) -> None:
        self._set_busy(False)
        self.identity = identity
        self.accept()

    # -- join -------------------------------------------------------------------------------
    def join_site(self) -> None:
        if self.busy:
            return
        store, options = self.store, self.client_options
        url, user, password = self.server_url.text(), self.join_user.text(), self.join_password.text()
        name = self.device_name.text()
        moved = self._join_progress.moved  # emitted on the worker thread, delivered on this one
        self._set_busy(True)
        run_op(
            lambda: (
                site_ops.join_site(store, url, user, password, device_name=name, progress=moved.emit, **options).value
            ),
            self._joined,
            self._failed,
            name="site.join",
            write=True,
            owner=self,
        )

    def _join_moved(self, done: int, total: int) -> None:
        self.join_bar.setVisible(True)
        self.join_bar.setRange(0, max(total, 1))
        self.join_bar.setValue(done)
        self.message.setStyleSheet("color:#555;")
        self.message.setText(
            self.tr("Loading the site's data: %1 of %2 records").replace("%1", f"{done:,}").replace("%2", f"{total:,}")
        )

    def _joined(self, joined: site_ops.Joined) -> None:
        self._set_busy(False)
        self.join_bar.setVisible(False)
        self.join_password.clear()
        if joined.has_site:
            self._done(joined.identity)
            return
        if joined.identity.role.value != "admin":
            self.message.setStyleSheet("color:#b71c1c;")
            self.message.setText(
                self.tr("The server has no site yet. Its administrator joins first and creates the site.")
            )
            return
        self.joined = joined.identity  # the server's first admin: create the site on it
        for _label, edit in self.admin_rows:
            self.create_form.setRowVisible(edit, False)
        self.create_title.setText(
            self.tr("The server has no site yet. Create it as %1:").replace("%1", joined.identity.display_name)
        )
        self.show_page(CREATE)


class _Progress(QObject):
    moved = Signal(int, int)  # rows loaded, rows in the server's snapshot


def run_first_run(store: Store, lang: str = "en", parent: QWidget | None = None) -> Identity | None:
    """The wizard, modal; the signed-in user when a site was created or joined, None when closed."""
    dialog = FirstRunDialog(store, lang, parent)
    dialog.exec()
    return dialog.identity
