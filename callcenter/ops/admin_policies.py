"""Administration of business calendars, their holidays and the ring and wrap-up policies.

Admins write them; supervisors (and every console, for its own use) read them. Each save
validates (``core.policies``), writes in one transaction with an audit row and returns
``Done(id, changes)``; the rows sync like the other reference data, and the server refuses
them from anyone but an admin (``callcenter.sync.rules.admin_writes``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from callcenter.core import policies as core_policies
from callcenter.core import site as core_site
from callcenter.core.agent_state import MISSED_CALL
from callcenter.core.agents import Identity
from callcenter.core.errors import Invalid, NotFound, NotPermitted
from callcenter.core.policies import Calendar, Holiday, RingWrapPolicy
from callcenter.core.roles import Role
from callcenter.ops import Done
from callcenter.ops.admin import _actor_id, _require_admin, _role
from callcenter.store import repo
from callcenter.store.db import Store
from callcenter.store.models import BusinessCalendarRow, HolidayRow, Queue, ReasonCode, RingWrapPolicyRow


@dataclass(frozen=True)
class CalendarRow:
    id: str
    calendar: Calendar


@dataclass(frozen=True)
class HolidayItem:
    id: str
    holiday: Holiday


@dataclass(frozen=True)
class PolicyRow:
    id: str
    policy: RingWrapPolicy


@dataclass(frozen=True)
class Policies:
    """Everything of this module's tables, for the administration window, the console
    (its policies) and the board (its calendars)."""

    calendars: list[CalendarRow] = field(default_factory=list)
    holidays: list[HolidayItem] = field(default_factory=list)
    policies: list[PolicyRow] = field(default_factory=list)
    queue_calendars: dict[str, str] = field(default_factory=dict)  # queue code -> calendar code

    def ring_wrap(self) -> list[RingWrapPolicy]:
        return [p.policy for p in self.policies]

    def calendar_of(self, queue_code: str) -> tuple[Calendar, list[Holiday]] | None:
        """A queue's calendar and its holidays; None when the queue has none (always open)."""
        code = self.queue_calendars.get(queue_code)
        cal = next((c.calendar for c in self.calendars if c.calendar.code == code), None)
        if cal is None:
            return None
        return cal, [h.holiday for h in self.holidays if h.holiday.calendar_code == code]


TABLES = ("business_calendars", "holidays", "ring_wrap_policies", "queues")


def read_policies(store: Store) -> Policies:
    """All calendars, holidays and policies (anyone signed in reads them: the console follows them)."""
    with store.session() as s:
        cals = s.scalars(
            select(BusinessCalendarRow).where(~BusinessCalendarRow.deleted).order_by(BusinessCalendarRow.code)
        ).all()
        codes = {c.id: c.code for c in cals}
        calendars = []
        for c in cals:
            try:
                hours = core_policies.hours_from_text(c.hours)
            except ValueError:
                hours = {}
            calendars.append(CalendarRow(c.id, Calendar(c.code, c.name_en, c.name_zh, c.time_zone, hours, c.active)))
        holidays = [
            HolidayItem(h.id, Holiday(codes[h.calendar_id], date.fromisoformat(h.day), h.name_en, h.name_zh))
            for h in s.scalars(select(HolidayRow).where(~HolidayRow.deleted).order_by(HolidayRow.day))
            if h.calendar_id in codes and _is_date(h.day)
        ]
        queues = s.scalars(select(Queue).where(~Queue.deleted)).all()
        qcodes = {q.id: q.code for q in queues}
        policies = [
            PolicyRow(
                p.id,
                RingWrapPolicy(
                    qcodes.get(p.queue_id) if p.queue_id else None,
                    p.ring_timeout_s,
                    p.max_missed_offers,
                    p.missed_reason,
                    p.after_missed,
                    p.missed_pause_s,
                    p.wrap_up_limit_s,
                    p.extension_allowed,
                    p.extension_s,
                ),
            )
            for p in s.scalars(select(RingWrapPolicyRow).where(~RingWrapPolicyRow.deleted))
            if not p.queue_id or p.queue_id in qcodes
        ]
        policies.sort(key=lambda r: (r.policy.queue_code is not None, r.policy.queue_code or ""))
        queue_calendars = {q.code: codes[q.calendar_id] for q in queues if q.calendar_id in codes}
    return Policies(calendars, holidays, policies, queue_calendars)


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _readers(actor: Identity | None) -> None:
    if _role(actor) not in (Role.ADMIN, Role.SUPERVISOR):
        raise NotPermitted("read_policies", _role(actor).value)


def list_policies(store: Store, actor: Identity | None) -> Policies:
    """The administration window's read: admins and supervisors (who see, not edit)."""
    _readers(actor)
    return read_policies(store)


# -- calendars ----------------------------------------------------------------------------
def save_calendar(
    store: Store, actor: Identity | None, calendar: Calendar, calendar_id: str | None = None
) -> Done[str]:
    _require_admin(actor, "edit_calendar")
    with store.unit() as u:
        s = u.session
        errors = core_policies.check_calendar(calendar)
        if reason := core_site.check_code(calendar.code):
            errors["code"] = reason
        elif s.scalar(
            select(BusinessCalendarRow.id).where(
                BusinessCalendarRow.code == calendar.code.strip(), BusinessCalendarRow.id != (calendar_id or "")
            )
        ):
            errors["code"] = core_site.TAKEN
        for name in ("name_en", "name_zh"):
            if not getattr(calendar, name).strip():
                errors[name] = core_site.REQUIRED
        if errors:
            raise Invalid(errors)
        row = _get(s, BusinessCalendarRow, calendar_id, "calendar")
        row.code, row.name_en, row.name_zh = calendar.code.strip(), calendar.name_en.strip(), calendar.name_zh.strip()
        row.time_zone, row.hours, row.active = (
            calendar.time_zone,
            core_policies.hours_to_text(calendar.hours),
            calendar.active,
        )
        s.flush()
        repo.add_audit(s, _actor_id(actor), "create" if calendar_id is None else "update", "calendar", row.id, row.code)
    return Done(row.id, u.changes)


def save_holiday(store: Store, actor: Identity | None, holiday: Holiday, holiday_id: str | None = None) -> Done[str]:
    _require_admin(actor, "edit_holiday")
    with store.unit() as u:
        s = u.session
        errors: dict[str, str] = {}
        calendar_id = s.scalar(
            select(BusinessCalendarRow.id).where(
                BusinessCalendarRow.code == holiday.calendar_code, ~BusinessCalendarRow.deleted
            )
        )
        if calendar_id is None:
            errors["calendar"] = core_policies.UNKNOWN
        if not isinstance(holiday.day, date):
            errors["day"] = core_policies.BAD_DATE
        elif calendar_id and s.scalar(
            select(HolidayRow.id).where(
                HolidayRow.calendar_id == calendar_id,
                HolidayRow.day == holiday.day.isoformat(),
                ~HolidayRow.deleted,
                HolidayRow.id != (holiday_id or ""),
            )
        ):
            errors["day"] = core_site.TAKEN
        for name in ("name_en", "name_zh"):
            if not getattr(holiday, name).strip():
                errors[name] = core_site.REQUIRED
        if errors:
            raise Invalid(errors)
        row = _get(s, HolidayRow, holiday_id, "holiday")
        row.calendar_id, row.day = calendar_id, holiday.day.isoformat()
        row.name_en, row.name_zh = holiday.name_en.strip(), holiday.name_zh.strip()
        s.flush()
        detail = f"{holiday.calendar_code} {row.day}"
        repo.add_audit(s, _actor_id(actor), "create" if holiday_id is None else "update", "holiday", row.id, detail)
    return Done(row.id, u.changes)


def delete_holiday(store: Store, actor: Identity | None, holiday_id: str) -> Done[str]:
    """A holiday removed (a tombstone that syncs)."""
    _require_admin(actor, "edit_holiday")
    with store.unit() as u:
        row = _get(u.session, HolidayRow, holiday_id, "holiday")
        row.deleted = True
        repo.add_audit(u.session, _actor_id(actor), "delete", "holiday", holiday_id, row.day)
    return Done(holiday_id, u.changes)


# -- ring and wrap-up policies --------------------------------------------------------------
def save_policy(
    store: Store, actor: Identity | None, policy: RingWrapPolicy, policy_id: str | None = None
) -> Done[str]:
    """A queue's policy, or the site default (``queue_code`` None); one per queue."""
    _require_admin(actor, "edit_policy")
    with store.unit() as u:
        s = u.session
        reasons = {*s.scalars(select(ReasonCode.code).where(~ReasonCode.deleted)), MISSED_CALL}  # the system's own
        errors = core_policies.check_policy(policy, reasons)
        queue_id = None
        if policy.queue_code:
            queue_id = s.scalar(select(Queue.id).where(Queue.code == policy.queue_code, ~Queue.deleted))
            if queue_id is None:
                errors["queue"] = core_policies.UNKNOWN
        same = select(RingWrapPolicyRow.id).where(~RingWrapPolicyRow.deleted, RingWrapPolicyRow.id != (policy_id or ""))
        same = same.where(RingWrapPolicyRow.queue_id == queue_id if queue_id else RingWrapPolicyRow.queue_id.is_(None))
        if "queue" not in errors and s.scalar(same):
            errors["queue"] = core_site.TAKEN
        if errors:
            raise Invalid(errors)
        row = _get(s, RingWrapPolicyRow, policy_id, "policy")
        row.queue_id = queue_id
        for name in (
            "ring_timeout_s",
            "max_missed_offers",
            "missed_reason",
            "after_missed",
            "missed_pause_s",
            "wrap_up_limit_s",
            "extension_allowed",
            "extension_s",
        ):
            setattr(row, name, getattr(policy, name))
        s.flush()
        detail = policy.queue_code or "site default"
        repo.add_audit(s, _actor_id(actor), "create" if policy_id is None else "update", "policy", row.id, detail)
    return Done(row.id, u.changes)


def _get(s: Session, model: type, row_id: str | None, entity: str):  # type: ignore[no-untyped-def]
    if row_id is None:
        row = model()
        s.add(row)
        return row
    row = s.get(model, row_id)
    if row is None or row.deleted:
        raise NotFound(entity)
    return row


# -- seeds ------------------------------------------------------------------------------------
def seed_defaults(s: Session, time_zone: str = "UTC") -> None:
    """What ``init create`` adds: the site-default policy with the product's constants (so a
    new site behaves as before) and a standard calendar (Monday to Friday 09:00-18:00 in the
    site's zone) that no queue uses until an admin says so."""
    p = core_policies.DEFAULT_POLICY
    s.add(
        RingWrapPolicyRow(
            queue_id=None,
            ring_timeout_s=p.ring_timeout_s,
            max_missed_offers=p.max_missed_offers,
            missed_reason=p.missed_reason,
            after_missed=p.after_missed,
            missed_pause_s=p.missed_pause_s,
            wrap_up_limit_s=p.wrap_up_limit_s,
            extension_allowed=p.extension_allowed,
            extension_s=p.extension_s,
        )
    )
    s.add(
        BusinessCalendarRow(
            code="standard",
            name_en="Standard hours",
            name_zh="标准营业时间",
            time_zone=time_zone,
            hours=core_policies.hours_to_text({d: (time(9), time(18)) for d in range(5)}),
            active=True,
        )
    )
