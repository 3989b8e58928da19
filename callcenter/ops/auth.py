"""Signing in and the reference data a console needs before its first call.

``sign_in`` checks an argon2 hash, which is slow on purpose: like every op it runs
off the GUI thread (``gui.ops.run_op``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from callcenter.core.agents import Code, Identity
from callcenter.core.errors import Invalid
from callcenter.ops import Done
from callcenter.store import repo
from callcenter.store.db import Store

# Reason codes of Invalid(fields=...) for sign-in.
REQUIRED = "required"
NO_MATCH = "no_match"  # unknown user, inactive user or wrong password: the user is not told which


def sign_in(store: Store, username: str, password: str) -> Done[Identity]:
    """The signed-in user, with a 'login' audit row. Raises ``Invalid``:
    ``{"username": "required"}``, ``{"password": "required"}`` or ``{"password": "no_match"}``."""
    missing = {}
    if not username.strip():
        missing["username"] = REQUIRED
    if not password:
        missing["password"] = REQUIRED
    if missing:
        raise Invalid(fields=missing)
    identity = repo.check_password(store, username, password)
    if identity is None:
        raise Invalid(fields={"password": NO_MATCH})
    with store.unit() as u:
        repo.add_audit(u.session, identity.user_id, "login", "user", identity.user_id)
    return Done(identity, u.changes)


def list_agents(store: Store, role: str | None = None) -> list[Identity]:
    """Active users by display name (only those of ``role`` when given)."""
    people = repo.agents(store)
    return [a for a in people if role is None or a.role.value == role]


@dataclass(frozen=True)
class ConsoleBootstrap:
    """What the agent console shows before any call: the codes of its combo boxes and
    trees, the transfer queues, and whether the store holds demo data."""

    reason_codes: list[Code] = field(default_factory=list)
    disposition_codes: list[Code] = field(default_factory=list)
    queues: list[Code] = field(default_factory=list)
    is_demo: bool = False

    def disposition_code(self, disposition_id: str | None) -> str:
        """The code (e.g. 'sales.new') of a disposition id, '' when unknown."""
        return next((c.code for c in self.disposition_codes if c.id == disposition_id), "") if disposition_id else ""


def console_bootstrap(store: Store) -> ConsoleBootstrap:
    """One read for everything the console's panels need before the first call."""
    return ConsoleBootstrap(
        reason_codes=repo.reason_codes(store),
        disposition_codes=repo.disposition_codes(store),
        queues=repo.queues(store),
        is_demo=repo.is_demo(store),
    )
