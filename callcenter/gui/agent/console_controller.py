"""The console's behaviour: call events and agent actions drive the core state
machine; the panels only paint. Store work runs through the use cases
(``callcenter.ops``) off the GUI thread (``gui.ops.run_op``: reads side by side,
writes in order on the one serial pool), so a slow disk never delays Answer."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from callcenter.core.agent_state import AgentConfig, AgentState, AgentStateMachine, IllegalTransition, StateChange
from callcenter.core.agents import Identity
from callcenter.core.calls import (
    Call,
    CallerHungUp,
    CallOffered,
    CallSource,
    CallTransferred,
    ConsultEnded,
    OutboundAnswered,
    OutboundFailed,
    OutboundRinging,
    StateForced,
    TransferFailed,
)
from callcenter.core.console_actions import ConsoleAction
from callcenter.core.errors import Problem
from callcenter.core.phones import warm_up
from callcenter.core.policies import RingWrapPolicy, policy_for
from callcenter.core.screenpop import CustomerView, PopStatus, ScreenPop
from callcenter.gui.agent.call_control_words import call_problem_text
from callcenter.gui.alerts import RingAlert
from callcenter.gui.bridge import watch
from callcenter.gui.names import agent_state_name
from callcenter.gui.ops import run_op, write_pool
from callcenter.gui.problems import describe
from callcenter.gui.settings import Settings
from callcenter.ops import admin_policies, agent_activity, call_control, forced_state
from callcenter.ops import calls as call_ops
from callcenter.ops import customers as customer_ops
from callcenter.ops.auth import ConsoleBootstrap
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
    record_ready = Signal(object)  # CustomerView the agent opened (search, chooser, new customer)
    record_refreshed = Signal(object)  # CustomerView on screen, read again after its rows changed
    wrap_up_started = Signal()
    wrap_up_finished = Signal()
    error = Signal(str)  # plain words for the status bar
    logged_out = Signal()
    callback_not_placed = Signal(object)  # an outbound callback Call that rang out unanswered

    def __init__(
        self,
        store: Store,
        identity: Identity,
        source: CallSource,
        settings: Settings,
        alert: RingAlert | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.store, self.identity, self.source, self.settings = store, identity, source, settings
        self.region = settings.get("calls/default_region")
        self.sm = AgentStateMachine(identity.user_id, agent_config(settings))
        self.sm.listeners.append(self._state_changed)
        self._state_since: datetime | None = None  # wall time the current state began (reports)
        self.alert = alert
        self.call: Call | None = None
        self.muted = False
        self._transfer: tuple[str, str] | None = None  # (blind|attended, target): REFER sent, switch not heard
        self.pop: ScreenPop | None = None
        self.bootstrap = ConsoleBootstrap()  # reference data; the window hands it over when read
        self._shown = 0  # numbers each request to show a record: a late answer never covers a newer one
        self._reloading: dict[str, bool] = {}  # customer id -> read again when this read answers
        self._early: dict[str, list[Any]] = {}  # outbound call id -> its events come before the dial op answered
        self.ring_timer = QTimer(self, singleShot=True)
        self.ring_timer.timeout.connect(self.ring_timeout)
        self.tick_timer = QTimer(self, interval=1000)
        self.tick_timer.timeout.connect(self.tick)
        self.tick_timer.start()
        # adminpol: the site's ring and wrap-up policies (empty: the personal settings apply)
        self.base_config = agent_config(settings)
        self.policies: list[RingWrapPolicy] = []
        self.policies_loaded = 0  # reads answered (tests wait on it)
        # adminpol: forced states asked from another machine, carried here by sync
        self._forced_seen: set[str] = set()
        self._forced_waiting: str | None = None  # the request that applies after this call
        self._forced_reading = False
        self._forced_again = False
        self.forced_applied: list[str] = []  # request ids applied (or set to apply) here, in order
        watch(store, self, lambda _e: self.load_policies(), tables=admin_policies.TABLES)
        watch(store, self, lambda _e: self.check_forced(), tables=("forced_state_requests",))

    @property
    def current_call(self) -> Call:
        """The call being handled (asked for only in the states that have one)."""
        assert self.call is not None
        return self.call

    @property
    def writer(self) -> QThreadPool:
        """The serial pool this console's writes run on (shared by every window)."""
        return write_pool()

    # -- helpers ---------------------------------------------------------------
    def _state_changed(self, change: StateChange) -> None:
        self._record_state(change)
        if change.by == "supervisor" and self._forced_waiting and change.forced_by:
            self._mark_forced(self._forced_waiting, forced_state.APPLIED)  # it waited for the call's end
            self._forced_waiting = None
        # Only the agent's own availability goes to the source; call states are the source's to drive.
        if change.to_state in (AgentState.AVAILABLE, AgentState.NOT_READY, AgentState.LOGGED_OUT):
            try:
                follow = getattr(self.source, "agent_state", None)
                if follow is not None:  # a live center: its copy of this agent follows this machine
                    follow(self.identity.user_id, change.to_state.value, change.reason, self.identity.display_name)
                else:
                    self.source.agent_ready(self.identity.user_id, change.to_state is AgentState.AVAILABLE)
            except Exception as exc:  # the switch (simulator) disagreeing must not break the console
                log.warning("call source refused a state change: %s", type(exc).__name__)
        self.changed.emit()

    def on_state_forced(self, event: StateForced) -> None:
        """A supervisor forced this agent's state: now, or after the call (shown pending)."""
        if event.agent_id != self.identity.user_id:
            return
        try:
            to = AgentState(event.state)
            change = self.sm.force(to, event.reason)
        except ValueError:
            return
        if change is not None and to is AgentState.LOGGED_OUT:
            self.tick_timer.stop()
            self.logged_out.emit()
        self.changed.emit()

    # -- adminpol: policies and forced states from the store ---------------------------
    def load_policies(self) -> None:
        """Read the ring and wrap-up policies (at start and whenever an admin changes them)."""
        store = self.store
        run_op(
            lambda: admin_policies.read_policies(store).ring_wrap(),
            self._policies_read,
            lambda problem: log.warning("policies not read: %s", problem.code),
            name="agent.policies",
            owner=self,
        )

    def _policies_read(self, policies: list[RingWrapPolicy]) -> None:
        self.policies = policies
        self.policies_loaded += 1
        if self.sm.state not in (AgentState.RINGING, AgentState.ON_CALL, AgentState.ON_HOLD, AgentState.WRAP_UP):
            self.use_policy(None)
        self.changed.emit()

    def use_policy(self, queue_code: str | None) -> None:
        """The machine follows the queue's policy (the site default when it has none); with no
        policy in the store at all, the personal settings."""
        if self.policies:
            self.sm.config = policy_for(self.policies, queue_code).config(self.base_config)
        else:
            self.sm.config = self.base_config

    def check_forced(self) -> None:
        """Read this agent's open forced-state requests (a sync pull brought one, or at start)."""
        if self._forced_reading:
            self._forced_again = True
            return
        self._forced_reading = True
        store, identity = self.store, self.identity

        def answered(result: list[forced_state.ForceRequest] | Problem) -> None:
            self._forced_reading = False
            if isinstance(result, list):
                self._apply_forced(result)
            if self._forced_again:
                self._forced_again = False
                self.check_forced()

        run_op(lambda: forced_state.pending_for(store, identity), answered, answered, name="agent.forced", owner=self)

    def _apply_forced(self, requests: list[forced_state.ForceRequest]) -> None:
        for r in requests:
            if r.id in self._forced_seen:
                continue
            to = AgentState(r.state)
            if self.sm.state is AgentState.LOGGED_OUT and to is not AgentState.LOGGED_OUT:
                continue  # not signed in to take calls: it waits for nobody (the board shows it pending)
            self._forced_seen.add(r.id)
            self.forced_applied.append(r.id)
            change = self.sm.force(to, r.reason or None, by_user=r.requested_by)
            if change is None:
                self._forced_waiting = r.id
                self._mark_forced(r.id, forced_state.AFTER_CALL)
            else:
                self._mark_forced(r.id, forced_state.APPLIED)
                if to is AgentState.LOGGED_OUT:
                    self.tick_timer.stop()
                    self.logged_out.emit()
        self.changed.emit()

    def _mark_forced(self, request_id: str, status: str) -> None:
        store, identity = self.store, self.identity
        self._write(lambda: forced_state.mark_request(store, identity, request_id, status), "agent.forced_mark")

    def _record_state(self, change: StateChange) -> None:
        """Store the change (from, to, reason, start, end, by) off the GUI thread, in order."""
        now = _now()
        record = agent_activity.StateRecord(
            self.identity.user_id,
            change.from_state.value,
            self.sm.history[-2].reason if len(self.sm.history) > 1 else None,
            self._state_since,
            now,
            change.to_state.value,
            change.reason,
            change.by,
            self.sm.call_id or (self.call.call_id if self.call else ""),
            change.forced_by,
        )
        self._state_since = now
        store, identity = self.store, self.identity
        self._write(lambda: agent_activity.record_state_change(store, identity, record), "agent.state")

    def _record_leg(self, call: Call, wrap_ended_at: datetime | None = None, disposition_id: str | None = None) -> None:
        """Store a finished call leg (answered and wrapped up, abandoned, missed) in order."""
        store, identity, snapshot = self.store, self.identity, Call(**vars(call))
        self._write(
            lambda: agent_activity.record_call_leg(
                store, identity, snapshot, wrap_ended_at=wrap_ended_at, disposition_id=disposition_id
            ),
            "call.leg",
        )

    def _act(self, fn: Callable[..., Any], *args: Any) -> Any:
        try:
            return fn(*args)
        except IllegalTransition as refusal:  # e.g. a double-press racing a state change
            log.info("refused: %s while %s", refusal.action, refusal.state.value)
            self.error.emit(self.refusal_text(refusal))
            return None

    def refusal_text(self, refusal: IllegalTransition) -> str:
        return (
            self.tr("Not possible now (%2): you cannot %1.")
            .replace("%1", self.action_words(refusal.action))
            .replace("%2", agent_state_name(refusal.state))
        )

    def action_words(self, action: str) -> str:
        return {
            "login": self.tr("log in"),
            "available": self.tr("become available"),
            "not_ready": self.tr("go not ready"),
            "logout": self.tr("log out"),
            "offer": self.tr("take a call"),
            "offer_outbound": self.tr("start an outbound call"),
            "answer": self.tr("answer"),
            "miss": self.tr("miss a call"),
            "hold": self.tr("hold"),
            "resume": self.tr("resume"),
            "end": self.tr("end the call"),
            "caller_hangup": self.tr("hang up"),
            "fail": self.tr("drop the line"),
            "blind_transfer": self.tr("transfer"),
            "consult": self.tr("consult"),
            "complete_transfer": self.tr("complete a transfer"),
            "cancel_consult": self.tr("cancel a consultation"),
            "extend_wrap_up": self.tr("extend wrap-up"),
            "finish_wrap_up": self.tr("finish wrap-up"),
        }.get(action, action.replace("_", " "))

    def _write(self, fn: Callable[[], Any], name: str) -> None:
        run_op(fn, None, self._write_failed, name=name, write=True, owner=self)

    def _write_failed(self, problem: Problem) -> None:
        self.error.emit(
            self.tr("Could not save the call record (it will be retried with the next change): %1").replace(
                "%1", describe(problem)
            )
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
            store = self.store
            self._write(lambda: call_ops.save_call(store, snapshot), "call.save")

    # -- agent state -------------------------------------------------------------
    def login(self) -> None:
        self._act(self.sm.login, False)
        self.load_policies()
        self.check_forced()
        region = self.region
        run_op(lambda: warm_up(region), None, lambda problem: None, name="agent.warm_up", owner=self)

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
            if event.call.direction == "inbound":  # the switch must not ring a console that cannot take it
                self._tell_source(self.source.call_missed, event.call)
            return
        call = event.call
        self.use_policy(call.queue_code)  # adminpol: this call rings and wraps up by its queue's policy
        self.sm.offer(call.call_id)  # the console rings at once; the pop fills in when ready
        self.call, self.muted, self.pop, self._transfer = call, False, None, None
        self._shown += 1  # the caller's pop comes next: records asked for before it are stale
        self.ring_timer.start(int(self.sm.config.ring_timeout_s * 1000))
        if self.alert:
            if call.direction == "outbound":
                self.alert.start(self.tr("Callback due"), self.tr("Call back %1").replace("%1", call.ani or "—"))
            else:
                self.alert.start(self.tr("Incoming call"), self.tr("Call from %1").replace("%1", call.ani or "—"))
        store, identity, region, offered = self.store, self.identity, self.region, Call(**vars(call))
        # One write op: the interaction exists before any lookup can fail; the pop follows.
        run_op(
            lambda: call_ops.offer_call(store, identity, offered, region),
            lambda done: self._pop_done(call, done.value, offered),
            lambda problem: self.error.emit(self.tr("Lookup failed: %1").replace("%1", describe(problem))),
            name="call.offer",
            write=True,
            owner=self,
        )
        self.changed.emit()

    def _pop_done(self, call: Call, offered: call_ops.OfferedCall, as_offered: Call | None = None) -> None:
        pop = offered.pop
        call.interaction_id = offered.interaction_id
        if pop.status is PopStatus.MATCHED and pop.view is not None:
            call.customer_id = pop.view.customer_id
        # An offer's op wrote the call as it was offered, linked to the customer it found.
        # Answered, ended or given a customer meanwhile, the call is written again; otherwise
        # the record is as it is (one write, one change event and one re-read of the record
        # fewer a call). A dialled call (no ``as_offered``) is written in any case.
        on_record = as_offered and replace(as_offered, interaction_id=call.interaction_id, customer_id=call.customer_id)
        if call != on_record:
            self.persist(call)
        if call is self.call:
            self._shown += 1
            self.pop = pop
            self.pop_ready.emit(pop)
            self.changed.emit()

    # -- records -----------------------------------------------------------------------
    def open_customer(self, customer_id: str, how: str = "search") -> None:
        """Show a customer's record (search, chooser, new customer...): read and audited in
        one op; ``record_ready`` carries it when it is read. The agent's action is told at once."""
        self._shown += 1
        shown = self._shown
        self.publish_action("open_record", how)
        # The agent says whom this call is with: chosen on a shared line, or found by search
        # when the number told nothing (withheld, unknown, malformed): the call goes on that record.
        if self.call is not None and (how == "chooser" or (how == "search" and self.call.customer_id is None)):
            if how == "search":
                self.error.emit(self.tr("This call is saved on the record you opened."))
            self.call.customer_id = customer_id
            self.persist()
        store, identity, region = self.store, self.identity, self.region
        run_op(
            lambda: customer_ops.open_customer(store, identity, customer_id, how, region),
            lambda done: self._record_read(shown, done.value),
            lambda problem: self.error.emit(describe(problem)),
            name="customer.open",
            write=True,
            owner=self,
        )

    def _record_read(self, shown: int, view: CustomerView) -> None:
        if shown == self._shown:
            self.record_ready.emit(view)

    def reload_customer(self, customer_id: str) -> None:
        """Read the record on screen again (its rows changed here, in another window or by
        a sync pull); ``record_refreshed`` carries it. Changes arriving during a read are
        folded into one more read."""
        if customer_id in self._reloading:
            self._reloading[customer_id] = True
            return
        self._reloading[customer_id] = False
        store, identity, region = self.store, self.identity, self.region

        def answered(view: CustomerView | Problem) -> None:
            again = self._reloading.pop(customer_id, False)
            if again:
                self.reload_customer(customer_id)
            elif isinstance(view, CustomerView):
                self._refreshed(view)

        run_op(
            lambda: customer_ops.customer_view(store, identity, customer_id, region),
            answered,
            answered,  # gone (a tombstone): the record stays as it was shown
            name="customer.reload",
            owner=self,
        )

    def _refreshed(self, view: CustomerView) -> None:
        if self.pop is not None and self.pop.view is not None and self.pop.view.customer_id == view.customer_id:
            self.pop = replace(self.pop, view=view)
        self.record_refreshed.emit(view)
        self.changed.emit()

    def on_call_dropped(self, event: Any) -> None:
        """The phone lost a call's line (``telephony.events.CallDropped``: no media, network,
        the softphone gone): in talk it ends as failed, still ringing as abandoned; wrap-up
        and the call's record follow either way."""
        if event.agent_id != self.identity.user_id or self.call is None or event.call_id != self.call.call_id:
            return
        if self.sm.state in (AgentState.ON_CALL, AgentState.ON_HOLD):
            self.error.emit(self.tr("The line dropped: the call ended without a hang-up. Wrap it up as usual."))
            self.line_failed()
        else:
            self.on_caller_hung_up(CallerHungUp(event.agent_id, event.call_id))

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
        self.current_call.answered_at = _now()
        self.answered_mono = self.sm.clock()
        self._tell_source(self.source.call_answered, self.current_call)
        self.persist()
        self.publish_action("answer")
        self.changed.emit()

    # Call control asks the call source first (``ops.call_control``), then moves the state
    # machine: a request the source refuses changes nothing and is said in words. Sources
    # answer at once by contract (the softphone queues its commands to its own thread, the
    # simulator runs on this one), so these never wait; only dialling touches the store
    # and runs through the op runner.
    def _control(self, fn: Callable[..., Any], *args: Any) -> tuple[bool, Any]:
        try:
            done = fn(self.source, self.identity, *args)
        except Problem as problem:
            log.info("call source refused %s: %s", getattr(fn, "__name__", fn), problem.code)
            self.error.emit(call_problem_text(problem))
            return False, None
        except Exception as exc:  # a source failing must not break the console
            log.warning("call source failed %s: %s", getattr(fn, "__name__", fn), type(exc).__name__)
            self.error.emit(call_problem_text(exc))
            return False, None
        return True, done.value

    def hold_toggle(self) -> None:
        if self.sm.state is AgentState.ON_CALL:
            if not self._control(call_control.hold, self.current_call.call_id)[0]:
                return
            if self._act(self.sm.hold) is not None:
                self.current_call.hold_started = _now()
                self.current_call.hold_count += 1
                self.publish_action("hold")
        elif self.sm.state is AgentState.ON_HOLD and not self.sm.consulting:
            if not self._control(call_control.resume, self.current_call.call_id)[0]:
                return
            if self._act(self.sm.resume) is not None:
                self._close_hold()
                self.publish_action("resume")
        self.persist()
        self.changed.emit()

    def _close_hold(self) -> None:
        if self.call and self.call.hold_started:
            self.call.hold_seconds += (_now() - self.call.hold_started).total_seconds()
            self.call.hold_started = None

    def hold_seconds_now(self) -> float:
        """How long the caller has been on hold this time (0 when not held)."""
        if self.call is None or self.call.hold_started is None:
            return 0.0
        return max(0.0, (_now() - self.call.hold_started).total_seconds())

    def mute_toggle(self) -> None:
        if self.sm.state is AgentState.ON_CALL:
            if self._control(call_control.mute, self.current_call.call_id, not self.muted)[0]:
                self.muted = not self.muted
                self.publish_action("mute" if self.muted else "unmute")
            self.changed.emit()

    def send_digits(self, digits: str) -> bool:
        """DTMF to the far end (the dial pad): an IVR's menu, a PIN. Whether they went."""
        if self.call is not None and self.sm.state in (AgentState.ON_CALL, AgentState.ON_HOLD):
            if self._control(call_control.dtmf, self.call.call_id, digits)[0]:
                self.publish_action("dtmf")
                return True
        return False

    def end(self) -> None:
        self._end_call(self.sm.end, action="end_call")

    def line_failed(self) -> None:
        if self.call is not None and self.sm.state in (AgentState.ON_CALL, AgentState.ON_HOLD):
            self.call.outcome = "failed"
            self._end_call(self.sm.fail)

    def blind_transfer(self, target: str) -> None:
        if self.call is None or "blind_transfer" not in self.sm.allowed_actions():
            self._act(self.sm.blind_transfer, target)  # says why not
            return
        self._transfer = ("blind", target)  # set first: a simulator says CallTransferred at once
        if not self._control(call_control.transfer_blind, self.call.call_id, target)[0]:
            self._transfer = None
            return
        self._wait_for_transfer(target)

    def consult(self, target: str) -> None:
        was_on_call = self.sm.state is AgentState.ON_CALL
        if self.call is None or "consult" not in self.sm.allowed_actions() or self.sm.consulting:
            self._act(self.sm.consult, target)
            return
        if not self._control(call_control.transfer_attended_start, self.call.call_id, target)[0]:
            return
        if self._act(self.sm.consult, target) is not None and was_on_call:
            self.current_call.hold_started = _now()
            self.current_call.hold_count += 1
        self.changed.emit()

    def complete_transfer(self) -> None:
        if self.call is not None and self.sm.consulting:
            target = self.sm.consulting
            self._transfer = ("attended", target)
            if not self._control(call_control.transfer_attended_complete, self.call.call_id)[0]:
                self._transfer = None
                return
            self._wait_for_transfer(target)

    def _wait_for_transfer(self, target: str) -> None:
        """The REFER is sent; the agent's part ends when the switch says the caller was taken
        (``CallTransferred``: at once from the simulator, after the NOTIFY from a real phone
        system). Until then the caller is still on this line: a refused transfer
        (``TransferFailed``) leaves the agent talking to them, not in wrap-up."""
        if self._transfer is not None:
            self.error.emit(self.tr("Transferring to %1…").replace("%1", target))
            self.changed.emit()

    def _transferred(self) -> None:
        assert self.call is not None and self._transfer is not None
        how, target = self._transfer
        self._transfer = None
        self.call.outcome, self.call.transferred_to = "transferred", target
        # the source handed the caller on and ended the agent's part itself: no hang-up is sent
        if how == "blind":
            self._end_call(self.sm.blind_transfer, target, action="transfer", tell_source=False)
        else:
            self._end_call(self.sm.complete_transfer, action="transfer", tell_source=False)

    def cancel_consult(self) -> None:
        if self.call is not None and self.sm.consulting:
            if not self._control(call_control.transfer_attended_cancel, self.call.call_id)[0]:
                return
        if self._act(self.sm.cancel_consult) is not None:
            if self.call is not None:
                self._control(call_control.resume, self.call.call_id)  # back to the caller
            self._close_hold()
            self.persist()
        self.changed.emit()

    # -- what the switch says afterwards ------------------------------------------------------
    def on_call_control(self, event: Any) -> None:
        """A call-control event of this agent's (``gui.bridge.call_control``)."""
        if getattr(event, "agent_id", None) != self.identity.user_id:
            return
        call = self.call
        if isinstance(event, (OutboundRinging, OutboundAnswered, OutboundFailed)) and (
            call is None or call.call_id != event.call_id
        ):
            if call is None:
                self._early.setdefault(event.call_id, []).append(event)  # a dial whose op has not answered yet
            return
        if call is None or getattr(event, "call_id", None) != call.call_id:
            return
        if isinstance(event, OutboundAnswered) and call.answered_at is None:
            call.answered_at = _now()
            self.answered_mono = self.sm.clock()
            self.persist()
        elif isinstance(event, OutboundFailed) and call.answered_at is None:
            self.error.emit(self.tr("The call did not connect: %1").replace("%1", call_problem_text(event.problem)))
            call.outcome = "failed"
            self._end_call(self.sm.fail, tell_source=False)
        elif isinstance(event, CallTransferred) and self._transfer is not None:
            self._transferred()
        elif isinstance(event, TransferFailed):
            self._transfer = None
            self.error.emit(
                self.tr("The transfer did not go through: %1 The caller is still on the line.").replace(
                    "%1", call_problem_text(event.problem)
                )
            )
        elif isinstance(event, ConsultEnded) and event.reason != "cancelled" and self.sm.consulting:
            self._act(self.sm.cancel_consult)
            if self.sm.state is AgentState.ON_CALL:  # the caller is still held at the switch
                self.sm.hold()
            self.error.emit(self.tr("The consultation ended before the transfer: the caller is on hold."))
        self.changed.emit()

    # -- outbound calls ---------------------------------------------------------------------------
    def dial_customer(self, customer_id: str, number: str | None = None) -> None:
        """Click-to-call from the record on screen (its primary number unless ``number``)."""
        store, source, me, region = self.store, self.source, self.identity, self.region
        self._dial(lambda: call_control.dial_customer(store, source, me, customer_id, number, region), "customer")

    def dial_number(self, number: str) -> None:
        store, source, me, region = self.store, self.source, self.identity, self.region
        self._dial(lambda: call_control.dial_number(store, source, me, number, region=region), "number")

    def dial_callback(self, callback_id: str) -> None:
        """Ring back a due follow-up callback on its number."""
        store, source, me, region = self.store, self.source, self.identity, self.region
        self._dial(lambda: call_control.dial_callback(store, source, me, callback_id, region), "callback")

    def dial_retention(self, retention_id: str) -> None:
        store, source, me, region = self.store, self.source, self.identity, self.region
        self._dial(lambda: call_control.dial_retention(store, source, me, retention_id, region), "retention")

    def _dial(self, fn: Callable[[], Any], how: str) -> None:
        if "offer_outbound" not in self.sm.allowed_actions():
            self.error.emit(
                self.tr("Not possible now (%1): finish this call first.").replace("%1", agent_state_name(self.sm.state))
            )
            return
        run_op(
            fn,
            self._dialled,
            lambda problem: self.error.emit(call_problem_text(problem)),
            name=f"call.dial_{how}",
            write=True,
            owner=self,
        )

    def _dialled(self, done: Any) -> None:
        dialled: call_control.Dialled = done.value
        call = dialled.call
        early = self._early.pop(call.call_id, [])
        if "offer_outbound" not in self.sm.allowed_actions():  # a call came in meanwhile
            self._tell_source(self.source.call_talk_ended, call)
            return
        self.sm.offer_outbound(call.call_id)
        self.call, self.muted, self.pop, self._transfer = call, False, None, None
        self._shown += 1
        self.publish_action("dial")
        store, identity, region = self.store, self.identity, self.region
        run_op(
            lambda: call_ops.screen_pop(
                store, identity, call.ani, region, customer_id=call.customer_id, interaction_id=call.interaction_id
            ),
            lambda done: self._pop_done(call, call_ops.OfferedCall(call.interaction_id or "", done.value)),
            lambda problem: self.error.emit(self.tr("Lookup failed: %1").replace("%1", describe(problem))),
            name="call.dial_pop",
            write=True,
            owner=self,
        )
        self.changed.emit()
        for event in early:
            self.on_call_control(event)

    def _tell_source(self, method: Callable[[str, str], Any], call: Call) -> None:
        try:
            method(self.identity.user_id, call.call_id)
        except Exception as exc:  # the switch (simulator) disagreeing must not break the console
            log.warning("call source refused %s: %s", getattr(method, "__name__", method), exc)

    def _end_call(self, transition: Callable[..., Any], *args: Any, action: str = "", tell_source: bool = True) -> None:
        self._transfer = None
        was_talking = tell_source and self.sm.state in (AgentState.ON_CALL, AgentState.ON_HOLD)
        if self._act(transition, *args) is None:
            return
        if action:
            self.publish_action(action, args[0] if args else "")
        if was_talking:
            self._tell_source(self.source.call_talk_ended, self.current_call)
        self.ring_timer.stop()
        if self.alert:
            self.alert.stop()
        self._close_hold()
        self.current_call.ended_at = _now()
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
        leg = Call(**vars(self.call))
        if leg.direction == "outbound":
            leg.outcome = "not_placed"
        self._record_leg(leg)
        if self.call.direction == "outbound":  # a callback not placed: no caller was kept waiting
            self.sm.callback_rang_out()
            self.callback_not_placed.emit(self.call)
        else:
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
            store, identity, interaction_id, ended = self.store, self.identity, call.interaction_id, _now()
            csat, nps = self.survey_handler() if self.survey_handler else (None, None)
            period = self.settings.get("surveys/nps_period_days")
            self._write(
                lambda: call_ops.wrap_up(
                    store, identity, interaction_id, disposition_id, notes, ended, csat, nps, period
                ),
                "call.wrap_up",
            )
        self.call, self.pop = None, None
        # The machine first, then the switch: a call the switch routes at once finds this agent free.
        self.sm.finish_wrap_up(timed_out=timed_out)
        if call is not None:
            self._record_leg(call, _now(), disposition_id)
            self._tell_source(self.source.call_ended, call)
        self.wrap_up_finished.emit()
        if call is not None:
            self.publish_action("wrap_up", self.bootstrap.disposition_code(disposition_id), call)

    def wrap_remaining(self) -> float:
        return (self.sm.wrap_deadline - self.sm.clock()) if self.sm.wrap_deadline else 0.0

    # -- timers ------------------------------------------------------------------------
    # set by the window: returns (disposition, notes) typed so far
    wrap_timeout_handler: Callable[[], tuple[str | None, str]] | None = None
    # set by the window: returns the survey answers (CSAT, NPS) given in wrap-up
    survey_handler: Callable[[], tuple[int | None, int | None]] | None = None

    def tick(self) -> None:
        if self.sm.state is AgentState.WRAP_UP and self.sm.wrap_deadline and self.sm.clock() >= self.sm.wrap_deadline:
            disposition, notes = self.wrap_timeout_handler() if self.wrap_timeout_handler else (None, "")
            self.finish_wrap_up(disposition, notes, timed_out=True)  # what was typed is kept
        else:
            self.sm.tick()
        self.changed.emit()

    def wait_for_writes(self, msecs: int = 5000) -> bool:
        return self.writer.waitForDone(msecs)
