"""Call-control refusals (``CallControlProblem``, ``DoNotCall``) in the user's language;
any other problem goes to ``gui.problems.describe``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from callcenter.core.calls import CallControlProblem, DoNotCall
from callcenter.core.errors import as_problem
from callcenter.gui.problems import describe

_REASONS = {
    "no_call": QT_TRANSLATE_NOOP("CallControl", "That call is no longer on this phone."),
    "not_talking": QT_TRANSLATE_NOOP("CallControl", "The call is not connected yet (or is already over)."),
    "not_on_hold": QT_TRANSLATE_NOOP("CallControl", "The call is not on hold."),
    "on_hold": QT_TRANSLATE_NOOP("CallControl", "Resume the call first: it is on hold."),
    "no_consult": QT_TRANSLATE_NOOP(
        "CallControl", "There is no connected consultation to complete: wait until they answer, or cancel."
    ),
    "consulting": QT_TRANSLATE_NOOP("CallControl", "A consultation is in progress: complete or cancel it first."),
    "bad_target": QT_TRANSLATE_NOOP("CallControl", "That is not a number or SIP address that can be called."),
    "bad_digits": QT_TRANSLATE_NOOP("CallControl", "Only the keys 0-9, *, # and A-D can be sent."),
    "busy": QT_TRANSLATE_NOOP("CallControl", "The line is busy."),
    "no_answer": QT_TRANSLATE_NOOP("CallControl", "Nobody answered."),
    "not_found": QT_TRANSLATE_NOOP("CallControl", "The number does not exist or cannot be reached."),
    "declined": QT_TRANSLATE_NOOP("CallControl", "The call was declined."),
    "unreachable": QT_TRANSLATE_NOOP("CallControl", "The phone system cannot reach that number right now."),
    "rejected": QT_TRANSLATE_NOOP("CallControl", "The phone system refused the call (code %1)."),
    "not_supported": QT_TRANSLATE_NOOP("CallControl", "Calls from this source cannot do that."),
    "phone_stopped": QT_TRANSLATE_NOOP("CallControl", "The phone is not running."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CallControl", text)


def call_problem_text(error: BaseException) -> str:
    """One sentence for a call-control refusal, in the user's language."""
    problem = as_problem(error)
    if isinstance(problem, DoNotCall):
        if problem.params.get("reason") == "number":
            return QCoreApplication.translate(
                "CallControl", "Not dialled: this number belongs to a customer who asked not to be called."
            )
        return QCoreApplication.translate("CallControl", "Not dialled: this customer asked not to be called.")
    if isinstance(problem, CallControlProblem):
        reason = str(problem.params.get("reason", ""))
        text = _REASONS.get(reason)
        if text is None:
            return QCoreApplication.translate("CallControl", "The call cannot be controlled now.")
        return _tr(str(text)).replace("%1", str(problem.params.get("status", "")))
    return describe(problem)
