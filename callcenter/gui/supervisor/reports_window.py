"""The supervisors' reports: agent activity, queue intervals and dispositions for a range
of days, shown as a table and exported to CSV or XLSX (opened from the console's "Reports"
menu, ``reports_menu``).

Figures come from ``callcenter.ops.reports`` off the GUI thread; the window reads again
when new state changes or call legs are stored here or arrive by sync (``bridge.watch``).
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from callcenter.core.agents import Identity
from callcenter.core.errors import Problem
from callcenter.gui import problems
from callcenter.gui.bridge import watch
from callcenter.gui.ops import run_op
from callcenter.gui.supervisor.report_tables import date_edit, export_failed_text, fill_table, utc_day
from callcenter.ops import reports as report_ops
from callcenter.store.db import Store


class ReportsWindow(QMainWindow):
    def __init__(self, store: Store, identity: Identity, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.identity, self.lang = store, identity, lang
        self.report: report_ops.Report | None = None
        self._asked = 0
        self.setWindowTitle(self.tr("Reports"))
        self.resize(1100, 560)
        body = QWidget(self)
        self.setCentralWidget(body)
        lay = QVBoxLayout(body)
        bar = QHBoxLayout()
        self.kind = QComboBox()
        for key, text in (
            ("agents", self.tr("Agent activity")),
            ("queues", self.tr("Queue intervals")),
            ("dispositions", self.tr("Dispositions")),
        ):
            self.kind.addItem(text, key)
        today = QDate.currentDate()
        self.start = date_edit(today)
        self.end = date_edit(today)
        self.interval = QComboBox()
        for minutes in (15, 30, 60):
            self.interval.addItem(self.tr("%1 min").replace("%1", str(minutes)), minutes)
        self.interval.setCurrentIndex(1)
        self.show_button = QPushButton(self.tr("Show"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.xlsx_button = QPushButton(self.tr("Export XLSX…"))
        for label, w in (
            (self.tr("Report"), self.kind),
            (self.tr("From (UTC)"), self.start),
            (self.tr("To"), self.end),
            (self.tr("Interval"), self.interval),
        ):
            bar.addWidget(QLabel(label))
            bar.addWidget(w)
        bar.addStretch(1)
        for b in (self.show_button, self.csv_button, self.xlsx_button):
            bar.addWidget(b)
        lay.addLayout(bar)
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setVisible(False)
        lay.addWidget(self.table, 1)
        self.status = QLabel()
        lay.addWidget(self.status)
        self.show_button.clicked.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self._kind_changed()
        # New activity here or from other consoles: read again (folded into one read).
        self._again = QTimer(self, singleShot=True, interval=500)
        self._again.timeout.connect(self.refresh)
        watch(store, self, lambda _c: self._again.start(), tables=("agent_state_changes", "call_legs"))
        self.refresh()

    def _kind_changed(self) -> None:
        self.interval.setEnabled(self.kind.currentData() == "queues")

    def refresh(self) -> None:
        start, end = utc_day(self.start.date()), utc_day(self.end.date()) + timedelta(days=1)
        kind, interval = self.kind.currentData(), self.interval.currentData()
        store, identity, lang = self.store, self.identity, self.lang
        self._asked += 1
        asked = self._asked
        self.status.setText(self.tr("Reading…"))
        run_op(
            lambda: report_ops.report(store, identity, kind, start, end, interval, lang),
            lambda rep: self._shown(asked, rep),
            self._failed,
            name="reports.show",
            owner=self,
        )

    def _shown(self, asked: int, rep: report_ops.Report) -> None:
        if asked != self._asked:  # a newer request is on its way
            return
        self.report = rep
        fill_table(self.table, rep.table.headers, rep.table.rows, rep.kinds)
        self.status.setText(
            self.tr("%1 rows. Times in h:mm:ss; days and intervals in UTC.").replace("%1", str(len(rep.table.rows)))
            if rep.table.rows
            else self.tr("Nothing recorded in these days.")
        )

    def _failed(self, problem: Problem) -> None:
        self.status.setText(problems.describe(problem))

    def export(self, kind: str, path: str | None = None) -> None:
        rep = self.report
        if rep is None:
            return
        if path is None:
            pattern = self.tr("CSV files (*.csv)") if kind == "csv" else self.tr("Excel workbooks (*.xlsx)")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"), f"{rep.kind}.{kind}", pattern)
            if not path:
                return
        target = path
        run_op(
            lambda: report_ops.export_report(rep, kind, target),
            lambda written: self.status.setText(self.tr("Saved %1").replace("%1", str(written))),
            lambda problem: self.status.setText(export_failed_text(problem)),
            name="reports.export",
            owner=self,
        )
