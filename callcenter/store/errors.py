"""The store's own error, importable by every store module without a cycle."""

from __future__ import annotations

from typing import Any

from callcenter.core.errors import StoreProblem

# StoreProblem reasons, one sentence each for the command line (the GUI words them by code)
SENTENCES = {
    "disk_full": "the disk is full: free some space and try again (nothing was lost)",
    "read_only": "it cannot be written: the file or its folder is read-only",
    "damaged": "it is damaged",
    "not_a_store": "it is not a callcenter database",
    "newer_schema": "it was written by a newer version of the product",
    "busy": "it is in use by another program: try again in a moment",
    "missing": "it does not exist",
    "io": "it could not be read or written",
}


class StoreError(StoreProblem):
    """A store problem told in plain words (bad file, full disk, newer schema): ``reason``
    is the ``StoreProblem`` code the GUI words; ``str()`` and ``english()`` are the sentence."""

    def __init__(self, message: str = "", reason: str = "io", **extra: Any) -> None:
        super().__init__(reason, message=message, **extra)

    def english(self) -> str:
        return (
            str(self.params.get("message") or "")
            or SENTENCES.get(str(self.params.get("reason")), "")
            or (super().english())
        )


def store_error(exc: BaseException, name: str = "the store") -> StoreError:
    """A database or file error met while opening or writing ``name``, as a StoreError whose
    sentence says why in words (the disk is full, the folder is read-only, ...)."""
    if isinstance(exc, StoreError):
        return exc
    from callcenter.core.errors import as_problem

    problem = as_problem(exc)
    reason = str(problem.params.get("reason", "io")) if isinstance(problem, StoreProblem) else "io"
    if reason == "io" and "unable to open" in str(exc).lower():
        reason = "read_only"  # SQLite cannot create the file (or its -wal/-shm) in that folder
    if reason == "disk_full":
        return StoreError(f"the disk is full: {name} cannot be written; free some space and try again", "disk_full")
    if reason == "read_only":
        return StoreError(f"{name} cannot be written: the file or its folder is read-only", "read_only")
    if reason == "damaged":
        return StoreError(f"{name} is not a callcenter database, or it is damaged", "damaged")
    if reason == "busy":
        return StoreError(f"{name} is in use by another program: try again in a moment", "busy")
    return StoreError(f"{name} could not be opened or written", "io")
