"""The agent's retention calls inside the console: a worklist ("My retention calls",
Ctrl+Shift+J) of the calls supervisors assigned from the Customers window, the count due
in the status bar, "Call now" (placed like a callback: an outbound call with the
customer's record popped) and the outcome (kept, lost, no answer).

Nothing polls the store: the list loads once and again when ``retention_calls`` change.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from callcenter.core.calls import Call, CallOffered
from callcenter.core.errors import Problem
from callcenter.core.ids import uuid7
from callcenter.gui import problems
from callcenter.gui.bridge import watch
from callcenter.gui.ops import run_op
from callcenter.gui.problems import describe
from callcenter.gui.tables import read_only_table
from callcenter.ops import retention as ops

log = logging.getLogger(__name__)
DUE_COLOUR = "#6a1b9a"
_WORDS = {
    ("action", "complete_retention_call"): QT_TRANSLATE_NOOP("RetentionWords", "complete a retention call"),
    ("field", "retention_call"): QT_TRANSLATE_NOOP("RetentionWords", "retention call"),
    ("state", "done"): QT_TRANSLATE_NOOP("RetentionWords", "done"),
}


def _word(kind: str) -> Callable[[str], str]:
    def words(name: str) -> str:
        text = _WORDS.get((kind, name))
        return QCoreApplication.translate("RetentionWords", str(text)) if text else ""

    return words


for _kind in ("action", "field", "state"):
    problems.register_words(_kind, _word(_kind))


class RetentionCallsWindow(QWidget):
    """The worklist: due, customer, number, risk when assigned, assigned by, note."""

    def __init__(self, part: ConsoleRetention, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.part = part
        self.setWindowTitle(self.tr("My retention calls"))
        self.resize(820, 360)
        v = QVBoxLayout(self)
        self.summary = QLabel()
        self.table = read_only_table(
            [
                self.tr("Due"),
                self.tr("Customer"),
                self.tr("Number"),
                self.tr("Risk"),
                self.tr("Assigned by"),
                self.tr("Note"),
            ]
        )
        self.table.cellActivated.connect(lambda row, _c: self.part.open_record(self.task(row)))
        self.table.cellDoubleClicked.connect(lambda row, _c: self.part.open_record(self.task(row)))
        buttons = QHBoxLayout()
        self.call_button = QPushButton(self.tr("&Call now"))
        self.kept_button = QPushButton(self.tr("Done: &kept"))
        self.lost_button = QPushButton(self.tr("Done: &lost"))
        self.no_answer_button = QPushButton(self.tr("&No answer (try later)"))
        self.call_button.clicked.connect(lambda: self.part.place(self.task()))
        self.kept_button.clicked.connect(lambda: self.part.complete(self.task(), "kept"))
        self.lost_button.clicked.connect(lambda: self.part.complete(self.task(), "lost"))
        self.no_answer_button.clicked.connect(lambda: self.part.complete(self.task(), "no_answer"))
        for b in (self.call_button, self.kept_button, self.lost_button, self.no_answer_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        v.addWidget(self.summary)
        v.addWidget(self.table, 1)
        v.addLayout(buttons)
        v.addWidget(self.message)
        self.tasks: list[ops.RetentionTask] = []

    def task(self, row: int | None = None) -> ops.RetentionTask | None:
        row = self.table.currentRow() if row is None else row
        return self.tasks[row] if 0 <= row < len(self.tasks) else None

    def show_tasks(self, tasks: list[ops.RetentionTask], now: datetime | None = None) -> None:
        now = now or datetime.now(UTC)
        self.tasks = tasks
        t = self.table
        t.setRowCount(len(tasks))
        due = 0
        for r, task in enumerate(tasks):
            is_due = task.due_at <= now
            due += is_due
            when = task.due_at.astimezone().strftime("%Y-%m-%d %H:%M")
            cells = [
                self.tr("%1 (due now)").replace("%1", when) if is_due else when,
                task.customer_name,
                task.phone or self.tr("no number"),
                str(task.churn_risk),
                task.assigned_by,
                task.note,
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if is_due:
                    item.setForeground(QColor(DUE_COLOUR))
                t.setItem(r, col, item)
        if tasks:
            t.setCurrentCell(0, 0)
        for b in (self.call_button, self.kept_button, self.lost_button, self.no_answer_button):
            b.setEnabled(bool(tasks))
        self.summary.setText(
            self.tr("%1 retention calls scheduled, %2 due now. Double-click one to open the customer.")
            .replace("%1", str(len(tasks)))
            .replace("%2", str(due))
            if tasks
            else self.tr("No retention calls scheduled.")
        )


class ConsoleRetention(QObject):
    """The console part: menu action, status-bar count, the worklist window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.store, self.identity = window.store, window.identity
        self.tasks: list[ops.RetentionTask] = []
        self.list_window: RetentionCallsWindow | None = None
        self.placed: dict[str, str] = {}  # call id -> retention id
        menu = window.add_menu(self.tr("&Retention"))
        action = QAction(self.tr("My &retention calls…"), window)
        action.setShortcut(QKeySequence("Ctrl+Shift+J"))
        action.triggered.connect(self.open_list)
        menu.addAction(action)
        self.label = QLabel()
        self.label.setStyleSheet("padding:1px 6px;")
        window.statusBar().addPermanentWidget(self.label)
        watch(self.store, self, lambda _event: self.load(), tables=ops.RETENTION_TABLES)
        self.load()

    def load(self) -> None:
        store, me = self.store, self.identity
        run_op(
            lambda: ops.my_retention_calls(store, me),
            self._loaded,
            lambda problem: log.warning("retention calls could not be loaded: %s", problem.code),
            name="retention.my_calls",
            owner=self,
        )

    def _loaded(self, tasks: list[ops.RetentionTask]) -> None:
        self.tasks = tasks
        due = sum(1 for t in tasks if t.due_at <= datetime.now(UTC))
        self.label.setText(self.tr("Retention calls: %1 due").replace("%1", str(due)) if tasks else "")
        self.label.setVisible(bool(tasks))
        if self.list_window is not None:
            self.list_window.show_tasks(tasks)

    def open_list(self) -> RetentionCallsWindow:
        if self.list_window is None:
            self.list_window = RetentionCallsWindow(self, self.window)
        self.list_window.show_tasks(self.tasks)
        self.list_window.show()
        self.list_window.raise_()
        return self.list_window

    def open_record(self, task: ops.RetentionTask | None) -> None:
        if task is not None:
            self.window.show_customer(task.customer_id, "retention")

    def place(self, task: ops.RetentionTask | None) -> Call | None:
        """Ring this console with the retention call as an outbound call (like a due callback);
        when the call source cannot place calls, or the agent is busy, the record opens instead."""
        if task is None:
            return None
        c = self.window.controller
        bus = getattr(self.window.source, "bus", None)
        if bus is None or not hasattr(self.window.source, "ring") or not c.sm.can_take_call():
            self.open_record(task)
            self._say(
                self.tr("Call %1 from the record (the console cannot place the call now).").replace(
                    "%1", task.phone or self.tr("no number")
                )
            )
            return None
        call = Call(call_id=uuid7(), ani=task.phone, queue_code="", direction="outbound", customer_id=task.customer_id)
        self.placed[call.call_id] = task.retention_id
        bus.publish(CallOffered(self.identity.user_id, call))
        self._say(self.tr("Retention call to %1: answer to place the call.").replace("%1", task.customer_name))
        return call

    def complete(self, task: ops.RetentionTask | None, outcome: str) -> None:
        if task is None:
            return
        store, me = self.store, self.identity
        run_op(
            lambda: ops.complete_retention_call(store, me, task.retention_id, outcome),
            lambda _done: self._say(
                self.tr("Retention call to %1 marked done.").replace("%1", task.customer_name)
                if outcome != "no_answer"
                else self.tr("No answer: the retention call to %1 comes back in 4 hours.").replace(
                    "%1", task.customer_name
                )
            ),
            self._failed,
            name="retention.complete",
            write=True,
            owner=self,
        )

    def _failed(self, problem: Problem) -> None:
        self._say(describe(problem))

    def _say(self, text: str) -> None:
        if self.list_window is not None:
            self.list_window.message.setText(text)
        self.window.statusBar().showMessage(text, 10000)
