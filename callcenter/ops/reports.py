"""Agent activity, queue-interval and disposition reports: the supervisors' reports window
and ``callcenter report agents|queues|dispositions`` call these same functions.

A report is read in one connection (``store.reports``), computed by ``core.reports`` on
plain rows, and handed back as ``Report``: JSON-ready rows plus one ``Table`` (headers in
the user's language; durations in seconds, rates as fractions) that exports to CSV (UTF-8
with a BOM) or XLSX. Export writes beside the target and renames, so a failure leaves
nothing half-written (``ExportError``).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from callcenter.core import reports as core
from callcenter.core.agents import Identity
from callcenter.core.complaints.export import ExportError
from callcenter.core.errors import Invalid, NotPermitted
from callcenter.core.roles import Role
from callcenter.store import reports as report_store
from callcenter.store.complaints.reports import Table, export_xlsx, write_atomically
from callcenter.store.db import Store

__all__ = ["KINDS", "ExportError", "Report", "Table", "export_report", "report"]

KINDS = ("agents", "queues", "dispositions")
EXPORT_KINDS = ("csv", "xlsx")
READERS = frozenset({Role.SUPERVISOR, Role.ADMIN})

# Column key -> (English, 中文); the kind of value: t text, n count, s seconds, r fraction.
_COLUMNS: dict[str, tuple[str, str, str]] = {
    "agent": ("Agent", "坐席", "t"),
    "logged_in_s": ("Logged in", "登录时长", "s"),
    "available_s": ("Available", "就绪", "s"),
    "not_ready_s": ("Not ready", "未就绪", "s"),
    "ringing_s": ("Ringing", "振铃", "s"),
    "talk_s": ("Talk", "通话", "s"),
    "hold_s": ("Hold", "保持", "s"),
    "wrap_up_s": ("Wrap-up", "话后处理", "s"),
    "handled": ("Calls handled", "接听数", "n"),
    "missed": ("Calls missed", "未接数", "n"),
    "aht_s": ("AHT", "平均处理时长", "s"),
    "occupancy": ("Occupancy", "占用率", "r"),
    "queue": ("Queue", "队列", "t"),
    "start": ("Interval", "时段", "t"),
    "offered": ("Offered", "呼入", "n"),
    "answered": ("Answered", "接听", "n"),
    "abandoned": ("Abandoned", "放弃", "n"),
    "service_level": ("Service level", "服务水平", "r"),
    "asa_s": ("ASA", "平均应答速度", "s"),
    "abandon_rate": ("Abandon rate", "放弃率", "r"),
    "disposition": ("Disposition", "处理结果", "t"),
    "calls": ("Calls", "通话数", "n"),
    "share": ("Share", "占比", "r"),
}
_TITLES = {
    "agents": ("Agent activity", "坐席活动"),
    "queues": ("Queue intervals", "队列时段"),
    "dispositions": ("Dispositions", "处理结果"),
}
_NOT_READY_PREFIX = ("Not ready: ", "未就绪：")
_NO_DISPOSITION = ("(none)", "（无）")
_TOTAL = ("Total", "合计")


def _w(pair: tuple[str, ...], lang: str) -> str:
    return pair[1] if lang.startswith("zh") else pair[0]


@dataclass
class Report:
    kind: str
    start: datetime
    end: datetime
    interval: int
    lang: str
    rows: list[dict[str, Any]]  # JSON-ready
    table: Table
    kinds: list[str] = field(default_factory=list)  # per column: t n s r

    def as_json(self) -> dict[str, Any]:
        return {
            "report": self.kind,
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "interval_minutes": self.interval,
            "rows": self.rows,
        }


def _check(actor: Identity | None) -> None:
    # The command line (actor None) is the site's own tool, like `complaints report`.
    if actor is not None and actor.role not in READERS:
        raise NotPermitted("view_reports", actor.role.value)


def report(
    store: Store,
    actor: Identity | None,
    kind: str,
    start: datetime,
    end: datetime,
    interval: int = 30,
    lang: str = "en",
    now: datetime | None = None,
) -> Report:
    """The ``kind`` report for [start, end) (UTC)."""
    _check(actor)
    problems = {}
    if kind not in KINDS:
        problems["report"] = "unknown_kind"
    if interval not in core.INTERVALS:
        problems["interval"] = "not_15_30_60"
    if start.tzinfo is None or end.tzinfo is None or end <= start:
        problems["range"] = "empty_range"
    if problems:
        raise Invalid(problems)
    now = now or datetime.now(UTC)
    with store.engine.connect() as conn:
        legs = report_store.legs(conn, start, end)
        if kind == "agents":
            rows = report_store.state_rows(conn, start, end)
            names = report_store.agent_names(conn)
            reasons = report_store.reason_names(conn, lang)
            return _agents(core.agent_activity(rows, legs, start, end, now, names), reasons, start, end, interval, lang)
        if kind == "queues":
            targets = report_store.queue_targets(conn)
            qnames = report_store.queue_names(conn, lang)
            return _queues(
                core.queue_intervals(legs, start, end, interval, targets), qnames, start, end, interval, lang
            )
        dnames = report_store.disposition_names(conn, lang)
        return _dispositions(core.dispositions(legs, start, end, dnames), start, end, interval, lang)


def _table(kind: str, keys: list[str], rows: list[list[Any]], lang: str, extra: dict[str, str] | None = None) -> Table:
    extra = extra or {}
    headers = [extra.get(k) or _w(_COLUMNS[k], lang) for k in keys]
    return Table(kind, _w(_TITLES[kind], lang), headers, [tuple(r) for r in rows])


def _agents(
    acts: list[core.AgentActivity], reasons: dict[str, str], start: datetime, end: datetime, interval: int, lang: str
) -> Report:
    codes = sorted({code for a in acts for code in a.not_ready_by_reason})
    keys = ["agent", "logged_in_s", "available_s", "not_ready_s"]
    extra = {}
    for code in codes:
        keys.append(f"nr:{code}")
        extra[f"nr:{code}"] = _w(_NOT_READY_PREFIX, lang) + (reasons.get(code) or code or "—")
    keys += ["ringing_s", "talk_s", "hold_s", "wrap_up_s", "aht_s", "handled", "missed", "occupancy"]
    rows, table_rows = [], []
    for a in acts:
        j = a.as_json()
        rows.append(j)
        line: list[Any] = []
        for k in keys:
            if k == "agent":
                line.append(a.name)
            elif k.startswith("nr:"):
                line.append(round(a.not_ready_by_reason.get(k[3:], 0.0)))
            else:
                line.append(_cell(j[k], _COLUMNS[k][2]))
        table_rows.append(line)
    kinds = ["s" if k.startswith("nr:") else _COLUMNS[k][2] for k in keys]
    table = _table("agents", keys, table_rows, lang, extra)
    return Report("agents", start, end, interval, lang, rows, table, kinds)


def _cell(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "s":
        return round(float(value), 1)
    if kind == "r":
        return round(float(value), 4)
    return value


def _queues(
    ivs: list[core.QueueInterval], qnames: dict[str, str], start: datetime, end: datetime, interval: int, lang: str
) -> Report:
    keys = ["queue", "start", "offered", "answered", "abandoned", "service_level", "asa_s", "aht_s", "abandon_rate"]
    rows, table_rows = [], []
    for iv in ivs:
        j = iv.as_json()
        rows.append(j)
        line = [qnames.get(iv.queue) or iv.queue or "—", iv.start.strftime("%Y-%m-%d %H:%M")]
        line += [_cell(j[k], _COLUMNS[k][2]) for k in keys[2:]]
        table_rows.append(line)
    for t in core.queue_totals(ivs):
        j = t.as_json()
        line = [qnames.get(t.queue) or t.queue or "—", _w(_TOTAL, lang)]
        line += [_cell(j[k], _COLUMNS[k][2]) for k in keys[2:]]
        table_rows.append(line)
    kinds = [_COLUMNS[k][2] for k in keys]
    return Report("queues", start, end, interval, lang, rows, _table("queues", keys, table_rows, lang), kinds)


def _dispositions(
    counts: list[core.DispositionCount], start: datetime, end: datetime, interval: int, lang: str
) -> Report:
    keys = ["disposition", "calls", "share", "aht_s"]
    rows = [c.as_json() for c in counts]
    table_rows = [
        [c.name if c.code else _w(_NO_DISPOSITION, lang), c.calls, _cell(c.share, "r"), _cell(c.aht_s, "s")]
        for c in counts
    ]
    kinds = [_COLUMNS[k][2] for k in keys]
    table = _table("dispositions", keys, table_rows, lang)
    return Report("dispositions", start, end, interval, lang, rows, table, kinds)


def export_report(rep: Report, kind: str, path: str | Path) -> Path:
    """The report's table to ``path``: CSV (UTF-8 with a BOM, so Excel reads Chinese) or XLSX."""
    if kind not in EXPORT_KINDS:
        raise Invalid({"export": "unknown_kind"}, kind=kind)
    if kind == "xlsx":
        return export_xlsx([rep.table], path)

    def write(fh: Any) -> None:
        out = csv.writer(fh)
        out.writerow(rep.table.headers)
        out.writerows(["" if v is None else v for v in row] for row in rep.table.rows)

    return write_atomically(path, write, "w", encoding="utf-8-sig", newline="")
