"""Back up and restore a store with SQLite's online backup API.

A backup is a consistent copy taken while the console keeps working (pages are
copied under SQLite's locking, WAL content included). Restore checks the file
first (a callcenter database, intact, a schema this version knows), keeps the
current store beside it as ``<name>.before-restore`` and only then copies the
backup in, so a bad file or a full disk leaves the store as it was. Changes made
after the backup and already synced come back with the next sync (the pull
cursor is part of the copy and older); the device id stays the same.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from callcenter.core.errors import StoreProblem, as_problem
from callcenter.store.errors import StoreError

MISSING = "missing"  # a reason of its own: the file to back up or restore is not there


class BackupError(StoreError):
    """A backup or restore that cannot be done: ``reason`` is a ``StoreProblem`` code
    (not_a_store, damaged, newer_schema, disk_full, read_only, io, missing); ``english()``
    and ``str()`` are the plain sentence for the command line."""

    def __init__(self, reason: str = "io", *, message: str = "", **extra: Any) -> None:
        super().__init__(message, reason, **extra)


_WHY = {
    "disk_full": "the disk is full",
    "read_only": "the file or its folder is read-only",
    "busy": "the file is in use by another program",
    "damaged": "a file is damaged",
}


def _failed(exc: BaseException, what: str) -> BackupError:
    """``what`` failed (\"the backup could not be written\"), with the reason in words."""
    problem = as_problem(exc)
    reason = str(problem.params.get("reason", "io")) if isinstance(problem, StoreProblem) else "io"
    if reason == "io" and "unable to open" in str(exc).lower():
        reason = "read_only"
    why = _WHY.get(reason, "a file could not be read or written")
    return BackupError(reason, message=f"{what}: {why}")


def copy_database(source: Path, dest: Path, read_only: bool = False) -> None:
    """SQLite's online backup from one file into another, page by page under its locks."""
    src = _read_only(Path(source)) if read_only else sqlite3.connect(source)
    try:
        out = sqlite3.connect(dest)
        try:
            src.backup(out)
            if not read_only:  # a backup is one self-contained file: no -wal/-shm beside it when read
                out.execute("PRAGMA journal_mode=DELETE")
        finally:
            out.close()
    finally:
        src.close()


def _read_only(path: Path) -> sqlite3.Connection:
    """Read a file without writing anything: not it, nor -wal/-shm files beside it (unless a
    -wal is already there, whose content belongs to the file)."""
    uri = path.resolve().as_uri()
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return sqlite3.connect(f"{uri}?mode=ro", uri=True)
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)


def backup(db_path: str | os.PathLike[str], dest: str | os.PathLike[str]) -> Path:
    src_path, dest = Path(db_path), Path(dest)
    if not src_path.exists():
        raise BackupError(MISSING, message=f"there is no store at {src_path.name} to back up")
    if dest.is_dir():
        raise BackupError("io", message=f"{dest.name} is a folder: give the name of the backup file to write")
    tmp = dest.with_name(dest.name + ".partial")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)
        copy_database(src_path, tmp)
        os.chmod(tmp, 0o600)  # a backup holds what the store holds: its owner's only
        os.replace(tmp, dest)
    except (sqlite3.Error, OSError) as exc:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        raise _failed(exc, "the backup could not be written") from exc
    return dest


def check_backup(path: str | os.PathLike[str]) -> str:
    """The schema revision of a valid backup file, or BackupError (a StoreError) in plain words."""
    from callcenter.store.migrate import check_known

    path = Path(path)
    if path.is_dir():
        raise BackupError(MISSING, message=f"{path.name} is a folder, not a backup file: give the backup file itself")
    if not path.is_file():
        raise BackupError(MISSING, message=f"{path.name} does not exist")
    try:
        con = _read_only(path)
        try:
            if con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise BackupError("damaged", message=f"{path.name} is damaged")
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError("not_a_store", message=f"{path.name} is not a callcenter backup, or it is damaged") from exc
    if row is None:
        raise BackupError("not_a_store", message=f"{path.name} is not a callcenter backup")
    try:
        check_known(row[0])
    except StoreError as exc:
        raise BackupError("newer_schema", message=str(exc)) from None
    return str(row[0])


def restore(backup_path: str | os.PathLike[str], db_path: str | os.PathLike[str]) -> Path | None:
    """Replace the store with the backup; returns where the previous store was kept.
    The store must not be open in this process (close it first)."""
    check_backup(backup_path)
    db_path = Path(db_path)
    kept = None
    if db_path.exists():
        kept = db_path.with_name(db_path.name + ".before-restore")
        try:
            backup(db_path, kept)
        except BackupError as exc:
            raise BackupError(
                str(exc.params.get("reason", "io")),
                message=f"the restore was not started and the store was left as it was: {_WHY.get(str(exc.params.get('reason')), 'the previous store could not be kept')}",
            ) from exc
    try:
        copy_database(Path(backup_path), db_path, read_only=True)
    except (sqlite3.Error, OSError) as exc:
        if kept is not None:
            shutil.copyfile(kept, db_path)
        raise _failed(exc, "the restore failed and the store was left as it was") from exc
    return kept
