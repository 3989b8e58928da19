"""What a write changed, as a plain value: which rows of which tables, and how.

Every use case (``callcenter.ops``) returns a ``Changes`` value, and every committed
store transaction and every applied sync pull publishes it as a ``Changed`` event on
the store's event bus. Windows subscribe by table (or by the customer or case they
show) instead of polling the store on timers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

INSERT, UPDATE, DELETE = "insert", "update", "delete"
# Columns that tie a row to the record a window shows: a new complaint event changes
# "its" case, a new phone "its" customer.
REF_COLUMNS = ("customer_id", "complaint_id", "interaction_id", "user_id")
# The row id of a summary: "rows of this table were written" without naming them one by one.
# A bulk write (an import's batch) names its new rows this way: no window can be showing a
# row that did not exist, and a million Change values would cost more than the rows' writing.
ANY_ROW = "*"


@dataclass(frozen=True)
class Change:
    table: str
    kind: str  # insert | update | delete (a tombstone)
    row_id: str
    refs: tuple[tuple[str, str], ...] = ()  # (column, id) of the records this row belongs to


@dataclass(frozen=True)
class Changes:
    items: tuple[Change, ...] = ()

    @classmethod
    def of(cls, table: str, kind: str, *row_ids: str, **refs: str | None) -> Changes:
        pairs = tuple((k, v) for k, v in refs.items() if v)
        return cls(tuple(Change(table, kind, rid, pairs) for rid in row_ids))

    @classmethod
    def merge(cls, many: Iterable[Changes]) -> Changes:
        items: list[Change] = []
        for changes in many:
            items.extend(changes.items)
        return cls(tuple(items))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.items + other.items)

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(c.table for c in self.items)

    def ids(self, table: str) -> frozenset[str]:
        """The rows of ``table`` named one by one (a summary's ``ANY_ROW`` is not an id)."""
        return frozenset(c.row_id for c in self.items if c.table == table and c.row_id != ANY_ROW)

    def touches(self, *tables: str) -> bool:
        return any(c.table in tables for c in self.items)

    def related(self, column: str) -> frozenset[str]:
        """Ids of the records named by ``column`` (e.g. ``customer_id``) that a change
        belongs to, plus the rows of the table itself (``customers`` for ``customer_id``)."""
        own = _OWN_TABLE.get(column)
        found = {c.row_id for c in self.items if c.table == own and c.row_id != ANY_ROW}
        found.update(v for c in self.items for k, v in c.refs if k == column)
        return frozenset(found)

    def touches_record(self, column: str, record_id: str | None) -> bool:
        return record_id is not None and record_id in self.related(column)


_OWN_TABLE = {
    "customer_id": "customers",
    "complaint_id": "complaints",
    "interaction_id": "interactions",
    "user_id": "users",
}

LOCAL, SYNC = "local", "sync"


@dataclass(frozen=True)
class Changed:
    """Published after a transaction commits: by a use case on this console (``local``)
    or by a sync pull that applied rows from the server (``sync``)."""

    changes: Changes
    source: str = LOCAL
    detail: dict[str, str] = field(default_factory=dict)
