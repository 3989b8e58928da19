"""A role-play session: the trainee's real console on a training store, rung by a
training call source, with the scenario's customer answering through the runner.

The console publishes what the trainee does (ConsoleAction) on its bus; the bridge
hands it here on the GUI thread; the runner answers with the customer's lines,
which are shown as subtitles at once and spoken when the speech worker (a child
process, run through run_op) has synthesised them. Results go to the real store
(``ops.training.save_session``).

The console itself comes from a factory injected by the composition root (the
application, the screenshot tool, tests): a callable with ``build_console``'s signature
(``gui.console_assembly``). The trainer imports no other GUI package.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtWidgets import QLabel

from callcenter.core.calls import CallerHungUp, CallOffered, ManualCallSource
from callcenter.core.console_actions import ConsoleAction
from callcenter.core.errors import Problem
from callcenter.core.events import EventBus
from callcenter.gui.bridge import EventBridge
from callcenter.gui.live_session import LiveSession
from callcenter.gui.ops import run_op
from callcenter.gui.problems import describe
from callcenter.ops import training as training_ops
from callcenter.store.db import Store
from callcenter.training.runner import Runner, Utterance
from callcenter.training.scenario import Scenario
from callcenter.training.scoring import Report, score
from callcenter.training.session_clock import SessionClock

log = logging.getLogger(__name__)
SLOW_FACTOR = 0.7
# build_console(store, identity, source, bridge, settings, lang, *, center=None, parent=None, start_sync=None)
ConsoleFactory = Callable[..., Any]


class SessionController(QObject):
    ready = Signal()  # the console is open and ringing
    customer_said = Signal(str, str)  # text, mood: subtitles
    timeline_changed = Signal()
    notice = Signal(str)  # speech and session notices, plain words
    not_understood = Signal(str)  # a reply matched no intent: what to try instead, in words
    finished = Signal(object)  # Report
    failed = Signal(str)

    def __init__(
        self,
        scenario: Scenario,
        lang: str,
        real_store: Store,
        trainee_id: str | None,
        trainee_name: str,
        settings,
        work_dir: Path,
        trainer_id: str | None = None,
        mode: str = "practice",
        speak: bool = True,
        play_audio: bool = True,
        live: bool = False,
        live_speed: int = 1,
        parent=None,
        console_factory: ConsoleFactory | None = None,
        trainer_name: str = "",
        sip_target: str = "",
    ):
        super().__init__(parent)
        # "sip:1001@pbx.example": the customer also calls the trainee's phone and speaks there
        self.sip_target = sip_target
        self.sip_customer = None
        self.console_factory = console_factory
        self.trainer_name = trainer_name
        self.scenario, self.lang, self.real_store = scenario, lang, real_store
        self.trainee_id, self.trainee_name, self.trainer_id = trainee_id, trainee_name, trainer_id
        self.settings, self.work_dir, self.mode = settings, Path(work_dir), mode
        self.runner = Runner(scenario, lang)
        self.clock: SessionClock | None = None
        self.speak_enabled, self.play_audio = speak, play_audio
        self.speech_pool = QThreadPool(self)  # one line at a time, in order
        self.speech_pool.setMaxThreadCount(1)
        self.voice = scenario.persona.get("voice") or {}
        self.last_text = ""
        self.last_wav: Path | None = None
        self.player = None
        self.console = self.store = self.identity = self.source = self.bridge = None
        self.call = None
        self.live, self.live_speed, self.center = live, live_speed, None
        self.live_session: LiveSession | None = None  # owns the live center and its timer
        self.report: Report | None = None
        self.started_at = datetime.now(UTC)
        self.saved_id: str | None = None
        self.easy = mode == "easy"  # easy mode: a reply nobody understood gets a whole suggested reply

    # -- start ---------------------------------------------------------------------
    def start(self) -> None:
        record = self.scenario.customer_record(self.lang)
        path = self.work_dir / f"training-{self.scenario.id}-{self.lang}.db"
        region = self.settings.get("calls/default_region")
        name, lang = self.trainee_name, self.lang
        if self.console_factory is None:
            raise RuntimeError("a SessionController needs a console_factory (see gui.console_assembly)")
        run_op(
            lambda: training_ops.prepare_session(path, record, name, lang, region).value,
            self._store_ready,
            lambda problem: self.failed.emit(
                self.tr("Could not prepare the training data: %1").replace("%1", describe(problem))
            ),
            name="training.prepare",
            owner=self,
        )

    def _store_ready(self, result) -> None:
        self.store, self.identity = result
        bus = EventBus()
        self.source = self._live_source(bus) if self.live else ManualCallSource(bus)
        self.bridge = EventBridge(bus, self)
        self.bridge.console_action.connect(self.on_action)
        self.bridge.call_offered.connect(self._offered)
        assert self.console_factory is not None
        self.console = self.console_factory(
            self.store,
            self.identity,
            self.source,
            self.bridge,
            self.settings,
            self.lang,
            center=self.center,
            start_sync=False,  # a training store never syncs
        )
        self.console.confirm_close = False
        self._banner(self.console)
        self.clock = SessionClock()
        self.console.controller.set_available()  # live: joins the simulated center; the call comes when routed
        if not self.live:
            self.source.ring(self.identity.user_id, self.scenario.ani, self.scenario.queue)
        if self.sip_target:
            self._call_trainee()
        self.ready.emit()

    def _call_trainee(self) -> None:
        """The customer's phone (a second SIP user agent) dials the trainee's phone; the
        lines are then spoken there instead of on this desk's speakers."""
        from callcenter.telephony.baresip import BaresipMissing
        from callcenter.telephony.caller import SipCaller
        from callcenter.telephony.events import PhoneProblem
        from callcenter.training.sip_customer import SipCustomer

        lang, folder = self.lang, self.work_dir / "speech"
        rate, pitch = self.voice.get("rate", 170), self.voice.get("pitch", 50)
        customer = SipCustomer(
            SipCaller("customer", self.work_dir / "sip-customer"),
            self.sip_target,
            lambda text: training_ops.speak(text, lang, folder, rate, pitch),
            self.work_dir / "sip-turns",
        )
        self.sip_customer = customer

        def dial() -> None:
            try:
                customer.call()
            except BaresipMissing:
                raise PhoneProblem("softphone_missing") from None

        run_op(dial, None, self._sip_failed, name="training.sip_call", owner=self)

    def _sip_failed(self, problem: Problem) -> None:
        customer, self.sip_customer = self.sip_customer, None
        if customer is not None:
            threading.Thread(target=customer.close, name="sip-customer-close", daemon=True).start()
        self.notice.emit(
            self.tr("The customer could not call the trainee's phone (%1): the lines are spoken here.").replace(
                "%1", describe(problem)
            )
        )

    def _live_source(self, bus: EventBus):
        """The live queue simulator (a small, busy center) as the call source: the first call
        it routes to the trainee is the training call, with the scenario's caller number."""
        from callcenter.sim.live import LiveCenter, demo_scenario

        numbers = iter([self.scenario.ani])
        center = LiveCenter(demo_scenario(agents=3), seed=7, speed=self.live_speed, bus=bus)
        self.live_session = LiveSession.simulated(center, lambda: next(numbers, ""), parent=self)
        self.center = self.live_session.center
        return self.live_session.source

    def _offered(self, event: CallOffered) -> None:
        if self.call is None and self.identity is not None and event.agent_id == self.identity.user_id:
            self.call = event.call
            self.runner.offered(self.now())
            self.timeline_changed.emit()

    def _banner(self, console) -> None:
        banner = QLabel(self.tr("TRAINING — role-play with made-up customers; nothing here touches real customers"))
        banner.setObjectName("trainingBanner")
        banner.setStyleSheet("background:#6a1b9a; color:white; padding:6px; font-weight:700; font-size:14px;")
        console.centralWidget().layout().insertWidget(0, banner)
        console.setWindowTitle(self.tr("TRAINING — %1").replace("%1", console.windowTitle()))
        console.training_banner = banner

    def now(self) -> float:
        return self.clock() if self.clock else 0.0

    # -- what the trainee does ---------------------------------------------------------
    def on_action(self, event: ConsoleAction) -> None:
        if self.identity is None or event.agent_id != self.identity.user_id or self.report is not None:
            return
        if event.call_id is not None and (self.call is None or event.call_id != self.call.call_id):
            return  # another call (live mode): not part of the role-play
        self._say(self.runner.action(event.name, self.now(), self._detail(event.name, event.detail)))
        if self.runner.ended == "caller_hung_up":
            QTimer.singleShot(1500, self._hang_up)
        if event.name == "end_call" and self.sip_customer is not None:
            self.sip_customer.hang_up()  # the trainee ended the call: the phone line ends too
        if event.name == "wrap_up":
            self.finish()

    def _detail(self, name: str, detail: str) -> str:
        """A wrap-up's disposition code as its name in the call's language (the timeline
        and the debrief show words, never codes)."""
        if name != "wrap_up" or not detail or self.console is None:
            return detail
        codes = getattr(getattr(self.console.controller, "bootstrap", None), "disposition_codes", None) or []
        found = next((c for c in codes if c.code == detail), None)
        if found is None:
            return detail
        return (found.name_zh if self.lang == "zh_CN" else found.name_en) or detail

    def reply(self, text: str) -> None:
        text = text.strip()
        if not text or self.report is not None or (self.clock and self.clock.paused):
            return
        said = self.runner.reply(text, self.now())
        if not self.runner.understood and not self.runner.ended:
            tips = self.runner.try_instead(full=self.easy)
            shown = [f"“{t}”" for t in tips] if self.easy else tips
            sentence = (
                self.tr("Not understood — try: %1").replace("%1", " / ".join(shown))
                if tips
                else self.tr("Not understood — try saying it another way.")
            )
            self.not_understood.emit(sentence)
        else:
            self.not_understood.emit("")
        self._say(said)
        if self.runner.ended == "caller_hung_up":
            QTimer.singleShot(1500, self._hang_up)

    # -- what the trainer does -----------------------------------------------------------
    def inject(self, event: str) -> None:
        if self.report is not None:
            return
        self._say(self.runner.event(event, self.now()))
        if event == "line_drops":
            self._hang_up()

    def take_over(self, text: str) -> None:
        """The trainer speaks as the customer."""
        if text.strip() and self.report is None:
            self.runner.customer_says(text.strip(), self.now())
            self._say([Utterance(self.runner.line_id or "", text.strip(), self.runner.mood)])

    def note(self, text: str) -> None:
        if text.strip():
            self.runner.note(text.strip(), self.now())
            self.timeline_changed.emit()

    def pause(self, paused: bool) -> None:
        if self.clock is not None:
            (self.clock.pause if paused else self.clock.resume)()
            self.timeline_changed.emit()

    def _hang_up(self) -> None:
        if self.sip_customer is not None:
            self.sip_customer.hang_up()
        c = self.console.controller if self.console else None
        if c is not None and c.call is not None and self.call is not None and c.call.call_id == self.call.call_id:
            self.source.bus.publish(CallerHungUp(self.identity.user_id, self.call.call_id))

    # -- speech ------------------------------------------------------------------------------
    def _say(self, utterances: list[Utterance]) -> None:
        for u in utterances:
            self.last_text = u.text
            self.customer_said.emit(u.text, u.mood)
            if self.sip_customer is None:
                self._synthesise(u.text, self.voice.get("rate", 170))
        if self.sip_customer is not None and utterances and self.speak_enabled:
            self.sip_customer.say([u.text for u in utterances])  # one turn, on the trainee's phone
        self.timeline_changed.emit()

    def _synthesise(self, text: str, rate: int) -> None:
        if not self.speak_enabled:
            return
        lang, folder, pitch = self.lang, self.work_dir / "speech", self.voice.get("pitch", 50)
        run_op(
            lambda: training_ops.speak(text, lang, folder, rate, pitch),
            self._play,
            self._speech_failed,
            name="training.speak",
            owner=self,
            pool=self.speech_pool,
        )

    def _speech_failed(self, _problem: Problem) -> None:
        if self.speak_enabled:  # what the engine said is in the log
            self.speak_enabled = False
            self.notice.emit(self.tr("No speech here: the customer's lines are shown as text only."))

    def _play(self, path: Path) -> None:
        self.last_wav = Path(path)
        if not self.play_audio:
            return
        if self.player is None:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

            if not QMediaDevices.audioOutputs():
                self.play_audio = False
                self.notice.emit(self.tr("No audio device: the customer's lines are shown as subtitles."))
                return
            self.player = QSoundEffect(self)
        self.player.setSource(QUrl.fromLocalFile(str(path)))
        self.player.play()

    def replay(self, slower: bool = False) -> None:
        if not self.last_text:
            return
        if self.sip_customer is not None:
            self.sip_customer.say([self.last_text])
        elif slower:
            self._synthesise(self.last_text, int(self.voice.get("rate", 170) * SLOW_FACTOR))
        elif self.last_wav is not None:
            self._play(self.last_wav)
        self.customer_said.emit(self.last_text, self.runner.mood)

    def wait_for_speech(self, msecs: int = 20000) -> bool:
        return self.speech_pool.waitForDone(msecs)

    # -- end ------------------------------------------------------------------------------------
    def finish(self, notes: str = "") -> Report:
        if self.report is not None:
            return self.report
        outcome = self.runner.ended or "agent_ended"
        self.report = score(self.scenario, self.lang, self.runner.timeline, outcome)
        report, timeline = self.report.to_dict(), [vars(e) for e in self.runner.timeline]
        # who ran it and when, and the intents in words: the debrief from the dashboard shows them
        report.update(
            title=self.scenario.title(self.lang),
            trainer_name=self.trainer_name,
            started_at=self.started_at.isoformat(),
            intent_names=self.scenario.resolve(self.scenario.data.get("intent_names") or {}, self.lang),
        )
        store, started, ended = self.real_store, self.started_at, datetime.now(UTC)
        notes = "\n".join([e.text for e in self.runner.timeline if e.kind == "note"] + ([notes] if notes else []))
        kwargs = dict(
            trainee_id=self.trainee_id,
            trainee_name=self.trainee_name,
            trainer_id=self.trainer_id,
            report=report,
            timeline=timeline,
            started_at=started,
            ended_at=ended,
            mode=self.mode,
            notes=notes,
        )
        if store is not None:
            run_op(
                lambda: training_ops.save_session(store, **kwargs).value,
                self._saved,
                lambda problem: self.notice.emit(
                    self.tr("The session could not be saved: %1").replace("%1", describe(problem))
                ),
                name="training.save_session",
                write=True,
            )
        self.finished.emit(self.report)
        return self.report

    def _saved(self, session_id: str) -> None:
        self.saved_id = session_id

    def close(self) -> None:
        customer, self.sip_customer = self.sip_customer, None
        if customer is not None:  # hangs up and stops the customer's user agent, off the GUI thread
            threading.Thread(target=customer.close, name="sip-customer-close", daemon=True).start()
        if self.live_session is not None:
            self.live_session.close()  # the one owner of the center stops its timer
        if self.console is not None:
            self.console.close()
            self.console = None
        if self.bridge is not None:
            self.bridge.close()
        self.speech_pool.waitForDone(5000)
        if self.store is not None:
            self.store.close()
            self.store = None
