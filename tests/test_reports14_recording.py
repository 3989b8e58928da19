"""Every agent state change and every call leg of a real console is stored (and queued for
sync) through ops on the write pool; the GUI thread never touches the store (the guard)."""

from __future__ import annotations

from sqlalchemy import select
from test_gui_console import make_console, ring, settle

from callcenter.core.agent_state import AgentState
from callcenter.store.models import APPEND_ONLY_TABLES, AgentStateChange, CallLeg, ChangeLog


def _states(store, agent_id):
    with store.session() as s:
        rows = s.scalars(select(AgentStateChange).where(AgentStateChange.agent_id == agent_id)).all()
        return sorted(rows, key=lambda r: r.hlc)


def test_a_call_and_a_break_leave_every_state_change_and_the_leg(qtbot, seeded, settings):
    store, ids = seeded
    window, source, _ = make_console(qtbot, store, settings)
    c = window.controller
    c.set_available()
    call = ring(qtbot, window, source, "+86 138 0013 8000")
    c.answer()
    c.hold_toggle()
    c.hold_toggle()
    c.end()
    c.finish_wrap_up(ids["support.resolved"], "done")
    c.set_not_ready("break")
    settle(qtbot, window)
    rows = _states(store, window.identity.user_id)
    got = [(r.from_state, r.from_reason, r.to_state, r.to_reason, r.by) for r in rows]
    assert got == [
        ("logged_out", "", "not_ready", "login", "agent"),
        ("not_ready", "login", "available", "", "agent"),
        ("available", "", "ringing", "", "agent"),
        ("ringing", "", "on_call", "", "agent"),
        ("on_call", "", "on_hold", "", "agent"),
        ("on_hold", "", "on_call", "", "agent"),
        ("on_call", "", "wrap_up", "", "agent"),
        ("wrap_up", "", "available", "", "agent"),
        ("available", "", "not_ready", "break", "agent"),
    ]
    assert rows[0].started_at is None
    for before, after in zip(rows, rows[1:]):  # each state starts when the one before ended
        assert after.started_at == before.ended_at
    assert rows[2].call_ref == call.call_id
    with store.session() as s:
        (leg,) = s.scalars(select(CallLeg)).all()
        logged = {r.table_name for r in s.scalars(select(ChangeLog).where(ChangeLog.pushed.is_(False)))}
    assert (leg.agent_id, leg.outcome, leg.disposition_id) == (
        window.identity.user_id,
        "completed",
        ids["support.resolved"],
    )
    assert leg.answered_at is not None and leg.ended_at is not None and leg.wrap_ended_at >= leg.ended_at
    assert leg.interaction_id == call.interaction_id and leg.call_ref == call.call_id
    assert {"agent_state_changes", "call_legs"} <= logged  # shipped by the next sync push
    assert {"agent_state_changes", "call_legs"} <= APPEND_ONLY_TABLES  # merged by union


def test_a_missed_offer_is_a_leg_and_the_system_return_is_recorded(qtbot, seeded, settings):
    store, _ = seeded
    window, source, clock = make_console(qtbot, store, settings)
    c = window.controller
    c.set_available()
    ring(qtbot, window, source, "+86 138 0013 8000")
    c.ring_timeout()
    assert c.sm.state is AgentState.NOT_READY
    clock.t += c.sm.config.missed_pause_s + 1
    c.tick()
    assert c.sm.state is AgentState.AVAILABLE
    settle(qtbot, window)
    rows = _states(store, window.identity.user_id)
    assert [(r.to_state, r.to_reason, r.by) for r in rows[-2:]] == [
        ("not_ready", "missed_call", "system"),
        ("available", "", "system"),
    ]
    with store.session() as s:
        (leg,) = s.scalars(select(CallLeg)).all()
    assert leg.outcome == "missed" and leg.answered_at is None


def test_a_supervisor_forced_state_is_recorded_as_forced(qtbot, seeded, settings):
    store, _ = seeded
    window, _, _ = make_console(qtbot, store, settings)
    window.controller.sm.force(AgentState.AVAILABLE)
    settle(qtbot, window)
    last = _states(store, window.identity.user_id)[-1]
    assert (last.from_state, last.to_state, last.by) == ("not_ready", "available", "supervisor")
