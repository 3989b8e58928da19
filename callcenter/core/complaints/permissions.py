"""Who may do what on a complaint case, by the user's role.

Money decisions (approving a refund) are governed by the approval limits in
``recovery.py``; this table covers the workflow steps. Agents work their own cases
from capture to survey; handing a case to someone else, correcting the record and
deciding on approvals are supervisors' work.
"""

from __future__ import annotations

from typing import Any

from callcenter.core.complaints.recovery import AGENT, MANAGER, SUPERVISOR
from callcenter.core.errors import NotPermitted

__all__ = ["NotPermitted", "approval_role", "may", "require"]

# user role -> role in the approval policy
_APPROVAL_ROLE = {"agent": AGENT, "trainer": AGENT, "supervisor": SUPERVISOR, "admin": MANAGER, "manager": MANAGER}

_EVERYONE = frozenset(
    {
        "capture",
        "acknowledge",
        "assess",
        "investigate",
        "propose_resolution",
        "customer_accepts",
        "customer_rejects",
        "close",
        "follow_up",
        "reopen",
        "escalate",
        "note",
        "survey",
        "take",
        "propose_recovery",
        "execute_recovery",
        "cancel_recovery",
        "schedule_callback",
        "finish_callback",
        "letter",
    }
)
_SUPERVISORS = _EVERYONE | {"assign", "bulk_reassign", "correct", "decide_recovery", "board"}

_ALLOWED = {
    "agent": _EVERYONE,
    "trainer": _EVERYONE,
    "supervisor": _SUPERVISORS,
    "admin": _SUPERVISORS,
    "manager": _SUPERVISORS,
}


def _role(user_role: Any) -> str:
    return str(getattr(user_role, "value", user_role))


def approval_role(user_role: Any) -> str:
    return _APPROVAL_ROLE.get(_role(user_role), AGENT)


def may(user_role: Any, action: str) -> bool:
    return action in _ALLOWED.get(_role(user_role), frozenset())


def require(user_role: Any, action: str) -> None:
    """Refuse with ``NotPermitted(action, role)`` when the role may not take this step."""
    if not may(user_role, action):
        raise NotPermitted(action, _role(user_role))
