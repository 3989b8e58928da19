"""Scenario files: the shipped example runs, and bad files say what is wrong and where."""

from __future__ import annotations

import math
import textwrap

import pytest

from callcenter.assets import resource
from callcenter.sim.arrivals import Profile, Replay
from callcenter.sim.batch import simulate
from callcenter.sim.engine import Simulation
from callcenter.sim.scenario import ScenarioError, load_scenario, parse_scenario, single_queue

GOOD = """
name: small
start: "08:00"
hours: 1
queues:
  - name: q
    arrivals: {rate: 60}
    handle_time: {dist: exponential, mean: 120}
agents:
  - name: a
    count: 2
    skills: [q]
"""


def write(tmp_path, text, name="s.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_shipped_example_loads_and_runs():
    sc = load_scenario(resource("sim_scenarios", "two_queues.yaml"))
    assert [q.name for q in sc.queues] == ["service", "sales"]
    assert isinstance(sc.queues[0].arrivals, Profile) and sc.queues[0].arrivals.interval_s == 1800
    assert sc.queues[1].overflow_to == "service" and sc.queues[0].callback_accept == 0.4
    assert len(sc.agents) == 40 and sc.routing == "skill_level"
    late = [a for a in sc.agents if a.name.startswith("service-late")][0]
    assert late.shift_start_s == 3600 and late.shift_end_s == 8 * 3600  # against start 08:00
    assert late.breaks == ((3 * 3600, 900.0), (5 * 3600, 1800.0))
    result = simulate(sc, replications=2)
    assert result["engine"] == "general"
    assert set(result["queues"]) == {"service", "sales"}
    assert result["offered"] > 2000 and 0 < result["service_level"] <= 1
    assert result["queues"]["sales"]["overflowed"] > 0
    assert result["ci95"]["offered"] is not None


def test_minimal_file_and_defaults(tmp_path):
    sc = load_scenario(write(tmp_path, GOOD))
    assert sc.hours == 1 and sc.warmup_s == 0 and sc.short_abandon_s == 5 and sc.replications == 1
    assert sc.queues[0].skill_name == "q" and sc.queues[0].patience.is_none
    assert [a.name for a in sc.agents] == ["a-1", "a-2"]
    assert math.isinf(sc.agents[0].shift_end_s)


def test_replay_csv_and_empirical_file(tmp_path):
    (tmp_path / "calls.csv").write_text("time,queue\n08:00:10,q\n08:00:10,q\n08:01:00,other\n08:02:00,q\n")
    (tmp_path / "handle.csv").write_text("seconds\n30\n30\n")
    text = GOOD.replace("arrivals: {rate: 60}", "arrivals: {replay: calls.csv}").replace(
        "handle_time: {dist: exponential, mean: 120}", "handle_time: {dist: empirical, file: handle.csv}"
    )
    sc = load_scenario(write(tmp_path, text))
    assert isinstance(sc.queues[0].arrivals, Replay)
    assert sc.queues[0].arrivals.times_s == (10.0, 10.0, 120.0)
    log = []
    Simulation(sc, on_event=log.append).run()
    answered = [(e.t, e.agent_id) for e in log if type(e).__name__ == "CallAnswered"]
    assert answered == [(10.0, "a-1"), (10.0, "a-2"), (120.0, "a-1")]


@pytest.mark.parametrize(
    "change,message",
    [
        (("name: q\n", "nom: q\n"), "queues[0]: unknown key 'nom'"),
        (("    handle_time: {dist: exponential, mean: 120}\n", ""), "queues[0] (q): missing 'handle_time'"),
        (("mean: 120", "mean: -3"), "queues[0] (q).handle_time.mean: must be greater than 0"),
        (("dist: exponential", "dist: gamma"), "dist must be one of exponential, lognormal, empirical, constant"),
        (("{rate: 60}", "{rate: 60, profile: [1]}"), "give exactly one of rate"),
        (
            ("{rate: 60}", "{profile: [60, 60], interval_min: 15}"),
            "the arrival profile covers 0.5 h but the run measures 1 h",
        ),
        (("{rate: 60}", "{replay: missing.csv}"), "cannot read 'missing.csv'"),
        (("skills: [q]", "skills: [english]"), "queues[0] (q): no agent has the skill 'q'"),
        (("skills: [q]", "skills: {q: 11}"), "a skill level is a whole number from 1 to 10"),
        (("count: 2", "count: 0"), "agents[0] (a).count: expected a whole number of at least 1"),
        (("hours: 1", "hours: 0"), "hours: must be greater than 0"),
        (('start: "08:00"', 'start: "8h"'), "is not a time of day"),
        (
            ("    skills: [q]\n", '    skills: [q]\n    shift: {start: "09:00", end: "08:30"}\n'),
            "shift: ends before it starts",
        ),
        (
            ("    skills: [q]\n", '    skills: [q]\n    breaks: [{start: "07:00", minutes: 5}]\n'),
            "breaks[0]: starts outside the shift",
        ),
        (
            ("    handle_time:", "    overflow: {after_s: 30, to: nowhere}\n    handle_time:"),
            "overflow target 'nowhere' is not a queue",
        ),
        (
            ("    handle_time:", "    callback: {expected_wait_s: 60, accept: 2}\n    handle_time:"),
            "is a share of callers between 0 and 1",
        ),
        (
            ("    handle_time:", "    patience: {dist: none}\n    wrap_up: none\n    handle_time:"),
            "'none' is only for patience",
        ),
        (("hours: 1", "hours: 1\nrouting: random"), "routing: must be one of longest_idle, skill_level"),
    ],
)
def test_problems_are_named_with_their_place(tmp_path, change, message):
    old, new = change
    assert old in GOOD
    with pytest.raises(ScenarioError) as info:
        load_scenario(write(tmp_path, GOOD.replace(old, new, 1)))
    text = str(info.value)
    assert text.startswith("s.yaml: ")
    assert message in text
    assert "\n" not in text


def test_several_problems_are_reported_together(tmp_path):
    bad = GOOD.replace("mean: 120", "mean: zero").replace("count: 2", "count: -1")
    with pytest.raises(ScenarioError) as info:
        load_scenario(write(tmp_path, bad))
    assert len(info.value.problems) == 2


def test_not_yaml_or_not_a_mapping(tmp_path):
    with pytest.raises(ScenarioError, match="line 2"):
        load_scenario(write(tmp_path, "queues: [\n  - {name: q\nagents: 3\n"))
    with pytest.raises(ScenarioError, match="expected a mapping"):
        parse_scenario(["a", "list"], source="x.yaml")
    with pytest.raises(ScenarioError, match="cannot read the scenario"):
        load_scenario(tmp_path / "nope.yaml")


def test_single_queue_checks_its_numbers():
    with pytest.raises(ScenarioError, match="agents must be"):
        single_queue(0, 100, 300)
    with pytest.raises(ScenarioError, match="arrival rate must be a positive number"):
        single_queue(3, -5, 300)
    with pytest.raises(ScenarioError, match="patience must be"):
        single_queue(3, 50, 300, patience_s=0)


def test_scenarios_built_in_code_are_checked_like_files():
    """Found by the type checker: both used to pass validate() and crash the engines."""
    import dataclasses

    from callcenter.sim.distributions import Dist

    base = single_queue(agents=2, rate_per_hour=30, aht_s=180)
    no_handle = dataclasses.replace(base, queues=[dataclasses.replace(base.queues[0], handle_time=Dist.none())])
    with pytest.raises(ScenarioError, match="handle time"):
        no_handle.validate()
    nowhere = dataclasses.replace(base, queues=[dataclasses.replace(base.queues[0], overflow_after_s=60.0)])
    with pytest.raises(ScenarioError, match="overflow to"):
        nowhere.validate()
