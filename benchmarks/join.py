"""``callcenter bench join --customers N``: a new console joins a site of N customers.

The site: N demo customers with everything the demo generator makes for them (phones,
e-mails, addresses, orders and their lines, invoices, payments, calls, notes, complaints;
about 14 rows a customer), generated into SQLite (kept in ``--cache DIR`` for the next run)
and copied into a throwaway PostgreSQL (or ``--database-url``) as the server keeps rows,
with ``COPY``. Then the real server process starts on loopback and a fresh console joins
through the same op as ``callcenter init join``: register, load the snapshot, pull.
The server's snapshot file (``sync.snapshot_file``) is built first, as a server does on
its own schedule (``snapshot_build_s``, not counted); ``--stream`` joins without one, from
the streamed snapshot (``path`` says which the console took).

``join_s`` runs from opening the new store to a console ready to take calls: the join
done, a known customer found by search and a screen pop of a known number matched.
``rows_per_s`` is the rows loaded over ``join_s``; ``rows`` by table follow. Building the
site is not counted (``site_build_s``). The machine's load average and this process's CPU
time are printed alongside: on a shared machine, compare ``cpu_s``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from callcenter.benchmarks.stats import say

PASSWORD = "bench-join-password"


def run(args) -> dict:
    from callcenter.sync.pg_cluster import PgCluster

    n = args.customers
    seed = getattr(args, "seed", 1) or 1
    with tempfile.TemporaryDirectory(prefix="callcenter-bench-join-") as tmp:
        work = Path(tmp)
        cache = Path(args.cache) if getattr(args, "cache", None) else work
        cache.mkdir(parents=True, exist_ok=True)
        demo_db = cache / f"join-site-{n}-seed{seed}.db"
        pg = None
        url = getattr(args, "database_url", None)
        try:
            if not url:
                pg = PgCluster().start()
                url = pg.create_database("bench_join")
            started = time.perf_counter()
            say(f"bench join: a site of {n:,} demo customers")
            _demo(demo_db, n, seed)
            tables = fill_server(url, demo_db)
            known = _known(demo_db)
            build_s = time.perf_counter() - started
            snapshot_s = None if getattr(args, "stream", False) else _build_snapshot(url, work / "snapshots")
            return {
                **_join(url, work, known, tables),
                "site_build_s": round(build_s, 1),
                "snapshot_build_s": snapshot_s,
            }
        finally:
            if pg is not None:
                pg.stop()


def _demo(path: Path, n: int, seed: int) -> None:
    from callcenter.store.demo import generate

    result = generate(path, n, seed, quiet=True)
    if result.get("reused"):
        say(f"bench join: demo site reused from {path.name}")


def fill_server(url: str, demo_db: Path) -> dict[str, int]:
    """Every synced row of the demo store into the server's ``sync_rows`` (as pushed rows are
    kept: the row as JSON, a position each), with ``COPY``; a supervisor to sign in as."""
    import orjson
    from sqlalchemy import text

    from callcenter.store.db import Store
    from callcenter.store.replica import synced_tables
    from callcenter.sync import server_store

    engine = server_store.open_engine(url)
    store = Store(demo_db)
    counts: dict[str, int] = {}
    seq = 0
    try:
        with engine.connect() as conn:
            if conn.execute(text("SELECT count(*) FROM sync_rows")).scalar_one():
                raise ValueError("bench join needs an empty server database")
        raw = engine.raw_connection()
        try:
            with raw.cursor() as cur, store.engine.connect() as src:
                for name, plan in synced_tables().items():
                    say(f"bench join: server rows of {name}")
                    cols = ", ".join(plan.columns)
                    encode = plan.encoder
                    result = src.exec_driver_sql(f"SELECT {cols} FROM {name} ORDER BY id")
                    with cur.copy(
                        "COPY sync_rows (table_name, row_id, seq, hlc, origin, deleted, data) FROM STDIN"
                    ) as copy:
                        while rows := result.fetchmany(20000):
                            for r in rows:
                                row = encode(r)
                                seq += 1
                                copy.write_row(
                                    (
                                        name,
                                        row["id"],
                                        seq,
                                        row["hlc"],
                                        row["origin"],
                                        bool(row["deleted"]),
                                        orjson.dumps(row).decode(),
                                    )
                                )
                            counts[name] = counts.get(name, 0) + len(rows)
                cur.execute("UPDATE sync_counters SET value = %s WHERE name = 'seq'", (seq,))
                cur.execute("ANALYZE sync_rows")
            raw.commit()
        finally:
            raw.close()
        server_store.create_user(engine, "benchjoin", PASSWORD, "supervisor")
        counts["users"] = counts.get("users", 0) + 1
    finally:
        store.close()
        engine.dispose()
    return {t: c for t, c in counts.items() if c}


def _build_snapshot(url: str, folder: Path) -> float:
    """The server's snapshot file, as ``callcenter server --build-snapshot`` builds it."""
    from callcenter.sync import server_store, snapshot_file

    say("bench join: the server builds its snapshot file")
    started = time.perf_counter()
    engine = server_store.open_engine(url)
    try:
        snapshot_file.build(engine, folder)
    finally:
        engine.dispose()
    return round(time.perf_counter() - started, 1)


def _known(demo_db: Path) -> tuple[str, str]:
    """A customer's account number and a number only that customer holds."""
    from callcenter.store.db import Store

    store = Store(demo_db)
    try:
        with store.engine.connect() as conn:
            total = conn.exec_driver_sql("SELECT count(*) FROM phones").scalar() or 0
            for offset in range(total // 2, total):
                e164, account = conn.exec_driver_sql(
                    "SELECT p.e164, c.account_no FROM phones p JOIN customers c ON c.id = p.customer_id "
                    "WHERE NOT p.deleted AND NOT c.deleted LIMIT 1 OFFSET ?",
                    (offset,),
                ).one()
                holders = conn.exec_driver_sql(
                    "SELECT count(DISTINCT customer_id) FROM phones WHERE e164 = ? AND NOT deleted", (e164,)
                ).scalar()
                if holders == 1:
                    return account, e164
    finally:
        store.close()
    raise ValueError("the demo site has no customer with a number of their own")


def _join(url: str, work: Path, known: tuple[str, str], tables: dict[str, int]) -> dict:
    import keyring
    from keyring.backends import fail

    from callcenter.benchmarks.server_process import ServerProcess
    from callcenter.core.screenpop import PopStatus
    from callcenter.ops import site as site_ops
    from callcenter.store import screenpop as pop_store
    from callcenter.store import search
    from callcenter.store.db import Store

    os.environ["CALLCENTER_DATA_DIR"] = str(work / "data")  # the device token: a private file here
    keyring.set_keyring(fail.Keyring())
    account, e164 = known
    total = sum(tables.values())
    shown = [-1]

    def progress(done: int, all_rows: int) -> None:
        tenth = done * 10 // all_rows if all_rows else 10
        if tenth != shown[0]:
            shown[0] = tenth
            say(f"bench join: {done:,} of {all_rows:,} rows")

    env = {"CALLCENTER_SNAPSHOT_DIR": str(work / "snapshots")}
    with ServerProcess(url, work, env=env) as server:
        say(f"bench join: a console joins ({total:,} rows on the server)")
        started, cpu = time.perf_counter(), time.process_time()
        store = Store(work / "console.db")
        try:
            joined = site_ops.join_site(store, server.url, "benchjoin", PASSWORD, progress=progress).value
            joined_at = time.perf_counter()
            with store.engine.connect() as conn:
                found = [h.account_no for h in search.search(conn, account)]
                pop = pop_store.pop(conn, e164)
            ready = time.perf_counter()
            cpu = time.process_time() - cpu
            if found[:1] != [account] or pop.status is not PopStatus.MATCHED or pop.view.account_no != account:
                raise RuntimeError("the joined console does not find the known customer")
            with store.engine.connect() as conn:
                local = {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in tables}
            db_mb = (work / "console.db").stat().st_size / 1e6
        finally:
            store.close()
    if local != tables:
        raise RuntimeError(f"the joined console holds other rows than the server: {local} != {tables}")
    join_s = ready - started
    print(f"bench join: ready in {join_s:.1f} s", file=sys.stderr)
    return {
        "bench": "join",
        "path": joined.loaded_from,
        "phases_s": joined.load_phases,  # the file's download, the users' stream, the copy, the end
        "customers": tables.get("customers", 0),
        "rows": joined.loaded,
        "join_s": round(join_s, 2),
        "rows_per_s": round(joined.loaded / join_s),
        "customers_per_s": round(tables.get("customers", 0) / join_s),
        "pulled_after_snapshot": joined.pulled,
        "ready_after_join_ms": round((ready - joined_at) * 1000, 1),
        "cpu_s": round(cpu, 2),  # this process only (the server and PostgreSQL run in their own)
        "load_avg_1m": round(os.getloadavg()[0], 2),  # the machine is shared: other work slows a run down
        "db_mb": round(db_mb, 1),
        "tables": dict(sorted(tables.items())),
    }
