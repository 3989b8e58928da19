"""The trainer's side of a running session: pause, inject an event, speak as the
customer, add notes, end the session."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class TrainerControlsPanel(QWidget):
    pause_toggled = Signal(bool)
    inject = Signal(str)
    take_over = Signal(str)
    note = Signal(str)
    end_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        v = QVBoxLayout(self)
        box = QGroupBox(self.tr("Trainer"))
        b = QVBoxLayout(box)
        self.pause_button = QPushButton(self.tr("&Pause"))
        self.pause_button.setCheckable(True)
        self.pause_button.toggled.connect(self._paused)
        b.addWidget(self.pause_button)
        row = QHBoxLayout()
        self.event_combo = QComboBox()
        self.event_combo.addItem(self.tr("The caller gets angrier"), "angrier")
        self.event_combo.addItem(self.tr("The line drops"), "line_drops")
        self.inject_button = QPushButton(self.tr("&Inject"))
        self.inject_button.clicked.connect(lambda: self.inject.emit(self.event_combo.currentData()))
        row.addWidget(self.event_combo, 1)
        row.addWidget(self.inject_button)
        b.addLayout(row)
        self.customer_edit = QLineEdit()
        self.customer_edit.setPlaceholderText(self.tr("Speak as the customer…"))
        self.customer_edit.returnPressed.connect(self._take_over)
        self.customer_button = QPushButton(self.tr("Say as &customer"))
        self.customer_button.clicked.connect(self._take_over)
        row = QHBoxLayout()
        row.addWidget(self.customer_edit, 1)
        row.addWidget(self.customer_button)
        b.addLayout(row)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("A note for the debrief (time-stamped)…"))
        self.notes_edit.setMaximumHeight(90)
        b.addWidget(self.notes_edit)
        self.note_button = QPushButton(self.tr("Add &note"))
        self.note_button.clicked.connect(self._note)
        b.addWidget(self.note_button)
        b.addStretch(1)
        self.end_button = QPushButton(self.tr("&End session and debrief"))
        self.end_button.setStyleSheet("QPushButton:enabled { background:#6a1b9a; color:white; font-weight:700; }")
        self.end_button.clicked.connect(self.end_requested.emit)
        b.addWidget(self.end_button)
        v.addWidget(box)

    def _paused(self, on: bool) -> None:
        self.pause_button.setText(self.tr("&Resume") if on else self.tr("&Pause"))
        self.pause_toggled.emit(on)

    def _take_over(self) -> None:
        text = self.customer_edit.text().strip()
        if text:
            self.customer_edit.clear()
            self.take_over.emit(text)

    def _note(self) -> None:
        text = self.notes_edit.toPlainText().strip()
        if text:
            self.notes_edit.clear()
            self.note.emit(text)
