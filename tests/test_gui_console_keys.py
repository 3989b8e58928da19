"""The agent console by keyboard alone: every call action has a key that works every time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_gui_console import interaction, make_console, ring, settle

from callcenter.core.agent_state import AgentState


def press(qtbot, window, key):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, key)


def test_hold_and_mute_keys_work_again_and_again(qtbot, seeded, settings):
    store, ids = seeded
    window, source, _ = make_console(qtbot, store, settings)
    c = window.controller
    press(qtbot, window, Qt.Key.Key_F9)
    assert c.sm.state is AgentState.AVAILABLE
    call = ring(qtbot, window, source, "+86 138 0013 8000")
    press(qtbot, window, Qt.Key.Key_F2)
    assert c.sm.state is AgentState.ON_CALL
    for _ in range(2):  # twice in a row: the label's change must not take the key away
        press(qtbot, window, Qt.Key.Key_F3)
        assert c.sm.state is AgentState.ON_HOLD
        press(qtbot, window, Qt.Key.Key_F3)
        assert c.sm.state is AgentState.ON_CALL
    for _ in range(2):
        press(qtbot, window, Qt.Key.Key_F4)
        assert c.muted
        press(qtbot, window, Qt.Key.Key_F4)
        assert not c.muted
    press(qtbot, window, Qt.Key.Key_F5)
    assert c.sm.state is AgentState.WRAP_UP
    window.wrap_panel.select_code(ids["support.resolved"])
    press(qtbot, window, Qt.Key.Key_F11)  # extend
    assert c.wrap_remaining() > settings.get("calls/wrap_up_timeout_s")
    press(qtbot, window, Qt.Key.Key_F12)  # finish
    assert c.sm.state is AgentState.AVAILABLE
    settle(qtbot, window)
    row = interaction(store, call.interaction_id)
    assert row.hold_count == 2 and row.disposition_id == ids["support.resolved"]


def test_a_second_call_works_by_keyboard_like_the_first(qtbot, seeded, settings):
    store, ids = seeded
    window, source, _ = make_console(qtbot, store, settings)
    c = window.controller
    c.set_available()
    for _ in range(2):
        ring(qtbot, window, source, "+86 138 0013 8000")
        press(qtbot, window, Qt.Key.Key_F2)
        press(qtbot, window, Qt.Key.Key_F3)
        press(qtbot, window, Qt.Key.Key_F3)
        press(qtbot, window, Qt.Key.Key_F4)
        assert c.muted and c.sm.state is AgentState.ON_CALL
        press(qtbot, window, Qt.Key.Key_F5)
        assert c.sm.state is AgentState.WRAP_UP
        window.wrap_panel.select_code(ids["support.resolved"])
        press(qtbot, window, Qt.Key.Key_F12)
        assert c.sm.state is AgentState.AVAILABLE
    settle(qtbot, window)


def test_finish_key_without_a_disposition_says_so_and_keeps_wrap_up(qtbot, seeded, settings):
    store, _ = seeded
    window, source, _ = make_console(qtbot, store, settings)
    c = window.controller
    c.set_available()
    ring(qtbot, window, source, "+86 138 0013 8000")
    c.answer()
    c.end()
    press(qtbot, window, Qt.Key.Key_F12)
    assert c.sm.state is AgentState.WRAP_UP
    assert window.wrap_panel.ui.errorLabel.text()
    settle(qtbot, window)


def test_a_caller_who_hangs_up_while_ringing_is_told_and_finishing_needs_no_disposition(qtbot, seeded, settings):
    store, _ = seeded
    window, source, _ = make_console(qtbot, store, settings)
    c = window.controller
    c.set_available()
    call = ring(qtbot, window, source, "+86 138 0013 8000")
    source.hang_up(window.identity.user_id, call.call_id)
    qtbot.waitUntil(lambda: c.sm.state is AgentState.WRAP_UP, timeout=2000)
    notice = window.wrap_panel.ui.errorLabel
    assert "hung up before you answered" in notice.text() and notice.isVisibleTo(window)
    press(qtbot, window, Qt.Key.Key_F12)
    assert c.sm.state is AgentState.AVAILABLE
    settle(qtbot, window)
    assert interaction(store, call.interaction_id).outcome == "abandoned"


def test_warm_transfer_keys_complete_and_cancel_work_each_time(qtbot, seeded, settings):
    store, _ = seeded
    window, source, _ = make_console(qtbot, store, settings)
    c = window.controller
    c.set_available()
    ring(qtbot, window, source, "+86 138 0013 8000")
    press(qtbot, window, Qt.Key.Key_F2)
    for _ in range(2):
        c.consult("queue:billing")
        assert c.sm.state is AgentState.ON_HOLD
        press(qtbot, window, Qt.Key.Key_F8)  # cancel: back to the caller
        assert c.sm.state is AgentState.ON_CALL and not c.sm.consulting
    c.consult("queue:billing")
    press(qtbot, window, Qt.Key.Key_F7)
    assert c.sm.state is AgentState.WRAP_UP
    press(qtbot, window, Qt.Key.Key_F12)  # a transferred call still wants its disposition: said in words
    assert c.sm.state is AgentState.WRAP_UP and window.wrap_panel.ui.errorLabel.text()
    settle(qtbot, window)


def test_the_transfer_key_opens_the_transfer_dialog(qtbot, seeded, settings, monkeypatch):
    from callcenter.gui.agent import console_window

    store, _ = seeded
    window, source, _ = make_console(qtbot, store, settings)
    opened = []

    class Chosen(console_window.TransferDialog):
        def exec(self):
            opened.append(self.targets.count())
            self.targets.setCurrentRow(0)
            return 1

    monkeypatch.setattr(console_window, "TransferDialog", Chosen)
    c = window.controller
    c.set_available()
    ring(qtbot, window, source, "+86 138 0013 8000")
    press(qtbot, window, Qt.Key.Key_F2)
    press(qtbot, window, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert c.sm.state is AgentState.WRAP_UP and c.call.outcome == "transferred"
    settle(qtbot, window)
