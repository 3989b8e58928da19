"""Supervisors' view of sync conflicts: each concurrent edit that lost a merge, the
two versions side by side (only what differs), and a pick that resolves it.

The list is read and the pick written through the use cases (``ops.sync``) off the GUI
thread; the dialog reloads whenever the conflicts table changes (a sync pull that
brings new conflicts, a pick made here or in another window), told by ``gui.bridge.watch``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from callcenter.core.agents import Identity
from callcenter.core.errors import IllegalStep, NotFound, Problem
from callcenter.core.money import format_minor
from callcenter.core.roles import Role
from callcenter.gui.bridge import watch
from callcenter.gui.ops import run_op
from callcenter.gui.problems import describe as describe_problem
from callcenter.ops import sync as sync_ops
from callcenter.store.db import Store

CONFLICTS_TABLE = "sync_conflicts"
QUARANTINE_TABLE = "sync_quarantine"


class ConflictsDialog(QDialog):
    def __init__(self, store: Store, user_id: str | None, parent=None, role: str | None = None):
        super().__init__(parent)
        self.store, self.user_id = store, user_id
        # who picks (for the audit log and the role check); no role: a tool or test without a sign-in
        self.actor = Identity(user_id or "", "", "", Role(role)) if role else None
        self.items: list = []
        self.loaded = False  # the first list arrived
        self._said = ""  # the outcome of the last pick, kept while the list reloads
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.list = QTableWidget(0, 3)
        self.list.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Which"), self.tr("Detected")])
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.itemSelectionChanged.connect(self.show_selected)
        self.diff = QTableWidget(0, 3)
        self.diff.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Current version (kept)"), self.tr("Overwritten version")]
        )
        self.diff.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.diff.horizontalHeader().setStretchLastSection(True)
        self.keep = QPushButton(self.tr("&Keep the current version"))
        self.take = QPushButton(self.tr("&Use the overwritten version"))
        self.keep.clicked.connect(lambda: self.resolve(False))
        self.take.clicked.connect(lambda: self.resolve(True))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        picks = QHBoxLayout()
        picks.addWidget(self.keep)
        picks.addWidget(self.take)
        picks.addStretch(1)
        v = QVBoxLayout(self)
        v.addWidget(
            QLabel(
                self.tr(
                    "Two consoles changed the same record while apart. The later change was kept; "
                    "pick which version should stay."
                )
            )
        )
        v.addWidget(self.list, 1)
        v.addWidget(self.diff, 2)
        v.addLayout(picks)
        v.addWidget(self.message)
        # pulled rows this console could not apply: kept aside, listed here for supervisors
        self.aside_title = QLabel(
            self.tr(
                "Records kept aside: the sync server sent them with values this console cannot use. "
                "The rest synced; a corrected version from any console replaces them."
            )
        )
        self.aside_title.setWordWrap(True)
        self.aside = QTableWidget(0, 4)
        self.aside.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Field"), self.tr("Why"), self.tr("Last seen")]
        )
        self.aside.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.aside.horizontalHeader().setStretchLastSection(True)
        self.aside_items: list = []
        v.addWidget(self.aside_title)
        v.addWidget(self.aside, 1)
        self.aside_title.hide()
        self.aside.hide()
        v.addWidget(buttons)
        self.resize(900, 620)
        self.keep.setEnabled(False)
        self.take.setEnabled(False)
        watch(store, self, lambda _event: self.reload(), tables=(CONFLICTS_TABLE,))
        watch(store, self, lambda _event: self.reload_aside(), tables=(QUARANTINE_TABLE,))
        self.reload()
        self.reload_aside()

    def reload_aside(self) -> None:
        store, actor = self.store, self.actor
        run_op(
            lambda: sync_ops.list_kept_aside(store, actor),
            self._aside_loaded,
            lambda _problem: None,  # not a supervisor: nothing to list
            name="sync.kept_aside",
            owner=self,
        )

    def _aside_loaded(self, items: list) -> None:
        self.aside_items = items
        self.aside.setRowCount(len(items))
        for r, k in enumerate(items):
            record = f"{self.kind(k.table)} {k.row_id}"
            for col, value in enumerate((record, self.field(k.field), self.why(k.reason), k.last_seen[:16])):
                self.aside.setItem(r, col, QTableWidgetItem(value))
        self.aside.resizeColumnsToContents()
        self.aside_title.setVisible(bool(items))
        self.aside.setVisible(bool(items))

    def why(self, reason: str) -> str:
        return {
            "not_a_date": self.tr("not a date and time"),
            "wrong_type": self.tr("wrong kind of value"),
            "required": self.tr("a value is missing"),
            "too_long": self.tr("too long"),
            "out_of_range": self.tr("out of range"),
            "not_a_stamp": self.tr("not a valid change stamp"),
            "mismatch": self.tr("the record does not match its change"),
            "bad_value": self.tr("a value this console cannot store"),
            "cannot_apply": self.tr("clashes with a record on this console"),
        }.get(reason, reason.replace("_", " "))

    def reload(self) -> None:
        store = self.store
        run_op(
            lambda: sync_ops.list_conflicts(store),
            self._loaded,
            self._load_failed,
            name="sync.conflicts",
            owner=self,
        )

    def _load_failed(self, problem: Problem) -> None:
        self.message.setText(describe_problem(problem))

    def _loaded(self, items: list) -> None:
        chosen = self.selected()
        self.items = items
        self.loaded = True
        self.list.blockSignals(True)
        self.list.clearSelection()
        self.list.setRowCount(len(self.items))
        for r, c in enumerate(self.items):
            when = c.detected_at.astimezone().strftime("%Y-%m-%d %H:%M")
            for col, value in enumerate((self.kind(c.table), self.describe(c), when)):
                self.list.setItem(r, col, QTableWidgetItem(value))
        self.list.resizeColumnsToContents()
        self.list.blockSignals(False)
        if self.items:
            ids = [c.id for c in self.items]
            self.list.selectRow(ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0)
        else:
            self.diff.setRowCount(0)
            self.message.setText(self._said or self.tr("No open conflicts."))
        self.keep.setEnabled(bool(self.items))
        self.take.setEnabled(bool(self.items))

    def kind(self, table: str) -> str:
        return {
            "customers": self.tr("Customer"),
            "phones": self.tr("Phone number"),
            "emails": self.tr("Email address"),
            "addresses": self.tr("Address"),
            "customer_notes": self.tr("Customer note"),
            "interactions": self.tr("Call record"),
            "complaints": self.tr("Complaint"),
            "users": self.tr("User"),
            "orders": self.tr("Order"),
        }.get(table, table)

    @staticmethod
    def describe(c) -> str:
        """The record in words a supervisor knows (its name or number), else its id."""
        row = c.winner
        for key in ("display_name", "case_no", "order_no", "username", "address", "raw", "summary"):
            if row.get(key):
                account = row.get("account_no")
                return f"{row[key]} ({account})" if account and key == "display_name" else str(row[key])
        return c.row_id

    def field(self, name: str) -> str:
        """A column in words; columns without a label show their name."""
        return {
            "display_name": self.tr("Name"),
            "given_name": self.tr("Given name"),
            "family_name": self.tr("Family name"),
            "company_name": self.tr("Company"),
            "account_no": self.tr("Account number"),
            "tier": self.tr("Tier"),
            "vip": self.tr("VIP"),
            "value_score": self.tr("Value score"),
            "currency": self.tr("Currency"),
            "credit_limit_minor": self.tr("Credit limit"),
            "balance_minor": self.tr("Balance"),
            "churn_risk": self.tr("Churn risk"),
            "do_not_call": self.tr("Do not call"),
            "consent_marketing": self.tr("Marketing consent"),
            "consent_recording": self.tr("Recording consent"),
            "preferred_language": self.tr("Language"),
            "deleted": self.tr("Deleted"),
            "notes": self.tr("Notes"),
            "status": self.tr("Status"),
            "state": self.tr("State"),
            "raw": self.tr("Number as given"),
            "e164": self.tr("Number"),
            "address": self.tr("Email address"),
            "is_primary": self.tr("Primary"),
            "text": self.tr("Text"),
        }.get(name, name.replace("_", " "))

    def value(self, value) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        return str(value)

    def selected(self):
        rows = self.list.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows and rows[0].row() < len(self.items) else None

    def show_selected(self) -> None:
        c = self.selected()
        diffs = c.differences() if c else []
        self.diff.setRowCount(len(diffs))
        currency = (c.winner.get("currency") if c else None) or ""
        for r, (field, current, lost) in enumerate(diffs):
            if field.endswith("_minor") and currency:  # money: minor units shown in the currency
                current, lost = (format_minor(v, currency) if isinstance(v, int) else v for v in (current, lost))
            for col, value in enumerate((self.field(field), self.value(current), self.value(lost))):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.diff.setItem(r, col, item)
        self.diff.resizeColumnsToContents()

    def resolve(self, take_overwritten: bool) -> None:
        c = self.selected()
        if c is None:
            return
        self.keep.setEnabled(False)
        self.take.setEnabled(False)
        store, actor, keep = self.store, self.actor, sync_ops.OVERWRITTEN if take_overwritten else sync_ops.CURRENT
        run_op(
            lambda: sync_ops.resolve_conflict(store, actor, c.id, keep),
            self._resolved,
            self._not_resolved,
            name="sync.resolve_conflict",
            write=True,
            owner=self,
        )

    def _resolved(self, _done) -> None:
        # the list reloads by itself: the pick changed the conflicts table
        self._said = self.tr("Resolved. The choice reaches the other consoles with the next sync.")
        self.message.setText(self._said)

    def _not_resolved(self, problem: Problem) -> None:
        self.keep.setEnabled(bool(self.items))
        self.take.setEnabled(bool(self.items))
        if isinstance(problem, IllegalStep):
            reason = self.tr("this conflict was already resolved")
        elif isinstance(problem, NotFound):
            reason = self.tr("the %1 record is not on this console").replace(
                "%1", self.kind(str(problem.params.get("entity", "")))
            )
        else:
            reason = describe_problem(problem)
        self.message.setText(self.tr("Could not resolve: %1").replace("%1", reason))
        self.reload()
