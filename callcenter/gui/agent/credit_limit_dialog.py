"""A customer's credit limit: its timeline of changes (who proposed, who decided, why), a new
limit proposed within the agent's role limits (applied at once) or sent for approval, and the
waiting changes approved or refused by someone whose limits cover them. Follows its rows."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callcenter.core import credit_limits as core
from callcenter.core.agents import Identity
from callcenter.core.changes import Changed
from callcenter.core.errors import Invalid, Problem
from callcenter.gui import problems
from callcenter.gui.bridge import watch
from callcenter.gui.ops import run_op
from callcenter.gui.problems import fields_in_words
from callcenter.gui.tables import read_only_table
from callcenter.ops import Done
from callcenter.ops import credit as credit_ops
from callcenter.store.db import Store


def _t(text: str) -> str:
    return QCoreApplication.translate("CreditLimitDialog", text)


def _say(words: dict[str, object], key: str) -> str | None:
    """The translated text for ``key`` (the table holds the untranslated sources)."""
    text = words.get(key)
    return _t(str(text)) if text is not None else None


def _field_word(name: str) -> str | None:
    words = {
        "limit": QT_TRANSLATE_NOOP("CreditLimitDialog", "New limit"),
        "reason": QT_TRANSLATE_NOOP("CreditLimitDialog", "Reason"),
    }
    return _say(words, name)


def _reason_word(code: str) -> str | None:
    words = {
        "not_a_number": QT_TRANSLATE_NOOP("CreditLimitDialog", "type an amount, e.g. 1500 or 1,500.00"),
        "not_negative": QT_TRANSLATE_NOOP("CreditLimitDialog", "cannot be below zero"),
        "unchanged": QT_TRANSLATE_NOOP("CreditLimitDialog", "that is the limit already"),
        "required": QT_TRANSLATE_NOOP("CreditLimitDialog", "required"),
    }
    return _say(words, code)


def _invalid(problem: Invalid) -> str | None:
    """This dialog's own words for the fields it asks for (None when a field is not ours)."""
    return fields_in_words(problem, _field_word, _reason_word)


class CreditLimitDialog(QDialog):
    def __init__(self, store: Store, identity: Identity, customer_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.identity, self.customer_id = store, identity, customer_id
        self.summary: credit_ops.CreditSummary | None = None
        self.setWindowTitle(self.tr("Credit limit"))
        self.resize(820, 480)
        v = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setStyleSheet("font-size: 15px; font-weight: 700;")
        v.addWidget(self.header)
        self.timeline = read_only_table(
            [
                self.tr("Proposed"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Status"),
                self.tr("Proposed by"),
                self.tr("Decided by"),
                self.tr("Reason"),
            ]
        )
        v.addWidget(self.timeline, 1)
        decide = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("A&pprove"))
        self.refuse_button = QPushButton(self.tr("Re&fuse"))
        for b in (self.approve_button, self.refuse_button):
            b.setAutoDefault(False)
            b.setEnabled(False)
        decide.addStretch(1)
        decide.addWidget(self.approve_button)
        decide.addWidget(self.refuse_button)
        v.addLayout(decide)
        form = QFormLayout()
        self.limit_edit = QLineEdit()
        self.reason_edit = QLineEdit()
        form.addRow(self.tr("&New limit"), self.limit_edit)
        form.addRow(self.tr("&Reason"), self.reason_edit)
        v.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        v.addWidget(self.message)
        buttons = QHBoxLayout()
        self.propose_button = QPushButton(self.tr("Pr&opose"))
        self.propose_button.setDefault(True)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.propose_button)
        v.addLayout(buttons)
        self.propose_button.clicked.connect(self.propose)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.refuse_button.clicked.connect(lambda: self.decide(False))
        self.timeline.currentCellChanged.connect(lambda *_: self._chosen())
        close.clicked.connect(self.reject)
        watch(
            store,
            self,
            self._changed,
            tables=credit_ops.CREDIT_TABLES,
            column="customer_id",
            record=lambda: self.customer_id,
        )
        self.reload()

    def reload(self) -> None:
        store, identity, customer_id = self.store, self.identity, self.customer_id
        run_op(
            lambda: credit_ops.credit_summary(store, identity, customer_id),
            self._show,
            self._failed,
            name="credit.summary",
            owner=self,
        )

    def _changed(self, _event: Changed) -> None:
        self.reload()

    def _status(self, status: str) -> str:
        return {
            "approved": self.tr("approved"),
            "pending_approval": self.tr("waiting for approval"),
            "refused": self.tr("refused"),
        }.get(status, status)

    def _show(self, summary: credit_ops.CreditSummary) -> None:
        self.summary = summary
        self.header.setText(
            self.tr("%1 — credit limit %2, balance %3")
            .replace("%1", summary.display_name)
            .replace("%2", summary.limit.format())
            .replace("%3", summary.balance.format())
        )
        rows = summary.timeline
        self.timeline.setRowCount(len(rows))
        for r, c in enumerate(rows):
            cells = [
                c.proposed_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                c.old_limit.format(),
                c.new_limit.format(),
                self._status(c.status),
                c.proposed_by,
                c.decided_by,
                c.reason + (f" — {c.comment}" if c.comment else ""),
            ]
            for col, text in enumerate(cells):
                self.timeline.setItem(r, col, QTableWidgetItem(text))
        self._chosen()

    def _current(self) -> credit_ops.CreditChangeView | None:
        row = self.timeline.currentRow()
        if self.summary is None or not 0 <= row < len(self.summary.timeline):
            return None
        return self.summary.timeline[row]

    def _chosen(self) -> None:
        c = self._current()
        waiting = c is not None and c.status == "pending_approval"
        self.approve_button.setEnabled(bool(c and c.may_decide))
        self.refuse_button.setEnabled(bool(waiting and c and c.proposed_by_id != self.identity.user_id))

    def propose(self) -> None:
        if self.summary is None:
            return
        try:
            amount = core.parse_amount(self.limit_edit.text(), self.summary.limit.currency)
        except Problem as problem:
            self._failed(problem)
            return
        store, identity, customer_id, reason = self.store, self.identity, self.customer_id, self.reason_edit.text()
        run_op(
            lambda: credit_ops.propose_credit_limit(store, identity, customer_id, amount, reason),
            self._proposed,
            self._failed,
            name="credit.propose",
            write=True,
            owner=self,
        )

    def _proposed(self, done: Done[credit_ops.CreditChangeView]) -> None:
        v = done.value
        self.limit_edit.clear()
        self.reason_edit.clear()
        self._say_ok(
            (
                self.tr("The credit limit is now %1.")
                if v.status == "approved"
                else self.tr("%1 is above your limits: sent for approval.")
            ).replace("%1", v.new_limit.format())
        )

    def decide(self, approve: bool) -> None:
        c = self._current()
        if c is None:
            return
        store, identity = self.store, self.identity
        run_op(
            lambda: credit_ops.decide_credit_limit(store, identity, c.change_id, approve),
            lambda done: self._say_ok(
                (self.tr("Approved: the credit limit is now %1.") if approve else self.tr("Refused.")).replace(
                    "%1", done.value.new_limit.format()
                )
            ),
            self._failed,
            name="credit.decide",
            write=True,
            owner=self,
        )

    def _say_ok(self, text: str) -> None:
        self.message.setStyleSheet("color: #2e7d32; font-weight: 600;")
        self.message.setText(text)

    def _failed(self, problem: Problem) -> None:
        self.message.setStyleSheet("color: #b00020; font-weight: 600;")
        self.message.setText(self.say(problem))

    def say(self, problem: Problem) -> str:
        p = problem.params
        if isinstance(problem, core.CreditChangeOverLimit):
            if p.get("step") == "propose":
                return self.tr("%1 is over every approver's limit.").replace("%1", p["amount"].format())
            return self.tr("Above your approval limit of %1.").replace("%1", p["limit"].format())
        if isinstance(problem, core.CreditChangeNotPermitted):
            if p.get("action") == "decide_own_proposal":
                return self.tr("You cannot approve your own proposal; another approver must.")
            return self.tr("Your role may not change credit limits.")
        if isinstance(problem, Invalid):
            worded = _invalid(problem)
            if worded is not None:
                return worded
        return problems.describe(problem)
