"""Translated names shared by every part of the GUI: agent states, complaint states,
severities, deadlines, recovery and timeline steps, and small formatting helpers.

One module so that the GUI's sub-packages (agent, supervisor, complaints, trainer, sync)
need nothing from each other to speak of the same things.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from callcenter.core.agent_state import AgentState
from callcenter.core.agents import Code

translate = QCoreApplication.translate  # lupdate reads the literal context and text of each call


# -- agents --------------------------------------------------------------------------
def agent_state_name(state: AgentState) -> str:
    return {
        AgentState.LOGGED_OUT: translate("AgentState", "Logged out"),
        AgentState.AVAILABLE: translate("AgentState", "Available"),
        AgentState.NOT_READY: translate("AgentState", "Not ready"),
        AgentState.RINGING: translate("AgentState", "Ringing"),
        AgentState.ON_CALL: translate("AgentState", "On call"),
        AgentState.ON_HOLD: translate("AgentState", "On hold"),
        AgentState.WRAP_UP: translate("AgentState", "After-call work"),
    }[state]


def reason_name(code: str | None) -> str:
    """A not-ready reason the system sets (the store names the agents' own)."""
    return {
        None: "",
        "": "",
        "missed_call": translate("Reason", "Missed call"),
        "supervisor": translate("Reason", "Supervisor"),
        "break": translate("Reason", "Break"),
        "login": translate("Reason", "Logged in"),
        "not_ready": translate("Reason", "Not ready"),
        "shift_end": translate("Reason", "Shift ended"),
        "wrap_timeout": translate("Reason", "Wrap-up timed out"),
        "after_call": translate("Reason", "After call"),
    }.get(code, code or "")


STATE_COLOURS = {
    AgentState.LOGGED_OUT: "#616161",
    AgentState.AVAILABLE: "#2e7d32",
    AgentState.NOT_READY: "#c62828",
    AgentState.RINGING: "#f9a825",
    AgentState.ON_CALL: "#1565c0",
    AgentState.ON_HOLD: "#6a1b9a",
    AgentState.WRAP_UP: "#00838f",
}


def clock(seconds: float) -> str:
    s = int(seconds)
    h, rem = divmod(s, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


# -- queues, transfer targets, orders -------------------------------------------------
_queues: dict[str, Code] = {}  # code -> the store's names in both languages
_people: dict[str, str] = {}  # username -> display name (transfer targets)
_lang = ["en"]


def set_queue_names(queues: Iterable[Code], lang: str) -> None:
    """The store's queues (``name_en``/``name_zh``) and the window's language, read once at start."""
    _queues.update({q.code: q for q in queues})
    _lang[0] = lang


def remember_people(people: Iterable[tuple[str, str]]) -> None:
    """(username, display name) of people who may be named by username (transfer targets)."""
    _people.update(people)


def queue_name(code: str) -> str:
    """A queue in the user's language: the store's name, else a built-in one, else the code."""
    known = _queues.get(code)
    if known is not None:
        return known.name(_lang[0])
    return {
        "general": translate("QueueNames", "General"),
        "billing": translate("QueueNames", "Billing"),
        "vip": translate("QueueNames", "VIP line"),
        "orders": translate("QueueNames", "Orders and delivery"),
        "complaints": translate("QueueNames", "Complaints"),
        "mandarin": translate("QueueNames", "Mandarin service"),
    }.get(code, code)


def transfer_target_name(target: str) -> str:
    """``queue:billing`` / ``agent:jdoe`` as the agent reads it."""
    kind, _, code = target.partition(":")
    if kind == "queue":
        return translate("QueueNames", "Queue: %1").replace("%1", queue_name(code))
    if kind == "agent":
        return _people.get(code, code)
    return target


def order_status_name(status: str) -> str:
    return {
        "processing": translate("OrderNames", "Processing"),
        "shipped": translate("OrderNames", "Shipped"),
        "delivered": translate("OrderNames", "Delivered"),
        "returned": translate("OrderNames", "Returned"),
        "cancelled": translate("OrderNames", "Cancelled"),
    }.get(status, status)


def timeline_comment(comment: str) -> str:
    """A comment the system wrote on a case's timeline, in words; what people typed stays as typed."""
    words = {
        "captured": translate("TimelineNames", "Captured on the call"),
        "within the proposer's limits": translate("TimelineNames", "Within the proposer's limits"),
        "over the proposer's limit: needs approval": translate(
            "TimelineNames", "Over the proposer's limit: needs approval"
        ),
        "acknowledge deadline passed": translate("TimelineNames", "Acknowledgement deadline passed"),
        "resolve deadline passed": translate("TimelineNames", "Resolution deadline passed"),
    }
    return words.get(comment, comment)


# -- complaints ----------------------------------------------------------------------


def complaint_state_name(state: str) -> str:
    return {
        "received": translate("ComplaintNames", "Received"),
        "acknowledged": translate("ComplaintNames", "Acknowledged"),
        "assessed": translate("ComplaintNames", "Assessed"),
        "investigating": translate("ComplaintNames", "Investigating"),
        "resolution_proposed": translate("ComplaintNames", "Resolution proposed"),
        "customer_accepted": translate("ComplaintNames", "Customer accepted"),
        "customer_rejected": translate("ComplaintNames", "Customer rejected"),
        "closed": translate("ComplaintNames", "Closed"),
        "follow_up_done": translate("ComplaintNames", "Follow-up done"),
    }.get(state, state)


def severity_name(severity: str) -> str:
    return {
        "low": translate("ComplaintNames", "Low"),
        "medium": translate("ComplaintNames", "Medium"),
        "high": translate("ComplaintNames", "High"),
        "critical": translate("ComplaintNames", "Critical"),
    }.get(severity, severity)


def deadline_name(deadline: str) -> str:
    return {
        "on_track": translate("ComplaintNames", "On track"),
        "at_risk": translate("ComplaintNames", "At risk"),
        "breached": translate("ComplaintNames", "Breached"),
        "": "—",
    }.get(deadline, deadline)


DEADLINE_COLOURS = {"on_track": "#2e7d32", "at_risk": "#ef6c00", "breached": "#c62828", "": "#616161"}
SEVERITY_COLOURS = {"low": "#546e7a", "medium": "#1565c0", "high": "#ef6c00", "critical": "#c62828"}


def channel_name(channel: str) -> str:
    return {
        "phone": translate("ComplaintNames", "Phone"),
        "email": translate("ComplaintNames", "Email"),
        "chat": translate("ComplaintNames", "Chat"),
        "letter": translate("ComplaintNames", "Letter"),
        "in_person": translate("ComplaintNames", "In person"),
        "social": translate("ComplaintNames", "Social media"),
    }.get(channel, channel)


def recovery_kind_name(kind: str) -> str:
    return {
        "apology": translate("ComplaintNames", "Apology"),
        "callback": translate("ComplaintNames", "Callback"),
        "refund": translate("ComplaintNames", "Refund"),
        "account_credit": translate("ComplaintNames", "Account credit"),
        "replacement": translate("ComplaintNames", "Replacement"),
        "voucher": translate("ComplaintNames", "Voucher"),
        "goodwill_gift": translate("ComplaintNames", "Goodwill gift"),
    }.get(kind, kind)


def recovery_status_name(status: str) -> str:
    return {
        "proposed": translate("ComplaintNames", "Proposed"),
        "pending_approval": translate("ComplaintNames", "Waiting for approval"),
        "approved": translate("ComplaintNames", "Approved"),
        "refused": translate("ComplaintNames", "Refused"),
        "executed": translate("ComplaintNames", "Carried out"),
        "cancelled": translate("ComplaintNames", "Cancelled"),
        "scheduled": translate("ComplaintNames", "Scheduled"),
        "done": translate("ComplaintNames", "Done"),
    }.get(status, status)


def action_name(action: str) -> str:
    """A timeline line's verb: workflow steps, recovery steps and callbacks."""
    return {
        "receive": translate("ComplaintNames", "Complaint received"),
        "acknowledge": translate("ComplaintNames", "Acknowledged"),
        "assess": translate("ComplaintNames", "Assessed"),
        "investigate": translate("ComplaintNames", "Investigation started"),
        "propose_resolution": translate("ComplaintNames", "Resolution proposed"),
        "customer_accepts": translate("ComplaintNames", "Customer accepted"),
        "customer_rejects": translate("ComplaintNames", "Customer rejected"),
        "close": translate("ComplaintNames", "Closed"),
        "follow_up": translate("ComplaintNames", "Follow-up done"),
        "reopen": translate("ComplaintNames", "Reopened"),
        "escalate": translate("ComplaintNames", "Escalated"),
        "assign": translate("ComplaintNames", "Assigned"),
        "note": translate("ComplaintNames", "Note"),
        "correct": translate("ComplaintNames", "Correction"),
        "survey": translate("ComplaintNames", "Satisfaction survey"),
        "propose": translate("ComplaintNames", "Recovery proposed"),
        "approve": translate("ComplaintNames", "Recovery approved"),
        "refuse": translate("ComplaintNames", "Recovery refused"),
        "execute": translate("ComplaintNames", "Recovery carried out"),
        "cancel": translate("ComplaintNames", "Recovery cancelled"),
        "schedule_callback": translate("ComplaintNames", "Callback scheduled"),
        "callback_done": translate("ComplaintNames", "Callback made"),
        "callback_cancelled": translate("ComplaintNames", "Callback cancelled"),
    }.get(action, action)


def problem_text(key: str) -> str:
    """Validation keys from core.complaints.capture in words."""
    return {
        "customer_required": translate("ComplaintNames", "Choose the customer the complaint is about."),
        "customer_unknown": translate("ComplaintNames", "This customer is not in the store any more."),
        "channel_unknown": translate("ComplaintNames", "Choose how the complaint came in."),
        "category_required": translate("ComplaintNames", "Choose a category."),
        "category_pick_detail": translate("ComplaintNames", "Choose the detailed category, not only the group."),
        "category_retired": translate(
            "ComplaintNames", "This category is no longer in use for new complaints: choose another one."
        ),
        "severity_unknown": translate("ComplaintNames", "Choose a severity."),
        "summary_required": translate("ComplaintNames", "Write a one-line summary."),
        "summary_too_long": translate("ComplaintNames", "The summary is too long (256 characters at most)."),
        "words_required": translate("ComplaintNames", "Write down what the customer said, in their words."),
        "words_too_long": translate("ComplaintNames", "The customer's words are too long (8,000 characters at most)."),
    }.get(key, key)


def export_problem(exc: Exception) -> str:
    """An export problem (``ExportError``: the file could not be written) in the user's
    language; nothing was written. Never the exception's own text."""
    where = str(getattr(exc, "path", None) or "")
    params = getattr(exc, "params", {}) or {}
    reason = str(params.get("reason") or getattr(exc, "reason", "other"))
    return {
        "disk_full": translate("ComplaintNames", "The disk is full: %1 was not saved. Nothing was written."),
        "not_allowed": translate("ComplaintNames", "You are not allowed to write there: %1 was not saved."),
        "no_folder": translate("ComplaintNames", "That folder does not exist: %1 was not saved."),
        "empty": translate("ComplaintNames", "The file came out empty: %1 was not saved."),
    }.get(reason, translate("ComplaintNames", "%1 could not be saved. Nothing was written.")).replace("%1", where)


# Words for problems (core.errors) about complaints, for gui.problems.describe: the steps
# a role may not take or a state does not allow, the fields a step refuses, and why.
def complaint_action_word(action: str) -> str | None:
    return {
        "capture": translate("ComplaintNames", "log complaints"),
        "acknowledge": translate("ComplaintNames", "acknowledge the complaint"),
        "assess": translate("ComplaintNames", "assess the complaint"),
        "investigate": translate("ComplaintNames", "start investigating"),
        "propose_resolution": translate("ComplaintNames", "propose a resolution"),
        "customer_accepts": translate("ComplaintNames", "record the customer's acceptance"),
        "customer_rejects": translate("ComplaintNames", "record the customer's rejection"),
        "close": translate("ComplaintNames", "close the complaint"),
        "follow_up": translate("ComplaintNames", "finish the follow-up"),
        "reopen": translate("ComplaintNames", "reopen the complaint"),
        "escalate": translate("ComplaintNames", "escalate the complaint"),
        "assign": translate("ComplaintNames", "assign or hand over the case"),
        "bulk_reassign": translate("ComplaintNames", "hand over several cases at once"),
        "take": translate("ComplaintNames", "take the case"),
        "take_assigned": translate("ComplaintNames", "take a case a colleague owns"),
        "note": translate("ComplaintNames", "add a note"),
        "correct": translate("ComplaintNames", "correct the record"),
        "survey": translate("ComplaintNames", "record the satisfaction survey"),
        "propose_recovery": translate("ComplaintNames", "offer a recovery action"),
        "decide_recovery": translate("ComplaintNames", "approve or refuse recovery actions"),
        "decide_own_proposal": translate("ComplaintNames", "decide on their own proposal"),
        "approve_recovery": translate("ComplaintNames", "approve the recovery action"),
        "refuse_recovery": translate("ComplaintNames", "refuse the recovery action"),
        "execute_recovery": translate("ComplaintNames", "carry out the recovery action"),
        "cancel_recovery": translate("ComplaintNames", "withdraw the recovery action"),
        "recovery": translate("ComplaintNames", "offer or decide recovery actions"),
        "schedule_callback": translate("ComplaintNames", "schedule a callback"),
        "finish_callback": translate("ComplaintNames", "finish the callback"),
        "letter": translate("ComplaintNames", "write letters"),
        "board": translate("ComplaintNames", "open the complaints board"),
    }.get(action)


def complaint_state_word(state: str) -> str | None:
    """A case state, or the status of a recovery action or callback."""
    text = complaint_state_name(state)
    if text != state:
        return text
    text = recovery_status_name(state)
    return text if text != state else None


def complaint_field_word(name: str) -> str | None:
    """A field a step refuses, or (lower case) a record that is gone."""
    return {
        "comment": translate("ComplaintNames", "Comment"),
        "proposal": translate("ComplaintNames", "Resolution"),
        "owner": translate("ComplaintNames", "Owner"),
        "correction": translate("ComplaintNames", "Correction"),
        "seq": translate("ComplaintNames", "Event"),
        "csat": translate("ComplaintNames", "Satisfaction (CSAT)"),
        "would_buy_again": translate("ComplaintNames", "Would buy again"),
        "reason": translate("ComplaintNames", "Reason"),
        "amount": translate("ComplaintNames", "Amount"),
        "due": translate("ComplaintNames", "Due time"),
        "letter": translate("ComplaintNames", "Letter"),
        "export": translate("ComplaintNames", "Export"),
        "customer_id": translate("ComplaintNames", "Customer"),
        "channel": translate("ComplaintNames", "Came in by"),
        "category": translate("ComplaintNames", "Category"),
        "severity": translate("ComplaintNames", "Severity"),
        "summary": translate("ComplaintNames", "Summary"),
        "customer_words": translate("ComplaintNames", "Customer's words"),
        "complaint": translate("ComplaintNames", "complaint"),
        "recovery_action": translate("ComplaintNames", "recovery action"),
        "callback": translate("ComplaintNames", "callback"),
        "customer": translate("ComplaintNames", "customer"),
        "step": translate("ComplaintNames", "step"),
    }.get(name)


def complaint_reason_word(reason: str) -> str | None:
    text = problem_text(reason)
    if text != reason:
        return text
    return {
        "required": translate("ComplaintNames", "cannot be empty"),
        "out_of_range": translate("ComplaintNames", "must be a whole number from 1 to 5"),
        "yes_or_no": translate("ComplaintNames", "must be yes or no"),
        "unknown_event": translate("ComplaintNames", "there is no such event on this case"),
        "unchanged": translate("ComplaintNames", "the case is already assigned there"),
        "above_zero": translate("ComplaintNames", "must be above zero"),
        "must_be_zero": translate("ComplaintNames", "this kind of action carries no money"),
        "wrong_currency": translate("ComplaintNames", "must be in the case's currency"),
        "in_past": translate("ComplaintNames", "cannot be in the past"),
        "unknown": translate("ComplaintNames", "there is no such letter"),
        "unknown_kind": translate("ComplaintNames", "choose CSV or XLSX"),
        "rejected_needs_comment": translate(
            "ComplaintNames", "Say why the case is closed although the customer rejected the resolution."
        ),
        "only_open": translate("ComplaintNames", "Only open cases can be escalated."),
        "survey_after_closing": translate("ComplaintNames", "The survey comes after closing."),
        "survey_recorded": translate("ComplaintNames", "A survey is already recorded for this closing."),
        "awaiting_approval": translate("ComplaintNames", "It is waiting for a supervisor's approval."),
        "already_decided": translate("ComplaintNames", "Only actions waiting for approval can be decided."),
        "finished": translate("ComplaintNames", "It is already finished."),
    }.get(reason)


_registered = False


def register_complaint_words() -> None:
    """Teach ``gui.problems.describe`` the complaint words (once; the complaints package does it)."""
    global _registered
    if _registered:
        return
    from callcenter.gui import problems

    problems.register_words("action", complaint_action_word)
    problems.register_words("state", complaint_state_word)
    problems.register_words("field", complaint_field_word)
    problems.register_words("reason", complaint_reason_word)
    _registered = True
