"""The read-only list tables the panels share: whole-row selection, no editing, last column stretched.

``read_only_table`` is a QTableWidget (an item per cell) for small, rarely refilled lists.
``RowsTable`` is a view over a ``RowsModel`` (rows of ready-made strings) for the lists
that are refilled while a call rings: a refill is one model reset, columns keep widths
set once from the font (no measuring of the cells), rows have one fixed height.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget, QWidget

Index = QModelIndex | QPersistentModelIndex
Colours = dict[tuple[int, int], tuple[str, str]]  # (row, column) -> (background, foreground)


def read_only_table(headers: list[str], wrap: bool = False) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(wrap)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Column widths from the first rows only: measuring every row of a long history on
    # each refill cost the GUI thread milliseconds per record shown.
    table.horizontalHeader().setResizeContentsPrecision(24)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class RowsModel(QAbstractTableModel):
    """Rows of display strings, with an optional colour pair per cell."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[Sequence[str]] = []
        self._brushes: dict[tuple[int, int], tuple[QBrush, QBrush]] = {}
        self._brush_cache: dict[str, QBrush] = {}

    def set_rows(self, rows: Sequence[Sequence[str]], colours: Colours | None = None) -> None:
        """Show these rows instead of the ones shown (nothing happens when they are the same)."""
        rows = list(rows)
        colours = colours or {}
        brushes = {cell: (self._brush(bg), self._brush(fg)) for cell, (bg, fg) in colours.items()}
        if rows == self.rows and brushes.keys() == self._brushes.keys():
            if brushes != self._brushes:
                self._brushes = brushes
                self._changed(0, len(rows) - 1)
            return
        if len(rows) == len(self.rows):  # same length: only the rows that differ are redrawn
            old, self.rows, self._brushes = self.rows, rows, brushes
            differ = [r for r, (a, b) in enumerate(zip(old, rows, strict=True)) if a != b]
            self._changed(min(differ, default=0), max(differ, default=len(rows) - 1))
            return
        self.beginResetModel()
        self.rows, self._brushes = rows, brushes
        self.endResetModel()

    def _changed(self, first: int, last: int) -> None:
        if self.rows and last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.headers) - 1))

    def _brush(self, colour: str) -> QBrush:
        brush = self._brush_cache.get(colour)
        if brush is None:
            brush = self._brush_cache[colour] = QBrush(QColor(colour))
        return brush

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            row = self.rows[r]
            return row[c] if c < len(row) else ""
        if role == Qt.ItemDataRole.BackgroundRole or role == Qt.ItemDataRole.ForegroundRole:
            pair = self._brushes.get((r, c))
            if pair is not None:
                return pair[0] if role == Qt.ItemDataRole.BackgroundRole else pair[1]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None


class RowsCell:
    """One cell read back from a RowsTable (what QTableWidget.item gives, read-only)."""

    def __init__(self, text: str, background: QBrush | None):
        self._text, self._background = text, background

    def text(self) -> str:
        return self._text

    def background(self) -> QBrush:
        return self._background or QBrush()


class RowsTable(QTableView):
    """A read-only table over a RowsModel. ``widths`` are in average characters per
    column (the last column stretches); set once, never measured from the rows."""

    cellDoubleClicked = Signal(int, int)  # row, column (as QTableWidget says it)

    def __init__(self, headers: Sequence[str], widths: Sequence[int] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.rows_model = RowsModel(headers, self)
        self.setModel(self.rows_model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        char = max(1, self.fontMetrics().averageCharWidth())
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width * char + 16)
        self.doubleClicked.connect(lambda index: self.cellDoubleClicked.emit(index.row(), index.column()))

    def set_rows(self, rows: Sequence[Sequence[str]], colours: Colours | None = None) -> None:
        self.rows_model.set_rows(rows, colours)

    def rowCount(self) -> int:
        return self.rows_model.rowCount()

    def columnCount(self) -> int:
        return self.rows_model.columnCount()

    def item(self, row: int, column: int) -> RowsCell | None:
        m = self.rows_model
        if not (0 <= row < m.rowCount() and 0 <= column < m.columnCount()):
            return None
        index = m.index(row, column)
        return RowsCell(m.data(index), m.data(index, Qt.ItemDataRole.BackgroundRole))
