"""Reasons for one customer's stored figures, rebuilt from the inputs kept beside them."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from callcenter.core.analytics import churn, credit
from callcenter.core.analytics.reasons import Reason


def _num(value: Any, default: float = 0.0) -> float:
    return default if value is None else float(value)


def value_reasons(m: Mapping[str, Any]) -> list[Reason]:
    if not m.get("orders"):
        return [Reason("value.no_orders", {})]
    out = []
    if _num(m.get("spend_12m_minor")) > 0:
        pct = max(1, math.ceil(100 * _num(m.get("top_share"), 1.0)))
        if pct <= 50:
            out.append(Reason("value.top_share", {"pct": pct}))
    out.append(Reason("value.orders", {"n": int(_num(m.get("orders")))}))
    expected = round(_num(m.get("expected_12m")), 1)
    if expected >= 0.1:
        out.append(Reason("value.expected", {"n": expected}))
    return out


def churn_reasons(m: Mapping[str, Any], limit: int = 3) -> list[Reason]:
    if not m.get("orders"):
        return []

    def col(key: str, default: float = 0.0) -> np.ndarray:
        value = m.get(key)
        return np.array([default if value is None else float(value)], dtype=np.float64)

    f = churn.Features(
        recency_days=col("recency_days"),
        usual_gap=col("usual_gap_days"),
        orders_90=col("orders_90"),
        orders_365=col("orders_365"),
        spend_90=col("spend_90_minor"),
        spend_prev_90=col("spend_prev_90_minor"),
        tenure_days=col("tenure_days"),
        complaints_90=col("complaints_90"),
        breached_90=col("breached_90"),
        open_complaints=col("open_complaints"),
        calls_30=col("calls_30"),
        repeat_calls_30=col("repeat_calls_30"),
        csat_last=col("csat_last", math.nan),
        nps_last=col("nps_last", math.nan),
        order_days=col("orders"),
    )
    return churn.reasons(f, 0, limit)


def credit_reasons(m: Mapping[str, Any], balance_minor: int, credit_limit_minor: int) -> list[Reason]:
    return list(
        credit.reasons_for(
            credit.CreditInput(
                invoices_due=int(_num(m.get("invoices_due"))),
                paid_on_time=int(_num(m.get("paid_on_time"))),
                overdue_now=int(_num(m.get("overdue_now"))),
                worst_overdue_days=int(_num(m.get("worst_overdue_days"))),
                balance_minor=balance_minor,
                credit_limit_minor=credit_limit_minor,
                tenure_days=int(_num(m.get("tenure_days"))),
                value_score=int(_num(m.get("value_score"))),
            )
        )
    )
