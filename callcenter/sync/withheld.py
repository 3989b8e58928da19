"""Password hashes stay with their owner: what the server withholds in a pull and keeps on a push.

A console needs a user's argon2 hash only to let that user sign in while offline. A pull
therefore carries the hash of the device's own user (the one who registered it) and
``WITHHELD`` in place of every other user's hash, in ``users`` rows and in the versions a
``sync_conflicts`` record quotes. A stolen agent console holds one hash: its own user's.

On a push, a ``users`` row that carries ``WITHHELD`` (a console edited a user it only knows
without the hash) keeps the hash the server has, and only the user themselves or an admin
may change a stored hash: a supervisor editing a user's role cannot set their password.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import orjson
from sqlalchemy import Connection, text

WITHHELD = "!withheld"  # not an argon2 hash: verify_password says no, so no offline sign-in
SECRET_COLUMNS = {"users": ("password_hash",)}
_MARKERS = tuple(f'"table":"{t}"'.encode() for t in (*SECRET_COLUMNS, "sync_conflicts"))


def _withhold_row(table: str, row: dict[str, Any], own_user: str) -> None:
    if row.get("id") == own_user:
        return
    for column in SECRET_COLUMNS.get(table, ()):
        if row.get(column):
            row[column] = WITHHELD


def _withhold_conflict(row: dict[str, Any], own_user: str) -> None:
    table = row.get("table_name")
    if table not in SECRET_COLUMNS:
        return
    for side in ("winner", "loser"):
        try:
            version = json.loads(row.get(side) or "null")
        except ValueError:
            continue
        if isinstance(version, dict):
            _withhold_row(table, version, own_user)
            row[side] = json.dumps(version, sort_keys=True)


def withhold_row(table: str, row: dict[str, Any], own_user: str) -> dict[str, Any]:
    """One row of ``table`` as a console may see it (a snapshot's rows, ``server_store.snapshot``)."""
    if table in SECRET_COLUMNS:
        _withhold_row(table, row, own_user)
    elif table == "sync_conflicts":
        _withhold_conflict(row, own_user)
    return row


def withhold(page: bytes, own_user: str) -> bytes:
    """A pull page (``server_store.pull_page``) with other users' hashes withheld.
    Pages without users or conflict rows are returned as they are, unparsed."""
    if not any(marker in page for marker in _MARKERS):
        return page
    body = orjson.loads(page)
    for change in body["changes"]:
        row = change.get("row")
        if not isinstance(row, dict):
            continue
        if change["table"] in SECRET_COLUMNS:
            _withhold_row(change["table"], row, own_user)
        elif change["table"] == "sync_conflicts":
            _withhold_conflict(row, own_user)
    return orjson.dumps(body)


def keep_stored(conn: Connection, changes: Iterable[dict[str, Any]], user_id: str, role: str) -> None:
    """Pushed ``users`` rows keep the stored hash unless the user themselves or an admin sets a
    new one; ``WITHHELD`` (or a missing hash) always means the stored one. Changes in place."""
    users = [ch for ch in changes if ch.get("table") in SECRET_COLUMNS and isinstance(ch.get("row"), dict)]
    if not users:
        return
    ids = sorted({ch["id"] for ch in users})
    stored: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        marks = ", ".join(f":i{n}" for n in range(len(part)))
        for row_id, data in conn.execute(
            text(f"SELECT row_id, data FROM sync_rows WHERE table_name = 'users' AND row_id IN ({marks})"),
            {f"i{n}": v for n, v in enumerate(part)},
        ):
            stored[row_id] = json.loads(data)
    for ch in users:
        old = stored.get(ch["id"])
        row = ch["row"]
        for column in SECRET_COLUMNS[ch["table"]]:
            pushed = row.get(column)
            may_set = role == "admin" or ch["id"] == user_id
            if old is None:
                continue  # a new user: the hash it comes with (WITHHELD: nobody can sign in with it)
            if pushed in (None, "", WITHHELD) or (pushed != old.get(column) and not may_set):
                if old.get(column) is not None:
                    row[column] = old[column]
