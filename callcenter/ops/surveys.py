"""Satisfaction and loyalty: CSAT after a call, NPS at most once per period per customer,
and the figures per queue, agent, segment or month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from callcenter.core import surveys as core
from callcenter.core.agents import Identity
from callcenter.core.errors import Invalid
from callcenter.ops import Done
from callcenter.store import repo
from callcenter.store import surveys as store_surveys
from callcenter.store.db import Store


def nps_due(
    store: Store, customer_id: str, period_days: int = core.DEFAULT_NPS_PERIOD_DAYS, now: datetime | None = None
) -> bool:
    """Whether to ask this customer the NPS question now."""
    with store.engine.connect() as conn:
        last = store_surveys.last_nps_at(conn, customer_id)
    return core.nps_due(last, now or datetime.now(UTC), period_days)


def record_survey(
    store: Store,
    actor: Identity,
    interaction_id: str,
    csat: int | None = None,
    nps: int | None = None,
    period_days: int = core.DEFAULT_NPS_PERIOD_DAYS,
    now: datetime | None = None,
) -> Done[store_surveys.Written]:
    """The customer's answers for a call. ``Invalid(fields=...)``: csat/nps out_of_range, nps
    asked_recently (inside the period), survey no_customer; ``NotFound("interaction")``."""
    with store.unit() as u:
        written = store_surveys.add_answers(u.session, interaction_id, csat, nps, now or datetime.now(UTC), period_days)
        repo.add_audit(u.session, actor.user_id, "create", "survey", interaction_id, _detail(written))
    return Done(written, u.changes)


def _detail(w: store_surveys.Written) -> str:
    return ", ".join(f"{k} {v}" for k, v in (("csat", w.csat), ("nps", w.nps)) if v is not None)


@dataclass(frozen=True)
class SatisfactionReport:
    by: str
    since: datetime | None
    until: datetime | None
    rows: list[store_surveys.SatisfactionRow]
    overall_csat: core.CsatFigures
    overall_nps: core.NpsFigures

    def as_json(self) -> dict[str, Any]:
        def figures(c: core.CsatFigures, n: core.NpsFigures) -> dict[str, Any]:
            return {
                "csat_answers": c.answers,
                "csat_mean": None if c.mean is None else round(c.mean, 3),
                "csat_satisfied_share": None if c.satisfied_share is None else round(c.satisfied_share, 4),
                "nps_answers": n.answers,
                "promoters": n.promoters,
                "passives": n.passives,
                "detractors": n.detractors,
                "nps": None if n.nps is None else round(n.nps, 2),
            }

        return {
            "by": self.by,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "overall": figures(self.overall_csat, self.overall_nps),
            "groups": [{"key": r.key, "name": r.name_en, **figures(r.csat, r.nps)} for r in self.rows],
        }


def satisfaction(
    store: Store, by: str = "queue", since: datetime | None = None, until: datetime | None = None
) -> SatisfactionReport:
    """CSAT and NPS per queue, agent, segment or month (``by``), over answers in [since, until)."""
    with store.engine.connect() as conn:
        rows = store_surveys.satisfaction(conn, by, since, until)
    c = core.CsatFigures(
        sum(r.csat.answers for r in rows), sum(r.csat.total for r in rows), sum(r.csat.satisfied for r in rows)
    )
    n = core.NpsFigures(
        sum(r.nps.answers for r in rows),
        sum(r.nps.promoters for r in rows),
        sum(r.nps.passives for r in rows),
        sum(r.nps.detractors for r in rows),
    )
    return SatisfactionReport(by, since, until, rows, c, n)


@dataclass(frozen=True)
class SatisfactionTrends:
    """CSAT and NPS per group (queue, agent or segment) over the whole period, and per month."""

    by: str
    rows: list[store_surveys.SatisfactionRow]
    monthly: dict[str, list[tuple[str, store_surveys.SatisfactionRow]]]  # group key -> (month, figures)


def satisfaction_trends(store: Store, by: str = "queue", since: datetime | None = None) -> SatisfactionTrends:
    """What the Customers window's Satisfaction tab shows: figures per group and each group's months."""
    if by not in ("queue", "agent", "segment"):
        raise Invalid({"by": "unknown"})
    with store.engine.connect() as conn:
        rows = store_surveys.satisfaction(conn, by, since)
        monthly: dict[str, list[tuple[str, store_surveys.SatisfactionRow]]] = {}
        for month, row in store_surveys.satisfaction_by_month(conn, by, since):
            monthly.setdefault(row.key, []).append((month, row))
    return SatisfactionTrends(by, rows, monthly)
