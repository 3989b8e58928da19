"""The supervisors' queue board: live queues and agents, charts, the Erlang
projection beside the live figures, alarms, supervisor actions, a wallboard mode."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QSystemTrayIcon,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from callcenter.core.agent_state import AgentState
from callcenter.core.policies import Calendar, Holiday, is_open
from callcenter.gui.names import agent_state_name, queue_name, reason_name
from callcenter.gui.supervisor.board_charts import BoardCharts
from callcenter.gui.supervisor.board_models import AgentTableModel, QueueTableModel, pct, secs
from callcenter.gui.supervisor.wallboard import Wallboard
from callcenter.sim.client import RemoteCenter
from callcenter.sim.live import SPEEDS, LiveCenter

_COUNTS = {
    "available": "available",
    "on_call": "on_call",
    "on_hold": "on_call",
    "ringing": "on_call",
    "wrap_up": "wrap_up",
    "not_ready": "not_ready",
}


def reason_text(code: str | None) -> str:
    return reason_name(code)


def queue_rows(board: dict, skills: dict[str, tuple[str, ...]], queue_skills: dict[str, str]) -> list[dict]:
    """Per queue figures plus agent counts by state among agents with the queue's skill."""
    counts = {name: dict.fromkeys(("available", "on_call", "wrap_up", "not_ready"), 0) for name in board["queues"]}
    by_skill: dict[str, list[str]] = {}
    for name, skill in queue_skills.items():
        by_skill.setdefault(skill, []).append(name)
    for a in board["agents"]:
        bucket = _COUNTS.get(a["state"])
        if bucket is None:
            continue
        for skill in skills.get(a["agent_id"], ()):
            for qname in by_skill.get(skill, ()):
                counts[qname][bucket] += 1
    return [{"name": name, **q, **counts[name]} for name, q in board["queues"].items()]


class BoardWindow(QMainWindow):
    """The board of one center (a ``LiveCenter`` or a ``RemoteCenter``): it reads the
    center and sends supervisor actions to it; the session that owns the center advances it."""

    def __init__(self, center: LiveCenter | RemoteCenter, parent=None, team_panel: QWidget | None = None):
        super().__init__(parent)
        self.center = center
        self.calendars: dict[str, tuple[Calendar, list[Holiday]]] = {}  # queue -> its calendar (adminpol)
        self.team_panel = team_panel
        self.setWindowTitle(self.tr("Queue board"))
        self.resize(1400, 900)
        self.queue_skills = {q.name: q.skill_name for q in center.scenario.queues}
        self.queue_model = QueueTableModel(center.thresholds, self)
        self.agent_model = AgentTableModel(self)
        self.queue_view = self._table(self.queue_model)
        self.agent_view = self._table(self.agent_model)
        self.agent_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.agent_view.customContextMenuRequested.connect(self._agent_menu)
        self.queue_view.selectionModel().currentRowChanged.connect(self._queue_row_chosen)
        self.charts = BoardCharts()
        self.projection = QLabel()
        self.projection.setWordWrap(True)
        self.alarm_label = QLabel()
        self.alarm_label.setWordWrap(True)
        self.clock_label = QLabel()
        self._alarmed: set[tuple[str, str]] = set()
        self.tray = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning), self)
            self.tray.show()
        self.alarm_messages: list[str] = []

        controls = QHBoxLayout()
        self.speed = QComboBox()
        for s in SPEEDS:
            self.speed.addItem(f"{s}×", s)
        self.speed.setCurrentIndex(self.speed.findData(int(center.speed)) if int(center.speed) in SPEEDS else 0)
        self.speed.currentIndexChanged.connect(lambda _i: center.set_speed(self.speed.currentData()))
        self.queue_pick = QComboBox()
        for q in center.scenario.queues:
            self.queue_pick.addItem(queue_name(q.name), q.name)
        self.queue_pick.currentIndexChanged.connect(self._queue_changed)
        self.rate = QSpinBox()
        self.rate.setRange(0, 100000)
        self.rate.setSuffix(self.tr(" calls/h"))
        apply_rate = QPushButton(self.tr("Set &rate"))
        apply_rate.clicked.connect(self._apply_rate)
        add_agent = QPushButton(self.tr("&Add agent"))
        add_agent.clicked.connect(self._add_agent)
        remove_agent = QPushButton(self.tr("Re&move agent"))
        remove_agent.clicked.connect(self._remove_agent)
        wall = QPushButton(self.tr("&Wallboard [F11]"))
        wall.clicked.connect(self.toggle_wallboard)
        for w in (
            QLabel(self.tr("Speed")),
            self.speed,
            QLabel(self.tr("Queue")),
            self.queue_pick,
            self.rate,
            apply_rate,
            add_agent,
            remove_agent,
        ):
            controls.addWidget(w)
        controls.addStretch(1)
        controls.addWidget(self.clock_label)
        controls.addWidget(wall)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.projection)
        rv.addWidget(self.charts, 1)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        if team_panel is not None:  # adminpol: people on other machines, forced through the server
            self.agent_tabs = QTabWidget()
            self.agent_tabs.addTab(self.agent_view, self.tr("Live center"))
            self.agent_tabs.addTab(team_panel, self.tr("Team (all consoles)"))
            bottom.addWidget(self.agent_tabs)
        else:
            bottom.addWidget(self.agent_view)
        bottom.addWidget(right)
        bottom.setSizes([620, 780])
        main = QSplitter(Qt.Orientation.Vertical)
        main.addWidget(self.queue_view)
        main.addWidget(bottom)
        main.setSizes([260, 640])
        board_page = QWidget()
        bv = QVBoxLayout(board_page)
        bv.addLayout(controls)
        bv.addWidget(self.alarm_label)
        bv.addWidget(main, 1)
        self.wallboard = Wallboard()
        self.pages = QStackedWidget()
        self.pages.addWidget(board_page)
        self.pages.addWidget(self.wallboard)
        self.setCentralWidget(self.pages)
        toggle = QAction(self)
        toggle.setShortcut(QKeySequence("F11"))
        toggle.triggered.connect(self.toggle_wallboard)
        self.addAction(toggle)
        self.wallboard.leave_requested.connect(self.leave_wallboard)
        leave = QAction(self)
        leave.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        leave.triggered.connect(self.leave_wallboard)  # Esc leaves the wallboard (and only that)
        self.addAction(leave)

        # The center's owner (gui.live_session.LiveSession) advances the engine on its one
        # 5 Hz timer; the board repaints at 1 Hz from the figures the engine keeps in memory.
        self.timer = QTimer(self, interval=1000)
        self.timer.timeout.connect(self.refresh)
        self._queue_changed()
        self.refresh()
        self.timer.start()

    def _table(self, model) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.setAlternatingRowColors(True)
        return view

    # -- refresh -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Repaint from the center's in-memory figures (no store, no timer of its own on the engine)."""
        c = self.center
        c.advance()  # up to now, so that no figure is older than this refresh (cheap between owner ticks)
        board = c.board()
        rows = queue_rows(board, c.agent_skills, self.queue_skills)
        now = datetime.now(UTC)
        for r in rows:  # open or closed by the queue's business calendar, from memory
            cal = self.calendars.get(r["name"])
            r["open"] = None if cal is None else is_open(cal[0], cal[1], now)
        self.queue_model.set_rows(rows)
        names = getattr(c, "names", {})
        people = c.external_agents
        # People first, by name; then the simulated agents.
        agents = sorted(
            board["agents"], key=lambda a: (a["agent_id"] not in people, names.get(a["agent_id"], a["agent_id"]))
        )
        for a in agents:
            a["name"] = names.get(a["agent_id"], a["agent_id"])  # people by name; simulated agents by theirs
            a["reason_text"] = reason_text(a["reason"]) if a["state"] == AgentState.NOT_READY.value else ""
            if a.get("pending"):
                a["reason_text"] = self.tr("%1 after this call").replace(
                    "%1", agent_state_name(AgentState(a["pending"]))
                )
        self.agent_model.set_rows(agents)
        t = board["t"]
        self.clock_label.setText(
            self.tr("Simulated %1").replace("%1", f"{int(t // 3600):02d}:{int(t % 3600 // 60):02d}")
        )
        self.wallboard.show_clock(self.clock_label.text())
        queue = self.queue_pick.currentData()
        if self.pages.currentWidget() is self.wallboard:
            self.wallboard.show_board(rows, c.thresholds)
        else:
            self.charts.show_history(queue, c.history)
            self._show_projection(queue, next(r for r in rows if r["name"] == queue), board)
        self._alarms(board["alarms"])
        self.last_rows = rows

    def _show_projection(self, queue: str, live: dict, board: dict) -> None:
        p = self.center.projection(queue, board)
        self.projection.setText(
            self.tr(
                "<b>%1</b> — live (30 min): service level %2, ASA %3, abandoned %4.  "
                "Erlang A for %5 agents at %6 calls/h: service level %7, ASA %8, abandoned %9."
            )
            .replace("%1", queue_name(queue))
            .replace("%2", pct(live["last30"]["service_level"]))
            .replace("%3", secs(live["last30"]["asa_s"]))
            .replace("%4", pct(live["last30"]["abandon_rate"]))
            .replace("%5", str(p.agents))
            .replace("%6", f"{live['rate_per_hour']:.0f}")
            .replace("%7", pct(p.service_level))
            .replace("%8", secs(p.asa_s))
            .replace("%9", pct(p.abandon_rate))
        )

    def _alarms(self, alarms) -> None:
        keys = {(a.queue, a.kind) for a in alarms}
        texts = []
        for a in alarms:
            if a.kind == "service_level":
                texts.append(
                    self.tr("%1: service level %2 below %3")
                    .replace("%1", queue_name(a.queue))
                    .replace("%2", pct(a.value))
                    .replace("%3", pct(a.limit))
                )
            else:
                texts.append(
                    self.tr("%1: longest wait %2 above %3")
                    .replace("%1", queue_name(a.queue))
                    .replace("%2", secs(a.value))
                    .replace("%3", secs(a.limit))
                )
        self.alarm_label.setText("⚠ " + " · ".join(texts) if texts else "")
        self.wallboard.show_alarms(texts)
        self.alarm_label.setStyleSheet(
            "background:#c62828; color:white; padding:4px; font-weight:700;" if texts else ""
        )
        new = keys - self._alarmed
        if new:
            message = " · ".join(t for t, a in zip(texts, alarms) if (a.queue, a.kind) in new)
            self.alarm_messages.append(message)
            QApplication.beep()
            if self.tray is not None:
                self.tray.showMessage(self.tr("Queue alarm"), message, QSystemTrayIcon.MessageIcon.Warning, 8000)
        self._alarmed = keys

    # -- actions ---------------------------------------------------------------------------
    def set_calendars(self, calendars: dict[str, tuple[Calendar, list[Holiday]]]) -> None:
        """Each queue's business calendar and holidays (read from the store by the opener)."""
        self.calendars = dict(calendars)
        self.refresh()

    def _queue_changed(self, *_args) -> None:
        queue = self.queue_pick.currentData()
        self.rate.setValue(int(self.center.rates[queue]))
        if hasattr(self, "last_rows"):  # the charts and the projection follow the chosen queue at once
            self.refresh()

    def _queue_row_chosen(self, current, _previous=None) -> None:
        """A click (or arrow key) on a queue's row shows that queue's charts."""
        if current.isValid() and current.row() < len(self.queue_model.rows):
            index = self.queue_pick.findData(self.queue_model.rows[current.row()]["name"])
            if index >= 0:
                self.queue_pick.setCurrentIndex(index)

    def _apply_rate(self) -> None:
        self.center.set_arrival_rate(self.queue_pick.currentData(), float(self.rate.value()))
        self.refresh()

    def _add_agent(self) -> None:
        n = 1 + sum(1 for a in self.center.agent_skills if a.startswith("extra-"))
        skill = self.queue_skills[self.queue_pick.currentData()]
        self.center.add_agent(f"extra-{n:02d}", {skill: 5})
        self.refresh()

    def _remove_agent(self) -> None:
        skill = self.queue_skills[self.queue_pick.currentData()]
        for a in sorted(self.center.board()["agents"], key=lambda a: a["agent_id"], reverse=True):
            if (
                a["state"] != "logged_out"
                and skill in self.center.agent_skills.get(a["agent_id"], ())
                and a["agent_id"] not in self.center.external_agents
            ):
                self.center.remove_agent(a["agent_id"])
                break
        self.refresh()

    def _agent_menu(self, pos) -> None:
        index = self.agent_view.indexAt(pos)
        if not index.isValid():
            return
        menu = self.agent_menu(self.agent_model.rows[index.row()]["agent_id"])
        menu.exec(self.agent_view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def agent_menu(self, agent_id: str) -> QMenu:
        """The same for people and simulated agents: a person's console is told at once."""
        menu = QMenu(self)
        for state, text in (
            ("available", self.tr("Force &Available")),
            ("not_ready", self.tr("Force &Not ready")),
            ("logged_out", self.tr("&Log out")),
        ):
            menu.addAction(text, lambda s=state: self.force_agent(agent_id, s))
        return menu

    def force_agent(self, agent_id: str, state: str) -> bool:
        """Force an agent's state; says whether it applied now or will after the current call."""
        name = getattr(self.center, "names", {}).get(agent_id, agent_id)
        target = agent_state_name(AgentState(state))
        try:
            now = bool(self.center.force(agent_id, state))
        except Exception:  # e.g. the agent left meanwhile, or a shared center went away
            self.statusBar().showMessage(self.tr("%1 could not be changed now.").replace("%1", name), 10_000)
            return False
        if now:
            text = self.tr("%1 is now %2.").replace("%1", name).replace("%2", target)
        else:
            text = self.tr("%1 is in a call: %2 will apply after the call and its wrap-up.")
            text = text.replace("%1", name).replace("%2", target)
        self.statusBar().showMessage(text, 15_000)
        self.refresh()
        return now

    def leave_wallboard(self) -> None:
        if self.pages.currentWidget() is self.wallboard:
            self.toggle_wallboard()

    def toggle_wallboard(self) -> None:
        if self.pages.currentWidget() is self.wallboard:
            self.pages.setCurrentIndex(0)
            self.showNormal()
        else:
            self.pages.setCurrentWidget(self.wallboard)
            self.showFullScreen()
        self.refresh()
