"""The supervisor's team as the store knows it: every agent of their team, on whichever
machine, with the last state their console recorded, and "force state" through the server
(``ops.forced_state``). A forced state travels with sync: this console pushes it at once, the
agent's console applies it on its next pull (at most one sync interval later) — at once, or
when the current call's wrap-up ends — and its answer (after the call, applied) comes back
the same way. The list follows those rows by Changed events, never by a timer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callcenter.core.agent_state import AgentState
from callcenter.core.agents import Code, Identity
from callcenter.core.errors import Problem
from callcenter.gui.bridge import watch
from callcenter.gui.names import agent_state_name, reason_name
from callcenter.gui.ops import run_op
from callcenter.gui.problems import describe
from callcenter.ops import forced_state
from callcenter.ops.auth import console_bootstrap
from callcenter.store.db import Store


def _action_word(name: str) -> str | None:
    return {
        "force_state": QCoreApplication.translate("TeamPanel", "force an agent's state"),
        "force_state_team": QCoreApplication.translate("TeamPanel", "force the state of another team's agent"),
        "cancel_force": QCoreApplication.translate("TeamPanel", "cancel a forced state"),
        "apply_force": QCoreApplication.translate("TeamPanel", "apply another agent's forced state"),
    }.get(name)


_registered = False


class TeamPanel(QWidget):
    def __init__(self, store: Store, identity: Identity, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        global _registered
        if not _registered:
            from callcenter.gui import problems

            problems.register_words("action", _action_word)
            _registered = True
        self.store, self.identity, self.lang = store, identity, lang
        self.agents: list[forced_state.TeamAgent] = []
        self.reasons: dict[str, Code] = {}
        self.loaded = 0  # reads answered (tests wait on it)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Agent"), self.tr("State"), self.tr("Reason"), self.tr("Forced state")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.reason = QComboBox()
        self.reason.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.available_button = QPushButton(self.tr("Force &Available"))
        self.not_ready_button = QPushButton(self.tr("Force &Not ready"))
        self.logout_button = QPushButton(self.tr("Force &Log out"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for w in (self.available_button, self.reason, self.not_ready_button, self.logout_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        v = QVBoxLayout(self)
        v.addWidget(QLabel(self.tr("Your team on every console (forced states travel through the server)")))
        v.addWidget(self.table, 1)
        v.addLayout(buttons)
        v.addWidget(self.message)
        self.available_button.clicked.connect(lambda: self.force("available"))
        self.not_ready_button.clicked.connect(lambda: self.force("not_ready", self.reason.currentData() or ""))
        self.logout_button.clicked.connect(lambda: self.force("logged_out"))
        watch(store, self, lambda _e: self.refresh(), tables=forced_state.TABLES)
        self.refresh()

    def refresh(self) -> None:
        store, actor = self.store, self.identity

        def read() -> tuple[list[forced_state.TeamAgent], list[Code]]:
            return forced_state.team_agents(store, actor), console_bootstrap(store).reason_codes

        run_op(read, self._show, self._failed, name="team.read", owner=self)

    def _show(self, result: tuple[list[forced_state.TeamAgent], list[Code]]) -> None:
        agents, reasons = result
        self.reasons = {r.code: r for r in reasons}
        keep = self.reason.currentData()
        self.reason.clear()
        for r in reasons:
            if r.code not in ("missed_call", "login", "wrap_timeout"):
                self.reason.addItem(r.name(self.lang), r.code)
        self.reason.setCurrentIndex(max(0, self.reason.findData(keep)))
        chosen = self.selected()
        self.agents = agents
        self.table.setRowCount(len(agents))
        for row, a in enumerate(agents):
            values = [
                a.name,
                self.state_text(a.state),
                self.reason_text(a) if a.state == "not_ready" else "",
                self.request_text(a.request),
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, a.agent_id)
                self.table.setItem(row, col, item)
            if a.agent_id == chosen:
                self.table.selectRow(row)
        self.loaded += 1

    def _failed(self, problem: Problem) -> None:
        self.message.setText(describe(problem))

    def state_text(self, state: str) -> str:
        return agent_state_name(AgentState(state)) if state else self.tr("not seen yet")

    def reason_text(self, a: forced_state.TeamAgent) -> str:
        code = self.reasons.get(a.reason)
        return code.name(self.lang) if code else reason_name(a.reason)

    def request_text(self, r: forced_state.ForceRequest | None) -> str:
        if r is None or r.status == forced_state.CANCELLED:
            return ""
        target = agent_state_name(AgentState(r.state))
        return {
            forced_state.PENDING: self.tr("%1: waiting for their console"),
            forced_state.AFTER_CALL: self.tr("%1: after their call"),
            forced_state.APPLIED: self.tr("%1: applied"),
        }.get(r.status, "%1").replace("%1", target)

    def selected(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select_agent(self, agent_id: str) -> None:
        for row, a in enumerate(self.agents):
            if a.agent_id == agent_id:
                self.table.selectRow(row)

    def force(self, state: str, reason: str = "", agent_id: str | None = None) -> None:
        agent_id = agent_id or self.selected()
        if agent_id is None:
            self.message.setText(self.tr("Choose an agent first."))
            return
        store, actor = self.store, self.identity
        name = next((a.name for a in self.agents if a.agent_id == agent_id), "")

        def done(_done: Any) -> None:
            self.message.setText(
                self.tr("Asked: %1 to %2. Their console applies it when it next syncs.")
                .replace("%1", name)
                .replace("%2", agent_state_name(AgentState(state)))
            )

        run_op(
            lambda: forced_state.request_force(store, actor, agent_id, state, reason),
            done,
            self._failed,
            name="team.force",
            write=True,
            owner=self,
        )
