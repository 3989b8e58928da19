"""Call control without a phone: the simulator's agent holds, resumes and hands callers
back into a queue; "Ring me" (ManualCallSource) answers every request truthfully; the
call-control ops check their input and refuse a do-not-call customer before dialling."""

from __future__ import annotations

import pytest

from callcenter.core.calls import (
    CallControlProblem,
    CallHeld,
    CallOffered,
    CallResumed,
    CallTransferred,
    ConsultEnded,
    ConsultStarted,
    DigitsSent,
    DoNotCall,
    ManualCallSource,
    OutboundAnswered,
    check_digits,
    check_target,
    failure_reason,
)
from callcenter.core.events import EventBus
from callcenter.ops import call_control
from callcenter.sim.arrivals import Poisson
from callcenter.sim.distributions import Dist
from callcenter.sim.live import LiveCenter, SimCallSource
from callcenter.sim.scenario import AgentSpec, QueueSpec, Scenario


class Wall:
    def __init__(self):
        self.t = 100.0

    def __call__(self):
        return self.t


def two_queues() -> Scenario:
    general = QueueSpec(
        "general", Poisson(600), Dist.exponential(180), Dist.exponential(10_000), Dist.constant(5), target_s=20
    )
    billing = QueueSpec(
        "billing", Poisson(0.001), Dist.exponential(180), Dist.exponential(10_000), Dist.constant(5), target_s=20
    )
    team = (AgentSpec("bot-0", (("general", 5),)), AgentSpec("bot-1", (("billing", 5),)))
    return Scenario((general, billing), team, hours=24).validate()


def _me(center: LiveCenter) -> dict:
    return next(a for a in center.board()["agents"] if a["agent_id"] == "me")


def _talking(center: LiveCenter, source: SimCallSource) -> str:
    offers: list[CallOffered] = []
    center.bus.subscribe(CallOffered, offers.append)
    source.agent_ready("me", True)
    center.advance(60)
    call_id = offers[0].call.call_id
    source.call_answered("me", call_id)
    return call_id


def test_simulator_hold_and_resume_move_the_agent_between_on_call_and_on_hold():
    c = LiveCenter(two_queues(), speed=60, wall=Wall())
    c.force("bot-0", "logged_out")
    source = SimCallSource(c, ani_for_call=lambda: "(650) 253-0000")
    seen: list[object] = []
    c.bus.subscribe(CallHeld, seen.append)
    c.bus.subscribe(CallResumed, seen.append)
    call_id = _talking(c, source)
    source.hold("me", call_id)
    assert _me(c)["state"] == "on_hold"
    with pytest.raises(CallControlProblem) as refused:
        source.hold("me", call_id)  # held already
    assert refused.value.params["reason"] == "not_talking"
    source.resume("me", call_id)
    assert _me(c)["state"] == "on_call"
    assert seen == [CallHeld("me", call_id), CallResumed("me", call_id)]
    source.hold("me", call_id)
    source.call_talk_ended("me", call_id)  # hanging up a held call ends it too
    assert _me(c)["state"] == "wrap_up"


def test_simulator_blind_transfer_puts_the_caller_back_in_a_queue():
    c = LiveCenter(two_queues(), speed=60, wall=Wall())
    c.force("bot-0", "logged_out")
    c.force("bot-1", "logged_out")  # nobody on billing: the caller waits there
    source = SimCallSource(c, ani_for_call=lambda: "(650) 253-0000")
    done: list[CallTransferred] = []
    c.bus.subscribe(CallTransferred, done.append)
    call_id = _talking(c, source)
    waiting_before = c.board()["queues"]["billing"]["waiting"]
    with pytest.raises(CallControlProblem) as refused:
        source.transfer_blind("me", call_id, "queue:nowhere")
    assert refused.value.params["reason"] == "bad_target"
    source.transfer_blind("me", call_id, "queue:billing")
    assert done == [CallTransferred("me", call_id, "queue:billing")]
    assert _me(c)["state"] == "wrap_up"
    assert c.board()["queues"]["billing"]["waiting"] == waiting_before + 1
    source.call_ended("me", call_id)
    c.force("bot-1", "available")  # a billing agent comes: the transferred caller is theirs
    c.advance(61)
    assert c.board()["queues"]["billing"]["waiting"] == waiting_before


def test_simulator_consultation_then_complete_or_cancel():
    c = LiveCenter(two_queues(), speed=60, wall=Wall())
    c.force("bot-0", "logged_out")
    c.force("bot-1", "logged_out")
    source = SimCallSource(c, ani_for_call=lambda: "(650) 253-0000")
    call_id = _talking(c, source)
    source.transfer_attended_start("me", call_id, "queue:billing")
    assert _me(c)["state"] == "on_hold"
    with pytest.raises(CallControlProblem):
        source.resume("me", call_id)  # consulting: complete or cancel first
    source.transfer_attended_cancel("me", call_id)
    source.resume("me", call_id)
    source.transfer_attended_start("me", call_id, "queue:billing")
    source.transfer_attended_complete("me", call_id)
    assert _me(c)["state"] == "wrap_up"
    with pytest.raises(CallControlProblem):
        source.dial("me", "5550100")  # the simulator's callers only call in


def test_ring_me_answers_call_control_truthfully():
    bus = EventBus()
    source = ManualCallSource(bus)
    seen: list[object] = []
    for kind in (CallHeld, CallResumed, CallTransferred, ConsultStarted, ConsultEnded, DigitsSent, OutboundAnswered):
        bus.subscribe(kind, seen.append)
    call = source.ring("a1", "+8613800138000")
    source.hold("a1", call.call_id)
    source.resume("a1", call.call_id)
    with pytest.raises(CallControlProblem) as refused:
        source.resume("a1", call.call_id)
    assert refused.value.params["reason"] == "not_on_hold"
    consult = source.transfer_attended_start("a1", call.call_id, "2000")
    source.transfer_attended_cancel("a1", call.call_id)
    source.send_dtmf("a1", call.call_id, "12#")
    assert source.digits[call.call_id] == "12#"
    source.transfer_blind("a1", call.call_id, "+44 20 7946 0000")
    assert seen[-1] == CallTransferred("a1", call.call_id, "+442079460000")
    assert ConsultEnded("a1", call.call_id, consult, "cancelled") in seen
    out = source.dial("a1", "5550100")
    assert OutboundAnswered("a1", out) in seen
    with pytest.raises(CallControlProblem):
        source.hold("a1", "not-a-call")


def test_targets_digits_and_sip_refusals_are_codes():
    assert check_target(" +86 138-0013-8000 ") == "+8613800138000"
    assert check_target("sip:2000@pbx.example") == "sip:2000@pbx.example"
    for bad in ("", "abc", "sip:nohost", "sip:a b@h", "+"):
        with pytest.raises(CallControlProblem):
            check_target(bad)
    assert check_digits("12*#a") == "12*#A"
    with pytest.raises(CallControlProblem):
        check_digits("1-2")
    assert failure_reason(486) == CallControlProblem("busy", status=486)
    assert failure_reason(404).params["reason"] == "not_found"
    assert failure_reason(499).params["reason"] == "rejected"


def test_dial_refuses_a_do_not_call_customer_before_any_call(seeded):
    store, ids = seeded
    from callcenter.store.models import Customer, Phone

    source = ManualCallSource(EventBus())
    agent = _agent(store, ids)
    with store.transaction() as s:
        s.get(Customer, ids["wang"]).do_not_call = True
        number = s.query(Phone).filter_by(customer_id=ids["wang"]).first().e164
    with pytest.raises(DoNotCall) as refused:
        call_control.dial_customer(store, source, agent, ids["wang"])
    assert refused.value.params["reason"] == "customer"
    with pytest.raises(DoNotCall) as refused:
        call_control.dial_number(store, source, agent, number)  # the number alone is enough
    assert refused.value.params["reason"] == "number"
    assert source.calls == {}  # nothing was dialled


def test_dial_customer_records_an_outbound_interaction(seeded):
    store, ids = seeded
    from callcenter.store.models import Interaction

    source = ManualCallSource(EventBus())
    agent = _agent(store, ids)
    done = call_control.dial_customer(store, source, agent, ids["tom"])
    call = done.value.call
    assert done.value.number == "+16502530000"  # the primary phone, in the form a switch routes
    assert call.direction == "outbound" and call.call_id in source.calls
    with store.session() as s:
        row = s.get(Interaction, call.interaction_id)
        assert row is not None and row.direction == "outbound" and row.customer_id == ids["tom"]
        assert row.agent_id == agent.user_id and row.ani_e164 == "+16502530000"


def test_a_number_typed_or_saved_in_national_form_is_dialled_in_e164(seeded):
    """A callback's number as the agent typed it, a number keyed in: out in the form the
    record's phones use; an internal extension goes out as typed."""
    store, ids = seeded
    source = ManualCallSource(EventBus())
    agent = _agent(store, ids)
    done = call_control.dial_number(store, source, agent, "(202) 555-0143", region="US")
    assert done.value.number == "+12025550143" and source.calls[done.value.call.call_id]
    china = call_control.dial_number(store, source, agent, "010 6552 9988", region="CN")
    assert china.value.number == "+861065529988"
    assert call_control.dial_number(store, source, agent, "2001").value.number == "2001"


def _agent(store, ids):
    from callcenter.core.agents import Identity
    from callcenter.core.roles import Role

    return Identity(ids["agent1"], "agent1", "Alice Agent", Role.AGENT)
