"""The read-only list tables the panels share: whole-row selection, no editing, last column stretched."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget


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
