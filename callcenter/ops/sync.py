"""Sync and backup as use cases: a round, registering this console, the status, conflicts,
backup and restore. The console's windows (through ``gui.ops.run_op``) and the command
line (``callcenter sync``, ``backup``, ``restore``) call these same functions.

Failures are problems with codes: a sync failure is a ``SyncProblem`` (its ``reason`` is
one of the codes in ``callcenter.sync.client``; ``english()`` is the plain sentence for
the command line), a backup failure a ``StoreProblem``.

A round publishes nothing itself: each applied pull page already publishes
``Changed(source="sync")`` on ``store.events`` (``store.replica``), which is how open
windows learn what a round brought.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from callcenter.core.agents import Identity
from callcenter.core.errors import Invalid, NotPermitted
from callcenter.ops import Done
from callcenter.store import backup as backups
from callcenter.store import conflicts, replica
from callcenter.store.conflicts import ConflictView
from callcenter.store.db import Store
from callcenter.sync import credentials
from callcenter.sync.client import (
    K_CAFILE,
    K_CURSOR,
    RoundResult,
    SyncClient,
    SyncError,
    SyncStatus,
    client_for,
    status,
)
from callcenter.sync.protocol import WAIT_S

__all__ = [
    "CURRENT",
    "OVERWRITTEN",
    "ConflictView",
    "Registration",
    "KeptAside",
    "back_up",
    "check_backup",
    "list_conflicts",
    "list_kept_aside",
    "register_console",
    "resolve_conflict",
    "restore_backup",
    "sync_round",
    "sync_status",
    "wait_for_changes",
]

CURRENT, OVERWRITTEN = "current", "overwritten"  # which version of a conflicting record stays
RESOLVING_ROLES = ("supervisor", "admin")


@dataclass(frozen=True)
class Registration:
    server_url: str
    user_id: str
    role: str
    token_backend: str  # where the device token went: "keyring (...)" or credentials.FILE_BACKEND


# -- a round -----------------------------------------------------------------------------------
def sync_round(
    store: Store,
    server_url: str | None = None,
    *,
    retries: int = 3,
    verify: bool | str = True,
    cafile: str | os.PathLike[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    **client_options: Any,
) -> Done[RoundResult]:
    """Push every pending change, then pull; records the outcome for the status panel.
    With ``cafile``, the site's own certificate authority is trusted from now on.
    An empty store (a console joining) first loads the server's snapshot, telling
    ``progress`` (rows done, rows in all) as it goes.
    Raises ``SyncProblem``. ``Done.changes`` is empty: the pull published what it applied."""
    if cafile:
        store.set_meta(K_CAFILE, str(Path(cafile).resolve()))
    try:
        client = client_for(store, server_url, retries=retries, verify=verify, **client_options)
    except SyncError as exc:
        raise exc.problem from exc
    try:
        return Done(client.sync_round(progress))
    except SyncError as exc:
        raise exc.problem from exc
    finally:
        client.close()


def wait_for_changes(store: Store, timeout_s: float = WAIT_S, **client_options: Any) -> bool:
    """Block until the site has news for this console (True: pull now) or ``timeout_s``
    passes (False). How a console hears of a supervisor's forced state or a colleague's edit
    within a second instead of at its next scheduled round. Raises ``SyncProblem``."""
    try:
        client = client_for(store, retries=0, **client_options)
    except SyncError as exc:
        raise exc.problem from exc
    try:
        return client.wait_for_changes(timeout_s)
    except SyncError as exc:
        raise exc.problem from exc
    finally:
        client.close()


def register_console(
    store: Store,
    server_url: str,
    username: str,
    password: str,
    *,
    device_name: str = "",
    verify: bool | str = True,
    cafile: str | os.PathLike[str] | None = None,
    retries: int = 0,
    **client_options: Any,
) -> Done[Registration]:
    """Register this console with a user's password (sent once, never kept); the token the
    server gives back goes to the keyring (or a private file). With ``cafile``, the site's
    own certificate authority is trusted from now on (background rounds too)."""
    url = (server_url or "").strip().rstrip("/")
    missing = {}
    if not url.startswith(("http://", "https://")):
        missing["server_url"] = "not_a_url"
    if not username.strip():
        missing["username"] = "required"
    if not password:
        missing["password"] = "required"
    if missing:
        raise Invalid(missing)
    if cafile:
        store.set_meta(K_CAFILE, str(Path(cafile).resolve()))
        verify = str(Path(cafile).resolve())
    client = SyncClient(store, url, verify=verify, retries=retries, **client_options)
    try:
        answer = client.register(username.strip(), password, name=device_name)
    except SyncError as exc:
        raise exc.problem from exc
    finally:
        client.close()
    store.set_meta(K_CURSOR, store.meta(K_CURSOR) or "0")
    backend = credentials.save_token(client.server_url, store.device_id, answer["token"])
    return Done(Registration(client.server_url, answer["user_id"], answer.get("role", ""), backend))


def sync_status(store: Store) -> SyncStatus:
    """Server, last success, last failure (``.problem``), pending changes, registered or not."""
    return status(store)


# -- rows kept aside ------------------------------------------------------------------------------
@dataclass(frozen=True)
class KeptAside:
    """A pulled row this console could not apply: which record, which field, why (a code of
    ``callcenter.sync.validate``, or ``bad_value`` / ``cannot_apply``), when it was seen."""

    table: str
    row_id: str
    hlc: str
    field: str
    reason: str
    first_seen: str
    last_seen: str


def list_kept_aside(store: Store, actor: Identity | None) -> list[KeptAside]:
    """The rows kept aside, newest first: for supervisors and admins (``actor`` None: a tool).
    Raises ``NotPermitted``."""
    if actor is not None and actor.role.value not in RESOLVING_ROLES:
        raise NotPermitted("list_kept_aside", actor.role.value)
    return [
        KeptAside(
            r["table_name"], r["row_id"], r["hlc"], r["field"], r["reason"], str(r["first_seen"]), str(r["last_seen"])
        )
        for r in replica.kept_aside(store)
    ]


# -- conflicts -----------------------------------------------------------------------------------
def list_conflicts(store: Store) -> list[ConflictView]:
    """Open conflicts, oldest first."""
    return conflicts.open_conflicts(store)


def resolve_conflict(store: Store, actor: Identity | None, conflict_id: str, keep: str) -> Done[str]:
    """Keep the ``CURRENT`` version of the record or take the ``OVERWRITTEN`` one back, with
    an audit entry, in one transaction; the pick reaches every console with the next sync.
    Returns how it was resolved. ``actor`` None: a tool without a signed-in user.
    Raises ``NotPermitted``, ``Invalid``, ``IllegalStep`` (already resolved) or ``NotFound``."""
    if actor is not None and actor.role.value not in RESOLVING_ROLES:
        raise NotPermitted("resolve_conflict", actor.role.value)
    if keep not in (CURRENT, OVERWRITTEN):
        raise Invalid({"keep": "unknown_choice"})
    changes = conflicts.resolve(store, conflict_id, keep == OVERWRITTEN, actor.user_id if actor else None, audit=True)
    return Done(conflicts.TOOK_OVERWRITTEN if keep == OVERWRITTEN else conflicts.KEPT_CURRENT, changes)


# -- backup ---------------------------------------------------------------------------------------
def back_up(db_path: str | os.PathLike[str], dest: str | os.PathLike[str]) -> Done[Path]:
    """A consistent copy of the store while it stays in use; raises ``StoreProblem``."""
    return Done(backups.backup(db_path, dest))


def check_backup(path: str | os.PathLike[str]) -> str:
    """The schema revision of a backup that can be restored; raises ``StoreProblem``."""
    return backups.check_backup(path)


def restore_backup(
    backup_path: str | os.PathLike[str], db_path: str | os.PathLike[str], *, store: Store | None = None
) -> Done[Path | None]:
    """Replace the store's file with the backup (``store``, when open, is closed first);
    returns where the previous store was kept. Raises ``StoreProblem``; a failed restore
    leaves the store as it was."""
    backups.check_backup(backup_path)
    if store is not None:
        store.close()
    return Done(backups.restore(backup_path, db_path))
