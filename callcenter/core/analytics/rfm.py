"""RFM: recency, frequency and monetary scores (1..bins, quintiles by default) and named segments.

Scores are quantile ranks among the customers who have bought at least once:
sort the values so that better is larger (recency uses minus the days since the
last order), give each customer the position of the first of its ties (0-based)
``k`` among ``n``, and score ``floor(k * bins / n) + 1``. Equal values always get
equal scores. Customers with no orders score 0 and have the segment ``none``.

Segments come from the R and F scores on the usual 5×5 grid (with ``bins`` other
than 5 the scores are first rescaled to 1..5).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

SEGMENTS = (
    "champions",
    "loyal",
    "potential_loyal",
    "new",
    "promising",
    "need_attention",
    "about_to_sleep",
    "at_risk",
    "cant_lose",
    "hibernating",
    "none",
)


@dataclass(frozen=True)
class RFMInput:
    days_since_last: int | None  # None: never ordered
    orders: int
    spend_minor: int


@dataclass(frozen=True)
class RFMScore:
    r: int
    f: int
    m: int
    segment: str

    @property
    def code(self) -> str:
        return f"{self.r}{self.f}{self.m}"


def quantile_scores(values: Sequence[float], bins: int = 5) -> list[int]:
    """Score each value 1..bins by its rank (larger is better); ties share the lowest rank's score."""
    if bins < 1:
        raise ValueError("bins must be at least 1")
    n = len(values)
    if n == 0:
        return []
    order = sorted(range(n), key=lambda i: values[i])
    scores = [0] * n
    first = 0
    for pos, i in enumerate(order):
        if pos > 0 and values[i] != values[order[pos - 1]]:
            first = pos
        scores[i] = first * bins // n + 1
    return scores


def _to5(score: int, bins: int) -> int:
    if bins == 5:
        return score
    return min(5, max(1, 1 + (score - 1) * 5 // bins))


def segment(r: int, f: int) -> str:
    """The named segment for R and F scores on the 1..5 grid."""
    if r == 0 or f == 0:
        return "none"
    if r >= 5 and f >= 4:
        return "champions"
    if r in (3, 4) and f >= 4:
        return "loyal"
    if r >= 4 and f in (2, 3):
        return "potential_loyal"
    if r == 5 and f == 1:
        return "new"
    if r == 4 and f == 1:
        return "promising"
    if r == 3 and f == 3:
        return "need_attention"
    if r == 3 and f <= 2:
        return "about_to_sleep"
    if r <= 2 and f == 5:
        return "cant_lose"
    if r <= 2 and f in (3, 4):
        return "at_risk"
    return "hibernating"


def score(customers: Sequence[RFMInput], bins: int = 5) -> list[RFMScore]:
    """RFM scores and segments for every customer, in input order."""
    buyers = [i for i, c in enumerate(customers) if c.orders > 0 and c.days_since_last is not None]
    rec = quantile_scores([-float(customers[i].days_since_last or 0) for i in buyers], bins)
    freq = quantile_scores([float(customers[i].orders) for i in buyers], bins)
    mon = quantile_scores([float(customers[i].spend_minor) for i in buyers], bins)
    out = [RFMScore(0, 0, 0, "none")] * len(customers)
    for k, i in enumerate(buyers):
        out[i] = RFMScore(rec[k], freq[k], mon[k], segment(_to5(rec[k], bins), _to5(freq[k], bins)))
    return out


def quantile_scores_array(values: Any, bins: int = 5) -> Any:
    """``quantile_scores`` for a numpy array (same result, vectorised)."""
    import numpy as np

    v = np.asarray(values, dtype=np.float64)
    n = len(v)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    first = np.searchsorted(np.sort(v), v, side="left")
    return np.asarray(first * bins // n + 1, dtype=np.int64)


def breakpoints(values: Any, scores: Any, bins: int) -> list[float]:
    """The smallest value holding each score 2..bins (for scoring one more customer later)."""
    import numpy as np

    v = np.asarray(values, dtype=np.float64)
    s = np.asarray(scores)
    out = []
    for k in range(2, bins + 1):
        held = v[s >= k]
        out.append(float(held.min()) if len(held) else float("inf"))
    return out


def score_with(value: float, points: Sequence[float]) -> int:
    """Score one value against saved breakpoints: 1 + the number of breakpoints at or below it."""
    return 1 + sum(1 for p in points if value >= p)
