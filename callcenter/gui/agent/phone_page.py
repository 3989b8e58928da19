"""Preferences → Phone: the agent's SIP account, audio, caller-id rules and a number
tester (the cleaned number and whom it would pop, read off the GUI thread). The
password goes to the system keyring only (``telephony.secrets``), never to the settings."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QListWidget, QListWidgetItem, QWidget

from callcenter.core.agents import Identity
from callcenter.core.caller_id import FROM, PAI, RPID
from callcenter.gui.forms.ui_phone_page import Ui_PhonePage
from callcenter.gui.ops import run_op
from callcenter.gui.problems import describe
from callcenter.gui.settings import Settings, phone_settings, save_phone_settings
from callcenter.ops import caller_test
from callcenter.store.db import Store
from callcenter.telephony import secrets
from callcenter.telephony.phone_settings import (
    CODECS,
    NOT_READY_BUSY,
    NOT_READY_NO_ANSWER,
    PhoneSettings,
    available_codecs,
)

_HEADER_NAMES = {PAI: "P-Asserted-Identity", RPID: "Remote-Party-ID", FROM: "From"}


class PhonePage(QWidget):
    def __init__(
        self,
        settings: Settings,
        store: Store | None = None,
        identity: Identity | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings, self.store, self.identity = settings, store, identity
        self.ui = Ui_PhonePage()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.loaded: PhoneSettings = phone_settings(settings)
        self.password_edited = False
        self._tried = 0  # numbers each test: a late answer never covers a newer one
        ui = self.ui
        for value, text in (("udp", "UDP"), ("tcp", "TCP"), ("tls", self.tr("TLS (encrypted)"))):
            ui.transportCombo.addItem(text, value)
        ui.notReadyCombo.addItem(
            self.tr("Refuse it busy (486): the switch forwards or takes a message"), NOT_READY_BUSY
        )
        ui.notReadyCombo.addItem(self.tr("Do not answer: the switch's no-answer rule takes it"), NOT_READY_NO_ANSWER)
        self._fill(self.loaded)
        ui.passwordEdit.textEdited.connect(self._password_typed)
        ui.transportCombo.currentIndexChanged.connect(self._transport_changed)
        ui.caFileButton.clicked.connect(self._choose_ca)
        ui.codecUpButton.clicked.connect(lambda: self._move(ui.codecList, -1))
        ui.codecDownButton.clicked.connect(lambda: self._move(ui.codecList, 1))
        ui.prefUpButton.clicked.connect(lambda: self._move(ui.preferenceList, -1))
        ui.prefDownButton.clicked.connect(lambda: self._move(ui.preferenceList, 1))
        self.test_timer = QTimer(self, singleShot=True, interval=250)
        self.test_timer.timeout.connect(self.try_number)
        ui.testEdit.textChanged.connect(lambda _t: self.test_timer.start())
        for edit in (ui.outsideLineEdit, ui.internationalEdit, ui.countryCodeEdit, ui.nationalEdit):
            edit.textChanged.connect(lambda _t: self.test_timer.start())
        ui.minOutsideSpin.valueChanged.connect(lambda _v: self.test_timer.start())
        if not secrets.have_keyring():
            ui.passwordEdit.setPlaceholderText(self.tr("no system keyring: the password cannot be kept"))

    # -- fill and read --------------------------------------------------------------------------
    def _fill(self, phone: PhoneSettings) -> None:
        ui = self.ui
        ui.enabledCheck.setChecked(phone.enabled)
        ui.userEdit.setText(phone.user)
        ui.displayNameEdit.setText(phone.display_name)
        ui.authUserEdit.setText(phone.auth_user)
        ui.domainEdit.setText(phone.domain)
        ui.registrarEdit.setText(phone.registrar)
        ui.transportCombo.setCurrentIndex(max(0, ui.transportCombo.findData(phone.transport)))
        ui.caFileEdit.setText(phone.tls_ca_file)
        ui.localAddressEdit.setText(phone.local_address)
        offered = available_codecs()
        order = [c for c in phone.codecs if c in CODECS] + [c for c in offered if c not in phone.codecs]
        ui.codecList.clear()
        for codec in order:
            item = QListWidgetItem(codec)
            item.setData(Qt.ItemDataRole.UserRole, codec)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if codec in phone.codecs else Qt.CheckState.Unchecked)
            if codec not in offered:
                item.setToolTip(self.tr("This computer's phone program cannot offer it"))
            ui.codecList.addItem(item)
        ui.audioSourceEdit.setText(phone.audio_source)
        ui.audioPlayerEdit.setText(phone.audio_player)
        ui.rtpTimeoutSpin.setValue(phone.rtp_timeout_s)
        ui.notReadyCombo.setCurrentIndex(max(0, ui.notReadyCombo.findData(phone.not_ready_action)))
        ui.preferenceList.clear()
        order = [h for h in phone.preference if h in _HEADER_NAMES] + [
            h for h in _HEADER_NAMES if h not in phone.preference
        ]
        for header in order:
            item = QListWidgetItem(_HEADER_NAMES[header])
            item.setData(Qt.ItemDataRole.UserRole, header)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if header in phone.preference else Qt.CheckState.Unchecked)
            ui.preferenceList.addItem(item)
        ui.outsideLineEdit.setText(phone.outside_line_prefix)
        ui.minOutsideSpin.setValue(phone.min_outside_digits)
        ui.internationalEdit.setText(phone.international_prefix)
        ui.countryCodeEdit.setText(phone.country_code)
        ui.nationalEdit.setText(phone.national_prefix)
        self._transport_changed()

    @staticmethod
    def _checked(widget: QListWidget) -> tuple[str, ...]:
        return tuple(
            str(widget.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        )

    def values(self) -> PhoneSettings:
        ui = self.ui
        return replace(
            self.loaded,
            enabled=ui.enabledCheck.isChecked(),
            user=ui.userEdit.text().strip(),
            display_name=ui.displayNameEdit.text().strip(),
            auth_user=ui.authUserEdit.text().strip(),
            domain=ui.domainEdit.text().strip(),
            registrar=ui.registrarEdit.text().strip(),
            transport=str(ui.transportCombo.currentData()),
            tls_ca_file=ui.caFileEdit.text().strip(),
            local_address=ui.localAddressEdit.text().strip(),
            codecs=self._checked(ui.codecList),
            audio_source=ui.audioSourceEdit.text().strip(),
            audio_player=ui.audioPlayerEdit.text().strip(),
            rtp_timeout_s=ui.rtpTimeoutSpin.value(),
            not_ready_action=str(ui.notReadyCombo.currentData()),
            preference=self._checked(ui.preferenceList),
            outside_line_prefix=ui.outsideLineEdit.text().strip(),
            min_outside_digits=ui.minOutsideSpin.value(),
            international_prefix=ui.internationalEdit.text().strip(),
            country_code=ui.countryCodeEdit.text().strip().lstrip("+"),
            national_prefix=ui.nationalEdit.text().strip(),
        )

    # -- behaviour ---------------------------------------------------------------------------------
    def _password_typed(self, _text: str) -> None:
        self.password_edited = True

    def _transport_changed(self, *_args: Any) -> None:
        tls = self.ui.transportCombo.currentData() == "tls"
        self.ui.caFileEdit.setEnabled(tls)
        self.ui.caFileButton.setEnabled(tls)

    def _choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA certificates"), "", self.tr("Certificates (*.pem *.crt);;All files (*)")
        )
        if path:
            self.ui.caFileEdit.setText(path)

    @staticmethod
    def _move(widget: QListWidget, step: int) -> None:
        row = widget.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < widget.count():
            return
        item = widget.takeItem(row)
        widget.insertItem(target, item)
        widget.setCurrentRow(target)

    def problem_words(self, field: str, code: str) -> str:
        names = {
            "user": self.tr("SIP user"),
            "auth_user": self.tr("Authentication user"),
            "domain": self.tr("Domain"),
            "registrar": self.tr("Registrar / proxy"),
            "local_address": self.tr("Local address"),
            "transport": self.tr("Transport"),
            "tls_ca_file": self.tr("CA certificates"),
            "codecs": self.tr("Codecs"),
            "preference": self.tr("Read the caller from"),
            "not_ready_action": self.tr("A call while Not ready"),
        }
        name = names.get(field, field)
        words = {
            "missing": self.tr("%1: please fill it in."),
            "bad_user": self.tr("%1: use letters, digits and . - _ only (no spaces, no @)."),
            "bad_address": self.tr(
                "%1: write a host name or IP address, optionally with :port (pbx.example.com:5060)."
            ),
            "bad_transport": self.tr("%1: choose UDP, TCP or TLS."),
            "missing_ca_file": self.tr("%1: the file does not exist."),
            "no_codec": self.tr("%1: tick at least one."),
            "unknown_codec": self.tr("%1: one of them is not known."),
            "bad_header": self.tr("%1: tick at least one header."),
            "bad_action": self.tr("%1: choose what the switch should hear."),
        }.get(code, self.tr("%1 is not valid."))
        return words.replace("%1", name)

    def check(self) -> str:
        """The first problem in words ("" when the page can be saved)."""
        problems = self.values().problems()
        return self.problem_words(*problems[0]) if problems else ""

    def save(self) -> bool:
        """Write the settings and (if typed) the password to the keyring; ``False`` with the
        reason shown when something is not valid (nothing is written then)."""
        error = self.check()
        self.ui.errorLabel.setText(error)
        if error:
            return False
        phone = self.values()
        save_phone_settings(self.settings, phone)
        if self.password_edited and not secrets.save_password(phone.keyring_account, self.ui.passwordEdit.text()):
            self.ui.errorLabel.setText(self.tr("No system keyring: the password was not kept."))
        return True

    @property
    def changed(self) -> bool:
        return self.password_edited or self.values() != self.loaded

    # -- the number tester ----------------------------------------------------------------------
    def try_number(self) -> None:
        raw = self.ui.testEdit.text().strip()
        self._tried += 1
        tried = self._tried
        if not raw:
            self.ui.testResultLabel.setText("")
            self.ui.testCustomerLabel.setText("")
            return
        rules = self.values().rules()
        region = self.settings.get("calls/default_region")
        self.ui.testResultLabel.setText(self.tr("Looking it up…"))
        store = self.store
        if store is None:
            return
        run_op(
            lambda: caller_test.try_number(store, raw, rules, region),
            lambda result: self._tried_number(tried, result),
            lambda problem: self.ui.testCustomerLabel.setText(describe(problem)),
            name="phone.try_number",
            owner=self,
        )

    def step_words(self, step: str) -> str:
        return {
            "read": self.tr("read"),
            "outside_line": self.tr("outside-line prefix removed"),
            "international": self.tr("international"),
            "national": self.tr("national form with the country code"),
        }.get(step, step)

    def _tried_number(self, tried: int, result: caller_test.TriedNumber) -> None:
        if tried != self._tried:
            return
        steps = " → ".join(f"{value} ({self.step_words(step)})" for step, value in result.steps if value)
        if result.status == "withheld":
            cleaned = self.tr("Withheld number")
        elif result.e164:
            cleaned = self.tr("Cleaned: %1").replace("%1", result.e164)
        else:
            cleaned = self.tr("Not a number the screen pop can read: %1").replace("%1", result.cleaned or "—")
        self.ui.testResultLabel.setText(f"{cleaned}\n{steps}" if steps else cleaned)
        if result.status == "matched":
            text = self.tr("Pops: %1").replace("%1", result.names[0])
        elif result.status == "multiple":
            text = self.tr("A shared number: the agent chooses between %1").replace("%1", ", ".join(result.names))
        elif result.status == "unknown":
            text = self.tr("No customer has this number: the console offers to create one.")
        else:
            text = ""
        self.ui.testCustomerLabel.setText(text)
