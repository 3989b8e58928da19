"""Complaint figures, their export, the letters, and ``callcenter complaints report |
check-deadlines``: the figures panel, the case window's letter button and the command
line call these same functions.

An export that cannot be written is refused with ``ExportError`` (reason and path; the
GUI words it, the CLI prints its English line); nothing half-written is left behind.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from callcenter.core.agents import Identity
from callcenter.core.complaints.export import ExportError
from callcenter.core.complaints.figures import BUSINESS, Rate
from callcenter.core.complaints.letters import DEFAULT_COMPANY, render
from callcenter.core.complaints.permissions import require
from callcenter.core.complaints.workflow import BreachNotice
from callcenter.core.errors import Invalid
from callcenter.ops import complaints as ops
from callcenter.store.complaints import cases, letters, reports
from callcenter.store.complaints.reports import Figures, Table
from callcenter.store.db import Store

__all__ = [
    "ExportError",
    "Figures",
    "Letter",
    "Table",
    "check_deadlines_report",
    "export_figures",
    "figures",
    "last_days",
    "letter",
    "report",
]

EXPORT_KINDS = ("csv", "xlsx")
last_days = reports.last_days


def figures(
    store: Store,
    actor: Identity | None,
    start: datetime | None = None,
    end: datetime | None = None,
    lang: str = "en",
    period: str = "month",
    as_of: datetime | None = None,
) -> Figures:
    """Every complaint figure for cases opened in ``[start, end)``, with its tables in ``lang``."""
    return reports.figures(store, start, end, lang, period, as_of=as_of)


def export_figures(tables: Sequence[Table], kind: str, path: str | Path) -> list[Path]:
    """The tables as CSV files (one per table beside ``path``) or one XLSX workbook."""
    if kind not in EXPORT_KINDS:
        raise Invalid({"export": "unknown_kind"}, kind=kind)
    if kind == "csv":
        return reports.export_csv(tables, path)
    return [reports.export_xlsx(tables, path)]


@dataclass(frozen=True)
class Letter:
    kind: str
    lang: str
    html: str


def letter(
    store: Store,
    actor: Identity,
    complaint_id: str,
    kind: str,
    lang: str | None = None,
    company: str = DEFAULT_COMPANY,
    today: date | None = None,
) -> Letter:
    """The acknowledgement or resolution letter of a case, filled, in ``lang`` (by default
    the customer's language: letters go out in it whatever the agent's screen shows)."""
    require(actor.role, "letter")
    with store.session() as s:
        if lang is None:
            lang = cases.load(s, complaint_id).customer_language or "en"
        facts = letters.letter_facts_in(s, complaint_id, lang, company, today)
    return Letter(kind, lang, render(letters.template(kind, lang), facts, lang))


# -- the command line --------------------------------------------------------------------------
def _rate(rate: Rate) -> dict[str, Any]:
    return {
        "numerator": rate.numerator,
        "denominator": rate.denominator,
        "value": None if rate.value is None else round(rate.value, 4),
    }


def report(
    store: Store,
    actor: Identity | None,
    days: int,
    period: str,
    lang: str,
    csv_path: Path | None = None,
    xlsx_path: Path | None = None,
    as_of: datetime | None = None,
) -> dict[str, Any]:
    """``callcenter complaints report``: the figures of the last ``days`` as one JSON-ready
    object, and the tables written where asked."""
    start, end = last_days(days, as_of)
    f = figures(store, actor, start, end, lang, period, as_of=as_of)
    written: list[str] = []
    if csv_path:
        written += [str(p) for p in export_figures(f.tables, "csv", csv_path)]
    if xlsx_path:
        written += [str(p) for p in export_figures(f.tables, "xlsx", xlsx_path)]
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


def breach_summary(notices: list[BreachNotice]) -> dict[str, Any]:
    return {
        "escalated": len(notices),
        "cases": [
            {"case_id": n.case_id, "deadline": n.kind, "due": n.due.isoformat(), "escalation_level": n.escalation_level}
            for n in notices
        ],
    }


def check_deadlines_report(store: Store, limit: int, now: datetime | None = None) -> dict[str, Any]:
    """``callcenter complaints check-deadlines``: the same deadline check the board runs."""
    done = ops.check_deadlines(store, ops.SYSTEM_ACTOR, limit=limit, now=now or datetime.now(UTC))
    return breach_summary(done.value)
