"""A running role-play, in two windows: the trainee's dialogue (subtitles, transcript,
easy-mode help, the reply box) placed beside the training console, and the trainer's own
window (``TrainerControlsWindow``: the full timeline and the private controls). When the
session ends the debrief opens."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from callcenter.core.agent_state import AgentState
from callcenter.gui.trainer.dialogue_panel import DialoguePanel
from callcenter.gui.trainer.placement import place_session
from callcenter.gui.trainer.report_html import clock, timeline_html
from callcenter.gui.trainer.session_controller import SessionController
from callcenter.gui.trainer.trainer_controls_window import TrainerControlsWindow

LIVE_STATES = (AgentState.RINGING, AgentState.ON_CALL, AgentState.ON_HOLD)


class SessionWindow(QMainWindow):
    debrief_opened = Signal(object)  # DebriefWindow

    def __init__(self, controller: SessionController, parent=None):
        super().__init__(parent)
        self.controller = c = controller
        s, lang = c.scenario, c.lang
        self.customer = s.text(s.persona["name"], lang)
        self.intent_names = s.resolve(s.data.get("intent_names") or {}, lang)
        self.setWindowTitle(self.tr("Role-play — %1").replace("%1", s.title(lang)))
        self.resize(620, 720)
        self.dialogue = DialoguePanel(self.customer, s.text(s.data.get("reason"), lang))
        self.setCentralWidget(self.dialogue)
        self.trainer_window = TrainerControlsWindow(s.title(lang))
        self.controls = self.trainer_window.controls  # the trainer's, in the trainer's own window
        self.dialogue.set_enabled(False)
        self.debrief = None
        self.end_box: QMessageBox | None = None
        self._show_mood(c.runner.mood)

        c.ready.connect(self._ready)
        c.customer_said.connect(lambda text, mood: self.dialogue.show_line(text, mood, self._mood(mood)))
        c.timeline_changed.connect(self._refresh)
        c.notice.connect(self._notice)
        c.not_understood.connect(self.dialogue.show_not_understood)
        c.failed.connect(self._failed)
        c.finished.connect(self._finished)
        self.dialogue.reply_sent.connect(c.reply)
        self.dialogue.replay_requested.connect(c.replay)
        self.dialogue.easy_box.toggled.connect(lambda on: setattr(c, "easy", on))
        self.controls.pause_toggled.connect(self._pause)
        self.controls.inject.connect(c.inject)
        self.controls.take_over.connect(c.take_over)
        self.controls.note.connect(c.note)
        self.controls.end_requested.connect(self.end_session)
        self.trainer_window.close_requested.connect(self.end_session)
        self.ticker = QTimer(self, interval=500)
        self.ticker.timeout.connect(lambda: self.dialogue.clock.setText(clock(c.now())))
        self.ticker.start()
        self.statusBar().showMessage(self.tr("Preparing the training data…"))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.controller.report is None and not self.trainer_window.isVisible():
            self.trainer_window.show()

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
        self.place()
        self.statusBar().showMessage(self.tr("The call is ringing on the training console."), 8000)
        self.dialogue.set_enabled(True)
        self._refresh()
        self.raise_()

    def place(self) -> None:
        """The console, this window and the trainer's beside each other, fully on the screen."""
        console = self.controller.console
        if console is not None:
            place_session(console, self, self.trainer_window)

    def _refresh(self) -> None:
        c = self.controller
        entries = [vars(e) for e in c.runner.timeline]
        self.dialogue.set_transcript(
            timeline_html(entries, c.lang, self.customer, self.intent_names, trainee_view=True)
        )
        self.trainer_window.set_timeline(timeline_html(entries, c.lang, self.customer, self.intent_names))
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

    # -- ending ---------------------------------------------------------------------------
    def call_is_live(self) -> bool:
        console = self.controller.console
        return console is not None and console.controller.sm.state in LIVE_STATES

    def end_session(self) -> None:
        """End the session; while the call is still ringing or connected, ask first (and say
        that the call ends with it)."""
        if self.controller.report is not None:
            return
        if not self.call_is_live():
            self.controller.finish()
            return
        if self.end_box is not None and self.end_box.isVisible():
            self.end_box.raise_()
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("End the session"),
            self.tr(
                "The call with %1 is still going on. Ending the session now ends the call for the trainee too."
            ).replace("%1", self.customer),
            QMessageBox.StandardButton.NoButton,
            self.trainer_window,
        )
        box.setInformativeText(self.tr("End the session and the call?"))
        self.end_yes = box.addButton(self.tr("&End session and call"), QMessageBox.ButtonRole.DestructiveRole)
        self.end_no = box.addButton(self.tr("&Keep the call going"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.end_no)
        box.finished.connect(lambda _result: self._end_answered(box))
        self.end_box = box
        box.open()

    def _end_answered(self, box: QMessageBox) -> None:
        if box.clickedButton() is not self.end_yes or self.controller.report is not None:
            return
        console = self.controller.console
        if console is not None and console.controller.sm.state in (AgentState.ON_CALL, AgentState.ON_HOLD):
            console.controller.end()  # the call ends on the console (on the timeline too)
        self.controller.finish()

    def _finished(self, report) -> None:
        from callcenter.gui.trainer.debrief_window import DebriefWindow

        c = self.controller
        entries = [vars(e) for e in c.runner.timeline]
        self.debrief = DebriefWindow(
            report,
            c.scenario.title(c.lang),
            self.customer,
            c.trainee_name,
            entries,
            trainer=c.trainer_name,
            started_at=c.started_at,
            intent_names=self.intent_names,
        )
        self.debrief.show()
        self.debrief_opened.emit(self.debrief)
        self.dialogue.set_enabled(False)
        self.controls.setEnabled(False)
        self.ticker.stop()
        self.trainer_window.allow_close = True
        self.trainer_window.close()
        QTimer.singleShot(0, c.close)  # not from inside the console's own signal

    def closeEvent(self, event) -> None:
        if self.controller.report is None and self.call_is_live():
            event.ignore()  # ending a live call is confirmed first
            self.end_session()
            return
        self.ticker.stop()
        if self.controller.report is None and self.controller.console is not None:
            self.controller.finish()
        self.trainer_window.allow_close = True
        self.trainer_window.close()
        self.controller.close()
        super().closeEvent(event)
