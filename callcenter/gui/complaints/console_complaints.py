"""Complaints inside the agent console: capture (Ctrl+K), open cases from the screen pop,
the agent's own cases and callbacks, breach notices, and due callbacks ringing as
outbound calls with the case open.

Kept apart from ConsoleWindow so the console stays a composition of small parts. Nothing
here polls the store: the agent's callbacks load once and again when a change touches
them (``gui.bridge.watch``); a 30-second timer only works out from memory which are due
(and rings the first); the deadline check of the agent's own cases is a write op run off
the GUI thread once a minute. The screen pop follows its customer's changes by itself.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QTabWidget

from callcenter.core.agent_state import AgentState
from callcenter.core.calls import Call, CallOffered
from callcenter.core.changes import Changed
from callcenter.core.complaints import may
from callcenter.core.errors import Problem
from callcenter.core.ids import uuid7
from callcenter.gui.bridge import watch
from callcenter.gui.complaints.callbacks_table import CallbacksTable
from callcenter.gui.complaints.capture_dialog import ComplaintDialog
from callcenter.gui.complaints.case_window import CASE_WINDOW_SIZE, CaseWindow
from callcenter.gui.complaints.case_windows import CaseWindows
from callcenter.gui.ops import run_op
from callcenter.ops import complaints as ops

log = logging.getLogger(__name__)
TASK_CHECK_MS = 30_000  # which callbacks are due, from memory
DEADLINE_CHECK_MS = 60_000  # the deadline check of this agent's cases (a write, off the GUI thread)
LATER_TODAY = timedelta(hours=8)
RETRY_MISSED_CALLBACK = timedelta(minutes=10)


class ConsoleComplaints(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.store, self.identity, self.lang = window.store, window.identity, window.lang
        self.workflow = ops.default_workflow()
        self.dialogs: dict[str, ComplaintDialog] = {}
        self.cases = CaseWindows(self._new_case_window, self)  # a closed case window is refilled, not built again
        self.board = None
        self.rung: dict[str, datetime] = {}  # callback id -> when it last rang here
        self.callback_calls: dict[str, str] = {}  # call id -> complaint id
        self.callbacks: list[ops.DueCallback] = []  # every callback scheduled for this agent
        self.due: list[ops.DueCallback] = []
        self.shown_customer: str | None = None
        self.callback_case: str | None = None  # the case window a ringing callback opened (one at a time)
        self.callbacks_tables: list = []  # "My callbacks" tabs of open My-cases windows

        menu = window.add_menu(self.tr("Co&mplaints"))
        self.capture_action = self._action(
            menu, self.tr("&Log a complaint for this customer…"), self.capture_current, "Ctrl+K"
        )
        self._action(menu, self.tr("&My cases and callbacks…"), self.open_my_cases, "Ctrl+Shift+K")
        if may(self.identity.role, "board"):
            self._action(menu, self.tr("Complaints &board…"), self.open_board, "Ctrl+Shift+B")
        self.tasks_label = QLabel()
        self.tasks_label.setStyleSheet("padding:1px 6px;")
        window.statusBar().addPermanentWidget(self.tasks_label)

        window.pop_panel.complaint_requested.connect(self.capture)
        window.pop_panel.complaint_opened.connect(self.open_case)
        window.pop_panel.customer_shown.connect(self._customer_shown)
        window.controller.callback_not_placed.connect(self._callback_not_placed)
        watch(self.store, self, lambda _event: self.load_callbacks(), tables=ops.CALLBACK_TABLES)
        watch(self.store, self, self._drafts_changed, tables=ops.DRAFT_TABLES)
        self.timer = QTimer(self, interval=TASK_CHECK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.deadline_timer = QTimer(self, interval=DEADLINE_CHECK_MS)
        self.deadline_timer.timeout.connect(self.check_deadlines)
        self.deadline_timer.start()
        QTimer.singleShot(0, self.check_tasks)

    def _action(self, menu, text, slot, shortcut) -> QAction:
        a = QAction(text, self.window)
        a.setShortcut(QKeySequence(shortcut))
        a.triggered.connect(slot)
        menu.addAction(a)
        return a

    # -- capture ----------------------------------------------------------------------------
    def current_customer(self) -> str | None:
        pop = self.window.pop_panel.current
        return pop.view.customer_id if pop is not None and pop.view is not None else None

    def capture_current(self) -> ComplaintDialog | None:
        customer_id = self.current_customer()
        if customer_id is None:
            self.window.statusBar().showMessage(
                self.tr("Open the customer's record first (screen pop or search), then log the complaint."), 8000
            )
            return None
        return self.capture(customer_id)

    def capture(self, customer_id: str) -> ComplaintDialog:
        dialog = self.dialogs.get(customer_id)
        if dialog is None or not dialog.isVisible():
            call = self.window.controller.call
            interaction = call.interaction_id if call is not None and call.customer_id == customer_id else None
            dialog = ComplaintDialog(
                self.store, self.identity, customer_id, self.lang, interaction_id=interaction, parent=self.window
            )
            dialog.logged.connect(self._logged)
            self.dialogs[customer_id] = dialog
        dialog.show()
        dialog.raise_()
        return dialog

    def _customer_shown(self, customer_id: str) -> None:
        self.shown_customer = customer_id
        self._check_draft(customer_id)

    def _check_draft(self, customer_id: str) -> None:
        store, me = self.store, self.identity
        run_op(
            lambda: ops.has_draft(store, me, customer_id),
            lambda waiting: self._draft_checked(customer_id, waiting),
            lambda problem: log.warning("draft check failed: %s", problem.code),
            name="complaints.has_draft",
            owner=self,
        )

    def _draft_checked(self, customer_id: str, waiting: bool) -> None:
        if waiting and customer_id == self.current_customer():
            self.window.pop_panel.mark_complaint_draft(customer_id)
            self.window.statusBar().showMessage(
                self.tr("You have an unfinished complaint draft for this customer."), 10000
            )

    def _drafts_changed(self, event: Changed) -> None:
        customer_id = self.current_customer()
        if customer_id and event.changes.touches_record("customer_id", customer_id):
            self._check_draft(customer_id)

    def _recovery_offered(self, kind: str) -> None:
        if kind != "apology" and kind != "callback":  # money or goods: what the trainer's rubric calls a refund
            self.window.controller.publish_action("propose_refund", kind)

    def _logged(self, view: ops.CaseView) -> None:
        case_no = view.record.case_no
        self.window.controller.publish_action("log_complaint", case_no)
        self.window.statusBar().showMessage(
            self.tr("Complaint %1 logged. Tell the customer the case number.").replace("%1", case_no), 15000
        )
        self.open_case(view.record.id, view)

    # -- cases ----------------------------------------------------------------------------------
    def open_case(self, complaint_id: str, view: ops.CaseView | None = None) -> CaseWindow:
        if complaint_id == self.callback_case:
            self.callback_case = None  # the agent asked for it: it is theirs to close now
        window = self._case_window(complaint_id, view)
        window.show()
        window.raise_()
        return window

    def _new_case_window(self, complaint_id: str, view: ops.CaseView | None) -> CaseWindow:
        window = CaseWindow(self.store, self.identity, complaint_id, self.lang, self.workflow, view=view)
        window.recovery_offered.connect(self._recovery_offered)
        return window

    def _case_window(self, complaint_id: str, view: ops.CaseView | None = None) -> CaseWindow:
        window, new = self.cases.window_for(complaint_id, view)
        if new and window.property("clear_of_calls"):  # placed for a ringing callback before: as a new one
            window.setProperty("clear_of_calls", False)
            window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, False)
            window.resize(CASE_WINDOW_SIZE)
        return window

    def _open_callback_case(self, complaint_id: str) -> CaseWindow:
        """The case of a callback ringing now: one such window at a time (the last callback's
        closes), shown beside the call controls, never over them, and without taking the
        keyboard from the console (F2 still answers)."""
        previous = self.cases.get(self.callback_case or "")
        if previous is not None and self.callback_case != complaint_id:
            previous.close()
        was_open = complaint_id in self.cases and self.cases[complaint_id].isVisible()
        window = self._case_window(complaint_id)
        if not was_open:
            self.callback_case = complaint_id
            window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
            self._keep_clear_of_calls(window)
        window.show()
        return window

    def _keep_clear_of_calls(self, case: CaseWindow) -> None:
        """Put the case window below the console's call controls (the Answer button stays seen)."""
        console = self.window
        panel = console.call_panel
        below = panel.mapToGlobal(QPoint(0, panel.height())).y() + 12
        screen = console.screen().availableGeometry()
        width = min(case.width(), max(480, console.width() // 2))
        height = min(case.height(), max(360, screen.bottom() - below))
        case.setProperty("clear_of_calls", True)
        case.resize(width, height)
        left = console.frameGeometry().right() - width
        case.move(max(screen.left(), left), below)

    def open_my_cases(self):
        from callcenter.gui.complaints.complaints_board_window import ComplaintsBoardWindow

        board = ComplaintsBoardWindow(
            self.store, self.identity, self.lang, with_figures=False, owner=self.identity.user_id
        )
        board.setWindowTitle(self.tr("My complaint cases"))
        table = CallbacksTable(self.lang)
        table.case_opened.connect(self.open_case)
        table.call_requested.connect(self.window.controller.dial_callback)
        table.show_callbacks(self.callbacks)
        board.tabs.addTab(table, self.tr("My callbacks (%1)").replace("%1", str(len(self.callbacks))))
        self.callbacks_tables = [t for t in self.callbacks_tables if t.isVisible()] + [table]
        board.show()
        self.my_cases = board
        return board

    def open_board(self):
        from callcenter.gui.complaints.complaints_board_window import ComplaintsBoardWindow

        if self.board is None:
            self.board = ComplaintsBoardWindow(self.store, self.identity, self.lang)
        self.board.show()
        self.board.raise_()
        return self.board

    # -- tasks: callbacks and breaches -------------------------------------------------------
    def check_tasks(self) -> None:
        """The deadline check of this agent's cases, and their callbacks loaded again."""
        self.check_deadlines()
        self.load_callbacks()

    def load_callbacks(self) -> None:
        store, me = self.store, self.identity
        run_op(
            lambda: ops.my_callbacks(store, me),
            self._callbacks_loaded,
            lambda problem: log.warning("callbacks could not be loaded: %s", problem.code),
            name="complaints.my_callbacks",
            owner=self,
        )

    def _callbacks_loaded(self, callbacks: list[ops.DueCallback]) -> None:
        self.callbacks = callbacks
        for table in self.callbacks_tables:
            table.show_callbacks(callbacks)
            tabs = table.parentWidget().parentWidget() if table.parentWidget() else None
            if isinstance(tabs, QTabWidget):
                tabs.setTabText(tabs.indexOf(table), self.tr("My callbacks (%1)").replace("%1", str(len(callbacks))))
        self._tick()

    def _tick(self) -> None:
        """Which callbacks are due now, from memory; ring the first one due."""
        now = datetime.now(UTC)
        self.due = [c for c in self.callbacks if c.due_at <= now]
        later = sum(1 for c in self.callbacks if now < c.due_at <= now + LATER_TODAY)
        self.tasks_label.setText(
            self.tr("Callbacks: %1 due, %2 later today").replace("%1", str(len(self.due))).replace("%2", str(later))
        )
        self.tasks_label.setStyleSheet("padding:1px 6px;" + (" background:#ad1457; color:white;" if self.due else ""))
        self.ring_due_callback(now)

    def check_deadlines(self) -> None:
        store, me, wf = self.store, self.identity, self.workflow
        run_op(
            lambda: ops.check_deadlines(store, me, owner_id=me.user_id, limit=50, workflow=wf),
            self._checked,
            self._check_failed,
            name="complaints.check_deadlines",
            write=True,
            owner=self,
        )

    def _check_failed(self, problem: Problem) -> None:
        log.warning("deadline check failed: %s", problem.code)

    def _checked(self, done) -> None:
        mine = [n for n in done.value if n.owner == self.identity.user_id]
        if mine:
            text = self.tr("%1 of your complaint cases passed a deadline and went to the supervisors.").replace(
                "%1", str(len(mine))
            )
            self.window.statusBar().showMessage(text, 20000)
            self.window.alert.notify(self.tr("Complaint deadline passed"), text)

    def _callback_not_placed(self, call: Call) -> None:
        if call.call_id in self.callback_calls:
            minutes = int(RETRY_MISSED_CALLBACK.total_seconds() // 60)
            self.window.statusBar().showMessage(
                self.tr("The callback was not placed. It rings again in %1 minutes.").replace("%1", str(minutes)),
                15000,
            )

    def ring_due_callback(self, now: datetime) -> Call | None:
        """Ring the console with the first due callback as an outbound call, the case opened."""
        c = self.window.controller
        if not self.due or not c.sm.can_take_call() or c.sm.state is not AgentState.AVAILABLE:
            return None
        bus = getattr(self.window.source, "bus", None)
        if bus is None or not hasattr(self.window.source, "ring"):
            return None  # only sources that can place our own calls (not the live simulator's switch)
        for task in self.due:
            last = self.rung.get(task.callback_id)
            if last is not None and now - last < RETRY_MISSED_CALLBACK:
                continue
            call = Call(
                call_id=uuid7(), ani=task.phone, queue_code="", direction="outbound", customer_id=task.customer_id
            )
            self.rung[task.callback_id] = now
            self.callback_calls[call.call_id] = task.complaint_id
            bus.publish(CallOffered(self.identity.user_id, call))
            self._open_callback_case(task.complaint_id)
            return call
        return None
