"""Wallboard mode: a few large figures per queue, readable across a room, with the
simulated clock, the board's alarms in a red banner, and Esc (or F11) to leave."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from callcenter.gui.names import queue_name
from callcenter.gui.supervisor.board_models import BAD, GOOD, WARN, level, pct, secs
from callcenter.sim.live import Thresholds

ALARM_STYLE = "font-size:28px; font-weight:800; background:#c62828; color:white; padding:8px; border-radius:8px;"


class Wallboard(QWidget):
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("background:#101418; color:white;")
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.clock = QLabel()
        self.clock.setStyleSheet("font-size:32px; font-weight:700; color:#b0bec5;")
        self.leave_button = QPushButton(self.tr("Back to the board  [Esc]"))
        self.leave_button.setStyleSheet("font-size:16px; color:#b0bec5; background:#1d252c; padding:6px 12px;")
        self.leave_button.clicked.connect(self.leave_requested.emit)
        top.addWidget(self.clock)
        top.addStretch(1)
        top.addWidget(self.leave_button)
        outer.addLayout(top)
        self.alarm = QLabel()
        self.alarm.setWordWrap(True)
        self.alarm.setStyleSheet(ALARM_STYLE)
        self.alarm.hide()
        outer.addWidget(self.alarm)
        self.grid = QGridLayout()
        outer.addLayout(self.grid, 1)
        self.tiles: dict[tuple[str, str], QLabel] = {}

    def show_clock(self, text: str) -> None:
        self.clock.setText(text)

    def show_alarms(self, texts: list[str]) -> None:
        """The same alarms the board shows, large: nothing when there are none."""
        self.alarm.setText("⚠ " + "  ·  ".join(texts) if texts else "")
        self.alarm.setVisible(bool(texts))

    def _tile(self, row: int, col: int, caption: str) -> QLabel:
        frame = QFrame()
        frame.setStyleSheet("QFrame { background:#1d252c; border-radius:10px; }")
        v = QVBoxLayout(frame)
        value = QLabel("—")
        value.setStyleSheet("font-size:56px; font-weight:800; background:transparent;")
        cap = QLabel(caption)
        cap.setWordWrap(True)
        cap.setStyleSheet("font-size:20px; color:#b0bec5; background:transparent;")
        v.addWidget(value)
        v.addWidget(cap)
        self.grid.addWidget(frame, row, col)
        return value

    def show_board(self, queues: list[dict[str, Any]], thresholds: Thresholds) -> None:
        for row, q in enumerate(queues[:6]):
            name = q["name"]
            if (name, "name") not in self.tiles:
                label = QLabel(queue_name(name))
                label.setStyleSheet("font-size:40px; font-weight:800;")
                self.grid.addWidget(label, row, 0)
                self.tiles[(name, "name")] = label
                captions = [
                    self.tr("waiting"),
                    self.tr("longest wait"),
                    self.tr("service level, 30 min"),
                    self.tr("agents available"),
                ]
                for col, key in enumerate(("waiting", "longest", "sl", "available"), start=1):
                    self.tiles[(name, key)] = self._tile(row, col, captions[col - 1])
            sl = q["last30"]["service_level"]
            self.tiles[(name, "waiting")].setText(str(q["waiting"]))
            self.tiles[(name, "longest")].setText(secs(q["longest_wait_s"]))
            self.tiles[(name, "sl")].setText(pct(sl))
            self.tiles[(name, "available")].setText(str(q["available"]))
            for key, colour in (
                ("sl", level(sl, thresholds.service_level_warn, thresholds.service_level_alarm, True)),
                (
                    "longest",
                    level(q["longest_wait_s"], thresholds.longest_wait_warn_s, thresholds.longest_wait_alarm_s, False),
                ),
            ):
                tone = {GOOD.name(): "#66bb6a", WARN.name(): "#ffee58", BAD.name(): "#ef5350"}.get(
                    colour.name() if colour else "", "white"
                )
                self.tiles[(name, key)].setStyleSheet(
                    f"font-size:56px; font-weight:800; background:transparent; color:{tone};"
                )
