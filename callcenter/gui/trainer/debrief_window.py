"""The debrief: score, times, each rubric step with its evidence, the timeline and
the full transcript; export to PDF."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from callcenter.gui.trainer.report_html import debrief_html
from callcenter.training.scoring import Report


def write_pdf(html: str, path: str | Path) -> None:
    """Render ``html`` to an A4 PDF at ``path`` (written to a temporary name first)."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(tmp))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(path.stem)
    doc = QTextDocument()
    doc.setHtml(html)
    doc.print_(writer)
    del writer  # finishes the file
    if not tmp.exists() or tmp.stat().st_size == 0:
        raise OSError(f"nothing was written to {path.name}")
    tmp.replace(path)


def default_pdf_name(report: Report, trainee: str, started_at: datetime | str | None) -> str:
    """A file name of its own for each session: scenario, language, trainee and the
    session's start to the second (the next session never proposes the same name)."""
    if isinstance(started_at, str):
        try:
            started_at = datetime.fromisoformat(started_at)
        except ValueError:
            started_at = None
    at = started_at or datetime.now(UTC)
    if at.tzinfo is not None:
        at = at.astimezone()
    who = re.sub(r"[^\w]+", "-", trainee, flags=re.UNICODE).strip("-_")[:40]
    parts = ["debrief", report.scenario_id, report.lang, who, at.strftime("%Y%m%d-%H%M%S")]
    return "-".join(p for p in parts if p) + ".pdf"


class DebriefWindow(QMainWindow):
    def __init__(
        self,
        report: Report,
        title: str,
        customer: str,
        trainee: str,
        entries: list[dict[str, Any]],
        parent: QWidget | None = None,
        *,
        trainer: str = "",
        started_at: datetime | str | None = None,
        intent_names: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Debrief — %1").replace("%1", title))
        self.resize(1000, 780)
        self.html = debrief_html(report, title, customer, trainee, entries, trainer, started_at, intent_names)
        self.browser = QTextBrowser()
        self.browser.setHtml(self.html)
        self.export_button = QPushButton(self.tr("&Export PDF…"))
        self.export_button.clicked.connect(self.export)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.export_button)
        row.addWidget(close)
        body = QWidget()
        v = QVBoxLayout(body)
        v.addWidget(self.browser, 1)
        v.addLayout(row)
        self.setCentralWidget(body)
        self.default_name = default_pdf_name(report, trainee, started_at)

    def _why(self, exc: OSError) -> str:
        """Why the file could not be written, in the user's words (not the system's message)."""
        import errno

        if exc.errno == errno.ENOSPC:
            return self.tr("the disk is full")
        if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return self.tr("the folder cannot be written")
        return self.tr("the file could not be written")

    def export(self, path: str | None = None) -> bool:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the debrief"), self.default_name, self.tr("PDF files (*.pdf)")
            )
            if not path:
                return False
        try:
            write_pdf(self.html, path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export the debrief"),
                self.tr("The PDF could not be written: %1").replace("%1", self._why(exc)),
            )
            return False
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", Path(path).name), 8000)
        return True
