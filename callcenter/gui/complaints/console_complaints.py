"""Complaints inside the agent console: capture (Ctrl+K), open cases from the screen pop,
the agent's own cases and callbacks, breach notices, and due callbacks ringing as
outbound calls with the case open.

Kept apart from ConsoleWindow so the console stays a composition of small parts.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel

from callcenter.core.agent_state import AgentState
from callcenter.core.calls import Call, CallOffered
from callcenter.core.complaints.permissions import may
from callcenter.core.ids import uuid7
from callcenter.gui.complaints.capture_dialog import ComplaintDialog
from callcenter.gui.complaints.case_window import CaseWindow
from callcenter.gui.tasks import run_task
from callcenter.store.complaints import queries
from callcenter.store import complaints

log = logging.getLogger(__name__)
TASK_CHECK_MS = 30_000
RETRY_MISSED_CALLBACK = timedelta(minutes=10)


class ConsoleComplaints(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.store, self.identity, self.lang = window.store, window.identity, window.lang
        self.workflow = complaints.default_workflow()
        self.dialogs: dict[str, ComplaintDialog] = {}
        self.cases: dict[str, CaseWindow] = {}
        self.board = None
        self.rung: dict[str, datetime] = {}  # callback id -> when it last rang here
        self.callback_calls: dict[str, str] = {}  # call id -> complaint id
        self.due: list = []

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
        self.timer = QTimer(self, interval=TASK_CHECK_MS)
        self.timer.timeout.connect(self.check_tasks)
        self.timer.start()
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
            dialog.created.connect(self._created)
            self.dialogs[customer_id] = dialog
        dialog.show()
        dialog.raise_()
        return dialog

    def _customer_shown(self, customer_id: str) -> None:
        if complaints.load_draft(self.store, self.identity.user_id, customer_id) is not None:
            self.window.pop_panel.mark_complaint_draft(customer_id)
            self.window.statusBar().showMessage(
                self.tr("You have an unfinished complaint draft for this customer."), 10000
            )

    def _recovery_offered(self, kind: str) -> None:
        if kind != "apology" and kind != "callback":  # money or goods: what the trainer's rubric calls a refund
            self.window.controller.publish_action("propose_refund", kind)

    def _created(self, complaint_id: str, case_no: str) -> None:
        self.window.controller.publish_action("log_complaint", case_no)
        self.window.statusBar().showMessage(
            self.tr("Complaint %1 logged. Tell the customer the case number.").replace("%1", case_no), 15000
        )
        self.open_case(complaint_id)
        self._refresh_pop()

    def _refresh_pop(self) -> None:
        customer_id = self.current_customer()
        if customer_id:
            self.window.show_customer(customer_id, "complaint")

    # -- cases ----------------------------------------------------------------------------------
    def open_case(self, complaint_id: str) -> CaseWindow:
        window = self.cases.get(complaint_id)
        if window is None:
            window = CaseWindow(self.store, self.identity, complaint_id, self.lang, self.workflow)
            window.changed.connect(lambda _id: (self._refresh_pop(), self.check_tasks()))
            window.recovery_offered.connect(self._recovery_offered)
            self.cases[complaint_id] = window
        window.show()
        window.raise_()
        return window

    def open_my_cases(self):
        from callcenter.gui.complaints.complaints_board_window import ComplaintsBoardWindow

        board = ComplaintsBoardWindow(self.store, self.identity, self.lang, with_figures=False)
        board.setWindowTitle(self.tr("My complaint cases"))
        board.owner_filter.setCurrentIndex(board.owner_filter.findData(self.identity.user_id))
        board.refresh()
        board.show()
        self.my_cases = board
        return board

    def open_board(self):
        from callcenter.gui.complaints.complaints_board_window import ComplaintsBoardWindow

        if self.board is None:
            self.board = ComplaintsBoardWindow(self.store, self.identity, self.lang)
            self.board.refresh()
        self.board.show()
        self.board.raise_()
        return self.board

    # -- tasks: callbacks and breaches -------------------------------------------------------
    def check_tasks(self) -> None:
        store, me, wf = self.store, self.identity.user_id, self.workflow

        def load():
            now = datetime.now(UTC)
            notices = queries.check_deadlines(store, wf, now, owner_id=me, limit=50)
            return now, queries.callbacks_for(store, me, now, within=timedelta(hours=8)), notices

        run_task(load, self._tasks_loaded, lambda exc: log.warning("task check failed: %s", type(exc).__name__))

    def _tasks_loaded(self, result) -> None:
        now, callbacks, notices = result
        self.due = [c for c in callbacks if c.due_at <= now]
        later = len(callbacks) - len(self.due)
        self.tasks_label.setText(
            self.tr("Callbacks: %1 due, %2 later today").replace("%1", str(len(self.due))).replace("%2", str(later))
        )
        self.tasks_label.setStyleSheet("padding:1px 6px;" + (" background:#ad1457; color:white;" if self.due else ""))
        mine = [n for n in notices if n.owner == self.identity.user_id]
        if mine:
            text = self.tr("%1 of your complaint cases passed a deadline and went to the supervisors.").replace(
                "%1", str(len(mine))
            )
            self.window.statusBar().showMessage(text, 20000)
            self.window.alert.notify(self.tr("Complaint deadline passed"), text)
        self.ring_due_callback(now)

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
            phone = complaints.callback_number(self.store, task.customer_id)
            call = Call(
                call_id=uuid7(), ani=phone or "", queue_code="", direction="outbound", customer_id=task.customer_id
            )
            self.rung[task.callback_id] = now
            self.callback_calls[call.call_id] = task.complaint_id
            bus.publish(CallOffered(self.identity.user_id, call))
            self.open_case(task.complaint_id)
            return call
        return None
