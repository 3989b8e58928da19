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
        for chart, series in ((self.sl_chart, (self.sl, self.waiting)), (self.arr_chart, (self.arrivals, self.forecast))):
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

    def show_history(self, queue: str, history: list[dict]) -> None:
        self.queue = queue
        rows = [(r["t"] / 60.0, r[queue]) for r in history[-240:] if queue in r]  # the last four hours
        sl = [(m, q["service_level"] * 100) for m, q in rows if not math.isnan(q["service_level"])]
        self.sl.replace([_pt(m, v) for m, v in sl])
        self.waiting.replace([_pt(m, q["waiting"]) for m, q in rows])
        self.arrivals.replace([_pt(m, q["arrivals"]) for m, q in rows])
        self.forecast.replace([_pt(m, q["forecast"]) for m, q in rows])
        top_x = max(10.0, rows[-1][0]) if rows else 10.0
        for chart, values in ((self.sl_chart, [v for _, v in sl] + [q["waiting"] for _, q in rows] + [100]),
                              (self.arr_chart, [max(q["arrivals"], q["forecast"]) for _, q in rows] + [10])):
            x, y = self.axes[id(chart)]
            x.setRange(max(0.0, top_x - 240), top_x)
            y.setRange(0, max(values) * 1.1)


def _pt(x, y):
    from PySide6.QtCore import QPointF

    return QPointF(x, y)
