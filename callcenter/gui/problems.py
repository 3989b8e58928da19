"""Problems (``callcenter.core.errors``) put into words in the user's language.

Every refusal a window shows goes through ``describe``: a code and parameters in,
one translated sentence out. Exception text never reaches the UI. Feature packages
register words for their own action, role, state and field names with
``register_words`` (complaints name their steps, sync its error codes, ...).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from callcenter.core.errors import (
    IllegalStep,
    Invalid,
    NotFound,
    NotPermitted,
    OverLimit,
    Problem,
    StoreProblem,
    SyncProblem,
    Unexpected,
    as_problem,
)
from callcenter.core.money import Money

Words = Callable[[str], str | None]
_words: dict[str, list[Words]] = {"action": [], "role": [], "state": [], "field": [], "sync": [], "reason": []}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Problems", text)


def register_words(kind: str, words: Words) -> None:
    """Teach ``describe`` the words for one kind of name (action, role, state, field, sync, reason)."""
    _words.setdefault(kind, []).append(words)


def word(kind: str, name: str) -> str:
    for words in reversed(_words.get(kind, [])):
        text = words(name)
        if text:
            return text
    built_in = _BUILT_IN.get(kind, {}).get(name)
    if built_in is not None:
        return _tr(built_in)
    return name.replace("_", " ")


_BUILT_IN: dict[str, dict[str, str]] = {
    "role": {
        "agent": QT_TRANSLATE_NOOP("Problems", "an agent"),
        "supervisor": QT_TRANSLATE_NOOP("Problems", "a supervisor"),
        "admin": QT_TRANSLATE_NOOP("Problems", "an administrator"),
        "trainer": QT_TRANSLATE_NOOP("Problems", "a trainer"),
    },
    "reason": {
        "disk_full": QT_TRANSLATE_NOOP(
            "Problems", "The disk is full. Free some space and try again; nothing was lost."
        ),
        "read_only": QT_TRANSLATE_NOOP(
            "Problems", "The database file or its folder cannot be written (read-only). Nothing was changed."
        ),
        "damaged": QT_TRANSLATE_NOOP("Problems", "The database file is damaged or is not a callcenter database."),
        "newer_schema": QT_TRANSLATE_NOOP(
            "Problems", "The database was written by a newer version of the product. Update the product."
        ),
        "busy": QT_TRANSLATE_NOOP(
            "Problems", "The database is busy in another window or program. Try again in a moment."
        ),
        "not_a_store": QT_TRANSLATE_NOOP("Problems", "This file is not a callcenter database; it was left untouched."),
        "io": QT_TRANSLATE_NOOP("Problems", "The database file could not be read or written."),
    },
}


def fields_in_words(
    problem: Problem, field_word: Callable[[str], str | None], reason_word: Callable[[str], str | None]
) -> str | None:
    """A window's own words for an ``Invalid`` problem's fields ("Please correct: Reason: required"),
    for codes that other windows word differently; None when a field or reason is not the window's."""
    parts = []
    for field, reason in (problem.params.get("fields") or {}).items():
        f, r = field_word(field), reason_word(reason)
        if f is None or r is None:
            return None
        parts.append(f"{f}: {r}")
    return QCoreApplication.translate("Problems", "Please correct: %1").replace("%1", "; ".join(parts))


def _money(value) -> str:
    return value.format() if isinstance(value, Money) else str(value)


def describe(error: BaseException) -> str:
    """One sentence for the user, in their language."""
    p: Problem = as_problem(error)
    params = p.params
    if isinstance(p, NotPermitted):
        return (
            QCoreApplication.translate("Problems", "Not allowed: %1 may not %2.")
            .replace("%1", word("role", str(params["role"])))
            .replace("%2", word("action", str(params["action"])))
        )
    if isinstance(p, OverLimit):
        text = (
            QCoreApplication.translate("Problems", "%1 is over the case limit of %2.")
            if params.get("scope") == "case"
            else QCoreApplication.translate("Problems", "%1 is over the approval limit of %2.")
        )
        return text.replace("%1", _money(params["amount"])).replace("%2", _money(params["limit"]))
    if isinstance(p, IllegalStep):
        reason = params.get("reason") or ""
        text = (
            QCoreApplication.translate("Problems", "Not possible now: cannot %1 while %2.")
            .replace("%1", word("action", str(params["action"])))
            .replace("%2", word("state", str(params["state"])))
        )
        return f"{text} {word('reason', reason)}".strip() if reason else text
    if isinstance(p, Invalid):
        fields = params.get("fields") or {}
        parts = [f"{word('field', f)}: {word('reason', r)}" for f, r in fields.items()]
        return QCoreApplication.translate("Problems", "Please correct: %1").replace("%1", "; ".join(parts))
    if isinstance(p, NotFound):
        return QCoreApplication.translate(
            "Problems", "This %1 no longer exists (it may have been removed on another console)."
        ).replace("%1", word("field", str(params["entity"])))
    if isinstance(p, StoreProblem):
        return word("reason", str(params["reason"]))
    if isinstance(p, SyncProblem):
        return word("sync", str(params["reason"]))
    if isinstance(p, Unexpected):
        return QCoreApplication.translate(
            "Problems", "Something went wrong. The details are in the log; nothing you typed was lost."
        )
    return QCoreApplication.translate("Problems", "The action could not be completed.")
