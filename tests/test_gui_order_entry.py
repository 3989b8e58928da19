"""The order-entry dialog, by the keyboard, from the screen pop: suggestions (usual item and
"customers who bought X also bought Y"), items added by search + Enter, the credit refusal in
words, cash, save, and the order in the customer's history at once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from callcenter.gui.agent.order_entry_dialog import OrderEntryDialog
from callcenter.gui.ops import wait_for_ops
from callcenter.store.models import AuditLog, Customer, Invoice, Order
from tests.orders_seed import seed_orders
from tests.test_gui_console import make_console, settle, shown


def open_order_entry(qtbot, window, customer_id):
    window.show_customer(customer_id, "search")
    shown(qtbot, window, customer_id)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)  # Customer > Take an order…
    qtbot.waitUntil(lambda: window.findChild(OrderEntryDialog) is not None, timeout=3000)
    dialog = window.findChild(OrderEntryDialog)
    qtbot.waitUntil(lambda: dialog.context is not None, timeout=5000)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.search.hasFocus(), timeout=3000)
    return dialog


def press(qtbot, dialog, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key as the agent presses it: to whatever has the focus in the dialog."""
    qtbot.keyClick(QApplication.focusWidget() or dialog, key, modifier)


def type_item(qtbot, dialog, text, quantity=None):
    qtbot.keyClicks(dialog.search, text)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # adds it; the cursor goes to its quantity
    assert dialog.quantity.hasFocus()
    if quantity is not None:
        qtbot.keyClicks(dialog.quantity, str(quantity))
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return)  # back to the search
    assert dialog.search.hasFocus()


def test_a_three_item_order_by_keys_with_a_credit_refusal_then_cash(qtbot, seeded, settings):
    store, ids = seeded
    seed_orders(store, ids)
    window, _source, _clock = make_console(qtbot, store, settings)
    dialog = open_order_entry(qtbot, window, ids["wang"])
    assert dialog.credit_label.text() == "Credit left: ¥10.00 of ¥5,000.00"
    # usual item first, then what customers who bought it also bought
    texts = [dialog.suggestion_list.item(i).text() for i in range(dialog.suggestion_list.count())]
    assert texts == [
        "Ctrl+1  Pepperoni pizza — usually buys",
        "Ctrl+2  Garlic bread — bought with Pepperoni pizza in 3 orders",
        "Ctrl+3  Cola — bought with Pepperoni pizza in 2 orders",
    ]

    type_item(qtbot, dialog, "marg", 2)  # Margherita pizza x2 = 98.00
    type_item(qtbot, dialog, "cola")  # + 9.07 = 107.07
    assert [(line.sku, line.quantity) for line in dialog.basket.lines] == [("P-2", 2), ("D-1", 1)]
    assert dialog.total_label.text() == "Total: ¥107.07"
    assert dialog.eta_label.text().startswith("Delivery in about 50 min")  # 3 items: 20 + 4 + 25 -> 50

    press(qtbot, dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # &Card
    qtbot.waitUntil(lambda: dialog.payment().value == "card", timeout=2000)  # a mnemonic clicks after a moment
    # 4,990.00 + 107.07 = 5,097.07 against 5,000.00
    assert dialog.message.text() == "Card payment would exceed the credit limit by ¥97.07 — ask for cash."
    press(qtbot, dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # refused: nothing saved
    wait_for_ops(5000)
    assert dialog.placed is None and dialog.isVisible()

    press(qtbot, dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Ca&sh
    qtbot.waitUntil(lambda: dialog.payment().value == "cash", timeout=2000)
    assert dialog.message.text() == ""
    # the suggestions follow the basket: with P-2 in it, chicken wings (bought with P-2 in 2 orders) come in
    wait_for_ops(5000)
    qtbot.waitUntil(lambda: dialog.suggestion_list.count() == 3, timeout=2000)
    assert [dialog.suggestion_list.item(i).text() for i in range(3)] == [
        "Ctrl+1  Pepperoni pizza — usually buys",
        "Ctrl+2  Garlic bread — bought with Pepperoni pizza in 3 orders",
        "Ctrl+3  Chicken wings — bought with Margherita pizza in 2 orders",
    ]
    press(qtbot, dialog, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # suggestion 2: garlic bread
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return)
    assert [line.sku for line in dialog.basket.lines] == ["P-2", "D-1", "S-1"]
    assert dialog.total_label.text() == "Total: ¥122.07"
    press(qtbot, dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # place it
    qtbot.waitUntil(lambda: dialog.placed is not None, timeout=5000)
    placed = dialog.placed
    qtbot.waitUntil(lambda: window.findChild(OrderEntryDialog) is None, timeout=3000)  # closed and gone
    assert window.statusBar().currentMessage() == (
        f"Order {placed.order_no} placed: ¥122.07, cash; delivery in about 55 min."
    )  # 4 items: 20 + 3 x 2 + 25 = 51 -> 55
    # in the history at once: the pop follows the orders table
    qtbot.waitUntil(lambda: window.pop_panel.current.view.orders[0].order_no == placed.order_no, timeout=5000)
    page = window.pop_panel.customer_page
    assert page.orders.item(0, 0).text() == placed.order_no and page.orders.item(0, 3).text() == "¥122.07"
    settle(qtbot, window)
    with store.session() as s:
        order = s.scalars(select(Order).where(Order.order_no == placed.order_no)).one()
        assert (order.payment_method, order.total_minor, order.delivery_address) == (
            "cash",
            12207,
            "朝阳区建国路88号, 北京, CN",
        )
        assert s.get(Customer, ids["wang"]).balance_minor == 499_000
        assert s.scalars(select(AuditLog).where(AuditLog.entity == "order", AuditLog.entity_id == order.id)).one()


def test_repeat_last_order_and_quantity_and_delete_by_keys(qtbot, seeded, settings):
    store, ids = seeded
    seed_orders(store, ids)
    window, _source, _clock = make_console(qtbot, store, settings)
    dialog = open_order_entry(qtbot, window, ids["wang"])
    press(qtbot, dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # &Repeat last order
    qtbot.waitUntil(lambda: len(dialog.basket.lines) == 1, timeout=2000)
    assert [(line.sku, line.quantity) for line in dialog.basket.lines] == [("P-1", 2)]
    type_item(qtbot, dialog, "S-2")  # by code
    dialog.lines.setFocus()
    dialog.lines.setCurrentCell(0, 0)
    qtbot.keyClick(dialog.lines, Qt.Key.Key_Delete)
    assert [line.sku for line in dialog.basket.lines] == ["S-2"]
    press(qtbot, dialog, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # back to the search, text selected
    assert dialog.search.hasFocus() and dialog.search.selectedText() == "S-2"
    qtbot.keyClicks(dialog.search, "nothing like this")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.message.text() == "No item matches “nothing like this”."
    dialog.reject()


def test_order_entry_speaks_chinese(qtbot, seeded, settings):
    store, ids = seeded
    seed_orders(store, ids)
    window, _source, _clock = make_console(qtbot, store, settings, lang="zh_CN")
    dialog = open_order_entry(qtbot, window, ids["wang"])
    assert dialog.suggestion_list.item(0).text().startswith("Ctrl+1  意式辣香肠披萨")
    dialog.search.setText("可乐")  # typed through an input method
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.lines.item(0, 0).text() == "可乐"
    QApplication.processEvents()
    dialog.reject()


def test_the_credit_check_follows_a_balance_changed_elsewhere(qtbot, seeded, settings):
    store, ids = seeded
    seed_orders(store, ids)
    window, _source, _clock = make_console(qtbot, store, settings)
    dialog = open_order_entry(qtbot, window, ids["wang"])
    type_item(qtbot, dialog, "cola")  # 9.07 within the 10.00 left
    dialog.set_payment("card")
    assert dialog.message.text() == ""
    with store.transaction() as s:  # another console's order on account (its open invoice), arriving here
        wang = s.get(Customer, ids["wang"])
        s.add(
            Invoice(
                customer_id=wang.id,
                invoice_no="IV-ELSEWHERE",
                issued_at=datetime.now(UTC),
                due_at=datetime.now(UTC) + timedelta(days=14),
                currency="CNY",
                amount_minor=500,
            )
        )
        wang.balance_minor = 499_500
    qtbot.waitUntil(lambda: dialog.credit_label.text() == "Credit left: ¥5.00 of ¥5,000.00", timeout=5000)
    assert dialog.message.text() == "Card payment would exceed the credit limit by ¥4.07 — ask for cash."
    dialog.reject()
