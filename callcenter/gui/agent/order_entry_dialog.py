"""Taking an order on the call, keyboard first.

Type a few letters of an item, Enter adds it and puts the cursor on its quantity; type the
quantity, Enter goes back to the search. Ctrl+1..3 add a suggestion (usual items, then what
customers who bought the same items also bought); Alt+R repeats the last order. Alt+S / Alt+C /
Alt+A choose cash, card or account; the credit check answers at once in words. Ctrl+Enter
places the order. Delete removes the chosen line. All store work runs through ``run_op``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callcenter.core import orders as core
from callcenter.core.agents import Identity
from callcenter.core.changes import Changed
from callcenter.core.errors import Invalid, Problem
from callcenter.core.money import format_minor
from callcenter.gui import problems
from callcenter.gui.bridge import watch
from callcenter.gui.ops import run_op
from callcenter.gui.problems import fields_in_words
from callcenter.gui.tables import read_only_table
from callcenter.ops import Done
from callcenter.ops import orders as order_ops
from callcenter.store.db import Store

SKU_ROLE = Qt.ItemDataRole.UserRole


def _t(text: str) -> str:
    return QCoreApplication.translate("OrderEntryDialog", text)


def _say(words: dict[str, object], key: str) -> str | None:
    """The translated text for ``key`` (the table holds the untranslated sources)."""
    text = words.get(key)
    return _t(str(text)) if text is not None else None


def _field_word(name: str) -> str | None:
    words = {
        "items": QT_TRANSLATE_NOOP("OrderEntryDialog", "Items"),
        "address": QT_TRANSLATE_NOOP("OrderEntryDialog", "Delivery address"),
        "payment": QT_TRANSLATE_NOOP("OrderEntryDialog", "Payment"),
        "quantity": QT_TRANSLATE_NOOP("OrderEntryDialog", "Quantity"),
        "item": QT_TRANSLATE_NOOP("OrderEntryDialog", "Item"),
    }
    return _say(words, name)


def _reason_word(code: str) -> str | None:
    words = {
        "not_on_sale": QT_TRANSLATE_NOOP("OrderEntryDialog", "an item is no longer on sale"),
        "inactive": QT_TRANSLATE_NOOP("OrderEntryDialog", "no longer on sale"),
        "wrong_currency": QT_TRANSLATE_NOOP("OrderEntryDialog", "not sold in the customer's currency"),
        "unknown_option": QT_TRANSLATE_NOOP("OrderEntryDialog", "no such option"),
        "out_of_range": QT_TRANSLATE_NOOP("OrderEntryDialog", "between 1 and 99"),
        "too_many_lines": QT_TRANSLATE_NOOP("OrderEntryDialog", "too many lines in one order"),
        "required": QT_TRANSLATE_NOOP("OrderEntryDialog", "required"),
        "unknown": QT_TRANSLATE_NOOP("OrderEntryDialog", "choose one"),
    }
    return _say(words, code)


def _invalid(problem: Invalid) -> str | None:
    """This dialog's own words for the fields it asks for (None when a field is not ours)."""
    return fields_in_words(problem, _field_word, _reason_word)


class OrderEntryDialog(QDialog):
    order_placed = Signal(str)  # order number

    def __init__(
        self,
        store: Store,
        identity: Identity,
        customer_id: str,
        lang: str = "en",
        interaction_id: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.store, self.identity, self.customer_id, self.lang = store, identity, customer_id, lang
        self.interaction_id = interaction_id
        self.context: order_ops.OrderContext | None = None
        self.basket = core.Basket("USD")
        self.suggestions: list[str] = []  # skus, in the order shown
        self.placed: order_ops.PlacedOrder | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Take an order"))
        self.resize(1000, 620)
        self._build()
        self._keys()
        self.setEnabled(False)
        # another console (or a sync pull) changing the customer's balance or limit: check again
        watch(
            store,
            self,
            self._customer_changed,
            tables=("customers", "invoices", "payments"),
            column="customer_id",
            record=customer_id,
        )
        run_op(
            lambda: order_ops.order_context(store, customer_id),
            self._loaded,
            self._failed,
            name="orders.context",
            owner=self,
        )

    # -- layout ----------------------------------------------------------------------
    def _build(self) -> None:
        v = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setStyleSheet("font-size: 16px; font-weight: 700;")
        self.credit_label = QLabel()
        self.credit_label.setStyleSheet("color: palette(mid);")
        v.addWidget(self.header)
        v.addWidget(self.credit_label)

        body = QHBoxLayout()
        left = QVBoxLayout()
        find = QLabel(self.tr("&Find an item"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type part of a name or a code, Enter adds it"))
        self.search.setClearButtonEnabled(True)
        find.setBuddy(self.search)
        self.matches = QListWidget()
        self.matches.setMaximumHeight(180)
        left.addWidget(find)
        left.addWidget(self.search)
        left.addWidget(self.matches)
        sugg = QLabel(self.tr("Suggestions (Ctrl+1, Ctrl+2, Ctrl+3)"))
        self.suggestion_list = QListWidget()
        self.suggestion_list.setMaximumHeight(110)
        self.suggestion_list.setWordWrap(True)
        left.addWidget(sugg)
        left.addWidget(self.suggestion_list)
        self.repeat_button = QPushButton(self.tr("&Repeat last order"))
        self.repeat_button.setAutoDefault(False)
        left.addWidget(self.repeat_button)
        left.addStretch(1)
        body.addLayout(left, 1)

        right = QVBoxLayout()
        self.lines = read_only_table([self.tr("Item"), self.tr("Qty"), self.tr("Price"), self.tr("Amount")])
        right.addWidget(self.lines, 1)
        qty_row = QHBoxLayout()
        qty_label = QLabel(self.tr("&Quantity"))
        self.quantity = QSpinBox()
        self.quantity.setRange(1, core.MAX_QUANTITY)
        qty_label.setBuddy(self.quantity)
        self.remove_button = QPushButton(self.tr("Remo&ve line"))
        self.remove_button.setAutoDefault(False)
        qty_row.addWidget(qty_label)
        qty_row.addWidget(self.quantity)
        qty_row.addStretch(1)
        qty_row.addWidget(self.remove_button)
        right.addLayout(qty_row)
        self.total_label = QLabel()
        self.total_label.setStyleSheet("font-size: 15px; font-weight: 700;")
        self.eta_label = QLabel()
        right.addWidget(self.total_label)
        right.addWidget(self.eta_label)

        form = QFormLayout()
        self.address = QComboBox()
        self.address.setEditable(True)
        address_edit = self.address.lineEdit()
        if address_edit is not None:
            address_edit.setPlaceholderText(self.tr("Type the delivery address"))
        form.addRow(self.tr("&Delivery address"), self.address)
        pay = QHBoxLayout()
        self.pay_group = QButtonGroup(self)
        self.pay_buttons: dict[core.PaymentMethod, QRadioButton] = {}
        for method, text in [
            (core.PaymentMethod.CASH, self.tr("Ca&sh")),
            (core.PaymentMethod.CARD, self.tr("&Card")),
            (core.PaymentMethod.ACCOUNT, self.tr("On &account")),
        ]:
            button = QRadioButton(text)
            self.pay_group.addButton(button)
            self.pay_buttons[method] = button
            pay.addWidget(button)
        pay.addStretch(1)
        self.pay_buttons[core.PaymentMethod.CASH].setChecked(True)
        form.addRow(self.tr("Payment"), pay)
        right.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020; font-weight: 600;")
        right.addWidget(self.message)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Close"))
        self.cancel_button.setAutoDefault(False)
        self.place_button = QPushButton(self.tr("&Place order (Ctrl+Enter)"))
        self.place_button.setAutoDefault(False)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.place_button)
        right.addLayout(buttons)
        body.addLayout(right, 1)
        v.addLayout(body, 1)

        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.add_current_match)
        self.search.installEventFilter(self)
        self.matches.itemActivated.connect(lambda item: self.add_sku(item.data(SKU_ROLE)))
        self.suggestion_list.itemActivated.connect(lambda item: self.add_sku(item.data(SKU_ROLE)))
        self.quantity.editingFinished.connect(self._quantity_typed)
        self.quantity.installEventFilter(self)
        self.lines.currentCellChanged.connect(lambda row, *_: self._line_chosen(row))
        self.lines.installEventFilter(self)
        self.remove_button.clicked.connect(self.remove_current_line)
        self.repeat_button.clicked.connect(self.repeat_last)
        self.pay_group.buttonToggled.connect(lambda *_: self._check_credit())
        self.place_button.clicked.connect(self.place)
        self.cancel_button.clicked.connect(self.reject)

    def _keys(self) -> None:
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self).activated.connect(self.place)
        for n in range(3):
            QShortcut(QKeySequence(f"Ctrl+{n + 1}"), self).activated.connect(lambda n=n: self.add_suggestion(n))
        QShortcut(QKeySequence("Ctrl+F"), self).activated.connect(self.focus_search)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                visible = [i for i in range(self.matches.count()) if not self.matches.item(i).isHidden()]
                if visible:
                    current = self.matches.currentRow()
                    pos = visible.index(current) if current in visible else -1
                    pos = max(0, min(len(visible) - 1, pos + (1 if key == Qt.Key.Key_Down else -1)))
                    self.matches.setCurrentRow(visible[pos])
                return True
            if watched is self.quantity and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    self._quantity_typed()
                    self.focus_search()
                    return True
            if watched is self.lines and key == Qt.Key.Key_Delete:
                self.remove_current_line()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter belongs to the search and the quantity; Escape closes only when nothing is typed
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        if event.key() == Qt.Key.Key_Escape and self.basket.lines and self.placed is None:
            self.message.setText(self.tr("The basket is not empty: press Close to leave without ordering."))
            return
        super().keyPressEvent(event)

    # -- loading ----------------------------------------------------------------------
    def _loaded(self, ctx: order_ops.OrderContext) -> None:
        self.context = ctx
        self.basket = core.Basket(ctx.currency)
        self.setEnabled(True)
        self.header.setText(self.tr("Order for %1").replace("%1", ctx.display_name))
        self._paint_credit()
        self.matches.clear()
        for p in sorted(ctx.products, key=lambda p: p.name(self.lang)):
            item = QListWidgetItem(f"{p.name(self.lang)}  ·  {format_minor(p.price_minor, p.currency)}  ·  {p.sku}")
            item.setData(SKU_ROLE, p.sku)
            item.setData(SKU_ROLE + 1, f"{p.sku} {p.name_en} {p.name_zh}".lower())
            self.matches.addItem(item)
        self.address.clear()
        self.address.addItems(ctx.addresses)
        self.repeat_button.setEnabled(bool(ctx.last_order.lines))
        self._show_suggestions(ctx.usual, ctx.recommendations)
        self._filter(self.search.text())
        self._paint_basket()
        self.focus_search()

    def _customer_changed(self, _event: Changed) -> None:
        store, customer_id = self.store, self.customer_id
        run_op(
            lambda: order_ops.credit_position(store, customer_id),
            self._credit_read,
            lambda _problem: None,
            name="orders.credit_position",
            owner=self,
        )

    def _credit_read(self, pos: order_ops.CreditPosition) -> None:
        if self.context is None:
            return
        self.context = replace(self.context, balance_minor=pos.balance_minor, limit_minor=pos.limit_minor)
        self._paint_credit()
        self._check_credit()

    def _failed(self, problem: Problem) -> None:
        self.setEnabled(True)
        self.busy = False
        self.place_button.setEnabled(True)
        self.message.setText(self.say(problem))

    def _product(self, sku: str) -> core.Product | None:
        if self.context is None:
            return None
        return next((p for p in self.context.products if p.sku == sku), None)

    def _name(self, sku: str) -> str:
        p = self._product(sku)
        return p.name(self.lang) if p else sku

    def _paint_credit(self) -> None:
        ctx = self.context
        if ctx is None:
            return
        if ctx.limit_minor <= 0:
            self.credit_label.setText(self.tr("No credit line"))
        else:
            self.credit_label.setText(
                self.tr("Credit left: %1 of %2")
                .replace("%1", format_minor(ctx.headroom_minor or 0, ctx.currency))
                .replace("%2", format_minor(ctx.limit_minor, ctx.currency))
            )

    def _show_suggestions(self, usual: list[str], recs: list[core.Recommendation]) -> None:
        self.suggestion_list.clear()
        self.suggestions = []
        in_basket = self.basket.skus()
        for sku in usual:
            if sku in in_basket or len(self.suggestions) >= 3:
                continue
            self._add_suggestion_item(sku, self.tr("usually buys"))
        for r in recs:
            if r.sku in in_basket or r.sku in self.suggestions or len(self.suggestions) >= 3:
                continue
            why = (
                self.tr("bought with %1 in %2 orders")
                .replace("%1", self._name(r.because_of))
                .replace("%2", str(r.count))
            )
            self._add_suggestion_item(r.sku, why)

    def _add_suggestion_item(self, sku: str, why: str) -> None:
        n = len(self.suggestions) + 1
        item = QListWidgetItem(f"Ctrl+{n}  {self._name(sku)} — {why}")
        item.setData(SKU_ROLE, sku)
        self.suggestion_list.addItem(item)
        self.suggestions.append(sku)

    # -- the basket -------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        first = -1
        for i in range(self.matches.count()):
            item = self.matches.item(i)
            hidden = bool(needle) and needle not in item.data(SKU_ROLE + 1)
            item.setHidden(hidden)
            if not hidden and first < 0:
                first = i
        self.matches.setCurrentRow(first)

    def add_current_match(self) -> None:
        item = self.matches.currentItem()
        if item is None or item.isHidden():
            self.message.setText(self.tr("No item matches “%1”.").replace("%1", self.search.text()))
            return
        self.add_sku(item.data(SKU_ROLE))

    def add_suggestion(self, n: int) -> None:
        if 0 <= n < len(self.suggestions):
            self.add_sku(self.suggestions[n])

    def add_sku(self, sku: str, quantity: int = 1) -> None:
        product = self._product(sku)
        if product is None:
            return
        try:
            self.basket = core.add_item(self.basket, product, quantity)
        except Invalid as problem:
            self.message.setText(self.say(problem))
            return
        self.message.setText("")
        self._paint_basket()
        row = next(i for i, line in enumerate(self.basket.lines) if line.sku == sku and not line.option)
        self.lines.setCurrentCell(row, 0)
        self.quantity.setFocus()
        self.quantity.selectAll()
        self._refresh_recommendations()

    def _line_chosen(self, row: int) -> None:
        if 0 <= row < len(self.basket.lines):
            self.quantity.blockSignals(True)
            self.quantity.setValue(self.basket.lines[row].quantity)
            self.quantity.blockSignals(False)

    def _quantity_typed(self) -> None:
        row = self.lines.currentRow()
        if not 0 <= row < len(self.basket.lines):
            return
        self.quantity.interpretText()
        if self.basket.lines[row].quantity != self.quantity.value():
            self.basket = core.set_quantity(self.basket, row, self.quantity.value())
            self._paint_basket()
            self.lines.setCurrentCell(row, 0)

    def remove_current_line(self) -> None:
        row = self.lines.currentRow()
        if 0 <= row < len(self.basket.lines):
            self.basket = core.remove_line(self.basket, row)
            self._paint_basket()
            self._refresh_recommendations()

    def repeat_last(self) -> None:
        ctx = self.context
        if ctx is None or not ctx.last_order.lines:
            return
        for line in ctx.last_order.lines:
            product = self._product(line.sku)
            if product is not None:
                self.basket = core.add_item(self.basket, product, line.quantity, line.option)
        self._paint_basket()
        if ctx.last_missing:
            self.message.setText(self.tr("No longer on sale, left out: %1").replace("%1", ", ".join(ctx.last_missing)))
        self._refresh_recommendations()
        self.focus_search()

    def _paint_basket(self) -> None:
        b = self.basket
        self.lines.setRowCount(len(b.lines))
        for r, line in enumerate(b.lines):
            cells = [
                line.name(self.lang),
                str(line.quantity),
                format_minor(line.unit_price_minor, b.currency),
                format_minor(line.amount_minor, b.currency),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.lines.setItem(r, c, item)
        self.total_label.setText(self.tr("Total: %1").replace("%1", format_minor(b.total_minor, b.currency)))
        if b.lines:
            minutes = core.delivery_minutes(b)
            at = core.delivery_eta(datetime.now(UTC), b).astimezone().strftime("%H:%M")
            self.eta_label.setText(
                self.tr("Delivery in about %1 min (by %2)").replace("%1", str(minutes)).replace("%2", at)
            )
        else:
            self.eta_label.setText("")
        self._check_credit()

    def payment(self) -> core.PaymentMethod:
        for method, button in self.pay_buttons.items():
            if button.isChecked():
                return method
        return core.PaymentMethod.CASH

    def set_payment(self, method: core.PaymentMethod | str) -> None:
        self.pay_buttons[core.PaymentMethod(method)].setChecked(True)

    def _check_credit(self) -> bool:
        """The credit check on what is on screen (the op checks again when saving)."""
        ctx = self.context
        if ctx is None:
            return True
        try:
            core.credit_check(self.payment(), self.basket.total_minor, ctx.balance_minor, ctx.limit_minor, ctx.currency)
        except core.CreditRefused as refused:
            self.message.setText(self.say(refused))
            return False
        if self.message.text() and not self.busy:
            self.message.setText("")
        return True

    def _refresh_recommendations(self) -> None:
        ctx = self.context
        if ctx is None:
            return
        store, customer_id, basket = self.store, self.customer_id, self.basket
        run_op(
            lambda: order_ops.recommendations(store, customer_id, basket),
            lambda recs: self._show_suggestions(ctx.usual, recs) if basket == self.basket else None,
            lambda _problem: None,
            name="orders.recommend",
            owner=self,
        )

    # -- placing --------------------------------------------------------------------------
    def place(self) -> None:
        if self.context is None or self.busy or self.placed is not None:
            return
        self._quantity_typed()
        if not self._check_credit():
            return
        request = core.OrderRequest(
            self.customer_id, self.basket, self.payment(), self.address.currentText(), self.interaction_id
        )
        try:
            core.check_order(request)
        except Invalid as problem:
            self.message.setText(self.say(problem))
            return
        self.busy = True
        self.place_button.setEnabled(False)
        store, identity = self.store, self.identity
        run_op(
            lambda: order_ops.place_order(store, identity, request),
            self._placed,
            self._failed,
            name="orders.place",
            write=True,
            owner=self,
        )

    def _placed(self, done: Done[order_ops.PlacedOrder]) -> None:
        self.busy = False
        self.placed = done.value
        self.order_placed.emit(self.placed.order_no)
        self.accept()

    def placed_text(self) -> str:
        p = self.placed
        if p is None:
            return ""
        return (
            self.tr("Order %1 placed: %2, %3; delivery in about %4 min.")
            .replace("%1", p.order_no)
            .replace("%2", p.total.format())
            .replace("%3", self._method_word(p.payment))
            .replace("%4", str(p.minutes))
        )

    def _method_word(self, method: str) -> str:
        return {
            "cash": self.tr("cash"),
            "card": self.tr("card"),
            "account": self.tr("on account"),
        }.get(method, method)

    def say(self, problem: BaseException) -> str:
        if isinstance(problem, core.CreditRefused):
            p = problem.params
            if p.get("scope") == "no_credit":
                return self.tr("This customer has no credit line to pay on account — ask for cash or card.")
            text = (
                self.tr("Card payment would exceed the credit limit by %1 — ask for cash.")
                if p.get("method") == "card"
                else self.tr("Payment on account would exceed the credit limit by %1 — ask for cash.")
            )
            return text.replace("%1", p["over"].format())
        if isinstance(problem, Invalid):
            worded = _invalid(problem)
            if worded is not None:
                return worded
        return problems.describe(problem)
