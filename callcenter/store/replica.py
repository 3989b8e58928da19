"""The store's side of sync: rows out as JSON-safe changes, remote changes in.

Generic over every ``SyncMixin`` table (a table added later syncs without code
changes here). A change on the wire is a dict::

    {"table": "customers", "id": "<uuid7>", "hlc": "<stamp>", "deleted": false,
     "row": {column: JSON value, ...}}

Datetimes travel as ISO 8601 text with an explicit UTC offset, booleans as JSON
booleans. Merge rule (see ``callcenter.sync.merge``): the version with the higher
hybrid-logical-clock stamp wins the whole row; the stamp's device id breaks ties,
so every replica picks the same winner. Append-only tables merge by union.

Applying remote changes writes with SQLAlchemy Core on one connection, so the
``before_flush`` hook never sees them: they are not logged as local changes and
keep the stamp and origin they came with. The local clock observes the highest
remote stamp, the customer search index is refreshed for touched customers, and
the pull cursor moves in the same transaction as the rows.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from operator import itemgetter

from sqlalchemy import Boolean, DateTime, Integer, Table
from sqlalchemy.exc import IntegrityError, OperationalError

from callcenter.core.changes import REF_COLUMNS, SYNC, Change, Changes
from callcenter.core.ids import HlcStamp, uuid7
from callcenter.store.db import Store, keep_clock
from callcenter.store.errors import store_error
from callcenter.store.models import APPEND_ONLY_TABLES, SYNCED_MODELS, SyncConflict, utcnow

log = logging.getLogger(__name__)

CONFLICTS_TABLE = SyncConflict.__tablename__
_SQLITE_DT = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy keeps a DateTime in SQLite


class ChangeError(ValueError):
    """A change that cannot be applied (bad value for its column)."""


class ClashError(ValueError):
    """A pulled row clashes with a local one on a value that must be unique."""


@dataclass(frozen=True)
class TablePlan:
    name: str
    columns: tuple[str, ...]
    kinds: dict[str, str]  # column -> dt | bool | int | str
    defaults: dict[str, object]

    def __post_init__(self):
        set_ = object.__setattr__
        set_(self, "dt_columns", tuple(c for c in self.columns if self.kinds[c] == "dt"))
        set_(self, "bool_columns", tuple(c for c in self.columns if self.kinds[c] == "bool"))
        set_(self, "dt_index", tuple(i for i, c in enumerate(self.columns) if self.kinds[c] == "dt"))
        set_(self, "bool_index", tuple(i for i, c in enumerate(self.columns) if self.kinds[c] == "bool"))
        set_(self, "column_defaults", tuple((c, self.defaults[c]) for c in self.columns))
        set_(self, "getter", itemgetter(*self.columns))
        set_(self, "encoder", _compile_encoder(self))


@cache
def synced_tables() -> dict[str, TablePlan]:
    plans = {}
    for model in SYNCED_MODELS:
        table: Table = model.__table__
        kinds, defaults = {}, {}
        for col in table.columns:
            t = col.type
            impl = getattr(t, "impl", t)
            kinds[col.name] = (
                "dt"
                if isinstance(impl, DateTime) or isinstance(t, DateTime)
                else "bool"
                if isinstance(t, Boolean)
                else "int"
                if isinstance(t, Integer)
                else "str"
            )
            d = col.default
            defaults[col.name] = d.arg if d is not None and d.is_scalar else None
        plans[table.name] = TablePlan(table.name, tuple(c.name for c in table.columns), kinds, defaults)
    return plans


# -- values -------------------------------------------------------------------------
def _dt_out(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.strftime(_SQLITE_DT)
    return value.replace(" ", "T", 1) + "+00:00"


def _dt_in(value) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ChangeError(f"expected a date and time, got {type(value).__name__}")
    if len(value) == 32 and value.endswith("+00:00") and value[10] == "T":  # what we send: the fast way
        try:
            datetime.fromisoformat(value)
        except ValueError:
            raise ChangeError(f"not a date and time: {value[:40]!r}") from None
        return value[:10] + " " + value[11:26]
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ChangeError(f"not a date and time: {value[:40]!r}") from None
    if parsed.tzinfo is None:
        raise ChangeError("a date and time without a UTC offset")
    return parsed.astimezone(UTC).strftime(_SQLITE_DT)


def _compile_encoder(plan: TablePlan):
    """A function that turns one stored row into its dict, written out per table (a dict
    display is several times faster than building the dict in a loop; this runs for every
    row a console pushes)."""
    items = []
    for i, name in enumerate(plan.columns):
        kind = plan.kinds[name]
        value = f"r[{i}]"
        if kind == "dt":
            value = f"_dt_out({value})"
        elif kind == "bool":
            value = f"(None if {value} is None else bool({value}))"
        items.append(f"{name!r}: {value}")
    namespace = {"_dt_out": _dt_out}
    exec(f"def encode(r):\n    return {{{', '.join(items)}}}\n", namespace)
    return namespace["encode"]


def encode_row(plan: TablePlan, raw: tuple) -> dict:
    """A row as stored (driver values, in ``plan.columns`` order) to a JSON-safe dict."""
    return plan.encoder(raw)


def decode_row(plan: TablePlan, data: dict) -> tuple:
    """A JSON row to driver values in ``plan.columns`` order. Columns this store does
    not know are dropped (schema versions decide compatibility, see sync.protocol)."""
    try:
        values = list(plan.getter(data))  # every column present: the usual case, at C speed
    except KeyError:
        get = data.get
        values = [get(name, default) for name, default in plan.column_defaults]
    for i in plan.dt_index:
        values[i] = _dt_in(values[i])
    for i in plan.bool_index:
        if values[i] is not None:
            values[i] = 1 if values[i] else 0
    return tuple(values)


# -- out: pending local changes ---------------------------------------------------------
@dataclass
class Outgoing:
    changes: list[dict]
    last_seq: int  # mark change_log entries up to here as pushed once the server has them


def collect_pending(store: Store, limit: int, after_seq: int = 0) -> Outgoing:
    """The next ``limit`` logged changes (oldest first), one per row, current row state.

    A row changed again after this read has a later change_log entry that stays
    pending, so it is shipped again (the server treats an equal stamp as a duplicate).
    """
    plans = synced_tables()
    with store.engine.connect() as conn:
        log_rows = conn.exec_driver_sql(
            "SELECT seq, table_name, row_id FROM change_log WHERE pushed = 0 AND seq > ? ORDER BY seq LIMIT ?",
            (after_seq, limit),
        ).all()
        if not log_rows:
            return Outgoing([], 0)
        order: dict[tuple[str, str], int] = {}
        for seq, table, row_id in log_rows:
            order.setdefault((table, row_id), seq)
        by_table: dict[str, list[str]] = {}
        for table, row_id in order:
            by_table.setdefault(table, []).append(row_id)
        found: dict[tuple[str, str], dict] = {}
        raw_conn = conn.connection.dbapi_connection
        for table, ids in by_table.items():
            plan = plans.get(table)
            if plan is None:
                log.warning("change log names a table this version does not sync: %s", table)
                continue
            cols = ", ".join(plan.columns)
            encode = plan.encoder
            for chunk in _chunks(ids, 500):
                marks = ",".join("?" * len(chunk))
                for raw in raw_conn.execute(f"SELECT {cols} FROM {table} WHERE id IN ({marks})", chunk).fetchall():
                    row = encode(raw)
                    found[(table, row["id"])] = row
    changes = []
    for key in sorted(order, key=order.get):
        row = found.get(key)
        if row is not None:
            changes.append(
                {"table": key[0], "id": key[1], "hlc": row["hlc"], "deleted": bool(row["deleted"]), "row": row}
            )
    return Outgoing(changes, log_rows[-1][0])


def mark_pushed(store: Store, last_seq: int) -> None:
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE change_log SET pushed = 1 WHERE pushed = 0 AND seq <= ?", (last_seq,))


# -- in: remote changes -----------------------------------------------------------------
@dataclass
class Applied:
    applied: int = 0
    skipped: int = 0  # older than or equal to what this store has
    unknown: int = 0  # tables this version does not have
    conflicts: list[str] = field(default_factory=list)  # conflict record ids written here
    changes: list[Change] = field(default_factory=list)  # rows written, published as Changed(source="sync")
    kept_aside: int = 0  # rows this console could not apply, kept in sync_quarantine
    released: int = 0  # rows kept aside before that a valid version has now replaced


@dataclass(frozen=True)
class Aside:
    """A pulled change kept aside instead of applied: which column is at fault, and why."""

    change: dict
    field: str
    reason: str


QUARANTINE_TABLE = "sync_quarantine"
CANNOT_APPLY = "cannot_apply"  # the store refused the row (a clash, a constraint)
BAD_VALUE = "bad_value"  # a value that cannot be stored in its column


def apply_remote(
    store: Store,
    changes: list[dict],
    meta: dict[str, str] | None = None,
    *,
    aside: Iterable[Aside] = (),
    keep_aside: bool = False,
) -> Applied:
    """Apply remote changes in one transaction (all or nothing), plus ``meta`` keys
    (the pull cursor) in the same transaction.

    With ``keep_aside``, a row the store refuses (a bad value, a clash) is kept in
    ``sync_quarantine`` with the ``aside`` rows (found bad beforehand) instead of failing the
    page; without it, such a row raises ``ChangeError`` or ``ClashError`` and nothing is written."""
    plans = synced_tables()
    result = Applied()
    put_aside: list[Aside] = list(aside)
    by_table: dict[str, dict[str, dict]] = {}
    top: str | None = None
    for ch in changes:
        plan = plans.get(ch["table"])
        if plan is None:
            result.unknown += 1
            continue
        rows = by_table.setdefault(plan.name, {})
        prev = rows.get(ch["id"])
        if prev is None or ch["hlc"] > prev["hlc"]:
            rows[ch["id"]] = ch
        if top is None or ch["hlc"] > top:
            top = ch["hlc"]
    if result.unknown:
        log.warning("pull carried %d changes for tables this version does not have", result.unknown)
    if top is not None:
        # before the rows are written: the clock kept with them is already past them (a stamp
        # far ahead of this machine's clock does not move it, see core.ids)
        try:
            store.clock.observe(HlcStamp.decode(top))
        except ValueError:
            raise ChangeError(f"not a clock stamp: {top[:64]!r}") from None
    with store.engine.connect() as conn:
        # Rows of one pull may arrive before the rows they point to (a parent edited
        # later gets a later position): foreign keys are checked by the server's order
        # of whole pulls, not row by row here.
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()  # the pragma only works outside a transaction
        try:
            with conn.begin():
                touched_customers: set[str] = set()
                for table, rows in by_table.items():
                    _apply_table(store, conn, plans[table], rows, result, touched_customers, put_aside, keep_aside)
                _keep_aside(conn, put_aside, by_table, result)
                keep_clock(conn, store)
                if touched_customers:
                    from callcenter.store import search

                    search.refresh(conn, touched_customers)
                for key, value in (meta or {}).items():
                    conn.exec_driver_sql(
                        "INSERT INTO local_meta(key, value) VALUES (?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                        (key, value),
                    )
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()
    if result.conflicts:
        result.changes.extend(Change(CONFLICTS_TABLE, "insert", cid) for cid in result.conflicts)
    store.publish(Changes(tuple(result.changes)), SYNC)
    return result


def keep_aside(conn, put_aside: list[Aside]) -> int:
    """Keep ``put_aside`` in ``sync_quarantine``, in the caller's transaction (rows a joining
    console found bad in a snapshot file, ``bootstrap``); returns how many."""
    result = Applied()
    _keep_aside(conn, put_aside, {}, result)
    return result.kept_aside


def _keep_aside(conn, put_aside: list[Aside], by_table: dict[str, dict[str, dict]], result: Applied) -> None:
    """Write the rows kept aside; drop the ones a valid version of this page replaces."""
    held = conn.exec_driver_sql(f"SELECT table_name, row_id FROM {QUARANTINE_TABLE}").all()
    if held:
        bad_now = {(a.change.get("table"), a.change.get("id")) for a in put_aside}
        valid = [(t, r) for t, r in held if r in by_table.get(t, ()) and (t, r) not in bad_now]
        if valid:
            conn.exec_driver_sql(f"DELETE FROM {QUARANTINE_TABLE} WHERE table_name = ? AND row_id = ?", valid)
            result.released += len(valid)
            result.changes.extend(Change(QUARANTINE_TABLE, "delete", f"{t}/{r}") for t, r in valid)
    if not put_aside:
        return
    now = utcnow().strftime(_SQLITE_DT)
    values = []
    for a in put_aside:
        ch = a.change
        table, row_id = str(ch.get("table", ""))[:64], str(ch.get("id", ""))[:36]
        values.append((table, row_id, str(ch.get("hlc", ""))[:64], a.field[:64], a.reason[:32], _json(ch), now, now))
        result.changes.append(Change(QUARANTINE_TABLE, "insert", f"{table}/{row_id}"))
    conn.exec_driver_sql(
        f"INSERT INTO {QUARANTINE_TABLE} (table_name, row_id, hlc, field, reason, change, first_seen, last_seen) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(table_name, row_id) DO UPDATE SET hlc = excluded.hlc, "
        "field = excluded.field, reason = excluded.reason, change = excluded.change, last_seen = excluded.last_seen",
        values,
    )
    result.kept_aside += len(values)
    log.warning("kept aside %d pulled rows this console cannot apply", len(values))


def _json(change: dict) -> str:
    try:
        return json.dumps(change, sort_keys=True, default=str)[:1_000_000]
    except (TypeError, ValueError):
        return "{}"


def kept_aside(store: Store) -> list[dict]:
    """The rows kept aside, newest first: table, row id, stamp, field, reason, when first and last seen."""
    with store.engine.connect() as conn:
        return [
            dict(r)
            for r in conn.exec_driver_sql(
                f"SELECT table_name, row_id, hlc, field, reason, first_seen, last_seen FROM {QUARANTINE_TABLE} "
                "ORDER BY last_seen DESC, table_name, row_id"
            ).mappings()
        ]


def kept_aside_count(store: Store) -> int:
    with store.engine.connect() as conn:
        return conn.exec_driver_sql(f"SELECT count(*) FROM {QUARANTINE_TABLE}").scalar() or 0


def _apply_table(
    store: Store,
    conn,
    plan: TablePlan,
    rows: dict[str, dict],
    result: Applied,
    touched: set,
    put_aside: list[Aside] | None = None,
    keep_aside: bool = False,
) -> None:
    ids = list(rows)
    current: dict[str, str] = {}
    pending: set[str] = set()
    for chunk in _chunks(ids, 500):
        marks = ",".join("?" * len(chunk))
        current.update(
            conn.exec_driver_sql(f"SELECT id, hlc FROM {plan.name} WHERE id IN ({marks})", tuple(chunk)).all()
        )
        pending.update(
            r[0]
            for r in conn.exec_driver_sql(
                f"SELECT DISTINCT row_id FROM change_log WHERE pushed = 0 AND table_name = ? AND row_id IN ({marks})",
                (plan.name, *chunk),
            )
        )
    winners, lost_locally, kept_locally = [], [], []
    for row_id, ch in rows.items():
        mine = current.get(row_id)
        if mine is None or ch["hlc"] > mine:
            winners.append(ch)
            if mine is not None and row_id in pending:
                lost_locally.append(ch)
        else:
            result.skipped += 1
            if ch["hlc"] != mine and row_id in pending:
                kept_locally.append(ch)
    if plan.name not in APPEND_ONLY_TABLES and (lost_locally or kept_locally):
        _record_local_conflicts(store, conn, plan, lost_locally, kept_locally, result)
    if not winners:
        return
    if keep_aside and put_aside is not None:
        winners, values = _decodable(plan, winners, put_aside)
    else:
        try:
            values = [decode_row(plan, ch["row"]) for ch in winners]
        except ChangeError as exc:
            raise ChangeError(f"{plan.name}: {exc}") from None
    if not winners:
        return
    cols = ", ".join(plan.columns)
    marks = ", ".join("?" * len(plan.columns))
    updates = ", ".join(f"{c} = excluded.{c}" for c in plan.columns if c != "id")
    sql = f"INSERT INTO {plan.name} ({cols}) VALUES ({marks}) ON CONFLICT(id) DO UPDATE SET {updates}"
    try:
        with conn.begin_nested():
            conn.exec_driver_sql(sql, values)
    except IntegrityError as exc:  # the server keeps unique values unique; a store edited by hand may not
        if not (keep_aside and put_aside is not None):
            raise ClashError(
                f"a {plan.name} record from the server clashes with one on this console "
                f"({exc.orig}); nothing of this page was applied"
            ) from None
        winners = _one_by_one(conn, sql, winners, values, put_aside)
    except OperationalError as exc:  # a full disk: SQLite has rolled the whole page back (no savepoint left)
        raise _first_cause(exc, store.path.name) from exc
    result.applied += len(winners)
    result.changes.extend(
        Change(
            plan.name,
            "delete" if ch.get("deleted") else "update",
            ch["id"],
            tuple((c, v) for c in REF_COLUMNS if (v := ch["row"].get(c))),
        )
        for ch in winners
    )
    if plan.name == "customers":
        touched.update(ch["id"] for ch in winners)
    elif "customer_id" in plan.kinds and plan.name in ("phones", "emails"):
        touched.update(ch["row"].get("customer_id") for ch in winners if ch["row"].get("customer_id"))


def _first_cause(exc: BaseException, name: str) -> Exception:
    """The failure that started it (a full disk), not the failed savepoint rollback it caused."""
    cur: BaseException | None = exc
    while cur is not None:
        if "full" in str(cur).lower():
            return store_error(cur, name)
        cur = cur.__context__
    return store_error(exc, name)


def _decodable(plan: TablePlan, winners: list[dict], put_aside: list[Aside]) -> tuple[list[dict], list[tuple]]:
    kept, values = [], []
    for ch in winners:
        try:
            values.append(decode_row(plan, ch["row"]))
        except (ChangeError, TypeError, KeyError):
            put_aside.append(Aside(ch, "row", BAD_VALUE))
            continue
        kept.append(ch)
    return kept, values


def _one_by_one(conn, sql: str, winners: list[dict], values: list[tuple], put_aside: list[Aside]) -> list[dict]:
    """The page's rows one at a time, each in its own savepoint: the ones the store refuses go aside."""
    applied = []
    for ch, row in zip(winners, values, strict=True):
        try:
            with conn.begin_nested():
                conn.exec_driver_sql(sql, row)
        except IntegrityError:
            put_aside.append(Aside(ch, "row", CANNOT_APPLY))
            continue
        applied.append(ch)
    return applied


def _record_local_conflicts(store, conn, plan: TablePlan, lost: list[dict], kept: list[dict], result: Applied) -> None:
    """A remote version met a local edit not yet pushed: keep the loser for a supervisor."""
    ids = [ch["id"] for ch in lost + kept]
    cols = ", ".join(plan.columns)
    local: dict[str, dict] = {}
    for chunk in _chunks(ids, 500):
        marks = ",".join("?" * len(chunk))
        for raw in conn.exec_driver_sql(f"SELECT {cols} FROM {plan.name} WHERE id IN ({marks})", tuple(chunk)):
            row = encode_row(plan, raw)
            local[row["id"]] = row
    records = []
    for ch in lost:  # remote wins, the local version is the loser
        records.append((ch["row"], local[ch["id"]]))
    for ch in kept:  # the local version wins, the remote one is the loser
        records.append((local[ch["id"]], ch["row"]))
    for winner, loser in records:
        conflict_id = insert_conflict(store, conn, plan.name, winner, loser, detected_by=store.device_id)
        result.conflicts.append(conflict_id)


def insert_conflict(store: Store, conn, table: str, winner: dict, loser: dict, detected_by: str) -> str:
    """Write a conflict record as a local change (so it is pushed like any other)."""
    now = utcnow().strftime(_SQLITE_DT)
    stamp = store.clock.now().encode()
    conflict_id = uuid7()
    conn.exec_driver_sql(
        "INSERT INTO sync_conflicts (id, created_at, updated_at, hlc, origin, deleted, table_name, row_id, "
        "winner_hlc, loser_hlc, winner, loser, detected_by, status, resolution) "
        "VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, 'open', '')",
        (
            conflict_id,
            now,
            now,
            stamp,
            store.device_id,
            table,
            winner["id"],
            winner["hlc"],
            loser["hlc"],
            json.dumps(winner, sort_keys=True),
            json.dumps(loser, sort_keys=True),
            detected_by,
        ),
    )
    conn.exec_driver_sql(
        "INSERT INTO change_log (table_name, row_id, op, hlc, pushed) VALUES (?, ?, 'insert', ?, 0)",
        (CONFLICTS_TABLE, conflict_id, stamp),
    )
    return conflict_id


def _chunks(items: list, size: int) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
