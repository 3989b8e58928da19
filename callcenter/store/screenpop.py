"""Raw ANI in, complete screen-pop data out: the hot path of every call.

Plain indexed SQL (no ORM objects) because this runs on every ring; the
benchmark `callcenter bench screenpop` holds it to its p99 target.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

from callcenter.core import phones as phone_rules
from callcenter.core.analytics import explain
from callcenter.core.complaints import CLOSED_STATE_VALUES, ComplaintCase, ComplaintState, ComplaintWorkflow, Severity
from callcenter.core.phones import PhoneStatus
from callcenter.core.roles import mask
from callcenter.core.screenpop import (
    AddressView,
    Candidate,
    ComplaintView,
    CustomerView,
    InteractionView,
    OrderView,
    PhoneView,
    PopStatus,
    ScreenPop,
)

_WORKFLOW = ComplaintWorkflow()  # default calendar and deadlines, as the complaints module uses
RECENT_INTERACTIONS = 10
RECENT_ORDERS = 8


def _dt(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def _at(value: Any) -> datetime:
    """A time from a column that is never empty."""
    when = _dt(value)
    assert when is not None
    return when


def pop(conn: Connection, raw_ani: str, region: str = "US", sensitive: bool = False) -> ScreenPop:
    phone = phone_rules.normalise(raw_ani, region)
    if phone.status is PhoneStatus.WITHHELD:
        return ScreenPop(PopStatus.WITHHELD, phone)
    if phone.status is PhoneStatus.INVALID:
        return ScreenPop(PopStatus.INVALID, phone)
    rows = conn.exec_driver_sql(
        "SELECT c.id, c.display_name, c.account_no, c.tier, p.kind FROM phones p "
        "JOIN customers c ON c.id = p.customer_id "
        "WHERE p.e164 = ? AND NOT p.deleted AND NOT c.deleted ORDER BY c.value_score DESC LIMIT 50",
        (phone.e164,),
    ).all()
    if not rows:
        return ScreenPop(PopStatus.UNKNOWN, phone)
    if len({r[0] for r in rows}) > 1:
        seen: set[str] = set()
        candidates = []
        for r in rows:  # one line per customer, even when they hold the number twice
            if r[0] not in seen:
                seen.add(r[0])
                candidates.append(Candidate(*r))
        return ScreenPop(PopStatus.MULTIPLE, phone, candidates=candidates)
    return ScreenPop(PopStatus.MATCHED, phone, view=load_view(conn, rows[0][0], sensitive, region))


def _complaint_deadline(
    state: str,
    severity: str,
    opened: datetime,
    ack_due: datetime | None,
    res_due: datetime | None,
    window: datetime | None,
    now: datetime,
) -> tuple[datetime | None, str]:
    """The deadline that applies now and whether it is on track, at risk or breached (core rules)."""
    try:
        case = ComplaintCase(
            "",
            "",
            Severity(severity),
            opened,
            state=ComplaintState(state),
            acknowledge_due=ack_due,
            resolve_due=res_due,
            resolve_window_start=window or opened,
        )
    except ValueError:  # a state or severity this version does not know (from a newer console)
        return res_due, ""
    current = _WORKFLOW.current_deadline(case, now)
    if current is None:  # closed, or a record with no due date
        return (ack_due if state == "received" else res_due), ""
    return current[1], current[2].value


def load_view(
    conn: Connection, customer_id: str, sensitive: bool = False, region: str = "US", now: datetime | None = None
) -> CustomerView | None:
    q = conn.exec_driver_sql
    row = q(
        "SELECT id, account_no, display_name, kind, company_name, preferred_language, tier, vip, value_score, "
        "currency, credit_limit_minor, balance_minor, churn_risk, do_not_call, consent_marketing, id_number, "
        "card_number, customer_since, company_id FROM customers WHERE id = ?",
        (customer_id,),
    ).first()
    if row is None:
        return None
    now = now or datetime.now(UTC)
    company_name = row[4]
    if not company_name and row[18]:
        company_name = q("SELECT display_name FROM customers WHERE id = ?", (row[18],)).scalar() or ""
    phones = [
        PhoneView(kind, phone_rules.display(e164, region) if e164 else raw, e164, bool(primary))
        for kind, raw, e164, primary in q(
            "SELECT kind, raw, e164, is_primary FROM phones WHERE customer_id = ? AND NOT deleted "
            "ORDER BY is_primary DESC",
            (customer_id,),
        )
    ]
    emails = [r[0] for r in q("SELECT address FROM emails WHERE customer_id = ? AND NOT deleted", (customer_id,))]
    addresses = [
        AddressView(kind, ", ".join(part for part in (l1, l2, city, reg, pc, country) if part))
        for kind, l1, l2, city, reg, pc, country in q(
            "SELECT kind, line1, line2, city, region, postcode, country FROM addresses "
            "WHERE customer_id = ? AND NOT deleted",
            (customer_id,),
        )
    ]
    interactions = [
        InteractionView(
            _at(offered),
            direction,
            outcome,
            agent or "",
            dispo or "",
            notes or "",
            int((_at(ended) - _at(answered)).total_seconds()) if ended and answered else 0,
        )
        for offered, direction, outcome, agent, dispo, notes, answered, ended in q(
            "SELECT i.offered_at, i.direction, i.outcome, u.display_name, d.name_en, i.notes, i.answered_at, "
            "i.ended_at FROM interactions i LEFT JOIN users u ON u.id = i.agent_id "
            "LEFT JOIN disposition_codes d ON d.id = i.disposition_id "
            "WHERE i.customer_id = ? AND NOT i.deleted ORDER BY i.offered_at DESC LIMIT ?",
            (customer_id, RECENT_INTERACTIONS),
        )
    ]
    order_rows = q(
        "SELECT id, order_no, ordered_at, status, total_minor, currency FROM orders "
        "WHERE customer_id = ? AND NOT deleted ORDER BY ordered_at DESC",
        (customer_id,),
    ).all()
    since_12m = now - timedelta(days=365)
    spend_12m = sum(r[4] for r in order_rows if _at(r[2]) >= since_12m and r[3] != "cancelled")
    recent = order_rows[:RECENT_ORDERS]
    items_by_order: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    if order_rows:
        ids = [r[0] for r in order_rows[:50]]
        marks = ",".join("?" * len(ids))
        for order_id, desc, qty in q(
            f"SELECT order_id, description, quantity FROM order_lines WHERE order_id IN ({marks})", tuple(ids)
        ):
            items_by_order.setdefault(order_id, []).append(f"{qty}× {desc}" if qty > 1 else desc)
            counts[desc] = counts.get(desc, 0) + qty
    orders = [
        OrderView(no, _at(at), status, total, cur, ", ".join(items_by_order.get(oid, [])))
        for oid, no, at, status, total, cur in recent
    ]
    usual = [d for d, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]]
    complaints = []
    for cid, case_no, summary, state, severity, opened, ack_due, res_due, window, level in q(
        "SELECT id, case_no, summary, state, severity, opened_at, acknowledge_due_at, resolve_due_at, "
        "resolve_window_start, escalation_level FROM complaints "
        "WHERE customer_id = ? AND NOT deleted AND state NOT IN (?, ?) ORDER BY opened_at DESC",
        (customer_id, *CLOSED_STATE_VALUES),
    ):
        due_dt, deadline = _complaint_deadline(
            state, severity, _at(opened), _dt(ack_due), _dt(res_due), _dt(window), now
        )
        complaints.append(
            ComplaintView(case_no, summary, state, severity, due_dt, deadline == "breached", cid, deadline, level or 0)
        )
    figures = _figures(conn, customer_id, int(row[11]), int(row[10]))
    try:
        retention = q(
            "SELECT r.due_at, u.display_name FROM retention_calls r LEFT JOIN users u ON u.id = r.owner_id "
            "WHERE r.customer_id = ? AND r.status = 'scheduled' AND NOT r.deleted ORDER BY r.due_at LIMIT 1",
            (customer_id,),
        ).first()
    except OperationalError:  # a store opened before retention calls existed (older schema)
        retention = None
    notes = [
        (text if (sensitive or not private) else "", bool(private))
        for text, private in q(
            "SELECT text, private FROM customer_notes WHERE customer_id = ? AND NOT deleted ORDER BY created_at DESC",
            (customer_id,),
        )
    ]
    return CustomerView(
        customer_id=row[0],
        account_no=row[1],
        display_name=row[2],
        kind=row[3],
        company_name=company_name,
        preferred_language=row[5],
        tier=str(figures.get("tier", row[6])),
        vip=bool(row[7]),
        value_score=int(figures.get("value_score", row[8]) or 0),
        currency=row[9],
        credit_limit_minor=row[10],
        balance_minor=row[11],
        churn_risk=int(figures.get("churn_risk", row[12]) or 0),
        do_not_call=bool(row[13]),
        consent_marketing=bool(row[14]),
        id_number=row[15] if sensitive else mask(row[15]),
        card_number=row[16] if sensitive else mask(row[16]),
        customer_since=_dt(row[17]),
        phones=phones,
        emails=emails,
        addresses=addresses,
        interactions=interactions,
        orders=orders,
        order_count=len(order_rows),
        spend_12m_minor=spend_12m,
        usual_items=usual,
        complaints=complaints,
        notes=notes,
        masked=not sensitive,
        segment=figures.get("segment", ""),
        credit_rating=figures.get("credit_rating", ""),
        churn_source=figures.get("churn_source", ""),
        next_step=figures.get("next_step", ""),
        retention_due_at=_dt(retention[0]) if retention else None,
        retention_owner=(retention[1] or "") if retention else "",
        value_reasons=figures.get("value_reasons", []),
        churn_reasons=figures.get("churn_reasons", []),
        credit_reasons=figures.get("credit_reasons", []),
    )


_FIGURES = (
    "tier, value_score, churn_risk, segment, credit_rating, churn_source, next_step, orders, top_share, "
    "spend_12m_minor, expected_12m, recency_days, usual_gap_days, spend_90_minor, spend_prev_90_minor, "
    "complaints_90, breached_90, open_complaints, calls_30, repeat_calls_30, csat_last, nps_last, tenure_days, "
    "invoices_due, paid_on_time, overdue_now, worst_overdue_days"
)
_FIGURE_NAMES = tuple(c.strip() for c in _FIGURES.split(","))


def _figures(conn: Connection, customer_id: str, balance_minor: int, credit_limit_minor: int) -> dict[str, Any]:
    """The computed figures and their reasons (empty before the first recompute)."""
    raw = conn.connection.driver_connection
    try:
        if raw is not None:
            row = raw.execute(
                f"SELECT {_FIGURES} FROM customer_metrics WHERE customer_id = ?", (customer_id,)
            ).fetchone()
        else:
            row = conn.exec_driver_sql(
                f"SELECT {_FIGURES} FROM customer_metrics WHERE customer_id = ?", (customer_id,)
            ).first()
    except (
        OperationalError,
        sqlite3.OperationalError,
    ):  # a store opened before the figures existed (older schema): show the record anyway
        return {}
    if row is None:
        return {}
    m = dict(zip(_FIGURE_NAMES, row, strict=True))
    m["value_reasons"] = explain.value_reasons(m)
    m["churn_reasons"] = explain.churn_reasons(m)
    m["credit_reasons"] = explain.credit_reasons(m, balance_minor, credit_limit_minor)
    return m
