"""The Customers window's Satisfaction tab: CSAT and NPS per queue, agent or customer
segment (the RFM segment) as a table, and the chosen row's months as a simple chart."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from callcenter.gui import analytics_words as words
from callcenter.gui.ops import run_op
from callcenter.gui.problems import describe
from callcenter.gui.tables import read_only_table

CSAT_COLOUR, NPS_COLOUR = "#2e7d32", "#1565c0"


class TrendChart(QWidget):
    """Average CSAT (1–5, left scale) and NPS (−100…100, right scale) month by month."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.months: list[str] = []
        self.csat: list[float | None] = []
        self.nps: list[float | None] = []
        self.setMinimumHeight(220)

    def set_series(self, months: list[str], csat: list[float | None], nps: list[float | None]) -> None:
        self.months, self.csat, self.nps = months, csat, nps
        self.update()

    def paintEvent(self, _event: Any) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        m = 44
        w, h = self.width() - 2 * m, self.height() - 2 * m
        p.setPen(QPen(self.palette().mid().color(), 1))
        p.drawRect(m, m, w, h)
        p.drawText(QPointF(4, m + 4), "5")
        p.drawText(QPointF(4, m + h + 4), "1")
        p.drawText(QPointF(m + w + 6, m + 4), "100")
        p.drawText(QPointF(m + w + 6, m + h + 4), "-100")
        p.setPen(QPen(QColor(CSAT_COLOUR), 1))
        p.drawText(QPointF(m, m - 8), self.tr("Average CSAT"))
        p.setPen(QPen(QColor(NPS_COLOUR), 1))
        p.drawText(QPointF(m + w - 40, m - 8), self.tr("NPS"))
        n = len(self.months)
        if n == 0:
            p.end()
            return

        def x(i: int) -> float:
            return m + (w * (i + 0.5) / n)

        p.setPen(QPen(self.palette().text().color(), 1))
        step = max(1, n // 8)
        for i in range(0, n, step):
            p.drawText(QPointF(x(i) - 20, m + h + 18), self.months[i])
        for values, colour, low, high in ((self.csat, CSAT_COLOUR, 1.0, 5.0), (self.nps, NPS_COLOUR, -100.0, 100.0)):
            p.setPen(QPen(QColor(colour), 2))
            pts = [
                QPointF(x(i), m + h * (1 - (v - low) / (high - low))) if v is not None else None
                for i, v in enumerate(values)
            ]
            for a, b in zip(pts, pts[1:], strict=False):
                if a is not None and b is not None:
                    p.drawLine(a, b)
            for pt in pts:
                if pt is not None:
                    p.drawEllipse(pt, 2.5, 2.5)
        p.end()


class SatisfactionPanel(QWidget):
    def __init__(self, store: Any, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.lang = store, lang
        self.trends: Any = None
        v = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("By")))
        self.by = QComboBox()
        self.by.addItem(self.tr("Queue"), "queue")
        self.by.addItem(self.tr("Agent"), "agent")
        self.by.addItem(self.tr("Customer segment"), "segment")
        self.by.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(self.by)
        self.summary = QLabel()
        top.addWidget(self.summary, 1)
        v.addLayout(top)
        self.table = read_only_table(
            [
                self.tr("Group"),
                self.tr("CSAT answers"),
                self.tr("Average CSAT"),
                self.tr("Satisfied (4–5)"),
                self.tr("NPS answers"),
                self.tr("NPS"),
            ]
        )
        self.table.currentCellChanged.connect(lambda row, _c, _pr, _pc: self._chart(row))
        v.addWidget(self.table, 1)
        self.chart_title = QLabel()
        v.addWidget(self.chart_title)
        self.chart = TrendChart()
        v.addWidget(self.chart, 1)

    def refresh(self) -> None:
        from callcenter.ops import surveys as ops

        by = self.by.currentData()
        run_op(
            lambda: ops.satisfaction_trends(self.store, by),
            self._show,
            self._failed,
            name="satisfaction_trends",
            owner=self,
        )

    def _failed(self, problem: Any) -> None:
        self.summary.setText(describe(problem))

    def group_name(self, row: Any) -> str:
        if self.trends is not None and self.trends.by == "segment":
            return words.segment_name(row.key) if row.key in words.SEGMENTS else words.tier_name(row.key)
        name = row.name_zh if self.lang.startswith("zh") else row.name_en
        return name or self.tr("(none)")

    def _show(self, trends: Any) -> None:
        self.trends = trends
        t = self.table
        t.setRowCount(len(trends.rows))

        def num(value: float | None, fmt: str) -> str:
            return "—" if value is None else fmt.format(value)

        for r, row in enumerate(trends.rows):
            cells = [
                self.group_name(row),
                str(row.csat.answers),
                num(row.csat.mean, "{:.2f}"),
                num(None if row.csat.satisfied_share is None else 100 * row.csat.satisfied_share, "{:.0f} %"),
                str(row.nps.answers),
                num(row.nps.nps, "{:+.0f}"),
            ]
            for c, text in enumerate(cells):
                t.setItem(r, c, QTableWidgetItem(text))
        t.resizeColumnsToContents()
        answers = sum(r.csat.answers + r.nps.answers for r in trends.rows)
        self.summary.setText(
            self.tr("%1 survey answers").replace("%1", f"{answers:,}") if answers else self.tr("No survey answers yet.")
        )
        if trends.rows:
            t.setCurrentCell(0, 0)
            self._chart(0)
        else:
            self.chart_title.setText("")
            self.chart.set_series([], [], [])

    def _chart(self, row: int) -> None:
        if self.trends is None or not 0 <= row < len(self.trends.rows):
            return
        group = self.trends.rows[row]
        months = self.trends.monthly.get(group.key, [])
        self.chart_title.setText(self.tr("Month by month: %1").replace("%1", self.group_name(group)))
        by_month = dict(months)
        span = month_span([m for m, _ in months])  # months without answers stay gaps
        self.chart.set_series(
            span,
            [by_month[m].csat.mean if m in by_month else None for m in span],
            [by_month[m].nps.nps if m in by_month else None for m in span],
        )


def month_span(months: list[str]) -> list[str]:
    """Every month from the first to the last ("YYYY-MM"), in order."""
    if not months:
        return []
    first, last = min(months), max(months)
    y, m = int(first[:4]), int(first[5:7])
    out: list[str] = []
    while f"{y:04d}-{m:02d}" <= last and len(out) < 600:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out
