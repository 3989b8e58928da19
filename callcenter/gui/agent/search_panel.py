"""Manual customer search (FTS): results as you type, arrows and Enter to open."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from callcenter.core.errors import Problem
from callcenter.gui.ops import run_op
from callcenter.gui.problems import describe
from callcenter.ops.customers import search_customers
from callcenter.store.db import Store
from callcenter.store.search import SearchHit


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
        self.results = QListWidget()
        v.addWidget(self.edit)
        v.addWidget(self.status)
        v.addWidget(self.results, 1)
        self._seq = 0
        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self._run)
        self.edit.textChanged.connect(lambda _t: self._debounce.start())
        self.edit.returnPressed.connect(self._open_current)
        self.edit.installEventFilter(self)
        self.results.itemActivated.connect(self._open_item)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            obj is self.edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            if self.results.count():
                row = self.results.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
                self.results.setCurrentRow(max(0, min(self.results.count() - 1, row)))
            return True
        return super().eventFilter(obj, event)

    def focus(self) -> None:
        self.edit.setFocus()
        self.edit.selectAll()

    def _run(self) -> None:
        text = self.edit.text().strip()
        self._seq += 1
        seq = self._seq
        if len(text) < 1:
            self.results.clear()
            self.status.setText("")
            return

        store = self.store
        run_op(
            lambda: search_customers(store, text, limit=20),
            lambda hits: self._show(seq, hits),
            lambda problem: self._failed(seq, problem),
            name="customer.search",
            owner=self,
        )

    def _failed(self, seq: int, problem: Problem) -> None:
        if seq == self._seq:
            self.status.setText(self.tr("Search failed: %1").replace("%1", describe(problem)))

    def _show(self, seq: int, hits: list[SearchHit]) -> None:
        if seq != self._seq:  # a newer query is on its way; drop this stale answer
            return
        self.results.clear()
        for h in hits:
            extra = f" · {h.company_name}" if h.company_name else ""
            item = QListWidgetItem(f"{h.display_name}{extra}   ({h.account_no})")
            item.setData(Qt.ItemDataRole.UserRole, h.customer_id)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        self.status.setText(self.tr("%n match(es)", "", len(hits)) if hits else self.tr("No matches"))

    def _open_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._open_item(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.customer_opened.emit(item.data(Qt.ItemDataRole.UserRole))
