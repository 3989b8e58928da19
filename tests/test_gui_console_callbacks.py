"""Due callbacks in the agent console: one case window at a time and never over the call
controls, a callback that rings out is no missed offer, outbound calls say so, and the
agent's callbacks are listed under My cases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint, QRect
from test_gui_console import make_console, settle

from callcenter.core.agent_state import AgentState
from callcenter.core.complaints.capture import ComplaintForm
from callcenter.store import complaints


def two_due_callbacks(store, me, ids):
    now = datetime.now(UTC)
    made = []
    for n, customer in enumerate(("wang", "wang")):
        record = complaints.create(
            store,
            ComplaintForm(customer_id=ids[customer], category="delivery_late", summary=f"Late {n}", customer_words="x"),
            me,
            at=now - timedelta(hours=1),
        )
        with complaints.edit(store, record.id, me, now=now - timedelta(hours=1)) as e:
            e.plan.schedule_callback(
                me.user_id, now - timedelta(minutes=30 - n), me.user_id, at=now - timedelta(hours=1), note=f"call {n}"
            )
        made.append(record.id)
    return made


def rect_of(widget):
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def test_callbacks_ring_one_case_window_at_a_time_clear_of_answer_and_ring_out_is_no_miss(qtbot, seeded, settings):
    store, ids = seeded
    window, _, _ = make_console(qtbot, store, settings)
    window.resize(1360, 860)
    me, c = window.identity, window.controller
    first, second = two_due_callbacks(store, me, ids)
    c.set_available()
    window.complaints.check_tasks()
    qtbot.waitUntil(lambda: c.call is not None, timeout=5000)
    assert c.call.direction == "outbound"
    assert "Outbound" in window.call_panel.caller_label.text()
    case = window.complaints.cases[first]
    assert case.isVisible()
    assert not rect_of(window.call_panel.buttons["answer"]).intersects(case.frameGeometry())

    c.ring_timeout()  # the agent did not place it
    assert c.sm.state is AgentState.AVAILABLE and c.sm.missed_in_row == 0
    assert "not placed" in window.statusBar().currentMessage()
    settle(qtbot, window)

    window.complaints._tick()  # the next due callback rings (the first waits for its retry)
    qtbot.waitUntil(lambda: c.call is not None, timeout=5000)
    assert window.complaints.cases[second].isVisible()
    visible = [w for w in window.complaints.cases.values() if w.isVisible()]
    assert visible == [window.complaints.cases[second]]  # the first callback's window closed
    c.answer()
    assert "Outbound call" in window.call_panel.caller_label.text()
    c.end()
    c.finish_wrap_up(None, "")
    settle(qtbot, window)
    window.close()


def test_my_cases_lists_the_callbacks_and_opens_their_case(qtbot, seeded, settings):
    store, ids = seeded
    window, _, _ = make_console(qtbot, store, settings)
    first, _second = two_due_callbacks(store, window.identity, ids)
    window.complaints.load_callbacks()
    qtbot.waitUntil(lambda: len(window.complaints.callbacks) == 2, timeout=5000)
    board = window.complaints.open_my_cases()
    qtbot.addWidget(board)
    tabs = board.tabs
    index = next(i for i in range(tabs.count()) if tabs.tabText(i).startswith("My callbacks"))
    assert tabs.tabText(index) == "My callbacks (2)"
    table = tabs.widget(index).table
    assert table.rowCount() == 2
    assert table.item(0, 1).text() == "王小明" and table.item(0, 2).text() == "138 0013 8000"
    assert "due now" in table.item(0, 0).text() and table.item(0, 4).text() == "call 0"
    table.cellDoubleClicked.emit(0, 0)
    assert window.complaints.cases[first].isVisible()
    settle(qtbot, window)
    window.close()


def test_call_back_now_dials_the_selected_callback_on_its_number(qtbot, seeded, settings):
    from callcenter.core.console_actions import ConsoleAction

    store, ids = seeded
    window, source, _ = make_console(qtbot, store, settings)
    c = window.controller
    two_due_callbacks(store, window.identity, ids)
    window.complaints.load_callbacks()
    qtbot.waitUntil(lambda: len(window.complaints.callbacks) == 2, timeout=5000)
    board = window.complaints.open_my_cases()
    qtbot.addWidget(board)
    tabs = board.tabs
    callbacks = tabs.widget(next(i for i in range(tabs.count()) if tabs.tabText(i).startswith("My callbacks")))
    assert callbacks.call_button.isEnabled()  # the first row has a number
    actions: list[ConsoleAction] = []
    source.bus.subscribe(ConsoleAction, actions.append)
    c.set_available()
    callbacks.table.selectRow(1)
    callbacks.call_button.click()
    qtbot.waitUntil(lambda: any(a.name == "dial" for a in actions), timeout=5000)
    assert c.call is not None and c.call.direction == "outbound"
    assert c.call.ani.endswith("13800138000") and c.call.customer_id == ids["wang"]  # Wang, the second case's number
    settle(qtbot, window)
    window.close()
