"""Agent state: a coloured state with its reason and time in state, and the
controls to become Available, go Not ready with a reason, or log out."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from callcenter.core.agent_state import AgentState, AgentStateMachine
from callcenter.core.agents import Code
from callcenter.gui.names import STATE_COLOURS, clock, reason_name
from callcenter.gui.names import agent_state_name as state_name


class StatePanel(QWidget):
    available_requested = Signal()
    not_ready_requested = Signal(str)  # reason code
    logout_requested = Signal()

    def __init__(self, reasons: list[Code], lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.reasons: dict[str, Code] = {}
        self._painted: AgentState | None = None  # the state the label shows
        self._shown_reason: tuple[AgentState, str | None] | None = None  # what the reason list was set for
        self.lang = lang
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.state_label = QLabel()
        self.state_label.setMinimumWidth(150)
        self.reason_label = QLabel()
        self.timer_label = QLabel()
        self.timer_label.setStyleSheet("font-family: monospace; font-size: 16px;")
        self.pending_label = QLabel()  # a supervisor's forced state, applied after the call
        self.pending_label.setStyleSheet("color:#e65100; font-weight:700;")
        self.available_button = QPushButton(self.tr("&Available"))
        self.available_button.setToolTip(self.tr("Become available for calls (F9)"))
        self.reason_combo = QComboBox()
        self.reason_combo.setPlaceholderText(self.tr("Reason…"))
        self.set_reasons(reasons)
        self.not_ready_button = QPushButton(self.tr("&Not ready"))
        self.not_ready_button.setToolTip(self.tr("Stop taking calls with the chosen reason (F10)"))
        self.logout_button = QPushButton(self.tr("Log &out"))
        for label in (self.state_label, self.reason_label, self.timer_label, self.pending_label):
            row.addWidget(label)
        row.addStretch(1)
        for control in (self.available_button, self.reason_combo, self.not_ready_button, self.logout_button):
            row.addWidget(control)
        self.available_button.clicked.connect(self.available_requested.emit)
        self.not_ready_button.clicked.connect(
            lambda: self.not_ready_requested.emit(self.reason_combo.currentData() or "break")
        )
        self.logout_button.clicked.connect(self.logout_requested.emit)

    def set_reasons(self, reasons: list[Code]) -> None:
        """The reason codes (from the console's bootstrap); the system's own are not offered."""
        self.reasons = {r.code: r for r in reasons}
        current = self.reason_combo.currentData()
        self.reason_combo.clear()
        for r in reasons:
            if r.code not in ("missed_call", "login", "supervisor", "wrap_timeout"):
                self.reason_combo.addItem(r.name(self.lang), r.code)
        self.reason_combo.setCurrentIndex(max(0, self.reason_combo.findData(current)))

    def reason_name(self, code: str | None) -> str:
        if not code:
            return ""
        r = self.reasons.get(code)
        return r.name(self.lang) if r else reason_name(code)

    def refresh(self, sm: AgentStateMachine) -> None:
        if sm.state is not self._painted:  # a style sheet costs a re-polish: only when the state changes
            self._painted = sm.state
            self.state_label.setText(state_name(sm.state))
            self.state_label.setStyleSheet(
                f"background:{STATE_COLOURS[sm.state]}; color:white; border-radius:6px; padding:4px 10px;"
                " font-weight:700;"
            )
        self.reason_label.setText(self.reason_name(sm.reason) if sm.state is AgentState.NOT_READY else "")
        shown = (sm.state, sm.reason if sm.state is AgentState.NOT_READY else None)
        if shown != self._shown_reason:  # the list shows the reason in force, or none: never another
            self._shown_reason = shown
            self.reason_combo.setCurrentIndex(self.reason_combo.findData(shown[1]) if shown[1] else -1)
        self.pending_label.setText(self.pending_text(sm))
        self.timer_label.setText(clock(sm.time_in_state()))
        allowed = sm.allowed_actions()
        self.available_button.setEnabled("available" in allowed)
        self.not_ready_button.setEnabled("not_ready" in allowed)
        self.reason_combo.setEnabled("not_ready" in allowed)
        self.logout_button.setEnabled("logout" in allowed)

    def pending_text(self, sm: AgentStateMachine) -> str:
        """What a supervisor forced, to apply after the current call; empty when nothing is."""
        if sm.pending is None:
            return ""
        to, reason = sm.pending
        name = state_name(to)
        if to is AgentState.NOT_READY and reason:
            name = f"{name} ({self.reason_name(reason)})"
        return self.tr("After this call: %1").replace("%1", name)
