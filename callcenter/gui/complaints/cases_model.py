"""Table model of complaint cases for the complaints board (sortable, filterable)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from callcenter.gui.names import DEADLINE_COLOURS, deadline_name, severity_name
from callcenter.gui.names import complaint_state_name as state_name
from callcenter.ops.complaints import CaseSummary, deadlines_at

COLUMNS = ("case_no", "customer", "category", "severity", "state", "owner", "age", "due", "deadline", "level")
_DEADLINE_RANK = {"breached": 0, "at_risk": 1, "on_track": 2, "": 3}
_SEVERITY_RANK = {"critical": 0, "high": 1, "medium": 2, "low": 3}


def _age(hours: float) -> str:
    return f"{hours / 24:.1f} d" if hours >= 48 else f"{hours:.0f} h"


class CasesModel(QAbstractTableModel):
    def __init__(self, category_label, parent=None):
        super().__init__(parent)
        self.rows: list[CaseSummary] = []
        self.category_label = category_label  # code -> text in the user's language
        self.now = datetime.now(UTC)
        self.headers = [
            self.tr("Case"),
            self.tr("Customer"),
            self.tr("Category"),
            self.tr("Severity"),
            self.tr("State"),
            self.tr("Owner"),
            self.tr("Age"),
            self.tr("Due"),
            self.tr("Deadline"),
            self.tr("Escalated"),
        ]

    def set_rows(self, rows: list[CaseSummary], now: datetime) -> None:
        self.beginResetModel()
        self.rows, self.now = rows, now
        self.endResetModel()

    def set_now(self, now: datetime, workflow=None) -> None:
        """Time passed: ages and deadline states worked out again from the rows in memory."""
        if not self.rows:
            self.now = now
            return
        self.rows, self.now = deadlines_at(self.rows, now, workflow), now
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c, col = self.rows[index.row()], COLUMNS[index.column()]
        hours = (self.now - c.opened_at).total_seconds() / 3600
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "case_no": c.case_no,
                "customer": c.customer_name,
                "category": self.category_label(c.category),
                "severity": severity_name(c.severity),
                "state": state_name(c.state),
                "owner": c.owner_name or c.team or "—",
                "age": _age(hours),
                "due": c.due_at.astimezone().strftime("%m-%d %H:%M") if c.due_at else "",
                "deadline": deadline_name(c.deadline),
                "level": str(c.escalation_level) if c.escalation_level else "",
            }[col]
        if role == Qt.ItemDataRole.UserRole:  # sort keys
            return {
                "severity": _SEVERITY_RANK.get(c.severity, 9),
                "age": -hours,
                "due": c.due_at.timestamp() if c.due_at else float("inf"),
                "deadline": _DEADLINE_RANK.get(c.deadline, 9),
                "level": -c.escalation_level,
            }.get(col, self.data(index))
        if role == Qt.ItemDataRole.BackgroundRole and col == "deadline" and c.deadline:
            return QColor(DEADLINE_COLOURS[c.deadline])
        if role == Qt.ItemDataRole.ForegroundRole and col == "deadline" and c.deadline:
            return QColor("white")
        return None


class CasesFilter(QSortFilterProxyModel):
    """Filters on state, deadline, owner and category, plus free text on case, customer and summary."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(Qt.ItemDataRole.UserRole)
        self.state = self.deadline = self.owner = self.text = ""
        self.categories: frozenset[str] = frozenset()  # leaf codes; empty means all

    def set(self, **values) -> None:
        for key, value in values.items():
            setattr(self, key, value if key == "categories" else (value or ""))
        self.invalidate()

    def filterAcceptsRow(self, row: int, parent) -> bool:
        c: CaseSummary = self.sourceModel().rows[row]
        if self.state and c.state != self.state:
            return False
        if self.deadline and c.deadline != self.deadline:
            return False
        if self.owner == "-" and c.owner_id:
            return False
        if self.owner not in ("", "-") and c.owner_id != self.owner:
            return False
        if self.categories and c.category not in self.categories:
            return False
        if self.text:
            needle = self.text.casefold()
            return any(needle in (v or "").casefold() for v in (c.case_no, c.customer_name, c.summary))
        return True
