"""Complaint figures: volume, Pareto, KPI tiles, the recovery effect, and export.

The figures load off the GUI thread (``ops.complaint_reports.figures``) and the export
writes its files off it too; a file that cannot be written is said in the user's words.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callcenter.core.complaints import ExportError
from callcenter.core.errors import Problem
from callcenter.gui.names import export_problem
from callcenter.gui.ops import run_op
from callcenter.gui.problems import describe
from callcenter.ops import complaint_reports as reports

UTC = UTC
RANGES = (("90d", 90, "week"), ("12m", 365, "month"), ("all", None, "month"))


def _chart_view(chart: QChart) -> QChartView:
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(240)
    return view


def _all_periods(periods: list[str]) -> list[str]:
    """Months (``YYYY-MM``) from the first to the last, those with no complaint too."""
    if len(periods) < 2 or not all(len(p) == 7 and p[4] == "-" for p in periods):
        return periods
    (y, m), (y1, m1) = (int(periods[0][:4]), int(periods[0][5:])), (int(periods[-1][:4]), int(periods[-1][5:]))
    out = []
    while (y, m) <= (y1, m1):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _period_labels(periods: list[str]) -> list[str]:
    """A month as its number over the year (the year only where it changes), at most about
    twelve labelled so that they fit side by side; other periods wrapped. Labels stay unique
    (invisible marks), or the axis would merge their bars."""
    if not all(len(p) == 7 and p[4] == "-" for p in periods):
        return _wrapped(periods)
    step = max(1, math.ceil(len(periods) / 12))
    labels, year = [], ""
    for i, p in enumerate(periods):
        mark = "\u200b" * i
        if i % step or (i == 0 and step > 1):  # crowded: the first month's label would fall off the edge
            labels.append(mark)
            continue
        # The year under each January (not under the first month: a wide label there is dropped).
        labels.append(f"{p[5:]}<br>{p[:4]}{mark}" if p[:4] != year and i else f"{p[5:]}<br>{mark}")
        year = p[:4]
    return labels


def _hyphenated(word: str, width: int) -> list[str]:
    """A word longer than a line, in pieces that end with a hyphen."""
    if len(word) <= width or not word.isascii():
        return [word]
    cut = width - 1
    return [word[:cut] + "-", *_hyphenated(word[cut:], width)]


def _wrapped(labels: list[str], width: int = 12) -> list[str]:
    """Long labels broken into lines at spaces (Chinese every ``width // 2`` characters)."""
    out = []
    for label in labels:
        words, lines, line = label.split(" "), [], ""
        if len(words) == 1 and len(label) > width // 2 and not label.isascii():  # Chinese: even lines
            chunk = math.ceil(len(label) / math.ceil(len(label) / (width // 2)))
            lines = [label[i : i + chunk] for i in range(0, len(label), chunk)]
        else:
            for word in [w for long in words for w in _hyphenated(long, width)]:
                if line and len(line) + 1 + len(word) > width:
                    lines.append(line)
                    line = word
                else:
                    line = f"{line} {word}" if line else word
            lines.append(line)
        out.append("<br>".join(lines))
    return out


class FiguresPanel(QWidget):
    loaded = Signal()  # the figures on screen changed (tests wait for it)
    exported = Signal(bool)  # an export finished: written or not

    def __init__(self, store, lang: str, parent=None, identity=None):
        super().__init__(parent)
        self.store, self.lang, self.identity = store, lang, identity
        self.figures: reports.Figures | None = None
        self._loading = 0
        v = QVBoxLayout(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period:")))
        self.range = QComboBox()
        for key, label in zip(
            (r[0] for r in RANGES), (self.tr("Last 90 days"), self.tr("Last 12 months"), self.tr("All time"))
        ):
            self.range.addItem(label, key)
        self.range.setCurrentIndex(1)
        self.range.currentIndexChanged.connect(self.refresh)
        top.addWidget(self.range)
        self.status = QLabel()
        top.addWidget(self.status, 1)
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.xlsx_button = QPushButton(self.tr("Export XLSX…"))
        self.csv_button.clicked.connect(lambda: self._export("csv"))
        self.xlsx_button.clicked.connect(lambda: self._export("xlsx"))
        for b in (self.csv_button, self.xlsx_button):
            b.setEnabled(False)
            top.addWidget(b)
        v.addLayout(top)

        tiles = QHBoxLayout()
        self.tiles: dict[str, QLabel] = {}
        for key, title in (
            ("ack", self.tr("Median time to acknowledge\n(business hours)")),
            ("resolve", self.tr("Median time to resolve\n(business hours)")),
            ("breach", self.tr("Breach rate")),
            ("reopen", self.tr("Reopen rate")),
        ):
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            fv = QVBoxLayout(frame)
            caption = QLabel(title)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            value = QLabel("–")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            value.setStyleSheet("font-size: 20pt; font-weight: bold;")
            fv.addWidget(caption)
            fv.addWidget(value)
            self.tiles[key] = value
            tiles.addWidget(frame)
        v.addLayout(tiles)

        grid = QGridLayout()
        self.volume_chart = QChart()
        self.volume_chart.setTitle(self.tr("Complaints by category"))
        self.pareto_chart = QChart()
        self.pareto_chart.setTitle(self.tr("Root causes (Pareto)"))
        grid.addWidget(_chart_view(self.volume_chart), 0, 0)
        grid.addWidget(_chart_view(self.pareto_chart), 0, 1)
        v.addLayout(grid, 1)

        v.addWidget(
            QLabel(
                self.tr(
                    "Recovery effect: customers whose complaint was resolved against customers who never complained"
                )
            )
        )
        self.recovery = QTableWidget(0, 4)
        self.recovery.setHorizontalHeaderLabels(
            [
                self.tr("Customers"),
                self.tr("Mean satisfaction (1-5)"),
                self.tr("Bought again within 90 days"),
                self.tr("Customers counted"),
            ]
        )
        self.recovery.horizontalHeader().setStretchLastSection(True)
        self.recovery.verticalHeader().setVisible(False)
        self.recovery.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.recovery.setMaximumHeight(110)
        v.addWidget(self.recovery)

    # -- loading ------------------------------------------------------------------------
    def _range(self) -> tuple[datetime | None, str]:
        _key, days, period = RANGES[max(0, self.range.currentIndex())]
        start = datetime.now(UTC) - timedelta(days=days) if days else None
        return start, period

    def refresh(self) -> None:
        """Load the figures for the chosen range off the GUI thread."""
        start, period = self._range()
        self._loading += 1
        ticket = self._loading
        self.status.setText(self.tr("Loading…"))
        store, lang, me = self.store, self.lang, self.identity
        run_op(
            lambda: reports.figures(store, me, start, None, lang, period),
            lambda figures: self._show(ticket, figures),
            lambda problem: self._failed(ticket, problem),
            name="complaints.figures",
            owner=self,
        )

    def _failed(self, ticket: int, problem: Problem) -> None:
        if ticket == self._loading:
            self.status.setText(self.tr("The figures could not be loaded: %1").replace("%1", describe(problem)))

    def _show(self, ticket: int, f: reports.Figures) -> None:
        if ticket != self._loading:
            return  # an older request finished after a newer one
        self.figures = f
        self.status.setText(self.tr("%n complaint(s)", "", f.cases))
        hours = lambda s: "–" if s.median is None else self.tr("%1 h").replace("%1", f"{s.median:.1f}")  # noqa: E731
        share = lambda r: "–" if r.value is None else f"{r.value * 100:.1f} %"  # noqa: E731
        self.tiles["ack"].setText(hours(f.times[("acknowledge", "business_hours")]))
        self.tiles["resolve"].setText(hours(f.times[("resolve", "business_hours")]))
        self.tiles["breach"].setText(share(f.breach))
        self.tiles["reopen"].setText(share(f.reopen))
        self._show_volume(f)
        self._show_pareto(f)
        self._show_recovery(f)
        for b in (self.csv_button, self.xlsx_button):
            b.setEnabled(True)
        self.loaded.emit()

    @staticmethod
    def _clear(chart: QChart) -> None:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)

    def _show_volume(self, f: reports.Figures) -> None:
        chart = self.volume_chart
        self._clear(chart)
        periods = _all_periods(sorted({p for p, _, _ in f.volume}))
        categories = sorted({c for _, c, _ in f.volume})
        counts = {(p, c): n for p, c, n in f.volume}
        series = QStackedBarSeries()
        for cat in categories:
            bar = QBarSet(cat)
            bar.append([float(counts.get((p, cat), 0)) for p in periods])
            series.append(bar)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(_period_labels(periods))  # every month shown, none dropped at the edges
        x.setTitleText(f"{periods[0]} – {periods[-1]}" if len(periods) > 1 else "")
        x.setLabelsAngle(0)
        x.setTruncateLabels(False)
        top = max((sum(counts.get((p, c), 0) for c in categories) for p in periods), default=0)
        y = _count_axis(top)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)

    def _show_pareto(self, f: reports.Figures) -> None:
        chart = self.pareto_chart
        self._clear(chart)
        labels = [label for _, label, _, _, _ in f.pareto]
        bars = QBarSet(self.tr("Cases"))
        bars.append([float(n) for _, _, n, _, _ in f.pareto])
        series = QBarSeries()
        series.append(bars)
        line = QLineSeries()
        line.setName(self.tr("Cumulative %"))
        for i, (_, _, _, _, cum) in enumerate(f.pareto):
            line.append(i, cum * 100)
        chart.addSeries(series)
        chart.addSeries(line)
        x = QBarCategoryAxis()
        x.append(_wrapped(labels, 10))  # on lines of their own, level: none overlap or fall off the ends
        x.setLabelsAngle(0)
        font = x.labelsFont()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        x.setLabelsFont(font)
        x.setTruncateLabels(False)
        y = _count_axis(max([0] + [n for _, _, n, _, _ in f.pareto]))
        y2 = QValueAxis()
        y2.setRange(0, 100)
        y2.setLabelFormat("%d%%")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(y2, Qt.AlignmentFlag.AlignRight)
        series.attachAxis(x)
        series.attachAxis(y)
        line.attachAxis(x)
        line.attachAxis(y2)

    def _show_recovery(self, f: reports.Figures) -> None:
        names = {"resolved_complainers": self.tr("Complaint resolved"), "never_complained": self.tr("Never complained")}
        self.recovery.setRowCount(len(f.recovery))
        for row, g in enumerate(f.recovery):
            csat = (
                "–"
                if g.csat_mean is None
                else self.tr("%1 (%2 answers)").replace("%1", f"{g.csat_mean:.2f}").replace("%2", str(g.csat_n))
            )
            repeat = "–" if g.repeat_share is None else f"{g.repeat_share * 100:.1f} %"
            for col, text in enumerate((names.get(g.group, g.group), csat, repeat, str(g.customers))):
                self.recovery.setItem(row, col, QTableWidgetItem(text))
        self.recovery.resizeColumnsToContents()

    # -- export ---------------------------------------------------------------------------
    def _ask_path(self, kind: str) -> str:
        if kind == "csv":
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the figures as CSV"), "complaint-figures.csv", self.tr("CSV files (*.csv)")
            )
        else:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the figures as XLSX"),
                "complaint-figures.xlsx",
                self.tr("Excel workbooks (*.xlsx)"),
            )
        return path

    def _export(self, kind: str) -> None:
        path = self._ask_path(kind)
        if path:
            self.export_to(kind, path)

    def export_to(self, kind: str, path: str) -> bool:
        """Write the tables on screen (off the GUI thread); ``exported`` says whether they were
        written, and a failure is said in a message box. True when the export was started."""
        if self.figures is None:
            return False
        tables = self.figures.tables
        run_op(
            lambda: reports.export_figures(tables, kind, path),
            self._exported,
            self._export_failed,
            name="complaints.export_figures",
            owner=self,
        )
        return True

    def _exported(self, _paths) -> None:
        self.status.setText(self.tr("Saved."))
        self.exported.emit(True)

    def _export_failed(self, problem: Problem) -> None:
        text = export_problem(problem) if isinstance(problem, ExportError) else describe(problem)
        QMessageBox.warning(self, self.tr("Export failed"), text)
        self.exported.emit(False)


def _count_axis(top: int) -> QValueAxis:
    """A whole-number axis whose ticks fall on whole numbers (0..top, rounded up to a nice step)."""
    step = next(
        s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10**4, 10**5, 10**6) if top / s <= 8
    )
    end = max(step, -(-top // step) * step)
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setRange(0, end)
    axis.setTickCount(end // step + 1)
    return axis
