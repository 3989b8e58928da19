"""The credit rating A–E: a points scorecard (0..100) from payment behaviour,
utilisation of the credit limit, tenure and value.

| part | points |
| --- | --- |
| payment (invoices due in the last 12 months) | 45 × share paid on time; −10 per invoice overdue now; −10 more if one is overdue more than 60 days (never below 0). No invoices: 25 |
| utilisation (balance ÷ credit limit) | under 30 %: 20 · under 60 %: 14 · under 90 %: 7 · under 100 %: 3 · at or over: 0 · no limit: 10 |
| tenure | 3 years or more: 15 · 1 year: 10 · 180 days: 5 · less: 0 |
| value | value score ÷ 5, rounded (0..20) |

Rating by total: A ≥ 80, B ≥ 65, C ≥ 50, D ≥ 35, E below. An invoice is paid on
time when its paid date is on or before its due date.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from callcenter.core.analytics.reasons import Reason

RATINGS = ("A", "B", "C", "D", "E")
RATING_FLOORS = (80, 65, 50, 35)  # A, B, C, D; E below
NO_INVOICE_POINTS = 25
OVERDUE_PENALTY = 10
LONG_OVERDUE_DAYS = 60


@dataclass(frozen=True)
class CreditInput:
    invoices_due: int  # invoices due in the last 12 months (paid or not)
    paid_on_time: int
    overdue_now: int  # unpaid and past due today
    worst_overdue_days: int
    balance_minor: int
    credit_limit_minor: int
    tenure_days: int
    value_score: int


@dataclass(frozen=True)
class CreditResult:
    rating: str
    points: int
    payment: int
    utilisation: int
    tenure: int
    value: int
    reasons: tuple[Reason, ...]


def score_arrays(
    invoices_due: NDArray[np.int64],
    paid_on_time: NDArray[np.int64],
    overdue_now: NDArray[np.int64],
    worst_overdue_days: NDArray[np.int64],
    balance_minor: NDArray[np.int64],
    credit_limit_minor: NDArray[np.int64],
    tenure_days: NDArray[np.int64],
    value_score: NDArray[np.int64],
) -> dict[str, NDArray[np.int64]]:
    """The scorecard for many customers at once: each part's points and the total."""
    due = np.asarray(invoices_due, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(due > 0, np.asarray(paid_on_time) / np.maximum(due, 1), 0.0)
    pay = np.rint(45 * share) - OVERDUE_PENALTY * np.asarray(overdue_now)
    pay = pay - np.where(np.asarray(worst_overdue_days) > LONG_OVERDUE_DAYS, OVERDUE_PENALTY, 0)
    pay = np.where(due > 0, np.maximum(pay, 0), NO_INVOICE_POINTS)
    limit = np.asarray(credit_limit_minor, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        u = np.where(limit > 0, np.asarray(balance_minor) / np.maximum(limit, 1), 0.0)
    util = np.select([limit <= 0, u < 0.3, u < 0.6, u < 0.9, u < 1.0], [10, 20, 14, 7, 3], 0)
    t = np.asarray(tenure_days)
    ten = np.select([t >= 3 * 365, t >= 365, t >= 180], [15, 10, 5], 0)
    val = np.clip(np.rint(np.asarray(value_score) / 5), 0, 20)
    total = pay + util + ten + val
    return {
        "payment": pay.astype(np.int64),
        "utilisation": util.astype(np.int64),
        "tenure": ten.astype(np.int64),
        "value": val.astype(np.int64),
        "points": total.astype(np.int64),
    }


def rating_for(points: int) -> str:
    for rating, floor in zip(RATINGS, RATING_FLOORS, strict=False):
        if points >= floor:
            return rating
    return RATINGS[-1]


def reasons_for(c: CreditInput) -> tuple[Reason, ...]:
    out: list[Reason] = []
    if c.overdue_now:
        out.append(Reason("credit.overdue", {"n": c.overdue_now, "days": c.worst_overdue_days}))
    if c.invoices_due:
        out.append(Reason("credit.on_time", {"pct": round(100 * c.paid_on_time / c.invoices_due)}))
    else:
        out.append(Reason("credit.no_invoices", {}))
    if c.credit_limit_minor > 0:
        out.append(Reason("credit.utilisation", {"pct": round(100 * c.balance_minor / c.credit_limit_minor)}))
    else:
        out.append(Reason("credit.no_limit", {}))
    out.append(Reason("credit.tenure", {"years": round(c.tenure_days / 365.25, 1)}))
    return tuple(out)


def rate(c: CreditInput) -> CreditResult:
    """One customer's rating, its parts and the reasons in order of weight."""
    arr = score_arrays(
        *(
            np.array([v], dtype=np.int64)
            for v in (
                c.invoices_due,
                c.paid_on_time,
                c.overdue_now,
                c.worst_overdue_days,
                c.balance_minor,
                c.credit_limit_minor,
                c.tenure_days,
                c.value_score,
            )
        )
    )
    points = int(arr["points"][0])
    return CreditResult(
        rating_for(points),
        points,
        int(arr["payment"][0]),
        int(arr["utilisation"][0]),
        int(arr["tenure"][0]),
        int(arr["value"][0]),
        reasons_for(c),
    )


def ratings(points: NDArray[np.int64]) -> list[str]:
    p = np.asarray(points)
    idx = np.select([p >= f for f in RATING_FLOORS], list(range(len(RATING_FLOORS))), len(RATINGS) - 1)
    return [RATINGS[int(i)] for i in idx]
