"""`callcenter report agents|queues|dispositions`: agent activity, queue intervals and
dispositions for a range of days (UTC), printed, as JSON, or exported to CSV or XLSX."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path


def _date(text: str) -> datetime:
    try:
        return datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("report", help="agent activity, queue intervals and dispositions for a range of days")
    p.add_argument("kind", choices=["agents", "queues", "dispositions"])
    p.add_argument("--db", type=Path, help="SQLite store to use (default: CALLCENTER_DB or the user data dir)")
    p.add_argument("--from", dest="start", type=_date, required=True, metavar="YYYY-MM-DD", help="first day (UTC)")
    p.add_argument("--to", dest="end", type=_date, required=True, metavar="YYYY-MM-DD", help="last day, included")
    p.add_argument("--interval", type=int, choices=[15, 30, 60], default=30, help="queue interval in minutes")
    p.add_argument("--lang", choices=["en", "zh_CN"], default="en", help="language of exported headers")
    p.add_argument("--csv", type=Path, metavar="FILE", help="write the table as CSV (UTF-8 with BOM)")
    p.add_argument("--xlsx", type=Path, metavar="FILE", help="write the table as an XLSX workbook")
    p.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace) -> int:
    from callcenter.core.errors import Invalid, Problem
    from callcenter.ops import reports
    from callcenter.paths import default_db
    from callcenter.store.db import Store, StoreError

    if args.end < args.start:
        print("callcenter report: --to is before --from", file=sys.stderr)
        return 2
    end = args.end + timedelta(days=1)  # the last day is included
    written: list[str] = []
    try:
        store = Store(args.db or default_db())
        try:
            rep = reports.report(store, None, args.kind, args.start, end, args.interval, args.lang)
        finally:
            store.close()
        for kind, path in (("csv", args.csv), ("xlsx", args.xlsx)):
            if path is not None:
                written.append(str(reports.export_report(rep, kind, path)))
    except Invalid as exc:
        print(f"callcenter report: {exc.english()}", file=sys.stderr)
        return 2
    except (Problem, StoreError, OSError) as exc:
        print(f"callcenter report: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({**rep.as_json(), "written": written}, ensure_ascii=False))
        return 0
    print(f"{rep.table.title}, {args.start:%Y-%m-%d} to {args.end:%Y-%m-%d} (UTC)")
    widths = [
        max(len(str(h)), *(len(_fmt(r[i], k)) for r in rep.table.rows))
        for i, (h, k) in enumerate(zip(rep.table.headers, rep.kinds))
    ]
    print("  ".join(str(h).ljust(w) for h, w in zip(rep.table.headers, widths)))
    for row in rep.table.rows:
        print("  ".join(_fmt(v, k).ljust(w) for v, k, w in zip(row, rep.kinds, widths)))
    if not rep.table.rows:
        print("(nothing in this range)")
    for path in written:
        print(f"wrote {path}")
    return 0


def _fmt(value: object, kind: str) -> str:
    if value is None:
        return "n/a"
    if kind == "s" and isinstance(value, int | float):
        v = int(round(value))
        return f"{v // 3600}:{v % 3600 // 60:02d}:{v % 60:02d}"
    if kind == "r" and isinstance(value, int | float):
        return f"{value:.1%}"
    return str(value)
