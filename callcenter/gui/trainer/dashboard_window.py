"""The trainer dashboard: every trainee's sessions, and progress per skill over time.

Read through ``ops.training`` off the GUI thread; reloaded whenever a session is saved
(here, in a role-play, or on another console and synced), told by ``gui.bridge.watch``."""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callcenter.core.errors import Problem
from callcenter.gui.bridge import watch
from callcenter.gui.ops import run_op
from callcenter.gui.problems import describe
from callcenter.ops import training as training_ops
from callcenter.store.db import Store
from callcenter.training.scoring import Report
from callcenter.training.skills import skill_name


class DashboardWindow(QMainWindow):
    def __init__(self, store: Store, lang: str, parent=None):
        super().__init__(parent)
        self.store, self.lang = store, lang
        self.setWindowTitle(self.tr("Trainer dashboard"))
        self.resize(1150, 760)
        self.rows: list[dict] = []
        self.all_rows: list[dict] = []
        self.progress: dict = {}
        self._asked = 0  # the latest progress read: older answers are dropped
        self.debrief = None
        self.trainee_combo = QComboBox()
        self.trainee_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.trainee_combo.currentIndexChanged.connect(self.reload)
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Trainee:")))
        top.addWidget(self.trainee_combo)
        top.addStretch(1)
        top.addWidget(self.summary)
        headers = [
            self.tr("When"),
            self.tr("Trainee"),
            self.tr("Scenario"),
            self.tr("Language"),
            self.tr("Mode"),
            self.tr("Score"),
            self.tr("Result"),
            self.tr("Outcome"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(self.open_debrief)
        self.chart = QChart()
        self.chart.setTitle(self.tr("Progress per skill (percent of the skill's points, by session)"))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(300)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.chart_view)
        split.setSizes([330, 400])
        body = QWidget()
        v = QVBoxLayout(body)
        v.addLayout(top)
        v.addWidget(split, 1)
        self.setCentralWidget(body)
        self.titles: dict[str, str] = {}  # scenario id -> title: sessions are named by title
        watch(store, self, lambda _event: self.load(), tables=training_ops.SESSION_TABLES)
        lang = self.lang
        run_op(lambda: training_ops.scenario_titles(lang), self._titled, name="training.scenario_titles", owner=self)
        self.load()

    def _titled(self, titles: dict[str, str]) -> None:
        self.titles = titles
        if getattr(self, "all_rows", None):
            self.reload()

    def _failed(self, problem: Problem) -> None:
        self.statusBar().showMessage(self.tr("Could not read the sessions: %1").replace("%1", describe(problem)))

    def load(self) -> None:
        store = self.store
        run_op(lambda: training_ops.sessions(store), self._loaded, self._failed, name="training.sessions", owner=self)

    def _loaded(self, rows: list[dict]) -> None:
        self.all_rows = rows
        chosen = self.trainee_combo.currentData()
        self.trainee_combo.blockSignals(True)
        self.trainee_combo.clear()
        self.trainee_combo.addItem(self.tr("All trainees"), None)
        seen = {}
        for r in rows:
            seen.setdefault(r["trainee_id"] or r["trainee_name"], r["trainee_name"])
        for key, name in seen.items():
            self.trainee_combo.addItem(name, key)
        self.trainee_combo.setCurrentIndex(max(0, self.trainee_combo.findData(chosen)) if chosen is not None else 0)
        self.trainee_combo.blockSignals(False)
        self.reload()

    def reload(self, *_):
        key = self.trainee_combo.currentData()
        rows = [r for r in self.all_rows if key is None or (r["trainee_id"] or r["trainee_name"]) == key]
        self.rows = list(reversed(rows))  # newest first
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            values = [
                r["started_at"].astimezone().strftime("%Y-%m-%d %H:%M"),
                r["trainee_name"],
                self.titles.get(r["scenario_id"], r["scenario_id"]),
                {"en": "English", "zh_CN": "中文"}.get(r["language"], r["language"]),
                self._mode(r["mode"]),
                f"{r['total']:g}",
                self.tr("passed") if r["passed"] else self.tr("not passed"),
                self._outcome(r["outcome"]),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 6:
                    item.setForeground(Qt.GlobalColor.darkGreen if r["passed"] else Qt.GlobalColor.darkRed)
                self.table.setItem(i, c, item)
        passed = sum(1 for r in rows if r["passed"])
        mean = sum(r["total"] for r in rows) / len(rows) if rows else 0.0
        self.summary.setText(
            self.tr("%1 sessions · %2 passed · mean score %3")
            .replace("%1", str(len(rows)))
            .replace("%2", str(passed))
            .replace("%3", f"{mean:.1f}")
        )
        trainee_id = key if key is not None and any(r["trainee_id"] == key for r in rows) else None
        store = self.store
        self._asked += 1
        asked = self._asked
        if key is None or trainee_id is not None:
            run_op(
                lambda: training_ops.skill_progress(store, trainee_id),
                lambda progress: self._chart(progress) if asked == self._asked else None,
                self._failed,
                name="training.skill_progress",
                owner=self,
            )
        else:  # a trainee without an account: progress from their rows' reports
            self._chart({})

    def _mode(self, mode: str) -> str:
        return {"practice": self.tr("practice"), "easy": self.tr("easy mode"), "live": self.tr("live simulator")}.get(
            mode, mode
        )

    def _outcome(self, outcome: str) -> str:
        return {
            "completed": self.tr("completed"),
            "agent_ended": self.tr("ended by the agent early"),
            "caller_hung_up": self.tr("the caller hung up"),
            "line_dropped": self.tr("the line dropped"),
        }.get(outcome, outcome)

    def _chart(self, progress: dict) -> None:
        self.progress = progress
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        x_axis, y_axis = QValueAxis(), QValueAxis()
        y_axis.setRange(0, 100)
        y_axis.setTitleText(self.tr("percent"))
        longest = max((len(p) for p in progress.values()), default=1)
        x_axis.setRange(1, max(2, longest))
        x_axis.setTickCount(min(10, max(2, longest)))
        x_axis.setLabelFormat("%d")
        x_axis.setTitleText(self.tr("session"))
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for skill, points in progress.items():
            series = QLineSeries()
            series.setName(skill_name(skill, self.lang))
            for i, (_, value) in enumerate(points, start=1):
                series.append(i, value)
            series.setPointsVisible(True)
            self.chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)

    def open_debrief(self, row: int, _col: int = 0) -> None:
        r = self.rows[row]
        store, session_id = self.store, r["id"]
        run_op(
            lambda: training_ops.session_report(store, session_id),
            lambda data: self._show_debrief(r, data),
            self._failed,
            name="training.session_report",
            owner=self,
        )

    def _show_debrief(self, r: dict, data: dict) -> None:
        from callcenter.gui.trainer.debrief_window import DebriefWindow

        report = Report.from_dict(data)
        self.debrief = DebriefWindow(
            report,
            data.get("title") or self.titles.get(r["scenario_id"], r["scenario_id"]),
            "",
            r["trainee_name"],
            data.get("timeline", []),
            trainer=data.get("trainer_name") or "",
            started_at=r.get("started_at") or data.get("started_at"),
            intent_names=data.get("intent_names"),
        )
        self.debrief.show()
