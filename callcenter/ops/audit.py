"""The audit viewer's use cases: search the audit log, export it, and its retention.

Supervisors and admins read the audit log (who viewed or changed which record, when, from
which console). The retention (days; 0 keeps everything) is a setting of this console's
store; ``purge_audit`` removes rows older than it and writes an audit row saying so.
"""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from callcenter.core.agents import Identity
from callcenter.core.errors import Invalid, NotPermitted
from callcenter.core.roles import Role
from callcenter.ops import Done
from callcenter.store import audit as audit_store
from callcenter.store import repo
from callcenter.store.audit import AuditEntry, AuditQuery
from callcenter.store.complaints.reports import Table, export_xlsx, write_atomically
from callcenter.store.db import Store

__all__ = [
    "AuditEntry",
    "AuditQuery",
    "audit_choices",
    "export_audit",
    "purge_audit",
    "retention_days",
    "search_audit",
    "set_retention",
]

READERS = frozenset({Role.SUPERVISOR, Role.ADMIN})
RETENTION_KEY = "audit.retention_days"
MAX_RETENTION_DAYS = 3650
_SYNC_SERVER_KEY = "sync.server_url"

_HEADERS = {
    "en": ["Time (UTC)", "User", "Action", "Record", "Record number", "Console", "Detail"],
    "zh": ["时间（UTC）", "用户", "操作", "记录", "记录编号", "终端", "详情"],
}


def _check(actor: Identity) -> None:
    if actor.role not in READERS:
        raise NotPermitted("view_audit", actor.role.value)


def search_audit(store: Store, actor: Identity, query: AuditQuery) -> Done[list[AuditEntry]]:
    """The audit rows that match ``query``, newest first."""
    _check(actor)
    with store.engine.connect() as conn:
        return Done(audit_store.search(conn, query))


def audit_choices(store: Store, actor: Identity) -> Done[tuple[list[tuple[str, str]], list[str], list[str]]]:
    _check(actor)
    with store.engine.connect() as conn:
        return Done(audit_store.choices(conn))


def retention_days(store: Store, actor: Identity) -> Done[int]:
    _check(actor)
    try:
        return Done(int(store.meta(RETENTION_KEY) or 0))
    except ValueError:
        return Done(0)


def set_retention(store: Store, actor: Identity, days: int) -> Done[int]:
    """Keep audit rows ``days`` days (0: keep everything); the change is audited."""
    _check(actor)
    if not 0 <= days <= MAX_RETENTION_DAYS:
        raise Invalid({"retention": "out_of_range"})
    with store.unit() as u:
        from callcenter.store.models import LocalMeta

        u.session.merge(LocalMeta(key=RETENTION_KEY, value=str(days)))
        repo.add_audit(u.session, actor.user_id, "update", "audit_retention", None, f"{days} days")
    return Done(days, u.changes)


def purge_audit(store: Store, actor: Identity, now: datetime | None = None) -> Done[int]:
    """Remove this console's audit rows older than the retention; how many. Rows not yet
    pushed to the sync server are kept until they are. The purge itself is audited."""
    _check(actor)
    days = retention_days(store, actor).value
    if days <= 0:
        return Done(0)
    cutoff = (now or datetime.now(UTC)) - timedelta(days=days)
    syncing = bool(store.meta(_SYNC_SERVER_KEY))
    with store.unit() as u:
        removed = audit_store.purge_before(u.session.connection(), cutoff, keep_unpushed=syncing)
        repo.add_audit(u.session, actor.user_id, "purge", "audit_log", None, f"{removed} rows older than {days} days")
    return Done(removed, u.changes)


def audit_table(entries: list[AuditEntry], lang: str = "en", this_console: str = "") -> Table:
    headers = _HEADERS["zh" if lang.startswith("zh") else "en"]
    rows = [
        (
            e.at.strftime("%Y-%m-%d %H:%M:%S"),
            e.user_name or (e.user_id or ""),
            e.action,
            e.entity,
            e.record or e.entity_id or "",
            e.console,
            e.detail,
        )
        for e in entries
    ]
    return Table("audit", "Audit" if headers is _HEADERS["en"] else "审计", headers, rows)


def export_audit(entries: list[AuditEntry], kind: str, path: str | Path, lang: str = "en") -> Path:
    """The rows shown, to CSV (UTF-8 with a BOM) or XLSX."""
    table = audit_table(entries, lang)
    if kind == "xlsx":
        return export_xlsx([table], path)
    if kind != "csv":
        raise Invalid({"export": "unknown_kind"}, kind=kind)

    def write(fh: Any) -> None:
        out = csv.writer(fh)
        out.writerow(table.headers)
        out.writerows(table.rows)

    return write_atomically(path, write, "w", encoding="utf-8-sig", newline="")
