"""Conflict records: list them and resolve one by picking a version.

Resolving writes through an ordinary store session, so both the row (when the
overwritten version is taken back) and the conflict record get fresh stamps,
are logged, and reach every console with the next sync: the pick wins everywhere.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from callcenter.core.changes import Changes
from callcenter.core.errors import IllegalStep, NotFound
from callcenter.store.db import Store
from callcenter.store.models import SYNCED_MODELS, AuditLog, SyncConflict, utcnow
from callcenter.store.replica import CONFLICTS_TABLE, synced_tables

BOOKKEEPING = ("id", "created_at", "updated_at", "hlc", "origin")
KEPT_CURRENT, TOOK_OVERWRITTEN = "kept_winner", "took_loser"  # how a conflict was resolved


class ConflictClosed(IllegalStep, ValueError):
    """The conflict was already resolved (here, or on another console and synced)."""

    def __init__(
        self, action: str = "resolve_conflict", state: str = "resolved", reason: str = "", **extra: Any
    ) -> None:
        super().__init__(action, state, reason, **extra)


class ConflictRecordMissing(NotFound, ValueError):
    """The record the conflict is about is not on this console; ``entity`` is its table."""


@dataclass(frozen=True)
class ConflictView:
    id: str
    table: str
    row_id: str
    detected_at: datetime
    winner: dict[str, Any]
    loser: dict[str, Any]

    def differences(self) -> list[tuple[str, object, object]]:
        """(column, current value, overwritten value) for the columns that differ."""
        keys = [k for k in self.winner if k not in BOOKKEEPING]
        keys += [k for k in self.loser if k not in self.winner and k not in BOOKKEEPING]
        return [(k, self.winner.get(k), self.loser.get(k)) for k in keys if self.winner.get(k) != self.loser.get(k)]


def open_conflicts(store: Store) -> list[ConflictView]:
    with store.session() as s:
        rows = s.scalars(
            select(SyncConflict)
            .where(SyncConflict.status == "open", ~SyncConflict.deleted)
            .order_by(SyncConflict.created_at)
        ).all()
    return [
        ConflictView(r.id, r.table_name, r.row_id, r.created_at, json.loads(r.winner), json.loads(r.loser))
        for r in rows
    ]


def _model(table: str) -> Any:
    for model in SYNCED_MODELS:
        if model.__tablename__ == table:
            return model
    return None


def resolve(
    store: Store, conflict_id: str, take_overwritten: bool, user_id: str | None, *, audit: bool = False
) -> Changes:
    """Keep the current version, or write the overwritten one back over it; with ``audit``,
    who picked which goes to the audit log in the same transaction. Returns what changed.
    Raises ``ConflictClosed`` or ``ConflictRecordMissing`` (both also ``ValueError``)."""
    with store.unit() as unit:
        s = unit.session
        conflict = s.get(SyncConflict, conflict_id)
        if conflict is None or conflict.status != "open":
            raise ConflictClosed()
        if take_overwritten:
            model = _model(conflict.table_name)
            row = s.get(model, conflict.row_id) if model is not None else None
            if row is None:
                raise ConflictRecordMissing(conflict.table_name)
            plan = synced_tables()[conflict.table_name]
            loser = json.loads(conflict.loser)
            for column, value in loser.items():
                if column in BOOKKEEPING or column not in plan.kinds:
                    continue
                if plan.kinds[column] == "dt" and value is not None:
                    value = datetime.fromisoformat(value)
                elif plan.kinds[column] == "bool" and value is not None:
                    value = bool(value)
                setattr(row, column, value)
        conflict.status = "resolved"
        conflict.resolution = TOOK_OVERWRITTEN if take_overwritten else KEPT_CURRENT
        conflict.resolved_by = user_id
        conflict.resolved_at = utcnow()
        if audit:
            s.add(
                AuditLog(
                    user_id=user_id,
                    action="resolve",
                    entity=CONFLICTS_TABLE,
                    entity_id=conflict_id,
                    detail=f"{conflict.resolution} {conflict.table_name} {conflict.row_id}",
                )
            )
    return unit.changes
