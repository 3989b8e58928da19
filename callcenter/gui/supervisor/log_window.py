"""The application log of this machine (supervisors and admins): level, time and a text
search; read by ``ops.logs`` off the GUI thread, newest first. The log holds codes and
ids, never personal data (the formatter redacts numbers and emails that slip in)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from callcenter.core.agents import Identity
from callcenter.core.errors import Problem
from callcenter.core.logs import LogEntry
from callcenter.gui import problems
from callcenter.gui.ops import run_op
from callcenter.gui.supervisor.report_tables import fill_table
from callcenter.ops import logs as log_ops


class LogWindow(QMainWindow):
    def __init__(self, identity: Identity, directory: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.identity, self.directory = identity, directory
        self.entries: list[LogEntry] = []
        self._asked = 0
        self.setWindowTitle(self.tr("Application log"))
        self.resize(1000, 600)
        body = QWidget(self)
        self.setCentralWidget(body)
        lay = QVBoxLayout(body)
        bar = QHBoxLayout()
        self.level = QComboBox()
        for code, text in (
            ("DEBUG", self.tr("Debug and above")),
            ("INFO", self.tr("Info and above")),
            ("WARNING", self.tr("Warnings and errors")),
            ("ERROR", self.tr("Errors only")),
        ):
            self.level.addItem(text, code)
        self.level.setCurrentIndex(1)
        self.since = QComboBox()
        for hours, text in (
            (1, self.tr("Last hour")),
            (24, self.tr("Last 24 hours")),
            (24 * 7, self.tr("Last 7 days")),
            (0, self.tr("All")),
        ):
            self.since.addItem(text, hours)
        self.since.setCurrentIndex(1)
        self.search = QLineEdit(placeholderText=self.tr("Search the text"), clearButtonEnabled=True)
        self.reload_button = QPushButton(self.tr("Reload"))
        for label, w in ((self.tr("Level"), self.level), (self.tr("Time"), self.since)):
            bar.addWidget(QLabel(label))
            bar.addWidget(w)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.reload_button)
        lay.addLayout(bar)
        split = QSplitter()
        split.setOrientation(split.orientation().Vertical)
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.detail = QPlainTextEdit(readOnly=True)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([420, 140])
        lay.addWidget(split, 1)
        self.status = QLabel()
        lay.addWidget(self.status)
        self._typed = QTimer(self, singleShot=True, interval=250)
        self._typed.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._typed.start())
        self.level.currentIndexChanged.connect(self.refresh)
        self.since.currentIndexChanged.connect(self.refresh)
        self.reload_button.clicked.connect(self.refresh)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_detail(row))
        self.refresh()

    def refresh(self) -> None:
        hours = self.since.currentData()
        start = datetime.now() - timedelta(hours=hours) if hours else None  # the log writes local time
        identity, level, text, directory = self.identity, self.level.currentData(), self.search.text(), self.directory
        self._asked += 1
        asked = self._asked
        run_op(
            lambda: log_ops.read_log(identity, level, start, None, text, directory),
            lambda done: self._shown(asked, done.value),
            self._failed,
            name="log.read",
            owner=self,
        )

    def _shown(self, asked: int, entries: list[LogEntry]) -> None:
        if asked != self._asked:
            return
        self.entries = entries
        headers = [self.tr("Time"), self.tr("Level"), self.tr("Source"), self.tr("Text")]
        rows = [
            (e.at.strftime("%Y-%m-%d %H:%M:%S"), e.level, e.logger, e.text.splitlines()[0] if e.text else "")
            for e in entries
        ]
        fill_table(self.table, headers, rows, ["t"] * 4, stretch_last=True)
        self.detail.clear()
        self.status.setText(self.tr("%1 entries").replace("%1", str(len(entries))))

    def _show_detail(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self.detail.setPlainText(self.entries[row].text)

    def _failed(self, problem: Problem) -> None:
        self.status.setText(problems.describe(problem))
