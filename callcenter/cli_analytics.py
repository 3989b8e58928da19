"""The `callcenter analytics ...` commands: lifetime value from any CSV of
transactions, training the churn model, recomputing every customer's figures.

``clv`` works on a file and needs no store; ``train-churn`` and ``recompute`` call
the same use cases as the supervisors' Customers window (``callcenter.ops.analytics``).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any


def add_parsers(asub: Any) -> None:
    """``analytics clv|train-churn|recompute`` under the ``analytics`` command's sub-parsers."""
    c = asub.add_parser("clv", help="BG/NBD and Gamma-Gamma fit on a CSV of customer_id,date,amount")
    c.add_argument("--transactions", type=Path, required=True, metavar="FILE.csv")
    c.add_argument(
        "--calibration-end", metavar="YYYY-MM-DD", help="fit on purchases up to this day (default: the last)"
    )
    c.add_argument("--out", type=Path, metavar="PRED.csv", help="write per-customer predictions")
    c.add_argument("--horizon-days", type=int, default=365, help="prediction horizon in days (default 365)")
    c.add_argument("--discount", type=float, default=0.10, help="annual discount rate for CLV (default 0.10)")
    c.add_argument("--json", action="store_true")
    t = asub.add_parser("train-churn", help="train the churn model on the store's history and report its quality")
    t.add_argument("--db", type=Path, help="SQLite store to use (default: CALLCENTER_DB or the user data dir)")
    t.add_argument("--horizon-days", type=int, default=90, help="churn = no order within this many days (default 90)")
    t.add_argument("--json", action="store_true")
    r = asub.add_parser("recompute", help="recompute every customer's scores, tier, CLV, churn risk and credit rating")
    r.add_argument("--db", type=Path, help="SQLite store to use (default: CALLCENTER_DB or the user data dir)")
    r.add_argument(
        "--refit",
        action="store_true",
        help="also retrain the churn model first (the value models are always refitted)",
    )
    r.add_argument("--json", action="store_true")


def main(args: argparse.Namespace) -> int:
    if args.analytics == "clv":
        return clv_command(args)
    if args.analytics == "train-churn":
        return train_churn_command(args)
    return recompute_command(args)


class _BadInput(Exception):
    pass


def _parse_day(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        raise _BadInput(f"{what}: {text.strip()!r} is not a date (YYYY-MM-DD)") from None


def read_transactions(path: Path) -> list[tuple[str, date, float]]:
    try:
        fh = path.open(newline="", encoding="utf-8-sig")
    except OSError:
        raise _BadInput(f"cannot read {path}") from None
    rows: list[tuple[str, date, float]] = []
    with fh:
        reader = csv.DictReader(fh)
        need = {"customer_id", "date", "amount"}
        if not reader.fieldnames or not need <= {f.strip() for f in reader.fieldnames}:
            raise _BadInput(f"{path} needs the columns customer_id,date,amount")
        for n, raw in enumerate(reader, start=2):
            row = {k.strip(): (v or "") for k, v in raw.items() if k}
            cid = row["customer_id"].strip()
            if not cid:
                raise _BadInput(f"line {n}: the customer_id is empty")
            day = _parse_day(row["date"], f"line {n}")
            try:
                amount = Decimal(row["amount"].strip())
            except InvalidOperation:
                raise _BadInput(f"line {n}: the amount {row['amount'].strip()!r} is not a number") from None
            if not amount.is_finite() or amount < 0:
                raise _BadInput(f"line {n}: the amount must be zero or more")
            rows.append((cid, day, float(amount)))
    if not rows:
        raise _BadInput(f"{path} has no transactions")
    return rows


def clv_command(args: argparse.Namespace) -> int:
    import numpy as np

    from callcenter.core.analytics import clv

    try:
        if args.horizon_days < 1:
            raise _BadInput("--horizon-days must be at least 1")
        end = _parse_day(args.calibration_end, "--calibration-end") if args.calibration_end else None
        rows = read_transactions(args.transactions)
        summary, cal_end = clv.summarize(rows, end)
        p = clv.fit_bgnbd(summary.x, summary.t_x, summary.T)
        g = clv.fit_gamma_gamma(summary.x, summary.monetary)
    except _BadInput as exc:
        print(f"analytics clv: {exc}", file=sys.stderr)
        return 1
    except clv.FitError as exc:
        print(f"analytics clv: cannot fit: {exc}", file=sys.stderr)
        return 1
    result: dict[str, Any] = {
        "customers": len(summary.ids),
        "transactions": len(rows),
        "calibration_end": cal_end.isoformat(),
        "repeat_customers": int((summary.x > 0).sum()),
        "bgnbd": {"r": p.r, "alpha_days": p.alpha, "a": p.a, "b": p.b},
        "gamma_gamma": {"p": g.p, "q": g.q, "v": g.v},
    }
    if args.out:
        months = max(1, round(args.horizon_days / clv.DAYS_PER_MONTH))
        alive = clv.probability_alive(p, summary.x, summary.t_x, summary.T)
        exp_n = clv.expected_purchases(p, float(args.horizon_days), summary.x, summary.t_x, summary.T)
        spend = clv.expected_spend(g, summary.x, summary.monetary)
        value = clv.clv(p, g, summary.x, summary.t_x, summary.T, summary.monetary, months, args.discount)
        try:
            with args.out.open("w", newline="", encoding="utf-8") as fh:
                w = csv.writer(fh)
                w.writerow(
                    [
                        "customer_id",
                        "frequency",
                        "recency_days",
                        "T_days",
                        "monetary",
                        "p_alive",
                        "expected_purchases",
                        "expected_spend",
                        "clv",
                        "holdout_purchases",
                    ]
                )
                for k, cid in enumerate(summary.ids):
                    w.writerow(
                        [
                            cid,
                            int(summary.x[k]),
                            int(summary.t_x[k]),
                            int(summary.T[k]),
                            f"{summary.monetary[k]:.2f}",
                            f"{alive[k]:.4f}",
                            f"{exp_n[k]:.4f}",
                            f"{spend[k]:.2f}",
                            f"{value[k]:.2f}",
                            int(summary.holdout[k]),
                        ]
                    )
        except OSError:
            print(f"analytics clv: cannot write {args.out}", file=sys.stderr)
            return 1
        result["out"] = str(args.out)
        result["horizon_days"] = args.horizon_days
        if float(summary.holdout.sum()) > 0:
            result["holdout_actual"] = float(summary.holdout.sum())
            result["holdout_predicted"] = float(np.sum(exp_n))
    if args.json:
        print(json.dumps(result))
    else:
        b, gg = result["bgnbd"], result["gamma_gamma"]
        print(f"{result['customers']} customers, {result['repeat_customers']} with repeat purchases, up to {cal_end}")
        print(f"BG/NBD: r={b['r']:.4f} alpha={b['alpha_days']:.3f} days a={b['a']:.4f} b={b['b']:.4f}")
        print(f"Gamma-Gamma: p={gg['p']:.4f} q={gg['q']:.4f} v={gg['v']:.4f}")
    return 0


def _store(args: argparse.Namespace, name: str) -> Any:
    from callcenter.paths import default_db
    from callcenter.store.db import Store, StoreError

    try:
        return Store(args.db or default_db())
    except StoreError as exc:
        print(f"analytics {name}: {exc}", file=sys.stderr)
        return None


def train_churn_command(args: argparse.Namespace) -> int:
    from callcenter.core.errors import Problem
    from callcenter.ops import analytics as ops

    store = _store(args, "train-churn")
    if store is None:
        return 1
    try:
        result = ops.train_churn(store, None, horizon_days=args.horizon_days).value
    except Problem as problem:
        print(f"analytics train-churn: {problem.english()}", file=sys.stderr)
        return 1
    finally:
        store.close()
    _print(result, args.json)
    return 0


def recompute_command(args: argparse.Namespace) -> int:
    from callcenter.core.errors import Problem
    from callcenter.ops import analytics as ops

    store = _store(args, "recompute")
    if store is None:
        return 1
    try:
        result = (ops.refit(store, None) if args.refit else ops.recompute_all(store, None)).value
    except Problem as problem:
        print(f"analytics recompute: {problem.english()}", file=sys.stderr)
        return 1
    finally:
        store.close()
    _print(result, args.json)
    return 0


def _print(result: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print(json.dumps(result, default=str))
    else:
        for key, value in result.items():
            print(f"{key:<16} {value}")
