"""BG/NBD and Gamma-Gamma: the published CDNOW fit, and parameters recovered from simulated data."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest

from callcenter.core.analytics import clv

DATA = Path(__file__).parent / "data" / "cdnow_sample_summary.csv"


def _cdnow():
    with DATA.open() as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    assert len(rows) == 2357 and [int(r["id"]) for r in rows] == list(range(1, 2358))
    col = lambda k: np.array([float(r[k]) for r in rows])  # noqa: E731
    return col("x"), col("t_x"), col("T"), col("zbar")


def test_bgnbd_matches_the_published_cdnow_fit():
    # Fader, Hardie & Lee (2005), "Counting your customers the easy way", table/figure of the
    # 2,357-customer CDNOW sample: r = 0.243, alpha = 4.414 (weeks), a = 0.793, b = 2.426, LL = -9582.4.
    x, t_x, T, _ = _cdnow()
    p = clv.fit_bgnbd(x, t_x, T)
    assert p.r == pytest.approx(0.243, abs=0.001)
    assert p.alpha == pytest.approx(4.414, abs=0.002)
    assert p.a == pytest.approx(0.793, abs=0.001)
    assert p.b == pytest.approx(2.426, abs=0.002)
    assert float(clv.bgnbd_log_likelihood(p, x, t_x, T).sum()) == pytest.approx(-9582.4, abs=0.1)
    # the same data in days: alpha scales by 7, the shape parameters stay
    pd = clv.fit_bgnbd(x, t_x * 7, T * 7)
    assert pd.alpha == pytest.approx(4.414 * 7, rel=1e-3)
    assert pd.r == pytest.approx(p.r, rel=1e-4) and pd.b == pytest.approx(p.b, rel=1e-4)


def test_bgnbd_conditional_expectation_matches_the_paper():
    # The paper's worked example: x = 2, t_x = 30.43, T = 38.86 weeks expects 1.226 purchases in the next 39 weeks.
    p = clv.BGNBD(0.243, 4.414, 0.793, 2.426)
    e = clv.expected_purchases(p, 39, np.array([2.0]), np.array([30.43]), np.array([38.86]))
    assert float(e[0]) == pytest.approx(1.226, abs=0.005)
    # with no repeat purchases the customer is certainly alive; a long silence lowers P(alive)
    alive = clv.probability_alive(p, np.array([0.0, 5.0, 5.0]), np.array([0.0, 38.0, 5.0]), np.array([38.86] * 3))
    assert alive[0] == 1.0 and alive[1] > alive[2]


def test_gamma_gamma_matches_the_published_cdnow_fit():
    # Fader, Hardie & Lee (2005), "RFM and CLV": p = 6.25, q = 3.74, v = 15.44 on the 946 repeat buyers.
    x, _, _, zbar = _cdnow()
    g = clv.fit_gamma_gamma(x, zbar)
    assert g.p == pytest.approx(6.25, abs=0.01)
    assert g.q == pytest.approx(3.74, abs=0.01)
    assert g.v == pytest.approx(15.44, abs=0.02)
    # conditional expectation is a weighted mean of the population mean and the customer's own mean
    e = clv.expected_spend(g, np.array([1.0, 50.0]), np.array([100.0, 100.0]))
    assert g.mean_spend < e[0] < e[1] < 100.0


def test_parameters_are_recovered_from_simulated_purchase_days():
    true = clv.BGNBD(r=0.6, alpha=40.0, a=0.7, b=3.0)
    rng = np.random.default_rng(7)
    n = 4000
    start = date(2024, 1, 1)
    firsts = rng.integers(0, 240, n)
    end = date(2025, 1, 1)
    rows = []
    spend_rng = np.random.default_rng(11)
    true_g = clv.GammaGamma(p=5.0, q=4.0, v=120.0)
    for i, f in enumerate(firsts):
        first = start + timedelta(days=int(f))
        T = (end - first).days
        nu = spend_rng.gamma(true_g.q, 1 / true_g.v)
        _, _, times = clv.simulate_bgnbd(true, np.array([float(T)]), rng)
        rows.append((f"c{i}", first, float(spend_rng.gamma(true_g.p, 1 / nu))))
        for t in times[0]:
            day = first + timedelta(days=max(1, round(t)))
            rows.append((f"c{i}", day, float(spend_rng.gamma(true_g.p, 1 / nu))))
    summary, cal_end = clv.summarize(rows, end)
    assert cal_end == end and len(summary.ids) == n
    p = clv.fit_bgnbd(summary.x, summary.t_x, summary.T)
    assert p.r == pytest.approx(true.r, rel=0.2)
    assert p.alpha == pytest.approx(true.alpha, rel=0.25)
    assert p.a == pytest.approx(true.a, rel=0.3)
    assert p.b == pytest.approx(true.b, rel=0.35)
    g = clv.fit_gamma_gamma(summary.x, summary.monetary)
    assert g.mean_spend == pytest.approx(true_g.mean_spend, rel=0.15)
    assert g.p == pytest.approx(true_g.p, rel=0.3)


def test_summary_counts_repeat_purchases_per_distinct_day():
    d = date(2025, 3, 1)
    rows = [
        ("a", d, 10.0),
        ("a", d, 5.0),  # same day: one purchase of 15
        ("a", d + timedelta(days=10), 20.0),
        ("a", d + timedelta(days=10), 4.0),
        ("a", d + timedelta(days=30), 30.0),
        ("a", d + timedelta(days=50), 99.0),  # after the calibration end: holdout
        ("b", d + timedelta(days=45), 1.0),  # first purchase after the end: left out
    ]
    s, _ = clv.summarize(rows, d + timedelta(days=40))
    assert s.ids == ["a"]
    assert s.x.tolist() == [2.0] and s.t_x.tolist() == [30.0] and s.T.tolist() == [40.0]
    assert s.monetary.tolist() == [27.0]  # (24 + 30) / 2 repeat days
    assert s.holdout.tolist() == [1.0]


def test_clv_discounts_and_grows_with_the_horizon():
    p = clv.BGNBD(0.243, 4.414 * 7, 0.793, 2.426)
    g = clv.GammaGamma(6.25, 3.74, 15.44)
    x, t_x, T, m = np.array([5.0]), np.array([200.0]), np.array([250.0]), np.array([40.0])
    one = clv.clv(p, g, x, t_x, T, m, months=12, annual_discount=0.0)
    two = clv.clv(p, g, x, t_x, T, m, months=24, annual_discount=0.0)
    disc = clv.clv(p, g, x, t_x, T, m, months=12, annual_discount=0.5)
    e12 = clv.expected_purchases(p, 12 * clv.DAYS_PER_MONTH, x, t_x, T)
    assert float(one[0]) == pytest.approx(float(e12[0] * clv.expected_spend(g, x, m)[0]), rel=1e-9)
    assert two[0] > one[0] > disc[0] > 0


def test_too_little_data_is_a_clear_fit_error():
    with pytest.raises(clv.FitError):
        clv.fit_bgnbd(np.zeros(3), np.zeros(3), np.ones(3))
