"""`callcenter analytics satisfaction`: CSAT and NPS per queue, agent, segment or month."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path


def _date(text: str) -> datetime:
    try:
        return datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def add_parser(analytics: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = analytics.add_parser("satisfaction", help="CSAT and NPS per queue, agent, customer segment or month")
    p.add_argument("--db", type=Path, help="SQLite store to use (default: CALLCENTER_DB or the user data dir)")
    p.add_argument("--by", choices=["queue", "agent", "segment", "month"], default="queue")
    p.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help="answers from this day (UTC)")
    p.add_argument("--until", type=_date, metavar="YYYY-MM-DD", help="answers before this day (UTC)")
    p.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace) -> int:
    from callcenter.core.errors import Problem
    from callcenter.ops import surveys
    from callcenter.paths import default_db
    from callcenter.store.db import Store, StoreError

    try:
        store = Store(args.db or default_db())
        try:
            report = surveys.satisfaction(store, args.by, args.since, args.until)
        finally:
            store.close()
    except (Problem, StoreError, OSError) as exc:
        print(f"callcenter analytics satisfaction: {exc}", file=sys.stderr)
        return 1
    result = report.as_json()
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0

    def num(value: float | None, fmt: str) -> str:
        return "n/a" if value is None else format(value, fmt)

    o = result["overall"]
    print(
        f"overall: CSAT {num(o['csat_mean'], '.2f')} ({o['csat_answers']} answers), "
        f"NPS {num(o['nps'], '.1f')} ({o['nps_answers']} answers)"
    )
    for g in result["groups"]:
        print(
            f"{g['name'][:32]:<32} CSAT {num(g['csat_mean'], '.2f'):>5} ({g['csat_answers']:>6})  "
            f"NPS {num(g['nps'], '.1f'):>6} ({g['nps_answers']:>6})"
        )
    return 0
