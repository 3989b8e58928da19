"""Credit-limit changes: proposed, approved or refused by role within limits.

The same pattern as recovery approvals (``core.complaints.recovery``):

    proposed          (never stored: a proposal becomes one of the two below)
    approved          within the proposer's limits (applied at once, decided by the proposer),
                      or approved by someone else whose limits cover it (applied then)
    pending_approval  over the proposer's limits: waits for an approver
    refused           refused by an approver (final)

Limits per approval role (agent, supervisor, manager), in minor units of the customer's
currency: the largest *increase* a role may grant (new limit - old limit) and the largest
*limit* it may set. Lowering a limit is within every role's limits (it only reduces risk).
Nobody approves their own pending proposal. A change no role could ever approve is refused
up front. Roles map as for recovery: agent -> agent, supervisor -> supervisor, admin ->
manager; trainers have no limits.

Refusals: ``CreditChangeOverLimit`` (an ``OverLimit``: ``limit`` and ``amount`` as ``Money``,
``scope`` "increase" or "limit", ``step`` propose|approve, ``role``), ``CreditChangeNotPermitted``
(a ``NotPermitted``: own proposal, a role without limits), ``IllegalCreditStep`` (an
``IllegalStep``: deciding a change that is not waiting), ``Invalid`` for a negative limit, an
unchanged limit or no reason.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from callcenter.core.errors import IllegalStep, Invalid, NotPermitted, OverLimit
from callcenter.core.money import Money

AGENT, SUPERVISOR, MANAGER = "agent", "supervisor", "manager"
APPROVAL_ROLE = MappingProxyType({"agent": AGENT, "supervisor": SUPERVISOR, "admin": MANAGER})


class CreditChangeStatus(str, enum.Enum):
    APPROVED = "approved"
    PENDING_APPROVAL = "pending_approval"
    REFUSED = "refused"


@dataclass(frozen=True)
class CreditRoleLimits:
    max_increase: int  # minor units
    max_limit: int  # minor units


DEFAULT_CREDIT_LIMITS: Mapping[str, CreditRoleLimits] = MappingProxyType(
    {
        AGENT: CreditRoleLimits(max_increase=50_000, max_limit=200_000),  # 500.00 up, to 2,000.00
        SUPERVISOR: CreditRoleLimits(max_increase=500_000, max_limit=2_000_000),
        MANAGER: CreditRoleLimits(max_increase=5_000_000, max_limit=20_000_000),
    }
)


class CreditChangeOverLimit(OverLimit):
    code = "credit_change_over_limit"

    def english(self) -> str:
        p = self.params
        what = "raise a credit limit by" if p.get("scope") == "increase" else "set a credit limit of"
        if p.get("step") == "propose":
            return f"nobody may {what} {p['amount'].format()}: it is over every approver's limit"
        role = str(p.get("role", ""))
        return f"a {role} cannot {what} {p['amount'].format()}: the {role}'s limit is {p['limit'].format()}"


class CreditChangeNotPermitted(NotPermitted):
    code = "credit_change_not_permitted"

    def english(self) -> str:
        if self.params.get("action") == "decide_own_proposal":
            return "you cannot approve your own credit-limit proposal; another approver must do it"
        return f"the role {self.params.get('role')!r} may not change credit limits"


class IllegalCreditStep(IllegalStep):
    code = "illegal_credit_step"

    def english(self) -> str:
        return f"only a change waiting for approval can be decided; this one is {self.params.get('state')}"


def approval_role(role: str) -> str | None:
    return APPROVAL_ROLE.get(str(getattr(role, "value", role)))


@dataclass
class CreditPolicy:
    limits: Mapping[str, CreditRoleLimits] = field(default_factory=lambda: dict(DEFAULT_CREDIT_LIMITS))

    def role_limits(self, role: str) -> CreditRoleLimits | None:
        key = approval_role(role)
        return self.limits.get(key) if key else None

    def covers(self, role: str, old_minor: int, new_minor: int) -> bool:
        lim = self.role_limits(role)
        if lim is None:
            return False
        if new_minor <= old_minor:
            return True
        return new_minor - old_minor <= lim.max_increase and new_minor <= lim.max_limit

    def anyone_covers(self, old_minor: int, new_minor: int) -> bool:
        return any(self.covers(r, old_minor, new_minor) for r in ("agent", "supervisor", "admin"))

    def over_limit(
        self, role: str | None, old_minor: int, new_minor: int, currency: str, step: str
    ) -> CreditChangeOverLimit:
        lims = [self.role_limits(role)] if role is not None else list(self.limits.values())
        present = [lim for lim in lims if lim is not None]
        max_increase = max((lim.max_increase for lim in present), default=0)
        max_limit = max((lim.max_limit for lim in present), default=0)
        who = approval_role(role) or "" if role is not None else ""
        if new_minor - old_minor > max_increase:
            return CreditChangeOverLimit(
                Money(max_increase, currency), Money(new_minor - old_minor, currency), "increase", step=step, role=who
            )
        return CreditChangeOverLimit(
            Money(max_limit, currency), Money(new_minor, currency), "limit", step=step, role=who
        )


@dataclass(frozen=True)
class Proposal:
    status: CreditChangeStatus
    decided_by: str | None


def propose(
    policy: CreditPolicy, proposer_id: str, role: str, old_minor: int, new_minor: int, currency: str, reason: str
) -> Proposal:
    """What a proposal becomes: approved at once within the proposer's limits, else waiting."""
    fields: dict[str, str] = {}
    if isinstance(new_minor, bool) or not isinstance(new_minor, int) or new_minor < 0:
        fields["limit"] = "not_negative"
    elif new_minor == old_minor:
        fields["limit"] = "unchanged"
    if not reason.strip():
        fields["reason"] = "required"
    if fields:
        raise Invalid(fields)
    if policy.role_limits(role) is None:
        raise CreditChangeNotPermitted("change_credit_limit", str(getattr(role, "value", role)))
    if not policy.anyone_covers(old_minor, new_minor):
        raise policy.over_limit(None, old_minor, new_minor, currency, "propose")
    if policy.covers(role, old_minor, new_minor):
        return Proposal(CreditChangeStatus.APPROVED, proposer_id)
    return Proposal(CreditChangeStatus.PENDING_APPROVAL, None)


def check_decision(
    policy: CreditPolicy,
    approver_id: str,
    role: str,
    status: str,
    proposed_by: str,
    old_minor: int,
    new_minor: int,
    currency: str,
    approve: bool,
) -> None:
    """Raises unless ``approver_id`` (``role``) may approve (or refuse) this waiting change."""
    if status != CreditChangeStatus.PENDING_APPROVAL.value:
        raise IllegalCreditStep("approve_credit" if approve else "refuse_credit", status)
    if policy.role_limits(role) is None:
        raise CreditChangeNotPermitted("decide_credit_limit", str(getattr(role, "value", role)))
    if proposed_by == approver_id:
        raise CreditChangeNotPermitted("decide_own_proposal", str(getattr(role, "value", role)))
    if approve and not policy.covers(role, old_minor, new_minor):
        raise policy.over_limit(role, old_minor, new_minor, currency, "approve")


def parse_amount(text: str, currency: str) -> int:
    """'1,500.50' -> 150050 minor units (in ``currency``'s digits); ``Invalid(fields={"limit":
    "not_a_number"})`` for anything else (negative, too many decimals)."""
    from decimal import Decimal, InvalidOperation

    from callcenter.core.money import minor_digits

    clean = text.strip().replace(",", "").replace(" ", "")
    for symbol in ("¥", "$", "£", "€", "HK", "S", currency):
        clean = clean.removeprefix(symbol)
    digits = minor_digits(currency)
    try:
        value = Decimal(clean)
    except InvalidOperation:
        raise Invalid({"limit": "not_a_number"}) from None
    scaled = value * (10**digits)
    if not value.is_finite() or value < 0 or scaled != scaled.to_integral_value():
        raise Invalid({"limit": "not_a_number"})
    return int(scaled)
