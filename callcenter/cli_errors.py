"""Failures on the command line: one plain sentence on stderr and a non-zero exit.

Every ``callcenter`` sub-command runs under ``guarded``: whatever escapes it (a full
disk, a read-only folder, a file nested too deeply, a bug) is told in one sentence;
the traceback goes to the log file (frames and exception types only, never the
exception text, which may quote personal data), never to the terminal.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from datetime import UTC, datetime

from callcenter.core.errors import Problem, StoreProblem, as_problem

# What a StoreProblem reason means, in words, for a store or file the command could not use
REASONS = {
    "disk_full": "the disk is full: free some space and try again (nothing was lost)",
    "read_only": "a file or folder it needs is read-only: check the permissions (nothing was changed)",
    "busy": "the database is in use by another program: try again in a moment",
    "damaged": "the database is damaged or not a callcenter database",
    "not_a_store": "the file is not a callcenter database",
    "newer_schema": "the database was written by a newer version of the product",
    "io": "a file could not be read or written",
}


def plain(exc: BaseException) -> str:
    """One sentence for any failure (no exception text of a library)."""
    if isinstance(exc, Problem):
        return exc.english()
    if isinstance(exc, RecursionError):
        return "the input is nested too deeply to be read"
    if isinstance(exc, MemoryError):
        return "there is not enough memory for this"
    if isinstance(exc, TimeoutError):  # an OSError, but no file is to blame
        return "something this command waited for did not answer in time"
    problem = as_problem(exc)
    if isinstance(problem, StoreProblem):
        return REASONS.get(str(problem.params.get("reason")), REASONS["io"])
    return problem.english()


def log_traceback(command: str, exc: BaseException) -> None:
    """The frames of a failure into the log file, when the log folder can be written."""
    try:
        from callcenter.paths import log_dir

        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        kinds: list[str] = []
        cur: BaseException | None = exc
        seen: set[int] = set()
        while cur is not None and id(cur) not in seen:
            seen.add(id(cur))
            kinds.append(f"{type(cur).__module__}.{type(cur).__qualname__}")
            cur = cur.__cause__ or cur.__context__
        frames = "".join(traceback.format_tb(exc.__traceback__))
        with open(folder / "callcenter.log", "a", encoding="utf-8") as f:
            f.write(f"{datetime.now(UTC).isoformat()} ERROR callcenter.cli: {command} failed: {' <- '.join(kinds)}\n")
            f.write(frames)
    except Exception:  # a full disk or read-only home: the sentence on stderr is all there is
        pass


def guarded(command: str, fn: Callable[[], int]) -> int:
    """Run one sub-command; any failure becomes ``callcenter <command>: <sentence>`` and exit 1."""
    try:
        return fn()
    except KeyboardInterrupt:
        print(f"callcenter {command}: stopped", file=sys.stderr)
        return 130
    except Exception as exc:
        log_traceback(command, exc)
        print(f"callcenter {command}: {plain(exc)}", file=sys.stderr)
        return 1
