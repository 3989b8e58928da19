"""The credit scorecard and the churn rule score on hand-worked cases; the churn model on synthetic history."""

from __future__ import annotations

import math

import numpy as np
import pytest

from callcenter.core.analytics import churn, credit
from callcenter.core.analytics.reasons import english


def _c(**kw):
    base = dict(
        invoices_due=12,
        paid_on_time=12,
        overdue_now=0,
        worst_overdue_days=0,
        balance_minor=20_000,
        credit_limit_minor=100_000,
        tenure_days=4 * 365,
        value_score=90,
    )
    base.update(kw)
    return credit.CreditInput(**base)


def test_perfect_payer_is_rated_a():
    r = credit.rate(_c())
    # payment 45 × 12/12 = 45; utilisation 20 % -> 20; tenure 4 y -> 15; value 90 / 5 = 18
    assert (r.payment, r.utilisation, r.tenure, r.value, r.points, r.rating) == (45, 20, 15, 18, 98, "A")


def test_late_and_overdue_payer_by_hand():
    r = credit.rate(_c(paid_on_time=6, overdue_now=2, worst_overdue_days=75, balance_minor=95_000, value_score=40))
    # payment round(45 × 6/12) = 22 (banker's rounding of 22.5) − 2 × 10 − 10 (over 60 days) -> floor 0
    # utilisation 95 % -> 3; tenure 15; value 8  => 26 -> E
    assert (r.payment, r.utilisation, r.tenure, r.value) == (0, 3, 15, 8)
    assert r.points == 26 and r.rating == "E"
    assert r.reasons[0].code == "credit.overdue"
    assert english(r.reasons[0]) == "2 invoices overdue, 75 days at worst"


def test_new_customer_without_invoices_or_limit():
    r = credit.rate(
        _c(invoices_due=0, paid_on_time=0, credit_limit_minor=0, balance_minor=0, tenure_days=200, value_score=50)
    )
    # payment 25 (no invoices), utilisation 10 (no limit), tenure 5 (>= 180 days), value 10 => 50 -> C
    assert r.points == 50 and r.rating == "C"


@pytest.mark.parametrize(
    ("points", "rating"), [(100, "A"), (80, "A"), (79, "B"), (65, "B"), (50, "C"), (35, "D"), (34, "E")]
)
def test_rating_bands(points, rating):
    assert credit.rating_for(points) == rating
    assert credit.ratings(np.array([points]))[0] == rating


def _f(n=1, **kw):
    cols = {
        "recency_days": 10.0,
        "usual_gap": 30.0,
        "orders_90": 3.0,
        "orders_365": 12.0,
        "spend_90": 300.0,
        "spend_prev_90": 300.0,
        "tenure_days": 800.0,
        "complaints_90": 0.0,
        "breached_90": 0.0,
        "open_complaints": 0.0,
        "calls_30": 0.0,
        "repeat_calls_30": 0.0,
        "csat_last": math.nan,
        "nps_last": math.nan,
        "order_days": 12.0,
    }
    cols.update(kw)
    return churn.Features(**{k: np.full(n, v, dtype=np.float64) for k, v in cols.items()})


def test_rule_score_by_hand():
    assert churn.rule_score(_f())[0] == 0  # ordered 10 days ago, usually every 30
    # 120 days, usually 30: ratio 4 -> (4 - 1) / 3 = 1 -> 70; 2 complaints, 1 breached -> 16 + 4 = 20
    f = _f(recency_days=120.0, complaints_90=2.0, breached_90=1.0)
    assert churn.rule_score(f)[0] == 90
    words = [english(r) for r in churn.reasons(f, 0)]
    assert words == ["no order for 120 days, usually every 30", "2 complaints in 90 days, 1 breached"]
    # 60 days, usually 30: ratio 2 -> 70 / 3 = 23.3; CSAT 2 -> 10; spend 100 vs 300 -> 5  => 38
    f = _f(recency_days=60.0, csat_last=2.0, spend_90=100.0)
    assert churn.rule_score(f)[0] == 38
    assert [r.code for r in churn.reasons(f, 0)] == ["churn.gap", "churn.low_csat", "churn.spend_down"]
    # a single order 120 days ago: the usual gap is taken as 60 days -> ratio 2 -> 23
    f = _f(recency_days=120.0, order_days=1.0, usual_gap=0.0)
    assert churn.rule_score(f)[0] == 23
    assert english(churn.reasons(f, 0)[0]) == "one order only, 120 days ago"


def _synthetic(n, rng):
    gap = rng.uniform(10, 90, n)
    recency = rng.exponential(gap * 1.2)
    complaints = rng.poisson(0.2, n).astype(float)
    p = 1 / (1 + np.exp(-(recency / gap - 2.0) * 1.5 - complaints))
    y = rng.random(n) < p
    f = _f(n)
    f.recency_days = recency
    f.usual_gap = gap
    f.complaints_90 = complaints
    return f, y


def test_model_beats_recency_alone_on_a_time_split():
    rng = np.random.default_rng(5)
    ftr, ytr = _synthetic(3000, rng)
    fte, yte = _synthetic(2000, rng)
    m = churn.train(ftr, ytr, fte, yte, horizon_days=90)
    assert m.auc > m.baseline_auc
    assert 0 < m.brier < 0.25 and 0 < m.base_rate < 1
    risk = m.risk(fte)
    assert risk.min() >= 0 and risk.max() <= 100
    again = churn.ChurnModel.loads(m.dumps())
    assert np.array_equal(again.risk(fte), risk)
    # the numpy evaluation is scikit-learn's predict_proba, only faster
    assert np.allclose(m.probability(fte.matrix()), m.estimator.predict_proba(fte.matrix())[:, 1], atol=1e-9)


def test_too_little_history_is_refused():
    rng = np.random.default_rng(1)
    f, y = _synthetic(50, rng)
    with pytest.raises(churn.TooLittleHistory):
        churn.train(f, y, f, y, horizon_days=90)
