"""The `callcenter` command. Sub-commands import their work lazily so that
`callcenter --help` and the batch tools start fast and never load Qt."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from callcenter import __version__


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", type=Path, help="SQLite store to use (default: CALLCENTER_DB or the user data dir)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="callcenter", description="Contact-center console")
    parser.add_argument("--version", action="version", version=f"callcenter {__version__}")
    sub = parser.add_subparsers(dest="command")

    for name, help_text in [("console", "open the agent console (default)")]:
        p = sub.add_parser(name, help=help_text)
        _add_db(p)
        p.add_argument("--lang", choices=["en", "zh_CN"], help="interface language (default: system locale)")
        p.add_argument("--demo", action="store_true", help="use the demo database, creating it on first run")
        p.add_argument("--benchmark-startup", action="store_true", help=argparse.SUPPRESS)

    p = sub.add_parser("demo-data", help="generate realistic, deterministic demo data")
    _add_db(p)
    p.add_argument("--customers", type=int, default=2000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--json", action="store_true", help="print one JSON object with the figures")

    p = sub.add_parser("bench", help="reproducible benchmarks")
    bench = p.add_subparsers(dest="bench", required=True)
    b = bench.add_parser("screenpop", help="screen-pop lookup, search and paint latency")
    b.add_argument("--customers", type=int, default=100_000)
    b.add_argument("--lookups", type=int, default=2000)
    b.add_argument("--seed", type=int, default=1)
    _add_db(b)
    b.add_argument("--json", action="store_true")
    b = bench.add_parser("startup", help="process start to a console ready for input")
    b.add_argument("--customers", type=int, default=1_000_000)
    b.add_argument("--runs", type=int, default=3)
    _add_db(b)
    b.add_argument("--json", action="store_true")
    b = bench.add_parser("demo-data", help="demo-data generation rate")
    b.add_argument("--customers", type=int, default=100_000)
    b.add_argument("--json", action="store_true")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "console"
    if command == "console":
        if args.command is None:  # bare `callcenter`: console with defaults
            args = build_parser().parse_args(["console", *(argv or sys.argv[1:])])
        from callcenter.gui.app import run_console

        return run_console(args)
    if command == "demo-data":
        return _demo_data(args)
    if command == "bench":
        from callcenter.benchmarks import run_bench

        result = run_bench(args)
        _print(result, args.json)
        return 0
    return 2


def _demo_data(args) -> int:
    from callcenter.paths import default_db
    from callcenter.store.demo import generate

    db = args.db or default_db()
    try:
        result = generate(db, customers=args.customers, seed=args.seed)
    except Exception as exc:  # shown to a person: plain words, no traceback
        print(f"demo-data failed: {exc}", file=sys.stderr)
        return 1
    _print(result, args.json)
    return 0


def _print(result: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        width = max(len(k) for k in result) if result else 0
        for key, value in result.items():
            print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    raise SystemExit(main())
