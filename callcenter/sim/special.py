"""Special functions the formulas need, in plain Python (no SciPy).

- ``log_gammainc_p(a, x)``: log of the regularized lower incomplete gamma P(a, x),
  by its power series for x < a + 1 and by the Legendre continued fraction for
  Q(a, x) otherwise (the classic pair; both converge in O(sqrt(a)) steps near the
  transition, so arguments of 10^6 and more are fine).
- ``digamma(x)`` for x > 0: recurrence up to x >= 10, then the asymptotic series.
- ``t_quantile(p, df)``: Student t quantile, by bisection on the CDF written with the
  regularized incomplete beta function (Lentz continued fraction).
"""

from __future__ import annotations

import math

_EPS = 1e-16
_TINY = 1e-300


def log_gammainc_p(a: float, x: float) -> float:
    """log P(a, x) = log( gamma_lower(a, x) / Gamma(a) ), a > 0, x >= 0."""
    if a <= 0:
        raise ValueError("a must be positive")
    if x <= 0:
        return -math.inf
    log_prefix = -x + a * math.log(x) - math.lgamma(a)
    if x < a + 1.0:
        # P = e^-x x^a / Gamma(a) * sum_{n>=0} x^n / (a (a+1) ... (a+n))
        ap = a
        term = total = 1.0 / a
        limit = 1000 + int(60 * math.sqrt(a))
        for _ in range(limit):
            ap += 1.0
            term *= x / ap
            total += term
            if term < total * _EPS:
                break
        return log_prefix + math.log(total)
    # Q = e^-x x^a / Gamma(a) * 1/(x+1-a- 1*(1-a)/(x+3-a- ...)), modified Lentz
    b = x + 1.0 - a
    c = 1.0 / _TINY
    d = 1.0 / b
    h = d
    limit = 1000 + int(60 * math.sqrt(a))
    for i in range(1, limit):
        an = -i * (i - a)
        b += 2.0
        d = an * d + b
        if abs(d) < _TINY:
            d = _TINY
        c = b + an / c
        if abs(c) < _TINY:
            c = _TINY
        d = 1.0 / d
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < _EPS:
            break
    log_q = log_prefix + math.log(h)
    q = math.exp(log_q)
    return math.log1p(-q) if q < 1.0 else -math.inf


def gammainc_p(a: float, x: float) -> float:
    return math.exp(log_gammainc_p(a, x))


def digamma(x: float) -> float:
    if x <= 0:
        raise ValueError("digamma here is for x > 0")
    result = 0.0
    while x < 10.0:
        result -= 1.0 / x
        x += 1.0
    inv = 1.0 / x
    inv2 = inv * inv
    # psi(x) ~ ln x - 1/2x - 1/12x^2 + 1/120x^4 - 1/252x^6 + 1/240x^8 - 1/132x^10
    series = inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 / 132))))
    return result + math.log(x) - 0.5 * inv - series


def _betacf(a: float, b: float, x: float) -> float:
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c = 1.0
    d = 1.0 - qab * x / qap
    d = _TINY if abs(d) < _TINY else d
    d = 1.0 / d
    h = d
    for m in range(1, 10_000):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = _TINY if abs(d) < _TINY else d
        c = 1.0 + aa / c
        c = _TINY if abs(c) < _TINY else c
        d = 1.0 / d
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = _TINY if abs(d) < _TINY else d
        c = 1.0 + aa / c
        c = _TINY if abs(c) < _TINY else c
        d = 1.0 / d
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-15:
            break
    return h


def betainc(a: float, b: float, x: float) -> float:
    """Regularized incomplete beta I_x(a, b)."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _betacf(a, b, x) / a
    return 1.0 - front * _betacf(b, a, 1.0 - x) / b


def t_cdf(t: float, df: float) -> float:
    tail = 0.5 * betainc(df / 2.0, 0.5, df / (df + t * t))
    return 1.0 - tail if t >= 0 else tail


def t_quantile(p: float, df: float) -> float:
    """The t with P(T <= t) = p for Student's t with ``df`` degrees of freedom."""
    if not 0.0 < p < 1.0:
        raise ValueError("p must be within (0, 1)")
    if df <= 0:
        raise ValueError("degrees of freedom must be positive")
    if p < 0.5:
        return -t_quantile(1.0 - p, df)
    lo, hi = 0.0, 1.0
    while t_cdf(hi, df) < p:
        hi *= 2.0
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if t_cdf(mid, df) < p:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-12 * max(1.0, hi):
            break
    return 0.5 * (lo + hi)
