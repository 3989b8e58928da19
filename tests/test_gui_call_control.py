"""The console's call-control buttons: Hold shows "On hold" with its time and tells the
call source; click-to-call refuses a do-not-call customer in words, nothing dialled."""

from __future__ import annotations

from PySide6.QtCore import Qt

from callcenter.core.agent_state import AgentState
from tests.test_gui_console import make_console, ring, settle


def test_hold_button_shows_on_hold_and_the_source_holds(qtbot, seeded, settings):
    store, _ = seeded
    window, source, _ = make_console(qtbot, store, settings)
    c = window.controller
    c.set_available()
    call = ring(qtbot, window, source, "+86 138 0013 8000")
    c.answer()
    qtbot.mouseClick(window.call_panel.buttons["hold"], Qt.MouseButton.LeftButton)
    assert c.sm.state is AgentState.ON_HOLD
    assert call.call_id in source.held  # the call source was asked, not only the screen
    window.refresh()
    assert "On hold 00:00" in window.call_panel.detail_label.text() or "On hold 0:00" in (
        window.call_panel.detail_label.text()
    )
    assert "Resume" in window.call_panel.buttons["hold"].text()
    qtbot.mouseClick(window.call_panel.buttons["hold"], Qt.MouseButton.LeftButton)
    assert c.sm.state is AgentState.ON_CALL and call.call_id not in source.held
    c.end()
    c.finish_wrap_up(None, "")
    settle(qtbot, window)


def test_dial_refused_for_do_not_call_shows_the_words(qtbot, seeded, settings):
    store, ids = seeded
    from callcenter.store.models import Customer

    with store.transaction() as s:
        s.get(Customer, ids["wang"]).do_not_call = True
    window, source, _ = make_console(qtbot, store, settings)
    c = window.controller
    c.set_available()
    said: list[str] = []
    c.error.connect(said.append)
    c.dial_customer(ids["wang"])
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert said[-1] == "Not dialled: this customer asked not to be called."
    assert c.sm.state is AgentState.AVAILABLE and c.call is None
    assert not [cid for cid, call in source.calls.items() if call.direction == "outbound"]
    c.dial_customer(ids["tom"])  # a customer who may be called: dialled and on the line
    qtbot.waitUntil(lambda: c.call is not None and c.call.answered_at is not None, timeout=5000)
    assert c.call.direction == "outbound" and c.sm.state is AgentState.ON_CALL
    c.end()
    c.finish_wrap_up(None, "")
    settle(qtbot, window)


def test_a_transfer_ends_the_agents_part_only_when_the_switch_says_so(qtbot, seeded, settings, monkeypatch):
    """A real phone system answers a REFER later (its NOTIFY): until then the caller is on this
    line. Refused, the agent is still talking to them (not in wrap-up); taken, wrap-up."""
    from callcenter.core.calls import CallControlProblem, CallTransferred, TransferFailed

    store, _ = seeded
    window, source, _ = make_console(qtbot, store, settings)
    c = window.controller
    said: list[str] = []
    c.error.connect(said.append)
    asked: list[str] = []
    monkeypatch.setattr(source, "transfer_blind", lambda agent, call_id, target: asked.append(target))
    c.set_available()
    call = ring(qtbot, window, source, "+86 138 0013 8000")
    c.answer()
    c.blind_transfer("2001")
    assert asked == ["2001"] and c.sm.state is AgentState.ON_CALL and said[-1] == "Transferring to 2001…"
    source.bus.publish(TransferFailed(c.identity.user_id, call.call_id, CallControlProblem("busy", status=486)))
    assert c.sm.state is AgentState.ON_CALL and "The caller is still on the line" in said[-1]
    source.bus.publish(CallTransferred(c.identity.user_id, call.call_id, "2001"))
    assert c.sm.state is AgentState.ON_CALL  # no transfer is waiting: a stray event changes nothing
    c.blind_transfer("2002")
    source.bus.publish(CallTransferred(c.identity.user_id, call.call_id, "2002"))
    assert c.sm.state is AgentState.WRAP_UP and c.call.outcome == "transferred" and c.call.transferred_to == "2002"
    c.finish_wrap_up(None, "")
    settle(qtbot, window)
