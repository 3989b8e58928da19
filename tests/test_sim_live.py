"""The live center: wall clock to simulated time, 30-minute figures, history, alarms,
and a real console agent joining the simulation through SimCallSource."""

from __future__ import annotations

import math

import pytest

from callcenter.core.calls import CallerHungUp, CallOffered
from callcenter.sim.arrivals import Poisson
from callcenter.sim.distributions import Dist
from callcenter.sim.live import LiveCenter, QueueWindow, SimCallSource, demo_scenario
from callcenter.sim.scenario import AgentSpec, QueueSpec, Scenario


class Wall:
    def __init__(self):
        self.t = 100.0

    def __call__(self):
        return self.t


def one_queue(agents: int, rate: float = 120.0, patience: float = 60.0) -> Scenario:
    q = QueueSpec(
        "general", Poisson(rate), Dist.exponential(180), Dist.exponential(patience), Dist.constant(5), target_s=20
    )
    team = tuple(AgentSpec(f"bot-{i}", (("general", 5),)) for i in range(agents))
    return Scenario((q,), team, hours=24).validate()


def test_speed_maps_wall_time_and_can_change_and_pause():
    wall = Wall()
    c = LiveCenter(one_queue(3), speed=10, wall=wall)
    wall.t += 6
    assert c.sim_time() == pytest.approx(60)
    c.set_speed(60)
    wall.t += 1
    assert c.sim_time() == pytest.approx(120)
    c.pause(True)
    wall.t += 100
    assert c.sim_time() == pytest.approx(120)
    c.pause(False)
    wall.t += 1
    assert c.sim_time() == pytest.approx(180)
    with pytest.raises(ValueError):
        c.set_speed(120)


def test_history_has_a_row_per_simulated_minute_and_board_has_every_queue():
    c = LiveCenter(demo_scenario(), speed=60, wall=Wall())
    c.advance(3600)
    assert len(c.history) == 60
    assert [r["t"] for r in c.history[:3]] == [60, 120, 180]
    board = c.board()
    assert set(board["queues"]) == {"general", "billing", "vip"}
    assert sum(board["agents_by_state"].values()) == 32
    total = sum(q["offered"] for q in board["queues"].values())
    assert 300 <= total <= 420  # 360 calls/h expected in the first hour


def test_thirty_minute_window_by_hand():
    w = QueueWindow(target_s=20, short_abandon_s=5)
    for t, kind, wait in [
        (0, "answered", 10),
        (100, "answered", 30),
        (200, "abandoned", 40),
        (300, "abandoned", 2),
        (400, "answered", 5),
    ]:
        w.add(t, kind, wait)
    f = w.figures(500)
    # answered within 20 s: 2; denominator: 3 answered + 1 abandon after 20 s (the 2 s one is short)
    assert f["service_level"] == pytest.approx(2 / 4)
    assert f["asa_s"] == pytest.approx(15)
    assert f["abandon_rate"] == pytest.approx(1 / 4)
    assert math.isnan(w.figures(500 + 1800 + 401)["service_level"])  # everything aged out


def test_understaffed_queue_raises_alarms_and_more_agents_clear_them():
    c = LiveCenter(one_queue(1, rate=240, patience=600), speed=60, wall=Wall())
    c.advance(3600)
    kinds = {a.kind for a in c.board()["alarms"]}
    assert kinds == {"service_level", "longest_wait"}
    for i in range(12):
        c.add_agent(f"extra-{i}", {"general": 5})
    c.advance(3600 + 3 * 3600)
    assert c.board()["alarms"] == []


def test_projection_uses_current_rate_and_staff():
    c = LiveCenter(one_queue(10, rate=120), speed=60, wall=Wall())
    p = c.projection("general")
    assert p.agents == 10 and p.arrival_rate_per_s == pytest.approx(120 / 3600)
    c.set_arrival_rate("general", 180)
    assert c.projection("general").arrival_rate_per_s == pytest.approx(180 / 3600)
    assert c.rates["general"] == 180


def test_real_agent_joins_gets_real_calls_and_caller_patience_applies():
    c = LiveCenter(one_queue(0 + 1, rate=600, patience=30), speed=60, wall=Wall())
    c.force("bot-0", "logged_out")
    source = SimCallSource(c, ani_for_call=lambda: "+86 138 0013 8000")
    offers, hangups = [], []
    c.bus.subscribe(CallOffered, offers.append)
    c.bus.subscribe(CallerHungUp, hangups.append)
    source.agent_ready("me", True)
    assert "me" in c.external_agents
    c.advance(120)
    assert offers and offers[0].agent_id == "me" and offers[0].call.ani == "+86 138 0013 8000"
    call_id = offers[0].call.call_id
    # Nobody answers: the caller hangs up when patience runs out, even while it rings.
    c.advance(120 + 3600)
    assert any(h.call_id == call_id for h in hangups)


def test_real_agent_answers_talks_and_wraps_up_through_the_engine():
    c = LiveCenter(one_queue(1, rate=600, patience=10_000), speed=60, wall=Wall())
    c.force("bot-0", "logged_out")
    source = SimCallSource(c, ani_for_call=lambda: "(650) 253-0000")
    offers = []
    c.bus.subscribe(CallOffered, offers.append)
    source.agent_ready("me", True)
    c.advance(60)
    call_id = offers[0].call.call_id
    source.call_answered("me", call_id)
    me = next(a for a in c.board()["agents"] if a["agent_id"] == "me")
    assert me["state"] == "on_call"
    source.call_talk_ended("me", call_id)
    assert next(a for a in c.board()["agents"] if a["agent_id"] == "me")["state"] == "wrap_up"
    source.call_ended("me", call_id)
    c.advance(61)
    assert next(a for a in c.board()["agents"] if a["agent_id"] == "me")["calls_handled"] == 1


def test_recorder_keeps_every_call_a_person_did_not_take(store):
    from callcenter.ops import live as live_ops
    from callcenter.sim.recorder import CallRecorder
    from callcenter.store.models import Interaction

    c = LiveCenter(one_queue(2, rate=600, patience=20), speed=60, wall=Wall())
    recorder = CallRecorder(lambda agent: agent in c.external_agents)
    arrived = []
    from callcenter.sim import events as ev

    c.bus.subscribe(object, recorder.on_event)
    c.bus.subscribe(ev.CallArrived, arrived.append)
    c.advance(1800)
    c.set_arrival_rate("general", 0)
    c.advance(1800 + 4 * 3600)  # every call reaches its outcome
    calls = recorder.take()
    assert len(calls) == len(arrived) > 200
    assert {x["outcome"] for x in calls} == {"completed", "abandoned"}
    assert all(x["ended_at"] >= x["offered_at"] for x in calls)
    assert live_ops.record_simulated_calls(store, calls).value == len(calls)
    with store.session() as s:
        assert s.query(Interaction).count() == len(calls)
