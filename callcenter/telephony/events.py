"""What the softphone tells the console beyond calls: registration state and its problems."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from callcenter.core.errors import Problem

# Registration states, in the words the console shows (gui puts them into the user's language).
REGISTERING = "registering"
REGISTERED = "registered"
FAILED = "failed"
STOPPED = "stopped"


class PhoneProblem(Problem):
    """The softphone cannot do its work. ``reason`` is one of:

    - ``bad_credentials``: the switch refused the user name or password (401/403/407);
    - ``unknown_account``: the switch does not know the account (404);
    - ``unreachable``: no answer from the registrar (timeout, refused, no route);
    - ``rejected``: any other refusal (``status`` carries the SIP status code);
    - ``softphone_missing``: the SIP user agent (baresip) is not installed;
    - ``softphone_stopped``: the user agent ended while the console was running;
    - ``invalid_setting``: a setting the user agent cannot take (``field`` names it).
    """

    code = "phone"
    english_template = "the phone is not working ({reason})"

    def __init__(self, reason: str, **extra: Any) -> None:
        super().__init__(reason=reason, **extra)


@dataclass(frozen=True)
class PhoneRegistration:
    """The agent's softphone registration changed (``state``: one of the states above)."""

    agent_id: str
    state: str
    problem: PhoneProblem | None = None


def registration_problem(param: str) -> PhoneProblem:
    """The problem behind a failed registration, from baresip's reason text
    (``"403 Forbidden"``, ``"401 Unauthorized"``, ``"Connection timed out"``...)."""
    text = (param or "").strip()
    head = text.split(" ", 1)[0]
    if head.isdigit() and len(head) == 3:
        status = int(head)
        if status in (401, 403, 407):
            return PhoneProblem("bad_credentials", status=status)
        if status == 404:
            return PhoneProblem("unknown_account", status=status)
        if status in (408, 503, 504):
            return PhoneProblem("unreachable", status=status)
        return PhoneProblem("rejected", status=status)
    lower = text.lower()
    if "permission denied" in lower or "auth" in lower:
        return PhoneProblem("bad_credentials", status=0)
    return PhoneProblem("unreachable", status=0)


@dataclass(frozen=True)
class CallDropped:
    """A call in talk ended without a hang-up by either side: no media for the RTP timeout,
    the connection lost, or the user agent gone. ``reason``: ``no_media``, ``network``,
    ``softphone_stopped``. The console ends the call as failed and goes to wrap-up."""

    agent_id: str
    call_id: str
    reason: str


def dropped_reason(param: str) -> str:
    """Why baresip closed a call, from its close text: ``""`` for an ordinary end (a BYE,
    a CANCEL, a final response), else ``no_media`` or ``network``."""
    lower = (param or "").strip().lower()
    if not lower or lower.startswith("connection reset by peer") or lower[:3].isdigit():
        return ""  # a BYE (libre reports it as ECONNRESET) or a SIP status: an ordinary end
    if "timed out" in lower or "timeout" in lower or "rtp" in lower:
        return "no_media"
    return "network"
