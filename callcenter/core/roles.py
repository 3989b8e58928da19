"""Roles and what each may see or do."""

from __future__ import annotations

import enum


class Role(str, enum.Enum):
    AGENT = "agent"
    SUPERVISOR = "supervisor"
    TRAINER = "trainer"
    ADMIN = "admin"


# Who may see sensitive fields (full card/ID numbers, private notes) unmasked.
_SEES_SENSITIVE = {Role.SUPERVISOR, Role.ADMIN}


def can_see_sensitive(role: str | Role) -> bool:
    return Role(role) in _SEES_SENSITIVE


def mask(value: str, keep: int = 4) -> str:
    """'4111111111111111' -> '•••• •••• •••• 1111'; short values fully masked."""
    if not value:
        return ""
    clean = value.replace(" ", "")
    if len(clean) <= keep:
        return "•" * len(clean)
    hidden = "•" * (len(clean) - keep) + clean[-keep:]
    # Group in fours from the right so the visible tail stays together
    # ('110101199003077777' -> '•• •••• •••• •••• 7777', not '…••77 77').
    head = len(hidden) % 4
    groups = ([hidden[:head]] if head else []) + [hidden[i : i + 4] for i in range(head, len(hidden), 4)]
    return " ".join(groups)
