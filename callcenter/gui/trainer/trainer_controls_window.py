"""The trainer's own window for a running role-play: what happens (the full timeline with
the trainee's intents and the trainer's notes) and the private controls (pause, inject an
event, speak as the customer, notes, end the session). The trainee never sees it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from callcenter.gui.trainer.trainer_controls_panel import TrainerControlsPanel


class TrainerControlsWindow(QMainWindow):
    close_requested = Signal()  # the trainer closed this window while the session runs

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainerControlsWindow")
        self.setWindowTitle(self.tr("Trainer only — %1").replace("%1", title))
        self.resize(460, 560)
        self.allow_close = False
        self.private_label = QLabel(self.tr("Trainer only: the trainee does not see this window."))
        self.private_label.setWordWrap(True)
        self.private_label.setStyleSheet("background:#4a148c; color:white; padding:5px; font-weight:700;")
        self.timeline = QTextBrowser()
        self.controls = TrainerControlsPanel()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.timeline)
        split.addWidget(self.controls)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 0)
        split.setSizes([320, 280])
        body = QWidget()
        v = QVBoxLayout(body)
        v.setContentsMargins(4, 4, 4, 4)
        v.addWidget(self.private_label)
        v.addWidget(split, 1)
        self.setCentralWidget(body)

    def set_timeline(self, html: str) -> None:
        self.timeline.setHtml(html)
        bar = self.timeline.verticalScrollBar()
        bar.setValue(bar.maximum())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.allow_close:
            super().closeEvent(event)
            return
        event.ignore()  # the session still runs: ending it is the trainer's decision, confirmed
        self.close_requested.emit()
