"""Call controls: answer, hold/resume, mute, end, transfer, with shortcuts.
Buttons follow the state machine's allowed actions; nothing here waits on I/O.

The function keys are window shortcuts of their own (``QShortcut``), not the buttons'
shortcuts: a button's label changes (Hold/Resume, Mute/Unmute) and ``setText`` would
replace a button's shortcut with the label's underlined letter after the first use."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from callcenter.core.agent_state import AgentState, AgentStateMachine
from callcenter.core.calls import Call
from callcenter.gui.names import clock, queue_name, transfer_target_name


class CallPanel(QWidget):
    answer = Signal()
    hold_toggle = Signal()
    mute_toggle = Signal()
    end = Signal()
    transfer = Signal()
    complete_transfer = Signal()
    cancel_consult = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        self.caller_label = QLabel(self.tr("No call"))
        self.caller_label.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.detail_label = QLabel()
        v.addWidget(self.caller_label)
        v.addWidget(self.detail_label)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        self.shortcuts: dict[str, QShortcut] = {}
        specs = [
            ("answer", self.tr("&Answer"), "F2", self.answer),
            ("hold", self.tr("&Hold"), "F3", self.hold_toggle),
            ("mute", self.tr("&Mute"), "F4", self.mute_toggle),
            ("transfer", self.tr("&Transfer…"), "F6", self.transfer),
            ("complete", self.tr("&Complete transfer"), "F7", self.complete_transfer),
            ("cancel", self.tr("Ca&ncel transfer"), "F8", self.cancel_consult),
            ("end", self.tr("&End call"), "F5", self.end),
        ]
        for key, text, shortcut, signal in specs:
            b = QPushButton(f"{text}  [{shortcut}]")
            b.clicked.connect(signal.emit)
            key_press = QShortcut(QKeySequence(shortcut), self, context=Qt.ShortcutContext.WindowShortcut)
            key_press.activated.connect(lambda b=b: self._press(b))
            self.shortcuts[key] = key_press
            b.setMinimumHeight(34)
            self.buttons[key] = b
            row.addWidget(b)
        self.buttons["answer"].setStyleSheet(
            "QPushButton:enabled { background:#2e7d32; color:white; font-weight:700; }"
        )
        self.buttons["end"].setStyleSheet("QPushButton:enabled { background:#c62828; color:white; font-weight:700; }")
        v.addLayout(row)

    @staticmethod
    def _press(button: QPushButton) -> None:
        """A function key: the button's action when the button is offered now."""
        if button.isEnabled() and button.isVisibleTo(button.window()):
            button.click()

    def refresh(
        self,
        sm: AgentStateMachine,
        call: Call | None,
        muted: bool,
        caller_text: str,
        talk_s: float = 0.0,
        hold_s: float = 0.0,
    ) -> None:
        allowed = sm.allowed_actions()
        self.buttons["answer"].setEnabled("answer" in allowed)
        self.buttons["hold"].setEnabled("hold" in allowed or ("resume" in allowed and not sm.consulting))
        self.buttons["hold"].setText(
            (self.tr("&Resume") if sm.state is AgentState.ON_HOLD else self.tr("&Hold")) + "  [F3]"
        )
        self.buttons["mute"].setEnabled(sm.state is AgentState.ON_CALL)
        self.buttons["mute"].setText((self.tr("Un&mute") if muted else self.tr("&Mute")) + "  [F4]")
        self.buttons["end"].setEnabled("end" in allowed)
        self.buttons["transfer"].setEnabled("blind_transfer" in allowed and not sm.consulting)
        self.buttons["complete"].setVisible(bool(sm.consulting))
        self.buttons["cancel"].setVisible(bool(sm.consulting))
        if call is None:
            self.caller_label.setText(self.tr("No call"))
            self.detail_label.setText("")
            return
        self.caller_label.setText(caller_text)
        parts = []
        if call.queue_code:
            parts.append(self.tr("Queue: %1").replace("%1", queue_name(call.queue_code)))
        if call.answered_at is not None and sm.state in (AgentState.ON_CALL, AgentState.ON_HOLD):
            parts.append(self.tr("Talk %1").replace("%1", clock(talk_s)))
        if sm.state is AgentState.ON_HOLD:
            parts.append(self.tr("On hold %1").replace("%1", clock(hold_s)))
        if call.hold_count:
            parts.append(self.tr("Held %1×").replace("%1", str(call.hold_count)))
        if muted:
            parts.append(self.tr("MUTED"))
        if sm.consulting:
            parts.append(self.tr("Consulting %1 — caller on hold").replace("%1", transfer_target_name(sm.consulting)))
        self.detail_label.setText("   ·   ".join(parts))
