"""The console's state bar agrees with itself: the reason list shows the reason in force
(or none), never another; a supervisor's forced state arrives by event at once, and
during a call it is shown pending until it applies."""

from __future__ import annotations

from test_gui_console import make_console, ring, settle

from callcenter.core.agent_state import AgentState
from callcenter.core.calls import StateForced


def test_the_reason_list_shows_the_reason_in_force_or_none(qtbot, seeded, settings):
    store, _ = seeded
    window, _, _ = make_console(qtbot, store, settings)
    c, panel = window.controller, window.state_panel
    combo = panel.reason_combo
    c.set_available()
    assert combo.currentIndex() == -1 and combo.currentText() == ""  # available: no reason shown
    combo.setCurrentIndex(combo.findData("lunch"))
    window.refresh()  # the agent's pick survives the 1 Hz repaint
    assert combo.currentData() == "lunch"
    panel.not_ready_button.click()
    assert c.sm.state is AgentState.NOT_READY and c.sm.reason == "lunch"
    assert combo.currentData() == "lunch"
    c.set_not_ready("break")  # chosen by key or elsewhere: the list follows
    window.refresh()
    assert combo.currentData() == "break" and panel.reason_label.text() == "Break"
    c.set_available()
    assert combo.currentIndex() == -1
    settle(qtbot, window)


def test_a_forced_not_ready_reaches_the_console_at_once_and_waits_for_the_call(qtbot, seeded, settings):
    store, _ = seeded
    window, source, _ = make_console(qtbot, store, settings)
    c, panel = window.controller, window.state_panel
    c.tick_timer.stop()  # nothing but the event may change the state
    c.set_available()
    me = window.identity.user_id
    source.bus.publish(StateForced("someone-else", "not_ready", "supervisor"))
    assert c.sm.state is AgentState.AVAILABLE
    source.bus.publish(StateForced(me, "not_ready", "supervisor"))
    assert c.sm.state is AgentState.NOT_READY and c.sm.reason == "supervisor"
    assert panel.state_label.text() == "Not ready" and "supervisor" in panel.reason_label.text().lower()
    assert panel.reason_combo.currentIndex() == -1  # not one of the agent's own reasons
    source.bus.publish(StateForced(me, "available"))
    assert c.sm.state is AgentState.AVAILABLE

    ring(qtbot, window, source, "+8613800138000")
    c.answer()
    source.bus.publish(StateForced(me, "not_ready", "supervisor"))
    assert c.sm.state is AgentState.ON_CALL
    assert "Not ready" in panel.pending_label.text() and "supervisor" in panel.pending_label.text().lower()
    c.end()
    c.finish_wrap_up(None, "")
    assert c.sm.state is AgentState.NOT_READY and c.sm.reason == "supervisor"
    assert panel.pending_label.text() == ""
    settle(qtbot, window)
