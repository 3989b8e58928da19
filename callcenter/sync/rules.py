"""What a role may write, enforced by the server on every pushed row.

Table-driven: ``RULES`` maps a table name to rule functions. A rule gets the
pushing device's ``Actor``, the pushed row (a plain dict, as on the wire), the
server's current version of that row (or None) and a ``Lookup`` onto the server's
other rows; it returns None to allow or a reason in plain words to refuse. The
rules know nothing of the ORM, so they work for tables another branch adds.

Rules today:
- ``users``: only supervisors and admins write users.
- ``audit_log``: agents and trainers push audit rows for themselves only.
- ``sync_conflicts``: only supervisors and admins resolve a conflict.
- ``recovery_actions``: moving an action to ``approved`` needs ``decided_by`` to be
  the pushing user, who must not be its proposer, and whose role's approval limits
  (``callcenter.core.complaints.recovery.ApprovalPolicy``) cover the amount and the case total.
  Moving it to ``executed`` without a prior approval needs the proposer's limits to
  cover it (else it needed an approval first). The case total an approver answers
  for is, as in ``RecoveryPlan.total_if_approved``, the case's other actions that are
  already agreed (``COUNTED_STATUSES`` less ``pending_approval``) plus this one.
  Roles map onto approval roles: agent -> agent, supervisor -> supervisor,
  admin -> manager; trainers approve nothing.
- ``credit_limit_changes``: a change that becomes ``approved`` needs ``decided_by`` to be the
  pushing user, not on their own waiting proposal, within their role's credit limits
  (``callcenter.core.credit_limits.CreditPolicy``); a decided change is final.
- ``customers``: ``credit_limit_minor`` changes only with an approved credit-limit change for
  that customer to that value (in the same push or already on the server).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from callcenter.core.complaints.recovery import (
    AGENT,
    COUNTED_STATUSES,
    MANAGER,
    SUPERVISOR,
    ApprovalPolicy,
    RecoveryStatus,
)
from callcenter.core.credit_limits import CreditPolicy

APPROVAL_ROLE = {"agent": AGENT, "supervisor": SUPERVISOR, "admin": MANAGER}
SUPERVISING = frozenset({"supervisor", "admin"})


@dataclass(frozen=True)
class Actor:
    user_id: str
    role: str
    device_id: str = ""


class Lookup(Protocol):
    def rows(self, table: str) -> Iterable[dict]: ...

    def row(self, table: str, row_id: str) -> dict | None: ...


Rule = Callable[[Actor, dict, "dict | None", Lookup], "str | None"]


def only_supervisors(actor: Actor, row: dict, old: dict | None, lookup: Lookup) -> str | None:
    if actor.role not in SUPERVISING:
        return "only a supervisor or an admin may change users"
    return None


def own_audit_only(actor: Actor, row: dict, old: dict | None, lookup: Lookup) -> str | None:
    if actor.role not in SUPERVISING and row.get("user_id") not in (None, actor.user_id):
        return "an audit record may only be written for the signed-in user"
    return None


def supervisors_resolve_conflicts(actor: Actor, row: dict, old: dict | None, lookup: Lookup) -> str | None:
    if row.get("status") == "resolved" and (old or {}).get("status") != "resolved" and actor.role not in SUPERVISING:
        return "only a supervisor or an admin may resolve a sync conflict"
    return None


def _committed_total(lookup: Lookup, row: dict) -> int:
    agreed = {s.value for s in COUNTED_STATUSES} - {RecoveryStatus.PENDING_APPROVAL.value}
    return sum(
        int(r.get("amount_minor") or 0)
        for r in lookup.rows("recovery_actions")
        if r.get("complaint_id") == row.get("complaint_id")
        and r.get("id") != row.get("id")
        and not r.get("deleted")
        and r.get("status") in agreed
    )


def recovery_approval(
    actor: Actor, row: dict, old: dict | None, lookup: Lookup, policy: ApprovalPolicy | None = None
) -> str | None:
    status, before = row.get("status"), (old or {}).get("status")
    if status == before or status not in ("approved", "executed"):
        return None
    policy = policy or ApprovalPolicy()
    kind, amount = row.get("kind"), int(row.get("amount_minor") or 0)
    total = _committed_total(lookup, row) + amount
    if status == "approved":
        if row.get("decided_by") != actor.user_id:
            return "an approval must be decided by the signed-in user"
        if row.get("proposed_by") == actor.user_id:
            return "nobody approves their own proposal"
        role = APPROVAL_ROLE.get(actor.role)
        if role is None or not policy.covers(role, kind, amount, total):
            return "this approval is above the signed-in user's approval limit"
        return None
    if before == "approved":  # executed after an approval
        return None
    proposer = lookup.row("users", row.get("proposed_by") or "") or {}
    role = APPROVAL_ROLE.get(proposer.get("role", ""))
    if role is None or not policy.covers(role, kind, amount, total):
        return "this recovery action needs an approval before it is executed"
    return None


# -- intelorder: credit-limit changes ---------------------------------------------------------
def credit_limit_approval(
    actor: Actor, row: dict, old: dict | None, lookup: Lookup, policy: CreditPolicy | None = None
) -> str | None:
    """A credit-limit change that becomes ``approved`` must be decided by the pushing user, not on
    their own waiting proposal (a proposal approved at once is the proposer's own decision), and
    within the limits of their role (``core.credit_limits``); an approved or refused change is final."""
    status, before = row.get("status"), (old or {}).get("status")
    if before in ("approved", "refused"):
        keys = ("status", "old_limit_minor", "new_limit_minor", "customer_id", "decided_by")
        if any(row.get(k) != (old or {}).get(k) for k in keys):
            return "a decided credit-limit change cannot be changed"
        return None
    if status != "approved":
        return None
    policy = policy or CreditPolicy()
    if row.get("decided_by") != actor.user_id:
        return "a credit-limit approval must be decided by the signed-in user"
    if old is not None and row.get("proposed_by") == actor.user_id:
        return "nobody approves their own credit-limit proposal"
    if old is None and row.get("proposed_by") != actor.user_id:
        return "a credit-limit change approved when proposed must be the pushing user's own"
    if not policy.covers(actor.role, int(row.get("old_limit_minor") or 0), int(row.get("new_limit_minor") or 0)):
        return "this credit-limit change is above the signed-in user's approval limit"
    return None


def credit_limit_backed(actor: Actor, row: dict, old: dict | None, lookup: Lookup) -> str | None:
    """A customer's credit limit changes only through an approved credit-limit change for that
    customer to that limit (in the same push or already on the server)."""
    if old is None or row.get("credit_limit_minor") == old.get("credit_limit_minor"):
        return None
    pending = getattr(lookup, "pending", {}) or {}
    candidates = [r for (table, _), r in pending.items() if table == "credit_limit_changes"]
    candidates += list(lookup.rows("credit_limit_changes"))
    for change in candidates:
        if (
            change.get("customer_id") == row.get("id")
            and change.get("status") == "approved"
            and not change.get("deleted")
            and int(change.get("new_limit_minor") or 0) == int(row.get("credit_limit_minor") or 0)
        ):
            return None
    return "a credit limit changes only through an approved credit-limit change"


def own_activity_only(actor: Actor, row: dict, old: dict | None, lookup: Lookup) -> str | None:
    """reports14: an agent's console pushes that agent's state changes and call legs only."""
    if actor.role not in SUPERVISING and row.get("agent_id") not in (None, "", actor.user_id):
        return "agent activity may only be recorded for the signed-in user"
    return None


RULES: dict[str, list[Rule]] = {
    "users": [only_supervisors],
    "audit_log": [own_audit_only],
    "sync_conflicts": [supervisors_resolve_conflicts],
    "recovery_actions": [recovery_approval],
    "credit_limit_changes": [credit_limit_approval],  # intelorder
    "customers": [credit_limit_backed],  # intelorder
    "agent_state_changes": [own_activity_only],  # reports14
    "call_legs": [own_activity_only],  # reports14
}


def check(actor: Actor, table: str, row: dict, old: dict | None, lookup: Lookup) -> str | None:
    """The first refusal for this pushed row, or None when every rule allows it."""
    for rule in RULES.get(table, ()):
        reason = rule(actor, row, old, lookup)
        if reason:
            return reason
    return None
