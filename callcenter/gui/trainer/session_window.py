"""A running role-play: the dialogue (trainee) beside the trainer's controls. The
trainee works the console window the controller opens next to it; when the session
ends the debrief opens."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter

from callcenter.gui.trainer.dialogue_panel import DialoguePanel
from callcenter.gui.trainer.report_html import clock, timeline_html
from callcenter.gui.trainer.session_controller import SessionController
from callcenter.gui.trainer.trainer_controls_panel import TrainerControlsPanel


class SessionWindow(QMainWindow):
    debrief_opened = Signal(object)  # DebriefWindow

    def __init__(self, controller: SessionController, parent=None):
        super().__init__(parent)
        self.controller = c = controller
        s, lang = c.scenario, c.lang
        self.customer = s.text(s.persona["name"], lang)
        self.setWindowTitle(self.tr("Role-play — %1").replace("%1", s.title(lang)))
        self.resize(980, 720)
        self.dialogue = DialoguePanel(self.customer, s.text(s.data.get("reason"), lang))
        self.controls = TrainerControlsPanel()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.dialogue)
        split.addWidget(self.controls)
        split.setStretchFactor(0, 1)
        split.setSizes([640, 360])
        self.setCentralWidget(split)
        self.dialogue.set_enabled(False)
        self.debrief = None
        self._show_mood(c.runner.mood)

        c.ready.connect(self._ready)
        c.customer_said.connect(lambda text, mood: self.dialogue.show_line(text, mood, self._mood(mood)))
        c.timeline_changed.connect(self._refresh)
        c.notice.connect(self._notice)
        c.failed.connect(self._failed)
        c.finished.connect(self._finished)
        self.dialogue.reply_sent.connect(c.reply)
        self.dialogue.replay_requested.connect(c.replay)
        self.controls.pause_toggled.connect(self._pause)
        self.controls.inject.connect(c.inject)
        self.controls.take_over.connect(c.take_over)
        self.controls.note.connect(c.note)
        self.controls.end_requested.connect(self.end_session)
        self.ticker = QTimer(self, interval=500)
        self.ticker.timeout.connect(lambda: self.dialogue.clock.setText(clock(c.now())))
        self.ticker.start()
        self.statusBar().showMessage(self.tr("Preparing the training data…"))

    def _mood(self, mood: str) -> str:
        return {
            "calm": self.tr("calm"),
            "happy": self.tr("happy"),
            "anxious": self.tr("anxious"),
            "annoyed": self.tr("annoyed"),
            "angry": self.tr("angry"),
            "furious": self.tr("furious"),
        }.get(mood, mood)

    def _show_mood(self, mood: str) -> None:
        self.dialogue.show_line(self.dialogue.subtitle.text(), mood, self._mood(mood))

    def _ready(self) -> None:
        console = self.controller.console
        console.show()
        self.statusBar().showMessage(self.tr("The call is ringing on the training console."), 8000)
        self.dialogue.set_enabled(True)
        self._refresh()

    def _refresh(self) -> None:
        c = self.controller
        self.dialogue.set_transcript(timeline_html([vars(e) for e in c.runner.timeline], c.lang, self.customer))
        self.dialogue.set_help(c.runner.hint(), c.runner.suggestions())
        self._show_mood(c.runner.mood)

    def _notice(self, text: str) -> None:
        self.dialogue.show_notice(text)
        self.statusBar().showMessage(text, 10_000)

    def _failed(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Training session"), text)

    def _pause(self, paused: bool) -> None:
        self.controller.pause(paused)
        self.dialogue.set_enabled(not paused)
        console = self.controller.console
        if console is not None:
            console.setEnabled(not paused)

    def end_session(self) -> None:
        self.controller.finish()

    def _finished(self, report) -> None:
        from callcenter.gui.trainer.debrief_window import DebriefWindow

        c = self.controller
        entries = [vars(e) for e in c.runner.timeline]
        self.debrief = DebriefWindow(report, c.scenario.title(c.lang), self.customer, c.trainee_name, entries)
        self.debrief.show()
        self.debrief_opened.emit(self.debrief)
        self.dialogue.set_enabled(False)
        self.controls.setEnabled(False)
        self.ticker.stop()
        QTimer.singleShot(0, c.close)  # not from inside the console's own signal

    def closeEvent(self, event) -> None:
        self.ticker.stop()
        if self.controller.report is None and self.controller.console is not None:
            self.controller.finish()
        self.controller.close()
        super().closeEvent(event)
