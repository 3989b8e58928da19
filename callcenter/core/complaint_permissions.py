"""Who may do what on a complaint case, by the user's role.

Money decisions (approving a refund) are governed by the approval limits in
``recovery.py``; this table covers the workflow steps. Agents work their own cases
from capture to survey; handing a case to someone else, correcting the record and
deciding on approvals are supervisors' work.
"""

from __future__ import annotations

from callcenter.core.recovery import AGENT, MANAGER, SUPERVISOR

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


def approval_role(user_role: str) -> str:
    return _APPROVAL_ROLE.get(getattr(user_role, "value", user_role), AGENT)


def may(user_role: str, action: str) -> bool:
    return action in _ALLOWED.get(getattr(user_role, "value", user_role), frozenset())


class NotPermitted(Exception):
    """The signed-in user's role does not allow this step."""
