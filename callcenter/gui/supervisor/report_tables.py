"""What the reports, audit and log windows share: cells in words (durations h:mm:ss, rates
in percent), filling a table, UTC days from the date pickers, and the words for the
problems their ops raise."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QDateEdit, QTableWidget, QTableWidgetItem

from callcenter.core.complaints.export import ExportError
from callcenter.core.errors import Problem
from callcenter.gui import problems

translate = QCoreApplication.translate


def _words(kind: str, name: str) -> str | None:
    table: dict[str, dict[str, str]] = {
        "action": {
            "view_reports": translate("ReportsWords", "view reports"),
            "view_audit": translate("ReportsWords", "view the audit log"),
            "view_log": translate("ReportsWords", "view the application log"),
        },
        "field": {
            "interval": translate("ReportsWords", "Interval"),
            "range": translate("ReportsWords", "Dates"),
            "retention": translate("ReportsWords", "Keep audit records"),
        },
        "reason": {
            "not_15_30_60": translate("ReportsWords", "choose 15, 30 or 60 minutes"),
            "empty_range": translate("ReportsWords", "the last day is before the first"),
            "out_of_range": translate("ReportsWords", "between 0 and 3650 days"),
        },
    }
    return table.get(kind, {}).get(name)


def _register() -> None:
    def words_of(kind: str) -> Callable[[str], str]:
        return lambda name: _words(kind, name) or ""

    for kind in ("action", "field", "reason"):
        problems.register_words(kind, words_of(kind))


_register()


def duration(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    s = int(round(seconds))
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


def cell_text(value: Any, kind: str) -> str:
    if value is None:
        return "—"
    if kind == "s":
        return duration(float(value))
    if kind == "r":
        return f"{float(value) * 100:.1f} %"
    return str(value)


def export_failed_text(problem: Problem) -> str:
    if isinstance(problem, ExportError):
        return translate("ReportsWords", "Could not write %1. Choose another folder or file name.").replace(
            "%1", problem.params.get("path") or ""
        )
    return problems.describe(problem)


def fill_table(
    view: QTableWidget, headers: list[str], rows: list[tuple[Any, ...]], kinds: list[str], stretch_last: bool = False
) -> None:
    view.setSortingEnabled(False)
    view.clear()
    view.setColumnCount(len(headers))
    view.setRowCount(len(rows))
    view.setHorizontalHeaderLabels(headers)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(cell_text(value, kinds[c] if c < len(kinds) else "t"))
            if kinds[c] in ("n", "s", "r"):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            view.setItem(r, c, item)
    view.resizeColumnsToContents()
    view.horizontalHeader().setStretchLastSection(stretch_last)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)


def utc_day(d: QDate) -> datetime:
    return datetime(d.year(), d.month(), d.day(), tzinfo=UTC)


def date_edit(day: QDate) -> QDateEdit:
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def audit_action_word(code: str) -> str:
    """An audit row's action in the user's language (unknown codes as they are)."""
    return {
        "view": translate("AuditWords", "viewed"),
        "create": translate("AuditWords", "created"),
        "update": translate("AuditWords", "changed"),
        "reveal": translate("AuditWords", "revealed"),
        "login": translate("AuditWords", "signed in"),
        "purge": translate("AuditWords", "purged"),
        "propose": translate("AuditWords", "proposed"),
        "approve": translate("AuditWords", "approved"),
        "refuse": translate("AuditWords", "refused"),
        "export": translate("AuditWords", "exported"),
    }.get(code, code)


def audit_entity_word(code: str) -> str:
    return {
        "customer": translate("AuditWords", "customer"),
        "user": translate("AuditWords", "user"),
        "complaint": translate("AuditWords", "complaint"),
        "interaction": translate("AuditWords", "call"),
        "order": translate("AuditWords", "order"),
        "survey": translate("AuditWords", "survey"),
        "credit_limit": translate("AuditWords", "credit limit"),
        "audit_log": translate("AuditWords", "audit log"),
        "audit_retention": translate("AuditWords", "audit retention"),
    }.get(code, code)
