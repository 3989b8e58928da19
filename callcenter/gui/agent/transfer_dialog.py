"""Choose a transfer target (a queue or an agent) and blind or warm."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QRadioButton, QVBoxLayout, QWidget

from callcenter.core.agents import Code, Identity


class TransferDialog(QDialog):
    def __init__(self, queues: list[Code], agents: list[Identity], lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transfer call"))
        self.target = QComboBox()
        for q in queues:
            self.target.addItem(self.tr("Queue: %1").replace("%1", q.name(lang)), f"queue:{q.code}")
        for a in agents:
            self.target.addItem(self.tr("Agent: %1").replace("%1", a.display_name), f"agent:{a.username}")
        self.blind = QRadioButton(self.tr("&Blind — hand over now"))
        self.warm = QRadioButton(self.tr("&Warm — talk to them first, caller on hold"))
        self.blind.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Transfer to"), self.target)
        form.addRow("", self.blind)
        form.addRow("", self.warm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        v = QVBoxLayout(self)
        v.addLayout(form)
        v.addWidget(buttons)

    def choice(self) -> tuple[str, bool]:
        """(target, warm)"""
        return self.target.currentData(), self.warm.isChecked()
