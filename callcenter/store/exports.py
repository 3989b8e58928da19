"""Exports: customers, interactions and complaints as CSV (UTF-8 with BOM) or XLSX.

Rows stream from one query (never the whole table in memory); XLSX is written in
openpyxl's write-only mode. The customers export has the import's field names as its
header, so an exported file imports back as it is. Sensitive fields (ID and card numbers,
private notes) are never exported.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from callcenter.store.db import Store

_SQL = {
    "customers": (
        (
            "account_no",
            "kind",
            "name",
            "given_name",
            "family_name",
            "company_name",
            "phone",
            "email",
            "preferred_language",
            "tier",
            "vip",
            "currency",
            "credit_limit",
            "balance",
            "do_not_call",
            "consent_marketing",
            "customer_since",
        ),
        "SELECT c.account_no, c.kind, c.display_name, c.given_name, c.family_name, c.company_name, "
        "(SELECT p.e164 FROM phones p WHERE p.customer_id = c.id AND NOT p.deleted "
        " ORDER BY p.is_primary DESC, p.rowid LIMIT 1), "
        "(SELECT e.address FROM emails e WHERE e.customer_id = c.id AND NOT e.deleted ORDER BY e.rowid LIMIT 1), "
        "c.preferred_language, c.tier, c.vip, c.currency, c.credit_limit_minor, c.balance_minor, c.do_not_call, "
        "c.consent_marketing, c.customer_since FROM customers c WHERE NOT c.deleted ORDER BY c.account_no",
    ),
    "interactions": (
        (
            "id",
            "direction",
            "channel",
            "account_no",
            "caller",
            "queue",
            "agent",
            "offered_at",
            "answered_at",
            "ended_at",
            "wrap_ended_at",
            "hold_seconds",
            "outcome",
            "disposition",
            "transferred_to",
            "csat",
        ),
        "SELECT i.id, i.direction, i.channel, c.account_no, i.ani_e164, q.code, u.username, i.offered_at, "
        "i.answered_at, i.ended_at, i.wrap_ended_at, i.hold_seconds, i.outcome, d.code, i.transferred_to, "
        "i.survey_csat FROM interactions i LEFT JOIN customers c ON c.id = i.customer_id "
        "LEFT JOIN queues q ON q.id = i.queue_id LEFT JOIN users u ON u.id = i.agent_id "
        "LEFT JOIN disposition_codes d ON d.id = i.disposition_id WHERE NOT i.deleted ORDER BY i.offered_at, i.id",
    ),
    "complaints": (
        (
            "case_no",
            "account_no",
            "channel",
            "category",
            "severity",
            "state",
            "summary",
            "owner",
            "opened_at",
            "acknowledge_due_at",
            "resolve_due_at",
            "acknowledged_at",
            "resolved_at",
            "closed_at",
            "escalation_level",
            "reopen_count",
            "root_cause",
            "csat",
        ),
        "SELECT k.case_no, c.account_no, k.channel, k.category, k.severity, k.state, k.summary, u.username, "
        "k.opened_at, k.acknowledge_due_at, k.resolve_due_at, k.acknowledged_at, k.resolved_at, k.closed_at, "
        "k.escalation_level, k.reopen_count, k.root_cause, k.survey_csat FROM complaints k "
        "LEFT JOIN customers c ON c.id = k.customer_id LEFT JOIN users u ON u.id = k.owner_id "
        "WHERE NOT k.deleted ORDER BY k.opened_at, k.case_no",
    ),
}
EXPORTS = tuple(_SQL)
_MONEY = {"credit_limit": 11, "balance": 12}  # customers columns in minor units: written as amounts
_FLAGS = {"vip", "do_not_call", "consent_marketing"}


def _rows(store: Store, what: str) -> Iterator[list[Any]]:
    header, sql = _SQL[what]
    money = {header.index(k) for k in _MONEY} if what == "customers" else set()
    flags = {header.index(k) for k in _FLAGS} if what == "customers" else set()
    currency = header.index("currency") if what == "customers" else -1
    with store.engine.connect() as conn:
        result = conn.exec_driver_sql(sql)
        while batch := result.fetchmany(5000):
            for raw in batch:
                row = ["" if v is None else v for v in raw]
                for i in money:
                    row[i] = _amount(int(row[i] or 0), str(row[currency]))
                for i in flags:
                    row[i] = 1 if row[i] else 0
                yield row


def _amount(minor: int, currency: str) -> str:
    from callcenter.core.money import minor_digits

    digits = minor_digits(currency)
    if digits == 0:
        return str(minor)
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), 10**digits)
    return f"{sign}{whole}.{frac:0{digits}d}"


def export(store: Store, what: str, path: Path, fmt: str) -> int:
    """Write the export; returns the data rows written. The file appears whole or not at all."""
    header = list(_SQL[what][0])
    tmp = path.with_name(path.name + ".part")
    count = 0
    try:
        if fmt == "xlsx":
            import openpyxl

            wb = openpyxl.Workbook(write_only=True)
            ws = wb.create_sheet(what)
            ws.append(header)
            for row in _rows(store, what):
                ws.append(row)
                count += 1
            wb.save(tmp)
        else:
            with open(tmp, "w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(header)
                for row in _rows(store, what):
                    writer.writerow(row)
                    count += 1
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return count
