"""Table models of the queue board, coloured by the configurable thresholds."""

from __future__ import annotations

import math

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from callcenter.core.agent_state import AgentState
from callcenter.gui.names import STATE_COLOURS, clock, queue_name
from callcenter.gui.names import agent_state_name as state_name
from callcenter.sim.live import Thresholds

GOOD, WARN, BAD = QColor("#c8e6c9"), QColor("#fff59d"), QColor("#ef9a9a")


def pct(x: float) -> str:
    return "—" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x * 100:.0f}%"


def secs(x: float) -> str:
    return "—" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.0f} s"


def level(value: float, warn: float, alarm: float, higher_is_better: bool) -> QColor | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if higher_is_better:
        return GOOD if value >= warn else WARN if value >= alarm else BAD
    return GOOD if value <= warn else WARN if value <= alarm else BAD


class _Table(QAbstractTableModel):
    headers: list[str] = []

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def set_rows(self, rows: list[dict]) -> None:
        if len(rows) != len(self.rows):
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
        else:  # same shape: repaint the cells, keep selection and scroll position
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.headers) - 1))


class QueueTableModel(_Table):
    def __init__(self, thresholds: Thresholds, parent=None):
        super().__init__(parent)
        self.thresholds = thresholds
        self.headers = [
            self.tr("Queue"),
            self.tr("Waiting"),
            self.tr("Longest wait"),
            self.tr("SL today"),
            self.tr("SL 30 min"),
            self.tr("ASA"),
            self.tr("AHT"),
            self.tr("Abandoned"),
            self.tr("Available"),
            self.tr("On call"),
            self.tr("Wrap-up"),
            self.tr("Not ready"),
            self.tr("Hours"),  # adminpol: the queue's business calendar, open or closed now
        ]

    def open_text(self, r: dict) -> str:
        is_open = r.get("open")
        if is_open is None:
            return ""
        return self.tr("Open") if is_open else self.tr("Closed")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r = self.rows[index.row()]
        col = index.column()
        th = self.thresholds
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                queue_name(r["name"]),
                str(r["waiting"]),
                secs(r["longest_wait_s"]),
                pct(r["service_level"]),
                pct(r["last30"]["service_level"]),
                secs(r["asa_s"]),
                secs(r["aht_s"]),
                pct(r["abandon_rate"]),
                str(r["available"]),
                str(r["on_call"]),
                str(r["wrap_up"]),
                str(r["not_ready"]),
                self.open_text(r),
            ][col]
        if role == Qt.ItemDataRole.BackgroundRole:
            if col == 12 and r.get("open") is False:
                return QBrush(QColor("#cfd8dc"))
            colour = {
                2: level(r["longest_wait_s"], th.longest_wait_warn_s, th.longest_wait_alarm_s, False),
                3: level(r["service_level"], th.service_level_warn, th.service_level_alarm, True),
                4: level(r["last30"]["service_level"], th.service_level_warn, th.service_level_alarm, True),
                7: level(r["abandon_rate"], th.abandon_warn, th.abandon_alarm, False),
            }.get(col)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and col in (2, 3, 4, 7):
            return QBrush(QColor("#111"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AgentTableModel(_Table):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers = [
            self.tr("Agent"),
            self.tr("State"),
            self.tr("Reason"),
            self.tr("Time in state"),
            self.tr("Call time"),
            self.tr("Calls handled"),
        ]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r = self.rows[index.row()]
        col = index.column()
        state = AgentState(r["state"])
        if role == Qt.ItemDataRole.DisplayRole:
            call = clock(r["time_in_state_s"]) if state in (AgentState.ON_CALL, AgentState.ON_HOLD) else ""
            return [
                r["name"],
                state_name(state),
                r.get("reason_text") or "",
                clock(r["time_in_state_s"]),
                call,
                str(r["calls_handled"]),
            ][col]
        if role == Qt.ItemDataRole.BackgroundRole and col == 1:
            return QBrush(QColor(STATE_COLOURS[state]))
        if role == Qt.ItemDataRole.ForegroundRole and col == 1:
            return QBrush(QColor("white"))
        if role == Qt.ItemDataRole.UserRole:
            return r["agent_id"]
        return None
