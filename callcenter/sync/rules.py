"""What a role may write, enforced by the server on every pushed row.

Table-driven: ``RULES`` maps a table name to rule functions. A rule gets the
pushing device's ``Actor`` (the authenticated user: never a pushed name), the pushed
row (a plain dict, as on the wire), the server's current version of that row (or
None) and a ``Lookup`` onto the server's other rows, as they stand with the rows of
the same batch that were allowed before this one; it returns None to allow or a
``Refusal``: a reason in plain words that also carries a stable ``rule`` code. The
rules know nothing of the ORM, so they work for tables another branch adds.

Rules today:
- ``users``: admins write any user; supervisors write agents only; anyone changes their own
  password (``admin_writes``). ``user_skills`` follow the user; the reference data (skills,
  queues, reason and disposition codes, the site, complaint categories, complaint deadlines
  per severity, recovery approval limits) is for admins only.
- ``audit_log``: agents and trainers push audit rows for themselves only.
- ``sync_conflicts``: only supervisors and admins change a conflict record (resolve,
  delete, edit); nobody rewrites the two versions it keeps. A console may add a new,
  open record that it detected itself.
- ``recovery_actions`` (see ``recovery_approval``): who proposed is the user who first
  pushed the action (the server's stored version), who decided is the signed-in user;
  every new row and every change of amount, kind, case or status is judged against
  the approval limits in the server's own ``recovery_approval_limits`` rows over the
  product's defaults (``server_policy``; ``core.complaints.recovery.ApprovalPolicy``) with
  the case total counted over the server's rows and the batch's earlier rows.
  Roles map onto approval roles: agent -> agent, supervisor -> supervisor,
  admin -> manager; trainers approve nothing.
- ``credit_limit_changes``: a change that becomes ``approved`` needs ``decided_by`` to be the
  pushing user, not on their own waiting proposal, within their role's credit limits
  (``callcenter.core.credit_limits.CreditPolicy``); a decided change is final.
- ``forced_state_requests`` (``forced_state``): only a supervisor of the agent's team (from
  the server's users) or an admin asks; the agent's console applies; nobody rewrites the ask.
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
    RecoveryKind,
    RecoveryStatus,
    limits_from_rows,
)
from callcenter.core.credit_limits import CreditPolicy

APPROVAL_ROLE = {"agent": AGENT, "supervisor": SUPERVISOR, "admin": MANAGER}
SUPERVISING = frozenset({"supervisor", "admin"})

# Stable codes of the rules, sent with every refusal (``rule``) so a console can word it.
ROLE = "role"  # the user's role may not write this table or record
OWN_AUDIT = "own_audit"  # an audit record for someone else
PROPOSER = "proposer"  # a recovery action proposed in another user's name, or its proposer changed
DECIDER = "decider"  # an approval or refusal in another user's name, or its decider changed
OWN_PROPOSAL = "own_proposal"  # approving or refusing one's own proposal
APPROVAL_LIMIT = "approval_limit"  # an approval above the signed-in user's limits
NEEDS_APPROVAL = "needs_approval"  # proposed or executed beyond the proposer's limits without an approval
DECIDED = "decided"  # an approved or executed action changed afterwards (amount, kind, case)
ILLEGAL_STEP = "illegal_step"  # a status change the recovery workflow does not allow
INVALID = "invalid"  # a value the rule cannot judge (unknown kind, an amount that is not a number)
CONFLICT_RECORD = "conflict_record"  # a change to a sync conflict record's kept versions


class Refusal(str):
    """A refusal: the reason in plain words (the string) and its rule's code (``rule``)."""

    rule: str

    def __new__(cls, rule: str, reason: str) -> Refusal:
        self = super().__new__(cls, reason)
        self.rule = rule
        return self


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
        return Refusal(ROLE, "only a supervisor or an admin may change users")
    return None


def own_audit_only(actor: Actor, row: dict, old: dict | None, lookup: Lookup) -> str | None:
    if actor.role not in SUPERVISING and row.get("user_id") not in (None, actor.user_id):
        return Refusal(OWN_AUDIT, "an audit record may only be written for the signed-in user")
    return None


CONFLICT_EVIDENCE = ("table_name", "row_id", "winner_hlc", "loser_hlc", "winner", "loser")


def supervisors_resolve_conflicts(actor: Actor, row: dict, old: dict | None, lookup: Lookup) -> str | None:
    if old is None:
        # a new record: a console may report a conflict it detected itself, as an open one
        if actor.role in SUPERVISING:
            return None
        if row.get("deleted") or row.get("status", "open") != "open":
            return Refusal(ROLE, "only a supervisor or an admin may change a sync conflict record")
        return None
    if any(row.get(k) != old.get(k) for k in CONFLICT_EVIDENCE):
        return Refusal(CONFLICT_RECORD, "the versions a sync conflict record keeps cannot be changed")
    if actor.role not in SUPERVISING:
        if row.get("status") == "resolved" and old.get("status") != "resolved":
            return Refusal(ROLE, "only a supervisor or an admin may resolve a sync conflict")
        return Refusal(ROLE, "only a supervisor or an admin may change a sync conflict record")
    return None


_AGREED = frozenset(s.value for s in COUNTED_STATUSES) - {RecoveryStatus.PENDING_APPROVAL.value}
_MONEY_FACTS = ("amount_minor", "kind", "complaint_id", "currency")


def _amount(row: dict) -> int:
    value = row.get("amount_minor") or 0
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(value)
    return value


def _committed_total(lookup: Lookup, row: dict) -> int:
    """The case's other agreed actions (proposed, approved, executed) as the server holds
    them, with the batch's earlier allowed rows."""
    total = 0
    for r in lookup.rows("recovery_actions"):
        if (
            r.get("complaint_id") == row.get("complaint_id")
            and r.get("id") != row.get("id")
            and not r.get("deleted")
            and r.get("status") in _AGREED
        ):
            try:
                total += _amount(r)
            except ValueError:
                continue
    return total


def _role_of(lookup: Lookup, actor: Actor, user_id: str) -> str | None:
    """The approval role of a user, from the server's own users (the actor's from sign-in)."""
    if user_id == actor.user_id:
        return APPROVAL_ROLE.get(actor.role)
    user = lookup.row("users", user_id) or {}
    if user.get("deleted"):
        return None
    return APPROVAL_ROLE.get(str(user.get("role", "")))


LIMITS_TABLE = "recovery_approval_limits"


def server_policy(lookup: Lookup, currency: str = "USD") -> ApprovalPolicy:
    """The approval limits for cases in ``currency`` as the server holds them (admins alone
    write that table, below), laid over the product's defaults: never what the pushing
    console believes its limits are."""
    rows = []
    for r in lookup.rows(LIMITS_TABLE):
        if not r.get("deleted") and r.get("currency") == currency:
            rows.append((str(r.get("role", "")), str(r.get("kind", "")), r.get("amount_minor")))
    return ApprovalPolicy(currency=currency, limits=limits_from_rows(rows))  # type: ignore[arg-type]


def recovery_approval(
    actor: Actor, row: dict, old: dict | None, lookup: Lookup, policy: ApprovalPolicy | None = None
) -> str | None:
    """Approval limits whoever calls the API.

    The facts come from the server, not from the pushed row: the proposer is the user
    who first pushed the action (for a new action, the signed-in user); a new approval
    or refusal is the signed-in user's. An action is judged whenever it is new or its
    amount, kind, case or status changes:

    - ``proposed`` or ``executed`` without an approval: the proposer's limits must cover
      the amount and the case total;
    - ``approved``: only from ``pending_approval``, by someone other than the proposer,
      within the approver's limits;
    - ``executed`` after an approval: only with the approved amount, kind and case;
    - an approved or executed action keeps its amount, kind and case, and who decided.
    """
    status, before = row.get("status"), (old or {}).get("status")
    proposer = (old or {}).get("proposed_by") or actor.user_id
    if row.get("proposed_by") != proposer:
        if old is None:
            return Refusal(PROPOSER, "a recovery action must be proposed by the signed-in user")
        return Refusal(PROPOSER, "the proposer of a recovery action cannot change")
    if row.get("deleted") and not (old or {}).get("deleted"):
        if before in _AGREED and actor.role not in SUPERVISING:
            return Refusal(ROLE, "only a supervisor or an admin may delete an agreed recovery action")
        return None
    changed = old is None or any(row.get(k) != old.get(k) for k in _MONEY_FACTS)
    decider = (old or {}).get("decided_by")
    if not changed and status == before:
        if row.get("decided_by") not in (None, decider) and status in ("approved", "refused", "executed"):
            return Refusal(DECIDER, "who decided a recovery action cannot change")
        return None
    if before in ("approved", "executed") and changed:
        return Refusal(DECIDED, "an approved recovery action cannot change its amount, kind or case")
    if before in ("refused", "executed", "cancelled") and status != before:
        return Refusal(ILLEGAL_STEP, f"a recovery action that is {before} cannot become {status}")
    policy = policy or server_policy(lookup, str(row.get("currency") or "USD"))
    try:
        kind, amount = RecoveryKind(row.get("kind")).value, _amount(row)
    except ValueError:
        return Refusal(INVALID, "a recovery action needs a known kind and a whole amount in minor units")
    total = _committed_total(lookup, row) + amount
    if status in ("approved", "refused") and status != before:
        if before != "pending_approval":
            return Refusal(ILLEGAL_STEP, f"only an action waiting for approval can be {status}")
        if row.get("decided_by") != actor.user_id:
            return Refusal(DECIDER, "an approval must be decided by the signed-in user")
        if proposer == actor.user_id:
            return Refusal(OWN_PROPOSAL, "nobody approves their own proposal")
        if status == "refused":
            return None
        role = APPROVAL_ROLE.get(actor.role)
        if role is None or not policy.covers(role, kind, amount, total):
            return Refusal(APPROVAL_LIMIT, "this approval is above the signed-in user's approval limit")
        return None
    if status == "executed" and before == "approved":
        if row.get("decided_by") not in (None, decider):
            return Refusal(DECIDER, "who decided a recovery action cannot change")
        return None
    if status in ("proposed", "executed"):
        if row.get("decided_by") not in (None, decider):
            return Refusal(DECIDER, "an action that was never approved has nobody who decided it")
        role = _role_of(lookup, actor, proposer)
        if role is None or not policy.covers(role, kind, amount, total):
            return Refusal(NEEDS_APPROVAL, "this recovery action needs an approval before it is executed")
        return None
    if status == "pending_approval" or status == "cancelled":
        return None
    return Refusal(INVALID, f"not a recovery action status: {str(status)[:24]!r}")


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


# -- admin14: administration (users, their skills, the site's reference data) ----------------
REFERENCE_TABLES = (
    "skills",
    "queues",
    "reason_codes",
    "disposition_codes",
    "sites",
    "complaint_categories",
    "business_calendars",  # adminpol
    "holidays",  # adminpol
    "ring_wrap_policies",  # adminpol
    "complaint_deadlines",  # admincx
    LIMITS_TABLE,  # admincx: the server judges recovery actions against it (``server_policy``)
)
_OWN_PASSWORD = {"password_hash", "updated_at", "hlc", "origin"}


def admin_writes(actor: Actor, row: dict, old: dict | None, lookup: Lookup) -> str | None:
    """Users: admins write any; supervisors agents only (never make one more than an agent);
    anyone changes their own password and nothing else of their account. User skills follow
    their user. Reference data: admins only."""
    if actor.role == "admin":
        return None
    table = row.get("__table__")
    if table in REFERENCE_TABLES:
        return "only an admin may change reference data"
    if table == "user_skills":
        user = lookup.row("users", row.get("user_id") or "") or {}
        if actor.role == "supervisor" and user.get("role") == "agent":
            return None
        return "only an admin, or a supervisor for an agent, may change skills"
    if old is not None and row.get("id") == actor.user_id:
        changed = {k for k in set(row) | set(old) if k != "__table__" and row.get(k) != old.get(k)}
        if changed <= _OWN_PASSWORD:
            return None
    if actor.role not in SUPERVISING:
        return "only a supervisor or an admin may change users"
    if row.get("role") != "agent" or (old is not None and old.get("role") != "agent"):
        return "only an admin may change an account above agent"
    return None


def _admin_rule(table: str) -> Rule:
    def rule(actor: Actor, row: dict, old: dict | None, lookup: Lookup) -> str | None:
        return admin_writes(actor, {**row, "__table__": table}, old, lookup)

    rule.__name__ = f"admin_writes_{table}"
    return rule


def own_activity_only(actor: Actor, row: dict, old: dict | None, lookup: Lookup) -> str | None:
    """reports14: an agent's console pushes that agent's state changes and call legs only."""
    if actor.role not in SUPERVISING and row.get("agent_id") not in (None, "", actor.user_id):
        return "agent activity may only be recorded for the signed-in user"
    return None


# -- adminpol: a supervisor forcing an agent's state from another machine -------------------
TEAM = "team"  # the agent is not of the signed-in supervisor's team
FORCED_STATES = frozenset({"available", "not_ready", "logged_out"})
_FORCE_FACTS = ("agent_id", "requested_by", "state", "reason", "requested_at")
_AGENT_STEPS = {"pending": {"pending", "after_call", "applied"}, "after_call": {"after_call", "applied"}}


def supervises(lookup: Lookup, actor: Actor, agent_id: str) -> bool:
    """Whether the signed-in user may force this agent, from the server's own users: an
    admin anyone's; a supervisor an active agent of their own team (no team on both sides
    counts as the site's one team)."""
    agent = lookup.row("users", agent_id or "") or {}
    if not agent or agent.get("deleted"):
        return False
    if actor.role == "admin":
        return True
    if actor.role != "supervisor" or agent.get("role") != "agent":
        return False
    me = lookup.row("users", actor.user_id) or {}
    return str(me.get("team") or "") == str(agent.get("team") or "")


def forced_state(actor: Actor, row: dict, old: dict | None, lookup: Lookup) -> str | None:
    """``forced_state_requests``: a new request is the signed-in user's own, pending, for a
    state a supervisor may force, and for an agent they supervise (``supervises``). Who asked,
    for whom, what and when never change afterwards. The agent's own console moves it on
    (pending -> after_call -> applied); the requester's side (a supervisor of that agent,
    an admin) may cancel a request not yet applied."""
    if old is None:
        if row.get("requested_by") != actor.user_id:
            return Refusal(ROLE, "a forced state must be requested by the signed-in user")
        if actor.role not in SUPERVISING:
            return Refusal(ROLE, "only a supervisor or an admin may force an agent's state")
        if row.get("state") not in FORCED_STATES or row.get("status", "pending") != "pending":
            return Refusal(INVALID, "a new forced state is pending and is available, not ready or logged out")
        if not supervises(lookup, actor, str(row.get("agent_id") or "")):
            return Refusal(TEAM, "only a supervisor of the agent's team, or an admin, may force their state")
        return None
    if any(row.get(k) != old.get(k) for k in _FORCE_FACTS):
        return Refusal(ROLE, "who asked to force whose state, to what and when cannot change")
    before, after = old.get("status"), row.get("status")
    if actor.user_id == old.get("agent_id") and not row.get("deleted"):
        if after in _AGENT_STEPS.get(str(before), {before}):
            return None
        return Refusal(ILLEGAL_STEP, f"a forced state that is {before} cannot become {after}")
    if actor.role in SUPERVISING and supervises(lookup, actor, str(old.get("agent_id") or "")):
        if after == before or (after == "cancelled" and before in ("pending", "after_call")):
            return None
        return Refusal(ILLEGAL_STEP, f"a forced state that is {before} cannot become {after}")
    return Refusal(ROLE, "only the agent's console or their supervisor may change a forced state")


RULES: dict[str, list[Rule]] = {
    "users": [_admin_rule("users")],  # admin14: was only_supervisors
    "user_skills": [_admin_rule("user_skills")],
    **{t: [_admin_rule(t)] for t in REFERENCE_TABLES},
    "audit_log": [own_audit_only],
    "sync_conflicts": [supervisors_resolve_conflicts],
    "recovery_actions": [recovery_approval],
    "credit_limit_changes": [credit_limit_approval],  # intelorder
    "customers": [credit_limit_backed],  # intelorder
    "agent_state_changes": [own_activity_only],  # reports14
    "call_legs": [own_activity_only],  # reports14
    "forced_state_requests": [forced_state],  # adminpol
}


def check(actor: Actor, table: str, row: dict, old: dict | None, lookup: Lookup) -> str | None:
    """The first refusal for this pushed row, or None when every rule allows it."""
    for rule in RULES.get(table, ()):
        reason = rule(actor, row, old, lookup)
        if reason:
            return reason
    return None


def rule_of(reason: str) -> str:
    """The rule code of a refusal (``role`` for a plain-text reason of an older rule)."""
    return getattr(reason, "rule", ROLE)
