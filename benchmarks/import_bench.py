"""``callcenter bench import``: N customers with phones and e-mails, then their order lines
(5 per customer by default), imported from CSV files into a fresh store through the same
op as ``callcenter import``. Prints ``import_s`` (both files, writing included; making the
files is not counted) and ``rows_per_s`` (file rows per second), with each file's figures.

The machine's load average is printed alongside: on a shared machine, compare ``cpu_s``.

``write_customers`` and ``write_orders`` make the files (the tests use them too): valid,
unique US numbers spread over several area codes, so every phone goes through
libphonenumber as an import's would.
"""

from __future__ import annotations

import csv
import os
import sys
import tempfile
import time
from pathlib import Path

_AREAS = (201, 202, 212, 213, 305, 312, 415, 617, 650, 702, 713, 808)
_GIVEN = ("Ana", "Ben", "Chen", "Dana", "Eli", "Fatima", "Grace", "Hiro", "Ivan", "Jun", "Kate", "Li")
_FAMILY = ("Smith", "Wang", "Garcia", "Kim", "Brown", "Zhang", "Lopez", "Nguyen", "Müller", "Patel")
CUSTOMER_HEADER = ["Account", "First name", "Last name", "Phone", "Email", "Language", "Tier"]
ORDER_HEADER = ["Order", "Account", "Order date", "Status", "SKU", "Description", "Qty", "Unit price"]


def phone(i: int) -> str:
    area = _AREAS[i % len(_AREAS)]
    rest = i // len(_AREAS)
    exchange = 234 + (rest // 10000) % 700
    if exchange % 100 == 11:
        exchange += 1
    return f"({area}) {exchange}-{rest % 10000:04d}"


def customer_row(i: int) -> list[str]:
    return [
        f"A{i:08d}",
        _GIVEN[i % len(_GIVEN)],
        _FAMILY[(i // 7) % len(_FAMILY)],
        phone(i),
        f"c{i}@example.com",
        "zh_CN" if i % 5 == 0 else "en",
        ("bronze", "silver", "gold", "platinum")[i % 4],
    ]


def write_customers(path: Path, n: int, start: int = 0) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        w = csv.writer(handle)
        w.writerow(CUSTOMER_HEADER)
        for i in range(start, start + n):
            w.writerow(customer_row(i))


def write_orders(path: Path, customers: int, lines_per_customer: int = 5) -> int:
    """Two orders per customer sharing its lines; returns the lines written."""
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        w = csv.writer(handle)
        w.writerow(ORDER_HEADER)
        for i in range(customers):
            for k in range(lines_per_customer):
                order = f"O{i:08d}-{k % 2}"
                day = 1 + (i + k) % 28
                w.writerow(
                    [
                        order,
                        f"A{i:08d}",
                        f"2026-0{1 + k % 9}-{day:02d}",
                        "delivered",
                        f"SKU-{k:03d}",
                        f"Product {k}",
                        1 + k % 3,
                        f"{(i % 90) + 9}.{k}9",
                    ]
                )
                count += 1
    return count


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(args) -> dict:
    from callcenter.ops.imports import import_file
    from callcenter.store.db import Store

    n = args.customers
    per = args.lines_per_customer
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        folder = Path(tmp)
        print(f"bench import: writing {n:,} customers and {n * per:,} order lines", file=sys.stderr)
        write_customers(folder / "customers.csv", n)
        lines = write_orders(folder / "orders.csv", n, per)
        store = Store(folder / "bench.db")
        try:
            started, cpu, helper = time.perf_counter(), time.process_time(), _children_cpu()
            print("bench import: customers", file=sys.stderr)
            customers = import_file(store, None, "customers", folder / "customers.csv").value
            mid = time.perf_counter()
            print("bench import: order lines", file=sys.stderr)
            orders = import_file(store, None, "orders", folder / "orders.csv").value
            done, cpu = time.perf_counter(), time.process_time() - cpu
            helper = _children_cpu() - helper
            pending = store.pending_changes()
            db_mb = (folder / "bench.db").stat().st_size / 1e6
        finally:
            store.close()
    total = done - started
    return {
        "customers": n,
        "order_lines": lines,
        "rows": n + lines,
        "import_s": round(total, 2),
        "rows_per_s": round((n + lines) / total),
        "customers_s": round(mid - started, 2),
        "customers_per_s": round(n / (mid - started)),
        "orders_s": round(done - mid, 2),
        "order_lines_per_s": round(lines / (done - mid)),
        "cpu_s": round(cpu, 2),  # this process only
        "helper_cpu_s": round(helper, 2),  # the helper process that reads and checks rows ahead (big files)
        "load_avg_1m": round(os.getloadavg()[0], 2),  # the machine is shared: other work slows a run down
        "created": customers.created + orders.created,
        "refused": customers.refused + orders.refused,
        "orders_created": orders.orders_created,
        "pending_changes": pending,
        "db_mb": round(db_mb, 1),
    }
