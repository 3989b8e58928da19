"""The administration window's complaint-rule pages: deadlines per severity and recovery
approval limits per role.

Each page is the list (what the site holds, the product's default where it holds nothing)
and an editor under it for the picked line. Admins save through ``ops.admin`` (audited);
supervisors see the same page read-only. The window reads and repaints them with the rest
of the reference data, so a change made on another console arrives by sync on its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callcenter.core.errors import Problem
from callcenter.core.money import format_minor, minor_digits
from callcenter.gui.admin.admin_words import explain
from callcenter.gui.names import recovery_kind_name, severity_name
from callcenter.gui.ops import run_op
from callcenter.ops import admin as admin_ops


def role_name(role: str) -> str:
    return {
        "agent": QCoreApplication.translate("ComplaintRulesTab", "Agent"),
        "supervisor": QCoreApplication.translate("ComplaintRulesTab", "Supervisor"),
        "manager": QCoreApplication.translate("ComplaintRulesTab", "Manager (administrators)"),
    }.get(role, role)


def kind_name(kind: str) -> str:
    return (
        QCoreApplication.translate("ComplaintRulesTab", "Case total")
        if kind == "case_total"
        else recovery_kind_name(kind)
    )


class _RulesTab(QWidget):
    """A list, an editor form under it, Save and a message line; read-only unless ``editable``."""

    def __init__(self, window: Any, headers: list[str], note: str):
        super().__init__()
        self.window_ = window
        self.editable = bool(getattr(window, "is_admin", False))
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.form = QFormLayout()
        self.note = QLabel(
            note
            if self.editable
            else QCoreApplication.translate("ComplaintRulesTab", "Only an administrator may change these.")
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color:#555;")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(QCoreApplication.translate("ComplaintRulesTab", "Save"))
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.save_button.setVisible(self.editable)
        v = QVBoxLayout(self)
        v.addWidget(self.note)
        v.addWidget(self.table, 3)
        v.addLayout(self.form)
        h = QHBoxLayout()
        h.addStretch(1)
        h.addWidget(self.save_button)
        v.addLayout(h)
        v.addWidget(self.message)
        self.save_button.clicked.connect(self.save)
        self.table.itemSelectionChanged.connect(self._picked)

    def _fill(self, rows: list[list[str]]) -> None:
        current = self.table.currentRow()
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, r)
                self.table.setItem(r, c, item)
        if 0 <= current < len(rows):
            self.table.selectRow(current)

    def _picked(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.message.clear()
            self.show_row(row)
            self.save_button.setEnabled(self.editable)

    def run_save(self, fn: Callable[[], Any], name: str) -> None:
        def done(_done: Any) -> None:
            self.message.setStyleSheet("color:#2e7d32;")
            self.message.setText(QCoreApplication.translate("ComplaintRulesTab", "Saved."))
            self.window_.refresh()

        def failed(problem: Problem) -> None:
            self.message.setStyleSheet("color:#b71c1c;")
            self.message.setText(explain(problem))

        run_op(fn, done, failed, name=name, write=True, owner=self)

    def _hours(self) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setDecimals(2)
        box.setRange(0.0, 8760.0)
        box.setSingleStep(1.0)
        box.setSuffix(QCoreApplication.translate("ComplaintRulesTab", " business hours"))
        box.setEnabled(self.editable)
        return box

    # overridden
    def show_row(self, row: int) -> None: ...
    def save(self) -> None: ...


class DeadlinesTab(_RulesTab):
    """Complaint deadlines per severity: first response and resolution, in business hours."""

    def __init__(self, window: Any):
        super().__init__(
            window,
            [
                QCoreApplication.translate("ComplaintRulesTab", "Severity"),
                QCoreApplication.translate("ComplaintRulesTab", "First response"),
                QCoreApplication.translate("ComplaintRulesTab", "Resolution"),
                QCoreApplication.translate("ComplaintRulesTab", "Set by"),
            ],
            QCoreApplication.translate(
                "ComplaintRulesTab",
                "Counted in business hours (Monday to Friday, 9:00 to 17:00). New complaints get the new "
                "deadlines; open cases keep their due times until they are re-assessed or reopened.",
            ),
        )
        self.rows: list[admin_ops.DeadlineRow] = []
        self.first_response, self.resolution = self._hours(), self._hours()
        self.severity = QLabel()
        self.form.addRow(QCoreApplication.translate("ComplaintRulesTab", "Severity:"), self.severity)
        self.form.addRow(QCoreApplication.translate("ComplaintRulesTab", "First response within:"), self.first_response)
        self.form.addRow(QCoreApplication.translate("ComplaintRulesTab", "Resolution within:"), self.resolution)

    def show_deadlines(self, rows: list[admin_ops.DeadlineRow]) -> None:
        self.rows = rows

        def hours(minutes: int) -> str:
            return QCoreApplication.translate("ComplaintRulesTab", "%1 h").replace("%1", f"{minutes / 60:g}")

        self._fill(
            [
                [
                    severity_name(r.severity),
                    hours(r.first_response_minutes),
                    hours(r.resolution_minutes),
                    QCoreApplication.translate("ComplaintRulesTab", "site")
                    if r.id
                    else QCoreApplication.translate("ComplaintRulesTab", "default"),
                ]
                for r in rows
            ]
        )
        if 0 <= self.table.currentRow() < len(rows) and not self.first_response.hasFocus():
            self.show_row(self.table.currentRow())

    def show_row(self, row: int) -> None:
        r = self.rows[row]
        self.severity.setText(severity_name(r.severity))
        self.first_response.setValue(r.first_response_minutes / 60)
        self.resolution.setValue(r.resolution_minutes / 60)

    def save(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        store, actor, severity = self.window_.store, self.window_.identity, self.rows[row].severity
        first, resolve = round(self.first_response.value() * 60), round(self.resolution.value() * 60)
        self.run_save(
            lambda: admin_ops.save_complaint_deadline(store, actor, severity, first, resolve),
            "admin.save_complaint_deadline",
        )


class LimitsTab(_RulesTab):
    """Recovery approval limits per approval role and kind of action (and the case total), per
    currency: a limit judges only cases in its currency. The site's currency shows first; the
    chooser offers the currencies its customers are billed in."""

    def __init__(self, window: Any):
        super().__init__(
            window,
            [
                QCoreApplication.translate("ComplaintRulesTab", "Role"),
                QCoreApplication.translate("ComplaintRulesTab", "Kind"),
                QCoreApplication.translate("ComplaintRulesTab", "Without escalation up to"),
                QCoreApplication.translate("ComplaintRulesTab", "Set by"),
            ],
            QCoreApplication.translate(
                "ComplaintRulesTab",
                "The most each role may propose or approve without a higher approval, for cases in the "
                "chosen currency. Administrators approve as managers. Apologies and callbacks need no money "
                "and no limit.",
            ),
        )
        self.all_rows: list[admin_ops.LimitRow] = []
        self.rows: list[admin_ops.LimitRow] = []
        self.currency = QComboBox()
        self.currency.setToolTip(
            QCoreApplication.translate(
                "ComplaintRulesTab", "Limits are set per currency: cases are judged by the limits in their own."
            )
        )
        self.currency.currentIndexChanged.connect(lambda _i: self._show_currency())
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("ComplaintRulesTab", "Currency:")))
        top.addWidget(self.currency)
        top.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(1, top)
        self.what = QLabel()
        self.amount = QDoubleSpinBox()
        self.amount.setRange(0.0, 1e10)
        self.amount.setEnabled(self.editable)
        self.form.addRow(QCoreApplication.translate("ComplaintRulesTab", "Limit:"), self.what)
        self.form.addRow(QCoreApplication.translate("ComplaintRulesTab", "Amount:"), self.amount)

    def show_limits(self, rows: list[admin_ops.LimitRow]) -> None:
        self.all_rows = rows
        currencies = list(dict.fromkeys(r.currency for r in rows))  # the site's first, as the op orders them
        chosen = self.currency.currentText()
        if [self.currency.itemText(i) for i in range(self.currency.count())] != currencies:
            self.currency.blockSignals(True)
            self.currency.clear()
            self.currency.addItems(currencies)
            self.currency.setCurrentIndex(max(0, currencies.index(chosen)) if chosen in currencies else 0)
            self.currency.blockSignals(False)
        self._show_currency()

    def _show_currency(self) -> None:
        code = self.currency.currentText()
        rows = [r for r in self.all_rows if r.currency == code]
        # another currency chosen (or the first fill): the editor shows the new row, typed or not
        changed = bool(rows) and (not self.rows or rows[0].currency != self.rows[0].currency)
        self.rows = rows
        self._fill(
            [
                [
                    role_name(r.role),
                    kind_name(r.kind),
                    format_minor(r.amount_minor, r.currency),
                    QCoreApplication.translate("ComplaintRulesTab", "site")
                    if r.id
                    else QCoreApplication.translate("ComplaintRulesTab", "default"),
                ]
                for r in rows
            ]
        )
        if 0 <= self.table.currentRow() < len(rows) and (changed or not self.amount.hasFocus()):
            self.show_row(self.table.currentRow())

    def show_row(self, row: int) -> None:
        r = self.rows[row]
        digits = minor_digits(r.currency)
        self.what.setText(f"{role_name(r.role)} · {kind_name(r.kind)}")
        self.amount.setDecimals(digits)
        self.amount.setSuffix(f" {r.currency}")
        self.amount.setValue(r.amount_minor / 10**digits)

    def save(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        r = self.rows[row]
        amount = round(self.amount.value() * 10 ** minor_digits(r.currency))
        store, actor = self.window_.store, self.window_.identity
        self.run_save(
            lambda: admin_ops.save_approval_limit(store, actor, r.role, r.kind, amount, r.currency),
            "admin.save_approval_limit",
        )
