"""What the administration window's tabs share: a list on the left, an editor beside it,
New / Save and a message line; saves run as ops and refusals are said in words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callcenter.core.errors import Problem
from callcenter.gui.admin.admin_words import explain
from callcenter.gui.ops import run_op


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _fill(table: QTableWidget, rows: list[list[str]], ids: list[str]) -> None:
    current = table.currentRow()
    table.setRowCount(len(rows))
    for r, (values, row_id) in enumerate(zip(rows, ids, strict=True)):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, row_id)
            table.setItem(r, c, item)
    if 0 <= current < len(rows):
        table.selectRow(current)


class _Tab(QWidget):
    """A list on the left, an editor form on the right, New / Save and a message line."""

    def __init__(self, window: Any, headers: list[str]):  # an AdminWindow
        super().__init__()
        self.window_ = window
        self.table = _table(headers)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.new_button = QPushButton(QCoreApplication.translate("AdminWindow", "New"))
        self.save_button = QPushButton(QCoreApplication.translate("AdminWindow", "Save"))
        self.save_button.setDefault(True)
        self.editing: str | None = None  # the row id being edited; None: a new one
        editor = QVBoxLayout()
        editor.addLayout(self.form)
        self.extra = QVBoxLayout()
        editor.addLayout(self.extra)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        editor.addLayout(buttons)
        editor.addWidget(self.message)
        editor.addStretch(1)
        h = QHBoxLayout(self)
        h.addWidget(self.table, 3)
        box = QWidget()
        box.setLayout(editor)
        h.addWidget(box, 2)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.table.itemSelectionChanged.connect(self._picked)

    def selected_id(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _picked(self) -> None:
        row_id = self.selected_id()
        if row_id is not None:
            self.editing = row_id
            self.message.clear()
            self.show_row(row_id)

    def start_new(self) -> None:
        self.table.clearSelection()
        self.editing = None
        self.message.clear()
        self.clear_form()

    def run_save(self, fn: Callable[[], Any], name: str) -> None:
        def done(done: Any) -> None:
            self.editing = done.value
            self.message.setStyleSheet("color:#2e7d32;")
            self.message.setText(QCoreApplication.translate("AdminWindow", "Saved."))
            self.window_.refresh()

        run_op(fn, done, self.failed, name=name, write=True, owner=self)

    def failed(self, problem: Problem) -> None:
        self.message.setStyleSheet("color:#b71c1c;")
        self.message.setText(explain(problem))

    # overridden
    def show_row(self, row_id: str) -> None: ...
    def clear_form(self) -> None: ...
    def save(self) -> None: ...


def _names(form: QFormLayout) -> tuple[QLineEdit, QLineEdit, QLineEdit, QCheckBox]:
    code, en, zh = QLineEdit(), QLineEdit(), QLineEdit()
    active = QCheckBox(QCoreApplication.translate("AdminWindow", "In use"))
    active.setChecked(True)
    form.addRow(QCoreApplication.translate("AdminWindow", "Code:"), code)
    form.addRow(QCoreApplication.translate("AdminWindow", "Name (English):"), en)
    form.addRow(QCoreApplication.translate("AdminWindow", "Name (Chinese):"), zh)
    form.addRow("", active)
    return code, en, zh, active
