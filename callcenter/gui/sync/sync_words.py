"""Sync failures in the user's words, chosen by the failure's code (``SyncProblem.params
["reason"]``, see ``callcenter.sync.client``), never by the English text of an error.

``explain(problem)`` is the sentence the status panel and the sync dialogs show;
importing this module also teaches ``gui.problems.describe`` the same words, so any
window that receives a sync problem says it the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from callcenter.core.errors import Problem, SyncProblem, as_problem
from callcenter.gui import problems
from callcenter.sync import client as codes

CONTEXT = "SyncController"  # the sentences were first written there: their translations stay


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:
    """Marks ``text`` for translation in ``_context``; translated where it is shown."""
    return text


_NOT_SET_UP = QT_TRANSLATE_NOOP(
    "SyncController", "Sync is not set up: choose a server and register this console in Sync settings."
)
_WORDS: dict[str, str] = {
    codes.OFFLINE: QT_TRANSLATE_NOOP(
        "SyncController", "The sync server cannot be reached. Your changes are kept and will be sent later."
    ),
    codes.UNREACHABLE: QT_TRANSLATE_NOOP(
        "SyncController", "The sync server cannot be reached. Your changes are kept and will be sent later."
    ),
    codes.TIMEOUT: QT_TRANSLATE_NOOP(
        "SyncController",
        "The sync server cannot be reached: it did not answer in time. Your changes are kept and will be sent later.",
    ),
    codes.RATE_LIMITED: QT_TRANSLATE_NOOP(
        "SyncController", "The sync server is busy. Your changes are kept and will be sent later."
    ),
    codes.SERVER_ERROR: QT_TRANSLATE_NOOP(
        "SyncController", "The sync server has a problem right now. Your changes are kept and will be sent later."
    ),
    codes.BAD_ANSWER: QT_TRANSLATE_NOOP(
        "SyncController",
        "The sync server sent an answer this console cannot read. Your changes are kept and will be sent later.",
    ),
    codes.TLS: QT_TRANSLATE_NOOP(
        "SyncController",
        "The sync server's certificate is not trusted. Ask your administrator for the site's certificate.",
    ),
    codes.UNAUTHORISED: QT_TRANSLATE_NOOP(
        "SyncController",
        "This console is not registered with the sync server, or its registration expired. "
        "Register it again in Sync settings.",
    ),
    codes.SCHEMA_MISMATCH: QT_TRANSLATE_NOOP(
        "SyncController", "The sync server runs a different version of the product. Update the older one."
    ),
    codes.DUPLICATE: QT_TRANSLATE_NOOP(
        "SyncController",
        "Another console already used a number or name you entered. Change it here and sync again.",
    ),
    codes.FORBIDDEN: QT_TRANSLATE_NOOP(
        "SyncController", "The sync server refused a change your role may not make. Nothing of it was sent."
    ),
    codes.REFUSED: QT_TRANSLATE_NOOP(
        "SyncController", "The sync server could not accept the changes as sent. The details are in the log."
    ),
    codes.TOO_LARGE: QT_TRANSLATE_NOOP(
        "SyncController", "The changes were too large for the sync server in one request. The details are in the log."
    ),
    codes.APPLY_FAILED: QT_TRANSLATE_NOOP(
        "SyncController",
        "A change from the sync server could not be applied on this console. Nothing was lost; "
        "the details are in the log.",
    ),
    codes.DEVICE_TAKEN: QT_TRANSLATE_NOOP(
        "SyncController",
        "This console is registered with the sync server for another user. "
        "Sign in as that user, or ask your administrator.",
    ),
    codes.TOO_MANY_SIGN_INS: QT_TRANSLATE_NOOP(
        "SyncController", "Too many wrong passwords were tried. Wait a few minutes, then try again."
    ),
    codes.NOT_CONFIGURED: _NOT_SET_UP,
    codes.NOT_REGISTERED: _NOT_SET_UP,
}
TRANSIENT = QT_TRANSLATE_NOOP(
    "SyncController", "The sync server cannot be reached. Your changes are kept and will be sent later."
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _record(table: str) -> str:
    """A synced table in words (the same names as in the conflicts dialog)."""
    names = {
        "customers": QT_TRANSLATE_NOOP("ConflictsDialog", "Customer"),
        "phones": QT_TRANSLATE_NOOP("ConflictsDialog", "Phone number"),
        "emails": QT_TRANSLATE_NOOP("ConflictsDialog", "Email address"),
        "addresses": QT_TRANSLATE_NOOP("ConflictsDialog", "Address"),
        "customer_notes": QT_TRANSLATE_NOOP("ConflictsDialog", "Customer note"),
        "interactions": QT_TRANSLATE_NOOP("ConflictsDialog", "Call record"),
        "complaints": QT_TRANSLATE_NOOP("ConflictsDialog", "Complaint"),
        "users": QT_TRANSLATE_NOOP("ConflictsDialog", "User"),
        "orders": QT_TRANSLATE_NOOP("ConflictsDialog", "Order"),
        "recovery_actions": QT_TRANSLATE_NOOP("ConflictsDialog", "Recovery action"),
        "sync_conflicts": QT_TRANSLATE_NOOP("ConflictsDialog", "Sync conflict"),
    }
    text = names.get(table)
    return QCoreApplication.translate("ConflictsDialog", text) if text else table.replace("_", " ")


def reason_of(problem: BaseException | None) -> str | None:
    """The sync code of a failure (None when it is not a sync failure)."""
    if problem is None:
        return None
    p = as_problem(problem)
    return str(p.params.get("reason")) if isinstance(p, SyncProblem) else None


def explain(error: BaseException) -> str:
    """A sync failure in the user's language, by its code and plain parameters."""
    source = getattr(error, "problem", error)
    if not isinstance(source, Problem) and getattr(source, "transient", False):  # an old-style error object
        source = SyncProblem(codes.UNREACHABLE, True)
    problem: Problem = as_problem(source)
    if not isinstance(problem, SyncProblem):
        return problems.describe(problem)
    params = problem.params
    reason = str(params.get("reason") or "")
    if reason == codes.DUPLICATE and params.get("key"):
        value = params.get("value")
        clash = f"{params['key']} {value!r}" if value is not None else str(params["key"])
        return QCoreApplication.translate(
            "SyncController",
            "Another console already used a number or name you entered (%1). Change it here and sync again.",
        ).replace("%1", clash)
    if reason == codes.TOO_MANY_SIGN_INS and int(params.get("retry_after") or 0) > 0:
        minutes = max(1, -(-int(params["retry_after"]) // 60))
        return QCoreApplication.translate(
            "SyncController", "Too many wrong passwords were tried. Wait %1 min, then try again."
        ).replace("%1", str(minutes))
    if reason == codes.FORBIDDEN and params.get("tables"):
        return QCoreApplication.translate(
            "SyncController", "The sync server refused a change your role may not make: %1"
        ).replace("%1", ", ".join(_record(t) for t in params["tables"]))
    if reason in _WORDS:
        return _tr(_WORDS[reason])
    if params.get("transient"):
        return _tr(TRANSIENT)
    status = params.get("status")
    return QCoreApplication.translate("SyncController", "Sync failed: %1").replace(
        "%1", f"HTTP {status}" if status else reason.replace("_", " ")
    )


def _words(reason: str) -> str | None:
    text = _WORDS.get(reason)
    return _tr(text) if text else None


problems.register_words("sync", _words)
