"""Every synced row checked against its table, by the server on push and by a console on pull.

The rules come from the store's models (``SYNCED_MODELS``), so a table or a column added
later is checked without code here:

- the table is one of the synced tables, and every column of the row is one of its columns;
- text is text and no longer than its column; whole numbers are whole numbers that fit in
  64 bits; true/false is a JSON boolean; a date and time is ISO 8601 text with a UTC offset;
  a column that may not be empty is present (unless it has a default) and not null;
- the clock stamp is ``wall-counter-device`` of fixed width, and the row's ``id``, ``hlc``
  and ``deleted`` match the change's;
- on the server, the stamp is no more than ``MAX_SKEW_MS`` ahead of the server's own clock,
  except for an edit of a row whose stored version is already that far ahead (a row written
  before this check existed): the edit may be stamped up to one millisecond above it, which is
  what a console's ``HybridLogicalClock.above`` gives it.

Foreign keys are not checked against the server's rows: a console's seed data (demo data, a
restored backup) never travels, so its rows may point at rows only that console has. Consoles
apply pulled rows with foreign keys off for the same reason.

A console checks a pulled row with ``strict=False``: what would stop it from applying the
page (a wrong type, a date that does not parse, a missing required value, a stamp that does
not decode or has no room above it). Such a row is kept aside (``store.replica``) and the
rest of the page is applied.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Boolean, DateTime, Float, Integer, Numeric, String

from callcenter.core.ids import HLC_MAX_COUNTER, LAST_WALL_MS, MAX_DRIFT_MS, HlcStamp

MAX_SKEW_MS = MAX_DRIFT_MS  # how far ahead of the server's clock a pushed stamp may be
_STAMP = re.compile(r"^[0-9a-f]{12}-[0-9a-f]{4}-[^\s]{1,46}$")
_INT64 = 2**63
REPORTED = 20  # at most this many invalid rows named in one refusal

# reason codes (the 422 answer and a console's kept-aside rows carry them)
UNKNOWN_TABLE = "unknown_table"
UNKNOWN_COLUMN = "unknown_column"
REQUIRED = "required"
WRONG_TYPE = "wrong_type"
TOO_LONG = "too_long"
OUT_OF_RANGE = "out_of_range"
NOT_A_DATE = "not_a_date"
NOT_A_STAMP = "not_a_stamp"
STAMP_AHEAD = "stamp_ahead"
MISMATCH = "mismatch"

_WORDS = {
    UNKNOWN_TABLE: "not a synced table",
    UNKNOWN_COLUMN: "not a column of this table",
    REQUIRED: "a value is required",
    WRONG_TYPE: "wrong type of value",
    TOO_LONG: "longer than the column allows",
    OUT_OF_RANGE: "out of range",
    NOT_A_DATE: "not a date and time with a UTC offset",
    NOT_A_STAMP: "not a clock stamp",
    STAMP_AHEAD: "the clock stamp is too far ahead of the server's clock",
    MISMATCH: "must match the change's id, hlc and deleted",
}


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # str | int | float | bool | dt
    length: int | None
    required: bool  # NOT NULL
    has_default: bool


@dataclass(frozen=True)
class BadRow:
    """One invalid change: which (position in the batch, table, id), which field, why."""

    index: int
    table: str
    id: str
    field: str
    reason: str

    @property
    def message(self) -> str:
        return f"change {self.index} ({self.table} {self.id}): {self.field}: {_WORDS.get(self.reason, self.reason)}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "loc": ["body", "changes", self.index, "row", self.field],
            "msg": self.message,
            "type": self.reason,
            "table": self.table,
            "id": self.id,
            "field": self.field,
        }


class InvalidRows(ValueError):
    """Pushed rows that do not fit their tables: nothing of the batch is written (422)."""

    def __init__(self, bad: list[BadRow]):
        super().__init__("; ".join(b.message for b in bad[:3]))
        self.bad = bad


@cache
def tables() -> dict[str, dict[str, Column]]:
    from callcenter.store.models import SYNCED_MODELS

    out: dict[str, dict[str, Column]] = {}
    for model in SYNCED_MODELS:
        cols: dict[str, Column] = {}
        for col in model.__table__.columns:
            t = col.type
            impl = getattr(t, "impl", t)
            if isinstance(t, DateTime) or isinstance(impl, DateTime):
                kind = "dt"
            elif isinstance(t, Boolean):
                kind = "bool"
            elif isinstance(t, Integer):
                kind = "int"
            elif isinstance(t, (Float, Numeric)):
                kind = "float"
            else:
                kind = "str"
            length = t.length if isinstance(t, String) else None
            cols[col.name] = Column(
                col.name, kind, length, not col.nullable, col.default is not None or col.server_default is not None
            )
        out[str(model.__tablename__)] = cols
    return out


def _label(value: object, longest: int = 36) -> str:
    return value[:longest] if isinstance(value, str) else "?"


def check_change(index: int, ch: dict[str, Any], *, strict: bool = True) -> BadRow | None:
    """The first thing wrong with one change, or None (the skew is checked by ``check_push``)."""
    table, row_id = ch.get("table"), ch.get("id")
    cols = tables().get(table) if isinstance(table, str) else None

    def bad(field: str, reason: str) -> BadRow:
        return BadRow(index, _label(table, 64), _label(row_id), field, reason)

    if cols is None:
        return bad("table", UNKNOWN_TABLE)
    row = ch.get("row")
    if not isinstance(row, dict):
        return bad("row", WRONG_TYPE)
    if not isinstance(row_id, str) or not 1 <= len(row_id) <= 36:
        return bad("id", WRONG_TYPE)
    stamp = ch.get("hlc")
    if not isinstance(stamp, str) or not _STAMP.match(stamp) or len(stamp) > 64:
        return bad("hlc", NOT_A_STAMP)
    decoded = HlcStamp.decode(stamp)
    if decoded.wall_ms > LAST_WALL_MS or decoded.counter > HLC_MAX_COUNTER:
        return bad("hlc", OUT_OF_RANGE)
    if row.get("id") != row_id:
        return bad("id", MISMATCH)
    if row.get("hlc") != stamp:
        return bad("hlc", MISMATCH)
    if strict and bool(row.get("deleted")) != ch.get("deleted"):
        return bad("deleted", MISMATCH)
    if strict:
        for name in row:
            if name not in cols:
                return bad(str(name)[:64], UNKNOWN_COLUMN)
    for col in cols.values():
        if col.name not in row:
            if col.required and not col.has_default:
                return bad(col.name, REQUIRED)
            continue
        reason = _value_problem(col, row[col.name], strict)
        if reason:
            return bad(col.name, reason)
    return None


def _value_problem(col: Column, value: object, strict: bool) -> str | None:
    if value is None:
        return REQUIRED if col.required else None
    kind = col.kind
    if kind == "str":
        if not isinstance(value, str):
            return WRONG_TYPE
        if strict and col.length is not None and len(value) > col.length:
            return TOO_LONG
    elif kind == "int":
        if type(value) is not int:
            return WRONG_TYPE
        if not -_INT64 <= value < _INT64:
            return OUT_OF_RANGE
    elif kind == "float":
        if type(value) not in (int, float):
            return WRONG_TYPE
        if type(value) is float and value != value:  # NaN
            return OUT_OF_RANGE
    elif kind == "bool":
        if type(value) is not bool and (strict or value not in (0, 1)):
            return WRONG_TYPE
    elif kind == "dt":
        if not isinstance(value, str) or len(value) > 40:
            return NOT_A_DATE
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            return NOT_A_DATE
        if parsed.tzinfo is None:
            return NOT_A_DATE
    return None


@cache
def row_checker(table: str) -> Callable[[dict[str, Any]], bool]:
    """A fast test of one whole row of ``table`` as the server keeps it: True exactly when
    ``check_change(strict=False)`` finds nothing wrong with the change made of it (its id,
    hlc and deleted taken from the row). A console joining a site runs it on every row, so
    it is written out per table: a quick test that every value has its column's type, and
    ``check_change`` itself only for a row that fails it (the tests hold the two equal)."""
    cols = tables()[table]
    # written out inline (no call per value): this runs for every row of a site
    stamp = (
        "(h := r['hlc']).__class__ is str and 19 <= len(h) <= 64 and h[12] == '-' and h[17] == '-'"
        " and _HEX.issuperset(h[:12]) and _HEX.issuperset(h[13:17]) and h[:12] <= _LAST_WALL_HEX"
        " and h[18:].split() == [h[18:]]"
    )
    tests = ["(i := r['id']).__class__ is str and 0 < len(i) <= 36", stamp]
    for col in cols.values():
        v = f"r[{col.name!r}]"
        test = {
            "str": f"{v}.__class__ is str",
            "int": f"({v}.__class__ is int and {-_INT64} <= {v} < {_INT64})",
            "float": f"({v}.__class__ is float and {v} == {v})",
            "bool": f"{v}.__class__ is bool",
            # fromisoformat's ValueError sends the row to ``check_change``, which refuses it
            "dt": f"((d := {v}).__class__ is str and len(d) <= 40 and _iso(d).tzinfo is not None)",
        }[col.kind]
        tests.append(test if col.required else f"({v} is None or {test})")
    source = (
        "def check(r):\n"
        "    try:\n"
        "        if (" + " and\n            ".join(tests) + "):\n"
        "            return True\n"
        "    except (KeyError, ValueError):\n"
        "        pass\n"
        "    return _exact(r)\n"
    )

    def exact(r: dict[str, Any]) -> bool:
        change = {"table": table, "id": r.get("id"), "hlc": r.get("hlc"), "deleted": r.get("deleted"), "row": r}
        return check_change(0, change, strict=False) is None

    namespace: dict[str, Any] = {
        "_HEX": _HEX,
        "_LAST_WALL_HEX": _LAST_WALL_HEX,
        "_iso": datetime.fromisoformat,
        "_exact": exact,
    }
    exec(source, namespace)
    check: Callable[[dict[str, Any]], bool] = namespace["check"]
    return check


_HEX = frozenset("0123456789abcdef")
_LAST_WALL_HEX = f"{LAST_WALL_MS:012x}"


def check_push(
    changes: list[dict[str, Any]], now_ms: int, current_hlc: Callable[[str, str], str | None] | None = None
) -> list[BadRow]:
    """Every invalid change of a pushed batch (at most ``REPORTED``). ``current_hlc(table, id)``
    gives the server's stamp of a row (only asked for a stamp beyond the allowed skew)."""
    found: list[BadRow] = []
    bound = now_ms + MAX_SKEW_MS
    for n, ch in enumerate(changes):
        problem = check_change(n, ch, strict=True)
        if problem is None:
            stamp = HlcStamp.decode(ch["hlc"])
            if stamp.wall_ms > bound and not _edit_of_a_row_ahead(stamp, ch, current_hlc):
                problem = BadRow(n, ch["table"], ch["id"], "hlc", STAMP_AHEAD)
        if problem is not None:
            found.append(problem)
            if len(found) >= REPORTED:
                break
    return found


def _edit_of_a_row_ahead(
    stamp: HlcStamp, ch: dict[str, Any], current_hlc: Callable[[str, str], str | None] | None
) -> bool:
    if current_hlc is None:
        return False
    current = current_hlc(ch["table"], ch["id"])
    if not current:
        return False
    try:
        version = HlcStamp.decode(current)
    except ValueError:
        return False
    return stamp.wall_ms <= version.wall_ms + 1


def refuse_invalid(
    changes: list[dict[str, Any]], stamps: dict[tuple[str, str], str], now_ms: int | None = None
) -> None:
    """The server's check of a pushed batch (``stamps``: its own stamp of each row it has):
    raise ``InvalidRows`` naming each bad row and field."""
    if now_ms is None:
        now_ms = time.time_ns() // 1_000_000
    bad = check_push(changes, now_ms, lambda table, row_id: stamps.get((table, row_id)))
    if bad:
        raise InvalidRows(bad)


def sort_out(changes: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[Any]]:
    """Pulled changes a console can apply, and the ones it keeps aside (``check_change``,
    not strict), each as ``replica.Aside`` with the field and the reason."""
    from callcenter.store import replica

    known = tables()
    good, aside = [], []
    for n, ch in enumerate(changes):
        bad = check_change(n, ch, strict=False) if ch.get("table") in known else None
        if bad is None:
            good.append(ch)
        else:
            aside.append(replica.Aside(ch, bad.field, bad.reason))
    return good, aside


@cache
def _sql_tests(table: str) -> tuple[tuple[str, str], ...]:
    """Per column of ``table``: (its name, an SQL test of its stored value), for ``sql_row_check``."""
    stamp = (
        "typeof(hlc) = 'text' AND length(hlc) BETWEEN 19 AND 64 AND substr(hlc, 13, 1) = '-'"
        " AND substr(hlc, 18, 1) = '-' AND substr(hlc, 1, 12) NOT GLOB '*[^0-9a-f]*'"
        " AND substr(hlc, 14, 4) NOT GLOB '*[^0-9a-f]*'"
        f" AND substr(hlc, 1, 12) <= '{_LAST_WALL_HEX}' AND substr(hlc, 19) NOT GLOB '*[^!-~]*'"
    )
    tests = [("id", "typeof(id) = 'text' AND length(id) BETWEEN 1 AND 36"), ("hlc", stamp)]
    for col in tables()[table].values():
        if col.name in ("id", "hlc"):
            continue
        v = f'"{col.name}"'
        test = {
            "str": f"typeof({v}) = 'text'",
            "int": f"typeof({v}) = 'integer'",
            "float": f"typeof({v}) IN ('real', 'integer')",
            "bool": f"typeof({v}) = 'integer' AND {v} IN (0, 1)",
            # what SQLAlchemy reads back: 'YYYY-MM-DD HH:MM:SS[.ffffff]', a date SQLite can read
            "dt": f"typeof({v}) = 'text' AND length({v}) BETWEEN 19 AND 26 AND datetime({v}) IS NOT NULL",
        }[col.kind]
        tests.append((col.name, test if col.required else f"{v} IS NULL OR ({test})"))
    return tuple((name, f"coalesce(({test}), 0)") for name, test in tests)


@cache
def sql_row_check(table: str) -> str:
    """``row_checker`` as one SQL expression over a row of ``table`` stored in a console's
    SQLite file (a snapshot file, ``store.bootstrap``): true when the row holds what a
    console's store would have written for a row the pull's checks pass (text where text
    goes, whole numbers, 0 or 1 for true/false, a date and time SQLite reads, a value where
    one is required, an id and a clock stamp of the right form). It may be stricter than
    ``row_checker``, never looser (the tests hold it so)."""
    return " AND ".join(f"({test})" for _name, test in _sql_tests(table))


@cache
def sql_row_fault(table: str) -> str:
    """An SQL expression naming the first column of a row of ``table`` that fails
    ``sql_row_check`` (NULL when none does)."""
    cases = " ".join(f"WHEN NOT ({test}) THEN '{name}'" for name, test in _sql_tests(table))
    return f"CASE {cases} END"


def stored_fault(table: str, field: str, value: object) -> str:
    """The reason code (as ``check_change`` gives) for a stored value ``sql_row_fault`` named."""
    col = tables()[table].get(field)
    if value is None and (col is None or col.required):
        return REQUIRED
    if field == "hlc":
        return NOT_A_STAMP
    if col is not None and col.kind == "dt":
        return NOT_A_DATE
    return WRONG_TYPE
