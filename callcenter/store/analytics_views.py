"""What the supervisors' Customers window shows, read from ``customer_metrics`` (plain SQL)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from callcenter.core.analytics import abc
from callcenter.store.analytics import PER_USD

if TYPE_CHECKING:
    from callcenter.store.db import Store

RISK_LIST = 300
CREDIT_LIST = 300


@dataclass
class Overview:
    computed_at: str | None
    churn_source: str
    customers: int
    grid: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)  # (r, f) -> (customers, 12m USD cents)
    segments: dict[str, tuple[int, int]] = field(default_factory=dict)  # segment -> (customers, 12m USD cents)
    tiers: dict[str, int] = field(default_factory=dict)
    pareto: list[tuple[float, float]] = field(default_factory=list)
    at_risk: list[dict[str, Any]] = field(default_factory=list)
    credit_watch: list[dict[str, Any]] = field(default_factory=list)
    csat_by_month: list[tuple[str, float, int]] = field(default_factory=list)


def _usd_case() -> str:
    return "CASE c.currency " + " ".join(f"WHEN '{k}' THEN {v}" for k, v in PER_USD.items()) + " ELSE 1.0 END"


def overview(store: Store, lang: str = "en") -> Overview:
    with store.engine.connect() as conn:
        q = conn.exec_driver_sql
        head = q("SELECT max(computed_at), count(*) FROM customer_metrics").first()
        src = q("SELECT churn_source FROM customer_metrics LIMIT 1").scalar() or "rule_score"
        out = Overview(str(head[0]) if head and head[0] else None, src, int(head[1] if head else 0))
        usd = _usd_case()
        for r, f, n, spend in q(
            f"SELECT m.rfm_r, m.rfm_f, count(*), sum(m.spend_12m_minor / ({usd})) FROM customer_metrics m "
            "JOIN customers c ON c.id = m.customer_id WHERE m.rfm_r > 0 GROUP BY 1, 2"
        ):
            out.grid[(int(r), int(f))] = (int(n), int(spend or 0))
        for seg, n, spend in q(
            f"SELECT m.segment, count(*), sum(m.spend_12m_minor / ({usd})) FROM customer_metrics m "
            "JOIN customers c ON c.id = m.customer_id GROUP BY 1"
        ):
            out.segments[str(seg)] = (int(n), int(spend or 0))
        out.tiers = {str(t): int(n) for t, n in q("SELECT tier, count(*) FROM customer_metrics GROUP BY 1")}
        values = [
            int(v)
            for (v,) in q(
                f"SELECT m.spend_12m_minor / ({usd}) FROM customer_metrics m JOIN customers c ON c.id = m.customer_id"
            )
        ]
        out.pareto = abc.pareto_curve(values, 100)
        cols = (
            "customer_id, display_name, account_no, tier, value_score, clv_minor, currency, churn_risk, "
            "recency_days, usual_gap_days, orders, complaints_90, breached_90, open_complaints, csat_last, nps_last, "
            "spend_90_minor, spend_prev_90_minor, repeat_calls_30, next_step, segment"
        )
        names = [c.strip() for c in cols.split(",")]
        for row in q(
            f"SELECT m.customer_id, c.display_name, c.account_no, m.tier, m.value_score, m.clv_minor, c.currency, "
            "m.churn_risk, m.recency_days, m.usual_gap_days, m.orders, m.complaints_90, m.breached_90, "
            "m.open_complaints, m.csat_last, m.nps_last, m.spend_90_minor, m.spend_prev_90_minor, m.repeat_calls_30, "
            "m.next_step, m.segment FROM customer_metrics m JOIN customers c ON c.id = m.customer_id "
            f"WHERE m.churn_risk >= 40 ORDER BY m.churn_risk * m.value_score DESC, m.churn_risk DESC LIMIT {RISK_LIST}"
        ):
            out.at_risk.append(dict(zip(names, row, strict=True)))
        cnames = (
            "customer_id",
            "display_name",
            "account_no",
            "credit_rating",
            "credit_points",
            "invoices_due",
            "paid_on_time",
            "overdue_now",
            "worst_overdue_days",
            "balance_minor",
            "credit_limit_minor",
            "currency",
            "tenure_days",
        )
        for row in q(
            "SELECT m.customer_id, c.display_name, c.account_no, m.credit_rating, m.credit_points, m.invoices_due, "
            "m.paid_on_time, m.overdue_now, m.worst_overdue_days, c.balance_minor, c.credit_limit_minor, c.currency, "
            "m.tenure_days FROM customer_metrics m JOIN customers c ON c.id = m.customer_id "
            "WHERE m.credit_rating IN ('D', 'E') OR m.overdue_now > 0 "
            f"ORDER BY m.credit_points ASC, m.worst_overdue_days DESC LIMIT {CREDIT_LIST}"
        ):
            out.credit_watch.append(dict(zip(cnames, row, strict=True)))
        out.csat_by_month = [
            (str(m), float(avg), int(n))
            for m, avg, n in q(
                "SELECT substr(offered_at, 1, 7), avg(survey_csat), count(*) FROM interactions "
                "WHERE survey_csat IS NOT NULL AND NOT deleted GROUP BY 1 ORDER BY 1 DESC LIMIT 12"
            )
        ][::-1]
    return out
