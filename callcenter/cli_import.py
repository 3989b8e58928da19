"""The `callcenter import` and `callcenter export` commands: the same use cases as the
import wizard (``callcenter.ops.imports``), in plain English on the terminal."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

# reason code -> the sentence the command line prints for a refused row
REASONS = {
    "key_required": "the account number is missing",
    "required": "a required value is missing",
    "too_long": "the value is too long",
    "name_required": "the name is missing",
    "kind_unknown": "the kind is neither person nor company",
    "email_invalid": "not an e-mail address",
    "duplicate_key": "the same account number as an earlier row",
    "duplicate_phone": "the same phone number as another customer",
    "duplicate_email": "the same e-mail address as another customer",
    "duplicate_line": "the same order and product as an earlier row",
    "language_unknown": "the language is neither English nor Chinese",
    "tier_unknown": "the tier is not platinum, gold, silver or bronze",
    "currency_invalid": "not a three-letter currency code",
    "money_invalid": "not an amount of money",
    "yes_no_invalid": "neither yes nor no",
    "date_invalid": "not a date",
    "quantity_invalid": "the quantity is not a whole number of at least 1",
    "status_unknown": "an order status this product does not know",
    "customer_unknown": "no customer has this account number",
    "order_account_differs": "the order belongs to another account",
    "duplicate_reference": "the same payment reference as an earlier row",
    "amount_not_positive": "the amount is not more than zero",
    "method_unknown": "the payment method is not cash, card, account or transfer",
    "invoice_unknown": "no invoice has this number",
    "invoice_account_differs": "the invoice belongs to another account",
    "invoice_currency_differs": "the currency differs from the invoice's",
    "phone_no_digits": "the phone number has no digits",
    "phone_invalid_country_code": "the phone number's country code is unknown",
    "phone_not_a_number": "not a phone number",
    "phone_too_short_after_idd": "the phone number is too short after the international prefix",
    "phone_too_short": "the phone number is too short",
    "phone_too_long": "the phone number is too long",
    "phone_invalid_length": "the phone number has a length no number of its country has",
    "phone_local_only": "the phone number is only dialable locally (an area code is missing)",
    "phone_not_in_use": "the phone number has the right length but is not a number in use",
}
FILE_REASONS = {
    "missing": "the file does not exist",
    "empty": "the file is empty",
    "no_header": "the file has no header row",
    "format": "the file is not an XLSX workbook",
    "unreadable": "the file cannot be read as a table",
    "unwritable": "the file cannot be written",
}
MAPPING_REASONS = {
    "unknown_column": "the file has no column named {name!r}",
    "unknown_field": "there is no field named {name!r}",
    "field_twice": "two columns are mapped to {name}",
    "field_missing": "no column is mapped to {name} (use --map COLUMN={name})",
}


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("import", help="import customers, order lines or payments from a CSV or XLSX file")
    p.add_argument("kind", choices=["customers", "orders", "payments"])
    p.add_argument("file", type=Path, metavar="FILE.csv|FILE.xlsx")
    p.add_argument(
        "--map", action="append", default=[], metavar="COLUMN=FIELD", help="map a column to a field (COLUMN= skips it)"
    )
    p.add_argument("--dry-run", action="store_true", help="check every row and report; write nothing")
    p.add_argument("--region", default="US", help="country for phone numbers without a country code (default US)")
    p.add_argument("--batch-size", type=int, default=5000, help="rows per transaction (default 5000)")
    p.add_argument("--db", type=Path, help="SQLite store to use (default: CALLCENTER_DB or the user data dir)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p = sub.add_parser("export", help="export customers, interactions or complaints to CSV or XLSX")
    p.add_argument("what", choices=["customers", "interactions", "complaints"])
    p.add_argument("file", type=Path, metavar="FILE.csv|FILE.xlsx")
    p.add_argument("--db", type=Path, help="SQLite store to use (default: CALLCENTER_DB or the user data dir)")
    p.add_argument("--json", action="store_true", help="print one JSON object")


def _problem_sentence(problem: Any) -> str:
    from callcenter.core.errors import Invalid

    if isinstance(problem, Invalid):
        parts = []
        for name, reason in (problem.params.get("fields") or {}).items():
            if name == "file":
                parts.append(FILE_REASONS.get(reason, "the file cannot be read"))
            elif reason in MAPPING_REASONS:
                parts.append(MAPPING_REASONS[reason].format(name=name))
            else:
                parts.append(f"{name}: {reason}")
        return "; ".join(parts)
    return str(problem.english())


def import_command(args: argparse.Namespace) -> int:
    from callcenter.core.errors import Problem
    from callcenter.core.imports import parse_map_options
    from callcenter.ops import imports
    from callcenter.paths import default_db
    from callcenter.store.db import Store, StoreError

    try:
        overrides = parse_map_options(args.map)
    except ValueError as exc:
        print(f"import: {exc}", file=sys.stderr)
        return 2
    pause = float(os.environ.get("CALLCENTER_IMPORT_PAUSE", "0") or 0)  # seconds after each batch (demos, tests)

    def progress(done: int, total: int) -> None:
        print(f"import: {done} of {total} rows", file=sys.stderr, flush=True)
        if pause:
            time.sleep(pause)

    try:
        store = Store(args.db or default_db())
    except StoreError as exc:
        print(f"import: {exc}", file=sys.stderr)
        return 1
    try:
        report = imports.import_file(
            store,
            None,
            args.kind,
            args.file,
            overrides,
            dry_run=args.dry_run,
            region=args.region.upper(),
            batch_size=args.batch_size,
            progress=progress,
        ).value
    except Problem as problem:
        print(f"import: {_problem_sentence(problem)}", file=sys.stderr)
        return 1
    finally:
        store.close()
    result = report.as_dict()
    for item in result["problems"]:
        item["why"] = REASONS.get(item["reason"], item["reason"])
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    verb = "would be" if args.dry_run else "were"
    print(
        f"{result['rows']} rows in {args.file.name}: {result['created']} {verb} created, {result['updated']} "
        f"{verb} updated, {result['unchanged']} unchanged, {result['refused']} refused"
        + (f" (resumed after {result['resumed_batches']} batches)" if result["resumed_batches"] else "")
    )
    for item in result["problems"][:200]:
        column = f" ({item['column']})" if item.get("column") else ""
        detail = f", {item['detail']}" if item.get("detail") else ""
        print(f"  row {item['row']}{column}: {item['why']}{detail}")
    if len(result["problems"]) > 200:
        print(f"  ... and {len(result['problems']) - 200} more (use --json for all of them)")
    return 0


def export_command(args: argparse.Namespace) -> int:
    from callcenter.core.errors import Problem
    from callcenter.ops import imports
    from callcenter.paths import default_db
    from callcenter.store.db import Store, StoreError

    try:
        store = Store(args.db or default_db())
    except StoreError as exc:
        print(f"export: {exc}", file=sys.stderr)
        return 1
    try:
        result = imports.export_table(store, None, args.what, args.file).value.as_dict()
    except Problem as problem:
        print(f"export: {_problem_sentence(problem)}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(json.dumps(result, ensure_ascii=False) if args.json else f"wrote {result['rows']} {args.what} to {args.file}")
    return 0
