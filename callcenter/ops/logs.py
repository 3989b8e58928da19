"""The log viewer's use case: the application log of this machine, filtered (supervisors
and admins). Read off the GUI thread; the newest entries first."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from callcenter.core import logs
from callcenter.core.agents import Identity
from callcenter.core.errors import NotPermitted
from callcenter.core.roles import Role
from callcenter.ops import Done

READERS = frozenset({Role.SUPERVISOR, Role.ADMIN})
MAX_ENTRIES = 5000


def log_files(directory: Path | None = None) -> list[Path]:
    """The log and its rotated copies, oldest first."""
    from callcenter.logsetup import LOG_FILE
    from callcenter.paths import log_dir

    directory = directory or log_dir()
    files = [directory / f"{LOG_FILE}.{i}" for i in range(9, 0, -1)] + [directory / LOG_FILE]
    return [f for f in files if f.is_file()]


def read_log(
    actor: Identity,
    min_level: str = "INFO",
    start: datetime | None = None,
    end: datetime | None = None,
    text: str = "",
    directory: Path | None = None,
    limit: int = MAX_ENTRIES,
) -> Done[list[logs.LogEntry]]:
    if actor.role not in READERS:
        raise NotPermitted("view_log", actor.role.value)
    entries: list[logs.LogEntry] = []
    for path in log_files(directory):
        try:
            with path.open(encoding="utf-8", errors="replace") as fh:
                entries.extend(logs.parse(fh))
        except OSError:
            continue  # rotated away while reading
    chosen = logs.select(entries, min_level, start, end, text)
    return Done(list(reversed(chosen))[:limit])
