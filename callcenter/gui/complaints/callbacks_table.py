"""The agent's follow-up callbacks as a table ("My cases and callbacks"): when each is due,
whom to call on which number, the case and the note. Double-click or Enter opens the case;
"Call back now" dials the selected one (the console places the call, refusing do-not-call)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from callcenter.gui.tables import read_only_table
from callcenter.ops import complaints as ops

DUE_COLOUR = "#ad1457"


class CallbacksTable(QWidget):
    case_opened = Signal(str)  # complaint id
    call_requested = Signal(str)  # callback id: the agent asked to ring the customer back now

    def __init__(self, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        v = QVBoxLayout(self)
        self.summary = QLabel()
        self.table = read_only_table(
            [self.tr("Due"), self.tr("Customer"), self.tr("Number"), self.tr("Case"), self.tr("Note")]
        )
        self.table.cellActivated.connect(self._open)
        self.table.cellDoubleClicked.connect(self._open)
        self.call_button = QPushButton(self.tr("Call back now"))
        self.call_button.setEnabled(False)
        self.call_button.clicked.connect(self._call)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.call_button)
        v.addLayout(top)
        v.addWidget(self.table, 1)
        self.complaint_ids: list[str] = []
        self.callback_ids: list[str] = []
        self.callable_rows: set[int] = set()  # rows with a number to ring

    def show_callbacks(self, callbacks: list[ops.DueCallback], now: datetime | None = None) -> None:
        now = now or datetime.now(UTC)
        t = self.table
        t.setRowCount(len(callbacks))
        self.complaint_ids = [c.complaint_id for c in callbacks]
        self.callback_ids = [c.callback_id for c in callbacks]
        self.callable_rows = {r for r, c in enumerate(callbacks) if c.phone}
        due = 0
        for r, c in enumerate(callbacks):
            is_due = c.due_at <= now
            due += is_due
            when = c.due_at.astimezone().strftime("%Y-%m-%d %H:%M")
            cells = [
                self.tr("%1 (due now)").replace("%1", when) if is_due else when,
                c.customer_name,
                c.phone or self.tr("no number"),
                c.case_no,
                c.note,
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if is_due:
                    item.setForeground(QColor(DUE_COLOUR))
                t.setItem(r, col, item)
        if callbacks:
            t.setCurrentCell(0, 0)
        self._selection_changed()
        self.summary.setText(
            self.tr("%1 callbacks scheduled, %2 due now. Double-click one to open its case.")
            .replace("%1", str(len(callbacks)))
            .replace("%2", str(due))
            if callbacks
            else self.tr("No callbacks scheduled.")
        )

    def _open(self, row: int, _column: int = 0) -> None:
        if 0 <= row < len(self.complaint_ids):
            self.case_opened.emit(self.complaint_ids[row])

    def _selection_changed(self) -> None:
        self.call_button.setEnabled(self.table.currentRow() in self.callable_rows)

    def _call(self) -> None:
        row = self.table.currentRow()
        if row in self.callable_rows:
            self.call_requested.emit(self.callback_ids[row])
