"""Translated words for complaint states, severities, deadlines, recovery and timeline steps."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("ComplaintNames", text)


def state_name(state: str) -> str:
    return {
        "received": _t("Received"), "acknowledged": _t("Acknowledged"), "assessed": _t("Assessed"),
        "investigating": _t("Investigating"), "resolution_proposed": _t("Resolution proposed"),
        "customer_accepted": _t("Customer accepted"), "customer_rejected": _t("Customer rejected"),
        "closed": _t("Closed"), "follow_up_done": _t("Follow-up done"),
    }.get(state, state)


def severity_name(severity: str) -> str:
    return {"low": _t("Low"), "medium": _t("Medium"), "high": _t("High"), "critical": _t("Critical")}.get(
        severity, severity)


def deadline_name(deadline: str) -> str:
    return {"on_track": _t("On track"), "at_risk": _t("At risk"), "breached": _t("Breached"), "": "—"}.get(
        deadline, deadline)


DEADLINE_COLOURS = {"on_track": "#2e7d32", "at_risk": "#ef6c00", "breached": "#c62828", "": "#616161"}
SEVERITY_COLOURS = {"low": "#546e7a", "medium": "#1565c0", "high": "#ef6c00", "critical": "#c62828"}


def channel_name(channel: str) -> str:
    return {"phone": _t("Phone"), "email": _t("Email"), "chat": _t("Chat"), "letter": _t("Letter"),
            "in_person": _t("In person"), "social": _t("Social media")}.get(channel, channel)


def recovery_kind_name(kind: str) -> str:
    return {"apology": _t("Apology"), "callback": _t("Callback"), "refund": _t("Refund"),
            "account_credit": _t("Account credit"), "replacement": _t("Replacement"), "voucher": _t("Voucher"),
            "goodwill_gift": _t("Goodwill gift")}.get(kind, kind)


def recovery_status_name(status: str) -> str:
    return {"proposed": _t("Proposed"), "pending_approval": _t("Waiting for approval"), "approved": _t("Approved"),
            "refused": _t("Refused"), "executed": _t("Carried out"), "cancelled": _t("Cancelled"),
            "scheduled": _t("Scheduled"), "done": _t("Done")}.get(status, status)


def action_name(action: str) -> str:
    """A timeline line's verb: workflow steps, recovery steps and callbacks."""
    return {
        "receive": _t("Complaint received"), "acknowledge": _t("Acknowledged"), "assess": _t("Assessed"),
        "investigate": _t("Investigation started"), "propose_resolution": _t("Resolution proposed"),
        "customer_accepts": _t("Customer accepted"), "customer_rejects": _t("Customer rejected"),
        "close": _t("Closed"), "follow_up": _t("Follow-up done"), "reopen": _t("Reopened"),
        "escalate": _t("Escalated"), "assign": _t("Assigned"), "note": _t("Note"), "correct": _t("Correction"),
        "survey": _t("Satisfaction survey"),
        "propose": _t("Recovery proposed"), "approve": _t("Recovery approved"), "refuse": _t("Recovery refused"),
        "execute": _t("Recovery carried out"), "cancel": _t("Recovery cancelled"),
        "schedule_callback": _t("Callback scheduled"), "callback_done": _t("Callback made"),
        "callback_cancelled": _t("Callback cancelled"),
    }.get(action, action)


def problem_text(key: str) -> str:
    """Validation keys from core.complaint_capture in words."""
    return {
        "customer_required": _t("Choose the customer the complaint is about."),
        "customer_unknown": _t("This customer is not in the store any more."),
        "channel_unknown": _t("Choose how the complaint came in."),
        "category_required": _t("Choose a category."),
        "category_pick_detail": _t("Choose the detailed category, not only the group."),
        "severity_unknown": _t("Choose a severity."),
        "summary_required": _t("Write a one-line summary."),
        "summary_too_long": _t("The summary is too long (256 characters at most)."),
        "words_required": _t("Write down what the customer said, in their words."),
        "words_too_long": _t("The customer's words are too long (8,000 characters at most)."),
    }.get(key, key)
