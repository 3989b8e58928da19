"""Survey answers (CSAT per call, NPS per customer and period) and satisfaction figures
grouped by queue, agent, customer segment or month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from callcenter.core import surveys as core
from callcenter.core.errors import NotFound
from callcenter.store.models import Interaction, Survey

# The customer segment figures are grouped by: the RFM segment the figures computed
# (customer_metrics), the value tier for a customer not computed yet.
SEGMENT_COLUMN = "coalesce(m.segment, c.tier)"
SEGMENT_JOIN = "LEFT JOIN customer_metrics m ON m.customer_id = s.customer_id"
GROUPS = ("queue", "agent", "segment", "month")


def _dt(value: object) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)


def last_nps_at(conn: Connection, customer_id: str) -> datetime | None:
    value = conn.exec_driver_sql(
        "SELECT MAX(answered_at) FROM surveys WHERE customer_id = ? AND kind = 'nps' AND NOT deleted",
        (customer_id,),
    ).scalar()
    return _dt(value)


@dataclass(frozen=True)
class Written:
    customer_id: str
    csat: int | None
    nps: int | None


def add_answers(
    s: Session,
    interaction_id: str,
    csat: int | None,
    nps: int | None,
    now: datetime,
    period_days: int = core.DEFAULT_NPS_PERIOD_DAYS,
    strict: bool = True,
) -> Written:
    """Store the call's CSAT (also on the interaction) and NPS. An NPS answer inside the period
    is refused (``Invalid(fields={"nps": "asked_recently"})``) when ``strict``, else left out;
    a call without a customer keeps no answers (``Invalid(fields={"survey": "no_customer"})``
    when ``strict``)."""
    from callcenter.core.errors import Invalid

    core.check_answers(csat, nps)
    call = s.get(Interaction, interaction_id)
    if call is None:
        raise NotFound("interaction")
    if call.customer_id is None:
        if strict and (csat is not None or nps is not None):
            raise Invalid({"survey": "no_customer"})
        return Written("", None, None)
    if nps is not None and not core.nps_due(last_nps_at(s.connection(), call.customer_id), now, period_days):
        if strict:
            raise Invalid({"nps": "asked_recently"})
        nps = None
    for kind, score in (("csat", csat), ("nps", nps)):
        if score is not None:
            s.add(
                Survey(
                    customer_id=call.customer_id,
                    interaction_id=call.id,
                    agent_id=call.agent_id,
                    queue_id=call.queue_id,
                    kind=kind,
                    score=score,
                    answered_at=now,
                )
            )
    if csat is not None:
        call.survey_csat = csat
    return Written(call.customer_id, csat, nps)


@dataclass(frozen=True)
class SatisfactionRow:
    key: str
    name_en: str
    name_zh: str
    csat: core.CsatFigures
    nps: core.NpsFigures


def satisfaction(
    conn: Connection, by: str, since: datetime | None = None, until: datetime | None = None
) -> list[SatisfactionRow]:
    """CSAT and NPS figures per queue, agent, segment or month, in one grouped query."""
    return [row for _month, row in _grouped(conn, by, since, until, monthly=False)]


def satisfaction_by_month(
    conn: Connection, by: str, since: datetime | None = None, until: datetime | None = None
) -> list[tuple[str, SatisfactionRow]]:
    """The same figures per group and month ("YYYY-MM"), for the trends."""
    return _grouped(conn, by, since, until, monthly=True)


def _grouped(
    conn: Connection, by: str, since: datetime | None, until: datetime | None, monthly: bool
) -> list[tuple[str, SatisfactionRow]]:
    if by not in GROUPS:
        raise ValueError(by)
    key, en, zh, join = {
        "queue": ("s.queue_id", "q.name_en", "q.name_zh", "LEFT JOIN queues q ON q.id = s.queue_id"),
        "agent": ("s.agent_id", "u.display_name", "u.display_name", "LEFT JOIN users u ON u.id = s.agent_id"),
        "segment": (SEGMENT_COLUMN, SEGMENT_COLUMN, SEGMENT_COLUMN, SEGMENT_JOIN),
        "month": ("substr(s.answered_at, 1, 7)", "''", "''", ""),
    }[by]
    where, params = ["NOT s.deleted"], []
    if since is not None:
        where.append("s.answered_at >= ?")
        params.append(since.astimezone(UTC).replace(tzinfo=None).isoformat(" "))
    if until is not None:
        where.append("s.answered_at < ?")
        params.append(until.astimezone(UTC).replace(tzinfo=None).isoformat(" "))
    month = "substr(s.answered_at, 1, 7)" if monthly else "''"
    rows = conn.exec_driver_sql(
        f"SELECT {month}, {key}, MAX({en}), MAX({zh}), "
        "SUM(s.kind = 'csat'), SUM(CASE WHEN s.kind = 'csat' THEN s.score ELSE 0 END), "
        "SUM(s.kind = 'csat' AND s.score >= 4), "
        "SUM(s.kind = 'nps'), SUM(s.kind = 'nps' AND s.score >= 9), "
        "SUM(s.kind = 'nps' AND s.score BETWEEN 7 AND 8), SUM(s.kind = 'nps' AND s.score <= 6) "
        f"FROM surveys s JOIN customers c ON c.id = s.customer_id {join} "
        f"WHERE {' AND '.join(where)} GROUP BY {key}, {month} ORDER BY {key}, {month}",
        tuple(params),
    )
    out = []
    for mon, k, name_en, name_zh, cn, ct, cs, nn, npro, npas, ndet in rows:
        out.append(
            (
                mon or "",
                SatisfactionRow(
                    k or "",
                    name_en or (k or ""),
                    name_zh or name_en or (k or ""),
                    core.CsatFigures(int(cn or 0), int(ct or 0), int(cs or 0)),
                    core.NpsFigures(int(nn or 0), int(npro or 0), int(npas or 0), int(ndet or 0)),
                ),
            )
        )
    return out
