"""RowsTable/RowsModel (gui/tables.py) and the screen pop's record tables built on them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_gui_console import make_console, ring, settle

from callcenter.gui.tables import RowsTable


def test_rows_table_shows_rows_and_updates_only_what_changed(qtbot):
    table = RowsTable(["When", "Notes"], widths=(16,))
    qtbot.addWidget(table)
    model = table.rows_model
    resets, changes = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b: changes.append((a.row(), b.row())))
    table.set_rows([["09:00", "first"], ["10:00", "second"]], {(1, 1): ("#c62828", "white")})
    assert (table.rowCount(), table.columnCount()) == (2, 2) and len(resets) == 1
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Notes"
    assert table.item(0, 1).text() == "first" and table.item(1, 1).background().color().name() == "#c62828"
    assert table.item(2, 0) is None
    table.set_rows([["09:00", "first"], ["10:00", "second"]], {(1, 1): ("#c62828", "white")})
    assert len(resets) == 1 and changes == []  # the same rows: nothing to redraw
    table.set_rows([["09:00", "first"], ["10:00", "changed"]])
    assert len(resets) == 1 and changes == [(1, 1)] and table.item(1, 1).text() == "changed"
    table.set_rows([])
    assert table.rowCount() == 0 and len(resets) == 2
    opened = []
    table.cellDoubleClicked.connect(lambda r, c: opened.append((r, c)))
    table.set_rows([["a", "b"]])
    table.doubleClicked.emit(model.index(0, 1))
    assert opened == [(0, 1)]


def test_the_pop_history_follows_a_changed_record(qtbot, seeded, settings):
    store, ids = seeded
    window, source, _ = make_console(qtbot, store, settings)
    c = window.controller
    c.set_available()
    ring(qtbot, window, source, "+86 138 0013 8000")
    page = window.pop_panel.customer_page
    assert page.history.columnCount() == 6
    before = page.history.rowCount()
    c.answer()
    c.end()
    c.finish_wrap_up(ids["support.resolved"], "history row from the wrap-up")
    qtbot.waitUntil(
        lambda: any(
            page.history.item(r, 5).text() == "history row from the wrap-up" for r in range(page.history.rowCount())
        ),
        timeout=5000,
    )
    assert page.history.rowCount() >= before
    settle(qtbot, window)
