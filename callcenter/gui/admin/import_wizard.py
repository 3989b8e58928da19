"""The import wizard: a file, its columns mapped to fields (with a preview), a dry run's
report, then the import with a progress bar and a cancel button.

Every step runs through ``gui.ops.run_op`` (never on the GUI thread): the preview and the
dry run as queries, the import as a write. The import's progress comes back through a
queued signal; Cancel stops it between batches (what was committed stays, and importing
the same file again resumes it).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from callcenter.core.agents import Identity
from callcenter.core.errors import Invalid, Problem
from callcenter.core.imports import IGNORE
from callcenter.gui import problems
from callcenter.gui.admin import import_words as words
from callcenter.gui.ops import run_op
from callcenter.ops import imports as import_ops
from callcenter.store.db import Store


class _Progress(QObject):
    moved = Signal(int, int)


def problem_text(problem: Problem) -> str:
    if isinstance(problem, Invalid):
        fields = problem.params.get("fields") or {}
        parts = []
        for name, reason in fields.items():
            if name == "file":
                parts.append(words.file_problem(reason))
            else:
                parts.append(words.mapping_problem(reason, name))
        if parts:
            return " ".join(parts)
    return problems.describe(problem)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr("A CSV or XLSX file with a header row."))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Customers"), "customers")
        self.kind.addItem(self.tr("Order lines"), "orders")
        self.kind.addItem(self.tr("Payments"), "payments")
        self.path = QLineEdit()
        self.path.setObjectName("importFilePath")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.region = QLineEdit("US")
        self.region.setMaxLength(2)
        self.region.setToolTip(self.tr("Country of phone numbers written without a country code"))
        form = QFormLayout(self)
        form.addRow(self.tr("What to import:"), self.kind)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Phone numbers' country:"), self.region)
        self.path.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import file"), "", self.tr("Tables (*.csv *.xlsx);;All files (*)")
        )
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())


class MappingPage(QWizardPage):
    """One row per column of the file: its first values and the field it goes to."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Map the columns"))
        self.setSubTitle(self.tr("Choose the field each column goes to; columns set to “Skip” are not imported."))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.columns = QTableWidget(0, 3)
        self.columns.setObjectName("importMapping")
        self.columns.setHorizontalHeaderLabels([self.tr("Column"), self.tr("First values"), self.tr("Field")])
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns.verticalHeader().hide()
        self.preview = QTableWidget(0, 0)
        self.preview.setObjectName("importPreview")
        self.preview.setWordWrap(False)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.columns, 2)
        layout.addWidget(QLabel(self.tr("Preview of the first rows:")))
        layout.addWidget(self.preview, 1)
        self.loaded: import_ops.Preview | None = None
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        self.loaded = None
        self.columns.setRowCount(0)
        self.preview.setRowCount(0)
        self.status.setText(self.tr("Reading the file…"))
        path, kind = self.wiz.path(), self.wiz.kind()
        run_op(
            lambda: import_ops.preview_file(path, kind),
            self._show,
            self._failed,
            name="import.preview",
            owner=self,
        )
        self.completeChanged.emit()

    def _failed(self, problem: Problem) -> None:
        self.status.setText(problem_text(problem))

    def _show(self, preview: import_ops.Preview) -> None:
        self.loaded = preview
        self.status.setText(self.tr("%1 columns. Check the mapping below.").replace("%1", str(len(preview.header))))
        self.columns.setRowCount(len(preview.header))
        self.combos = []
        for i, column in enumerate(preview.header):
            self.columns.setItem(i, 0, QTableWidgetItem(column))
            sample = ", ".join(r[i] for r in preview.rows[:3] if i < len(r) and r[i])
            self.columns.setItem(i, 1, QTableWidgetItem(sample))
            combo = QComboBox()
            combo.addItem(self.tr("Skip"), IGNORE)
            for name in preview.fields:
                combo.addItem(words.field_name(name), name)
            suggested = preview.mapping.get(column)
            combo.setCurrentIndex(max(0, combo.findData(suggested)) if suggested else 0)
            self.columns.setCellWidget(i, 2, combo)
            self.combos.append(combo)
        self.columns.resizeColumnToContents(0)
        self.columns.resizeColumnToContents(2)
        self.preview.setColumnCount(len(preview.header))
        self.preview.setHorizontalHeaderLabels(preview.header)
        self.preview.setRowCount(len(preview.rows))
        for r, cells in enumerate(preview.rows):
            for c, value in enumerate(cells[: len(preview.header)]):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        self.preview.resizeColumnsToContents()
        self.completeChanged.emit()

    def mapping(self) -> dict[str, str]:
        if self.loaded is None:
            return {}
        return {column: combo.currentData() for column, combo in zip(self.loaded.header, self.combos)}

    def set_field(self, column: str, name: str) -> None:
        assert self.loaded is not None
        combo = self.combos[self.loaded.header.index(column)]
        combo.setCurrentIndex(combo.findData(name))

    def isComplete(self) -> bool:
        return self.loaded is not None


class DryRunPage(QWizardPage):
    """What the import would do, and every row it would refuse with the reason."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Dry run"))
        self.setSubTitle(self.tr("Nothing has been written yet. This is what the import would do."))
        self.summary = QLabel()
        self.summary.setObjectName("importDryRunSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("importProblems")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Why"), self.tr("Clashes with")]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.report: import_ops.ImportReport | None = None

    def initializePage(self) -> None:
        self.report = None
        self.table.setRowCount(0)
        self.summary.setText(self.tr("Checking every row…"))
        store, actor, kind, path, mapping, region = self.wiz.store, self.wiz.actor, *self.wiz.job()
        run_op(
            lambda: import_ops.import_file(store, actor, kind, path, mapping, dry_run=True, region=region).value,
            self._show,
            self._failed,
            name="import.dry_run",
            owner=self,
        )
        self.completeChanged.emit()

    def _failed(self, problem: Problem) -> None:
        self.summary.setText(problem_text(problem))

    def _show(self, report: import_ops.ImportReport) -> None:
        self.report = report
        self.summary.setText(
            self.tr("%1 rows: %2 would be created, %3 updated, %4 unchanged, %5 refused.")
            .replace("%1", str(report.rows))
            .replace("%2", str(report.created))
            .replace("%3", str(report.updated))
            .replace("%4", str(report.unchanged))
            .replace("%5", str(report.refused))
        )
        fill_problems(self.table, report)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.report is not None


def fill_problems(table: QTableWidget, report: import_ops.ImportReport) -> None:
    items = report.as_dict()["problems"]
    table.setRowCount(len(items))
    for r, item in enumerate(items):
        column = item.get("column") or words.field_name(item["field"])
        for c, text in enumerate(
            (str(item["row"]), column, words.reason(item["reason"]), words.detail(item.get("detail", "")))
        ):
            cell = QTableWidgetItem(text)
            if c == 0:
                cell.setData(Qt.ItemDataRole.UserRole, item["row"])
            table.setItem(r, c, cell)
    table.resizeColumnToContents(0)


class RunPage(QWizardPage):
    """The import itself: a progress bar, Cancel, and the final figures."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Import"))
        self.bar = QProgressBar()
        self.bar.setObjectName("importProgress")
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.cancel = QPushButton(self.tr("Cancel import"))
        self.cancel.setObjectName("importCancel")
        self.cancel.clicked.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel)
        layout.addLayout(row)
        layout.addStretch(1)
        self._stop = threading.Event()
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        self.report: import_ops.ImportReport | None = None
        self.running = False

    def initializePage(self) -> None:
        self.report = None
        self.running = True
        self._stop.clear()
        self.bar.setRange(0, 0)
        self.cancel.setEnabled(True)
        self.status.setText(self.tr("Importing…"))
        store, actor, kind, path, mapping, region = self.wiz.store, self.wiz.actor, *self.wiz.job()
        moved, stop = self._progress.moved, self._stop

        def work() -> import_ops.ImportReport:
            return import_ops.import_file(
                store, actor, kind, path, mapping, region=region, progress=moved.emit, cancelled=stop.is_set
            ).value

        run_op(work, self._done, self._failed, name="import.run", write=True, owner=self)
        self.completeChanged.emit()

    def _moved(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _cancel(self) -> None:
        self._stop.set()
        self.cancel.setEnabled(False)
        self.status.setText(self.tr("Stopping after the current batch…"))

    def _failed(self, problem: Problem) -> None:
        self.running = False
        self.cancel.setEnabled(False)
        self.status.setText(problem_text(problem))
        self.completeChanged.emit()

    def _done(self, report: import_ops.ImportReport) -> None:
        self.running = False
        self.report = report
        self.cancel.setEnabled(False)
        self.bar.setRange(0, max(report.rows, 1))
        self.bar.setValue(report.rows if report.finished else self.bar.value())
        text = (
            self.tr("%1 created, %2 updated, %3 unchanged, %4 refused.")
            .replace("%1", str(report.created))
            .replace("%2", str(report.updated))
            .replace("%3", str(report.unchanged))
            .replace("%4", str(report.refused))
        )
        if report.cancelled:
            text = (
                self.tr("Import cancelled; what was imported is kept. Import the same file again to go on.")
                + " "
                + text
            )
        self.status.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.running


class ImportWizard(QWizard):
    def __init__(self, store: Store, actor: Identity | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.actor = actor
        self.setWindowTitle(self.tr("Import customers, orders or payments"))
        self.setObjectName("importWizard")
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.dry_run_page = DryRunPage(self)
        self.run_page = RunPage(self)
        for page in (self.file_page, self.mapping_page, self.dry_run_page, self.run_page):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(820, 600)

    def path(self) -> Path:
        return Path(self.file_page.path.text().strip())

    def kind(self) -> str:
        return str(self.file_page.kind.currentData())

    def job(self) -> tuple[str, Path, dict[str, str], str]:
        region = (self.file_page.region.text().strip() or "US").upper()
        return self.kind(), self.path(), self.mapping_page.mapping(), region

    def reject(self) -> None:
        if self.run_page.running:  # closing while importing: stop between batches first
            self.run_page._cancel()
            return
        super().reject()


def open_import_wizard(store: Store, actor: Identity | None, parent: QWidget | None = None) -> Any:
    wizard = ImportWizard(store, actor, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.show()
    return wizard
