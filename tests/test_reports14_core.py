"""Agent, queue and disposition figures against the hand-worked day in reports14_timeline."""

from __future__ import annotations

import pytest

from callcenter.core import reports as r
from tests.reports14_timeline import END, LEGS, START, at, state_rows


def test_agent_activity_matches_the_hand_worked_timeline():
    acts = {a.agent_id: a for a in r.agent_activity(state_rows(), LEGS, START, END)}
    a = acts["A"]
    assert a.available_s == 1875
    assert a.ringing_s == 30
    assert a.talk_s == 360
    assert a.hold_s == 60
    assert a.wrap_s == 60
    assert a.not_ready_s == 1215
    assert a.not_ready_by_reason == {"missed_call": 15, "break": 1200}
    assert a.logged_in_s == 3600
    assert (a.handled, a.missed) == (1, 1)
    assert a.aht_s == 480
    assert a.occupancy == pytest.approx(510 / 2385)
    b = acts["B"]  # calls, no state changes stored: counts without time
    assert (b.handled, b.missed, b.logged_in_s, b.aht_s) == (2, 0, 0, 0)
    assert b.occupancy is None


def test_the_state_an_agent_is_in_now_counts_until_now():
    rows = state_rows("C", [("09:50:00", "available", "", "agent")])
    (c,) = r.agent_activity(rows, [], START, END, now=at("09:55:00"))
    assert c.available_s == 300 and c.logged_in_s == 300
    (c,) = r.agent_activity(rows, [], START, END, now=at("11:00:00"))
    assert c.available_s == 600  # clipped to the end of the range


def test_a_logged_out_agent_adds_no_time_and_the_range_clips_both_ends():
    rows = state_rows()
    (a,) = r.agent_activity(rows, [], at("09:50:00"), at("10:25:00"))
    # break 09:50-10:20 = 1800, available 10:20-10:25 = 300
    assert a.not_ready_by_reason == {"break": 1800}
    assert a.available_s == 300 and a.logged_in_s == 2100


def test_queue_intervals_match_the_hand_worked_calls():
    ivs = r.queue_intervals(LEGS, START, END, 30, {"general": 20})
    first, second = ivs
    assert first.start == at("09:00:00") and second.start == at("09:30:00")
    assert (first.offered, first.answered, first.abandoned, first.short_abandoned) == (5, 2, 3, 1)
    assert first.service_level == pytest.approx(1 / 3)
    assert first.asa_s == 40
    assert first.aht_s == 330
    assert first.abandon_rate == 0.5
    assert (second.offered, second.answered, second.abandoned) == (1, 1, 0)
    assert second.service_level == 1.0 and second.asa_s == 5 and second.aht_s == 330
    assert second.abandon_rate == 0.0
    assert second.callbacks == 1  # the outbound callback is not an offered call
    (total,) = r.queue_totals(ivs)
    assert (total.offered, total.answered, total.abandoned) == (6, 3, 3)
    assert total.service_level == 0.5
    assert total.asa_s == pytest.approx(85 / 3)
    assert total.aht_s == 330
    assert total.abandon_rate == pytest.approx(2 / 5)
    (hour,) = r.queue_intervals(LEGS, START, END, 60, {"general": 20})
    assert hour.as_json() == {**total.as_json(), "minutes": 60}


def test_fifteen_minute_intervals_split_the_calls():
    ivs = r.queue_intervals(LEGS, START, END, 15, {"general": 20})
    assert [(iv.start, iv.offered) for iv in ivs] == [
        (at("09:00:00"), 2),  # c1, c3
        (at("09:15:00"), 3),  # c4, c5, c2b
        (at("09:30:00"), 1),  # c6
        (at("09:45:00"), 0),  # only the outbound callback c7
    ]


def test_service_level_target_per_queue_and_bad_interval():
    (strict,) = r.queue_intervals(LEGS, START, END, 60, {"general": 10})
    # within 10 s: c6 only; abandoned after 10 s: c4 (15 s) and c5 (40 s)
    assert strict.service_level == pytest.approx(1 / (3 + 2))
    with pytest.raises(ValueError):
        r.queue_intervals(LEGS, START, END, 20)


def test_dispositions_of_handled_calls():
    got = [(d.code, d.calls, d.share, d.aht_s) for d in r.dispositions(LEGS, START, END)]
    assert got == [("sale", 2, 0.5, 240), ("", 1, 0.25, 180), ("resolved", 1, 0.25, 480)]
