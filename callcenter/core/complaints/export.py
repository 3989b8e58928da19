"""A file (figures, a letter) that could not be written, as a problem with parameters.

``reason`` is one of disk_full, not_allowed, no_folder, empty, other; ``path`` is the
target file. The GUI words it by reason in the user's language; ``english()`` is the
plain line the command line prints. Nothing half-written is ever left behind.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

from callcenter.core.errors import Problem

_WHY = {
    "disk_full": "the disk is full",
    "not_allowed": "you are not allowed to write there",
    "no_folder": "that folder does not exist",
}


class ExportError(Problem):
    code = "export"

    def __init__(self, reason: str = "other", path: str | Path | None = None, detail: str = "", **extra: Any) -> None:
        super().__init__(reason=reason, path=str(path) if path is not None else "", detail=detail, **extra)

    @property
    def reason(self) -> str:
        return str(self.params["reason"])

    @property
    def path(self) -> Path | None:
        return Path(self.params["path"]) if self.params.get("path") else None

    def english(self) -> str:
        path = Path(self.params.get("path") or "")
        if self.params.get("reason") == "empty":
            return f"Could not save {path.name}: the file came out empty. Nothing was written."
        why = _WHY.get(str(self.params.get("reason")), str(self.params.get("detail") or "it could not be written"))
        return f"Could not save {path.name} in {path.parent}: {why}. Nothing was written."


def plain_error(exc: OSError, path: str | Path) -> ExportError:
    """An OS error on writing ``path`` as an ``ExportError`` naming why."""
    if exc.errno == errno.ENOSPC:
        return ExportError("disk_full", path)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportError("not_allowed", path)
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return ExportError("no_folder", path)
    return ExportError("other", path, exc.strerror or type(exc).__name__)
