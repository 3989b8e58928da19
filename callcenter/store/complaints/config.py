"""The complaint configuration: the category tree, deadlines per severity and the recovery
approval limits (the site's reference tables, kept by admins and synced), plus what ships in
resources/complaints: the root causes, the handling guide, and the category tree a store
without categories of its own falls back on.

The ``*_in(s)`` readers take the caller's session; they are what every capture, case step,
board, letter and figure reads, so a change an admin makes applies at the next read.
"""

from __future__ import annotations

from functools import lru_cache

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from callcenter.assets import resource
from callcenter.core.complaints.capture import Category, CategoryTree, GuideStep, parse_guide
from callcenter.core.complaints.figures import parse_root_causes
from callcenter.core.complaints.recovery import ApprovalPolicy, RoleLimits, limits_from_rows
from callcenter.core.complaints.workflow import (
    DEFAULT_DEADLINES,
    ComplaintConfig,
    ComplaintWorkflow,
    Severity,
    SeverityDeadlines,
)
from callcenter.store.models import ComplaintCategory, ComplaintDeadline, RecoveryApprovalLimit


@lru_cache(maxsize=1)
def categories() -> CategoryTree:
    """The shipped category tree (resources/complaints), for stores that hold none."""
    path = resource("complaints", "categories.yaml")
    return CategoryTree.from_mapping(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)


def categories_in(s: Session) -> CategoryTree:
    """The site's complaint categories (retired ones marked), or the shipped tree when the
    store has none (a store made before the site's reference data, a training store)."""
    rows = s.scalars(
        select(ComplaintCategory)
        .where(~ComplaintCategory.deleted)
        .order_by(ComplaintCategory.created_at, ComplaintCategory.id)
    ).all()
    if not rows:
        return categories()
    codes = {r.id: r.code for r in rows}
    return CategoryTree.from_rows((r.code, r.name_en, r.name_zh, codes.get(r.parent_id or ""), r.active) for r in rows)


def deadlines_in(s: Session) -> dict[Severity, SeverityDeadlines]:
    """Deadlines per severity in business hours: the site's rows over the product's defaults."""
    table = dict(DEFAULT_DEADLINES)
    for row in s.scalars(select(ComplaintDeadline).where(~ComplaintDeadline.deleted)):
        if (
            row.severity in Severity._value2member_map_
            and row.first_response_minutes > 0
            and row.resolution_minutes > 0
        ):
            table[Severity(row.severity)] = SeverityDeadlines(
                row.first_response_minutes / 60, row.resolution_minutes / 60
            )
    return table


def approval_limits_in(s: Session, currency: str) -> dict[str, RoleLimits]:
    """Recovery approval limits per approval role for cases in ``currency``: the site's rows
    in that currency over the product's defaults (a limit in another currency says nothing
    about this one)."""
    rows = s.scalars(
        select(RecoveryApprovalLimit).where(~RecoveryApprovalLimit.deleted, RecoveryApprovalLimit.currency == currency)
    )
    return limits_from_rows((r.role, r.kind, r.amount_minor) for r in rows)


def approval_policy_in(s: Session, currency: str) -> ApprovalPolicy:
    return ApprovalPolicy(currency=currency, limits=approval_limits_in(s, currency))


def workflow_in(s: Session, base: ComplaintWorkflow | None = None) -> ComplaintWorkflow:
    """``base`` (its calendar, clock and at-risk share; the default workflow when None) with
    the site's deadlines per severity."""
    base = base or default_workflow()
    c = base.config
    return ComplaintWorkflow(
        ComplaintConfig(calendar=c.calendar, deadlines=deadlines_in(s), at_risk_fraction=c.at_risk_fraction),
        clock=base.clock,
    )


@lru_cache(maxsize=1)
def root_causes() -> list[Category]:
    """The root causes the close dialog offers (code, en, zh_CN), from resources/complaints."""
    path = resource("complaints", "root_causes.yaml")
    return parse_root_causes(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)


@lru_cache(maxsize=1)
def handling_guide() -> list[GuideStep]:
    path = resource("complaints", "handling_guide.yaml")
    return parse_guide(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)


def default_workflow() -> ComplaintWorkflow:
    return ComplaintWorkflow(ComplaintConfig())
