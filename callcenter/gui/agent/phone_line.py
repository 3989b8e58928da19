"""The agent's softphone in the console: started, re-registered and stopped off the GUI
thread (one serial pool, so a restart never overtakes a stop), its registration state in
the status bar in words (``PhoneRegistration`` events through the bridge).

Installed by ``gui.console_assembly`` when the console's call source is a
``telephony.line.PhoneAndDemo``; with no phone configured the label stays hidden and the
demo's calls work as before. A phone that cannot register says why and nothing else stops.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from callcenter.core.agents import Identity
from callcenter.core.errors import Problem
from callcenter.gui.bridge import EventBridge
from callcenter.gui.ops import run_op
from callcenter.gui.settings import Settings, phone_settings
from callcenter.telephony import secrets
from callcenter.telephony.events import FAILED, REGISTERED, REGISTERING, STOPPED, PhoneProblem, PhoneRegistration
from callcenter.telephony.line import PhoneAndDemo
from callcenter.telephony.phone_settings import PhoneSettings
from callcenter.telephony.source import SipCallSource

log = logging.getLogger(__name__)

_STYLE = {
    REGISTERING: "background:#fff3cd; color:#5c4400; padding:1px 6px;",
    REGISTERED: "background:#2e7d32; color:white; padding:1px 6px; font-weight:700;",
    FAILED: "background:#b00020; color:white; padding:1px 6px; font-weight:700;",
    STOPPED: "padding:1px 6px;",
}


class PhoneLine(QObject):
    state_changed = Signal(str)  # the registration state shown now

    def __init__(
        self,
        window: QMainWindow,
        source: PhoneAndDemo,
        bridge: EventBridge,
        settings: Settings,
        identity: Identity,
    ) -> None:
        super().__init__(window)
        self.source, self.settings, self.identity = source, settings, identity
        self.state = STOPPED
        self.problem: PhoneProblem | None = None
        self.where = ""  # user@domain, for the label's tooltip
        self.label = QLabel()
        self.label.setObjectName("phone_state")
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pool.setExpiryTimeout(-1)
        self._generation = 0
        bridge.phone_registration.connect(self._registration)

    # -- life -----------------------------------------------------------------------------------
    def restart(self) -> None:
        """(Re-)register with the settings as they are now; stop the phone when it is off."""
        self._generation += 1
        generation = self._generation
        phone = phone_settings(self.settings)
        if not phone.configured or phone.problems():
            if phone.enabled:
                self.show(FAILED, PhoneProblem("invalid_setting", field=(phone.problems() or [("user", "")])[0][0]))
            else:
                self.show(STOPPED, None)
            run_op(self._stop_phone, None, None, name="phone.stop", owner=self, pool=self.pool)
            return
        self.where = f"{phone.user}@{phone.aor_domain}"
        self.show(REGISTERING, None)
        run_op(
            lambda: self._start_phone(phone),
            None,
            lambda problem: self._failed(generation, problem),
            name="phone.start",
            owner=self,
            pool=self.pool,
        )

    def stop(self, wait_ms: int = 8000) -> None:
        """The console is closing: stop the phone (unregisters) and wait for it."""
        self._generation += 1
        run_op(self._stop_phone, None, None, name="phone.stop", owner=self, pool=self.pool)
        self.pool.waitForDone(wait_ms)

    def _stop_phone(self) -> None:  # on the phone's pool
        old = self.source.phone
        self.source.attach(None)
        if old is not None:
            old.stop()

    def _start_phone(self, phone: PhoneSettings) -> SipCallSource:  # on the phone's pool
        self._stop_phone()
        password = secrets.load_password(phone.keyring_account)
        source = SipCallSource(self.source.bus, self.identity.user_id, phone.account(password), phone.rules())
        source.not_ready_action = phone.not_ready_action
        self.source.attach(source)  # before it registers: a call that rings at once goes back to it
        try:
            source.start()
        except BaseException:
            self.source.attach(None)
            raise
        return source

    def _failed(self, generation: int, problem: Problem) -> None:
        if generation == self._generation:
            self.show(FAILED, problem if isinstance(problem, PhoneProblem) else PhoneProblem("softphone_stopped"))

    # -- state --------------------------------------------------------------------------------
    def _registration(self, event: PhoneRegistration) -> None:
        if event.agent_id != self.identity.user_id:
            return
        if event.state == STOPPED and self.state in (REGISTERING, FAILED):
            return  # the old phone stopping while the new one starts (or after it failed)
        self.show(event.state, event.problem)

    def show(self, state: str, problem: PhoneProblem | None) -> None:
        self.state, self.problem = state, problem
        self.label.setText(self.text())
        self.label.setToolTip(self.where)
        self.label.setStyleSheet(_STYLE.get(state, ""))
        self.label.setVisible(state != STOPPED)
        self.state_changed.emit(state)

    def text(self) -> str:
        if self.state == REGISTERING:
            return self.tr("Phone: registering…")
        if self.state == REGISTERED:
            return self.tr("Phone: registered")
        if self.state == STOPPED:
            return self.tr("Phone: off")
        return self.tr("Phone: not registered — %1").replace("%1", self.reason_words(self.problem))

    def reason_words(self, problem: PhoneProblem | None) -> str:
        params: dict[str, Any] = problem.params if problem is not None else {}
        reason, status = params.get("reason", ""), params.get("status", 0)
        if reason == "bad_credentials":
            return self.tr("the switch refused the user name or password")
        if reason == "unknown_account":
            return self.tr("the switch does not know this phone account")
        if reason == "unreachable" and status == 408:
            return self.tr("the registrar did not answer in time")
        if reason == "unreachable":
            return self.tr("the registrar cannot be reached (check its address and the network)")
        if reason == "rejected":
            return self.tr("the switch refused the registration (SIP %1)").replace("%1", str(status))
        if reason == "softphone_missing":
            return self.tr("the phone program (baresip) is not installed")
        if reason == "invalid_setting":
            return self.tr("a phone setting is not valid (see Preferences → Phone)")
        return self.tr("the phone stopped working")
