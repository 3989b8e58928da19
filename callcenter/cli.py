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
        p.add_argument("--live", action="store_true", help="take calls from the live queue simulator")
        p.add_argument(
            "--speed", type=int, default=1, choices=[1, 2, 5, 10, 30, 60], help="live simulation speed (with --live)"
        )
        p.add_argument(
            "--live-server", metavar="HOST:PORT", help="join a shared live simulation (callcenter live-server)"
        )

    p = sub.add_parser("trainer", help="open the trainer's window: role-play sessions, scenarios, dashboard")
    _add_db(p)
    p.add_argument("--lang", choices=["en", "zh_CN"], help="interface language (default: system locale)")
    p.add_argument("--demo", action="store_true", help="use the demo database, creating it on first run")

    p = sub.add_parser("scenario", help="role-play training scenarios")
    scen = p.add_subparsers(dest="scenario_command", required=True)
    s_list = scen.add_parser("list", help="the built-in scenarios")
    s_list.add_argument("--json", action="store_true", help="print one JSON object")
    s_val = scen.add_parser("validate", help="check scenario files (default: the built-in ones)")
    s_val.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    s_val.add_argument("--json", action="store_true", help="print one JSON object")

    p = sub.add_parser("board", help="open the supervisors' queue board on a live simulation")
    _add_db(p)
    p.add_argument("--demo", action="store_true", help="use the demo database, creating it on first run")
    p.add_argument("--lang", choices=["en", "zh_CN"], help="interface language (default: system locale)")
    p.add_argument("--speed", type=int, default=10, choices=[1, 2, 5, 10, 30, 60])
    p.add_argument("--scenario", type=Path, help="a YAML scenario (default: the demo center)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--wallboard", action="store_true", help="start full screen in wallboard mode")
    p.add_argument("--live-server", metavar="HOST:PORT", help="watch a shared live simulation instead of running one")

    p = sub.add_parser("live-server", help="run a live simulation that several consoles and boards join")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--speed", type=int, default=1, choices=[1, 2, 5, 10, 30, 60])
    p.add_argument("--scenario", type=Path, help="a YAML scenario (default: the demo center)")
    p.add_argument("--seed", type=int, default=1)

    p = sub.add_parser("demo-data", help="generate realistic, deterministic demo data")
    _add_db(p)
    p.add_argument("--customers", type=int, default=2000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--json", action="store_true", help="print one JSON object with the figures")

    p = sub.add_parser("complaints", help="complaint figures and exports, and the deadline check")
    csub = p.add_subparsers(dest="complaints", required=True)
    c = csub.add_parser("report", help="volume, times, breach and reopen rates, root causes, recovery effect")
    _add_db(c)
    c.add_argument("--days", type=_positive_int, default=365, help="the last N days (default 365)")
    c.add_argument("--period", choices=["month", "week"], default="month")
    c.add_argument("--lang", choices=["en", "zh_CN"], default="en", help="language of labels and headers")
    c.add_argument("--csv", type=Path, metavar="FILE", help="also write the tables as FILE-<table>.csv")
    c.add_argument("--xlsx", type=Path, metavar="FILE", help="also write the tables to one XLSX workbook")
    c.add_argument("--json", action="store_true")
    c = csub.add_parser("check-deadlines", help="escalate open cases whose deadline has passed (once each)")
    _add_db(c)
    c.add_argument("--limit", type=_positive_int, default=1000, help="at most this many cases per run")
    c.add_argument("--json", action="store_true")

    p = sub.add_parser("analytics", help="customer value, lifetime value, churn, satisfaction: computed from the store")
    analytics = p.add_subparsers(dest="analytics", required=True)
    from callcenter import cli_analytics, cli_satisfaction

    cli_analytics.add_parsers(analytics)
    cli_satisfaction.add_parser(analytics)
    from callcenter import cli_report

    cli_report.add_parser(sub)  # reports14: report agents|queues|dispositions

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
    b = bench.add_parser("board", help="GUI-thread time of one board refresh under a live simulation")
    b.add_argument("--agents", type=int, default=1000)
    b.add_argument("--queues", type=int, default=50)
    b.add_argument("--refreshes", type=int, default=120)
    b.add_argument("--json", action="store_true")
    b = bench.add_parser("gui-ops", help="GUI-thread time of each user action, driven through the real windows")
    b.add_argument("--customers", type=int, default=100_000)
    b.add_argument("--rounds", type=_positive_int, default=50, help="times each action is repeated")
    b.add_argument("--seed", type=int, default=1)
    _add_db(b)
    b.add_argument("--json", action="store_true")
    b = bench.add_parser("reports", help="agent, queue and disposition reports over a range of days for a team")
    b.add_argument("--agents", type=int, default=50)
    b.add_argument("--days", type=int, default=30)
    b.add_argument("--calls", type=int, default=100, help="calls per agent and day")
    b.add_argument("--seed", type=int, default=1)
    b.add_argument("--json", action="store_true")
    b = bench.add_parser("training", help="role-play: a reply through the dialogue runner, scoring, speech per line")
    b.add_argument("--rounds", type=_positive_int, default=50)
    b.add_argument("--lines", type=_positive_int, default=12, help="lines to synthesise per language")
    b.add_argument("--json", action="store_true")
    b = bench.add_parser("sim", help="queue-simulator speed, against ciw and SimPy when installed")
    _one_line_errors(b)
    b.add_argument("--calls", type=_positive_int, default=200_000, help="arrivals to simulate (default 200000)")
    b.add_argument("--ref-calls", type=_positive_int, help="arrivals for ciw and SimPy (default: --calls)")
    b.add_argument("--seed", type=int, default=1)
    b.add_argument("--json", action="store_true")
    b = bench.add_parser("sync", help="sync push/pull rate and incremental round trip against a local server")
    _one_line_errors(b)
    b.add_argument("--changes", type=_positive_int, default=100_000)
    b.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    b.add_argument("--database-url", help="PostgreSQL to use (default: start a throwaway one)")
    b.add_argument("--json", action="store_true")
    b = bench.add_parser("analytics", help="customer figures: full and incremental recompute, pop lookup")
    b.add_argument("--customers", type=_positive_int, default=100_000)
    b.add_argument("--incremental", type=_positive_int, default=500, help="single-customer recomputes to time")
    b.add_argument("--lookups", type=_positive_int, default=2000)
    b.add_argument("--seed", type=int, default=1)
    _add_db(b)
    b.add_argument("--json", action="store_true")
    b = bench.add_parser("import", help="import rate: customers with phones, then their order lines")
    b.add_argument("--customers", type=_positive_int, default=100_000)
    b.add_argument("--lines-per-customer", type=_positive_int, default=5, help="order lines per customer (default 5)")
    b.add_argument("--json", action="store_true")
    b = bench.add_parser("join", help="a new console joins a site of N customers from the server's snapshot")
    _one_line_errors(b)
    b.add_argument("--customers", type=_positive_int, default=1_000_000)
    b.add_argument("--seed", type=int, default=1)
    b.add_argument("--cache", metavar="DIR", help="keep the generated demo site here for the next run")
    b.add_argument("--database-url", help="an empty PostgreSQL database to use (default: start a throwaway one)")
    b.add_argument("--stream", action="store_true", help="join from the streamed snapshot, without a snapshot file")
    b.add_argument("--json", action="store_true")
    b = bench.add_parser("sip", help="a real SIP call to its screen pop painted, and calls per minute back to back")
    _one_line_errors(b)
    b.add_argument("--calls", type=_positive_int, default=100, help="calls, one after another (default 100)")
    b.add_argument("--customers", type=_positive_int, default=100_000)
    b.add_argument("--seed", type=int, default=1)
    _add_db(b)
    b.add_argument("--json", action="store_true")
    _add_sim_parsers(sub)
    _add_sync_parsers(sub)
    from callcenter import cli_admin, cli_import

    cli_admin.add_parser(sub)  # callcenter init
    cli_import.add_parsers(sub)  # callcenter import | export
    return parser


def _add_sync_parsers(sub) -> None:
    p = sub.add_parser("server", help="run the central sync server")
    p.add_argument("--database-url", help="sqlite:///FILE (default: in the user data dir) or postgresql+psycopg://...")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8443)
    p.add_argument("--certfile", help="TLS certificate (PEM)")
    p.add_argument("--keyfile", help="TLS private key (PEM)")
    p.add_argument(
        "--create-user", metavar="USERNAME", help="add a user (password from CALLCENTER_PASSWORD or stdin) and exit"
    )
    p.add_argument("--role", choices=["agent", "supervisor", "trainer", "admin"], help="role of the user to add")
    p.add_argument(  # admin14
        "--adopt-users",
        type=Path,
        metavar="STORE",
        help="an empty server takes the accounts of a site's store and exits",
    )
    p.add_argument(
        "--build-snapshot",
        action="store_true",
        help="build the snapshot file new consoles join from, print its manifest as JSON, and exit",
    )
    p.add_argument(
        "--snapshot-dir", type=Path, metavar="DIR", help="where snapshot files are kept (default: the data dir)"
    )
    p.add_argument(
        "--snapshot-every",
        type=float,
        metavar="MIN",
        help="rebuild the snapshot file every MIN minutes when the site changed (default 60; 0: never)",
    )

    p = sub.add_parser("sync", help="one sync round (push, then pull) with the central server")
    _add_db(p)
    p.add_argument("--server", metavar="URL", help="server address (default: the one this store synced with)")
    p.add_argument(
        "--register", metavar="USERNAME", help="register this device first (password from CALLCENTER_PASSWORD or stdin)"
    )
    p.add_argument("--device-name", help="a name for this device on the server")
    p.add_argument("--cafile", help="CA certificate to trust for the server's TLS")
    p.add_argument("--json", action="store_true", help="print one JSON object")

    p = sub.add_parser("backup", help="back up the local store (online, while in use)")
    _add_db(p)
    p.add_argument("--to", type=Path, required=True, metavar="FILE")
    p = sub.add_parser("restore", help="replace the local store with a backup (the old one is kept)")
    _add_db(p)
    p.add_argument("--from", dest="source", type=Path, required=True, metavar="FILE")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _one_line_errors(p: argparse.ArgumentParser) -> None:
    """Bad options give one line on stderr and exit code 2 (no usage block)."""

    def error(message: str):
        p.exit(2, f"{p.prog}: {message}\n")

    p.error = error  # type: ignore[method-assign]


def _add_sim_parsers(sub) -> None:
    p = sub.add_parser("simulate", help="batch queue simulation (one queue, or a scenario file)")
    _one_line_errors(p)
    p.add_argument("--agents", type=int, help="agents staffed (single-queue model)")
    p.add_argument("--arrival-rate", type=float, metavar="L", help="calls per hour")
    p.add_argument("--aht", type=float, metavar="S", help="mean handle time, seconds (exponential)")
    p.add_argument("--patience", type=float, metavar="P", help="mean patience, seconds (exponential; default: none)")
    p.add_argument("--target", type=float, metavar="T", help="service-level time, seconds (default 20)")
    p.add_argument("--hours", type=float, help="measured hours per replication (default 8)")
    p.add_argument("--warmup", type=float, metavar="S", help="unmeasured warm-up, seconds (default 10 x AHT)")
    p.add_argument("--short-abandon", type=float, metavar="S", help="abandons within S seconds are short (default 5)")
    p.add_argument("--replications", type=int, help="independent replications (default 10)")
    p.add_argument("--seed", type=int, help="random seed (default 1)")
    p.add_argument("--scenario", type=Path, metavar="FILE", help="a YAML scenario: queues, skills, shifts")
    p.add_argument("--engine", choices=["auto", "fast", "general"], default="auto", help=argparse.SUPPRESS)
    p.add_argument("--json", action="store_true", help="print one JSON object")

    p = sub.add_parser("erlang", help="analytic Erlang C (or Erlang A with --patience) and staffing")
    _one_line_errors(p)
    p.add_argument("--agents", type=int)
    p.add_argument("--arrival-rate", type=float, metavar="L", help="calls per hour")
    p.add_argument("--aht", type=float, metavar="S", help="mean handle time, seconds")
    p.add_argument("--patience", type=float, metavar="P", help="mean patience, seconds: Erlang A")
    p.add_argument("--target", type=float, metavar="T", help="service-level time, seconds (default 20)")
    p.add_argument(
        "--short-abandon", type=float, metavar="S", help="short-abandon limit, seconds (default 5 with --patience)"
    )
    p.add_argument("--solve-service-level", type=float, metavar="X", help="fewest agents with service level >= X")
    p.add_argument("--solve-asa", type=float, metavar="S", help="fewest agents with ASA <= S seconds")
    p.add_argument("--json", action="store_true", help="print one JSON object")


def main(argv: list[str] | None = None) -> int:
    from callcenter.cli_errors import guarded

    args = build_parser().parse_args(argv)
    return guarded(args.command or "console", lambda: _run(args, argv))


def _run(args: argparse.Namespace, argv: list[str] | None) -> int:
    command = args.command or "console"
    if command == "console":
        if args.command is None:  # bare `callcenter`: console with defaults
            args = build_parser().parse_args(["console", *(argv or sys.argv[1:])])
        from callcenter.gui.app import run_console

        return run_console(args)
    if command == "live-server":
        return _live_server(args)
    if command == "board":
        from callcenter.gui.app import run_board

        return run_board(args)
    if command == "trainer":
        from callcenter.gui.app import run_trainer

        return run_trainer(args)
    if command == "scenario":
        return _scenario(args)
    if command == "demo-data":
        return _demo_data(args)
    if command in ("simulate", "erlang"):
        return _sim_command(args)
    if command == "complaints":
        return _complaints(args)
    if command == "server":
        from callcenter.sync.commands import server_command

        return server_command(args)
    if command in ("sync", "backup", "restore"):
        from callcenter import cli_sync

        return (cli_sync.sync_command if command == "sync" else cli_sync.backup_command)(args)
    if command == "analytics" and args.analytics == "satisfaction":
        from callcenter import cli_satisfaction

        return cli_satisfaction.run(args)
    if command == "analytics":
        from callcenter import cli_analytics

        return cli_analytics.main(args)
    if command == "init":
        from callcenter import cli_admin

        return cli_admin.run(args)
    if command in ("import", "export"):
        from callcenter import cli_import

        return (cli_import.import_command if command == "import" else cli_import.export_command)(args)
    if command == "report":  # reports14
        from callcenter import cli_report

        return cli_report.run(args)
    if command == "bench":
        from callcenter.benchmarks import run_bench

        result = run_bench(args)
        _print(result, args.json)
        return 0
    return 2


def _live_server(args) -> int:
    from callcenter.sim.live import LiveCenter
    from callcenter.sim.scenario import ScenarioError, load_scenario
    from callcenter.sim.server import serve

    try:
        scenario = load_scenario(args.scenario) if args.scenario else None
        return serve(LiveCenter(scenario, seed=args.seed, speed=args.speed), args.host, args.port)
    except (ScenarioError, OSError) as exc:
        print(f"live-server: {exc}", file=sys.stderr)
        return 2


def _scenario(args) -> int:
    from callcenter.training import scenario as sc

    if args.scenario_command == "list":
        try:
            items = [sc.summary(s) for s in sc.builtin()]
        except sc.ScenarioError as exc:
            print(f"scenario list: {exc}", file=sys.stderr)
            return 1
        if args.json:
            print(json.dumps({"scenarios": items}, ensure_ascii=False))
        else:
            for item in items:
                print(f"{item['id']:<20} {', '.join(item['languages']):<10} {item['title']}")
        return 0
    paths = args.paths or sc.builtin_paths()
    results = []
    for path in paths:
        try:
            s = sc.load(path)
            results.append({"file": str(path), "id": s.id, "ok": True, "problems": []})
        except sc.ScenarioError as exc:
            results.append({"file": str(path), "ok": False, "problems": exc.problems})
    bad = [r for r in results if not r["ok"]]
    if args.json:
        print(json.dumps({"ok": not bad, "files": results}, ensure_ascii=False))
    else:
        for r in results:
            if r["ok"]:
                print(f"{r['file']}: ok ({r['id']})")
            else:
                print(f"{r['file']}: {len(r['problems'])} problem(s)", file=sys.stderr)
                for problem in r["problems"]:
                    print(f"  - {problem}", file=sys.stderr)
    return 1 if bad else 0


def _demo_data(args) -> int:
    from callcenter.paths import default_db
    from callcenter.store.demo import generate

    db = args.db or default_db()
    try:
        result = generate(db, customers=args.customers, seed=args.seed)
    except Exception as exc:  # shown to a person: plain words, no traceback
        from callcenter.cli_errors import log_traceback, plain

        if type(exc) is not ValueError:  # ValueError: generate's own sentence (the store is not empty)
            log_traceback("demo-data", exc)
        print(f"demo-data failed: {exc if type(exc) is ValueError else plain(exc)}", file=sys.stderr)
        return 1
    _print(result, args.json)
    return 0


def _complaints(args) -> int:
    from callcenter.core.errors import Problem
    from callcenter.ops import complaint_reports
    from callcenter.paths import default_db
    from callcenter.store.db import Store, StoreError

    db = args.db or default_db()
    try:
        store = Store(db)
        try:
            if args.complaints == "report":
                result = complaint_reports.report(store, None, args.days, args.period, args.lang, args.csv, args.xlsx)
            else:
                result = complaint_reports.check_deadlines_report(store, args.limit)
        finally:
            store.close()
    except (Problem, StoreError, OSError) as exc:
        from callcenter.cli_errors import plain

        print(f"callcenter complaints: {plain(exc)}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(result, ensure_ascii=False, default=str))
    elif args.complaints == "report":

        def num(value, fmt):
            return "n/a" if value is None else format(value, fmt)

        b, r = result["breach_rate"], result["reopen_rate"]
        print(
            f"{result['cases']} complaints since {result['since'][:10]}: breach rate {num(b['value'], '.1%')}, "
            f"reopen rate {num(r['value'], '.1%')}, median business hours to acknowledge "
            f"{num(result['time_to_acknowledge_business_h']['median'], '.1f')}, to resolve "
            f"{num(result['time_to_resolve_business_h']['median'], '.1f')}"
        )
        for path in result["written"]:
            print(f"wrote {path}")
    else:
        print(f"{result['escalated']} cases escalated")
    return 0


def _sim_command(args) -> int:
    from callcenter.sim.commands import erlang_command, format_text, simulate_command

    common = dict(
        agents=args.agents,
        arrival_rate=args.arrival_rate,
        aht=args.aht,
        patience=args.patience,
        target=args.target,
        short_abandon=args.short_abandon,
    )
    try:
        if args.command == "simulate":
            result = simulate_command(
                **common,
                hours=args.hours,
                replications=args.replications,
                seed=args.seed,
                scenario=args.scenario,
                warmup=args.warmup,
                engine=args.engine,
            )
        else:
            result = erlang_command(**common, solve_service_level=args.solve_service_level, solve_asa=args.solve_asa)
    except (ValueError, OSError) as exc:  # bad input: one plain line, no traceback
        print(f"callcenter {args.command}: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2
    print(json.dumps(result, ensure_ascii=False) if args.json else format_text(result))
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
