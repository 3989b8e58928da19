"""ABC / Pareto tiers: customers ranked by value, cut where the running share of value passes each cut-off.

Customers are sorted by value, largest first (ties by their given order). A
customer belongs to the first tier whose cut-off is above the share of total
value held by the customers ranked *ahead* of it, so the customer that crosses
a cut-off still belongs to the upper tier. With the default cut-offs
(0.50, 0.80, 0.95): platinum are the customers making the first 50 % of value,
gold the next 30 %, silver the next 15 %, bronze the rest and everyone with no
value. VIP is a manual flag and is not decided here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

TIERS = ("platinum", "gold", "silver", "bronze")
DEFAULT_CUTOFFS = (0.50, 0.80, 0.95)


@dataclass(frozen=True)
class ABCResult:
    tier: str
    rank: int  # 1 = most valuable
    top_share: float  # share of customers ranked at or above this one (0..1], the "top 3 %"
    value_share_before: float  # share of value held by those ranked ahead


def classify(values: Sequence[int], cutoffs: Sequence[float] = DEFAULT_CUTOFFS) -> list[ABCResult]:
    """Tier, rank and shares for each value, in input order."""
    if len(cutoffs) != len(TIERS) - 1 or list(cutoffs) != sorted(cutoffs) or not all(0 < c <= 1 for c in cutoffs):
        raise ValueError("cut-offs must be three increasing shares in (0, 1]")
    n = len(values)
    total = sum(v for v in values if v > 0)
    order = sorted(range(n), key=lambda i: (-values[i], i))
    out: list[ABCResult | None] = [None] * n
    running = 0
    for pos, i in enumerate(order):
        before = running / total if total else 1.0
        if values[i] <= 0:
            tier = TIERS[-1]
        else:
            tier = next((TIERS[k] for k, c in enumerate(cutoffs) if before < c), TIERS[-1])
        out[i] = ABCResult(tier, pos + 1, (pos + 1) / n, before)
        running += max(values[i], 0)
    return [r for r in out if r is not None]


def pareto_curve(values: Sequence[int], points: int = 100) -> list[tuple[float, float]]:
    """(share of customers, share of value) along the ranking, for the Pareto chart."""
    ordered = sorted((max(v, 0) for v in values), reverse=True)
    n = len(ordered)
    total = sum(ordered)
    if n == 0 or total == 0:
        return [(0.0, 0.0), (1.0, 0.0 if total == 0 else 1.0)]
    out = [(0.0, 0.0)]
    running = 0
    step = max(1, n // points)
    for k, v in enumerate(ordered, 1):
        running += v
        if k % step == 0 or k == n:
            out.append((k / n, running / total))
    return out


def classify_arrays(values: Any, cutoffs: Sequence[float] = DEFAULT_CUTOFFS) -> tuple[Any, Any]:
    """``classify`` for a numpy array: (tier index 0..3 into ``TIERS``, top share), in input order."""
    import numpy as np

    v = np.asarray(values, dtype=np.float64)
    n = len(v)
    if n == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    order = np.argsort(-v, kind="stable")
    sv = np.maximum(v[order], 0)
    total = float(sv.sum())
    before = (np.cumsum(sv) - sv) / total if total > 0 else np.ones(n)
    tier_sorted = np.searchsorted(np.asarray(cutoffs), before, side="right")
    tier_sorted = np.where(sv > 0, tier_sorted, len(TIERS) - 1)
    tiers = np.empty(n, dtype=np.int64)
    tiers[order] = tier_sorted
    share = np.empty(n)
    share[order] = np.arange(1, n + 1) / n
    return tiers, share
