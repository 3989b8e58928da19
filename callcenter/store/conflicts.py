"""Conflict records: list them and resolve one by picking a version.

Resolving writes through an ordinary store session, so both the row (when the
overwritten version is taken back) and the conflict record get fresh stamps,
are logged, and reach every console with the next sync: the pick wins everywhere.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from callcenter.store.db import Store
from callcenter.store.models import SYNCED_MODELS, SyncConflict, utcnow
from callcenter.store.replica import synced_tables

BOOKKEEPING = ("id", "created_at", "updated_at", "hlc", "origin")


@dataclass(frozen=True)
class ConflictView:
    id: str
    table: str
    row_id: str
    detected_at: datetime
    winner: dict
    loser: dict

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


def _model(table: str):
    for model in SYNCED_MODELS:
        if model.__tablename__ == table:
            return model
    return None


def resolve(store: Store, conflict_id: str, take_overwritten: bool, user_id: str | None) -> None:
    """Keep the current version, or write the overwritten one back over it."""
    with store.transaction() as s:
        conflict = s.get(SyncConflict, conflict_id)
        if conflict is None or conflict.status != "open":
            raise ValueError("this conflict was already resolved")
        if take_overwritten:
            model = _model(conflict.table_name)
            row = s.get(model, conflict.row_id) if model is not None else None
            if row is None:
                raise ValueError(f"the {conflict.table_name} record is not on this console")
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
        conflict.resolution = "took_loser" if take_overwritten else "kept_winner"
        conflict.resolved_by = user_id
        conflict.resolved_at = utcnow()
