"""The small questions a case step asks (a comment, a recovery offer, a survey...).

``CaseQuestions`` returns plain values or None when the user cancels, so the case
window's logic does not depend on how a question is asked (tests answer directly).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from callcenter.core.complaints import Severity
from callcenter.core.complaints.recovery import NO_MONEY_KINDS, RecoveryKind
from callcenter.core.money import minor_digits
from callcenter.gui.names import recovery_kind_name, severity_name


class _Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.layout_ = QFormLayout(self)
        self.error = QLabel()
        self.error.setStyleSheet("color:#b00020;")
        self.error.hide()

    def finish(self, check=None) -> bool:
        self.layout_.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(lambda: self._ok(check))
        buttons.rejected.connect(self.reject)
        self.layout_.addRow(buttons)
        accepted = self.exec() == QDialog.DialogCode.Accepted
        self.deleteLater()  # read now by the caller, then gone: not a child of the case window for good
        return accepted

    def _ok(self, check) -> None:
        problem = check() if check else None
        if problem:  # keep the dialog and what was typed
            self.error.setText(problem)
            self.error.show()
            return
        self.accept()


def _text_box(height: int = 90) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setMaximumHeight(height)
    return box


class CaseQuestions(QObject):
    def __init__(self, parent: QWidget, currency: str = "USD", lang: str = "en"):
        super().__init__(parent)
        self.parent_widget, self.currency, self.lang = parent, currency, lang

    def comment(self, title: str, label: str, required: bool = False) -> str | None:
        d = _Form(title, self.parent_widget)
        box = _text_box()
        d.layout_.addRow(label, box)
        need = self.tr("Please write something here.")
        if not d.finish(lambda: need if required and not box.toPlainText().strip() else None):
            return None
        return box.toPlainText().strip()

    def assess(self, current: str) -> tuple[str, str] | None:
        d = _Form(self.tr("Assess the complaint"), self.parent_widget)
        sev = QComboBox()
        for s in Severity:
            sev.addItem(severity_name(s.value), s.value)
        sev.setCurrentIndex(sev.findData(current))
        box = _text_box()
        d.layout_.addRow(self.tr("Severity"), sev)
        d.layout_.addRow(self.tr("Assessment"), box)
        if not d.finish():
            return None
        return sev.currentData(), box.toPlainText().strip()

    def recovery(self) -> tuple[str, int, str] | None:
        d = _Form(self.tr("Offer a recovery action"), self.parent_widget)
        kind = QComboBox()
        for k in RecoveryKind:
            kind.addItem(recovery_kind_name(k.value), k.value)
        digits = minor_digits(self.currency)
        amount = QDoubleSpinBox()
        amount.setDecimals(digits)
        amount.setRange(0, 10_000_000)
        amount.setSuffix(f" {self.currency}")
        reason = _text_box()
        kind.currentIndexChanged.connect(
            lambda: amount.setEnabled(kind.currentData() not in {k.value for k in NO_MONEY_KINDS})
        )
        d.layout_.addRow(self.tr("Action"), kind)
        d.layout_.addRow(self.tr("Amount"), amount)
        d.layout_.addRow(self.tr("Reason"), reason)

        def check():
            if not reason.toPlainText().strip():
                return self.tr("Say why this is offered.")
            if amount.isEnabled() and amount.value() <= 0:
                return self.tr("Enter an amount above zero.")
            return None

        if not d.finish(check):
            return None
        minor = round(amount.value() * 10**digits) if amount.isEnabled() else 0
        return kind.currentData(), int(minor), reason.toPlainText().strip()

    def close_case(self, root_causes: list[tuple[str, str]], rejected: bool) -> tuple[str, str] | None:
        d = _Form(self.tr("Close the complaint"), self.parent_widget)
        cause = QComboBox()
        cause.addItem(self.tr("Choose the root cause…"), "")
        for code, label in root_causes:
            cause.addItem(label, code)
        box = _text_box()
        d.layout_.addRow(self.tr("Root cause"), cause)
        d.layout_.addRow(self.tr("Comment"), box)

        def check():
            if not cause.currentData():
                return self.tr("Choose the root cause: the figures and the Pareto chart rely on it.")
            if rejected and not box.toPlainText().strip():
                return self.tr("The customer rejected the resolution: say why the case is closed.")
            return None

        if not d.finish(check):
            return None
        return cause.currentData(), box.toPlainText().strip()

    def survey(self) -> tuple[int, bool, str] | None:
        d = _Form(self.tr("Satisfaction survey"), self.parent_widget)
        csat = QSpinBox()
        csat.setRange(1, 5)
        csat.setValue(4)
        again = QCheckBox(self.tr("Would buy from us again"))
        again.setChecked(True)
        box = _text_box(60)
        d.layout_.addRow(self.tr("Satisfaction (1–5)"), csat)
        d.layout_.addRow("", again)
        d.layout_.addRow(self.tr("Comment"), box)
        if not d.finish():
            return None
        return csat.value(), again.isChecked(), box.toPlainText().strip()

    def callback(self) -> tuple[datetime, str] | None:
        d = _Form(self.tr("Schedule a follow-up callback"), self.parent_widget)
        when = QDateTimeEdit(QDateTime.currentDateTime().addSecs(24 * 3600))
        when.setCalendarPopup(True)
        when.setMinimumDateTime(QDateTime.currentDateTime())
        note = _text_box(60)
        d.layout_.addRow(self.tr("Call back at"), when)
        d.layout_.addRow(self.tr("What to check"), note)
        if not d.finish():
            return None
        due = datetime.fromtimestamp(when.dateTime().toSecsSinceEpoch(), tz=UTC)
        return max(due, datetime.now(UTC) + timedelta(minutes=1)), note.toPlainText().strip()

    def assign(self, agents: list[tuple[str, str]], teams: list[str]) -> tuple[str | None, str | None, str] | None:
        d = _Form(self.tr("Assign the complaint"), self.parent_widget)
        agent = QComboBox()
        agent.addItem(self.tr("No single agent (team only)"), "")
        for user_id, name in agents:
            agent.addItem(name, user_id)
        team = QComboBox()
        team.setEditable(True)
        team.addItem("")
        team.addItems(teams)
        box = _text_box(60)
        d.layout_.addRow(self.tr("Agent"), agent)
        d.layout_.addRow(self.tr("Team"), team)
        d.layout_.addRow(self.tr("Handover note"), box)
        need = self.tr("Choose an agent or a team.")
        if not d.finish(lambda: need if not (agent.currentData() or team.currentText().strip()) else None):
            return None
        return agent.currentData() or None, team.currentText().strip() or None, box.toPlainText().strip()
