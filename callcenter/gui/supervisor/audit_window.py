"""The audit viewer (supervisors and admins): who viewed or changed which record, when,
from which console; filters by time, user, action and record kind, a text search, export
of the rows shown, and the retention (older rows purged by an op that is audited itself).

Every read runs through ``ops.audit`` off the GUI thread; the list reads again when audit
rows are written here or arrive by sync (``bridge.watch``).
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from callcenter.core.agents import Identity
from callcenter.core.errors import Problem
from callcenter.gui import problems
from callcenter.gui.bridge import watch
from callcenter.gui.ops import run_op
from callcenter.gui.supervisor.report_tables import (
    audit_action_word,
    audit_entity_word,
    date_edit,
    export_failed_text,
    fill_table,
    utc_day,
)
from callcenter.ops import audit as audit_ops
from callcenter.store.db import Store


class AuditWindow(QMainWindow):
    def __init__(self, store: Store, identity: Identity, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.identity, self.lang = store, identity, lang
        self.entries: list[audit_ops.AuditEntry] = []
        self._asked = 0
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1150, 600)
        body = QWidget(self)
        self.setCentralWidget(body)
        lay = QVBoxLayout(body)
        bar = QHBoxLayout()
        today = QDate.currentDate()
        self.start = date_edit(today.addDays(-6))
        self.end = date_edit(today)
        self.user = QComboBox()
        self.action = QComboBox()
        self.entity = QComboBox()
        for combo in (self.user, self.action, self.entity):
            combo.addItem(self.tr("Any"), None)
            combo.setMinimumContentsLength(10)
        self.search = QLineEdit(
            placeholderText=self.tr("Search detail, record number or user"), clearButtonEnabled=True
        )
        self.export_button = QPushButton(self.tr("Export…"))
        for label, w in (
            (self.tr("From (UTC)"), self.start),
            (self.tr("To"), self.end),
            (self.tr("User"), self.user),
            (self.tr("Action"), self.action),
            (self.tr("Record"), self.entity),
        ):
            bar.addWidget(QLabel(label))
            bar.addWidget(w)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.export_button)
        lay.addLayout(bar)
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        lay.addWidget(self.table, 1)
        keep = QHBoxLayout()
        self.retention = QSpinBox(minimum=0, maximum=audit_ops.MAX_RETENTION_DAYS, suffix=self.tr(" days"))
        self.retention.setSpecialValueText(self.tr("forever"))
        self.apply_retention = QPushButton(self.tr("Apply"))
        self.purge_button = QPushButton(self.tr("Purge older records now"))
        keep.addWidget(QLabel(self.tr("Keep audit records on this console")))
        keep.addWidget(self.retention)
        keep.addWidget(self.apply_retention)
        keep.addWidget(self.purge_button)
        keep.addStretch(1)
        self.status = QLabel()
        keep.addWidget(self.status)
        lay.addLayout(keep)

        self._typed = QTimer(self, singleShot=True, interval=250)  # search after typing pauses
        self._typed.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._typed.start())
        for combo in (self.user, self.action, self.entity):
            combo.currentIndexChanged.connect(self.refresh)
        self.start.dateChanged.connect(self.refresh)
        self.end.dateChanged.connect(self.refresh)
        self.export_button.clicked.connect(lambda: self.export())
        self.apply_retention.clicked.connect(self.set_retention)
        self.purge_button.clicked.connect(self.purge)
        watch(store, self, lambda _c: self._typed.start(), tables=("audit_log",))
        self._load_choices()
        run_op(
            lambda: audit_ops.retention_days(store, identity),
            lambda done: self.retention.setValue(done.value),
            self._failed,
            name="audit.retention",
            owner=self,
        )
        self.refresh()

    # -- reading -------------------------------------------------------------------
    def _load_choices(self) -> None:
        store, identity = self.store, self.identity
        run_op(
            lambda: audit_ops.audit_choices(store, identity),
            lambda done: self._choices(*done.value),
            self._failed,
            name="audit.choices",
            owner=self,
        )

    def _choices(self, users: list[tuple[str, str]], actions: list[str], entities: list[str]) -> None:
        for combo, items in (
            (self.user, users),
            (self.action, [(a, audit_action_word(a)) for a in actions]),
            (self.entity, [(e, audit_entity_word(e)) for e in entities]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value, text in items:
                combo.addItem(text, value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def query(self) -> audit_ops.AuditQuery:
        return audit_ops.AuditQuery(
            start=utc_day(self.start.date()),
            end=utc_day(self.end.date()) + timedelta(days=1),
            user_id=self.user.currentData(),
            action=self.action.currentData(),
            entity=self.entity.currentData(),
            text=self.search.text(),
        )

    def refresh(self) -> None:
        store, identity, query = self.store, self.identity, self.query()
        self._asked += 1
        asked = self._asked
        run_op(
            lambda: audit_ops.search_audit(store, identity, query),
            lambda done: self._shown(asked, done.value),
            self._failed,
            name="audit.search",
            owner=self,
        )

    def _shown(self, asked: int, entries: list[audit_ops.AuditEntry]) -> None:
        if asked != self._asked:
            return
        self.entries = entries
        table = audit_ops.audit_table(entries, self.lang)
        here = self.store.device_id
        rows = [
            (row[0], row[1], audit_action_word(e.action), audit_entity_word(e.entity), row[4])
            + ((self.tr("this console") if e.console == here else e.console[-12:]), row[6])
            for row, e in zip(table.rows, entries)
        ]
        fill_table(self.table, self._headers(), rows, ["t"] * 7, stretch_last=True)
        self.status.setText(self.tr("%1 records").replace("%1", str(len(entries))))

    def _headers(self) -> list[str]:
        return [
            self.tr("Time (UTC)"),
            self.tr("User"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Record number"),
            self.tr("Console"),
            self.tr("Detail"),
        ]

    def _failed(self, problem: Problem) -> None:
        self.status.setText(problems.describe(problem))

    # -- export and retention ----------------------------------------------------------
    def export(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export audit records"),
                "audit.csv",
                self.tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"),
            )
            if not path:
                return
        kind = "xlsx" if path.lower().endswith(".xlsx") else "csv"
        entries, lang, target = list(self.entries), self.lang, path
        run_op(
            lambda: audit_ops.export_audit(entries, kind, target, lang),
            lambda written: self.status.setText(self.tr("Saved %1").replace("%1", str(written))),
            lambda problem: self.status.setText(export_failed_text(problem)),
            name="audit.export",
            owner=self,
        )

    def set_retention(self) -> None:
        store, identity, days = self.store, self.identity, self.retention.value()
        run_op(
            lambda: audit_ops.set_retention(store, identity, days),
            lambda _done: self.status.setText(self.tr("Retention saved.")),
            self._failed,
            name="audit.set_retention",
            write=True,
            owner=self,
        )

    def purge(self) -> None:
        store, identity = self.store, self.identity
        run_op(
            lambda: audit_ops.purge_audit(store, identity),
            lambda done: self.status.setText(self.tr("%1 older records removed.").replace("%1", str(done.value))),
            self._failed,
            name="audit.purge",
            write=True,
            owner=self,
        )
