"""An outbound callback that rings out unplaced is no missed offer (core state machine)."""

from __future__ import annotations

from callcenter.core.agent_state import MISSED_CALL, AgentConfig, AgentState, AgentStateMachine


def test_a_callback_ringing_out_returns_to_available_without_counting_a_miss():
    t = [0.0]
    sm = AgentStateMachine("a1", AgentConfig(max_missed_offers=1), clock=lambda: t[0])
    sm.login(available=True)
    sm.offer("cb-1")
    sm.callback_rang_out()
    assert sm.state is AgentState.AVAILABLE and sm.missed_in_row == 0 and sm.call_id is None
    sm.offer("in-1")  # an inbound offer missed afterwards still counts, as before
    sm.miss()
    assert (sm.state, sm.reason, sm.missed_in_row) == (AgentState.NOT_READY, MISSED_CALL, 1)


def test_a_forced_state_waiting_for_the_call_applies_when_a_callback_rings_out():
    sm = AgentStateMachine("a1")
    sm.login(available=True)
    sm.offer("cb-1")
    sm.force(AgentState.NOT_READY, "meeting")
    sm.callback_rang_out()
    assert (sm.state, sm.reason) == (AgentState.NOT_READY, "meeting")
