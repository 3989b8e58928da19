"""Erlang B / C / A against hand-worked cases and against independent computations:
exact rational M/M/c stationary distributions, a log-space Erlang B, and a numerically
solved M/M/c+M birth-death chain (service level by uniformization)."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest

from callcenter.sim import erlang as er
from callcenter.sim.special import digamma, gammainc_p, t_quantile

# -- independent references ------------------------------------------------------------


def mmc_exact(c: int, a: Fraction) -> dict:
    """M/M/c from the textbook formula with exact fractions: P0, P(wait), E[queue]."""
    head = sum(a**k / math.factorial(k) for k in range(c))
    tail = a**c / math.factorial(c) * Fraction(c, 1) / (c - a)
    p0 = 1 / (head + tail)
    p_wait = a**c / math.factorial(c) * Fraction(c, 1) / (c - a) * p0
    return {"p0": p0, "p_wait": p_wait}


def mmc_by_states(c: int, lam: float, aht: float, target: float) -> dict:
    """Service level and ASA of M/M/c by conditioning on the queue met on arrival: with
    k waiting the wait is Erlang(k+1, c mu)."""
    mu = 1.0 / aht
    a = lam / mu
    w = [1.0]
    n = 0
    while True:
        n += 1
        w.append(w[-1] * lam / (min(n, c) * mu))
        if n > c and w[-1] < 1e-18 * max(w):
            break
    z = sum(w)
    p = [x / z for x in w]
    r = c * mu
    sl = sum(p[:c])
    asa = 0.0
    for k, pk in enumerate(p[c:]):
        rt = r * target
        term, cdf_tail = math.exp(-rt), 0.0
        for j in range(k + 1):  # P(Erlang(k+1, r) > T) = sum_{j<=k} Poisson(j; rT)
            cdf_tail += term
            term *= rt / (j + 1)
        sl += pk * (1.0 - cdf_tail)
        asa += pk * (k + 1) / r
    return {"p_wait": sum(p[c:]), "service_level": sl, "asa_s": asa, "load": a}


def mmcm_chain(c: int, lam: float, aht: float, patience: float, target: float, short: float) -> dict:
    """M/M/c+M solved as a birth-death chain; the waits of a tagged caller by uniformizing
    the chain of their position (forward at c mu + j theta, own abandonment at theta)."""
    mu, th = 1.0 / aht, 1.0 / patience
    logw = [0.0]
    n = 0
    while True:
        n += 1
        death = min(n, c) * mu + max(0, n - c) * th
        logw.append(logw[-1] + math.log(lam / death))
        if n > c and logw[-1] < max(logw) - 60:
            break
    m = max(logw)
    w = [math.exp(v - m) for v in logw]
    z = sum(w)
    p = [v / z for v in w]
    queue = p[c:]
    p_ab = ew_answered = 0.0
    for k, q in enumerate(queue):
        served, t = 1.0, 0.0
        for i in range(k + 1):
            r = c * mu + i * th
            served *= r / (r + th)
            t += 1.0 / (r + th)
        p_ab += q * (1.0 - served)
        ew_answered += q * served * t

    def absorbed_by(t: float) -> tuple[float, float]:
        if t <= 0:
            return 0.0, 0.0
        size = len(queue)
        rate = c * mu + (size + 1) * th
        v = list(queue)
        served = ab = acc_s = acc_a = cum = 0.0
        pois = math.exp(-rate * t)
        steps = int(rate * t + 12 * math.sqrt(rate * t + 1) + 30)
        for step in range(steps + 1):
            cum += pois
            acc_s += pois * served
            acc_a += pois * ab
            nv = [0.0] * size
            for j, x in enumerate(v):
                if x:
                    r = c * mu + j * th
                    if j == 0:
                        served += x * r / rate
                    else:
                        nv[j - 1] += x * r / rate
                    ab += x * th / rate
                    nv[j] += x * (1.0 - (r + th) / rate)
            v = nv
            pois *= rate * t / (step + 1)
        return acc_s + (1 - cum) * served, acc_a + (1 - cum) * ab

    p_wait = sum(queue)
    served_t, _ = absorbed_by(target)
    _, ab_short = absorbed_by(short)
    _, ab_t = absorbed_by(max(target, short))
    answered_t = 1.0 - p_wait + served_t
    return {
        "p_wait": p_wait,
        "p_abandon": p_ab,
        "asa_s": ew_answered / (1.0 - p_ab),
        "service_level_offered": answered_t,
        "service_level": answered_t / (1.0 - ab_t),
        "abandon_rate": (p_ab - ab_short) / (1.0 - ab_short),
        "occupancy": lam * (1.0 - p_ab) * aht / c,
    }


# -- Erlang B and C ------------------------------------------------------------------------


def test_erlang_c_hand_worked_two_erlangs_three_agents():
    # P0 = 1 / (1 + 2 + 2 + (8/6) * 3) = 1/9; P(wait) = (8/6) * 3 * P0 = 4/9.
    assert er.erlang_c(3, 2.0) == pytest.approx(4 / 9, abs=1e-12)
    assert float(mmc_exact(3, Fraction(2))["p_wait"]) == pytest.approx(4 / 9, abs=1e-15)
    # Erlang B(3, 2) = (8/6) / (1 + 2 + 2 + 8/6) = 4/19
    assert er.erlang_b(3, 2.0) == pytest.approx(4 / 19, abs=1e-12)
    # ASA = C / (c mu - lam): with AHT 300 s, lam = 2/300 -> (4/9) / (1/300) = 133.33 s
    assert er.asa(3, 2 / 300, 300) == pytest.approx(400 / 3, rel=1e-12)


def test_single_agent_is_mm1():
    lam, aht = 0.5 / 300, 300.0  # rho = 0.5
    assert er.erlang_c(1, 0.5) == pytest.approx(0.5)
    assert er.asa(1, lam, aht) == pytest.approx(0.5 / (1 / 300 - lam))  # rho / (mu - lam) = 300 s
    assert er.service_level(1, lam, aht, 20) == pytest.approx(1 - 0.5 * math.exp(-(1 / 300 - lam) * 20))


def test_classic_hundred_calls_an_hour_case():
    # lambda = 100 calls/h, AHT = 3 min: A = 5 Erlangs, 7 agents. By hand:
    #   sum_{k<7} 5^k/k! = 113.11806;  5^7/7! * 7/(7-5) = 15.50099 * 3.5 = 54.25347
    #   P0 = 1/167.37153 = 0.0059747;  P(wait) = 54.25347 * P0 = 0.32415
    #   c mu - lam = 7/180 - 5/180 = 1/90 per s
    #   SL(20 s) = 1 - 0.32415 * exp(-20/90) = 0.74043;  ASA = 0.32415 * 90 = 29.17 s
    lam, aht = 100 / 3600, 180.0
    exact = float(mmc_exact(7, Fraction(5))["p_wait"])
    assert exact == pytest.approx(0.32415, abs=5e-6)
    assert er.erlang_c(7, 5.0) == pytest.approx(exact, rel=1e-12)
    assert er.service_level(7, lam, aht, 20) == pytest.approx(1 - exact * math.exp(-20 / 90), rel=1e-12)
    assert er.service_level(7, lam, aht, 20) == pytest.approx(0.74043, abs=5e-5)
    assert er.asa(7, lam, aht) == pytest.approx(exact * 90, rel=1e-12)
    assert er.asa(7, lam, aht) == pytest.approx(29.17, abs=0.005)
    assert er.occupancy(7, lam, aht) == pytest.approx(5 / 7)


@pytest.mark.parametrize("c,a", [(1, 0.3), (2, 1.5), (5, 4.2), (12, 10.0), (20, 19.5), (40, 30.0)])
def test_erlang_c_matches_exact_fractions(c, a):
    exact = float(mmc_exact(c, Fraction(a).limit_denominator(10**6))["p_wait"])
    assert er.erlang_c(c, a) == pytest.approx(exact, rel=1e-10)


@pytest.mark.parametrize(
    "c,lam,aht,target",
    [(1, 0.002, 300, 20), (3, 2 / 300, 300, 30), (10, 0.03, 300, 20), (50, 0.15, 300, 20), (120, 0.38, 300, 15)],
)
def test_service_level_and_asa_formulas_match_the_stationary_distribution(c, lam, aht, target):
    ref = mmc_by_states(c, lam, aht, target)
    perf = er.erlang_c_performance(c, lam, aht, target)
    assert perf.p_wait == pytest.approx(ref["p_wait"], rel=1e-9)
    assert perf.service_level == pytest.approx(ref["service_level"], rel=1e-9)
    assert perf.asa_s == pytest.approx(ref["asa_s"], rel=1e-9)
    assert perf.service_level_offered == perf.service_level  # nobody abandons in Erlang C


def _log_erlang_b(c: int, a: float) -> float:
    """Erlang B through log-sum-exp of the truncated Poisson terms (independent of the recursion)."""
    logs = [k * math.log(a) - math.lgamma(k + 1) for k in range(c + 1)]
    m = max(logs)
    return math.exp(logs[-1] - (m + math.log(sum(math.exp(x - m) for x in logs))))


@pytest.mark.parametrize("c", [1000, 2000])
def test_large_teams_are_stable_and_monotone(c):
    a = 0.97 * c
    assert er.erlang_b(c, a) == pytest.approx(_log_erlang_b(c, a), rel=1e-9)
    previous_pw, previous_sl = 1.0, 0.0
    for n in range(int(a) + 1, int(a) + 80):
        perf = er.erlang_c_performance(n, a / 300, 300, 20)
        for value in (perf.p_wait, perf.service_level, perf.asa_s):
            assert math.isfinite(value) and value >= 0
        assert perf.p_wait < previous_pw
        assert perf.service_level > previous_sl
        previous_pw, previous_sl = perf.p_wait, perf.service_level
    # and far from the edge, many idle agents: P(wait) is tiny but not NaN
    assert 0.0 <= er.erlang_c(c, 0.5 * c) < 1e-50
    assert er.erlang_b(100_000, 95_000) == pytest.approx(_log_erlang_b(100_000, 95_000), rel=1e-8)


def test_unstable_load_is_reported_not_raised():
    perf = er.erlang_c_performance(40, 45 / 300, 300, 20)  # A = 45 Erlangs on 40 agents
    assert perf.stable is False
    assert perf.p_wait == 1.0 and perf.service_level == 0.0 and math.isinf(perf.asa_s)
    assert perf.occupancy == 1.0
    assert er.erlang_c(45, 45.0) == 1.0  # exactly at capacity is unstable too
    # Erlang A stays finite: callers who give up keep the queue bounded
    a = er.erlang_a_performance(40, 45 / 300, 300, 180, 20)
    assert a.stable and 0 < a.p_abandon < 1 and math.isfinite(a.asa_s)


def test_bad_input_raises_value_error():
    for args in [(0, 0.1, 300), (3, -1.0, 300), (3, 0.1, 0.0), (3, float("nan"), 300)]:
        with pytest.raises(ValueError):
            er.erlang_c_performance(*args)
    with pytest.raises(ValueError):
        er.erlang_a_performance(3, 0.01, 300, -5)


# -- Erlang A ---------------------------------------------------------------------------------

ERLANG_A_CASES = [
    (50, 0.15, 300, 180, 20, 0),  # the benchmark case
    (10, 0.05, 300, 180, 20, 5),  # overloaded: A = 15 on 10 agents
    (3, 2 / 300, 300, 60, 30, 5),
    (1, 0.98 / 300, 300, 600, 60, 5),
    (120, 0.4, 300, 90, 15, 5),
    (20, 0.1, 240, 30, 10, 3),
]


@pytest.mark.parametrize("c,lam,aht,patience,target,short", ERLANG_A_CASES)
def test_erlang_a_matches_the_birth_death_chain(c, lam, aht, patience, target, short):
    ref = mmcm_chain(c, lam, aht, patience, target, short)
    perf = er.erlang_a_performance(c, lam, aht, patience, target, short)
    for key, value in ref.items():
        assert getattr(perf, key) == pytest.approx(value, rel=1e-7, abs=1e-10), key
    # Little's law on the queue: mean wait of everyone = P(abandon) / theta
    assert perf.asa_all_s == pytest.approx(perf.p_abandon * patience, rel=1e-12)


def test_erlang_a_tends_to_erlang_c_as_patience_grows():
    c_perf = er.erlang_c_performance(50, 0.15, 300, 20)
    a_perf = er.erlang_a_performance(50, 0.15, 300, 1e9, 20)
    for key in ("p_wait", "service_level", "asa_s", "occupancy"):
        assert getattr(a_perf, key) == pytest.approx(getattr(c_perf, key), rel=1e-4), key
    assert a_perf.p_abandon < 1e-6


def test_erlang_a_large_team_is_finite():
    perf = er.erlang_a_performance(2000, 0.99 * 2000 / 300, 300, 180, 20, 5)
    for value in (perf.p_wait, perf.service_level, perf.asa_s, perf.p_abandon, perf.occupancy):
        assert math.isfinite(value) and 0 <= value
    assert 0 < perf.p_wait < 1 and perf.service_level <= 1


# -- staffing --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lam,aht,target_sl,target_s,patience",
    [
        (100 / 3600, 180, 0.8, 20, None),
        (0.15, 300, 0.8, 20, None),
        (0.15, 300, 0.8, 20, 180),
        (3.3, 300, 0.9, 15, None),
        (3.3, 300, 0.9, 15, 120),
        (0.002, 300, 0.5, 20, None),
        (0.5, 300, 0.2, 20, 60),  # a loose target: Erlang A needs fewer agents than the load
    ],
)
def test_service_level_solver_returns_the_fewest_agents(lam, aht, target_sl, target_s, patience):
    c = er.agents_for_service_level(lam, aht, target_sl, target_s, patience)
    assert er.performance(c, lam, aht, patience, target_s).service_level >= target_sl
    if c > 1:
        assert er.performance(c - 1, lam, aht, patience, target_s).service_level < target_sl


def test_classic_staffing_answer():
    # 100 calls/h, 3 min AHT, 80 % in 20 s: 7 agents give 0.740 (above). With 8:
    #   sum_{k<8} 5^k/k! = 128.61905;  5^8/8! * 8/3 = 9.68812 * 8/3 = 25.83499
    #   P(wait) = 25.83499 / 154.45404 = 0.16727;  SL = 1 - 0.16727 * exp(-60/180) = 0.88015
    assert er.erlang_c(8, 5.0) == pytest.approx(0.16727, abs=5e-6)
    assert er.service_level(8, 100 / 3600, 180, 20) == pytest.approx(0.88015, abs=5e-5)
    assert er.agents_for_service_level(100 / 3600, 180, 0.8, 20) == 8


@pytest.mark.parametrize(
    "lam,aht,target_asa,patience",
    [(0.15, 300, 10, None), (0.15, 300, 10, 180), (3.3, 300, 5, None), (0.01, 300, 30, 60)],
)
def test_asa_solver_returns_the_fewest_agents(lam, aht, target_asa, patience):
    c = er.agents_for_asa(lam, aht, target_asa, patience)
    assert er.performance(c, lam, aht, patience).asa_s <= target_asa
    if c > 1:
        assert er.performance(c - 1, lam, aht, patience).asa_s > target_asa


def test_solver_rejects_impossible_targets():
    with pytest.raises(ValueError):
        er.agents_for_service_level(0.1, 300, 1.0, 20)
    with pytest.raises(ValueError):
        er.agents_for_asa(0.1, 300, 0)


# -- special functions ---------------------------------------------------------------------------


def test_special_functions_against_known_values():
    assert t_quantile(0.975, 1) == pytest.approx(12.706205, rel=1e-6)
    assert t_quantile(0.975, 9) == pytest.approx(2.262157, rel=1e-6)
    assert t_quantile(0.995, 19) == pytest.approx(2.860935, rel=1e-6)
    assert t_quantile(0.975, 10_000) == pytest.approx(1.960201, rel=1e-5)
    assert t_quantile(0.025, 9) == pytest.approx(-2.262157, rel=1e-6)
    assert digamma(1.0) == pytest.approx(-0.5772156649015329, rel=1e-12)
    assert digamma(1000.5) == pytest.approx(math.log(1000.5) - 1 / 2001 - 1 / (12 * 1000.5**2), rel=1e-12)
    assert gammainc_p(1.0, 2.0) == pytest.approx(1 - math.exp(-2.0), rel=1e-13)
    # integer a: P(a, x) = P(Poisson(x) >= a)
    for a, x in [(3, 2.5), (10, 14.0), (600, 590.0), (5000, 5100.0)]:
        log_terms = [-x + j * math.log(x) - math.lgamma(j + 1) for j in range(a)]
        below = math.fsum(math.exp(v) for v in log_terms)
        assert gammainc_p(float(a), x) == pytest.approx(1 - below, rel=1e-9)
