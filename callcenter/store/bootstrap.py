"""Loading a server's snapshot into an empty store: how a new console joins a big site.

Replaying a site's history change by change would take a new console hours at a million
customers; a snapshot (``sync.protocol``, ``GET /v1/snapshot``) is every current row once.
``SnapshotLoader`` writes its frames with plain ``executemany`` inserts in large
transactions, the synced tables' plain indexes dropped and built once at the end (their
schema text kept in ``local_meta`` meanwhile), foreign-key checks off (the server's rows are whole; a console's seed data
may point at rows it alone has, as in a pull), ``synchronous=OFF`` and a large page cache
on its own connection only while it loads, and fills the customer search index once at
the end instead of per row. Rows arrive without change-log entries: they are the server's,
not changes of this console.

**Never half-joined.** ``LOADING_KEY`` is written to ``local_meta`` (and committed) before
the first row, and removed in the last transaction, together with the pull cursor, the
clock and the search index. A console killed mid-load keeps the key: it is recognisably
not joined (``is_loading``; sign-in treats it as an empty store and offers to join again),
and the next load first empties every synced table and starts again.

**Bad rows.** The server checked every row when it was pushed, but a console does not
take that on trust (a row stored by an older server, or written into its database by
hand, must not be taken in by a joining console when every console that pulled it kept it
aside): every row passes ``row_checker`` (the sync client gives ``sync.validate.row_checker``,
the pull's checks written out per table) on its way in. A frame with a row that fails, or that the store refuses (a value it
cannot store, a clash on a unique value), goes through ``replica.apply_remote`` instead,
which keeps the offending rows aside as a pull would.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Collection
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from callcenter.core.ids import HlcStamp
from callcenter.store import search
from callcenter.store.db import CLOCK_KEY, Store, keep_clock
from callcenter.store.models import SYNCED_MODELS
from callcenter.store.replica import QUARANTINE_TABLE, ChangeError, TablePlan, _dt_in, decode_row, synced_tables

log = logging.getLogger(__name__)

LOADING_KEY = "sync.snapshot_loading"  # present while a snapshot is being loaded: not joined
INDEXES_KEY = "sync.snapshot_indexes"  # the plain indexes dropped for the load, rebuilt at its end
COMMIT_ROWS = 200_000  # rows per transaction while loading
Progress = Callable[[int, int], None]  # rows done, rows in the snapshot


@dataclass(frozen=True)
class RowChecks:
    """The pull's checks of a stored row, in SQL (``sync.validate`` gives them):
    ``check(table)`` true for a good row, ``fault(table)`` the first column at fault,
    ``reason(table, column, value)`` its reason code."""

    check: Callable[[str], str]
    fault: Callable[[str], str]
    reason: Callable[[str, str, Any], str]


def _compile_decoder(plan: TablePlan) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """A function from one snapshot row to its driver values, written out per table (this runs
    for every row of the site). The server checked each row when it was pushed, so a date and
    time in the form every console sends (``...T...+00:00``) is sliced, not parsed; any other
    form goes through ``replica``'s parser. Booleans bind as 1 and 0 as they are. A missing
    column raises KeyError: the caller decodes that row the slow way (with the defaults)."""
    items = []
    for name in plan.columns:
        value = f"r[{name!r}]"
        if plan.kinds[name] == "dt":
            value = f"_dt({value})"
        items.append(value)
    source = (
        "def _dt(v):\n"
        "    if v.__class__ is str and len(v) == 32 and v[10] == 'T' and v[26:] == '+00:00':\n"
        "        return v[:10] + ' ' + v[11:26]\n"
        "    return _dt_in(v)\n"
        f"def decode(r):\n    return ({', '.join(items)},)\n"
    )
    namespace: dict[str, Any] = {"_dt_in": _dt_in}
    exec(source, namespace)
    decode: Callable[[dict[str, Any]], tuple[Any, ...]] = namespace["decode"]
    return decode


_SEARCH_SHADOWS = tuple(f"customer_search_{part}" for part in ("data", "idx", "content", "docsize", "config"))


def file_fits(store: Store, path: Path) -> bool:
    """A snapshot file this store can copy its tables from (``SnapshotLoader.copy_file``):
    an SQLite file at the same store schema revision, every synced table, the rows kept
    aside and the search index with exactly the columns of this store's. False for anything
    else (another version's file, a file that is not SQLite): the caller streams instead."""
    import sqlite3

    from callcenter.store.file_scan import open_read_only

    tables = (*synced_tables(), QUARANTINE_TABLE, *_SEARCH_SHADOWS)
    revision = "SELECT version_num FROM alembic_version"
    try:
        with closing(open_read_only(path)) as other:
            with store.engine.connect() as conn:
                if other.execute(revision).fetchall() != [tuple(r) for r in conn.exec_driver_sql(revision)]:
                    return False
                for table in tables:
                    info = f"PRAGMA table_info({table})"
                    theirs = other.execute(info).fetchall()
                    if not theirs or theirs != [tuple(r) for r in conn.exec_driver_sql(info)]:
                        return False
    except sqlite3.DatabaseError:
        return False
    return True


class _FileScan:
    """``file_scan`` over a snapshot file's tables, in a spawned process (never forked: the
    GUI joins on a worker thread of a threaded process) while this one copies them."""

    def __init__(self, path: Path, tables: list[str], checks: RowChecks, plans: dict[str, TablePlan]):
        import multiprocessing

        from callcenter.store import file_scan

        plan = [(t, checks.check(t), checks.fault(t), ", ".join(plans[t].columns)) for t in tables]
        ctx = multiprocessing.get_context("spawn")
        self._answer, sender = ctx.Pipe(duplex=False)
        self._process = ctx.Process(target=file_scan.run, args=(str(path), plan, sender), daemon=True)
        self._process.start()
        sender.close()  # this end is the child's: its exit ends the pipe

    def result(self) -> dict[str, tuple[str | None, list[Any]]]:
        """What the scan found; sqlite3.DatabaseError when it could not read the file."""
        import sqlite3

        try:
            kind, found = self._answer.recv()
        except EOFError:
            raise sqlite3.DatabaseError("the snapshot file check stopped without an answer") from None
        if kind != "found":
            raise sqlite3.DatabaseError(found)
        scanned: dict[str, tuple[str | None, list[Any]]] = found
        return scanned

    def close(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._answer.close()


def file_rows(path: Path, tables: Collection[str]) -> int:
    """The rows of ``tables`` in a snapshot file (one that ``file_fits``)."""
    from callcenter.store.file_scan import open_read_only

    with closing(open_read_only(path)) as other:
        return sum(int(other.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables)


def is_loading(store: Store) -> bool:
    """A snapshot load started and did not finish: the store is not a joined console."""
    return bool(store.meta(LOADING_KEY))


def is_empty(store: Store) -> bool:
    """No row in any synced table and nothing in the change log."""
    with store.engine.connect() as conn:
        for table in (*(m.__tablename__ for m in SYNCED_MODELS), "change_log"):
            if conn.exec_driver_sql(f"SELECT 1 FROM {table} LIMIT 1").first() is not None:
                return False
    return True


def discard_half_load(store: Store) -> bool:
    """Forget a join that stopped half-way (the rows it loaded, its dropped indexes put back,
    the sync settings that point at that site), so the store is empty and belongs to no
    server: a console whose join failed can create a site of its own instead. False when no
    load was half-way. The clock is kept (stamps never go back)."""
    if not is_loading(store):
        return False
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")  # the tables are emptied in any order
        conn.commit()
        try:
            with conn.begin():
                _restore_indexes(conn)
                _empty(conn)
                # the loading key, the server, cursor and user: all 'sync.*'
                conn.exec_driver_sql("DELETE FROM local_meta WHERE key LIKE 'sync.%' AND key != ?", (CLOCK_KEY,))
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()
    return True


def _restore_indexes(conn: Connection) -> None:
    """The indexes a load dropped (``INDEXES_KEY``), built again; in the caller's transaction."""
    row = conn.exec_driver_sql("SELECT value FROM local_meta WHERE key = ?", (INDEXES_KEY,)).first()
    if row is None:
        return
    present = {n for (n,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
    for name, sql in json.loads(row[0]):
        if name not in present:
            conn.exec_driver_sql(sql)
    conn.exec_driver_sql("DELETE FROM local_meta WHERE key = ?", (INDEXES_KEY,))


def _empty(conn: Connection) -> None:
    """Every synced table, the change log, rows kept aside and the search index emptied:
    whatever an earlier, unfinished load left (or nothing, on a new store)."""
    for table in (*(m.__tablename__ for m in SYNCED_MODELS), "change_log", QUARANTINE_TABLE, "customer_search"):
        conn.exec_driver_sql(f"DELETE FROM {table}")


@dataclass
class Loaded:
    rows: int = 0
    tables: dict[str, int] = field(default_factory=dict)
    kept_aside: int = 0
    unknown: int = 0  # rows of tables this version does not have
    source: str = "stream"  # "file": copied from the server's snapshot file (``copy_file``)
    phases: dict[str, float] = field(default_factory=dict)  # seconds per step of the load, for the benchmark


class SnapshotLoader:
    """``with SnapshotLoader(store, total, progress) as load: load.add(table, rows) ...;
    load.finish(cursor)``. Leaving the block without ``finish`` leaves the store marked
    as loading (see the module's docstring)."""

    def __init__(
        self,
        store: Store,
        total: int = 0,
        progress: Progress | None = None,
        sort_out: Callable[[list[dict[str, Any]]], tuple[list[dict[str, Any]], list[Any]]] | None = None,
        row_checker: Callable[[str], Callable[[dict[str, Any]], bool]] | None = None,
    ):
        self.store = store
        self.sort_out = sort_out  # (good, kept aside) of a frame the store refused: the pull's checks
        self.row_checker = row_checker  # table -> a test of one row, True when the pull's checks pass
        self.total = total
        self.progress = progress
        self.plans = synced_tables()
        self.result = Loaded()
        self.top: str | None = None
        self._since_commit = 0
        self._search_ready = False  # the search index came whole with a snapshot file
        self._redone_search = False  # a customer, phone or e-mail row re-applied: the index is rebuilt
        self._sql: dict[str, str] = {}
        self._decoders: dict[str, Callable[[dict[str, Any]], tuple[Any, ...]]] = {}

    # -- the connection --------------------------------------------------------------------
    def __enter__(self) -> SnapshotLoader:
        self._connect()
        with self.conn.begin():
            _restore_indexes(self.conn)  # a load killed before: its dropped indexes first
            _empty(self.conn)
            self._set(LOADING_KEY, "1")
            self._drop_indexes()
        return self

    def _connect(self) -> None:
        self.conn = self.store.engine.connect()
        self.conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        self.conn.exec_driver_sql("PRAGMA synchronous=OFF")  # a killed process loses nothing committed (WAL)
        self.conn.exec_driver_sql("PRAGMA cache_size=-262144")
        self.conn.exec_driver_sql("PRAGMA temp_store=MEMORY")
        self.conn.commit()

    def _set(self, key: str, value: str) -> None:
        self.conn.exec_driver_sql(
            "INSERT INTO local_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def _drop_indexes(self) -> None:
        """The synced tables' plain (not unique) indexes, built once at the end: a sorted build
        is much faster than keeping them up to date row by row. Their schema text is kept in
        ``INDEXES_KEY`` in the same transaction, so a killed load leaves them to be rebuilt."""
        tables = set(self.plans)
        found = [
            (name, sql)
            for name, table, sql in self.conn.exec_driver_sql(
                "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            )
            if table in tables and not sql.lstrip().upper().startswith("CREATE UNIQUE")
        ]
        self._set(INDEXES_KEY, json.dumps(found))
        for name, _sql in found:
            self.conn.exec_driver_sql(f'DROP INDEX "{name}"')

    def __exit__(self, *exc: object) -> None:
        try:
            if self.conn.in_transaction():
                self.conn.commit()  # rows so far stay; the key says they are not a joined store
            self.conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            self.conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
            self.conn.exec_driver_sql("PRAGMA cache_size=-32000")
            self.conn.commit()
        finally:
            self.conn.close()

    # -- rows ------------------------------------------------------------------------------
    def add(self, table: str, rows: list[dict[str, Any]]) -> None:
        """One frame: rows of one table, as the server keeps them."""
        plan = self.plans.get(table)
        if plan is None:
            self.result.unknown += len(rows)
        elif rows:
            top = max(r.get("hlc") or "" for r in rows)
            if self.top is None or top > self.top:
                self.top = top
            try:
                if self.row_checker and not all(map(self.row_checker(table), rows)):  # a pull would keep one aside
                    raise ChangeError(table, "a row the pull's checks refuse")
                decode = self._decoder(table)
                try:
                    values = [decode(r) for r in rows]
                except KeyError:  # a row without every column: their defaults
                    values = [decode_row(plan, r) for r in rows]
                self.conn.exec_driver_sql(self._insert(table), values)
                applied = len(rows)
            except IntegrityError:
                self._take_back(table, rows)
                applied = self._one_by_one(table, rows)
            except (ChangeError, TypeError, KeyError):  # before any row was written
                applied = self._one_by_one(table, rows)
            self.result.tables[table] = self.result.tables.get(table, 0) + applied
        self.result.rows += len(rows)
        self._since_commit += len(rows)
        if self._since_commit >= COMMIT_ROWS:
            self.conn.commit()
            self._since_commit = 0
        if self.progress is not None:
            self.progress(self.result.rows, max(self.total, self.result.rows))

    def _decoder(self, table: str) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
        decode = self._decoders.get(table)
        if decode is None:
            decode = self._decoders[table] = _compile_decoder(self.plans[table])
        return decode

    def _insert(self, table: str) -> str:
        sql = self._sql.get(table)
        if sql is None:
            cols = self.plans[table].columns
            sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
            self._sql[table] = sql
        return sql

    def _take_back(self, table: str, rows: list[dict[str, Any]]) -> None:
        """The rows of a refused frame written before the one refused (each id comes once)."""
        ids = [(r.get("id"),) for r in rows]
        self.conn.exec_driver_sql(f"DELETE FROM {table} WHERE id = ?", ids)

    def _one_by_one(self, table: str, rows: list[dict[str, Any]]) -> int:
        """A frame the store refused: commit what came before, then apply it as a pull would."""
        from callcenter.store import replica

        log.warning("a snapshot frame of %s was refused; applied as a pull would", table)
        self.conn.commit()
        changes = [
            {"table": table, "id": r.get("id"), "hlc": r.get("hlc"), "deleted": bool(r.get("deleted")), "row": r}
            for r in rows
        ]
        good, aside = self.sort_out(changes) if self.sort_out else (changes, [])
        done = replica.apply_remote(self.store, good, aside=aside, keep_aside=True)
        self.result.kept_aside += done.kept_aside
        return done.applied

    # -- a snapshot file -----------------------------------------------------------------
    def copy_file(self, path: Path, checks: RowChecks, skip: Collection[str] = ()) -> None:
        """Every synced table but ``skip`` (and the rows kept aside, and the search index)
        copied from a snapshot file (``file_fits``) into this store. SQLite copies a table
        page by page when it is ``INSERT INTO t SELECT * FROM other.t`` into an empty table
        of the same shape with foreign-key checks off, its indexes with it: about a tenth
        of the time of inserting the same rows one by one. The file is checked, not
        trusted: a second process runs ``checks`` (the pull's checks, in SQL) over the
        file's rows while they are copied (``file_scan``), and a row that fails is taken out again and
        kept aside, as a pull keeps aside a row it refuses."""
        conn = self.conn
        if conn.in_transaction():
            conn.commit()
        conn.exec_driver_sql("ATTACH DATABASE ? AS snap", (str(path),))
        conn.commit()  # (the driver begins no transaction for it; SQLAlchemy thinks it did)
        tables = [t for t in sorted(self.plans) if t not in skip]
        scan: _FileScan | None = None
        try:
            scan = _FileScan(path, tables, checks, self.plans)
            with conn.begin():
                _restore_indexes(conn)  # copied whole from the file instead of built at the end
            total = max(self.total, 1)
            for table in tables:
                self._copy_table(table)
                if self.progress is not None:
                    self.progress(min(self.result.rows, total), total)
            found = scan.result()
            with conn.begin():
                self._take_out(found, checks)
                # the rows the server's build kept aside (none of them is one kept aside above)
                conn.exec_driver_sql(f"INSERT OR IGNORE INTO {QUARANTINE_TABLE} SELECT * FROM snap.{QUARANTINE_TABLE}")
                for shadow in _SEARCH_SHADOWS:
                    conn.exec_driver_sql(f"DELETE FROM {shadow}")
                    conn.exec_driver_sql(f"INSERT INTO {shadow} SELECT * FROM snap.{shadow}")
            self._search_ready = not self._redone_search
            self.result.source = "file"
        finally:
            if scan is not None:
                scan.close()
            if conn.in_transaction():
                conn.commit()
            conn.exec_driver_sql("DETACH DATABASE snap")
            conn.commit()
            # This connection's search index still holds the picture it had before the
            # index's tables were copied under it (other connections notice the change,
            # the writer does not): it is thrown away, not returned to the pool.
            conn.invalidate()
            self._connect()

    def _copy_table(self, table: str) -> None:
        """One table copied whole, in one transaction."""
        with self.conn.begin():
            rows = int(self.conn.exec_driver_sql(f"SELECT count(*) FROM snap.{table}").scalar_one())
            self.conn.exec_driver_sql(f"INSERT INTO main.{table} SELECT * FROM snap.{table}")
        self.result.rows += rows
        self.result.tables[table] = self.result.tables.get(table, 0) + rows

    def _take_out(self, scanned: dict[str, tuple[str | None, list[Any]]], checks: RowChecks) -> None:
        """The rows the file scan found bad, taken out of the copied tables and kept aside
        (with the column at fault); the clock's top stamp from the rest. In the caller's
        transaction."""
        from callcenter.store import replica

        for table, (top, failed) in scanned.items():
            if isinstance(top, str) and (self.top is None or top > self.top):
                self.top = top
            if not failed:
                continue
            columns = self.plans[table].columns
            self.conn.exec_driver_sql(f"DELETE FROM main.{table} WHERE rowid = ?", [(r[0],) for r in failed])
            aside = []
            for r in failed:
                row = dict(zip(columns, r[2:], strict=True))
                change = {"table": table, "id": row.get("id"), "hlc": row.get("hlc"), "row": row}
                change["deleted"] = bool(row.get("deleted"))
                field = str(r[1] or "")
                aside.append(replica.Aside(change, field, checks.reason(table, field, row.get(field))))
            replica.keep_aside(self.conn, aside)
            self.result.tables[table] -= len(failed)
            self.result.kept_aside += len(failed)
            log.warning("a snapshot file held %d rows of %s the pull's checks refuse", len(failed), table)
            self._redone_search |= table in ("customers", "phones", "emails")

    # -- the end ---------------------------------------------------------------------------
    def finish(self, cursor: int, meta: dict[str, str]) -> Loaded:
        """The search index, the clock, ``meta`` (the pull cursor), and the key removed: one
        transaction, after which the store is a joined console."""
        if self.top:
            try:
                self.store.clock.observe(HlcStamp.decode(self.top))
            except ValueError:
                log.warning("snapshot carried a stamp that does not decode")
        if self.conn.in_transaction():
            self.conn.commit()
        with self.conn.begin():
            _restore_indexes(self.conn)  # before the search index: it reads phones and e-mails by customer
            if not self._search_ready:
                search.rebuild(self.conn)
            keep_clock(self.conn, self.store)
            for key, value in meta.items():
                self._set(key, value)
            self.conn.exec_driver_sql("DELETE FROM local_meta WHERE key = ?", (LOADING_KEY,))
        self.conn.exec_driver_sql("PRAGMA analysis_limit=1000")
        self.conn.exec_driver_sql("ANALYZE")  # plans for tables that were empty a minute ago
        self.conn.commit()
        return self.result
