"""The simulation engine: routing rules on small deterministic cases, shifts, breaks,
callbacks, abandonment and the metrics' conventions, the live API, reproducibility, and
the fast path against the general engine."""

from __future__ import annotations

import dataclasses
import math
import random

import pytest

from callcenter.core.agent_state import AgentState, AgentStateMachine
from callcenter.sim import events as ev
from callcenter.sim.arrivals import Poisson, Profile, Replay
from callcenter.sim.batch import run_replication, simulate
from callcenter.sim.distributions import Dist
from callcenter.sim.engine import Simulation, SimulationError
from callcenter.sim.fast import fast_eligible, run_fast
from callcenter.sim.scenario import AgentSpec, QueueSpec, Scenario, single_queue

NONE = Poisson(0.0)


def queue(name, times=None, handle=10.0, **kw) -> QueueSpec:
    arrivals = NONE if times is None else Replay(tuple(times))
    return QueueSpec(name=name, arrivals=arrivals, handle_time=Dist.constant(handle), **kw)


def agent(name, *skills, levels=None, **kw) -> AgentSpec:
    levels = levels or {}
    return AgentSpec(name, tuple((s, levels.get(s, 1)) for s in skills), **kw)


def run(queues, agents, routing="longest_idle", short=0.0):
    sc = Scenario(queues=tuple(queues), agents=tuple(agents), hours=1.0, routing=routing, short_abandon_s=short)
    log: list = []
    result = Simulation(sc, seed=1, on_event=log.append).run()
    return log, result


def answers(log):
    return [(e.t, e.queue, e.agent_id) for e in log if isinstance(e, ev.CallAnswered)]


# -- routing -------------------------------------------------------------------------------------


def test_longest_idle_agent_takes_the_call():
    # a1 takes the call at 1 (tie at 0: first logged in), a2 the one at 2; a1 frees at 11,
    # a2 at 12. At 13 a1 has idled longer; at 24 a2 has (since 12, a1 only since 23).
    log, _ = run([queue("q", [1, 2, 13, 24])], [agent("a1", "q"), agent("a2", "q")])
    assert answers(log) == [(1, "q", "a1"), (2, "q", "a2"), (13, "q", "a1"), (24, "q", "a2")]


def test_skill_level_routing_prefers_the_most_skilled_idle_agent():
    agents = [agent("expert", "q", levels={"q": 9}), agent("novice", "q", levels={"q": 1})]
    log, _ = run([queue("q", [1, 12])], agents, routing="longest_idle")
    assert answers(log) == [(1, "q", "expert"), (12, "q", "novice")]  # novice idled longer
    log, _ = run([queue("q", [1, 12])], agents, routing="skill_level")
    assert answers(log) == [(1, "q", "expert"), (12, "q", "expert")]


def test_calls_wait_for_an_agent_with_the_skill():
    log, result = run([queue("en"), queue("fr", [0, 5], handle=50)], [agent("bob", "en"), agent("anna", "fr")])
    assert answers(log) == [(0, "fr", "anna"), (50, "fr", "anna")]  # bob is idle, but has no French
    assert result["queues"]["fr"]["asa_s"] == pytest.approx(45 / 2)
    assert result["queues"]["fr"]["p_wait"] == 0.5


def test_higher_priority_queue_is_served_first_then_oldest_call():
    agents = [agent("x", "low", "high")]
    log, _ = run([queue("low", [0, 10], handle=100, priority=1), queue("high", [20], handle=100, priority=5)], agents)
    assert answers(log) == [(0, "low", "x"), (100, "high", "x"), (200, "low", "x")]
    # equal priorities: the call that has waited longest goes first
    log, _ = run([queue("low", [0, 10], handle=100, priority=1), queue("high", [20], handle=100, priority=1)], agents)
    assert answers(log) == [(0, "low", "x"), (100, "low", "x"), (200, "high", "x")]


def test_overflow_after_a_wait_moves_the_call_to_another_queue():
    queues = [
        queue("vip", [0, 5], handle=100, overflow_after_s=30.0, overflow_to="general"),
        queue("general"),
    ]
    log, result = run(queues, [agent("v1", "vip"), agent("g1", "general")])
    assert answers(log) == [(0, "vip", "v1"), (35, "vip", "g1")]  # figures stay with "vip"
    moved = [e for e in log if isinstance(e, ev.CallOverflowed)]
    assert [(e.t, e.from_queue, e.to_queue) for e in moved] == [(35, "vip", "general")]
    vip = result["queues"]["vip"]
    assert vip["overflowed"] == 1 and vip["answered"] == 2 and vip["asa_s"] == pytest.approx(30 / 2)
    assert result["queues"]["general"]["offered"] == 0


def test_overflowed_call_waits_in_the_target_queue_when_it_is_busy_too():
    queues = [
        queue("vip", [0, 1, 2], handle=100, overflow_after_s=30.0, overflow_to="general"),
        queue("general", handle=100),
    ]
    log, _ = run(queues, [agent("v1", "vip"), agent("g1", "general")])
    # call 2 overflows at 31 to idle g1; call 3 overflows at 32 and waits; v1 frees at 100
    # but call 3 has left its queue, so g1 takes it at 131 (after call 2)
    assert answers(log) == [(0, "vip", "v1"), (31, "vip", "g1"), (131, "vip", "g1")]


# -- shifts, breaks, callbacks, abandonment ---------------------------------------------------------


def test_shift_start_and_end():
    log, result = run(
        [queue("q", [10, 150, 350], handle=30)], [agent("a", "q", shift_start_s=100.0, shift_end_s=300.0)]
    )
    assert answers(log) == [(100, "q", "a"), (150, "q", "a")]  # the call at 350 finds nobody
    assert result["unfinished"] == 1
    states = [(e.t, e.state) for e in log if isinstance(e, ev.AgentStateChanged)]
    assert states[:3] == [(100, AgentState.AVAILABLE), (100, AgentState.RINGING), (100, AgentState.ON_CALL)]
    assert states[-1] == (300, AgentState.LOGGED_OUT)


def test_break_waits_for_the_call_to_end():
    log, result = run([queue("q", [190, 230], handle=30)], [agent("a", "q", breaks=((200.0, 60.0),))])
    assert answers(log) == [(190, "q", "a"), (280, "q", "a")]  # break 220..280, after the call
    breaks = [e.t for e in log if isinstance(e, ev.AgentStateChanged) and e.reason == "break"]
    assert breaks == [220]
    # occupancy: 60 s busy out of 3600 - 60 s staffed
    assert result["occupancy"] == pytest.approx(60 / 3540)


def test_abandonment_and_the_service_level_conventions():
    patience = Dist.constant(30.0)
    log, result = run(
        [queue("q", [0, 10, 50], handle=100, patience=patience, target_s=20.0)], [agent("a", "q")], short=5
    )
    gone = [(e.t, round(e.wait_s)) for e in log if isinstance(e, ev.CallAbandoned)]
    assert gone == [(40, 30), (80, 30)]
    assert result["abandoned"] == 2 and result["answered"] == 1
    assert result["abandon_rate"] == pytest.approx(2 / 3)
    assert result["service_level"] == pytest.approx(1 / 3)  # 1 in T / (1 answered + 2 abandoned after T)
    assert result["mean_abandon_wait_s"] == pytest.approx(30.0)


def test_short_and_early_abandons_are_left_out_of_the_service_level():
    q = queue("q", [0, 10, 20], handle=100, patience=Dist.constant(3.0), target_s=20.0)
    _, result = run([q], [agent("a", "q")], short=5)
    assert result["abandoned"] == 2 and result["short_abandons"] == 2
    assert result["abandon_rate"] == 0.0  # (2 - 2) / (3 - 2)
    assert result["service_level"] == 1.0  # the short abandons are in neither part
    assert result["service_level_offered"] == pytest.approx(1 / 3)
    q = queue("q", [0, 10], handle=100, patience=Dist.constant(12.0), target_s=20.0)
    _, result = run([q], [agent("a", "q")], short=5)
    assert result["abandoned"] == 1 and result["short_abandons"] == 0
    assert result["service_level"] == 1.0  # abandoned before T: neutral
    assert result["abandon_rate"] == pytest.approx(1 / 2)


def test_callback_keeps_the_caller_and_is_counted_apart():
    q = queue("q", [0, 1, 2], handle=100, patience=Dist.constant(1.0), callback_wait_s=0.0, callback_accept=1.0)
    log, result = run([q], [agent("a", "q")])
    accepted = [e for e in log if isinstance(e, ev.CallbackAccepted)]
    assert [(e.t, e.expected_wait_s) for e in accepted] == [(1, 100.0), (2, 200.0)]
    assert result["abandoned"] == 0 and result["answered"] == 1
    assert result["callbacks"] == 2 and result["callbacks_answered"] == 2
    assert result["asa_s"] == 0.0  # the callbacks' waits are not in the ASA
    assert answers(log)[1:] == [(100, "q", "a"), (200, "q", "a")]


def test_replayed_arrivals_and_wrap_up():
    q = QueueSpec(
        name="q", arrivals=Replay((0.0, 0.0, 5.0)), handle_time=Dist.constant(10.0), wrap_up=Dist.constant(4.0)
    )
    log, result = run([q], [agent("a", "q")])
    assert answers(log) == [(0, "q", "a"), (14, "q", "a"), (28, "q", "a")]
    assert result["offered"] == 3 and result["aht_s"] == pytest.approx(14.0)
    ended = [e.t for e in log if isinstance(e, ev.CallEnded)]
    assert ended == [10, 24, 38]


def test_profile_arrivals_follow_the_rates():
    profile = Profile((3600.0, 0.0, 7200.0), interval_s=600.0)  # 600, 0 and 1200 calls expected
    for seed in range(3):
        nxt = profile.stream(random.Random(seed), start=100.0)
        times, t = [], 0.0
        while (t := nxt(t)) is not None:
            times.append(t)
        counts = [sum(1 for x in times if lo <= x < lo + 600) for lo in (100, 700, 1300)]
        early = sum(1 for x in times if x < 100)  # warm-up uses the first interval's rate
        assert abs(counts[0] - 600) < 5 * math.sqrt(600)
        assert counts[1] == 0
        assert abs(counts[2] - 1200) < 5 * math.sqrt(1200)
        assert abs(early - 100) < 5 * math.sqrt(100)
        assert max(times) < 1900  # nothing after the profile


# -- live API ------------------------------------------------------------------------------------


def test_live_engine_with_a_person_at_the_console():
    sc = Scenario(
        queues=(QueueSpec("q", NONE, Dist.exponential(60.0), patience=Dist.constant(30.0)),),
        agents=(agent("bot", "q"),),
    )
    log: list = []
    sim = Simulation(sc, seed=3, horizon_s=math.inf, on_event=log.append)
    sim.add_agent("ann", {"q": 5}, external=True)
    sim.remove_agent("bot")
    sim.set_arrival_rate("q", 3600.0)  # one a second from now on

    def until(kind, agent_id=None):
        for _ in range(10_000):
            hits = [
                e for e in log if isinstance(e, kind) and (agent_id is None or getattr(e, "agent_id", None) == agent_id)
            ]
            if hits:
                return hits[-1]
            sim.step_until(sim.now + 0.25)
        raise AssertionError(f"no {kind.__name__}")

    offer = until(ev.CallRouted, "ann")
    assert sim.snapshot()["agents"][-1]["state"] == "ringing"
    sim.step_until(offer.t + 2)
    sim.answer(offer.call_id)
    answered = [e for e in log if isinstance(e, ev.CallAnswered)][-1]
    assert answered.agent_id == "ann" and answered.wait_s == pytest.approx(
        sim.now - [e.t for e in log if isinstance(e, ev.CallArrived) and e.call_id == offer.call_id][0]
    )
    sim.step_until(sim.now + 10)
    snap = sim.snapshot()
    assert snap["queues"]["q"]["waiting"] > 0 and snap["queues"]["q"]["longest_wait_s"] > 0
    sim.end_call(offer.call_id)
    assert sim.snapshot()["agents_by_state"].get("wrap_up") == 1
    log.clear()
    sim.finish_wrap("ann")  # the oldest waiting call rings at once
    second = [e for e in log if isinstance(e, ev.CallRouted)]
    assert len(second) == 1 and second[0].agent_id == "ann"

    # nobody answers: the caller's patience (30 s) runs out while it rings
    log.clear()
    sim.step_until(sim.now + 31)
    gone = [e for e in log if isinstance(e, ev.CallAbandoned) and e.agent_id == "ann"]
    assert len(gone) == 1 and gone[0].call_id == second[0].call_id
    assert sim.snapshot()["agents"][-1]["state"] == "wrap_up"
    log.clear()
    sim.finish_wrap("ann")
    third = [e for e in log if isinstance(e, ev.CallRouted)][0]

    # a missed offer: the agent goes not ready, the call goes back to the head of the queue
    sim.reject(third.call_id)
    me = sim.snapshot()["agents"][-1]
    assert me["state"] == "not_ready" and me["reason"] == "missed_call"
    log.clear()
    sim.agent_ready("ann", True)
    again = [e for e in log if isinstance(e, ev.CallRouted)]
    assert again and again[0].call_id == third.call_id

    with pytest.raises(SimulationError):
        sim.end_call(third.call_id)  # still ringing
    with pytest.raises(SimulationError):
        sim.run()  # a live simulation has no end
    sim.set_arrival_rate("q", 0.0)
    sim.remove_agent("ann")  # after the call that rings now
    assert sim.snapshot()["agents"][-1]["state"] == "ringing"
    sim.answer(third.call_id)
    sim.end_call(third.call_id)
    sim.finish_wrap("ann")
    assert sim.snapshot()["agents"][-1]["state"] == "logged_out"
    sim.add_agent("ann", {"q": 5}, external=True)  # back again
    assert sim.snapshot()["agents"][-1]["state"] in ("available", "ringing")
    t = sim.now
    sim.step_until(t + 100)
    assert sim.now == t + 100


def _drive(machine: AgentStateMachine, change: ev.AgentStateChanged) -> None:
    """Apply a simulator state change to the console's state machine, by its own actions."""
    S = AgentState
    frm, to = machine.state, change.state
    if frm is S.LOGGED_OUT and to is S.AVAILABLE:
        machine.login(available=True)
    elif frm is S.AVAILABLE and to is S.RINGING:
        machine.offer("call")
    elif frm is S.RINGING and to is S.ON_CALL:
        machine.answer()
    elif frm is S.RINGING and to is S.WRAP_UP:
        machine.caller_hangup()
    elif frm is S.RINGING and to is S.NOT_READY:
        machine.miss()
    elif frm is S.ON_CALL and to is S.WRAP_UP:
        machine.end()
    elif frm is S.WRAP_UP and to is S.AVAILABLE:
        machine.finish_wrap_up()
    elif frm is S.WRAP_UP:  # logged out or on a break after the call: forced "after the call"
        assert machine.force(to, change.reason) is None
        machine.finish_wrap_up()
    elif frm is S.AVAILABLE and to is S.NOT_READY:
        machine.set_not_ready(change.reason)
    elif frm is S.NOT_READY and to is S.AVAILABLE:
        machine.set_available()
    elif to is S.LOGGED_OUT:
        machine.logout()
    else:
        raise AssertionError(f"no console action goes from {frm.value} to {to.value}")


def test_simulated_agents_follow_the_console_state_machine():
    from callcenter.assets import resource
    from callcenter.sim.scenario import load_scenario

    sc = dataclasses.replace(load_scenario(resource("sim_scenarios", "two_queues.yaml")), hours=3)
    clock = {"t": 0.0}
    machines: dict[str, AgentStateMachine] = {}
    changes = 0

    def on_event(e):
        nonlocal changes
        clock["t"] = e.t
        if isinstance(e, ev.AgentStateChanged):
            m = machines.setdefault(e.agent_id, AgentStateMachine(e.agent_id, clock=lambda: clock["t"]))
            _drive(m, e)  # raises IllegalTransition if the simulator skipped a step
            assert m.state is e.state
            changes += 1

    Simulation(sc, seed=2, on_event=on_event).run()
    assert changes > 3000
    assert {m.state for m in machines.values()} == {AgentState.LOGGED_OUT}
    assert any(c.reason == "break" for m in machines.values() for c in m.history)


def test_events_of_one_call_in_order():
    log, _ = run([queue("q", [0, 1], handle=10)], [agent("a", "q")])
    kinds = [type(e).__name__ for e in log if getattr(e, "call_id", None) == 2]
    assert kinds == ["CallArrived", "CallQueued", "CallRouted", "CallAnswered", "CallEnded"]


# -- reproducibility and the fast path ---------------------------------------------------------------


def _without_cpu(summary: dict) -> dict:
    return {k: v for k, v in summary.items() if k not in ("cpu_s", "calls_per_cpu_s")}


def test_same_seed_same_result_other_seed_other_result():
    sc = single_queue(20, 200.0, 300.0, 120.0, hours=4)
    assert _without_cpu(simulate(sc, 3, seed=5)) == _without_cpu(simulate(sc, 3, seed=5))
    assert simulate(sc, 3, seed=5)["offered"] != simulate(sc, 3, seed=6)["offered"]
    general = dataclasses.replace(
        sc,
        queues=(
            dataclasses.replace(sc.queues[0], wrap_up=Dist.constant(5.0), callback_wait_s=60.0, callback_accept=0.5),
        ),
    )
    assert not fast_eligible(general)
    a, b = simulate(general, 2, seed=9), simulate(general, 2, seed=9)
    assert _without_cpu(a) == _without_cpu(b) and a["engine"] == "general"


COUNTS = ("offered", "answered", "abandoned", "short_abandons", "calls_simulated")
RATES = ("p_wait", "service_level", "service_level_offered", "asa_s", "abandon_rate", "aht_s", "occupancy")


@pytest.mark.parametrize(
    "handle,wrap,patience,max_calls",
    [
        (Dist.exponential(300.0), Dist.constant(0.0), Dist.exponential(180.0), None),
        (Dist.lognormal(280.0, 150.0), Dist.constant(20.0), Dist.empirical([3, 10, 40, 90, 200, 600]), None),
        (Dist.exponential(300.0), Dist.constant(0.0), Dist.none(), None),
        (Dist.exponential(300.0), Dist.exponential(15.0), Dist.exponential(180.0), 30_000),
    ],
)
def test_fast_path_matches_the_general_engine_draw_for_draw(handle, wrap, patience, max_calls):
    sc = single_queue(30, 0.95 * 30 / 300 * 3600, 300.0, hours=6, warmup_s=1200.0, max_calls=max_calls)
    sc = dataclasses.replace(
        sc, queues=(dataclasses.replace(sc.queues[0], handle_time=handle, wrap_up=wrap, patience=patience),)
    )
    assert fast_eligible(sc)
    fast = run_fast(sc, seed=4, replication=1)
    general = Simulation(sc, seed=4, replication=1).run()
    for key in COUNTS:
        assert fast[key] == general[key], key
    for key in RATES:
        assert fast[key] == pytest.approx(general[key], rel=1e-9), key


def test_fast_path_is_not_used_where_it_would_differ():
    base = single_queue(5, 50.0, 300.0)
    assert fast_eligible(base)
    q = base.queues[0]
    assert not fast_eligible(
        dataclasses.replace(base, queues=(dataclasses.replace(q, arrivals=Profile((50.0,) * 16)),))
    )
    assert not fast_eligible(
        dataclasses.replace(base, agents=base.agents[:-1] + (agent("x", "q1", breaks=((60.0, 60.0),)),))
    )
    assert not fast_eligible(dataclasses.replace(base, agents=base.agents[:-1] + (agent("x", "other"),)))
    two = dataclasses.replace(
        base, queues=(q, dataclasses.replace(q, name="q2")), agents=base.agents + (agent("y", "q2"),)
    )
    assert not fast_eligible(two)
    assert run_replication(two, 1, 0)["offered"] > 0  # the general engine takes it


def test_count_bounded_run_measures_to_the_last_arrival():
    sc = single_queue(50, 540.0, 300.0, 180.0, warmup_s=0.0, max_calls=20_000)
    result = run_fast(sc, seed=1)
    assert result["offered"] == 20_000 == result["calls_simulated"]
    assert result["answered"] + result["abandoned"] == 20_000
    assert 0.85 < result["occupancy"] < 0.9
