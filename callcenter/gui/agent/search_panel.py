"""Manual customer search (FTS): results as you type, arrows and Enter to open.

The results are a table with what tells two people of one name apart (phone, city, tier;
the account number in the tooltip), a page at a time: Show more (or Down on the last row)
reads the next page, in every language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callcenter.core.errors import Problem
from callcenter.gui.ops import run_op
from callcenter.gui.problems import describe
from callcenter.ops.customers import SearchPage, search_page
from callcenter.store.db import Store
from callcenter.store.search import SearchHit

PAGE = 20


class ResultsTable(QTableWidget):
    """The results: one row a customer, the customer id on the first cell."""

    def count(self) -> int:
        return self.rowCount()

    def customer_at(self, row: int) -> str | None:
        item = self.item(row, 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


class SearchPanel(QWidget):
    customer_opened = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Search name, phone, email, account… (Ctrl+F)"))
        self.edit.setClearButtonEnabled(True)
        self.status = QLabel()
        self.status.setStyleSheet("color: palette(mid);")
        self.status.setWordWrap(True)
        self.results = ResultsTable(0, 4)
        self.results.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Phone"), self.tr("City"), self.tr("Tier")])
        self.results.verticalHeader().hide()
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setWordWrap(False)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Widths from the first rows (as gui.tables does): measuring every result again each
        # time the panel is resized (a wrap-up opening beside it) cost the GUI thread.
        header.setResizeContentsPrecision(24)
        self.more_button = QPushButton()
        self.more_button.setAutoDefault(False)
        self.more_button.hide()
        self.more_button.clicked.connect(self.show_more)
        v.addWidget(self.edit)
        v.addWidget(self.status)
        v.addWidget(self.results, 1)
        v.addWidget(self.more_button)
        self._seq = 0
        self._text = ""
        self._more = False
        self._loading = False
        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self._run)
        self.edit.textChanged.connect(lambda _t: self._debounce.start())
        self.edit.returnPressed.connect(self._open_current)
        self.edit.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.cellActivated.connect(self._open_row)
        self.results.cellDoubleClicked.connect(self._open_row)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress):
            return super().eventFilter(obj, event)
        key = event.key()
        if obj is self.edit and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            if self.results.count():
                row = self.results.currentRow() + (1 if key == Qt.Key.Key_Down else -1)
                if row >= self.results.count() and self._more:
                    self.show_more()
                self.results.selectRow(max(0, min(self.results.count() - 1, row)))
            return True
        if obj is self.results and key == Qt.Key.Key_Down and self.results.currentRow() == self.results.count() - 1:
            if self._more:
                self.show_more()
                return True
        if obj is self.results and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_current()
            return True
        return super().eventFilter(obj, event)

    def focus(self) -> None:
        self.edit.setFocus()
        self.edit.selectAll()

    def _run(self) -> None:
        text = self.edit.text().strip()
        self._seq += 1
        self._text = text
        if len(text) < 1:
            self.results.setRowCount(0)
            self.status.setText("")
            self._set_more(False)
            return
        self._read(0)

    def _read(self, offset: int) -> None:
        seq, store, text = self._seq, self.store, self._text
        self._loading = True
        run_op(
            lambda: search_page(store, text, offset, PAGE),
            lambda page: self._show(seq, page),
            lambda problem: self._failed(seq, problem),
            name="customer.search",
            owner=self,
        )

    def show_more(self) -> None:
        """The next page of the same search, added below what is shown."""
        if self._more and not self._loading:
            self.more_button.setEnabled(False)
            self._read(self.results.count())

    def _failed(self, seq: int, problem: Problem) -> None:
        if seq == self._seq:
            self._loading = False
            self.more_button.setEnabled(True)
            self.status.setText(self.tr("Search failed: %1").replace("%1", describe(problem)))

    def _tier(self, tier: str) -> str:
        return {
            "platinum": self.tr("Platinum"),
            "gold": self.tr("Gold"),
            "silver": self.tr("Silver"),
            "bronze": self.tr("Bronze"),
        }.get(tier, tier)

    def _show(self, seq: int, page: SearchPage) -> None:
        if seq != self._seq:  # a newer query is on its way; drop this stale answer
            return
        self._loading = False
        t = self.results
        t.setUpdatesEnabled(False)
        if page.offset == 0:
            t.setRowCount(0)
        start = t.rowCount()
        t.setRowCount(start + len(page.hits))
        for r, h in enumerate(page.hits, start=start):
            self._fill_row(r, h)
        t.setUpdatesEnabled(True)
        if page.offset == 0 and page.hits:
            t.selectRow(0)
        elif page.hits:
            t.selectRow(start)
        self._set_more(page.more)
        n = t.rowCount()
        if not n:
            self.status.setText(self.tr("No matches"))
        elif page.more:
            self.status.setText(self.tr("First %n match(es); more below", "", n))
        else:
            self.status.setText(self.tr("%n match(es)", "", n))

    def _fill_row(self, row: int, h: SearchHit) -> None:
        name = h.display_name + (f" · {h.company_name}" if h.company_name else "")
        cells = [name, h.phone, h.city, self._tier(h.tier)]
        tip = self.tr("Account %1").replace("%1", h.account_no)
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(f"{name}\n{tip}")
            if col == 0:
                item.setData(Qt.ItemDataRole.UserRole, h.customer_id)
            self.results.setItem(row, col, item)

    def _set_more(self, more: bool) -> None:
        self._more = more
        self.more_button.setVisible(more)
        self.more_button.setEnabled(True)
        self.more_button.setText(self.tr("Show &more results (%1 more at a time)").replace("%1", str(PAGE)))

    def _open_current(self) -> None:
        row = self.results.currentRow()
        if row >= 0:
            self._open_row(row)

    def _open_row(self, row: int, _column: int = 0) -> None:
        customer_id = self.results.customer_at(row)
        if customer_id:
            self.customer_opened.emit(customer_id)
