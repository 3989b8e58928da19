"""Charts of the day: service level and calls waiting, arrivals against the forecast."""

from __future__ import annotations

import math

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget


def _chart(title: str) -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.setTitle(title)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(chart.margins() * 0)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # the board repaints every second
    view.setMinimumHeight(180)
    return chart, view


class BoardCharts(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        self.queue = ""
        self.sl_chart, sl_view = _chart(self.tr("Service level (30 min) and calls waiting"))
        self.sl = QLineSeries(name=self.tr("Service level %"))
        self.waiting = QLineSeries(name=self.tr("Calls waiting"))
        self.arr_chart, arr_view = _chart(self.tr("Arrivals against the forecast (calls/hour)"))
        self.arrivals = QLineSeries(name=self.tr("Arrivals"))
        self.forecast = QLineSeries(name=self.tr("Forecast"))
        pen = QPen(Qt.PenStyle.DashLine)
        pen.setWidth(2)
        self.forecast.setPen(pen)
        self.axes = {}
        for chart, series in (
            (self.sl_chart, (self.sl, self.waiting)),
            (self.arr_chart, (self.arrivals, self.forecast)),
        ):
            x = QValueAxis()
            x.setTitleText(self.tr("minutes"))
            x.setLabelFormat("%d")
            y = QValueAxis()
            y.setLabelFormat("%d")
            chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
            for s in series:
                chart.addSeries(s)
                s.attachAxis(x)
                s.attachAxis(y)
            self.axes[id(chart)] = (x, y)
        v.addWidget(sl_view)
        v.addWidget(arr_view)

    WINDOW_MIN = 240  # the last four hours

    def show_history(self, queue: str, history: list[dict]) -> None:
        """Append the minutes not shown yet (a full redraw only when the queue changes)."""
        series = (self.sl, self.waiting, self.arrivals, self.forecast)
        last_t = getattr(self, "_last_t", None)
        if queue != self.queue or last_t is None:
            self.queue, last_t = queue, -1.0
            self._top = {"sl": 100.0, "arr": 10.0}
            for s in series:
                s.clear()
        new = [r for r in history[-self.WINDOW_MIN :] if r["t"] > last_t and queue in r]
        if not new:
            return
        for r in new:
            m, q = r["t"] / 60.0, r[queue]
            if not math.isnan(q["service_level"]):
                self.sl.append(m, q["service_level"] * 100)
            self.waiting.append(m, q["waiting"])
            self.arrivals.append(m, q["arrivals"])
            self.forecast.append(m, q["forecast"])
            self._top["sl"] = max(self._top["sl"], q["waiting"])
            self._top["arr"] = max(self._top["arr"], q["arrivals"], q["forecast"])
        self._last_t = new[-1]["t"]
        top_x = self._last_t / 60.0
        for s in series:  # keep the window bounded
            extra = s.count() - self.WINDOW_MIN
            if extra > 0:
                s.removePoints(0, extra)
        for chart, top in ((self.sl_chart, self._top["sl"]), (self.arr_chart, self._top["arr"])):
            x, y = self.axes[id(chart)]
            x.setRange(max(0.0, top_x - self.WINDOW_MIN), max(10.0, top_x))
            y.setRange(0, top * 1.1)
            # Round ticks (every half hour; 0, 50, 100 …), not 31, 62, 93 or 27, 55, 82.
            x.setTickType(QValueAxis.TickType.TicksDynamic)
            x.setTickAnchor(0.0)
            x.setTickInterval(30.0 if top_x <= 180 else 60.0)
            y.setTickCount(5)
            y.applyNiceNumbers()
