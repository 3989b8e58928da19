"""Refusals and failures as codes with parameters, never as sentences.

Core, store, sync and the use cases raise a ``Problem`` subclass; the GUI puts it
into words in the user's language (``callcenter.gui.problems.describe``) and the CLI
prints ``english()``. Exception text never reaches a window: a Chinese user must
not read "a agent cannot decide recovery".

Each subclass names its ``code`` and the parameters its sentence needs. Parameters
are plain values (strings, numbers, ``Money``) so they can be logged (no personal
data goes into them) and put into words by any front end.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar


class Problem(Exception):
    """Base of every refusal a user may see. ``code`` picks the sentence; ``params`` fill it."""

    code: ClassVar[str] = "problem"
    english_template: ClassVar[str] = "the action could not be completed"

    def __init__(self, **params: Any) -> None:
        self.params: dict[str, Any] = params
        super().__init__(self.english())

    def english(self) -> str:
        """Plain English for the command line and the log (the GUI translates by code)."""
        try:
            return self.english_template.format(**{k: _plain(v) for k, v in self.params.items()})
        except (KeyError, IndexError, ValueError):
            return self.english_template

    def __reduce__(
        self,
    ) -> tuple[Callable[[type[Problem], dict[str, Any]], Problem], tuple[type[Problem], dict[str, Any]]]:
        # survive pickling across processes with their parameters
        return (_rebuild, (type(self), self.params))

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.params == self.params

    def __hash__(self) -> int:
        return hash((type(self), tuple(sorted(self.params))))


def _rebuild(cls: type[Problem], params: dict[str, Any]) -> Problem:
    return cls(**params)


def _plain(value: Any) -> Any:
    if hasattr(value, "value") and not isinstance(value, (int, float, str)):
        return value.value  # enums
    return value


class NotPermitted(Problem):
    """The signed-in user's role may not do this."""

    code = "not_permitted"
    english_template = "a {role} may not {action}"

    def __init__(self, action: str, role: str, **extra: Any) -> None:
        super().__init__(action=action, role=role, **extra)


class OverLimit(Problem):
    """An amount over the approval limit that applies (``scope``: action or case total)."""

    code = "over_limit"
    english_template = "{amount} is over the limit of {limit}"

    def __init__(self, limit: Any, amount: Any, scope: str = "action", **extra: Any) -> None:
        super().__init__(limit=limit, amount=amount, scope=scope, **extra)


class IllegalStep(Problem):
    """A workflow step the record's current state does not allow."""

    code = "illegal_step"
    english_template = "cannot {action} while {state}"

    def __init__(self, action: str, state: str, reason: str = "", **extra: Any) -> None:
        super().__init__(action=action, state=state, reason=reason, **extra)


class Invalid(Problem):
    """What the user typed cannot be saved. ``fields`` maps a field to a reason code;
    ``messages`` may carry ready sentences per field (English; the GUI prefers codes)."""

    code = "invalid"
    english_template = "please correct: {fields}"

    def __init__(self, fields: dict[str, str], **extra: Any) -> None:
        super().__init__(fields=dict(fields), **extra)

    def english(self) -> str:
        fields = self.params.get("fields") or {}
        return "please correct: " + ", ".join(f"{k} ({v})" for k, v in fields.items())


class NotFound(Problem):
    code = "not_found"
    english_template = "the {entity} no longer exists"

    def __init__(self, entity: str, **extra: Any) -> None:
        super().__init__(entity=entity, **extra)


class StoreProblem(Problem):
    """The local database cannot do what was asked: ``reason`` is one of
    disk_full, read_only, damaged, newer_schema, busy, not_a_store, io."""

    code = "store"
    english_template = "the database cannot be written ({reason})"

    def __init__(self, reason: str, **extra: Any) -> None:
        super().__init__(reason=reason, **extra)


class SyncProblem(Problem):
    """A sync round failed: ``reason`` is a sync error code (offline, unauthorised,
    schema_mismatch, refused, conflict, server_error, timeout, tls, not_configured, ...)."""

    code = "sync"
    english_template = "sync failed ({reason})"

    def __init__(self, reason: str, transient: bool = False, **extra: Any) -> None:
        super().__init__(reason=reason, transient=transient, **extra)


class Unexpected(Problem):
    """Anything not foreseen: the traceback goes to the log, the user reads one sentence."""

    code = "unexpected"
    english_template = "something went wrong ({kind}); the details are in the log"

    def __init__(self, kind: str = "error", **extra: Any) -> None:
        super().__init__(kind=kind, **extra)


def as_problem(exc: BaseException) -> Problem:
    """Any exception as a ``Problem``: problems as they are, known library errors by
    kind (full disk, read-only file), everything else as ``Unexpected``."""
    if isinstance(exc, Problem):
        return exc
    text = str(exc).lower()
    if isinstance(exc, OSError) or "sqlite" in type(exc).__module__ or "sqlalchemy" in type(exc).__module__:
        if "full" in text or "no space" in text:
            return StoreProblem("disk_full")
        if "readonly" in text or "read-only" in text or "read only" in text or "permission denied" in text:
            return StoreProblem("read_only")
        if "locked" in text or "busy" in text:
            return StoreProblem("busy")
        if "malformed" in text or "not a database" in text:
            return StoreProblem("damaged")
        if isinstance(exc, OSError):
            return StoreProblem("io")
    return Unexpected(type(exc).__name__)
