"""Import and export (issue 14): real CSV and XLSX files, 1,000 good and 30 bad rows.

Each bad row is refused with its reason (libphonenumber's for a phone); nothing of a bad
row is written; re-importing changes nothing; an updated file updates rows by account
number; a kill between batches loses and duplicates nothing; imported rows are pushed by
sync; orders' totals are the sums of their lines; exports are UTF-8 with BOM or XLSX."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys

import import_files as F
import pytest

from callcenter.core.errors import Invalid, NotPermitted
from callcenter.ops.imports import export_table, import_file
from callcenter.store import replica


def count(store, sql: str, *params) -> int:
    with store.engine.connect() as conn:
        return conn.exec_driver_sql(sql, params).scalar()


def snapshot(store) -> dict:
    with store.engine.connect() as conn:
        return {
            t: conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY id").all()
            for t in ("customers", "phones", "emails", "orders", "order_lines")
        } | {"log": conn.exec_driver_sql("SELECT count(*) FROM change_log").scalar()}


@pytest.fixture
def data():
    return F.rows()


@pytest.fixture(params=["csv", "xlsx"])
def customers_file(request, tmp_path, data):
    rows, _bad = data
    writer = F.write_csv if request.param == "csv" else F.write_xlsx
    return writer(tmp_path / f"customers.{request.param}", rows)


def problems_by_row(report) -> dict[int, tuple[str, str, str]]:
    out = {}
    for item in report.as_dict()["problems"]:
        assert item["row"] not in out, f"row {item['row']} reported twice"
        out[item["row"]] = (item["field"], item["reason"], item.get("detail", ""))
    return out


def test_the_report_names_each_bad_row_and_why_and_nothing_of_them_is_written(store, customers_file, data):
    _rows, bad = data
    F.seed_existing(store)
    before_log = count(store, "SELECT count(*) FROM change_log")
    report = import_file(store, None, "customers", customers_file, batch_size=128).value
    assert problems_by_row(report) == bad
    assert (report.rows, report.created, report.updated, report.unchanged, report.refused) == (1030, 1000, 0, 0, 30)
    assert report.finished and not report.resumed
    # the 1,000 good ones are there, whole; nothing of the 30 bad ones
    assert count(store, "SELECT count(*) FROM customers") == 1001
    assert count(store, "SELECT count(*) FROM customers WHERE account_no LIKE 'B%' OR account_no = ''") == 0
    assert count(store, "SELECT count(*) FROM phones") == 1001
    assert count(store, "SELECT count(*) FROM emails") == 1001
    assert (
        count(
            store,
            "SELECT count(*) FROM customers c WHERE NOT EXISTS (SELECT 1 FROM phones p WHERE p.customer_id = c.id)",
        )
        == 0
    )
    # every row written is in the change log once, so sync ships it (3 rows per customer + the audit row)
    assert count(store, "SELECT count(*) FROM change_log") - before_log == 3000 + 1
    assert (
        count(store, "SELECT count(*) FROM change_log WHERE table_name = 'customers'") == 1000 + 2
    )  # + the existing one's insert and update
    # and the customer is found by name, account and phone digits
    from callcenter.ops.customers import search_customers

    row = F.customer_row(500)
    hits = search_customers(store, row[0])
    assert [h.account_no for h in hits] == [row[0]]
    assert [h.account_no for h in search_customers(store, "".join(c for c in row[3] if c.isdigit()))] == [row[0]]


def test_a_dry_run_reports_the_same_and_writes_nothing(store, customers_file, data):
    _rows, bad = data
    F.seed_existing(store)
    before = snapshot(store)
    report = import_file(store, None, "customers", customers_file, dry_run=True).value
    assert problems_by_row(report) == bad
    assert (report.created, report.refused) == (1000, 30)
    assert snapshot(store) == before
    assert count(store, "SELECT count(*) FROM import_runs") == 0


def test_re_import_changes_nothing_and_an_updated_file_updates_by_key(store, tmp_path, data):
    rows, _bad = data
    F.seed_existing(store)
    path = F.write_csv(tmp_path / "c.csv", rows)
    import_file(store, None, "customers", path)
    before = snapshot(store)
    again = import_file(store, None, "customers", path).value
    assert (again.created, again.updated, again.unchanged, again.refused) == (0, 0, 1000, 30)
    after = snapshot(store)
    assert after["log"] == before["log"] + 1  # only the audit row of the second import
    assert {k: v for k, v in after.items() if k != "log"} == {k: v for k, v in before.items() if k != "log"}
    # the same content as XLSX is the same rows again
    assert import_file(store, None, "customers", F.write_xlsx(tmp_path / "c.xlsx", rows)).value.unchanged == 1000

    changed = [list(r) for r in rows]
    edits = {}
    for r in changed:
        if r[0] in ("A00000010", "A00000020", "A00000030"):
            r[2] = "Renamed"
            edits[r[0]] = "name"
        if r[0] == "A00000040":
            r[3] = "+1 650 253 0040"
            edits[r[0]] = "phone"
        if r[0] == "A00000050":
            r[4] = "new50@example.com"
            edits[r[0]] = "email"
    changed.append(["N0001", "New", "Person", "+1 650 253 0099", "new@example.com", "en", "gold"])
    report = import_file(store, None, "customers", F.write_csv(tmp_path / "c2.csv", changed)).value
    assert (report.created, report.updated, report.unchanged) == (1, 5, 995)
    assert sorted(report.merged) == sorted(edits)
    assert count(store, "SELECT count(*) FROM customers") == 1002
    with store.engine.connect() as conn:
        q = conn.exec_driver_sql
        assert (
            q("SELECT display_name FROM customers WHERE account_no = 'A00000010'").scalar()
            == F.customer_row(10)[1] + " Renamed"
        )
        assert q(
            "SELECT p.e164 FROM phones p JOIN customers c ON c.id = p.customer_id WHERE c.account_no = 'A00000040'"
        ).all() == [("+16502530040",)]
        assert q(
            "SELECT e.address FROM emails e JOIN customers c ON c.id = e.customer_id WHERE c.account_no = 'A00000050'"
        ).all() == [("new50@example.com",)]
        # the updated rows are logged for sync as updates, each once
        assert q("SELECT count(*) FROM change_log WHERE op = 'update'").scalar() == 5 + 1  # + seed_existing's


def test_imported_rows_are_pushed_by_sync(store, tmp_path, data):
    rows, _bad = data
    import_file(store, None, "customers", F.write_csv(tmp_path / "c.csv", rows[:100]))
    out = replica.collect_pending(store, 10_000)
    tables = [c["table"] for c in out.changes]
    assert tables.count("customers") == 98  # the first 100 file rows hold 2 bad ones
    assert tables.count("phones") == 98 and tables.count("emails") == 98
    row = next(c["row"] for c in out.changes if c["table"] == "customers")
    assert row["origin"] == store.device_id and row["hlc"]


def test_kill_between_batches_then_resume_loses_and_duplicates_nothing(tmp_path, data):
    rows, bad = data
    path = F.write_csv(tmp_path / "c.csv", rows)
    db = tmp_path / "kill.db"
    from callcenter.store.db import Store

    store = Store(db)
    F.seed_existing(store)
    base_log = count(store, "SELECT count(*) FROM change_log")
    store.close()
    cmd = [
        sys.executable,
        "-m",
        "callcenter",
        "import",
        "customers",
        str(path),
        "--db",
        str(db),
        "--batch-size",
        "100",
        "--json",
    ]
    env = dict(os.environ, CALLCENTER_IMPORT_PAUSE="0.3")
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for line in proc.stderr:
            if line.startswith("import: 300 of"):  # three batches committed: kill while it pauses or writes
                break
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    store = Store(db)
    try:
        batches = count(store, "SELECT count(*) FROM import_batches")
        assert 3 <= batches < 11
        # exactly the committed batches' rows: whole batches, nothing half-written
        committed = count(store, "SELECT coalesce(sum(created), 0) FROM import_batches")
        assert count(store, "SELECT count(*) FROM customers") == committed + 1
        assert count(store, "SELECT count(*) FROM phones") == committed + 1
        assert count(store, "SELECT count(*) FROM change_log") == base_log + 3 * committed
    finally:
        store.close()
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["resumed"] and report["resumed_batches"] == batches
    assert report["created"] == 1000 and report["refused"] == 30 and report["finished"]
    assert {p["row"]: (p["field"], p["reason"], p.get("detail", "")) for p in report["problems"]} == bad
    store = Store(db)
    try:
        assert count(store, "SELECT count(*) FROM customers") == 1001
        assert count(store, "SELECT count(DISTINCT account_no) FROM customers") == 1001
        assert count(store, "SELECT count(*) FROM phones") == 1001
        # each imported row logged exactly once (the seeded customer: insert + update of one row)
        assert count(store, "SELECT count(*) FROM change_log WHERE table_name != 'audit_log'") == 3000 + 4
        assert count(store, "SELECT count(DISTINCT row_id) FROM change_log WHERE table_name != 'audit_log'") == 3000 + 3
    finally:
        store.close()


ORDER_HEADER = ["Order", "Account", "Order date", "Status", "SKU", "Description", "Qty", "Unit price"]


def test_orders_import_with_totals_from_their_lines_and_updates_by_key(store, tmp_path, data):
    rows, _bad = data
    import_file(store, None, "customers", F.write_csv(tmp_path / "c.csv", rows))
    lines = [
        ["O1", "A00000001", "2026-03-01", "delivered", "S1", "Kettle", "2", "12.50"],
        ["O1", "A00000001", "2026-03-01", "delivered", "S2", "Cups", "4", "3.25"],
        ["O2", "A00000002", "2026-03-02 10:30", "shipped", "S1", "Kettle", "1", "12.50"],
        ["O3", "NOBODY", "2026-03-02", "delivered", "S1", "Kettle", "1", "12.50"],  # unknown account
        ["O1", "A00000001", "2026-03-01", "delivered", "S2", "Cups again", "1", "3.25"],  # repeats O1/S2
        ["O4", "A00000003", "yesterday", "delivered", "S1", "Kettle", "1", "12.50"],  # not a date
        ["O5", "A00000003", "2026-03-03", "delivered", "S1", "Kettle", "0", "12.50"],  # quantity 0
        ["O1", "A00000001", "2026-03-01", "delivered", "S3", "Tray", "1", "7.00"],  # a third line, another batch
    ]
    path = F.write_xlsx(tmp_path / "o.xlsx", lines, ORDER_HEADER)
    report = import_file(store, None, "orders", path, batch_size=3).value
    got = {(p["row"], p["reason"]) for p in report.as_dict()["problems"]}
    assert got == {(5, "customer_unknown"), (6, "duplicate_line"), (7, "date_invalid"), (8, "quantity_invalid")}
    assert (report.created, report.refused) == (4, 4)
    with store.engine.connect() as conn:
        totals = dict(conn.exec_driver_sql("SELECT order_no, total_minor FROM orders").all())
    assert totals == {"O1": 2 * 1250 + 4 * 325 + 700, "O2": 1250}  # worked by hand: 4500 and 1250
    before = snapshot(store)
    assert import_file(store, None, "orders", path, batch_size=3).value.unchanged == 4
    assert snapshot(store)["order_lines"] == before["order_lines"]
    assert snapshot(store)["orders"] == before["orders"]
    lines[1][7] = "3.50"  # an updated price list: the line and its order's total change
    report = import_file(store, None, "orders", F.write_xlsx(tmp_path / "o2.xlsx", lines, ORDER_HEADER)).value
    assert (report.created, report.updated, report.unchanged) == (0, 1, 3)
    with store.engine.connect() as conn:
        assert (
            conn.exec_driver_sql("SELECT total_minor FROM orders WHERE order_no = 'O1'").scalar() == 2500 + 1400 + 700
        )


def test_each_batch_names_new_customers_orders_and_changed_rows_and_sums_up_the_rest(store, tmp_path, data):
    """What an import publishes as it commits: new customers and orders by id (with their
    customer), rows that existed before by id (a window showing them hears of it), and the
    rows only a new record has (its phone, e-mail, order lines) as one summary per table."""
    from callcenter.core.changes import ANY_ROW, Changed

    rows, _bad = data
    seen: list[Changed] = []
    unsubscribe = store.events.subscribe(Changed, seen.append)
    try:
        import_file(store, None, "customers", F.write_csv(tmp_path / "c.csv", rows), batch_size=400, workers=0)
        first = [e for e in seen if e.source == "import"]
        seen.clear()
        changed = [list(r) for r in rows]
        for r in changed:
            if r[0] == "A00000040":
                r[3] = "+1 650 253 0040"  # a new number for an existing customer
        import_file(store, None, "customers", F.write_csv(tmp_path / "c2.csv", changed), workers=0)
        second = [e for e in seen if e.source == "import"]
        seen.clear()
        lines = [
            ["O1", "A00000001", "2026-03-01", "delivered", "S1", "Kettle", "2", "12.50"],
            ["O1", "A00000001", "2026-03-01", "delivered", "S2", "Cups", "4", "3.25"],
            ["O2", "A00000002", "2026-03-02", "delivered", "S1", "Kettle", "1", "12.50"],
        ]
        import_file(store, None, "orders", F.write_csv(tmp_path / "o.csv", lines, ORDER_HEADER), workers=0)
        third = [e for e in seen if e.source == "import"]
    finally:
        unsubscribe()
    with store.engine.connect() as conn:
        q = conn.exec_driver_sql
        ids = dict(q("SELECT account_no, id FROM customers").all())
        phone_40 = q("SELECT id FROM phones WHERE customer_id = ?", (ids["A00000040"],)).scalar()
        orders = dict(q("SELECT id, customer_id FROM orders").all())
    assert len(first) == 3  # 1,030 rows in batches of 400
    assert set().union(*(e.changes.ids("customers") for e in first)) == set(ids.values())
    for e in first:
        for table in ("phones", "emails"):
            assert [c.row_id for c in e.changes.items if c.table == table] == [ANY_ROW]
            assert e.changes.ids(table) == frozenset()
    assert ANY_ROW not in set().union(*(e.changes.related("customer_id") for e in first))
    # the existing customer's new number: named, with its customer
    assert [(c.table, c.kind, c.row_id) for e in second for c in e.changes.items] == [("phones", "update", phone_40)]
    assert second[0].changes.touches_record("customer_id", ids["A00000040"])
    # orders by id with their customers; their lines once
    (orders_event,) = third
    assert {c.row_id: dict(c.refs)["customer_id"] for c in orders_event.changes.items if c.table == "orders"} == orders
    assert orders_event.changes.touches_record("customer_id", ids["A00000001"])
    assert [c.row_id for c in orders_event.changes.items if c.table == "order_lines"] == [ANY_ROW]


def test_mapping_overrides_and_unusable_mappings(store, tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("Cust,Mobile number,Who,Notes\nK1,+1 650 253 0000,Ann Lee,hi\n", encoding="utf-8")
    with pytest.raises(Invalid) as err:
        import_file(store, None, "customers", path)
    assert err.value.params["fields"] == {"account_no": "field_missing", "name": "field_missing"}
    report = import_file(
        store, None, "customers", path, {"Cust": "account_no", "Mobile number": "phone", "Who": "name", "Notes": "-"}
    ).value
    assert report.created == 1 and report.unmapped == ["Notes"]
    with pytest.raises(Invalid) as err:
        import_file(store, None, "customers", path, {"Nope": "phone"})
    assert err.value.params["fields"]["Nope"] == "unknown_column"
    with pytest.raises(Invalid) as err:
        import_file(store, None, "customers", tmp_path / "missing.csv")
    assert err.value.params["fields"] == {"file": "missing"}


def test_agents_may_not_import_or_export(store, tmp_path):
    from callcenter.core.agents import Identity
    from callcenter.core.roles import Role

    agent = Identity("u1", "amy", "Amy", Role.AGENT, "en")
    with pytest.raises(NotPermitted):
        import_file(store, agent, "customers", tmp_path / "x.csv")
    with pytest.raises(NotPermitted):
        export_table(store, agent, "customers", tmp_path / "x.csv")


def test_exports_csv_with_bom_and_xlsx_and_customers_import_back(store, tmp_path, data):
    rows, _bad = data
    F.seed_existing(store)
    import_file(store, None, "customers", F.write_csv(tmp_path / "c.csv", rows))
    out = tmp_path / "out.csv"
    assert export_table(store, None, "customers", out).value.rows == 1001
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(out, encoding="utf-8-sig", newline="") as handle:
        exported = list(csv.DictReader(handle))
    first = next(r for r in exported if r["account_no"] == "A00000000")
    assert first["phone"] == "+12012340000" and first["email"] == "c0@example.com" and first["name"] == "Ana Smith"
    xlsx = tmp_path / "out.xlsx"
    export_table(store, None, "customers", xlsx)
    import openpyxl

    ws = openpyxl.load_workbook(xlsx, read_only=True).worksheets[0]
    assert sum(1 for _ in ws.iter_rows()) == 1 + 1001
    from callcenter.store.db import Store

    other = Store(tmp_path / "other.db")
    try:
        report = import_file(other, None, "customers", out).value
        assert (report.created, report.refused) == (1001, 0)
        # and exporting again from there gives the same content (less "customer since", not imported)
        again = tmp_path / "again.csv"
        export_table(other, None, "customers", again)
        with open(again, encoding="utf-8-sig", newline="") as handle:
            round_trip = list(csv.DictReader(handle))
        for r in exported + round_trip:
            del r["customer_since"]
        assert round_trip == exported
    finally:
        other.close()
    for what in ("interactions", "complaints"):
        assert export_table(store, None, what, tmp_path / f"{what}.xlsx").value.rows == 0
    assert count(store, "SELECT count(*) FROM audit_log WHERE action = 'export'") == 4


def test_export_interactions_and_complaints_of_seeded_data(seeded, tmp_path):
    store, _ids = seeded
    n_calls = count(store, "SELECT count(*) FROM interactions")
    n_cases = count(store, "SELECT count(*) FROM complaints")
    assert export_table(store, None, "interactions", tmp_path / "i.csv").value.rows == n_calls
    assert export_table(store, None, "complaints", tmp_path / "k.csv").value.rows == n_cases


def test_cli_import_and_export_print_one_json_object(tmp_path, data):
    rows, _bad = data
    path = F.write_csv(tmp_path / "c.csv", rows[:50])
    db = tmp_path / "cli.db"
    run = [sys.executable, "-m", "callcenter"]
    out = subprocess.run(
        [*run, "import", "customers", str(path), "--db", str(db), "--dry-run", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["dry_run"] and report["created"] == 49 and report["problems"][0]["why"]
    out = subprocess.run(
        [*run, "import", "customers", str(tmp_path / "none.csv"), "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 1 and "does not exist" in out.stderr and "Traceback" not in out.stderr
    out = subprocess.run(
        [*run, "export", "customers", str(tmp_path / "e.csv"), "--db", str(db), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0 and json.loads(out.stdout)["rows"] == 0


def test_imported_customers_and_orders_reach_the_server_and_another_console(tmp_path, data):
    from sync_helpers import InProcessServer

    rows, _bad = data
    srv = InProcessServer(f"sqlite:///{tmp_path / 'srv.db'}")
    srv.user("sup")
    try:
        a = srv.console(tmp_path / "a.db", "sup")
        b = srv.console(tmp_path / "b.db", "sup")
        import_file(a.store, None, "customers", F.write_csv(tmp_path / "c.csv", rows[:300]))
        lines = [["O1", "A00000001", "2026-03-01", "delivered", "S1", "Kettle", "2", "12.50"]]
        import_file(a.store, None, "orders", F.write_csv(tmp_path / "o.csv", lines, ORDER_HEADER))
        a.sync_round()
        assert a.store.pending_changes() == 0
        b.sync_round()
        assert count(b.store, "SELECT count(*) FROM customers") == count(a.store, "SELECT count(*) FROM customers")
        assert count(b.store, "SELECT count(*) FROM phones") == count(a.store, "SELECT count(*) FROM phones")
        assert count(b.store, "SELECT total_minor FROM orders WHERE order_no = 'O1'") == 2500
        from callcenter.ops.customers import search_customers

        assert [h.account_no for h in search_customers(b.store, "A00000007")] == ["A00000007"]
        # the same file on the other console changes nothing there either
        again = import_file(b.store, None, "customers", F.write_csv(tmp_path / "c.csv", rows[:300])).value
        assert again.created == 0 and again.updated == 0
        a.store.close()
        b.store.close()
    finally:
        srv.close()


def test_helper_processes_checking_ahead_give_the_same_import(tmp_path, data):
    from callcenter.store.db import Store

    rows, bad = data
    path = F.write_csv(tmp_path / "c.csv", rows)
    reports = []
    for workers in (0, 1, 2):  # two helpers: each judges every other batch's phone numbers
        store = Store(tmp_path / f"w{workers}.db")
        try:
            F.seed_existing(store)
            report = import_file(store, None, "customers", path, batch_size=100, workers=workers).value
            reports.append(report.as_dict())
            with store.engine.connect() as conn:
                names = conn.exec_driver_sql("SELECT account_no, display_name FROM customers ORDER BY 1").all()
            reports[-1]["stored"] = names
        finally:
            store.close()
    for r in reports:
        r.pop("import_s"), r.pop("rows_per_s")
    assert reports[0] == reports[1] == reports[2]
    assert {p["row"] for p in reports[1]["problems"]} == set(bad)


def test_order_lines_checked_on_the_fast_path_are_what_the_full_checks_make():
    from callcenter.core.imports import RowChecker, resolve_mapping

    header = [*ORDER_HEADER, "Currency", "Channel"]
    rows = [
        ["O1", "A1", "2026-03-01", "Delivered", "S1", "Kettle", "2", "12.50", "", ""],
        ["O1", "A1", "2026-03-01", "delivered", "S2", "", "", "3", "usd", "Phone"],
        ["O2", "A2", "2026-03-02 10:30", "", "S1", "Kettle", "1.0", "1,250.00", "JPY", ""],
        ["O1", "A1", "2026-03-01", "delivered", "S2", "again", "1", "3.25", "", ""],  # duplicate line
        ["O3", "A3", "2026/03/03", "shipped", "S1", "Kettle", "0", "12.50", "", ""],  # quantity 0
        ["O1", "A9", "2026-03-01", "delivered", "S4", "Tray", "1", "7", "", ""],  # another account's order
        ["O4", "A4", "", "delivered", "S1", "Kettle", "1", "abc", "", ""],
        ["O5", "A5", "2026-03-05", "lost", "S1", "Kettle", "1", "2", "EURO", ""],
        ["O6", "A6", "2026-03-06", "placed", "S1"],  # a short row
    ]
    mapping = resolve_mapping("orders", header)
    fast, full = RowChecker("orders", header, mapping), RowChecker("orders", header, mapping)
    for n, cells in enumerate(rows, start=2):
        assert fast.check(n, cells) == full._order_line_checked(n, cells)


BALANCE_HEADER = ["Account", "First name", "Last name", "Opening balance"]


def test_an_imported_balance_is_one_open_opening_balance_invoice_the_credit_check_counts(store, tmp_path):
    from datetime import UTC, datetime

    from callcenter.store.orders import credit_position

    def state():
        with store.engine.connect() as conn:
            invoices = {
                no: (amount, paid, status, deleted, issued[:10], account)
                for no, amount, paid, status, deleted, issued, account in conn.exec_driver_sql(
                    "SELECT i.invoice_no, i.amount_minor, i.paid_minor, i.status, i.deleted, i.issued_at, c.account_no "
                    "FROM invoices i JOIN customers c ON c.id = i.customer_id"
                )
            }
            balances = {}
            for cid, account, balance in conn.exec_driver_sql("SELECT id, account_no, balance_minor FROM customers"):
                assert credit_position(conn, cid).balance_minor == balance  # balance and credit check agree
                balances[account] = balance
            return invoices, balances

    rows = [["A1", "Ann", "Lee", "120.50"], ["A2", "Bo", "Ma", "0"], ["A3", "Cy", "Ng", ""], ["A4", "Di", "Wu", "-5"]]
    report = import_file(store, None, "customers", F.write_csv(tmp_path / "b1.csv", rows, BALANCE_HEADER)).value
    assert (report.created, report.refused) == (3, 1)
    assert {(p["row"], p["field"], p["reason"]) for p in report.as_dict()["problems"]} == {
        (5, "balance", "money_invalid")
    }
    today = datetime.now(UTC).strftime("%Y-%m-%d")
    invoices, balances = state()
    assert invoices == {"OB-A1": (12050, 0, "open", False, today, "A1")}
    assert balances == {"A1": 12050, "A2": 0, "A3": 0}
    assert count(store, "SELECT count(*) FROM change_log WHERE table_name = 'invoices' AND op = 'insert'") == 1

    # the same file again changes nothing
    logged = "SELECT count(*) FROM change_log WHERE table_name != 'audit_log'"
    log = count(store, logged)
    report = import_file(store, None, "customers", F.write_csv(tmp_path / "b1.csv", rows, BALANCE_HEADER)).value
    assert (report.created, report.updated, report.unchanged) == (0, 0, 3)
    assert state() == (invoices, balances)
    assert count(store, logged) == log

    # changed balances adjust the opening-balance invoice (or open one)
    rows = [["A1", "Ann", "Lee", "100"], ["A2", "Bo", "Ma", "30.00"], ["A3", "Cy", "Ng", ""]]
    report = import_file(store, None, "customers", F.write_csv(tmp_path / "b2.csv", rows, BALANCE_HEADER)).value
    assert (report.created, report.updated, report.unchanged) == (0, 2, 1)
    assert sorted(report.merged) == ["A1", "A2"]
    invoices, balances = state()
    assert invoices == {"OB-A1": (10000, 0, "open", False, today, "A1"), "OB-A2": (3000, 0, "open", False, today, "A2")}
    assert balances == {"A1": 10000, "A2": 3000, "A3": 0}

    # a balance of nothing voids it
    rows[0][3] = "0"
    report = import_file(store, None, "customers", F.write_csv(tmp_path / "b3.csv", rows, BALANCE_HEADER)).value
    assert (report.updated, report.unchanged) == (1, 2)
    invoices, balances = state()
    assert invoices["OB-A1"][:3] == (0, 0, "void")
    assert balances == {"A1": 0, "A2": 3000, "A3": 0}
