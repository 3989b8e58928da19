"""The agent console: state bar, call controls, search, screen pop, wrap-up.
The window only composes panels and menus; behaviour is in ConsoleController.

It never touches the store itself: its reference data arrive in one read op
(``ops.auth.console_bootstrap``) and fill the panels when it answers; the record
on screen repaints when a change to its customer is committed here, in another
window or by a sync pull (``gui.bridge.watch``)."""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from callcenter.core.agent_state import AgentState
from callcenter.core.agents import Identity
from callcenter.core.calls import CallSource
from callcenter.core.changes import Changed
from callcenter.core.screenpop import CustomerView, PopStatus
from callcenter.gui.agent.call_panel import CallPanel
from callcenter.gui.agent.console_controller import ConsoleController
from callcenter.gui.agent.credit_limit_dialog import CreditLimitDialog
from callcenter.gui.agent.customer_dialog import CustomerDialog
from callcenter.gui.agent.dial_pad_dialog import DialPadDialog
from callcenter.gui.agent.order_entry_dialog import OrderEntryDialog
from callcenter.gui.agent.screen_pop_panel import ScreenPopPanel
from callcenter.gui.agent.search_panel import SearchPanel
from callcenter.gui.agent.state_panel import StatePanel
from callcenter.gui.agent.transfer_dialog import TransferDialog
from callcenter.gui.agent.wrap_up_panel import WrapUpPanel
from callcenter.gui.alerts import RingAlert
from callcenter.gui.bridge import EventBridge, watch
from callcenter.gui.names import set_queue_names
from callcenter.gui.ops import run_op
from callcenter.gui.problems import describe
from callcenter.gui.settings import Settings
from callcenter.ops import auth as auth_ops
from callcenter.ops import calls as call_ops
from callcenter.ops import surveys as survey_ops
from callcenter.ops.auth import ConsoleBootstrap
from callcenter.store.db import Store
from callcenter.training.actions import SECTION_ACTIONS

log = logging.getLogger(__name__)


class ConsoleWindow(QMainWindow):
    signed_out = Signal()  # the agent logged out: whoever opened the console offers the sign-in again
    confirm_close = True  # ask before dropping a live call (tests and shutdown turn it off)
    confirm_logout = True  # ask before logging out (tests turn it off)
    signing_out = False  # closing because the agent logged out (not quitting the application)
    start_sync = True  # background sync on its schedule (tests turn it off)
    # Parts that gui.console_assembly installs (the console itself knows none of them).
    complaints: Any = None
    sync: Any = None
    board: Any = None

    def __init__(
        self,
        store: Store,
        identity: Identity,
        source: CallSource,
        bridge: EventBridge,
        settings: Settings,
        lang: str,
        parent: QWidget | None = None,
        center: Any = None,
        open_board: Callable[[], None] | None = None,
    ):
        super().__init__(parent)
        self.closing_hooks: list[Callable[[], None]] = []  # parts added by gui.console_assembly stop here
        self.preferences_hooks: list[Callable[[Any], None]] = []  # told of a saved Preferences dialog
        self._open_board = open_board
        self.store, self.identity, self.source, self.lang = store, identity, source, lang
        self.center = center  # the live simulation, when calls come from it
        self.settings = settings
        self.setWindowTitle(self.tr("Agent console — %1").replace("%1", identity.display_name))
        self.resize(1360, 860)
        self.alert = RingAlert(self, sound=settings.get("calls/ring_sound"))
        self.controller = ConsoleController(store, identity, source, settings, self.alert, self)
        self.rng = random.Random()

        self.bootstrap: ConsoleBootstrap | None = None  # reference data, once read
        self.dial_pad: DialPadDialog | None = None  # the dial pad, once opened
        self.state_panel = StatePanel([], lang)
        self.call_panel = CallPanel()
        self._shown: tuple[Any, ...] | None = None  # what the state and call panels show (refresh)
        self.search_panel = SearchPanel(store)
        self.pop_panel = ScreenPopPanel(lang=lang)
        self.wrap_panel = WrapUpPanel([], lang)
        # As wide as its widest wrap-up from the start: the survey rows or the countdown never
        # widen it while it is up (and narrow the record beside it).
        self.wrap_panel.setMinimumWidth(self.wrap_panel.widest())
        self.wrap_panel.hide()

        top = QWidget()
        tv = QVBoxLayout(top)
        tv.addWidget(self.state_panel)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        tv.addWidget(line)
        tv.addWidget(self.call_panel)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.search_panel)
        splitter.addWidget(self.pop_panel)
        splitter.addWidget(self.wrap_panel)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([430, 620, 330])  # the search results are a table with details
        tv.addWidget(splitter, 1)
        self.setCentralWidget(top)
        self.user_label = QLabel(
            self.tr("%1 (%2)").replace("%1", identity.display_name).replace("%2", self._role(identity.role.value))
        )
        self.statusBar().addPermanentWidget(self.user_label)
        self.demo_label = QLabel(self.tr("DEMO DATA"))
        self.demo_label.setStyleSheet("background:#f9a825; color:black; padding:1px 6px; font-weight:700;")
        self.statusBar().addPermanentWidget(self.demo_label)
        self.demo_label.hide()  # shown when the bootstrap says the store holds demo data

        self._wire(bridge)
        self._menus()
        run_op(
            lambda: auth_ops.console_bootstrap(store),
            self._bootstrapped,
            lambda problem: self.statusBar().showMessage(describe(problem), 10_000),
            name="console.bootstrap",
            owner=self,
        )

    def _bootstrapped(self, bootstrap: ConsoleBootstrap) -> None:
        self.bootstrap = self.controller.bootstrap = bootstrap
        self.state_panel.set_reasons(bootstrap.reason_codes)
        set_queue_names(bootstrap.queues, self.lang)  # queues in words on the banner and the board
        self.wrap_panel.set_codes(bootstrap.disposition_codes)
        self.demo_label.setVisible(bootstrap.is_demo)
        self._shown = None  # reasons and queues have names now: painted again in words
        self.refresh()

    def start(self) -> None:
        """Sign the agent in to the call source once every part is installed."""
        self.controller.login()
        self.refresh()

    def add_menu(self, title: str) -> QMenu:
        """A menu of an installed part, placed before Help."""
        menu = QMenu(title, self)
        self.menuBar().insertMenu(self.help_menu.menuAction(), menu)
        return menu

    def _role(self, role: str) -> str:
        return {
            "agent": self.tr("agent"),
            "supervisor": self.tr("supervisor"),
            "trainer": self.tr("trainer"),
            "admin": self.tr("administrator"),
        }.get(role, role)

    def _wire(self, bridge: EventBridge) -> None:
        c = self.controller
        bridge.call_offered.connect(c.on_call_offered)
        bridge.caller_hung_up.connect(c.on_caller_hung_up)
        bridge.call_dropped.connect(c.on_call_dropped)
        bridge.state_forced.connect(c.on_state_forced)
        bridge.call_control.connect(c.on_call_control)
        c.changed.connect(self.refresh)
        c.pop_ready.connect(self.pop_panel.show_pop)
        c.record_ready.connect(self.pop_panel.show_customer)
        c.record_refreshed.connect(self._record_refreshed)
        c.error.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        c.wrap_up_started.connect(self._wrap_started)
        c.wrap_up_finished.connect(self._wrap_finished)
        c.logged_out.connect(self._logged_out)
        c.wrap_timeout_handler = lambda: (self.wrap_panel.selected(), self.wrap_panel.notes())
        c.survey_handler = self.wrap_panel.survey
        s = self.state_panel
        s.available_requested.connect(c.set_available)
        s.not_ready_requested.connect(c.set_not_ready)
        s.logout_requested.connect(self.request_logout)
        p = self.call_panel
        p.answer.connect(c.answer)
        p.hold_toggle.connect(c.hold_toggle)
        p.mute_toggle.connect(c.mute_toggle)
        p.end.connect(c.end)
        p.transfer.connect(self.transfer)
        p.complete_transfer.connect(c.complete_transfer)
        p.cancel_consult.connect(c.cancel_consult)
        self.wrap_panel.finish_requested.connect(c.finish_wrap_up)
        self.wrap_panel.extend_requested.connect(c.extend_wrap_up)
        self.search_panel.customer_opened.connect(lambda cid: self.show_customer(cid, "search"))
        self.pop_panel.customer_chosen.connect(lambda cid: self.show_customer(cid, "chooser"))
        self.pop_panel.create_requested.connect(self.create_customer)
        self.pop_panel.edit_requested.connect(self.edit_customer)
        self.pop_panel.order_requested.connect(self.take_order)
        self.pop_panel.credit_requested.connect(self.credit_limit)
        self.pop_panel.search_requested.connect(self.search_panel.focus)
        self.pop_panel.section_opened.connect(lambda name: c.publish_action(SECTION_ACTIONS[name]))
        # The record on screen follows its rows: a call saved, an edit, a complaint, a sync pull.
        watch(self.store, self.pop_panel, self._record_changed, column="customer_id", record=self.pop_panel.customer_id)

    def _menus(self) -> None:
        c = self.controller

        def action(menu: QMenu, text: str, slot: Callable[[], Any], shortcut: str | None = None) -> QAction:
            a = QAction(text, self)
            if shortcut:
                a.setShortcut(QKeySequence(shortcut))
            a.triggered.connect(slot)
            menu.addAction(a)
            return a

        agent = self.menuBar().addMenu(self.tr("&Agent"))
        action(agent, self.tr("&Available"), c.set_available, "F9")
        action(
            agent,
            self.tr("&Not ready"),
            lambda: c.set_not_ready(self.state_panel.reason_combo.currentData() or "break"),
            "F10",
        )
        agent.addSeparator()
        action(agent, self.tr("&Preferences…"), self.preferences, "Ctrl+,")
        agent.addSeparator()
        action(agent, self.tr("Log &out…"), self.request_logout, "Ctrl+Shift+Q")
        customer = self.menuBar().addMenu(self.tr("&Customer"))
        action(customer, self.tr("&Search…"), self.search_panel.focus, "Ctrl+F")
        action(customer, self.tr("&New customer…"), lambda: self.create_customer(""), "Ctrl+N")
        action(customer, self.tr("Take an &order…"), self._order_for_record_on_screen, "Ctrl+O")
        action(customer, self.tr("Credit &limit…"), self._credit_for_record_on_screen, "Ctrl+Shift+L")
        action(customer, self.tr("&Call this customer"), self.call_customer_on_screen, "Ctrl+D")
        action(customer, self.tr("Send &digits (dial pad)…"), self.send_digits, "Ctrl+Shift+D")
        if self.center is not None and self._open_board is not None:
            live = self.menuBar().addMenu(self.tr("&Live"))
            action(live, self.tr("Open the &queue board"), self.open_board, "Ctrl+B")
            live_label = QLabel(self.tr("LIVE SIMULATION %1×").replace("%1", str(int(self.center.speed))))
            live_label.setStyleSheet("background:#1565c0; color:white; padding:1px 6px; font-weight:700;")
            self.statusBar().addPermanentWidget(live_label)
        self.demo_menu = demo = self.menuBar().addMenu(self.tr("&Demo"))
        if hasattr(self.source, "ring"):
            action(demo, self.tr("&Ring me (random caller)"), self.ring_random, "Ctrl+R")
            action(demo, self.tr("Ring me &from a number…"), self.ring_number, "Ctrl+Shift+R")
            action(demo, self.tr("Caller &hangs up"), self.caller_hangs_up, "Ctrl+H")
        action(demo, self.tr("&Line fails"), c.line_failed, "Ctrl+L")
        self.help_menu = help_menu = self.menuBar().addMenu(self.tr("&Help"))
        action(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1")

    # -- refresh -----------------------------------------------------------------------
    def refresh(self) -> None:
        c = self.controller
        sm, call = c.sm, c.call
        talk = sm.clock() - getattr(c, "answered_mono", sm.clock())
        hold = c.hold_seconds_now()
        caller_text = self._caller_text()
        # What the panels would show, to the second: one action tells the window two or three
        # times (the state machine, then the controller, then an op's answer) and only the
        # first of those changes anything on screen.
        shown = (
            sm.state,
            sm.reason,
            sm.pending,
            sm.consulting,
            frozenset(sm.allowed_actions()),
            int(sm.time_in_state()),
            id(call),
            call and (call.queue_code, call.direction, call.answered_at, call.hold_count),
            c.muted,
            caller_text,
            int(talk),
            int(hold),
            int(c.wrap_remaining()) if sm.state is AgentState.WRAP_UP else None,
            c.pop is None,
            self.pop_panel.current is None,
        )
        if shown == self._shown:
            return
        self._shown = shown
        self.state_panel.refresh(sm)
        self.call_panel.refresh(sm, call, c.muted, caller_text, talk, hold)
        if c.sm.state is AgentState.WRAP_UP:
            self.wrap_panel.set_remaining(c.wrap_remaining())
            self.wrap_panel.ui.extendButton.setEnabled("extend_wrap_up" in c.sm.allowed_actions())  # policy
        if c.sm.state is AgentState.RINGING and c.pop is None and self.pop_panel.current is None:
            self.pop_panel.show_loading(c.call.ani if c.call else "")

    def _caller_text(self) -> str:
        c = self.controller
        if c.call is None:
            return ""
        pop = c.pop
        if pop is not None and pop.view is not None:
            who = pop.view.display_name
        elif pop is not None and pop.status is PopStatus.WITHHELD:
            who = self.tr("Withheld number")
        else:
            who = c.call.ani or self.tr("Unknown caller")
        outbound = c.call.direction == "outbound"
        if c.sm.state is AgentState.RINGING:
            return (
                self.tr("Outbound callback: %1 — answer to place the call") if outbound else self.tr("Ringing: %1")
            ).replace("%1", who)
        if c.sm.state is AgentState.WRAP_UP:
            return self.tr("Wrap-up: %1").replace("%1", who)
        return self.tr("Outbound call: %1").replace("%1", who) if outbound else who

    # -- actions -----------------------------------------------------------------------------
    def _wrap_started(self) -> None:
        # The panel is filled while it is still hidden and then shown once: what it shows is
        # laid out in that one pass, not in passes of its own.
        call = self.controller.call
        self.wrap_panel.start(unanswered=call is not None and call.answered_at is None)
        customer_id = call.customer_id if call is not None else None
        self.wrap_panel.set_survey(bool(customer_id), False)
        self.wrap_panel.show()
        sizes = self.splitter.sizes()
        if sizes[2] < 300:  # it was hidden: give it room beside the record
            wrap = 360
            self.splitter.setSizes([sizes[0], max(300, sum(sizes) - sizes[0] - wrap), wrap])
        self.wrap_panel.ui.filterEdit.setFocus()  # focus once it can take it
        if customer_id:
            store, period = self.store, self.settings.get("surveys/nps_period_days")
            run_op(
                lambda: survey_ops.nps_due(store, customer_id, period),
                lambda due: self.wrap_panel.set_survey(True, due),
                lambda _problem: None,
                name="survey.nps_due",
                owner=self,
            )

    def _wrap_finished(self) -> None:
        self.wrap_panel.hide()
        self.refresh()

    def show_customer(self, customer_id: str, how: str) -> None:
        """Open a customer's record in the screen pop (read and audited off the GUI thread)."""
        self.controller.open_customer(customer_id, how)

    def _record_changed(self, _event: Changed) -> None:
        customer_id = self.pop_panel.customer_id()
        if customer_id:
            self.controller.reload_customer(customer_id)

    def _record_refreshed(self, view: CustomerView) -> None:
        if self.pop_panel.customer_id() == view.customer_id:
            self.pop_panel.refresh_customer(view)

    def create_customer(self, phone: str) -> None:
        dialog = CustomerDialog(self.store, self.identity, self.controller.region, phone=phone, parent=self)
        created = dialog.exec() and dialog.customer_id
        chosen = dialog.customer_id if created else dialog.existing_id  # or one who already has the number
        dialog.deleteLater()  # a dialog per use, not one more child of the console for the rest of the day
        if not chosen:
            return
        if created:
            self.controller.publish_action("create_customer")
        if self.controller.call is not None:
            self.controller.call.customer_id = chosen
            self.controller.persist()
        self.show_customer(chosen, "create" if created else "same phone")

    def edit_customer(self, customer_id: str) -> None:
        # The record on screen repaints by itself when the edit is committed (see _wire).
        dialog = CustomerDialog(self.store, self.identity, self.controller.region, customer_id, parent=self)
        dialog.exec()
        dialog.deleteLater()

    def request_logout(self) -> None:
        """Log out after the agent confirms; the console closes and the sign-in comes back
        (the application keeps running). Refused in words during a call or wrap-up."""
        c = self.controller
        if "logout" in c.sm.allowed_actions() and self.confirm_logout:
            answer = QMessageBox.question(
                self,
                self.tr("Log out?"),
                self.tr(
                    "Log out of the console? You stop receiving calls, and the sign-in comes back so that "
                    "you or a colleague can sign in."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        c.logout()

    def _logged_out(self) -> None:
        self.signing_out = True
        self.signed_out.emit()
        self.close()

    def _order_for_record_on_screen(self) -> None:
        customer_id = self.pop_panel.customer_id()
        if customer_id:
            self.take_order(customer_id)

    def _credit_for_record_on_screen(self) -> None:
        customer_id = self.pop_panel.customer_id()
        if customer_id:
            self.credit_limit(customer_id)

    def credit_limit(self, customer_id: str) -> None:
        """The customer's credit limit, its timeline of changes and approvals (follows its rows)."""
        dialog = CreditLimitDialog(self.store, self.identity, customer_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def take_order(self, customer_id: str) -> None:
        """The order-entry dialog for the customer on screen (the call's interaction, if any)."""
        call = self.controller.call
        interaction = call.interaction_id if call is not None and call.customer_id == customer_id else None
        dialog = OrderEntryDialog(self.store, self.identity, customer_id, self.lang, interaction, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.order_placed.connect(lambda _no: self.statusBar().showMessage(dialog.placed_text(), 10_000))
        dialog.open()  # the record behind it repaints by itself when the order is committed

    def transfer(self) -> None:
        me = self.identity.user_id
        run_op(
            lambda: auth_ops.list_agents(self.store, role="agent"),
            lambda agents: self._choose_transfer([a for a in agents if a.user_id != me]),
            lambda problem: self.statusBar().showMessage(describe(problem), 10_000),
            name="call.transfer_targets",
            owner=self,
        )

    def _choose_transfer(self, others: list[Identity]) -> None:
        c = self.controller
        if c.call is None or "blind_transfer" not in c.sm.allowed_actions():
            return  # the call ended while the list was read
        queues = self.bootstrap.queues if self.bootstrap else []
        presence: dict[str, str] = {}
        waiting: dict[str, int] = {}
        if self.center is not None:  # who is free, and how long the queues are, in the live center
            try:
                board = self.center.board()
                presence = {a["agent_id"]: a["state"] for a in board["agents"]}
                waiting = {name: int(q["waiting"]) for name, q in board["queues"].items()}
            except Exception:  # a shared center gone: the list without presence
                log.info("no presence for transfer targets")
        dialog = TransferDialog(queues, others, self.lang, self, presence=presence, waiting=waiting)
        chosen = dialog.choice() if dialog.exec() else None
        dialog.deleteLater()
        if chosen is not None:
            target, warm = chosen
            (c.consult if warm else c.blind_transfer)(target)

    def call_customer_on_screen(self) -> None:
        """Click-to-call: the record on screen, on its primary number (refused for do-not-call)."""
        customer_id = self.pop_panel.customer_id()
        if not customer_id:
            self.statusBar().showMessage(self.tr("Open a customer's record first."), 10_000)
            return
        self.controller.dial_customer(customer_id)

    def send_digits(self) -> None:
        """The dial pad (``DialPadDialog``): each key sends its digit to the far end (an IVR's
        menu, a PIN) as it is pressed; it stays open beside the console, its keys live while
        a call is connected."""
        pad = self.dial_pad
        if pad is None:
            pad = self.dial_pad = DialPadDialog(self.controller.send_digits, self)
            self.controller.changed.connect(self._dial_pad_call)
        self._dial_pad_call()
        pad.show()
        pad.raise_()
        pad.activateWindow()

    def _dial_pad_call(self) -> None:
        c = self.controller
        talking = c.call is not None and c.sm.state in (AgentState.ON_CALL, AgentState.ON_HOLD)
        if self.dial_pad is not None:
            self.dial_pad.set_call(c.call.call_id if talking and c.call is not None else None)

    def ring_random(self) -> None:
        store, rng, region = self.store, self.rng, self.controller.region
        run_op(
            lambda: call_ops.sample_caller(store, rng, region),
            self._ring,
            lambda problem: self.statusBar().showMessage(describe(problem), 10_000),
            name="call.sample_caller",
            owner=self,
        )

    def ring_number(self) -> None:
        number, ok = QInputDialog.getText(self, self.tr("Ring me"), self.tr("Caller's number as the network sends it:"))
        if ok:
            self._ring(number)

    def _ring(self, ani: str) -> None:
        if not self.controller.sm.can_take_call():
            self.statusBar().showMessage(
                self.tr("Become Available first: calls ring only when you are available."), 8000
            )
            return
        self.pop_panel.show_loading(ani)
        ring = getattr(self.source, "ring", None)  # sources that place calls on demand (demo, training)
        if ring is not None:
            ring(self.identity.user_id, ani)

    def caller_hangs_up(self) -> None:
        if self.controller.call is not None and hasattr(self.source, "hang_up"):
            self.source.hang_up(self.identity.user_id, self.controller.call.call_id)

    def open_board(self) -> None:
        if self._open_board is not None:
            self._open_board()

    def preferences(self) -> None:
        from callcenter.gui.agent.console_controller import agent_config
        from callcenter.gui.agent.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self, store=self.store, identity=self.identity)
        self.preferences_dialog = dialog  # tests and the screenshot tool reach the open dialog here
        if dialog.exec():
            c = self.controller
            c.sm.config = agent_config(self.settings)  # applies from the next call on
            c.region = self.settings.get("calls/default_region")
            self.alert.sound_enabled = self.settings.get("calls/ring_sound")
            for hook in self.preferences_hooks:
                hook(dialog)

    def show_shortcuts(self) -> None:
        QMessageBox.information(
            self,
            self.tr("Keyboard shortcuts"),
            self.tr(
                "F2 Answer · F3 Hold/Resume · F4 Mute/Unmute · F5 End call · F6 Transfer · F7 Complete transfer · "
                "F8 Cancel transfer\nF11 Extend wrap-up · F12 Finish wrap-up\nF9 Available · F10 Not ready · Ctrl+F Search · Ctrl+N New customer\n"
                "Ctrl+K Log a complaint · Ctrl+Shift+K My cases and callbacks\n"
                "Demo: Ctrl+R Ring me · Ctrl+Shift+R Ring me from a number · Ctrl+H Caller hangs up · Ctrl+L Line fails"
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        c = self.controller
        if c.sm.state in (AgentState.RINGING, AgentState.ON_CALL, AgentState.ON_HOLD):
            answer = (
                QMessageBox.StandardButton.Yes
                if not self.confirm_close
                else QMessageBox.question(
                    self,
                    self.tr("A call is in progress"),
                    self.tr("Close the console and drop the call? The call record is kept."),
                )
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            c.line_failed() if c.sm.state is not AgentState.RINGING else c.ring_timeout()
        if c.sm.state is AgentState.WRAP_UP:
            c.finish_wrap_up(self.wrap_panel.selected(), self.wrap_panel.notes())
        c.wait_for_writes()
        for hook in self.closing_hooks:
            hook()
        super().closeEvent(event)
