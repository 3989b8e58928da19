"""RFM quintiles and segments, ABC/Pareto tiers: hand-worked cases."""

from __future__ import annotations

import pytest

from callcenter.core.analytics import abc, rfm


def test_quintiles_of_ten_distinct_values():
    # 10 values: positions 0..9, score = floor(pos * 5 / 10) + 1
    assert rfm.quantile_scores([float(v) for v in range(1, 11)]) == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]


def test_ties_share_the_lowest_score():
    # sorted: 1 1 1 2 5 -> first positions 0 0 0 3 4 of 5 -> scores 1 1 1 4 5
    assert rfm.quantile_scores([5.0, 1.0, 2.0, 1.0, 1.0]) == [5, 1, 4, 1, 1]


def test_rfm_scores_and_segments_by_hand():
    customers = [
        rfm.RFMInput(days_since_last=3, orders=20, spend_minor=90_000),  # best everything
        rfm.RFMInput(days_since_last=400, orders=18, spend_minor=80_000),  # was big, gone quiet
        rfm.RFMInput(days_since_last=5, orders=1, spend_minor=1_000),  # just arrived
        rfm.RFMInput(days_since_last=300, orders=1, spend_minor=500),  # one order, long ago
        rfm.RFMInput(days_since_last=60, orders=6, spend_minor=20_000),  # middling
        rfm.RFMInput(days_since_last=None, orders=0, spend_minor=0),  # never bought
    ]
    s = rfm.score(customers)
    # recency ranks (larger -days is better) among 5 buyers: 400 < 300 < 60 < 5 < 3 -> 1,2,3,4,5
    assert [x.r for x in s] == [5, 1, 4, 2, 3, 0]
    # frequency: 1,1 (tie, pos 0) < 6 (pos 2) < 18 (pos 3) < 20 (pos 4) -> 1,1,3,4,5
    assert [x.f for x in s] == [5, 4, 1, 1, 3, 0]
    assert [x.m for x in s] == [5, 4, 2, 1, 3, 0]
    assert [x.segment for x in s] == ["champions", "at_risk", "promising", "hibernating", "need_attention", "none"]
    assert s[0].code == "555"


@pytest.mark.parametrize(
    ("r", "f", "name"),
    [
        (5, 5, "champions"),
        (4, 5, "loyal"),
        (3, 4, "loyal"),
        (5, 3, "potential_loyal"),
        (5, 1, "new"),
        (4, 1, "promising"),
        (3, 3, "need_attention"),
        (3, 1, "about_to_sleep"),
        (2, 4, "at_risk"),
        (1, 5, "cant_lose"),
        (2, 2, "hibernating"),
    ],
)
def test_segment_grid(r, f, name):
    assert rfm.segment(r, f) == name


def test_every_grid_cell_has_a_known_segment():
    assert {rfm.segment(r, f) for r in range(1, 6) for f in range(1, 6)} <= set(rfm.SEGMENTS)


def test_abc_tiers_on_a_hand_worked_pareto_case():
    # values sum to 1000; running share before each (sorted): 0, .40, .60, .75, .85, .92, .96, .98, .99, 1.0
    values = [400, 200, 150, 100, 70, 40, 20, 10, 10, 0]
    out = abc.classify(values)
    # platinum while share-before < .50: the 400 (0) and the 200 (.40)
    # gold while < .80: 150 (.60), 100 (.75); silver while < .95: 70 (.85), 40 (.92); bronze: the rest
    assert [r.tier for r in out] == [
        "platinum",
        "platinum",
        "gold",
        "gold",
        "silver",
        "silver",
        "bronze",
        "bronze",
        "bronze",
        "bronze",
    ]
    assert [r.rank for r in out][:3] == [1, 2, 3]
    assert out[0].top_share == pytest.approx(0.1)
    assert out[4].value_share_before == pytest.approx(0.85)


def test_abc_input_order_and_custom_cutoffs():
    values = [10, 90]  # ranked: 90 first
    out = abc.classify(values, cutoffs=(0.8, 0.9, 0.99))
    assert out[1].tier == "platinum" and out[1].rank == 1
    assert out[0].tier == "silver"  # share before = .90, not < .9, < .99
    with pytest.raises(ValueError):
        abc.classify(values, cutoffs=(0.9, 0.5, 0.95))


def test_pareto_curve_ends_at_one():
    curve = abc.pareto_curve([5, 3, 2])
    assert curve[0] == (0.0, 0.0) and curve[-1] == (1.0, 1.0)
    assert curve[1] == pytest.approx((1 / 3, 0.5))


def test_array_versions_agree_with_the_plain_ones():
    import numpy as np

    rng = np.random.default_rng(2)
    values = rng.integers(0, 40, 500).astype(float)
    assert rfm.quantile_scores_array(values).tolist() == rfm.quantile_scores(values.tolist())
    ints = [int(v) for v in values]
    tiers, share = abc.classify_arrays(values)
    plain = abc.classify(ints)
    assert [abc.TIERS[t] for t in tiers] == [r.tier for r in plain]
    assert share.tolist() == pytest.approx([r.top_share for r in plain])
    scores = rfm.quantile_scores_array(values)
    points = rfm.breakpoints(values, scores, 5)
    assert [rfm.score_with(v, points) for v in values] == scores.tolist()
