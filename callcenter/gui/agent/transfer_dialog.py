"""Choose a transfer target (a queue or an agent) and blind or warm: a searchable list
that shows each agent's presence (their state in the live center) and each queue's
callers waiting, when there is a live center to ask."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from callcenter.core.agent_state import AgentState
from callcenter.core.agents import Code, Identity
from callcenter.gui.names import STATE_COLOURS, agent_state_name, remember_people


class TransferDialog(QDialog):
    def __init__(
        self,
        queues: list[Code],
        agents: list[Identity],
        lang: str,
        parent: QWidget | None = None,
        presence: dict[str, str] | None = None,
        waiting: dict[str, int] | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transfer call"))
        remember_people((a.username, a.display_name) for a in agents)
        presence, waiting = presence or {}, waiting or {}
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search queues and agents…"))
        self.search.setClearButtonEnabled(True)
        self.targets = QListWidget()
        self.targets.setMinimumSize(420, 260)
        for q in queues:
            text = self.tr("Queue: %1").replace("%1", q.name(lang))
            if q.code in waiting:
                text += "  —  " + self.tr("%n waiting", "", waiting[q.code])
            self._add(text, f"queue:{q.code}", f"{q.code} {q.name_en} {q.name_zh}", None)
        for a in agents:
            state = presence.get(a.user_id)
            text = self.tr("Agent: %1").replace("%1", a.display_name)
            text += "  —  " + (agent_state_name(AgentState(state)) if state else self.tr("not in the live center"))
            self._add(text, f"agent:{a.username}", f"{a.username} {a.display_name}", state)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("or a number / SIP address"))
        self.number.setClearButtonEnabled(True)
        self.targets.setCurrentRow(0)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._accept_if_chosen)
        self.targets.itemDoubleClicked.connect(lambda _item: self._accept_if_chosen())
        self.blind = QRadioButton(self.tr("&Blind — hand over now"))
        self.warm = QRadioButton(self.tr("&Warm — talk to them first, caller on hold"))
        self.blind.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("&Find"), self.search)
        form.addRow(self.tr("Transfer to"), self.targets)
        form.addRow(self.tr("N&umber"), self.number)
        form.addRow("", self.blind)
        form.addRow("", self.warm)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept_if_chosen)
        self.buttons.rejected.connect(self.reject)
        v = QVBoxLayout(self)
        v.addLayout(form)
        v.addWidget(self.buttons)
        self.search.setFocus()

    def _add(self, text: str, target: str, words: str, state: str | None) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, target)
        item.setData(Qt.ItemDataRole.UserRole + 1, words.casefold())
        if state:
            item.setForeground(QBrush(QColor(STATE_COLOURS[AgentState(state)])))
        self.targets.addItem(item)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        first = None
        for i in range(self.targets.count()):
            item = self.targets.item(i)
            hit = not needle or needle in item.data(Qt.ItemDataRole.UserRole + 1) or needle in item.text().casefold()
            item.setHidden(not hit)
            if hit and first is None:
                first = item
        current = self.targets.currentItem()
        if (current is None or current.isHidden()) and first is not None:
            self.targets.setCurrentItem(first)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(first is not None)

    def _accept_if_chosen(self) -> None:
        if self.number.text().strip():
            self.accept()
            return
        item = self.targets.currentItem()
        if item is not None and not item.isHidden():
            self.accept()

    def choice(self) -> tuple[str, bool]:
        """(target, warm): a number typed wins over the list."""
        if self.number.text().strip():
            return self.number.text().strip(), self.warm.isChecked()
        item = self.targets.currentItem()
        return (item.data(Qt.ItemDataRole.UserRole) if item else ""), self.warm.isChecked()
