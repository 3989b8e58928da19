"""The supervisors' complaints board: open cases by state, age and deadline risk,
filters, sorting, (bulk) reassignment, the approval queue and the figures.

Lists load off the GUI thread (``ops.complaints.board``) and load again when a committed
change (from any window here, or a sync pull) touches the complaints or their recovery
actions: no polling. Time passing is handled without the store: once a minute the ages and
deadline states are worked out again from the rows in memory, and the deadline check
(``ops.complaints.check_deadlines``, a write off the GUI thread) escalates breached cases
to the supervisors' queue (the owner's console is told).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableView,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from callcenter.core.agents import Identity
from callcenter.core.changes import Changed
from callcenter.core.complaints import OPEN_STATES, CategoryTree, ComplaintState
from callcenter.core.errors import Problem
from callcenter.core.money import format_minor
from callcenter.gui.bridge import watch
from callcenter.gui.complaints.case_dialogs import CaseQuestions
from callcenter.gui.complaints.case_window import CaseWindow
from callcenter.gui.complaints.case_windows import CaseWindows
from callcenter.gui.complaints.cases_model import CasesFilter, CasesModel
from callcenter.gui.names import complaint_state_name as state_name
from callcenter.gui.names import deadline_name, recovery_kind_name
from callcenter.gui.ops import run_op
from callcenter.gui.problems import describe
from callcenter.gui.tables import read_only_table
from callcenter.ops import complaints as ops

TEAMS = ("complaints", "billing", "orders")
DEADLINE_CHECK_MS = 60_000  # the deadline check (a write, off the GUI thread)
CLOCK_MS = 60_000  # ages and deadline states worked out again from memory


class ComplaintsBoardWindow(QMainWindow):
    breached = Signal(list)  # BreachNotice list after a deadline check

    def __init__(
        self,
        store: Any,
        identity: Identity,
        lang: str = "en",
        parent: QWidget | None = None,
        with_figures: bool = True,
        owner: str | None = None,
    ):
        super().__init__(parent)
        self.store, self.identity, self.lang = store, identity, lang
        self.workflow = ops.default_workflow()
        # A closed case window is refilled with the next case opened here, not built again.
        self.case_windows = CaseWindows(
            lambda cid, view: CaseWindow(store, identity, cid, lang, self.workflow, view=view), self, build_ahead=False
        )
        self.loading = self.load_again = False
        self.agents: list[tuple[str, str]] = []
        self.owner_preset = owner  # the owner filter to apply once the people are known ("my cases")
        self.reassigned: dict[str, str] | None = None  # the last handover's cases that could not move, in words
        self.setWindowTitle(self.tr("Complaints board"))
        self.resize(1400, 860)
        self.tree = CategoryTree()  # the site's categories, with the first load (retired ones too)
        self.model = CasesModel(lambda code: self.tree.label(code, lang), self)
        self.proxy = CasesFilter(self)
        self.proxy.setSourceModel(self.model)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._cases_tab(), self.tr("Open cases"))
        self.tabs.addTab(self._approvals_tab(), self.tr("Approval queue"))
        if with_figures:
            from callcenter.gui.complaints.figures_panel import FiguresPanel

            self.figures = FiguresPanel(store, lang, identity=identity)
            self.tabs.addTab(self.figures, self.tr("Figures"))
            self.figures_loaded = False
            self.tabs.currentChanged.connect(self._tab_shown)
        self.setCentralWidget(self.tabs)
        watch(store, self, self._changed, tables=(*ops.BOARD_TABLES, "complaint_categories"))
        self.clock_timer = QTimer(self, interval=CLOCK_MS)
        self.clock_timer.timeout.connect(lambda: self.model.set_now(datetime.now(UTC), self.workflow))
        self.clock_timer.start()
        self.deadline_timer = QTimer(self, interval=DEADLINE_CHECK_MS)
        self.deadline_timer.timeout.connect(self.check_deadlines)
        self.deadline_timer.start()
        self.refresh()
        self.check_deadlines()

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is getattr(self, "figures", None) and not self.figures_loaded:
            self.figures_loaded = True  # figures read the whole history: load them when first asked for
            self.figures.refresh()

    # -- open cases --------------------------------------------------------------------------
    def _cases_tab(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size:14px;")
        v.addWidget(self.summary)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a case, customer or summary…"))
        self.search.textChanged.connect(lambda text: self.proxy.set(text=text.strip()))
        self.state_filter = QComboBox()
        self.state_filter.addItem(self.tr("All open states"), "")
        for state in ComplaintState:
            if state in OPEN_STATES:
                self.state_filter.addItem(state_name(state.value), state.value)
        self.deadline_filter = QComboBox()
        self.deadline_filter.addItem(self.tr("Any deadline"), "")
        for d in ("breached", "at_risk", "on_track"):
            self.deadline_filter.addItem(deadline_name(d), d)
        self.owner_filter = QComboBox()
        self.owner_filter.addItem(self.tr("Any owner"), "")
        self.owner_filter.addItem(self.tr("Nobody"), "-")
        self.category_filter = QComboBox()
        self.category_filter.addItem(self.tr("Any category"), frozenset())
        for combo, key in [
            (self.state_filter, "state"),
            (self.deadline_filter, "deadline"),
            (self.owner_filter, "owner"),
            (self.category_filter, "categories"),
        ]:
            combo.currentIndexChanged.connect(lambda _=0, c=combo, k=key: self._filter(k, c.currentData()))
        bar.addWidget(self.search, 2)
        for w in (self.state_filter, self.deadline_filter, self.owner_filter, self.category_filter):
            bar.addWidget(w, 1)
        v.addLayout(bar)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(8, Qt.SortOrder.AscendingOrder)  # most urgent first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self.open_case(self._case_at(index.row())))
        v.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open case"))
        self.open_button.clicked.connect(lambda: [self.open_case(c) for c in self.selected_cases()[:1]])
        self.assign_button = QPushButton(self.tr("Assign selected to…"))
        self.assign_button.clicked.connect(self.assign_selected)
        self.message = QLabel()
        actions.addWidget(self.open_button)
        actions.addWidget(self.assign_button)
        actions.addWidget(self.message, 1)
        v.addLayout(actions)
        return page

    def _filter(self, key: str, value) -> None:
        self.proxy.set(**{key: value})
        self._summarise()

    def _case_at(self, proxy_row: int) -> str:
        return self.model.rows[self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()].id

    def selected_cases(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self._case_at(r) for r in rows]

    # -- approvals ---------------------------------------------------------------------------
    def _approvals_tab(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        self.approvals_label = QLabel()
        v.addWidget(self.approvals_label)
        self.approvals = read_only_table(
            [
                self.tr("Case"),
                self.tr("Customer"),
                self.tr("Action"),
                self.tr("Amount"),
                self.tr("Proposed by"),
                self.tr("Waiting since"),
                self.tr("Reason"),
            ]
        )
        v.addWidget(self.approvals, 1)
        row = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.refuse_button = QPushButton(self.tr("Refuse…"))
        self.refuse_button.clicked.connect(lambda: self.decide(False))
        self.approval_message = QLabel()
        row.addWidget(self.approve_button)
        row.addWidget(self.refuse_button)
        row.addWidget(self.approval_message, 1)
        v.addLayout(row)
        self.pending = []
        return page

    def _paint_approvals(self, pending) -> None:
        self.pending = pending
        t = self.approvals
        t.setRowCount(len(pending))
        for i, p in enumerate(pending):
            cells = [
                p.case_no,
                p.customer_name,
                recovery_kind_name(p.kind),
                format_minor(p.amount_minor, p.currency),
                p.proposed_by_name,
                p.proposed_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                p.reason,
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not p.you_may_approve:
                    item.setForeground(Qt.GlobalColor.gray)
                    item.setToolTip(self.tr("Over your approval limit, or your own proposal"))
                t.setItem(i, j, item)
        mine = sum(p.you_may_approve for p in pending)
        self.approvals_label.setText(
            self.tr("%1 waiting for approval, %2 within your limits.")
            .replace("%1", str(len(pending)))
            .replace("%2", str(mine))
        )
        self.tabs.setTabText(1, self.tr("Approval queue (%1)").replace("%1", str(len(pending))))

    def decide(self, approve: bool) -> bool:
        rows = sorted({i.row() for i in self.approvals.selectedIndexes()})
        if not rows:
            self.approval_message.setText(self.tr("Choose an action first."))
            return False
        p = self.pending[rows[0]]
        reason = ""
        if not approve:
            reason = CaseQuestions(self).comment(self.tr("Refuse"), self.tr("Why"), True)
            if reason is None:
                return False
        store, me, wf = self.store, self.identity, self.workflow
        run_op(
            lambda: ops.decide_recovery(store, me, p.complaint_id, p.action_id, approve, reason, workflow=wf),
            lambda _done: self.approval_message.setText(self.tr("Approved.") if approve else self.tr("Refused.")),
            lambda problem: self.approval_message.setText(self.tr("Not done: %1").replace("%1", describe(problem))),
            name="complaints.decide_recovery",
            write=True,
            owner=self,
        )
        return True

    # -- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load the cases and the approval queue (off the GUI thread)."""
        if self.loading:
            self.load_again = True
            return
        self.loading, self.load_again = True, False
        store, wf, me = self.store, self.workflow, self.identity
        run_op(
            lambda: ops.board(store, me, workflow=wf), self._loaded, self._failed, name="complaints.board", owner=self
        )

    def _changed(self, _event: Changed) -> None:
        self.refresh()  # a case or a recovery action changed, here or on another console

    def _loaded(self, view: ops.BoardView) -> None:
        self.loading = False
        self._fill_agents(view.agents)
        self._fill_categories(view.tree)
        self.model.set_rows(view.cases, view.now)
        self._summarise()
        self._paint_approvals(view.approvals)
        if self.load_again:
            self.refresh()

    def _failed(self, problem: Problem) -> None:
        self.loading = False
        self.message.setText(self.tr("Could not load the cases: %1").replace("%1", describe(problem)))
        if self.load_again:
            self.refresh()

    def _fill_categories(self, tree: CategoryTree) -> None:
        """The category filter: every group of the site's categories, retired ones too (old
        cases still carry them), keeping the group picked."""
        if tree == self.tree and self.category_filter.count() > 1:
            return
        self.tree = tree
        current = self.category_filter.currentData()
        self.category_filter.blockSignals(True)
        while self.category_filter.count() > 1:
            self.category_filter.removeItem(1)
        for g in tree.groups:
            self.category_filter.addItem(g.name(self.lang), frozenset(c.code for c in tree.children.get(g.code, [])))
        index = next(
            (i for i in range(self.category_filter.count()) if current and self.category_filter.itemData(i) == current),
            0,
        )
        self.category_filter.setCurrentIndex(index)
        self.category_filter.blockSignals(False)
        if index == 0 and current:
            self._filter("categories", frozenset())

    def _fill_agents(self, agents: list[tuple[str, str]]) -> None:
        if agents == self.agents:
            return
        self.agents = list(agents)
        current = self.owner_preset or self.owner_filter.currentData()
        self.owner_filter.blockSignals(True)
        while self.owner_filter.count() > 2:
            self.owner_filter.removeItem(2)
        for user_id, name in self.agents:
            self.owner_filter.addItem(name, user_id)
        index = self.owner_filter.findData(current)
        self.owner_filter.setCurrentIndex(max(index, 0))
        self.owner_filter.blockSignals(False)
        self.proxy.set(owner=self.owner_filter.currentData())
        self.owner_preset = None

    def show_owner(self, user_id: str) -> None:
        """Show one person's cases (now, or as soon as the people are loaded)."""
        index = self.owner_filter.findData(user_id)
        if index >= 0:
            self.owner_filter.setCurrentIndex(index)
        else:
            self.owner_preset = user_id
            self.proxy.set(owner=user_id)

    def _summarise(self) -> None:
        rows = self.model.rows
        counts = {d: sum(1 for c in rows if c.deadline == d) for d in ("breached", "at_risk", "on_track")}
        escalated = sum(1 for c in rows if c.needs_supervisor)
        self.summary.setText(
            self.tr(
                "<b>%1</b> open cases · <span style='color:#c62828'><b>%2</b> breached</span> · "
                "<span style='color:#ef6c00'><b>%3</b> at risk</span> · %4 on track · "
                "<b>%5</b> waiting for a supervisor · showing %6"
            )
            .replace("%1", str(len(rows)))
            .replace("%2", str(counts["breached"]))
            .replace("%3", str(counts["at_risk"]))
            .replace("%4", str(counts["on_track"]))
            .replace("%5", str(escalated))
            .replace("%6", str(self.proxy.rowCount()))
        )

    def check_deadlines(self) -> None:
        store, wf = self.store, self.workflow
        run_op(
            lambda: ops.check_deadlines(store, workflow=wf),
            self._checked,
            lambda problem: self.message.setText(describe(problem)),
            name="complaints.check_deadlines",
            write=True,
            owner=self,
        )

    def _checked(self, done: Any) -> None:
        notices = done.value
        if notices:
            self.message.setText(
                self.tr("%1 cases passed a deadline and were escalated.").replace("%1", str(len(notices)))
            )
            self.breached.emit(notices)
        # the escalations reach the list as a change (no reload here)

    # -- actions -----------------------------------------------------------------------------
    def open_case(self, complaint_id: str) -> CaseWindow:
        window, _new = self.case_windows.window_for(complaint_id)
        window.show()
        window.raise_()
        return window

    def assign_selected(self) -> bool:
        ids = self.selected_cases()
        if not ids:
            self.message.setText(self.tr("Select one or more cases first."))
            return False
        answer = CaseQuestions(self).assign(self.agents, list(TEAMS))
        if answer is None:
            return False
        return self.reassign(ids, *answer)

    def reassign(self, ids: list[str], agent_id: str | None, team: str | None, comment: str = "") -> bool:
        """Hand the cases over (off the GUI thread); ``reassigned`` then names, in words, the
        cases that could not move. True: the handover was asked for."""
        self.reassigned = None
        store, me = self.store, self.identity
        run_op(
            lambda: ops.reassign(store, me, ids, agent_id, team, comment),
            lambda done: self._handed_over(ids, done.value),
            lambda problem: self._not_handed_over(ids, problem),
            name="complaints.reassign",
            write=True,
            owner=self,
        )
        return True

    def _handed_over(self, ids: list[str], problems: dict[str, Problem]) -> None:
        words = {case_id: describe(problem) for case_id, problem in problems.items()}
        moved = len(ids) - len(words)
        text = self.tr("%1 cases handed over.").replace("%1", str(moved))
        if words:
            text += " " + self.tr("%1 could not move: %2").replace("%1", str(len(words))).replace(
                "%2", "; ".join(sorted(set(words.values())))
            )
        self.message.setText(text)
        self.reassigned = words

    def _not_handed_over(self, ids: list[str], problem: Problem) -> None:
        said = describe(problem)
        self.message.setText(self.tr("Not done: %1").replace("%1", said))
        self.reassigned = dict.fromkeys(ids, said)  # nothing moved
