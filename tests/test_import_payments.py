"""`callcenter import payments` (issue 14): payments by account number, idempotent by their
reference, each bad row refused with its reason, invoices settled from their payments.

The figures below are worked by hand from the file in ``PAYMENTS``: invoice IN-1 (P001,
100.00 USD) is paid 40.00 on 1 March and 60.00 on 5 March, so it is paid in full on
5 March; IN-2 (P002, 3,000 JPY) gets 1,500 yen and stays open."""

from __future__ import annotations

import json
import subprocess
import sys

import import_files as F
import pytest

from callcenter.ops.imports import import_file
from callcenter.store.imports import payment_id

CUSTOMERS_HEADER = ["Account", "Name", "Currency"]
CUSTOMERS = [["P001", "Ana Smith", "USD"], ["P002", "Hiro Tanaka", "JPY"], ["P003", "Ben Kim", "USD"]]
HEADER = ["Reference", "Account", "Amount", "Payment date", "Method", "Invoice"]
PAYMENTS = [
    ["R1", "P001", "40.00", "2026-03-01", "card", "IN-1"],  # row 2: created
    ["R2", "P001", "$60", "2026-03-05", "Bank transfer", "IN-1"],  # row 3: created, pays IN-1 in full
    ["R3", "P001", "12.5", "2026-03-06", "cash", ""],  # row 4: created, no invoice
    ["R4", "NOPE", "10", "2026-03-01", "card", ""],  # row 5: unknown account
    ["R5", "P001", "10", "2026-03-01", "card", "IN-9"],  # row 6: unknown invoice
    ["R6", "P001", "10", "2026-03-01", "card", "IN-2"],  # row 7: P002's invoice
    ["R7", "P001", "ten", "2026-03-01", "card", ""],  # row 8: not an amount
    ["R8", "P001", "-5", "2026-03-01", "card", ""],  # row 9: not more than zero
    ["R9", "P001", "10", "2026-13-01", "card", ""],  # row 10: not a date
    ["R10", "P001", "10", "2026-03-01", "cheque", ""],  # row 11: unknown method
    ["R1", "P001", "40.00", "2026-03-01", "card", "IN-1"],  # row 12: the reference of row 2 again
    ["R11", "P002", "1500", "2026-03-02", "转账", "IN-2"],  # row 13: created, 1,500 yen
    ["R12", "P002", "12.5", "2026-03-02", "cash", ""],  # row 14: yen have no cents
    ["", "P001", "10", "2026-03-01", "card", ""],  # row 15: no reference
]
REFUSED = {
    5: ("account_no", "customer_unknown", ""),
    6: ("invoice_no", "invoice_unknown", ""),
    7: ("invoice_no", "invoice_account_differs", ""),
    8: ("amount", "money_invalid", ""),
    9: ("amount", "amount_not_positive", ""),
    10: ("paid_at", "date_invalid", ""),
    11: ("method", "method_unknown", ""),
    12: ("reference", "duplicate_reference", "row 2"),
    14: ("amount", "money_invalid", ""),
    15: ("reference", "required", ""),
}


def rows_of(store, sql: str, *params) -> list[tuple]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql, params).all()]


def count(store, sql: str, *params) -> int:
    return rows_of(store, sql, *params)[0][0]


def problems_by_row(report) -> dict[int, tuple[str, str, str]]:
    return {i["row"]: (i["field"], i["reason"], i.get("detail", "")) for i in report.as_dict()["problems"]}


def seed(store, tmp_path) -> None:
    """Three customers (by import) and two open invoices, each customer's balance what they owe."""
    path = F.write_csv(tmp_path / "customers.csv", CUSTOMERS, CUSTOMERS_HEADER)
    assert import_file(store, None, "customers", path).value.created == 3
    ids = dict(rows_of(store, "SELECT account_no, id FROM customers"))
    with store.engine.begin() as conn:
        for iid, cid, no, currency, amount in (
            ("00000000-0000-7000-8000-000000000001", ids["P001"], "IN-1", "USD", 10000),
            ("00000000-0000-7000-8000-000000000002", ids["P002"], "IN-2", "JPY", 3000),
        ):
            conn.exec_driver_sql(
                "INSERT INTO invoices (id, created_at, updated_at, hlc, origin, deleted, customer_id, invoice_no, "
                "issued_at, due_at, currency, amount_minor, paid_minor, status) VALUES (?, '2026-02-01 00:00:00.000000',"
                " '2026-02-01 00:00:00.000000', '', '', 0, ?, ?, '2026-02-01 00:00:00.000000', "
                "'2026-03-03 00:00:00.000000', ?, ?, 0, 'open')",
                (iid, cid, no, currency, amount),
            )
            conn.exec_driver_sql("UPDATE customers SET balance_minor = ? WHERE id = ?", (amount, cid))


def balances(store) -> dict[str, int]:
    """Each account's balance as stored (what the pop shows) and as the credit check counts it."""
    from callcenter.store.orders import outstanding_minor

    stored = dict(rows_of(store, "SELECT account_no, balance_minor FROM customers"))
    with store.engine.connect() as conn:
        owed = {a: outstanding_minor(conn, cid) for a, cid in rows_of(store, "SELECT account_no, id FROM customers")}
    assert stored == owed
    return stored


def invoices(store) -> dict[str, tuple]:
    return {
        r[0]: r[1:]
        for r in rows_of(store, "SELECT invoice_no, paid_minor, substr(paid_at, 1, 10), status FROM invoices")
    }


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_payments_import_with_reasons_invoices_settled_and_re_import_changes_nothing(store, tmp_path, fmt):
    seed(store, tmp_path)
    writer = F.write_csv if fmt == "csv" else F.write_xlsx
    path = writer(tmp_path / f"payments.{fmt}", PAYMENTS, HEADER)
    log_before = count(store, "SELECT count(*) FROM change_log")

    dry = import_file(store, None, "payments", path, dry_run=True).value
    assert problems_by_row(dry) == REFUSED
    assert (dry.created, dry.refused) == (4, 10)
    assert count(store, "SELECT count(*) FROM payments") == 0

    report = import_file(store, None, "payments", path, batch_size=5).value
    assert problems_by_row(report) == REFUSED
    assert (report.rows, report.created, report.updated, report.unchanged, report.refused) == (14, 4, 0, 0, 10)
    account = dict(rows_of(store, "SELECT id, account_no FROM customers"))
    stored = {
        pid: (account[cid], invoice, at, currency, amount, method)
        for pid, cid, invoice, at, currency, amount, method in rows_of(
            store,
            "SELECT p.id, p.customer_id, i.invoice_no, substr(p.paid_at, 1, 10), p.currency, p.amount_minor, p.method "
            "FROM payments p LEFT JOIN invoices i ON i.id = p.invoice_id",
        )
    }
    assert stored == {
        payment_id("R1"): ("P001", "IN-1", "2026-03-01", "USD", 4000, "card"),
        payment_id("R2"): ("P001", "IN-1", "2026-03-05", "USD", 6000, "transfer"),
        payment_id("R3"): ("P001", None, "2026-03-06", "USD", 1250, "cash"),
        payment_id("R11"): ("P002", "IN-2", "2026-03-02", "JPY", 1500, "transfer"),
    }
    # IN-1: 40 + 60 = 100.00, in full on the day of the second payment; IN-2: half paid
    assert invoices(store) == {"IN-1": (10000, "2026-03-05", "paid"), "IN-2": (1500, None, "open")}
    # the balances follow: P001 owes nothing (IN-1 paid; R3 pays no invoice), P002 owes 3,000 - 1,500 yen
    assert balances(store) == {"P001": 0, "P002": 1500, "P003": 0}
    # sync ships them: 4 payment inserts, 2 invoice updates (one per invoice: R1 and R2 share a batch),
    # 2 customer balances, the audit row
    logged = rows_of(store, "SELECT table_name, op, count(*) FROM change_log GROUP BY table_name, op")
    assert ("payments", "insert", 4) in logged
    assert count(store, "SELECT count(*) FROM change_log WHERE table_name = 'invoices'") == 2
    assert ("customers", "update", 2) in logged
    assert count(store, "SELECT count(*) FROM change_log") - log_before == 4 + 2 + 2 + 1

    before = rows_of(store, "SELECT * FROM payments ORDER BY id") + rows_of(store, "SELECT * FROM invoices ORDER BY id")
    again = import_file(store, None, "payments", path).value
    assert (again.created, again.updated, again.unchanged, again.refused) == (0, 0, 4, 10)
    assert (
        rows_of(store, "SELECT * FROM payments ORDER BY id") + rows_of(store, "SELECT * FROM invoices ORDER BY id")
        == before
    )


def test_an_updated_payments_file_updates_by_reference_and_re_settles_the_invoice(store, tmp_path):
    seed(store, tmp_path)
    import_file(store, None, "payments", F.write_csv(tmp_path / "p1.csv", PAYMENTS, HEADER))
    changed = [list(r) for r in PAYMENTS]
    changed[1][2] = "50.00"  # R2: 60 -> 50, so IN-1 has 90.00 of 100.00
    changed[2][4] = "card"  # R3: cash -> card
    report = import_file(store, None, "payments", F.write_csv(tmp_path / "p2.csv", changed, HEADER)).value
    assert (report.created, report.updated, report.unchanged) == (0, 2, 2)
    assert sorted(report.merged) == ["R2", "R3"]
    assert rows_of(store, "SELECT amount_minor FROM payments WHERE id = ?", payment_id("R2")) == [(5000,)]
    assert rows_of(store, "SELECT method FROM payments WHERE id = ?", payment_id("R3")) == [("card",)]
    assert invoices(store)["IN-1"] == (9000, None, "open")
    assert balances(store)["P001"] == 1000  # the 10.00 USD still open on IN-1
    assert count(store, "SELECT count(*) FROM payments") == 4


def test_a_currency_column_and_the_invoices_currency(store, tmp_path):
    seed(store, tmp_path)
    header = [*HEADER, "Currency"]
    data = [
        ["C1", "P003", "7", "2026-04-01", "cash", "", "JPY"],  # row 2: 7 yen for a USD customer, no invoice
        ["C2", "P002", "100", "2026-04-01", "cash", "IN-2", "USD"],  # row 3: IN-2 is in yen
        ["C3", "P001", "1.5", "2026-04-01", "cash", "", "usd"],  # row 4: 1.50 USD
        ["C4", "P001", "1", "2026-04-01", "cash", "", "US"],  # row 5: not a currency code
    ]
    report = import_file(store, None, "payments", F.write_csv(tmp_path / "c.csv", data, header)).value
    assert problems_by_row(report) == {
        3: ("currency", "invoice_currency_differs", ""),
        5: ("currency", "currency_invalid", ""),
    }
    assert dict(rows_of(store, "SELECT id, currency || ' ' || amount_minor FROM payments")) == {
        payment_id("C1"): "JPY 7",
        payment_id("C3"): "USD 150",
    }


def test_cli_import_payments_prints_one_json_object_with_reasons(tmp_path):
    from callcenter.store.db import Store

    db = tmp_path / "cli.db"
    store = Store(db)
    try:
        seed(store, tmp_path)
    finally:
        store.close()
    path = F.write_csv(tmp_path / "payments.csv", PAYMENTS, HEADER)
    out = subprocess.run(
        [sys.executable, "-m", "callcenter", "import", "payments", str(path), "--db", str(db), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert (report["created"], report["refused"]) == (4, 10)
    why = {p["row"]: p["why"] for p in report["problems"]}
    assert why[5] == "no customer has this account number"
    assert why[6] == "no invoice has this number"
    assert why[12] == "the same payment reference as an earlier row"
    assert report["problems"][0]["column"] == "Account"
