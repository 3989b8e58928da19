"""The console's behaviour: call events and agent actions drive the core state
machine; the panels only paint. Store work runs in the background (lookups on
the shared pool, writes in order on one serial pool), so a slow disk never
delays Answer."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from callcenter.core.agent_state import AgentConfig, AgentState, AgentStateMachine, IllegalTransition
from callcenter.core.agents import Identity
from callcenter.core.calls import Call, CallerHungUp, CallOffered, CallSource
from callcenter.core.console_actions import ConsoleAction
from callcenter.core.phones import normalise
from callcenter.core.screenpop import PopStatus, ScreenPop
from callcenter.gui.alerts import RingAlert
from callcenter.gui.settings import Settings
from callcenter.gui.tasks import run_task, serial_pool
from callcenter.store import repo, screenpop
from callcenter.store.db import Store

log = logging.getLogger(__name__)


def _now() -> datetime:
    return datetime.now(UTC)


def agent_config(settings: Settings) -> AgentConfig:
    return AgentConfig(
        wrap_up_timeout_s=settings.get("calls/wrap_up_timeout_s"),
        wrap_up_extend_s=settings.get("calls/wrap_up_extend_s"),
        after_wrap_up=AgentState.NOT_READY
        if settings.get("calls/after_wrap_up") == "not_ready"
        else AgentState.AVAILABLE,
        max_missed_offers=settings.get("calls/max_missed_offers"),
        missed_pause_s=settings.get("calls/missed_pause_s"),
        ring_timeout_s=settings.get("calls/ring_timeout_s"),
    )


class ConsoleController(QObject):
    changed = Signal()  # state or call changed: repaint the panels
    pop_ready = Signal(object)  # ScreenPop for the current call
    wrap_up_started = Signal()
    wrap_up_finished = Signal()
    error = Signal(str)  # plain words for the status bar
    logged_out = Signal()

    def __init__(
        self,
        store: Store,
        identity: Identity,
        source: CallSource,
        settings: Settings,
        alert: RingAlert | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.store, self.identity, self.source, self.settings = store, identity, source, settings
        self.region = settings.get("calls/default_region")
        self.sm = AgentStateMachine(identity.user_id, agent_config(settings))
        self.sm.listeners.append(self._state_changed)
        self.alert = alert
        self.call: Call | None = None
        self.muted = False
        self.pop: ScreenPop | None = None
        self.writer = serial_pool(self)
        self.ring_timer = QTimer(self, singleShot=True)
        self.ring_timer.timeout.connect(self.ring_timeout)
        self.tick_timer = QTimer(self, interval=1000)
        self.tick_timer.timeout.connect(self.tick)
        self.tick_timer.start()

    # -- helpers ---------------------------------------------------------------
    def _state_changed(self, change) -> None:
        # Only the agent's own availability goes to the source; call states are the source's to drive.
        if change.to_state in (AgentState.AVAILABLE, AgentState.NOT_READY, AgentState.LOGGED_OUT):
            self.source.agent_ready(self.identity.user_id, change.to_state is AgentState.AVAILABLE)
        self.changed.emit()

    def _act(self, fn, *args):
        try:
            return fn(*args)
        except IllegalTransition as exc:  # e.g. a double-press racing a state change
            log.info("refused: %s", exc)
            self.error.emit(self.tr("Not possible now: %1").replace("%1", str(exc)))
            return None

    def _write(self, fn) -> None:
        run_task(
            fn,
            None,
            lambda exc: self.error.emit(
                self.tr("Could not save the call record: %1 (it will be retried with the next change)").replace(
                    "%1", str(exc)
                )
            ),
            pool=self.writer,
        )

    def publish_action(self, name: str, detail: str = "", call: Call | None = None) -> None:
        """Tell listeners (the training runner) what the agent did, on the source's event bus."""
        bus = getattr(self.source, "bus", None)
        call = call or self.call
        if bus is not None:
            bus.publish(ConsoleAction(self.identity.user_id, name, detail, call.call_id if call else None))

    def persist(self, call: Call | None = None) -> None:
        """Write the call's facts (default: the current call) to its interaction, in order."""
        call = call or self.call
        if call is not None and call.interaction_id:
            snapshot = Call(**vars(call))
            self._write(lambda: repo.save_call(self.store, snapshot))

    # -- agent state -------------------------------------------------------------
    def login(self) -> None:
        self._act(self.sm.login, False)

    def set_available(self) -> None:
        self._act(self.sm.set_available)

    def set_not_ready(self, reason: str) -> None:
        self._act(self.sm.set_not_ready, reason)

    def logout(self) -> None:
        if self._act(self.sm.logout) is not None:
            self.tick_timer.stop()
            self.logged_out.emit()

    # -- calls arriving ------------------------------------------------------------
    def on_call_offered(self, event: CallOffered) -> None:
        if event.agent_id != self.identity.user_id:
            return
        if not self.sm.can_take_call():
            log.info("offer refused: agent is %s", self.sm.state.value)
            return
        call = event.call
        self.sm.offer(call.call_id)  # the console rings at once; the pop fills in when ready
        self.call, self.muted, self.pop = call, False, None
        self.ring_timer.start(int(self.sm.config.ring_timeout_s * 1000))
        if self.alert:
            if call.direction == "outbound":
                self.alert.start(self.tr("Callback due"), self.tr("Call back %1").replace("%1", call.ani or "—"))
            else:
                self.alert.start(self.tr("Incoming call"), self.tr("Call from %1").replace("%1", call.ani or "—"))
        store, region, sensitive = self.store, self.region, self.identity.sees_sensitive
        user_id = self.identity.user_id

        def offer_and_lookup():
            # One background task: the interaction exists before any lookup can fail.
            interaction_id = repo.record_offer(store, call, user_id, call.customer_id, region=region)
            with store.engine.connect() as conn:
                if call.customer_id:  # an outbound callback: we know whom we are calling
                    view = screenpop.load_view(conn, call.customer_id, sensitive, region)
                    pop = ScreenPop(PopStatus.MATCHED, normalise(call.ani, region), view=view)
                else:
                    pop = screenpop.pop(conn, call.ani, region, sensitive)
            return interaction_id, pop

        run_task(
            offer_and_lookup,
            lambda result: self._pop_done(call, *result),
            lambda exc: self.error.emit(self.tr("Lookup failed: %1").replace("%1", str(exc))),
        )
        self.changed.emit()

    def _pop_done(self, call: Call, interaction_id: str, pop: ScreenPop) -> None:
        call.interaction_id = interaction_id
        if pop.status is PopStatus.MATCHED and pop.view is not None:
            call.customer_id = pop.view.customer_id
            self._audit_view(pop.view.customer_id, "screen pop")
        self.persist(call)  # it may have ended already; its record is written all the same
        if call is self.call:
            self.pop = pop
            self.pop_ready.emit(pop)
            self.changed.emit()

    def _audit_view(self, customer_id: str, how: str) -> None:
        user = self.identity.user_id
        detail = how + ("; sensitive shown" if self.identity.sees_sensitive else "")
        self._write(lambda: repo.audit(self.store, user, "view", "customer", customer_id, detail))

    def open_customer(self, customer_id: str, how: str = "search"):
        """Load a record for display (search, chooser); audited. Returns the view."""
        with self.store.engine.connect() as conn:
            view = screenpop.load_view(conn, customer_id, self.identity.sees_sensitive, self.region)
        if view is None:
            return None
        self._audit_view(customer_id, how)
        self.publish_action("open_record", how)
        if self.call is not None and how == "chooser":
            self.call.customer_id = customer_id
            self.persist()
        return view

    def on_caller_hung_up(self, event: CallerHungUp) -> None:
        if self.call is None or event.call_id != self.call.call_id:
            return
        if self.sm.state is AgentState.RINGING:
            self.call.outcome = "abandoned"
        self._end_call(self.sm.caller_hangup)

    # -- agent call actions -----------------------------------------------------------
    def answer(self) -> None:
        if self._act(self.sm.answer) is None:
            return
        self.ring_timer.stop()
        if self.alert:
            self.alert.stop()
        self.call.answered_at = _now()
        self.answered_mono = self.sm.clock()
        self._tell_source(self.source.call_answered, self.call)
        self.persist()
        self.publish_action("answer")
        self.changed.emit()

    def hold_toggle(self) -> None:
        if self.sm.state is AgentState.ON_CALL:
            if self._act(self.sm.hold) is not None:
                self.call.hold_started = _now()
                self.call.hold_count += 1
                self.muted = False
                self.publish_action("hold")
        elif self.sm.state is AgentState.ON_HOLD and not self.sm.consulting:
            if self._act(self.sm.resume) is not None:
                self._close_hold()
                self.publish_action("resume")
        self.persist()
        self.changed.emit()

    def _close_hold(self) -> None:
        if self.call and self.call.hold_started:
            self.call.hold_seconds += (_now() - self.call.hold_started).total_seconds()
            self.call.hold_started = None

    def mute_toggle(self) -> None:
        if self.sm.state is AgentState.ON_CALL:
            self.muted = not self.muted
            self.changed.emit()

    def end(self) -> None:
        self._end_call(self.sm.end, action="end_call")

    def line_failed(self) -> None:
        if self.call is not None and self.sm.state in (AgentState.ON_CALL, AgentState.ON_HOLD):
            self.call.outcome = "failed"
            self._end_call(self.sm.fail)

    def blind_transfer(self, target: str) -> None:
        if self.call is not None:
            self.call.outcome, self.call.transferred_to = "transferred", target
            self._end_call(self.sm.blind_transfer, target, action="transfer")

    def consult(self, target: str) -> None:
        was_on_call = self.sm.state is AgentState.ON_CALL
        if self._act(self.sm.consult, target) is not None and was_on_call:
            self.call.hold_started = _now()
            self.call.hold_count += 1
        self.changed.emit()

    def complete_transfer(self) -> None:
        if self.call is not None and self.sm.consulting:
            self.call.outcome, self.call.transferred_to = "transferred", self.sm.consulting
            self._end_call(self.sm.complete_transfer, action="transfer")

    def cancel_consult(self) -> None:
        if self._act(self.sm.cancel_consult) is not None:
            self._close_hold()
            self.persist()
        self.changed.emit()

    def _tell_source(self, method, call: Call) -> None:
        try:
            method(self.identity.user_id, call.call_id)
        except Exception as exc:  # the switch (simulator) disagreeing must not break the console
            log.warning("call source refused %s: %s", getattr(method, "__name__", method), exc)

    def _end_call(self, transition, *args, action: str = "") -> None:
        was_talking = self.sm.state in (AgentState.ON_CALL, AgentState.ON_HOLD)
        if self._act(transition, *args) is None:
            return
        if action:
            self.publish_action(action, args[0] if args else "")
        if was_talking:
            self._tell_source(self.source.call_talk_ended, self.call)
        self.ring_timer.stop()
        if self.alert:
            self.alert.stop()
        self._close_hold()
        self.call.ended_at = _now()
        self.muted = False
        self.persist()
        self.wrap_up_started.emit()
        self.changed.emit()

    def ring_timeout(self) -> None:
        if self.sm.state is not AgentState.RINGING or self.call is None:
            return
        if self.alert:
            self.alert.stop()
        self.call.outcome, self.call.ended_at = "missed", _now()
        self.persist()
        self._tell_source(self.source.call_missed, self.call)
        self.sm.miss()
        self.call = None
        self.changed.emit()

    # -- wrap-up ---------------------------------------------------------------------
    def extend_wrap_up(self) -> None:
        self._act(self.sm.extend_wrap_up)
        self.changed.emit()

    def finish_wrap_up(self, disposition_id: str | None, notes: str, timed_out: bool = False) -> None:
        if self.sm.state is not AgentState.WRAP_UP:
            return
        call = self.call
        if call is not None and call.interaction_id:
            fields = dict(disposition_id=disposition_id, notes=notes, wrap_ended_at=_now())
            interaction_id = call.interaction_id
            self._write(lambda: repo.update_interaction(self.store, interaction_id, **fields))
        if call is not None:
            self._tell_source(self.source.call_ended, call)
        self.call, self.pop = None, None
        self.sm.finish_wrap_up(timed_out=timed_out)
        self.wrap_up_finished.emit()
        if call is not None:
            self.publish_action("wrap_up", self._disposition_code(disposition_id), call)

    def _disposition_code(self, disposition_id: str | None) -> str:
        if not disposition_id:
            return ""
        codes = getattr(self, "_codes", None)
        if codes is None:
            codes = self._codes = {c.id: c.code for c in repo.disposition_codes(self.store)}
        return codes.get(disposition_id, "")

    def wrap_remaining(self) -> float:
        return (self.sm.wrap_deadline - self.sm.clock()) if self.sm.wrap_deadline else 0.0

    # -- timers ------------------------------------------------------------------------
    wrap_timeout_handler = None  # set by the window: returns (disposition, notes) typed so far

    def tick(self) -> None:
        if self.sm.state is AgentState.WRAP_UP and self.sm.wrap_deadline and self.sm.clock() >= self.sm.wrap_deadline:
            disposition, notes = self.wrap_timeout_handler() if self.wrap_timeout_handler else (None, "")
            self.finish_wrap_up(disposition, notes, timed_out=True)  # what was typed is kept
        else:
            self.sm.tick()
        self.changed.emit()

    def wait_for_writes(self, msecs: int = 5000) -> bool:
        return self.writer.waitForDone(msecs)
