"""Erlang B, Erlang C (M/M/c) and Erlang A (M/M/c+M), written from the formulas.

Units: arrival rate ``lam`` in calls per **second**, ``aht`` (mean handle time, talk +
hold + wrap) and ``patience`` (mean time a caller is willing to wait) in seconds.
``A = lam * aht`` is the offered load in Erlangs, ``c`` the number of agents.

Erlang B (blocking, M/M/c/c) uses the stable recursion
``B(0) = 1, B(n) = A B(n-1) / (n + A B(n-1))`` — every step stays in [0, 1], so
10^5 agents neither overflow nor lose precision (no factorials, no powers).

Erlang C (infinite patience), with ``mu = 1/aht`` and ``rho = A/c``:

- P(wait) ``C = B / (1 - rho (1 - B))``
- service level at T: ``SL(T) = 1 - C exp(-(c mu - lam) T)`` (= P(wait <= T))
- ASA (all calls, which are all answered): ``C / (c mu - lam)``
- occupancy ``A / c``
- **Unstable load** (``A >= c``): the queue grows without bound. P(wait) = 1,
  ASA = infinity, SL = 0, occupancy = 1; ``Performance.stable`` is False. Nothing raises.

Erlang A (Palm's M/M/c+M: exponential patience with mean ``1/theta``), after Garnett,
Mandelbaum & Reiman (2002) and Mandelbaum & Zeltyn (2007). With ``x = c mu / theta``,
``y = lam / theta``, ``E = B(c, A)`` and ``A(x, y) = x e^y y^-x gamma(x, y)`` (lower
incomplete gamma):

- P(wait) = P(all agents busy on arrival) ``= A(x,y) E / (1 + (A(x,y) - 1) E)``
- the offered wait V (what a caller would wait with infinite patience) has, given
  V > 0, ``P(V > t | V > 0) = P(x, y e^(-theta t)) / P(x, y)`` (P = regularized lower
  incomplete gamma); a caller is answered iff patience exceeds V.
- P(answered within T) ``= 1 - P(wait) + P(wait) (x/y) [P(x+1, y) - P(x+1, y e^(-theta T))] / P(x, y)``
- P(abandon) ``= P(wait) (1 - (x/y)(1 - 1/A(x, y)))``, and the share abandoning within t
  ``= P(wait)/(y P(x,y)) [y P(x,y) - x P(x+1,y) - z P(x,z) + x P(x+1,z)]``, ``z = y e^(-theta t)``.
- ASA: ``asa_s`` is the mean wait of **answered** callers (what a contact-center report
  calls ASA); ``asa_all_s`` is the mean wait of all callers including those who abandon
  (``= P(abandon) / theta`` by Little's law on the queue). The answered mean comes from
  the exact series over the queue length k met on arrival: a caller with k ahead is
  answered with probability x/(x+k+1) and then waits on average
  ``(psi(x+k+2) - psi(x+1)) / theta``; the series is summed in log space around its peak.
- The load may exceed c: abandonment keeps the queue finite.

Service level and abandon rate follow the same conventions as the simulator
(``callcenter.sim.metrics``): ``service_level`` = answered within T / (answered +
abandoned after T, leaving out short abandons); ``service_level_offered`` = answered
within T / offered (the classic Erlang figure, identical for Erlang C); ``abandon_rate`` =
(abandoned - short abandons) / (offered - short abandons); ``p_abandon`` counts every
abandon. Short abandons are those within ``short_abandon_s`` seconds (0 = none).

Staffing: ``agents_for_service_level`` and ``agents_for_asa`` return the fewest agents
that meet the target (c meets it, c - 1 does not), for Erlang C (``patience=None``) or
Erlang A.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from callcenter.sim.special import digamma, log_gammainc_p

INF = math.inf


def _check(c: int, lam: float, aht: float) -> None:
    if not isinstance(c, int) or isinstance(c, bool) or c < 1:
        raise ValueError(f"agents must be a whole number of at least 1, not {c!r}")
    if not (lam > 0 and math.isfinite(lam)):
        raise ValueError(f"arrival rate must be a positive number, not {lam!r}")
    if not (aht > 0 and math.isfinite(aht)):
        raise ValueError(f"handle time must be a positive number of seconds, not {aht!r}")


def erlang_b(c: int, a: float) -> float:
    """Blocking probability of M/M/c/c with offered load ``a`` Erlangs."""
    if c < 0:
        raise ValueError("agents must not be negative")
    if a < 0:
        raise ValueError("offered load must not be negative")
    b = 1.0
    for n in range(1, c + 1):
        ab = a * b
        b = ab / (n + ab)
    return b


def erlang_c(c: int, a: float) -> float:
    """P(wait) of M/M/c with offered load ``a`` Erlangs; 1.0 when a >= c (unstable)."""
    if c < 1:
        raise ValueError("agents must be at least 1")
    if a >= c:
        return 1.0
    if a <= 0:
        return 0.0
    b = erlang_b(c, a)
    rho = a / c
    return b / (1.0 - rho * (1.0 - b))


def service_level(c: int, lam: float, aht: float, target_s: float) -> float:
    """Erlang C: P(wait <= T). 0.0 for unstable load."""
    _check(c, lam, aht)
    a = lam * aht
    if a >= c:
        return 0.0
    pw = erlang_c(c, a)
    return 1.0 - pw * math.exp(-(c / aht - lam) * target_s)


def asa(c: int, lam: float, aht: float) -> float:
    """Erlang C: mean wait of all calls, C / (c mu - lam); infinity for unstable load."""
    _check(c, lam, aht)
    a = lam * aht
    if a >= c:
        return INF
    return erlang_c(c, a) / (c / aht - lam)


def occupancy(c: int, lam: float, aht: float) -> float:
    """Erlang C: A / c, capped at 1 (an overloaded team is busy all the time)."""
    _check(c, lam, aht)
    return min(1.0, lam * aht / c)


@dataclass(frozen=True)
class Performance:
    model: str  # "erlang_c" or "erlang_a"
    agents: int
    arrival_rate_per_s: float
    aht_s: float
    patience_s: float | None
    target_s: float
    short_abandon_s: float
    offered_load: float  # Erlangs
    stable: bool  # False only for Erlang C with load >= agents
    p_wait: float
    service_level: float
    service_level_offered: float
    asa_s: float  # answered callers
    asa_all_s: float  # all callers, including the waits of those who abandon
    p_abandon: float
    abandon_rate: float
    occupancy: float

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def erlang_c_performance(c: int, lam: float, aht: float, target_s: float = 20.0) -> Performance:
    _check(c, lam, aht)
    a = lam * aht
    stable = a < c
    pw = erlang_c(c, a)
    sl = service_level(c, lam, aht, target_s)
    w = asa(c, lam, aht)
    return Performance(
        "erlang_c", c, lam, aht, None, target_s, 0.0, a, stable, pw, sl, sl, w, w, 0.0, 0.0, min(1.0, a / c)
    )


def _log_weight(k: int, x: float, log_y: float, lg_x1: float) -> float:
    """log of y^k / ((x+1)(x+2)...(x+k)): the stationary weight of k waiting, relative to all-busy."""
    return k * log_y - (math.lgamma(x + k + 1.0) - lg_x1)


def _queue_series(x: float, y: float) -> tuple[float, float, float]:
    """Sums over the queue length k an arriving caller meets when all agents are busy.

    Returns (log A(x, y), P(abandon | wait), theta * E[wait; answered | wait]) where
    A(x, y) = sum_k w_k. Summed outward from the peak term until terms fall below
    e^-50 of it, so huge x and y cost O(sqrt(y)) terms, never overflow.
    """
    log_y = math.log(y)
    lg_x1 = math.lgamma(x + 1.0)
    peak = max(0, int(math.floor(y - x)))
    log_peak = _log_weight(peak, x, log_y, lg_x1)
    psi_x1 = digamma(x + 1.0)
    total = p_ab = w_sr = 0.0

    def add(k: int) -> bool:
        nonlocal total, p_ab, w_sr
        rel = _log_weight(k, x, log_y, lg_x1) - log_peak
        if rel < -50.0:
            return False
        w = math.exp(rel)
        total += w
        p_ab += w * (k + 1.0) / (x + k + 1.0)
        w_sr += w * (x / (x + k + 1.0)) * (digamma(x + k + 2.0) - psi_x1)
        return True

    add(peak)
    k = peak + 1
    while add(k):
        k += 1
    k = peak - 1
    while k >= 0 and add(k):
        k -= 1
    return log_peak + math.log(total), p_ab / total, w_sr / total


def erlang_a_performance(
    c: int, lam: float, aht: float, patience_s: float, target_s: float = 20.0, short_abandon_s: float = 0.0
) -> Performance:
    """M/M/c+M (Erlang A). ``patience_s`` is the mean of the exponential patience."""
    _check(c, lam, aht)
    if not (patience_s > 0):
        raise ValueError(f"patience must be a positive number of seconds, not {patience_s!r}")
    if math.isinf(patience_s):
        return erlang_c_performance(c, lam, aht, target_s)
    theta = 1.0 / patience_s
    mu = 1.0 / aht
    a = lam * aht
    x = c * mu / theta
    y = lam / theta
    b = erlang_b(c, a)
    log_a_xy, p_ab_w, theta_wsr_w = _queue_series(x, y)
    # P(wait) = A E / (1 + (A - 1) E) = 1 / (1 + (1 - E) / (E A)), in logs.
    log_r = math.log1p(-b) - math.log(b) - log_a_xy if b < 1.0 else -INF
    pw = 1.0 / (1.0 + math.exp(log_r)) if log_r < 700 else 0.0

    lp_x_y = log_gammainc_p(x, y)
    lp_x1_y = log_gammainc_p(x + 1.0, y)

    def ratio(lp: float) -> float:
        return math.exp(lp - lp_x_y) if lp > -INF else 0.0

    def abandoned_within(t: float) -> float:
        if t <= 0:
            return 0.0
        z = y * math.exp(-theta * t)
        r1, rz0, rz1 = ratio(lp_x1_y), ratio(log_gammainc_p(x, z)), ratio(log_gammainc_p(x + 1.0, z))
        value = pw * (1.0 - (x / y) * r1 - (z / y) * rz0 + (x / y) * rz1)
        return min(max(value, 0.0), pw)

    z_t = y * math.exp(-theta * target_s)
    answered_within_t = (1.0 - pw) + pw * (x / y) * (ratio(lp_x1_y) - ratio(log_gammainc_p(x + 1.0, z_t)))
    answered_within_t = min(max(answered_within_t, 0.0), 1.0)
    p_abandon = pw * p_ab_w
    p_answered = 1.0 - p_abandon
    wait_answered = pw * theta_wsr_w / theta  # E[wait; answered]
    asa_answered = wait_answered / p_answered if p_answered > 0 else INF
    short = abandoned_within(short_abandon_s)
    denominator = 1.0 - abandoned_within(max(target_s, short_abandon_s))
    sl = answered_within_t / denominator if denominator > 0 else 0.0
    abandon_rate = (p_abandon - short) / (1.0 - short) if short < 1.0 else 0.0
    return Performance(
        "erlang_a",
        c,
        lam,
        aht,
        patience_s,
        target_s,
        short_abandon_s,
        a,
        True,
        pw,
        min(sl, 1.0),
        answered_within_t,
        asa_answered,
        p_abandon / theta,
        p_abandon,
        max(abandon_rate, 0.0),
        min(1.0, lam * p_answered * aht / c),
    )


def performance(
    c: int,
    lam: float,
    aht: float,
    patience_s: float | None = None,
    target_s: float = 20.0,
    short_abandon_s: float = 0.0,
) -> Performance:
    """Erlang C when ``patience_s`` is None, Erlang A otherwise."""
    if patience_s is None:
        return erlang_c_performance(c, lam, aht, target_s)
    return erlang_a_performance(c, lam, aht, patience_s, target_s, short_abandon_s)


def _smallest(meets: Callable[[int], bool], lo: int) -> int:
    """The smallest c >= lo with meets(c), for a predicate that stays true once true."""
    lo = max(1, lo)
    if meets(lo):  # the caller's lower bound was generous (Erlang A): search below it
        if lo == 1 or meets(1):
            return 1
        lo, hi = 1, lo
    else:
        hi = max(lo + 1, 2 * lo)
        while not meets(hi):
            lo, hi = hi, 2 * hi
            if hi > 10_000_000:
                raise ValueError("no staffing up to 10,000,000 agents meets the target")
    while hi - lo > 1:  # meets(hi), not meets(lo)
        mid = (lo + hi) // 2
        if meets(mid):
            hi = mid
        else:
            lo = mid
    return hi


def _lower_bound(lam: float, aht: float, patience_s: float | None) -> int:
    a = lam * aht
    if patience_s is None:
        return int(math.floor(a)) + 1  # fewer agents is unstable
    return max(1, int(math.floor(0.5 * a)))


def agents_for_service_level(
    lam: float,
    aht: float,
    target_sl: float,
    target_s: float,
    patience_s: float | None = None,
    short_abandon_s: float = 0.0,
) -> int:
    """Fewest agents whose ``service_level`` at ``target_s`` is at least ``target_sl``."""
    if not 0.0 < target_sl < 1.0:
        raise ValueError(f"a service-level target must lie strictly between 0 and 1, not {target_sl!r}")
    if target_s < 0:
        raise ValueError("the service-level time must not be negative")
    _check(1, lam, aht)

    def meets(c: int) -> bool:
        return performance(c, lam, aht, patience_s, target_s, short_abandon_s).service_level >= target_sl

    return _smallest(meets, _lower_bound(lam, aht, patience_s))


def agents_for_asa(lam: float, aht: float, target_asa_s: float, patience_s: float | None = None) -> int:
    """Fewest agents whose ASA (answered callers) is at most ``target_asa_s`` seconds."""
    if not target_asa_s > 0:
        raise ValueError(f"an ASA target must be a positive number of seconds, not {target_asa_s!r}")
    _check(1, lam, aht)

    def meets(c: int) -> bool:
        return performance(c, lam, aht, patience_s).asa_s <= target_asa_s

    return _smallest(meets, _lower_bound(lam, aht, patience_s))
