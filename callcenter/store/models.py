"""SQLAlchemy 2 models.

Every synced table carries the same bookkeeping (``SyncMixin``): a UUIDv7 id,
UTC created/updated times, the hybrid-logical-clock stamp of its last change,
the device it came from, and a tombstone flag. ``store.db`` stamps these and
appends to ``change_log`` inside the same transaction as the change.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator):
    """Aware datetimes in, aware UTC datetimes out; stored as UTC text."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; the store keeps UTC only")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class SyncMixin:
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    hlc: Mapped[str] = mapped_column(String(64), default="")
    origin: Mapped[str] = mapped_column(String(64), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


# Append-only tables merge by union when synced; the rest by last writer wins.
APPEND_ONLY_TABLES = frozenset({"audit_log", "interaction_events", "complaint_events"})


class LocalMeta(Base):
    """Per-file settings that never sync: device id, sync cursors."""

    __tablename__ = "local_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ChangeLog(Base):
    """What sync ships: one row per change, in commit order."""

    __tablename__ = "change_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))  # insert | update | delete
    hlc: Mapped[str] = mapped_column(String(64))
    pushed: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (Index("ix_change_log_pushed", "pushed", "seq"),)


# -- people and organisation ------------------------------------------------
class User(SyncMixin, Base):
    __tablename__ = "users"
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(128))
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[str] = mapped_column(String(16))  # agent | supervisor | trainer | admin
    language: Mapped[str] = mapped_column(String(8), default="en")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    team: Mapped[str] = mapped_column(String(64), default="", server_default=text("''"))  # admin14


class Skill(SyncMixin, Base):
    __tablename__ = "skills"
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name_en: Mapped[str] = mapped_column(String(128))
    name_zh: Mapped[str] = mapped_column(String(128))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")  # admin14


class UserSkill(SyncMixin, Base):
    __tablename__ = "user_skills"
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    skill_id: Mapped[str] = mapped_column(ForeignKey("skills.id"))
    level: Mapped[int] = mapped_column(Integer, default=1)  # 1 (basic) .. 5 (expert)


class Queue(SyncMixin, Base):
    __tablename__ = "queues"
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name_en: Mapped[str] = mapped_column(String(128))
    name_zh: Mapped[str] = mapped_column(String(128))
    skill_id: Mapped[str | None] = mapped_column(ForeignKey("skills.id"))
    priority: Mapped[int] = mapped_column(Integer, default=1)
    service_level_target: Mapped[int] = mapped_column(Integer, default=80)  # percent
    service_level_seconds: Mapped[int] = mapped_column(Integer, default=20)
    # admin14: alarm thresholds, overflow, retired queues (never deleted: calls refer to them)
    alarm_wait_seconds: Mapped[int] = mapped_column(Integer, default=60, server_default="60")
    alarm_waiting_calls: Mapped[int] = mapped_column(Integer, default=10, server_default="10")
    overflow_queue_id: Mapped[str | None] = mapped_column(String(36))
    overflow_after_seconds: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # 0: never
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    calendar_id: Mapped[str | None] = mapped_column(String(36))  # adminpol: its business calendar


class ReasonCode(SyncMixin, Base):
    """Not-ready reason codes."""

    __tablename__ = "reason_codes"
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name_en: Mapped[str] = mapped_column(String(128))
    name_zh: Mapped[str] = mapped_column(String(128))
    paid: Mapped[bool] = mapped_column(Boolean, default=True)
    selectable: Mapped[bool] = mapped_column(Boolean, default=True)  # False: set by the system
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")  # admin14


class DispositionCode(SyncMixin, Base):
    """Call outcomes as a tree (parent_id)."""

    __tablename__ = "disposition_codes"
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("disposition_codes.id"))
    code: Mapped[str] = mapped_column(String(48), unique=True)
    name_en: Mapped[str] = mapped_column(String(128))
    name_zh: Mapped[str] = mapped_column(String(128))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")  # admin14


# -- customers ----------------------------------------------------------------
class Customer(SyncMixin, Base):
    __tablename__ = "customers"
    account_no: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[str] = mapped_column(String(8), default="person")  # person | company
    company_id: Mapped[str | None] = mapped_column(ForeignKey("customers.id"), index=True)
    given_name: Mapped[str] = mapped_column(String(128), default="")
    family_name: Mapped[str] = mapped_column(String(128), default="")
    company_name: Mapped[str] = mapped_column(String(256), default="")
    display_name: Mapped[str] = mapped_column(String(256))
    preferred_language: Mapped[str] = mapped_column(String(8), default="en")
    tier: Mapped[str] = mapped_column(String(16), default="bronze")  # platinum|gold|silver|bronze
    vip: Mapped[bool] = mapped_column(Boolean, default=False)
    value_score: Mapped[int] = mapped_column(Integer, default=0)  # 0..100
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    credit_limit_minor: Mapped[int] = mapped_column(Integer, default=0)
    balance_minor: Mapped[int] = mapped_column(Integer, default=0)
    churn_risk: Mapped[int] = mapped_column(Integer, default=0)  # 0..100
    do_not_call: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_marketing: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_recording: Mapped[bool] = mapped_column(Boolean, default=True)
    id_number: Mapped[str] = mapped_column(String(64), default="")  # sensitive
    card_number: Mapped[str] = mapped_column(String(32), default="")  # sensitive
    customer_since: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Phone(SyncMixin, Base):
    __tablename__ = "phones"
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8), default="mobile")  # mobile|home|work|fax
    raw: Mapped[str] = mapped_column(String(64))
    e164: Mapped[str | None] = mapped_column(String(20), index=True)
    extension: Mapped[str | None] = mapped_column(String(8))
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)


class Email(SyncMixin, Base):
    __tablename__ = "emails"
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    address: Mapped[str] = mapped_column(String(254))
    kind: Mapped[str] = mapped_column(String(8), default="personal")


class Address(SyncMixin, Base):
    __tablename__ = "addresses"
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12), default="home")  # home|billing|delivery|office
    line1: Mapped[str] = mapped_column(String(256))
    line2: Mapped[str] = mapped_column(String(256), default="")
    city: Mapped[str] = mapped_column(String(128))
    region: Mapped[str] = mapped_column(String(128), default="")
    postcode: Mapped[str] = mapped_column(String(16), default="")
    country: Mapped[str] = mapped_column(String(2))


class CustomerNote(SyncMixin, Base):
    __tablename__ = "customer_notes"
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    text: Mapped[str] = mapped_column(Text)
    private: Mapped[bool] = mapped_column(Boolean, default=False)  # masked unless the role allows


class Order(SyncMixin, Base):
    __tablename__ = "orders"
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"))
    order_no: Mapped[str] = mapped_column(String(32), unique=True)
    ordered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(16), default="delivered")
    channel: Mapped[str] = mapped_column(String(16), default="web")
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    total_minor: Mapped[int] = mapped_column(Integer, default=0)
    # intelorder: an order taken on the call
    payment_method: Mapped[str] = mapped_column(String(8), default="", server_default=text("''"))
    delivery_address: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    delivery_eta: Mapped[datetime | None] = mapped_column(UTCDateTime)
    interaction_id: Mapped[str | None] = mapped_column(String(36))
    taken_by: Mapped[str | None] = mapped_column(String(36))
    __table_args__ = (Index("ix_orders_customer_time", "customer_id", "ordered_at"),)


class OrderLine(SyncMixin, Base):
    __tablename__ = "order_lines"
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id"), index=True)
    sku: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(String(256))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price_minor: Mapped[int] = mapped_column(Integer)
    amount_minor: Mapped[int] = mapped_column(Integer)


# -- calls --------------------------------------------------------------------
class Interaction(SyncMixin, Base):
    """One call, inbound or outbound, from offer to end of wrap-up."""

    __tablename__ = "interactions"
    customer_id: Mapped[str | None] = mapped_column(ForeignKey("customers.id"))
    direction: Mapped[str] = mapped_column(String(8), default="inbound")
    channel: Mapped[str] = mapped_column(String(8), default="voice")
    ani_raw: Mapped[str] = mapped_column(String(64), default="")
    ani_e164: Mapped[str | None] = mapped_column(String(20))
    queue_id: Mapped[str | None] = mapped_column(ForeignKey("queues.id"))
    agent_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    offered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    wrap_ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    hold_seconds: Mapped[int] = mapped_column(Integer, default=0)
    hold_count: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str] = mapped_column(String(16), default="completed")
    disposition_id: Mapped[str | None] = mapped_column(ForeignKey("disposition_codes.id"))
    transferred_to: Mapped[str] = mapped_column(String(64), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    survey_csat: Mapped[int | None] = mapped_column(Integer)  # post-call survey, 1-5
    __table_args__ = (
        Index("ix_interactions_customer_time", "customer_id", "offered_at"),
        Index("ix_interactions_agent_time", "agent_id", "offered_at"),
    )


class Complaint(SyncMixin, Base):
    """A complaint case; the complaints capability adds its workflow."""

    __tablename__ = "complaints"
    case_no: Mapped[str] = mapped_column(String(32), unique=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    interaction_id: Mapped[str | None] = mapped_column(ForeignKey("interactions.id"))
    order_id: Mapped[str | None] = mapped_column(ForeignKey("orders.id"))
    channel: Mapped[str] = mapped_column(String(16), default="phone")
    category: Mapped[str] = mapped_column(String(48))
    severity: Mapped[str] = mapped_column(String(8), default="medium")  # low|medium|high|critical
    state: Mapped[str] = mapped_column(String(24), default="received")
    summary: Mapped[str] = mapped_column(String(256))
    customer_words: Mapped[str] = mapped_column(Text, default="")
    desired_outcome: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    acknowledge_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolve_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The workflow's current projection; complaint_events is the full history.
    team: Mapped[str] = mapped_column(String(64), default="", server_default=text("''"))
    escalation_level: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    needs_supervisor: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    resolve_window_start: Mapped[datetime | None] = mapped_column(UTCDateTime)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    root_cause: Mapped[str] = mapped_column(String(64), default="", server_default=text("''"))
    resolution: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    reopen_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    survey_csat: Mapped[int | None] = mapped_column(Integer)
    survey_buy_again: Mapped[bool | None] = mapped_column(Boolean)
    breaches: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))  # flagged deadline keys, JSON
    __table_args__ = (Index("ix_complaints_state_due", "state", "resolve_due_at"),)


class ComplaintEvent(SyncMixin, Base):
    """One line of a case's timeline: workflow steps, recovery steps, callbacks. Append-only."""

    __tablename__ = "complaint_events"
    complaint_id: Mapped[str] = mapped_column(ForeignKey("complaints.id"))
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor_id: Mapped[str] = mapped_column(String(36))  # a user id, or "system"
    kind: Mapped[str] = mapped_column(String(12), default="case")  # case | recovery | callback
    action: Mapped[str] = mapped_column(String(32))
    from_state: Mapped[str] = mapped_column(String(24), default="")
    to_state: Mapped[str] = mapped_column(String(24), default="")
    ref_id: Mapped[str | None] = mapped_column(String(36))  # the recovery action or callback
    comment: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[str] = mapped_column(Text, default="")  # JSON
    __table_args__ = (Index("ix_complaint_events_case", "complaint_id", "seq"),)


class RecoveryActionRow(SyncMixin, Base):
    __tablename__ = "recovery_actions"
    complaint_id: Mapped[str] = mapped_column(ForeignKey("complaints.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    amount_minor: Mapped[int] = mapped_column(Integer, default=0)
    currency: Mapped[str] = mapped_column(String(3))
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16))
    proposed_by: Mapped[str] = mapped_column(String(36))
    proposed_role: Mapped[str] = mapped_column(String(16))
    proposed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    decided_by: Mapped[str | None] = mapped_column(String(36))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    __table_args__ = (Index("ix_recovery_actions_status", "status"),)


class FollowUpCallbackRow(SyncMixin, Base):
    __tablename__ = "follow_up_callbacks"
    complaint_id: Mapped[str] = mapped_column(ForeignKey("complaints.id"), index=True)
    owner_id: Mapped[str] = mapped_column(String(36))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(12), default="scheduled")
    scheduled_by: Mapped[str] = mapped_column(String(36))
    scheduled_at: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    finished_by: Mapped[str | None] = mapped_column(String(36))
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    outcome: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (Index("ix_callbacks_owner_due", "owner_id", "status", "due_at"),)


class ComplaintDraft(Base):
    """A complaint being typed, saved as it is typed. Local to this device; never synced."""

    __tablename__ = "complaint_drafts"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)  # user id + customer id
    user_id: Mapped[str] = mapped_column(String(36))
    customer_id: Mapped[str] = mapped_column(String(36), default="")
    payload: Mapped[str] = mapped_column(Text)  # JSON of the form's fields
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AuditLog(SyncMixin, Base):
    """Who viewed or changed which record. Append-only."""

    __tablename__ = "audit_log"
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(24))  # view | create | update | reveal | login ...
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str | None] = mapped_column(String(36))
    detail: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)


# -- training (role-play sessions and their rubric scores; synced to the central server) ------
class TrainingSession(SyncMixin, Base):
    """One role-play session: who, which scenario, the score and the full report (JSON)."""

    __tablename__ = "training_sessions"
    trainee_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    trainee_name: Mapped[str] = mapped_column(String(128))
    trainer_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    scenario_id: Mapped[str] = mapped_column(String(64))
    scenario_version: Mapped[int] = mapped_column(Integer, default=1)
    language: Mapped[str] = mapped_column(String(8), default="en")
    mode: Mapped[str] = mapped_column(String(16), default="practice")  # practice | easy | live
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    total: Mapped[float] = mapped_column(Float, default=0.0)  # 0..100
    passed: Mapped[bool] = mapped_column(Boolean, default=False)
    outcome: Mapped[str] = mapped_column(String(24), default="")
    report: Mapped[str] = mapped_column(Text, default="{}")  # JSON: steps, metrics, timeline
    trainer_notes: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (Index("ix_training_sessions_trainee_time", "trainee_id", "started_at"),)


class TrainingScore(SyncMixin, Base):
    """One rubric step of a session, with its evidence: the dashboard's per-skill figures."""

    __tablename__ = "training_scores"
    session_id: Mapped[str] = mapped_column(ForeignKey("training_sessions.id"), index=True)
    step_id: Mapped[str] = mapped_column(String(64))
    skill: Mapped[str] = mapped_column(String(32))
    weight: Mapped[float] = mapped_column(Float)
    earned: Mapped[float] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(24))
    evidence: Mapped[str] = mapped_column(Text, default="")
    at_seconds: Mapped[float | None] = mapped_column(Float)


# -- sync ----------------------------------------------------------------------
class SyncConflict(SyncMixin, Base):
    """A concurrent edit that lost the merge (or a version someone must look at).

    Written by the server (or by a console that notices it while pulling) and synced
    like any row, so a supervisor on any console sees it and resolves it by picking a
    version. ``winner`` and ``loser`` are the two row versions as JSON objects.
    """

    __tablename__ = "sync_conflicts"
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    winner_hlc: Mapped[str] = mapped_column(String(64))
    loser_hlc: Mapped[str] = mapped_column(String(64))
    winner: Mapped[str] = mapped_column(Text)  # JSON object
    loser: Mapped[str] = mapped_column(Text)  # JSON object
    detected_by: Mapped[str] = mapped_column(String(64), default="")  # "server" or a device id
    status: Mapped[str] = mapped_column(String(12), default="open")  # open | resolved
    resolution: Mapped[str] = mapped_column(String(12), default="")  # kept_winner | took_loser
    resolved_by: Mapped[str | None] = mapped_column(String(36))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


# -- intelorder: product catalogue, satisfaction surveys, credit-limit changes ----------------
class Product(SyncMixin, Base):
    """One catalogue item in one currency (the same sku may be sold in several currencies)."""

    __tablename__ = "products"
    sku: Mapped[str] = mapped_column(String(32))
    name_en: Mapped[str] = mapped_column(String(256))
    name_zh: Mapped[str] = mapped_column(String(256), default="")
    price_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    options: Mapped[str] = mapped_column(Text, default="")  # JSON list of option names
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    __table_args__ = (Index("ix_products_sku_currency", "sku", "currency", unique=True),)


class Survey(SyncMixin, Base):
    """One answer of a customer: CSAT (1-5) after a call, or NPS (0-10)."""

    __tablename__ = "surveys"
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"))
    interaction_id: Mapped[str | None] = mapped_column(String(36))
    agent_id: Mapped[str | None] = mapped_column(String(36))
    queue_id: Mapped[str | None] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(8))  # csat | nps
    score: Mapped[int] = mapped_column(Integer)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    __table_args__ = (
        Index("ix_surveys_customer_kind_time", "customer_id", "kind", "answered_at"),
        Index("ix_surveys_kind_time", "kind", "answered_at"),
    )


class CreditLimitChange(SyncMixin, Base):
    """A proposed change of a customer's credit limit and its decision."""

    __tablename__ = "credit_limit_changes"
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    currency: Mapped[str] = mapped_column(String(3))
    old_limit_minor: Mapped[int] = mapped_column(Integer)
    new_limit_minor: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16))  # approved | pending_approval | refused
    proposed_by: Mapped[str] = mapped_column(String(36))
    proposed_role: Mapped[str] = mapped_column(String(16))
    proposed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    decided_by: Mapped[str | None] = mapped_column(String(36))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    comment: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (Index("ix_credit_limit_changes_status", "status"),)


# -- intelcalc: invoices and payments (synced), computed customer figures (local) ----
class Invoice(SyncMixin, Base):
    """What a customer owes and by when; ``paid_at`` is the day it was paid in full."""

    __tablename__ = "invoices"
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"))
    invoice_no: Mapped[str] = mapped_column(String(32), unique=True)
    order_id: Mapped[str | None] = mapped_column(ForeignKey("orders.id"))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    amount_minor: Mapped[int] = mapped_column(Integer)
    paid_minor: Mapped[int] = mapped_column(Integer, default=0)
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(12), default="open")  # open | paid | void
    __table_args__ = (Index("ix_invoices_customer_due", "customer_id", "due_at"),)


class Payment(SyncMixin, Base):
    __tablename__ = "payments"
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    invoice_id: Mapped[str | None] = mapped_column(ForeignKey("invoices.id"), index=True)
    paid_at: Mapped[datetime] = mapped_column(UTCDateTime)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    amount_minor: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(16), default="transfer")  # cash | card | account | transfer


class RetentionCall(SyncMixin, Base):
    """A call a supervisor assigns to an agent to keep a valuable customer at risk of leaving."""

    __tablename__ = "retention_calls"
    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    owner_id: Mapped[str] = mapped_column(String(36))  # the agent who makes the call
    assigned_by: Mapped[str] = mapped_column(String(36))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(12), default="scheduled")  # scheduled | done | cancelled
    churn_risk: Mapped[int] = mapped_column(Integer, default=0)  # the risk when it was assigned
    note: Mapped[str] = mapped_column(Text, default="")


class CustomerMetrics(Base):
    """Figures computed from the synced inputs (orders, invoices, complaints, calls, surveys).

    Local to each console, never synced: every console derives the same figures from the
    same synced rows, and syncing a million rewritten rows on every recompute would swamp
    the change log and make figures conflict. The inputs of each figure are kept beside it,
    so the pop and the Customers window can say why (``core.analytics`` words them).
    """

    __tablename__ = "customer_metrics"
    customer_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # RFM, value, tier
    recency_days: Mapped[int | None] = mapped_column(Integer)  # None: never ordered
    orders: Mapped[int] = mapped_column(Integer, default=0)  # distinct order days
    usual_gap_days: Mapped[float] = mapped_column(Float, default=0.0)
    spend_12m_minor: Mapped[int] = mapped_column(Integer, default=0)  # in the customer's currency
    spend_90_minor: Mapped[int] = mapped_column(Integer, default=0)
    spend_prev_90_minor: Mapped[int] = mapped_column(Integer, default=0)
    rfm_r: Mapped[int] = mapped_column(Integer, default=0)
    rfm_f: Mapped[int] = mapped_column(Integer, default=0)
    rfm_m: Mapped[int] = mapped_column(Integer, default=0)
    segment: Mapped[str] = mapped_column(String(20), default="none")
    tier: Mapped[str] = mapped_column(String(16), default="bronze")
    top_share: Mapped[float] = mapped_column(Float, default=1.0)
    value_score: Mapped[int] = mapped_column(Integer, default=0)
    clv_minor: Mapped[int] = mapped_column(Integer, default=0)
    expected_12m: Mapped[float] = mapped_column(Float, default=0.0)
    p_alive: Mapped[float] = mapped_column(Float, default=0.0)
    # churn and its inputs
    churn_risk: Mapped[int] = mapped_column(Integer, default=0)
    churn_source: Mapped[str] = mapped_column(String(16), default="rule")  # model | rule
    complaints_90: Mapped[int] = mapped_column(Integer, default=0)
    breached_90: Mapped[int] = mapped_column(Integer, default=0)
    open_complaints: Mapped[int] = mapped_column(Integer, default=0)
    calls_30: Mapped[int] = mapped_column(Integer, default=0)
    repeat_calls_30: Mapped[int] = mapped_column(Integer, default=0)
    csat_last: Mapped[int | None] = mapped_column(Integer)
    nps_last: Mapped[int | None] = mapped_column(Integer)
    tenure_days: Mapped[int] = mapped_column(Integer, default=0)
    # credit and its inputs
    credit_rating: Mapped[str] = mapped_column(String(1), default="C")
    credit_points: Mapped[int] = mapped_column(Integer, default=0)
    invoices_due: Mapped[int] = mapped_column(Integer, default=0)
    paid_on_time: Mapped[int] = mapped_column(Integer, default=0)
    overdue_now: Mapped[int] = mapped_column(Integer, default=0)
    worst_overdue_days: Mapped[int] = mapped_column(Integer, default=0)
    next_step: Mapped[str] = mapped_column(String(24), default="")  # retention_call | ""
    __table_args__ = (
        Index("ix_customer_metrics_risk", "churn_risk"),
        Index("ix_customer_metrics_segment", "segment"),
    )


class AnalyticsModel(Base):
    """Fitted models (BG/NBD, Gamma-Gamma parameters; the churn model). Local, never synced."""

    __tablename__ = "analytics_models"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    fitted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    params: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    blob: Mapped[bytes | None] = mapped_column(LargeBinary)


# -- admin14: the site (one row) and its complaint categories -----------------------------
class Site(SyncMixin, Base):
    """The contact center this store belongs to: its name and defaults. One row per site."""

    __tablename__ = "sites"
    name: Mapped[str] = mapped_column(String(128))
    country: Mapped[str] = mapped_column(String(2))  # default region for phone numbers
    time_zone: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8), default="en")
    currency: Mapped[str] = mapped_column(String(3), default="USD")


class ComplaintCategory(SyncMixin, Base):
    """A complaint category (a group when ``parent_id`` is None) with its resolve deadline."""

    __tablename__ = "complaint_categories"
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("complaint_categories.id"))
    code: Mapped[str] = mapped_column(String(48), unique=True)
    name_en: Mapped[str] = mapped_column(String(128))
    name_zh: Mapped[str] = mapped_column(String(128))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


# -- admincx: complaint deadlines per severity and recovery approval limits per role ----------
class ComplaintDeadline(SyncMixin, Base):
    """How long a case of one severity has for its first response (acknowledgement) and its
    resolution, in business minutes on the site's business calendar. One row per severity;
    a severity without a row keeps the product's default."""

    __tablename__ = "complaint_deadlines"
    severity: Mapped[str] = mapped_column(String(16), unique=True)
    first_response_minutes: Mapped[int] = mapped_column(Integer)
    resolution_minutes: Mapped[int] = mapped_column(Integer)


class RecoveryApprovalLimit(SyncMixin, Base):
    """The most an approval role (agent, supervisor, manager) may propose or approve without
    escalation for one kind of recovery action (``kind`` "case_total": for a case's total), in
    minor units of ``currency``: it judges only cases in that currency. A (role, kind, currency)
    without a row keeps the product's default."""

    __tablename__ = "recovery_approval_limits"
    __table_args__ = (
        UniqueConstraint("role", "kind", "currency", name="uq_recovery_approval_limits_role_kind_currency"),
    )
    role: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(32))
    amount_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="USD")


# -- reports14: agent state changes and call legs (append-only, synced; the reports read them) --
class AgentStateChange(SyncMixin, Base):
    """One change of an agent's state: they left ``from_state`` (entered at ``started_at``;
    None for the first change of a session) for ``to_state`` at ``ended_at``, by the agent,
    the system (timers) or a supervisor. Written once, when it happens. Append-only."""

    __tablename__ = "agent_state_changes"
    agent_id: Mapped[str] = mapped_column(String(36))
    from_state: Mapped[str] = mapped_column(String(16))
    from_reason: Mapped[str] = mapped_column(String(32), default="")
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime] = mapped_column(UTCDateTime)
    to_state: Mapped[str] = mapped_column(String(16))
    to_reason: Mapped[str] = mapped_column(String(32), default="")
    by: Mapped[str] = mapped_column(String(12), default="agent")  # agent | system | supervisor
    call_ref: Mapped[str] = mapped_column(String(64), default="")
    # adminpol: the supervisor (user id) who forced this change, when ``by`` is "supervisor"
    forced_by: Mapped[str | None] = mapped_column(String(36))
    __table_args__ = (
        Index("ix_agent_state_changes_agent_time", "agent_id", "ended_at"),
        Index("ix_agent_state_changes_time", "ended_at"),
    )


class CallLeg(SyncMixin, Base):
    """One leg of a call: waiting in a queue and offered to at most one agent, from the
    time it queued to the end of wrap-up. Written once, when the leg is over. Append-only."""

    __tablename__ = "call_legs"
    call_ref: Mapped[str] = mapped_column(String(64), default="")
    interaction_id: Mapped[str | None] = mapped_column(String(36))
    direction: Mapped[str] = mapped_column(String(8), default="inbound")
    queue_code: Mapped[str] = mapped_column(String(32), default="")
    agent_id: Mapped[str | None] = mapped_column(String(36))
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    offered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    wrap_ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    hold_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    outcome: Mapped[str] = mapped_column(String(16), default="completed")
    disposition_id: Mapped[str | None] = mapped_column(String(36))
    __table_args__ = (
        Index("ix_call_legs_time", "queued_at"),
        Index("ix_call_legs_agent_time", "agent_id", "queued_at"),
    )


APPEND_ONLY_TABLES = APPEND_ONLY_TABLES | {"agent_state_changes", "call_legs"}


# -- adminpol: business calendars, holidays, ring and wrap-up policies, forced states ------
class BusinessCalendarRow(SyncMixin, Base):
    """A business calendar: a time zone and weekly opening hours (JSON, ``core.policies``)."""

    __tablename__ = "business_calendars"
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name_en: Mapped[str] = mapped_column(String(128))
    name_zh: Mapped[str] = mapped_column(String(128))
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")
    hours: Mapped[str] = mapped_column(Text, default="{}")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class HolidayRow(SyncMixin, Base):
    """A local date on which a calendar is closed all day."""

    __tablename__ = "holidays"
    calendar_id: Mapped[str] = mapped_column(ForeignKey("business_calendars.id"), index=True)
    day: Mapped[str] = mapped_column(String(10))  # ISO date, local to the calendar
    name_en: Mapped[str] = mapped_column(String(128))
    name_zh: Mapped[str] = mapped_column(String(128))


class RingWrapPolicyRow(SyncMixin, Base):
    """Ring and wrap-up policy of a queue, or the site default (``queue_id`` None)."""

    __tablename__ = "ring_wrap_policies"
    queue_id: Mapped[str | None] = mapped_column(ForeignKey("queues.id"))
    ring_timeout_s: Mapped[int] = mapped_column(Integer, default=20)
    max_missed_offers: Mapped[int] = mapped_column(Integer, default=2)
    missed_reason: Mapped[str] = mapped_column(String(32), default="missed_call")
    after_missed: Mapped[str] = mapped_column(String(16), default="pause")
    missed_pause_s: Mapped[int] = mapped_column(Integer, default=15)
    wrap_up_limit_s: Mapped[int] = mapped_column(Integer, default=60)
    extension_allowed: Mapped[bool] = mapped_column(Boolean, default=True)
    extension_s: Mapped[int] = mapped_column(Integer, default=30)


class ForcedStateRequest(SyncMixin, Base):
    """A supervisor's order to force an agent's state, carried by sync to the agent's console.

    ``status``: pending (not yet seen by the agent's console), after_call (seen; applies
    when the current call's wrap-up ends), applied, cancelled. The server checks who may
    ask (``sync.rules.forced_state``); the agent's console applies it and says so."""

    __tablename__ = "forced_state_requests"
    agent_id: Mapped[str] = mapped_column(String(36), index=True)
    requested_by: Mapped[str] = mapped_column(String(36))
    state: Mapped[str] = mapped_column(String(16))  # available | not_ready | logged_out
    reason: Mapped[str] = mapped_column(String(32), default="")
    status: Mapped[str] = mapped_column(String(16), default="pending")
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    applied_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


SYNCED_MODELS = [m for m in Base.__subclasses__() if issubclass(m, SyncMixin)]


# -- syncdata: pulled rows kept aside ------------------------------------------------------
class SyncQuarantine(Base):
    """A pulled row this console could not apply (a value that does not fit its column, a
    clock stamp with no room above it): kept here, never synced, instead of stopping every
    later pull. The sync status counts them and supervisors see them; a later valid version
    of the same row, when it is pulled, replaces the row and removes it from here."""

    __tablename__ = "sync_quarantine"
    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(64))
    field: Mapped[str] = mapped_column(String(64))  # the column at fault ("row" when the whole row)
    reason: Mapped[str] = mapped_column(String(32))  # a code of callcenter.sync.validate
    change: Mapped[str] = mapped_column(Text)  # the change as pulled, JSON
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen: Mapped[datetime] = mapped_column(UTCDateTime)


# -- import14: the import ledger (local to this file, never synced) ----------------------------
class ImportRun(Base):
    """One import of one file (by content, kind, mapping and region); ``finished_at`` is
    empty while it is unfinished, so running the same file again resumes it."""

    __tablename__ = "import_runs"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    file_name: Mapped[str] = mapped_column(String(256))
    user_id: Mapped[str | None] = mapped_column(String(36))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ImportBatch(Base):
    """One committed batch of a run, written in the same transaction as its rows."""

    __tablename__ = "import_batches"
    run_id: Mapped[str] = mapped_column(ForeignKey("import_runs.id"), primary_key=True)
    batch_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_row: Mapped[int] = mapped_column(Integer)
    last_row: Mapped[int] = mapped_column(Integer)
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    refused: Mapped[int] = mapped_column(Integer, default=0)
    report: Mapped[str] = mapped_column(Text, default="[]")  # JSON: the batch's refusals found in the store
    committed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


# Duplicate checks look e-mail addresses up (imported addresses are kept in lower case).
Index("ix_emails_address", Email.address)
