"""The pull's checks over a snapshot file's tables, in a process of its own.

A joining console copies a snapshot file's tables into its store (``bootstrap``) while this
process reads the same file and runs the checks (``sync.validate.sql_row_check``) over
every row: a second process, not a second thread, because SQLite's threads in one process
share locks (its memory accounting) and two of them ran no faster than one. Standard
library only, so the process starts in a few hundredths of a second.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

# (table, SQL true for a good row, SQL naming the first column at fault, its columns)
Plan = list[tuple[str, str, str, str]]
Found = dict[str, tuple[Any, list[tuple[Any, ...]]]]  # table -> (top stamp, failed rows)


def open_read_only(path: str | Path) -> sqlite3.Connection:
    """A connection that can only read the file (a snapshot file is never written here)."""
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)


def scan(path: str, plan: Plan) -> Found:
    """Per table: the top clock stamp and the rows that fail (rowid, column at fault, values)."""
    conn = open_read_only(path)
    try:
        out: Found = {}
        for table, check, fault, cols in plan:
            top, bad = conn.execute(
                f"SELECT max(hlc), sum(CASE WHEN {check} THEN 0 ELSE 1 END) FROM {table}"
            ).fetchone()
            failed: list[tuple[Any, ...]] = []
            if bad:
                failed = conn.execute(f"SELECT rowid, {fault}, {cols} FROM {table} WHERE NOT ({check})").fetchall()
            out[table] = (top, failed)
        return out
    finally:
        conn.close()


def run(path: str, plan: Plan, answer: Any) -> None:
    """The process's body: ``scan``'s result, or the error in words, sent on ``answer``."""
    try:
        answer.send(("found", scan(path, plan)))
    except sqlite3.Error as exc:
        answer.send(("error", str(exc)))
    finally:
        answer.close()
