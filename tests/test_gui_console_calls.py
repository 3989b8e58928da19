"""Calls as an agent meets them: Log out asks and brings the sign-in back, the call just
handled is in the customer's Recent calls, and the shared-line chooser works by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from test_gui_console import make_console, ring, settle, shown

from callcenter.core.agent_state import AgentState
from callcenter.core.screenpop import PopStatus
from callcenter.gui.app import follow_sign_out
from callcenter.store import repo


def test_log_out_asks_first_and_then_hands_back_to_the_sign_in(qtbot, seeded, settings, monkeypatch):
    store, _ = seeded
    window, _, _ = make_console(qtbot, store, settings)
    c = window.controller
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[1]) or answers.pop(0))
    other = next(a for a in repo.agents(store) if a.username == "agent2")
    reopened, quits = [], []
    follow_sign_out(window, lambda: other, reopened.append, lambda: quits.append(True))
    window.request_logout()
    assert asked == ["Log out?"] and c.sm.state is AgentState.NOT_READY and window.isVisible()
    with qtbot.waitSignal(window.signed_out, timeout=2000):
        window.request_logout()
    assert c.sm.state is AgentState.LOGGED_OUT and not window.isVisible()
    qtbot.waitUntil(lambda: bool(reopened), timeout=2000)
    assert reopened == [other] and quits == []  # the application goes on, with the sign-in again


def test_closing_the_console_any_other_way_ends_the_application(qtbot, seeded, settings):
    store, _ = seeded
    window, _, _ = make_console(qtbot, store, settings)
    reopened, quits = [], []
    follow_sign_out(window, lambda: None, reopened.append, lambda: quits.append(True))
    window.close()
    qtbot.waitUntil(lambda: bool(quits), timeout=2000)
    assert reopened == []


def test_log_out_during_a_call_is_refused_in_words_without_asking(qtbot, seeded, settings, monkeypatch):
    store, _ = seeded
    window, source, _ = make_console(qtbot, store, settings)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (_ for _ in ()).throw(AssertionError("asked")))
    window.controller.set_available()
    ring(qtbot, window, source, "+86 138 0013 8000")
    window.controller.answer()
    window.request_logout()
    assert window.controller.sm.state is AgentState.ON_CALL
    assert "log out" in window.statusBar().currentMessage()
    settle(qtbot, window)


def test_a_caller_found_by_search_has_the_call_in_recent_calls(qtbot, seeded, settings):
    store, ids = seeded
    window, source, _ = make_console(qtbot, store, settings)
    c = window.controller
    c.set_available()
    ring(qtbot, window, source, "anonymous")
    assert c.pop.status is PopStatus.WITHHELD
    c.answer()
    window.search_panel.edit.setText("王")
    qtbot.waitUntil(lambda: window.search_panel.results.count() == 1, timeout=3000)
    window.search_panel._open_current()
    shown(qtbot, window, ids["wang"])
    c.end()
    c.finish_wrap_up(ids["support.resolved"], "asked for the invoice")
    history = window.pop_panel.customer_page.history
    qtbot.waitUntil(
        lambda: history.rowCount() > 0 and history.item(0, 5).text() == "asked for the invoice", timeout=5000
    )
    assert history.item(0, 2).text() == "completed"
    settle(qtbot, window)


def test_the_shared_line_chooser_works_by_keyboard(qtbot, seeded, settings):
    store, ids = seeded
    window, source, _ = make_console(qtbot, store, settings)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.controller.set_available()
    ring(qtbot, window, source, "650-253-0000")
    chooser = window.pop_panel.chooser_page.list
    assert QApplication.focusWidget() is chooser  # the keyboard is there at once
    window.call_panel.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is chooser  # and comes back with Ctrl+Shift+C
    names = [chooser.item(i).text() for i in range(chooser.count())]
    target = 1 - [n.startswith("Ann") for n in names].index(True)  # start on the other one, go to Ann
    chooser.setCurrentRow(target)
    qtbot.keyClick(chooser, Qt.Key.Key_Down if target == 0 else Qt.Key.Key_Up)
    qtbot.keyClick(chooser, Qt.Key.Key_Return)
    shown(qtbot, window, ids["ann"])
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.controller.sm.state is AgentState.ON_CALL
    settle(qtbot, window)
