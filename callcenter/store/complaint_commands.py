"""`callcenter complaints ...`: figures and exports, and the deadline check, without the GUI
(for scheduled jobs and spreadsheets)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from callcenter.core.complaint_figures import BUSINESS
from callcenter.store import complaint_queries, complaint_reports, complaints
from callcenter.store.db import Store

UTC = UTC


def _rate(rate) -> dict:
    return {
        "numerator": rate.numerator,
        "denominator": rate.denominator,
        "value": None if rate.value is None else round(rate.value, 4),
    }


def report(
    db: Path,
    days: int,
    period: str,
    lang: str,
    csv_path: Path | None,
    xlsx_path: Path | None,
    as_of: datetime | None = None,
) -> dict:
    store = Store(db)
    try:
        start, end = complaint_reports.last_days(days, as_of)
        f = complaint_reports.figures(store, start, end, lang, period, as_of=as_of)
        written = []
        if csv_path:
            written += [str(p) for p in complaint_reports.export_csv(f.tables, csv_path)]
        if xlsx_path:
            written.append(str(complaint_reports.export_xlsx(f.tables, xlsx_path)))
    finally:
        store.close()
    return {
        "since": start.isoformat(),
        "until": end.isoformat(),
        "cases": f.cases,
        "time_to_acknowledge_business_h": asdict(f.times[("acknowledge", BUSINESS)]),
        "time_to_resolve_business_h": asdict(f.times[("resolve", BUSINESS)]),
        "breach_rate": _rate(f.breach),
        "reopen_rate": _rate(f.reopen),
        "volume": [{"period": p, "category": c, "cases": n} for p, c, n in f.volume],
        "root_causes": [
            {"code": code, "label": label, "cases": n, "share": round(share, 4), "cumulative": round(cum, 4)}
            for code, label, n, share, cum in f.pareto
        ],
        "recovery_effect": [{**asdict(g), "repeat_share": g.repeat_share} for g in f.recovery],
        "written": written,
    }


def check_deadlines(db: Path, limit: int) -> dict:
    store = Store(db)
    try:
        notices = complaint_queries.check_deadlines(
            store, complaints.default_workflow(), datetime.now(UTC), limit=limit
        )
    finally:
        store.close()
    return {
        "escalated": len(notices),
        "cases": [
            {"case_id": n.case_id, "deadline": n.kind, "due": n.due.isoformat(), "escalation_level": n.escalation_level}
            for n in notices
        ],
    }
