"""Complaint figures from the store, as tables, and their export to CSV and XLSX.

``figures(store, start, end, lang)`` reads what ``core.complaints.figures`` needs with a
handful of SQL queries (cases opened in the range; cases closed in the range; the
latest answered call of customers who never complained) and returns ``Figures``:
the computed values plus one ``Table`` per figure with headers in the user's language.
Export writes a temporary file beside the target and renames it, so a failure never
leaves a half-written file; an OS error becomes ``ExportError`` (a problem naming why).
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from callcenter.core.business_calendar import BusinessCalendar
from callcenter.core.complaints.capture import CategoryTree
from callcenter.core.complaints.export import ExportError, plain_error
from callcenter.core.complaints.figures import (
    BUSINESS,
    ELAPSED,
    REPEAT_WINDOW,
    CaseFacts,
    Contact,
    GroupEffect,
    Rate,
    Summary,
    breach_rate,
    handling_times,
    recovery_effect,
    reopen_rate,
    root_cause_pareto,
    volume_by_category,
)
from callcenter.core.complaints.workflow import CLOSED_STATE_VALUES
from callcenter.store.complaints.config import categories_in, root_causes
from callcenter.store.db import Store

__all__ = ["ExportError", "Figures", "Table", "export_csv", "export_xlsx", "figures", "plain_error", "tables"]
_FAR_PAST = datetime(1970, 1, 1, tzinfo=UTC)
_FAR_FUTURE = datetime(9999, 1, 1, tzinfo=UTC)

# Header and label words, (English, 中文).
_WORDS: dict[str, tuple[str, str]] = {
    "volume": ("Volume by category", "按类别的投诉量"),
    "times": ("Time to acknowledge and resolve", "确认与解决用时"),
    "rates": ("Breach and reopen rates", "超时率与重开率"),
    "pareto": ("Root-cause Pareto", "根本原因帕累托"),
    "recovery": ("Recovery effect", "补救效果"),
    "period": ("Period", "期间"),
    "category": ("Category", "类别"),
    "cases": ("Cases", "投诉数"),
    "measure": ("Measure", "指标"),
    "basis": ("Counted in", "计算口径"),
    "n": ("Cases counted", "计入投诉数"),
    "median_h": ("Median (h)", "中位数（小时）"),
    "p90_h": ("90th percentile (h)", "第90百分位（小时）"),
    "mean_h": ("Mean (h)", "平均（小时）"),
    "figure": ("Figure", "指标"),
    "numerator": ("Cases", "案件数"),
    "denominator": ("Out of", "总数"),
    "rate": ("Rate", "比率"),
    "root_cause": ("Root cause", "根本原因"),
    "code": ("Code", "代码"),
    "count": ("Cases", "投诉数"),
    "share": ("Share", "占比"),
    "cumulative": ("Cumulative share", "累计占比"),
    "group": ("Customers", "客户组"),
    "csat_n": ("Survey answers", "调查回复数"),
    "csat_mean": ("Mean CSAT (1-5)", "平均满意度（1-5）"),
    "customers": ("Customers with a full 90-day window", "满90天观察期的客户数"),
    "repeat_buyers": ("Bought again within 90 days", "90天内再次购买"),
    "repeat_share": ("Repeat-purchase share", "再次购买比例"),
    "acknowledge": ("Time to acknowledge", "确认用时"),
    "resolve": ("Time to resolve", "解决用时"),
    BUSINESS: ("Business hours", "工作时间小时数"),
    ELAPSED: ("Elapsed hours", "自然小时数"),
    "breach_rate": ("Breach rate (acknowledge or resolve deadline)", "超时率（确认或解决期限）"),
    "reopen_rate": ("Reopen rate (of cases closed at least once)", "重开率（已结案过的投诉）"),
    "resolved_complainers": ("Complainers whose case was resolved", "投诉已解决的客户"),
    "never_complained": ("Never complained", "从未投诉的客户"),
}


def word(key: str, lang: str) -> str:
    en, zh = _WORDS.get(key, (key, key))
    return zh if lang.startswith("zh") else en


@dataclass
class Table:
    key: str  # file suffix and sheet identity
    title: str
    headers: list[str]
    rows: list[tuple[Any, ...]]


@dataclass
class Figures:
    start: datetime | None
    end: datetime | None
    as_of: datetime
    lang: str
    cases: int
    volume: list[tuple[str, str, int]]  # (period, category label, count)
    times: dict[tuple[str, str], Summary]
    breach: Rate
    reopen: Rate
    pareto: list[tuple[str, str, int, float, float]]  # (code, label, count, share, cumulative)
    recovery: list[GroupEffect]
    tables: list[Table] = field(default_factory=list)


# -- reading -------------------------------------------------------------------------------
def _ts(at: datetime) -> str:
    """The text SQLite holds for a UTC datetime (what the models store)."""
    return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text).replace(tzinfo=UTC) if text else None


def _when(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


_CASES = """
SELECT id, category, opened_at, state, acknowledged_at, resolved_at, closed_at, acknowledge_due_at,
       resolve_due_at, root_cause, reopen_count, breaches
FROM complaints WHERE deleted = 0 AND opened_at >= ? AND opened_at < ?"""

# Closed cases in the range: survey scores and, for the repeat-purchase anchor, the
# first order after each closing (index ix_orders_customer_time answers it).
_RESOLVED = """
SELECT c.customer_id, c.closed_at, c.survey_csat,
       (SELECT min(o.ordered_at) FROM orders o
         WHERE o.customer_id = c.customer_id AND o.ordered_at > c.closed_at AND o.deleted = 0)
FROM complaints c
WHERE c.deleted = 0 AND c.state IN ({closed}) AND c.closed_at >= ? AND c.closed_at < ?""".format(
    closed=", ".join(f"'{state}'" for state in CLOSED_STATE_VALUES)
)

# Never complained: per customer the latest answered call in the range whose 90-day
# window has passed (the anchor), then the first order after it.
_NEVER = """
WITH last AS (
  SELECT i.customer_id AS customer_id, max(i.offered_at) AS at FROM interactions i
  WHERE i.answered_at IS NOT NULL AND i.customer_id IS NOT NULL AND i.deleted = 0
    AND i.offered_at >= ? AND i.offered_at < ?
    AND NOT EXISTS (SELECT 1 FROM complaints c WHERE c.customer_id = i.customer_id)
  GROUP BY i.customer_id)
SELECT last.customer_id, last.at,
       (SELECT min(o.ordered_at) FROM orders o
         WHERE o.customer_id = last.customer_id AND o.ordered_at > last.at AND o.deleted = 0)
FROM last"""

_NEVER_CSAT = """
SELECT i.survey_csat, count(*) FROM interactions i
WHERE i.survey_csat IS NOT NULL AND i.answered_at IS NOT NULL AND i.customer_id IS NOT NULL AND i.deleted = 0
  AND i.offered_at >= ? AND i.offered_at < ?
  AND NOT EXISTS (SELECT 1 FROM complaints c WHERE c.customer_id = i.customer_id)
GROUP BY i.survey_csat"""


def _case(row: Sequence[Any]) -> CaseFacts:
    (id_, category, opened, state, ack, res, closed, ack_due, res_due, cause, reopens, breaches) = row
    return CaseFacts(
        id_,
        category,
        _when(opened),
        state,
        _dt(ack),
        _dt(res),
        _dt(closed),
        _dt(ack_due),
        _dt(res_due),
        cause or "",
        reopens or 0,
        bool(breaches and json.loads(breaches)),
    )


def _labels(lang: str, tree: CategoryTree) -> tuple[Callable[[str], str], dict[str, str]]:

    def group_label(code: str) -> str:
        group = tree.group_of(code)
        return group.name(lang) if group else code

    return group_label, {c.code: c.name(lang) for c in root_causes()}


def figures(
    store: Store,
    start: datetime | None = None,
    end: datetime | None = None,
    lang: str = "en",
    period: str = "month",
    calendar: BusinessCalendar | None = None,
    as_of: datetime | None = None,
) -> Figures:
    """All complaint figures for cases opened in ``[start, end)`` (None: unbounded).

    ``as_of`` (default: now, or ``end`` when that is earlier) decides which deadlines
    have passed and which 90-day windows are complete.
    """
    now = datetime.now(UTC)
    as_of = as_of or (min(now, end) if end else now)
    lo, hi = _ts(start or _FAR_PAST), _ts(end or _FAR_FUTURE)
    anchor_hi = _ts(min(end or _FAR_FUTURE, as_of - REPEAT_WINDOW))
    with store.engine.connect() as conn:
        sql = conn.exec_driver_sql
        cases = [_case(r) for r in sql(_CASES, (lo, hi))]
        resolved_rows = sql(_RESOLVED, (lo, hi)).all()
        never = [Contact(c, _when(at), None, _dt(nxt)) for c, at, nxt in sql(_NEVER, (lo, anchor_hi))]
        never_csat = [score for score, n in sql(_NEVER_CSAT, (lo, hi)) for _ in range(n)]
    resolved = [Contact(c, _when(at), csat, _dt(nxt)) for c, at, csat, nxt in resolved_rows]
    with store.session() as s:
        tree = categories_in(s)  # the site's categories, retired ones too (old cases keep their names)
    group_label, cause_label = _labels(lang, tree)
    calendar = calendar or BusinessCalendar()
    out = Figures(
        start,
        end,
        as_of,
        lang,
        len(cases),
        volume_by_category(cases, period, key=group_label),
        handling_times(cases, calendar),
        breach_rate(cases, as_of),
        reopen_rate(cases),
        [(code, cause_label.get(code, code), n, share, cum) for code, n, share, cum in root_cause_pareto(cases)],
        recovery_effect(resolved, (c.csat for c in resolved), never, never_csat, as_of),
    )
    out.tables = tables(out)
    return out


def _round(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def tables(f: Figures) -> list[Table]:
    """Every figure as a table with headers and labels in the figures' language."""

    def w(key: str) -> str:
        return word(key, f.lang)

    times = [(w(m), w(b), s.n, _round(s.median), _round(s.p90), _round(s.mean)) for (m, b), s in f.times.items()]
    rates = [
        (w(k), r.numerator, r.denominator, _round(r.value, 4))
        for k, r in (("breach_rate", f.breach), ("reopen_rate", f.reopen))
    ]
    return [
        Table("volume", w("volume"), [w("period"), w("category"), w("cases")], list(f.volume)),
        Table("times", w("times"), [w(k) for k in ("measure", "basis", "n", "median_h", "p90_h", "mean_h")], times),
        Table("rates", w("rates"), [w(k) for k in ("figure", "numerator", "denominator", "rate")], rates),
        Table(
            "pareto",
            w("pareto"),
            [w(k) for k in ("code", "root_cause", "count", "share", "cumulative")],
            [(c, label, n, _round(s, 4), _round(cum, 4)) for c, label, n, s, cum in f.pareto],
        ),
        Table(
            "recovery",
            w("recovery"),
            [w(k) for k in ("group", "csat_n", "csat_mean", "customers", "repeat_buyers", "repeat_share")],
            [
                (w(g.group), g.csat_n, _round(g.csat_mean), g.customers, g.repeat_buyers, _round(g.repeat_share, 4))
                for g in f.recovery
            ],
        ),
    ]


# -- export ----------------------------------------------------------------------------------
def write_atomically(path: str | Path, write: Callable[[Any], None], mode: str = "w", **open_args: Any) -> Path:
    """Write through ``write(file)`` into a temporary file beside ``path``, then rename it."""
    path = Path(path)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        with os.fdopen(fd, mode, **open_args) as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        tmp = None
        return path
    except OSError as exc:
        raise plain_error(exc, path) from exc
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def csv_paths(tables_: Sequence[Table], path: str | Path) -> list[Path]:
    """One CSV per table beside ``path``: ``report.csv`` -> ``report-volume.csv``, ..."""
    path = Path(path)
    stem = path.stem if path.suffix.lower() == ".csv" else path.name
    return [path.with_name(f"{stem}-{t.key}.csv") for t in tables_]


def export_csv(tables_: Sequence[Table], path: str | Path) -> list[Path]:
    """Each table to its own UTF-8 CSV with a BOM (so Excel reads Chinese); returns the paths."""
    written = []
    for table, target in zip(tables_, csv_paths(tables_, path)):

        def write(fh: Any, table: Table = table) -> None:
            out = csv.writer(fh)
            out.writerow(table.headers)
            out.writerows(["" if v is None else v for v in row] for row in table.rows)

        written.append(write_atomically(target, write, "w", encoding="utf-8-sig", newline=""))
    return written


def _sheet_name(title: str, used: set[str]) -> str:
    name = "".join("-" if ch in "[]:*?/\\" else ch for ch in title)[:31] or "Sheet"
    base, n = name, 2
    while name in used:
        name = f"{base[:28]} {n}"
        n += 1
    used.add(name)
    return name


def export_xlsx(tables_: Sequence[Table], path: str | Path) -> Path:
    """One workbook, one sheet per table, headers bold and frozen."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    for table in tables_:
        sheet = book.create_sheet(_sheet_name(table.title, used))
        sheet.append(table.headers)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append(list(row))
        sheet.freeze_panes = "A2"
        for col, header in enumerate(table.headers, start=1):
            width = max([len(str(header))] + [len(str(r[col - 1])) for r in table.rows[:200]])
            sheet.column_dimensions[sheet.cell(1, col).column_letter].width = min(60, 4 + width * 1.2)
    return write_atomically(path, book.save, "wb")


def last_days(days: int, now: datetime | None = None) -> tuple[datetime, datetime]:
    now = now or datetime.now(UTC)
    return now - timedelta(days=days), now
