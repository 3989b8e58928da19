"""What the screen pop shows, as plain data (no SQL, no Qt).

``store.screenpop`` fills these from the database; ``gui`` paints them. Warnings
are derived here so that every view of a customer agrees on them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

from callcenter.core.analytics.reasons import Reason
from callcenter.core.phones import PhoneResult


class PopStatus(str, enum.Enum):
    MATCHED = "matched"  # one customer
    MULTIPLE = "multiple"  # a shared number: the agent chooses
    UNKNOWN = "unknown"  # a valid number we do not know: quick-create
    WITHHELD = "withheld"  # no number: quick-create without one
    INVALID = "invalid"  # a malformed number: say so, the call still works


class PopWarning(str, enum.Enum):
    """A chip on the screen pop that the agent must see before hello."""

    VIP = "vip"
    CREDIT_LIMIT = "credit_limit"
    CHURN_RISK = "churn_risk"
    DO_NOT_CALL = "do_not_call"
    OPEN_COMPLAINT = "open_complaint"
    SENSITIVE = "sensitive"  # the record holds masked sensitive data


CHURN_WARNING_AT = 70  # churn-risk score (0..100) from which agents are warned
CREDIT_WARNING_RATIO = 0.95  # balance at or above this share of the limit


@dataclass(frozen=True)
class PhoneView:
    kind: str
    display: str
    e164: str | None
    is_primary: bool


@dataclass(frozen=True)
class AddressView:
    kind: str
    text: str


@dataclass(frozen=True)
class InteractionView:
    offered_at: datetime
    direction: str
    outcome: str
    agent: str
    disposition: str
    notes: str
    duration_s: int


@dataclass(frozen=True)
class OrderView:
    order_no: str
    ordered_at: datetime
    status: str
    total_minor: int
    currency: str
    items: str


@dataclass(frozen=True)
class ComplaintView:
    case_no: str
    summary: str
    state: str
    severity: str
    resolve_due_at: datetime | None  # the deadline that applies now (acknowledge while received)
    overdue: bool
    complaint_id: str = ""
    deadline: str = ""  # on_track | at_risk | breached
    escalation_level: int = 0


@dataclass(frozen=True)
class CustomerView:
    customer_id: str
    account_no: str
    display_name: str
    kind: str
    company_name: str
    preferred_language: str
    tier: str
    vip: bool
    value_score: int
    currency: str
    credit_limit_minor: int
    balance_minor: int
    churn_risk: int
    do_not_call: bool
    consent_marketing: bool
    id_number: str  # already masked unless the viewer may see it
    card_number: str  # already masked unless the viewer may see it
    customer_since: datetime | None
    phones: list[PhoneView] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    addresses: list[AddressView] = field(default_factory=list)
    interactions: list[InteractionView] = field(default_factory=list)
    orders: list[OrderView] = field(default_factory=list)
    order_count: int = 0
    spend_12m_minor: int = 0
    usual_items: list[str] = field(default_factory=list)
    complaints: list[ComplaintView] = field(default_factory=list)
    notes: list[tuple[str, bool]] = field(default_factory=list)  # (text or mask, private)
    masked: bool = True
    # computed figures (customer_metrics) and why they are what they are
    segment: str = ""
    credit_rating: str = ""
    churn_source: str = ""  # model | rule: which churn score is in use
    next_step: str = ""  # retention_call for a valuable customer at high risk
    retention_due_at: datetime | None = None  # the earliest retention call scheduled for this customer
    retention_owner: str = ""  # the agent who is to make it
    value_reasons: list[Reason] = field(default_factory=list)
    churn_reasons: list[Reason] = field(default_factory=list)
    credit_reasons: list[Reason] = field(default_factory=list)

    @property
    def warnings(self) -> list[PopWarning]:
        return derive_warnings(self)


def derive_warnings(v: CustomerView) -> list[PopWarning]:
    out: list[PopWarning] = []
    if v.vip or v.tier == "platinum":
        out.append(PopWarning.VIP)
    if v.credit_limit_minor > 0 and v.balance_minor >= v.credit_limit_minor * CREDIT_WARNING_RATIO:
        out.append(PopWarning.CREDIT_LIMIT)
    if v.churn_risk >= CHURN_WARNING_AT:
        out.append(PopWarning.CHURN_RISK)
    if v.do_not_call:
        out.append(PopWarning.DO_NOT_CALL)
    if v.complaints:
        out.append(PopWarning.OPEN_COMPLAINT)
    if v.masked and (v.id_number or v.card_number or any(private for _, private in v.notes)):
        out.append(PopWarning.SENSITIVE)
    return out


@dataclass(frozen=True)
class Candidate:
    customer_id: str
    display_name: str
    account_no: str
    tier: str
    phone_kind: str


@dataclass(frozen=True)
class ScreenPop:
    status: PopStatus
    phone: PhoneResult
    view: CustomerView | None = None
    candidates: list[Candidate] = field(default_factory=list)
