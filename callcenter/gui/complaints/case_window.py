"""One complaint case: its timeline, the next legal steps, recovery actions, callbacks, letters.

Every button runs one use case of ``callcenter.ops.complaints`` through ``gui.ops.run_op``
(off the GUI thread, one transaction) and paints the case the op hands back; the buttons
shown are exactly the actions the case's state and the user's role allow. A refused step is
explained in the message bar (``gui.problems.describe``, the user's language) and changes
nothing. The window hears of changes made elsewhere (another window, the board, a sync
pull) through ``gui.bridge.watch`` on its case and reloads; a one-minute timer only repaints
the deadline from the case already in memory.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callcenter.core.agents import Identity
from callcenter.core.changes import Changed, Changes
from callcenter.core.complaints import (
    TRANSITIONS,
    ComplaintCase,
    ComplaintWorkflow,
    ExportError,
    RecoveryStatus,
    allowed_actions,
    may,
)
from callcenter.core.errors import Problem
from callcenter.core.money import Money, format_minor
from callcenter.gui.bridge import watch
from callcenter.gui.complaints.case_dialogs import CaseQuestions
from callcenter.gui.names import (
    DEADLINE_COLOURS,
    SEVERITY_COLOURS,
    action_name,
    deadline_name,
    export_problem,
    recovery_kind_name,
    recovery_status_name,
    severity_name,
    timeline_comment,
)
from callcenter.gui.names import complaint_state_name as state_name
from callcenter.gui.ops import run_op
from callcenter.gui.problems import describe
from callcenter.gui.tables import read_only_table
from callcenter.ops import complaint_reports as reports_ops
from callcenter.ops import complaints as ops

CASE_WINDOW_SIZE = QSize(1280, 800)
DEADLINE_REPAINT_MS = 60_000  # time passing: the deadline chip is worked out again from memory
_USUAL_STEP_STYLE = "font-weight:700; background:#1565c0; color:white;"
_STEP_ORDER = [
    "acknowledge",
    "assess",
    "investigate",
    "propose_resolution",
    "customer_accepts",
    "customer_rejects",
    "close",
    "follow_up",
    "reopen",
]


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _fill(table: QTableWidget, lines: list[list[str | None]]) -> list[int]:
    """Show these lines in a read-only table, changing only the cells whose text differs
    (a case painted again after a note is one new line, not every line made anew); None
    leaves a cell without an item. Returns the rows that changed."""
    table.setRowCount(len(lines))
    changed = []
    for i, line in enumerate(lines):
        differs = False
        for j, text in enumerate(line):
            item = table.item(i, j)
            if text is None:
                if item is not None:
                    table.takeItem(i, j)
                    differs = True
            elif item is None:
                table.setItem(i, j, _item(text))
                differs = True
            elif item.text() != text:
                item.setText(text)
                differs = True
        if differs:
            changed.append(i)
    return changed


def _table(headers: list[str]) -> QTableWidget:
    table = read_only_table(headers, wrap=True)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return table


def read_reference_files() -> None:
    """The category and root-cause names a case is painted with, read from their files (and
    kept) on a worker: not on the GUI thread at the first paint (tens of ms of YAML)."""
    ops.categories()
    ops.root_causes()


def _local(at: datetime | None) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M") if at else ""


class CaseWindow(QMainWindow):
    recovery_offered = Signal(str)  # the kind of recovery action just proposed (refund, voucher, ...)
    painted = Signal()  # the case on screen was (re)painted from the store
    letter_saved = Signal(bool)  # a letter export finished (saved or not)

    def __init__(
        self,
        store: Any,
        identity: Identity,
        complaint_id: str,
        lang: str = "en",
        workflow: ComplaintWorkflow | None = None,
        parent: QWidget | None = None,
        view: ops.CaseView | None = None,
    ):
        super().__init__(parent)
        self.store, self.identity, self.complaint_id, self.lang = store, identity, complaint_id, lang
        self.workflow = workflow or ops.default_workflow()
        self.view: ops.CaseView | None = None
        self.names: dict[str, str] = {}
        self.last_problem: Problem | None = None  # the last refusal (None after a step went through)
        self._writes = 0  # steps asked for and not answered yet
        self._heard: list[Changes] = []  # changes heard while a step of ours was running
        self._reading = self._read_again = False
        self._generation = 0  # bumped by each painted step: older reads are not painted
        self.ask = CaseQuestions(self, "USD", lang)
        self.resize(CASE_WINDOW_SIZE)
        self._build()
        self.setWindowTitle(self.tr("Complaint %1 — %2").replace("%1", "…").replace("%2", ""))
        watch(store, self, self._changed, column="complaint_id", record=lambda: self.complaint_id)
        self.deadline_timer = QTimer(self, interval=DEADLINE_REPAINT_MS)
        self.deadline_timer.timeout.connect(self._paint_facts)
        self.deadline_timer.start()
        if view is not None:
            self._paint(view)
        elif complaint_id:  # "": a window built ahead, for the next case opened (show_case)
            self.reload()

    def show_case(self, complaint_id: str, view: ops.CaseView | None = None) -> None:
        """Show another case in this window: a closed case window is refilled with the next
        case opened instead of building a new one (its widgets cost the GUI thread tens of ms).
        The previous case is cleared at once; reads of it still running are not painted."""
        self.complaint_id = complaint_id
        self._generation += 1
        self.view, self.names, self.last_problem = None, {}, None
        self._heard.clear()
        self.setWindowTitle(self.tr("Complaint %1 — %2").replace("%1", "…").replace("%2", ""))
        self.title.clear()
        self.facts.clear()
        self.message.hide()
        self.total_label.clear()
        for table in (self.timeline, self.actions, self.callbacks):
            table.setRowCount(0)
        for b in self.step_buttons.values():
            b.setEnabled(False)  # the previous case's steps until this one is painted
        if view is not None:
            self._paint(view)
        else:
            self.reload()

    @property
    def record(self) -> ops.CaseRecord | None:
        return self.view.record if self.view is not None else None

    @property
    def busy(self) -> bool:
        """A step or a reload is still running (tests wait for it to settle)."""
        return bool(self._writes or self._reading)

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget()
        v = QVBoxLayout(central)
        self.title = QLabel()
        self.title.setStyleSheet("font-size:18px; font-weight:700;")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        v.addWidget(self.title)
        v.addWidget(self.facts)
        v.addWidget(self.message)

        self.timeline = _table([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("State"), self.tr("Details")])
        # Details take the room that is left and wrap, instead of hiding behind a scroll bar.
        # The other columns have widths of their own (the agent may drag them), not measured
        # from the rows: measured, a long state ("Investigating → Resolution proposed") left
        # the details a column of one or two words, and each paint measured every cell.
        header = self.timeline.horizontalHeader()
        metrics = self.timeline.fontMetrics()
        for column, sample in enumerate(("2026-12-31 23:59", "M" * 8, "M" * 11, "M" * 11)):
            title = self.timeline.horizontalHeaderItem(column)
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title.text() if title else ""))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.timeline.setColumnWidth(column, width + 16)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left = QGroupBox(self.tr("Timeline (nothing is ever deleted)"))
        QVBoxLayout(left).addWidget(self.timeline)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        steps = QGroupBox(self.tr("Next steps"))
        self.step_grid = QGridLayout(steps)
        self.step_buttons: dict[str, QPushButton] = {}
        self._steps_shown: list[QPushButton] = []  # the step buttons in the grid, in order
        self._timeline_widths: list[int] = []  # column widths the timeline's row heights were measured at
        labels = {
            "acknowledge": self.tr("Acknowledge"),
            "assess": self.tr("Assess…"),
            "investigate": self.tr("Start investigating"),
            "propose_resolution": self.tr("Propose a resolution…"),
            "customer_accepts": self.tr("Customer accepts"),
            "customer_rejects": self.tr("Customer rejects…"),
            "close": self.tr("Close…"),
            "follow_up": self.tr("Follow-up done"),
            "reopen": self.tr("Reopen…"),
            "escalate": self.tr("Escalate…"),
            "assign": self.tr("Assign / hand over…"),
            "take": self.tr("Take the case"),
            "note": self.tr("Add a note…"),
            "survey": self.tr("Record the survey…"),
        }
        for key, text in labels.items():
            b = QPushButton(text, steps)  # in the box from the start: shown and hidden, never a window of its own
            b.hide()
            b.clicked.connect(lambda _=False, k=key: self.step(k))
            self.step_buttons[key] = b
        rv.addWidget(steps)

        recovery = QGroupBox(self.tr("Service recovery"))
        rl = QVBoxLayout(recovery)
        self.total_label = QLabel()
        self.actions = _table(
            [
                self.tr("Action"),
                self.tr("Amount"),
                self.tr("Status"),
                self.tr("Proposed by"),
                self.tr("Decided by"),
                self.tr("Reason"),
            ]
        )
        self.actions.itemSelectionChanged.connect(self._enable_recovery)
        rl.addWidget(self.total_label)
        rl.addWidget(self.actions)
        row = QHBoxLayout()
        self.recovery_buttons = {}
        for key, text in [
            ("propose", self.tr("Offer…")),
            ("approve", self.tr("Approve")),
            ("refuse", self.tr("Refuse…")),
            ("execute", self.tr("Carry out")),
            ("cancel", self.tr("Withdraw…")),
        ]:
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, k=key: self.recovery(k))
            self.recovery_buttons[key] = b
            row.addWidget(b)
        rl.addLayout(row)
        rv.addWidget(recovery, 1)

        callbacks = QGroupBox(self.tr("Follow-up callbacks"))
        cl = QVBoxLayout(callbacks)
        self.callbacks = _table([self.tr("Due"), self.tr("Owner"), self.tr("Status"), self.tr("Note")])
        cl.addWidget(self.callbacks)
        row = QHBoxLayout()
        self.schedule_button = QPushButton(self.tr("Schedule…"))
        self.schedule_button.clicked.connect(self.schedule_callback)
        self.callback_done_button = QPushButton(self.tr("Mark done…"))
        self.callback_done_button.clicked.connect(self.finish_callback)
        row.addWidget(self.schedule_button)
        row.addWidget(self.callback_done_button)
        row.addStretch(1)
        self.ack_letter = QPushButton(self.tr("Acknowledgement letter (PDF)…"))
        self.ack_letter.clicked.connect(lambda: self.letter("acknowledgement"))
        self.res_letter = QPushButton(self.tr("Resolution letter (PDF)…"))
        self.res_letter.clicked.connect(lambda: self.letter("resolution"))
        row.addWidget(self.ack_letter)
        row.addWidget(self.res_letter)
        cl.addLayout(row)
        rv.addWidget(callbacks, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([720, 560])
        v.addWidget(split, 1)
        self.setCentralWidget(central)

    # -- loading and painting -----------------------------------------------------------------
    def reload(self) -> None:
        """Read the case again (off the GUI thread) and paint it."""
        if self._reading:
            self._read_again = True
            return
        self._reading, self._read_again = True, False
        generation = self._generation
        store, identity, complaint_id = self.store, self.identity, self.complaint_id

        def read() -> ops.CaseView:
            read_reference_files()
            return ops.case_view(store, identity, complaint_id)

        run_op(
            read,
            lambda view: self._loaded(generation, view),
            self._load_failed,
            name="complaints.case_view",
            owner=self,
        )

    def _loaded(self, generation: int, view: ops.CaseView) -> None:
        self._reading = False
        if generation == self._generation:  # no step of ours painted a newer case meanwhile
            self._paint(view)
        if self._read_again:
            self.reload()

    def _load_failed(self, problem: Problem) -> None:
        self._reading = False
        self.say(describe(problem), ok=False)
        if self._read_again:
            self.reload()

    def _changed(self, event: Changed) -> None:
        """Another window, the board or a sync pull changed this case."""
        if self._writes:
            self._heard.append(event.changes)  # ours, most likely: sorted out when the step answers
        else:
            self.reload()

    def _paint(self, view: ops.CaseView) -> None:
        self.view = view
        self.names = dict(view.names)
        self.ask.currency = view.record.currency
        r = view.record
        self.setWindowTitle(self.tr("Complaint %1 — %2").replace("%1", r.case_no).replace("%2", r.customer_name))
        self.title.setText(f"{r.case_no} · {r.summary}")
        self._paint_facts()
        self._paint_timeline()
        self._paint_recovery()
        self._paint_callbacks()
        self._enable_steps()
        self.painted.emit()

    def _paint_facts(self) -> None:
        if self.view is None:
            return
        r, case = self.view.record, self.view.record.case
        current = self.workflow.current_deadline(case, datetime.now(UTC))
        deadline = current[2].value if current else ""
        due = ""
        if current:
            kind = self.tr("acknowledge by") if current[0] == "acknowledge" else self.tr("resolve by")
            due = f"{kind} {_local(current[1])}"
        owner = self.names.get(case.assigned_agent or "", "") or case.assigned_team or self.tr("nobody")
        chips = [
            (state_name(case.state.value), "#37474f"),
            (severity_name(case.severity.value), SEVERITY_COLOURS[case.severity.value]),
            (deadline_name(deadline) + (f" · {due}" if due else ""), DEADLINE_COLOURS[deadline]),
        ]
        if case.escalation_level:
            chips.append((self.tr("Escalated ×%1").replace("%1", str(case.escalation_level)), "#6a1b9a"))
        chip_html = " ".join(f'<span style="background:{c}; color:white;">&nbsp;{t}&nbsp;</span>' for t, c in chips)
        category = self.view.category_label(self.lang)
        self.facts.setText(
            f"{chip_html}<br>"
            + self.tr("Customer: %1 · Category: %2 · Owner: %3 · Opened %4")
            .replace("%1", r.customer_name)
            .replace("%2", category)
            .replace("%3", owner)
            .replace("%4", _local(case.received_at))
            + "<br><i>"
            + self.tr("Customer's words: %1").replace("%1", _html(case.customer_words))
            + "</i>"
            + (
                ("<br>" + self.tr("Outcome wanted: %1").replace("%1", _html(case.desired_outcome)))
                if case.desired_outcome
                else ""
            )
        )

    def _paint_timeline(self) -> None:
        assert self.view is not None
        record = self.view.record
        rows = []
        for e in record.case.timeline:
            state = (
                state_name(e.to_state.value)
                if e.from_state == e.to_state
                else f"{state_name(e.from_state.value)} → {state_name(e.to_state.value)}"
            )
            rows.append(
                (
                    e.at,
                    e.seq,
                    self.names.get(e.actor, e.actor),
                    action_name(e.action),
                    state,
                    self._details(e.action, e.comment, dict(e.data)),
                )
            )
        for e in record.extra_events:
            data = dict(e.data)
            rows.append(
                (
                    e.at,
                    1000 + e.seq,
                    self.names.get(e.actor_id, e.actor_id),
                    action_name(e.action),
                    recovery_status_name(e.to_state),
                    self._details(e.action, e.comment, data),
                )
            )
        rows.sort(key=lambda r: (r[0], r[1]))
        lines: list[list[str | None]] = [
            [_local(at), who, what, state, details] for at, _, who, what, state, details in rows
        ]
        if not lines:
            lines = [[None, None, None, None, self.tr("No history was recorded for this case.")]]
        t = self.timeline
        changed = _fill(t, lines)
        # Rows wrap to their height: measured for the rows that changed (a note adds one),
        # all of them when the columns have other widths than when they were last measured.
        widths = [t.columnWidth(j) for j in range(t.columnCount())]
        if widths != self._timeline_widths:
            self._timeline_widths = widths
            t.resizeRowsToContents()
        else:
            for i in changed:
                t.resizeRowToContents(i)

    def _details(self, action: str, comment: str, data: dict[str, Any]) -> str:
        parts = [timeline_comment(comment)] if comment else []
        if "amount_minor" in data and data.get("amount_minor"):
            parts.insert(
                0,
                f"{recovery_kind_name(data.get('kind', ''))} "
                f"{format_minor(data['amount_minor'], data.get('currency', self._currency()))}",
            )
        elif "kind" in data:
            parts.insert(0, recovery_kind_name(data["kind"]))
        if action == "assign":
            to = self.names.get(data.get("to_agent") or "", "") or data.get("to_team") or ""
            frm = self.names.get(data.get("from_agent") or "", "") or data.get("from_team") or ""
            parts.insert(0, (f"{frm} → {to}" if frm else f"→ {to}"))
        if action == "survey":
            parts.insert(
                0,
                self.tr("CSAT %1/5 · buy again: %2")
                .replace("%1", str(data.get("csat")))
                .replace("%2", self.tr("yes") if data.get("would_buy_again") else self.tr("no")),
            )
        if action == "escalate" and data.get("reason", "").startswith("breach"):
            kind = self.tr("acknowledge") if data["reason"] == "breach_acknowledge" else self.tr("resolve")
            parts = [self.tr("the %1 deadline passed").replace("%1", kind)]
        if action == "close" and data.get("root_cause"):
            parts.insert(0, self.tr("root cause: %1").replace("%1", self._root_cause_label(data["root_cause"])))
        if action == "schedule_callback" and data.get("due"):
            parts.insert(0, self.tr("due %1").replace("%1", _local(datetime.fromisoformat(data["due"]))))
        return " · ".join(p for p in parts if p)

    def _currency(self) -> str:
        return self.view.record.currency if self.view is not None else "USD"

    def _paint_recovery(self) -> None:
        assert self.view is not None
        plan = self.view.record.plan
        t = self.actions
        chosen = self._selected(t)
        t.setRowCount(len(plan.actions))
        for i, a in enumerate(plan.actions):
            cells = [
                recovery_kind_name(a.kind.value),
                a.amount.format() if a.amount.minor else "—",
                recovery_status_name(a.status.value),
                self.names.get(a.proposed_by, a.proposed_by),
                self.names.get(a.decided_by or "", ""),
                a.reason,
            ]
            for j, text in enumerate(cells):
                item = _item(text)
                item.setData(Qt.ItemDataRole.UserRole, a.action_id)
                if a.status is RecoveryStatus.PENDING_APPROVAL:
                    item.setBackground(Qt.GlobalColor.yellow)
                t.setItem(i, j, item)
        self._reselect(t, [a.action_id for a in plan.actions], chosen)
        self.total_label.setText(self.tr("Committed on this case: %1").replace("%1", plan.committed_total().format()))
        self._enable_recovery()

    def _paint_callbacks(self) -> None:
        assert self.view is not None
        t = self.callbacks
        cbs = self.view.record.plan.callbacks
        chosen = self._selected(t)
        t.setRowCount(len(cbs))
        for i, c in enumerate(cbs):
            for j, text in enumerate(
                [
                    _local(c.due),
                    self.names.get(c.owner, c.owner),
                    recovery_status_name(c.status.value),
                    c.outcome or c.note,
                ]
            ):
                item = _item(text)
                item.setData(Qt.ItemDataRole.UserRole, c.callback_id)
                t.setItem(i, j, item)
        self._reselect(t, [c.callback_id for c in cbs], chosen)

    @staticmethod
    def _reselect(table: QTableWidget, ids: list[str], chosen: str | None) -> None:
        """Keep the row the user had chosen when the case is painted again (it may have moved)."""
        if chosen in ids:
            table.selectRow(ids.index(chosen))
        elif chosen is not None:
            table.clearSelection()

    def _enable_steps(self) -> None:
        if self.view is None:
            return
        case, role = self.view.record.case, self.identity.role
        legal = allowed_actions(case.state)
        shown = []
        for key, b in self.step_buttons.items():
            if key == "take":
                ok = case.assigned_agent != self.identity.user_id and "assign" in legal
                ok = ok and (may(role, "assign") or case.assigned_agent is None)
            else:
                ok = key in legal and may(role, key)
            b.setEnabled(True)
            if ok:
                shown.append(b)
        if shown != self._steps_shown:  # only the possible steps, packed three to a row
            for b in self._steps_shown:
                self.step_grid.removeWidget(b)
            for n, b in enumerate(shown):
                self.step_grid.addWidget(b, n // 3, n % 3)
            for b in self.step_buttons.values():
                b.setVisible(b in shown)
            self._steps_shown = shown
        usual = next((self.step_buttons[k] for k in _STEP_ORDER if self.step_buttons[k] in shown), None)
        for b in self.step_buttons.values():  # the usual next step stands out
            style = _USUAL_STEP_STYLE if b is usual else ""
            if b.styleSheet() != style:
                b.setStyleSheet(style)
        open_ = case.is_open
        self.recovery_buttons["propose"].setEnabled(open_ or case.state.value == "closed")
        self.schedule_button.setEnabled(case.state.value != "follow_up_done")

    def _selected(self, table: QTableWidget) -> str | None:
        items = table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _enable_recovery(self) -> None:
        action_id = self._selected(self.actions)
        actions = self.view.record.plan.actions if self.view is not None else ()
        a = next((x for x in actions if x.action_id == action_id), None)
        pending = a is not None and a.status is RecoveryStatus.PENDING_APPROVAL
        decide = may(self.identity.role, "decide_recovery")
        self.recovery_buttons["approve"].setEnabled(pending and decide)
        self.recovery_buttons["refuse"].setEnabled(pending and decide)
        self.recovery_buttons["execute"].setEnabled(
            a is not None and a.status in (RecoveryStatus.PROPOSED, RecoveryStatus.APPROVED)
        )
        self.recovery_buttons["cancel"].setEnabled(
            a is not None
            and a.status in (RecoveryStatus.PROPOSED, RecoveryStatus.PENDING_APPROVAL, RecoveryStatus.APPROVED)
        )

    # -- doing -------------------------------------------------------------------------------------
    def say(self, text: str, ok: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(
            ("background:#e8f5e9; color:#1b5e20;" if ok else "background:#ffebee; color:#b71c1c;") + " padding:4px;"
        )
        self.message.show()

    def run(
        self,
        name: str,
        fn: Callable[[], Any],
        done: str = "",
        then: Callable[[ops.CaseView], None] | None = None,
    ) -> bool:
        """Run a case step's op (a write, off the GUI thread); paint the case it returns, or
        say why it was refused. True: the step was asked for."""
        self._writes += 1
        run_op(
            fn,
            lambda result: self._stepped(result, done, then),
            self._refused,
            name=f"complaints.{name}",
            write=True,
            owner=self,
        )
        return True

    def _settled(self, changes: Changes | None) -> None:
        self._writes -= 1
        if changes is not None and changes in self._heard:
            self._heard.remove(changes)  # our own step's change: the op's answer already shows it
        if not self._writes and self._heard:
            self._heard.clear()
            self.reload()  # someone else changed the case meanwhile

    def _stepped(self, result: Any, done: str, then: Callable[[ops.CaseView], None] | None) -> None:
        self._generation += 1
        self.last_problem = None
        self._paint(result.value)
        if done:
            self.say(done)
        if then is not None:
            then(result.value)
        self._settled(result.changes)

    def _refused(self, problem: Problem) -> None:
        self.last_problem = problem
        self.say(self.tr("Not done: %1").replace("%1", describe(problem)), ok=False)
        self._settled(None)

    def _case(self) -> ComplaintCase:
        """The loaded case (steps are only offered once it is painted)."""
        assert self.view is not None
        return self.view.record.case

    def step(self, key: str) -> bool:
        """Ask what the step needs and run it. True when the step was asked for."""
        if self.view is None:
            return False
        store, me, cid, ask, kw = self.store, self.identity, self.complaint_id, self.ask, {"workflow": self.workflow}
        case = self._case()
        if key == "take":
            return self.run("take", lambda: ops.take(store, me, cid, **kw), self.tr("The case is yours."))
        if key == "assign":
            answer = ask.assign(list(self.view.agents), ["complaints", "billing", "orders"])
            if answer is None:
                return False
            agent, team, note = answer
            return self.run("assign", lambda: ops.assign(store, me, cid, agent, team, note, **kw))
        if key == "assess":
            answer = ask.assess(case.severity.value)
            if answer is None:
                return False
            severity, comment = answer
            return self.run("assess", lambda: ops.assess(store, me, cid, severity, comment, **kw))
        if key == "close":
            root_causes = [(c.code, c.name(self.lang)) for c in ops.root_causes()]
            closing = ask.close_case(root_causes, case.state.value == "customer_rejected")
            if closing is None:
                return False
            cause, comment = closing
            return self.run(
                "close",
                lambda: ops.close(store, me, cid, cause, comment, **kw),
                self.tr("Closed. Record the satisfaction survey when the customer has answered it."),
            )
        if key == "survey":
            survey = ask.survey()
            if survey is None:
                return False
            csat, again, remark = survey
            return self.run("survey", lambda: ops.record_survey(store, me, cid, csat, again, remark, **kw))
        prompts = {
            "propose_resolution": (self.tr("Propose a resolution"), self.tr("What we offer the customer"), True),
            "customer_rejects": (self.tr("Customer rejects"), self.tr("What the customer said"), False),
            "reopen": (self.tr("Reopen the complaint"), self.tr("Why it is reopened"), True),
            "escalate": (self.tr("Escalate"), self.tr("Why a supervisor is needed"), True),
            "note": (self.tr("Add a note"), self.tr("Note"), True),
        }
        comment = ""
        if key in prompts:
            typed = ask.comment(*prompts[key])
            if typed is None:
                return False
            comment = typed
        if key == "escalate":
            return self.run(
                "escalate",
                lambda: ops.escalate(store, me, cid, comment, **kw),
                self.tr("Escalated to the supervisors' queue."),
            )
        if key == "note":
            return self.run("note", lambda: ops.note(store, me, cid, comment, **kw))
        if key == "propose_resolution":
            return self.run(key, lambda: ops.propose_resolution(store, me, cid, comment or "resolution", **kw))
        if key in TRANSITIONS:
            return self.run(key, lambda: ops.apply_step(store, me, cid, key, comment, **kw))
        return False

    def recovery(self, key: str) -> bool:
        if self.view is None:
            return False
        store, me, cid, kw = self.store, self.identity, self.complaint_id, {"workflow": self.workflow}
        if key == "propose":
            answer = self.ask.recovery()
            if answer is None:
                return False
            kind, minor, reason = answer
            amount = Money(minor, self.view.record.currency)
            return self.run(
                "propose_recovery",
                lambda: ops.propose_recovery(store, me, cid, kind, amount, reason, **kw),
                then=self._offered,
            )
        action_id = self._selected(self.actions)
        if action_id is None:
            return False
        if key == "approve":
            return self.run(
                "decide_recovery",
                lambda: ops.decide_recovery(store, me, cid, action_id, True, **kw),
                self.tr("Approved."),
            )
        if key == "execute":
            return self.run(
                "carry_out_recovery",
                lambda: ops.carry_out_recovery(store, me, cid, action_id, **kw),
                self.tr("Carried out."),
            )
        reason = self.ask.comment(self.tr("Refuse") if key == "refuse" else self.tr("Withdraw"), self.tr("Why"), True)
        if reason is None:
            return False
        if key == "refuse":
            return self.run(
                "decide_recovery", lambda: ops.decide_recovery(store, me, cid, action_id, False, reason, **kw)
            )
        return self.run("withdraw_recovery", lambda: ops.withdraw_recovery(store, me, cid, action_id, reason, **kw))

    def _offered(self, view: ops.CaseView) -> None:
        a = view.focused_action
        if a is None:
            return
        self.recovery_offered.emit(a.kind.value)
        if a.status is RecoveryStatus.PENDING_APPROVAL:
            self.say(self.tr("Over your limit: it waits in the approval queue for a supervisor."), ok=True)
        else:
            self.say(self.tr("Within your limit: you can carry it out now."))

    def schedule_callback(self) -> bool:
        if self.view is None:
            return False
        answer = self.ask.callback()
        if answer is None:
            return False
        due, note = answer
        store, me, cid = self.store, self.identity, self.complaint_id
        return self.run(
            "schedule_callback",
            lambda: ops.schedule_callback(store, me, cid, due, note, workflow=self.workflow),
            self.tr("The callback is in the owner's task list and rings the console when due."),
        )

    def finish_callback(self) -> bool:
        callback_id = self._selected(self.callbacks)
        if callback_id is None:
            self.say(self.tr("Choose a callback first."), ok=False)
            return False
        outcome = self.ask.comment(self.tr("Callback made"), self.tr("Outcome"), True)
        if outcome is None:
            return False
        store, me, cid = self.store, self.identity, self.complaint_id
        return self.run(
            "complete_callback",
            lambda: ops.complete_callback(store, me, cid, callback_id, outcome, workflow=self.workflow),
        )

    def letter(self, kind: str) -> bool:
        if self.view is None:
            return False
        name = f"{self.view.record.case_no}-{kind}-{self.lang}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the letter as PDF"), name, self.tr("PDF (*.pdf)"))
        return bool(path) and self.export_letter(kind, path)

    def export_letter(self, kind: str, path: str) -> bool:
        """The letter from its bilingual template, in the customer's language, as a PDF
        (filled and printed off the GUI thread). True when the export was started."""
        from callcenter.gui.complaints.letter_pdf import write_letter_pdf

        store, me, cid, lang = self.store, self.identity, self.complaint_id, self.letter_lang()

        def write() -> str:
            write_letter_pdf(reports_ops.letter(store, me, cid, kind, lang).html, path)
            return path

        run_op(write, self._letter_saved, self._letter_failed, name="complaints.letter", owner=self)
        return True

    def _letter_saved(self, path: str) -> None:
        self.say(self.tr("Letter saved: %1").replace("%1", path))
        self.letter_saved.emit(True)

    def _letter_failed(self, problem: Problem) -> None:
        self.say(export_problem(problem) if isinstance(problem, ExportError) else describe(problem), ok=False)
        self.letter_saved.emit(False)

    def letter_lang(self) -> str:
        """Letters go out in the customer's language, whatever the agent's screen shows."""
        return (self.view.letter_lang if self.view is not None else "") or self.lang

    def _root_cause_label(self, code: str) -> str:
        found = next((c for c in ops.root_causes() if c.code == code), None)
        return found.name(self.lang) if found else code


def _html(text: str) -> str:
    return html.escape(text or "")
