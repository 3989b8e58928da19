"""Administration: users and the reference data, one op per action.

Users: create, edit (name, role, team, language, skills with levels), deactivate or
reactivate (never delete: calls and cases refer to them), reset a password; every user
changes their own password. Admins do all of it; supervisors manage agents (not roles
above agent). Reference data (skills, queues, not-ready reasons, the disposition tree,
complaint categories, complaint deadlines per severity, recovery approval limits per role)
is for admins to write; supervisors read it. Each op validates, writes in one transaction with an audit row, and returns
``Done(id, changes)``; the rows sync like any other, and the server refuses them from
anyone the same rules would refuse here (``callcenter.sync.rules.admin_writes``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from callcenter.core import site as core_site
from callcenter.core.agents import Identity
from callcenter.core.complaints.recovery import APPROVAL_ROLES, CASE_TOTAL, DEFAULT_LIMITS, LIMIT_KINDS
from callcenter.core.complaints.workflow import DEFAULT_DEADLINES, Severity
from callcenter.core.errors import Invalid, NotFound, NotPermitted
from callcenter.core.roles import Role
from callcenter.core.security import hash_password, verify_password
from callcenter.ops import Done
from callcenter.store import repo
from callcenter.store.db import Store
from callcenter.store.models import (
    BusinessCalendarRow,
    ComplaintCategory,
    ComplaintDeadline,
    Customer,
    DispositionCode,
    Queue,
    ReasonCode,
    RecoveryApprovalLimit,
    Site,
    Skill,
    User,
    UserSkill,
)

ADMIN, SUPERVISOR = Role.ADMIN, Role.SUPERVISOR
ROLES = tuple(r.value for r in Role)


# -- plain values -------------------------------------------------------------------------
@dataclass(frozen=True)
class UserForm:
    username: str
    display_name: str
    role: str = "agent"
    team: str = ""
    language: str = "en"
    skills: dict[str, int] = field(default_factory=dict)  # skill code -> level 1..5


@dataclass(frozen=True)
class UserRow:
    id: str
    username: str
    display_name: str
    role: str
    team: str
    language: str
    active: bool
    skills: dict[str, int]


@dataclass(frozen=True)
class CodeForm:
    """A skill, a not-ready reason or a disposition (``parent``: a disposition's parent code)."""

    code: str
    name_en: str
    name_zh: str
    active: bool = True
    parent: str | None = None
    paid: bool = True
    selectable: bool = True


@dataclass(frozen=True)
class QueueForm:
    code: str
    name_en: str
    name_zh: str
    skill: str | None = None
    priority: int = 1
    service_level_target: int = 80
    service_level_seconds: int = 20
    alarm_wait_seconds: int = 60
    alarm_waiting_calls: int = 10
    overflow_queue: str | None = None
    overflow_after_seconds: int = 0
    active: bool = True
    calendar: str | None = None  # adminpol: the code of its business calendar (None: always open)


@dataclass(frozen=True)
class CodeRow:
    id: str
    code: str
    name_en: str
    name_zh: str
    active: bool
    parent: str | None = None
    paid: bool = True
    selectable: bool = True

    def name(self, lang: str) -> str:
        return self.name_zh if lang.startswith("zh") and self.name_zh else self.name_en


@dataclass(frozen=True)
class QueueRow:
    id: str
    form: QueueForm

    def name(self, lang: str) -> str:
        return self.form.name_zh if lang.startswith("zh") and self.form.name_zh else self.form.name_en


@dataclass(frozen=True)
class DeadlineRow:
    """A severity's deadlines in business minutes (``id`` None: the product's default, no row yet)."""

    severity: str
    first_response_minutes: int
    resolution_minutes: int
    id: str | None = None


@dataclass(frozen=True)
class LimitRow:
    """What an approval role may propose or approve without escalation for one kind of action
    (``kind`` "case_total": a case's total), in minor units (``id`` None: the default)."""

    role: str
    kind: str
    amount_minor: int
    currency: str
    id: str | None = None


@dataclass(frozen=True)
class Reference:
    skills: list[CodeRow]
    queues: list[QueueRow]
    reasons: list[CodeRow]
    dispositions: list[CodeRow]
    categories: list[CodeRow] = field(default_factory=list)
    site: core_site.SiteSettings | None = None
    deadlines: list[DeadlineRow] = field(default_factory=list)
    limits: list[LimitRow] = field(default_factory=list)


# -- permissions --------------------------------------------------------------------------
def _role(actor: Identity | None) -> Role:
    return actor.role if actor is not None else ADMIN  # None: a tool on the site's own machine


def _require_admin(actor: Identity | None, action: str) -> None:
    if _role(actor) is not ADMIN:
        raise NotPermitted(action, _role(actor).value)


def _may_manage(actor: Identity | None, action: str, *roles: str) -> None:
    """Admins manage everyone; supervisors agents only (and may not make anyone more)."""
    role = _role(actor)
    if role is ADMIN:
        return
    if role is SUPERVISOR and all(r == Role.AGENT.value for r in roles):
        return
    raise NotPermitted(action, role.value)


def _actor_id(actor: Identity | None) -> str | None:
    return actor.user_id if actor else None


# -- users --------------------------------------------------------------------------------
def list_users(store: Store, actor: Identity | None) -> list[UserRow]:
    """Every user, active or not, by display name (supervisors see everyone, edit agents)."""
    if _role(actor) not in (ADMIN, SUPERVISOR):
        raise NotPermitted("manage_users", _role(actor).value)
    with store.session() as s:
        users = s.scalars(select(User).where(~User.deleted).order_by(User.display_name)).all()
        codes = {k.id: k.code for k in s.scalars(select(Skill))}
        levels: dict[str, dict[str, int]] = {}
        for us in s.scalars(select(UserSkill).where(~UserSkill.deleted)):
            levels.setdefault(us.user_id, {})[codes.get(us.skill_id, "?")] = us.level
    return [
        UserRow(u.id, u.username, u.display_name, u.role, u.team, u.language, u.active, levels.get(u.id, {}))
        for u in users
    ]


def _check_user(s: Session, form: UserForm, user_id: str | None) -> dict[str, str]:
    errors: dict[str, str] = {}
    if reason := core_site.check_username(form.username):
        errors["username"] = reason
    elif s.scalar(select(User.id).where(User.username == form.username.strip(), User.id != (user_id or ""))):
        errors["username"] = core_site.TAKEN
    if not form.display_name.strip():
        errors["display_name"] = core_site.REQUIRED
    if form.role not in ROLES:
        errors["role"] = "unknown"
    if form.language not in core_site.LANGUAGES:
        errors["language"] = core_site.UNKNOWN_LANGUAGE
    skills = {k.code: k.id for k in s.scalars(select(Skill).where(~Skill.deleted))}
    for code, level in form.skills.items():
        if code not in skills:
            errors["skill"] = "unknown"
        elif not 1 <= int(level) <= 5:
            errors["level"] = "out_of_range"
    if errors:
        raise Invalid(errors)
    return {code: skills[code] for code in form.skills}


def _write_skills(s: Session, user_id: str, form: UserForm, skill_ids: dict[str, Any]) -> None:
    existing = {us.skill_id: us for us in s.scalars(select(UserSkill).where(UserSkill.user_id == user_id))}
    wanted = {skill_ids[code]: int(level) for code, level in form.skills.items()}
    for skill_id, row in existing.items():
        if skill_id not in wanted and not row.deleted:
            row.deleted = True
        elif skill_id in wanted and (row.deleted or row.level != wanted[skill_id]):
            row.deleted, row.level = False, wanted[skill_id]
    for skill_id, level in wanted.items():
        if skill_id not in existing:
            s.add(UserSkill(user_id=user_id, skill_id=skill_id, level=level))


def _active_admins(s: Session, other_than: str) -> int:
    return len(
        s.scalars(select(User.id).where(User.role == "admin", User.active, ~User.deleted, User.id != other_than)).all()
    )


def create_user(
    store: Store, actor: Identity | None, form: UserForm, password: str, *, hasher: Any = None
) -> Done[str]:
    """A new active user with this password (argon2-hashed). Raises ``NotPermitted``, ``Invalid``."""
    _may_manage(actor, "create_user", form.role)
    if reason := core_site.check_password(password):
        raise Invalid({"password": reason})
    password_hash = hash_password(password, hasher)
    with store.unit() as u:
        s = u.session
        skill_ids = _check_user(s, form, None)
        user = User(
            username=form.username.strip(),
            display_name=form.display_name.strip(),
            password_hash=password_hash,
            role=form.role,
            language=form.language,
            team=form.team.strip(),
        )
        s.add(user)
        s.flush()
        _write_skills(s, user.id, form, skill_ids)
        repo.add_audit(s, _actor_id(actor), "create", "user", user.id, f"role={form.role}")
    return Done(user.id, u.changes)


def _user(s: Session, user_id: str) -> User:
    user = s.get(User, user_id)
    if user is None or user.deleted:
        raise NotFound("user")
    return user


def update_user(store: Store, actor: Identity | None, user_id: str, form: UserForm) -> Done[str]:
    """Change a user's name, role, team, language and skills."""
    with store.unit() as u:
        s = u.session
        user = _user(s, user_id)
        _may_manage(actor, "update_user", user.role, form.role)
        skill_ids = _check_user(s, form, user_id)
        if user.role == "admin" and form.role != "admin" and user.active and not _active_admins(s, user_id):
            raise Invalid({"role": "last_admin"})
        detail = f"role={user.role}->{form.role}" if user.role != form.role else ""
        user.username, user.display_name = form.username.strip(), form.display_name.strip()
        user.role, user.language, user.team = form.role, form.language, form.team.strip()
        _write_skills(s, user_id, form, skill_ids)
        repo.add_audit(s, _actor_id(actor), "update", "user", user_id, detail)
    return Done(user_id, u.changes)


def set_user_active(store: Store, actor: Identity | None, user_id: str, active: bool) -> Done[str]:
    """Deactivate (they can no longer sign in or sync) or reactivate a user; never a delete."""
    with store.unit() as u:
        s = u.session
        user = _user(s, user_id)
        _may_manage(actor, "deactivate_user", user.role)
        if not active and user.role == "admin" and not _active_admins(s, user_id):
            raise Invalid({"active": "last_admin"})
        user.active = active
        repo.add_audit(s, _actor_id(actor), "activate" if active else "deactivate", "user", user_id)
    return Done(user_id, u.changes)


def reset_password(
    store: Store, actor: Identity | None, user_id: str, new_password: str, *, hasher: Any = None
) -> Done[str]:
    """Set another user's password (admins; supervisors for agents)."""
    if reason := core_site.check_password(new_password):
        raise Invalid({"password": reason})
    password_hash = hash_password(new_password, hasher)
    with store.unit() as u:
        s = u.session
        user = _user(s, user_id)
        _may_manage(actor, "reset_password", user.role)
        user.password_hash = password_hash
        repo.add_audit(s, _actor_id(actor), "reset_password", "user", user_id)
    return Done(user_id, u.changes)


def change_own_password(store: Store, actor: Identity, old_password: str, new_password: str) -> Done[str]:
    """Any signed-in user: the current password, then the new one."""
    if reason := core_site.check_password(new_password):
        raise Invalid({"password": reason})
    with store.session() as s:
        current = _user(s, actor.user_id).password_hash
    if not verify_password(current, old_password):
        raise Invalid({"old_password": core_site.MISMATCH if old_password else core_site.REQUIRED})
    password_hash = hash_password(new_password)
    with store.unit() as u:
        _user(u.session, actor.user_id).password_hash = password_hash
        repo.add_audit(u.session, actor.user_id, "change_password", "user", actor.user_id)
    return Done(actor.user_id, u.changes)


# -- reference data -----------------------------------------------------------------------
def _require_reader(actor: Identity | None, action: str) -> None:
    if _role(actor) not in (ADMIN, SUPERVISOR):
        raise NotPermitted(action, _role(actor).value)


def reference(store: Store, actor: Identity | None = None) -> Reference:
    """All reference rows, retired ones too, for the administration window (admins and
    supervisors; ``None``: a tool on the site's own machine)."""
    _require_reader(actor, "read_reference")
    with store.session() as s:
        skills = s.scalars(select(Skill).where(~Skill.deleted).order_by(Skill.code)).all()
        codes = {k.id: k.code for k in skills}
        queues = s.scalars(select(Queue).where(~Queue.deleted).order_by(Queue.priority, Queue.code)).all()
        qcodes = {q.id: q.code for q in queues}
        reasons = s.scalars(select(ReasonCode).where(~ReasonCode.deleted).order_by(ReasonCode.code)).all()
        dispos = s.scalars(select(DispositionCode).where(~DispositionCode.deleted).order_by(DispositionCode.code)).all()
        dcodes = {d.id: d.code for d in dispos}
        cats = s.scalars(
            select(ComplaintCategory).where(~ComplaintCategory.deleted).order_by(ComplaintCategory.code)
        ).all()
        ccodes = {c.id: c.code for c in cats}
        calcodes = dict(s.execute(select(BusinessCalendarRow.id, BusinessCalendarRow.code)).all())
        site = s.scalar(select(Site).where(~Site.deleted).order_by(Site.created_at).limit(1))
        return Reference(
            [CodeRow(k.id, k.code, k.name_en, k.name_zh, k.active) for k in skills],
            [
                QueueRow(
                    q.id,
                    QueueForm(
                        q.code,
                        q.name_en,
                        q.name_zh,
                        codes.get(q.skill_id or ""),
                        q.priority,
                        q.service_level_target,
                        q.service_level_seconds,
                        q.alarm_wait_seconds,
                        q.alarm_waiting_calls,
                        qcodes.get(q.overflow_queue_id or ""),
                        q.overflow_after_seconds,
                        q.active,
                        calcodes.get(q.calendar_id or ""),
                    ),
                )
                for q in queues
            ],
            [CodeRow(r.id, r.code, r.name_en, r.name_zh, r.active, None, r.paid, r.selectable) for r in reasons],
            [CodeRow(d.id, d.code, d.name_en, d.name_zh, d.active, dcodes.get(d.parent_id or "")) for d in dispos],
            [CodeRow(c.id, c.code, c.name_en, c.name_zh, c.active, ccodes.get(c.parent_id or "")) for c in cats],
            core_site.SiteSettings(site.name, site.country, site.time_zone, site.language, site.currency)
            if site
            else None,
            _deadline_rows(s),
            _limit_rows(s, _limit_currencies(s, site.currency if site else "USD")),
        )


def _deadline_rows(s: Session) -> list[DeadlineRow]:
    rows = {r.severity: r for r in s.scalars(select(ComplaintDeadline).where(~ComplaintDeadline.deleted))}
    out = []
    for sev in Severity:
        r = rows.get(sev.value)
        if r is not None:
            out.append(DeadlineRow(sev.value, r.first_response_minutes, r.resolution_minutes, r.id))
        else:
            d = DEFAULT_DEADLINES[sev]
            out.append(DeadlineRow(sev.value, round(d.acknowledge_within_h * 60), round(d.resolve_within_h * 60)))
    return out


def _limit_currencies(s: Session, site_currency: str) -> list[str]:
    """The currencies limits can be set for: the site's first, then those its customers are
    billed in and those that already have limits."""
    used = set(s.scalars(select(Customer.currency).where(~Customer.deleted).distinct()))
    used |= set(s.scalars(select(RecoveryApprovalLimit.currency).where(~RecoveryApprovalLimit.deleted).distinct()))
    return [site_currency, *sorted(c for c in used if c and c != site_currency)]


def _limit_rows(s: Session, currencies: list[str]) -> list[LimitRow]:
    """Every (role, kind) of each currency: the site's row, else the product's default."""
    rows = {
        (r.role, r.kind, r.currency): r
        for r in s.scalars(select(RecoveryApprovalLimit).where(~RecoveryApprovalLimit.deleted))
    }
    out = []
    for currency in currencies:
        for role in APPROVAL_ROLES:
            for kind in LIMIT_KINDS:
                r = rows.get((role, kind, currency))
                if r is not None:
                    out.append(LimitRow(role, kind, r.amount_minor, r.currency, r.id))
                else:
                    lim = DEFAULT_LIMITS[role]
                    amount = lim.case_total if kind == CASE_TOTAL else lim.action_limit(kind)
                    out.append(LimitRow(role, kind, amount, currency))
    return out


def _check_names(form: CodeForm | QueueForm, s: Session, model: Any, row_id: str | None) -> dict[str, str]:
    errors: dict[str, str] = {}
    if reason := core_site.check_code(form.code):
        errors["code"] = reason
    elif s.scalar(select(model.id).where(model.code == form.code.strip(), model.id != (row_id or ""))):
        errors["code"] = core_site.TAKEN
    if not form.name_en.strip():
        errors["name_en"] = core_site.REQUIRED
    if not form.name_zh.strip():
        errors["name_zh"] = core_site.REQUIRED
    return errors


def _row(s: Session, model: Any, row_id: str | None, entity: str) -> Any:
    if row_id is None:
        row = model()
        s.add(row)
        return row
    row = s.get(model, row_id)
    if row is None or row.deleted:
        raise NotFound(entity)
    return row


def _save_code(
    store: Store, actor: Identity | None, model: Any, entity: str, form: CodeForm, row_id: str | None, extra: Any
) -> Done[str]:
    _require_admin(actor, f"edit_{entity}")
    with store.unit() as u:
        s = u.session
        errors = _check_names(form, s, model, row_id)
        values = extra(s, errors) if extra else {}
        if errors:
            raise Invalid(errors)
        row = _row(s, model, row_id, entity)
        row.code, row.name_en, row.name_zh, row.active = (
            form.code.strip(),
            form.name_en.strip(),
            form.name_zh.strip(),
            form.active,
        )
        for key, value in values.items():
            setattr(row, key, value)
        s.flush()
        repo.add_audit(s, _actor_id(actor), "create" if row_id is None else "update", entity, row.id, row.code)
    return Done(row.id, u.changes)


def save_skill(store: Store, actor: Identity | None, form: CodeForm, skill_id: str | None = None) -> Done[str]:
    return _save_code(store, actor, Skill, "skill", form, skill_id, None)


def save_reason_code(store: Store, actor: Identity | None, form: CodeForm, reason_id: str | None = None) -> Done[str]:
    return _save_code(
        store,
        actor,
        ReasonCode,
        "reason_code",
        form,
        reason_id,
        lambda s, e: {"paid": form.paid, "selectable": form.selectable},
    )


def _tree_parent(model: Any, form: CodeForm, row_id: str | None) -> Callable[[Session, dict[str, str]], dict[str, Any]]:
    def parent(s: Session, errors: dict[str, str]) -> dict[str, Any]:
        if not form.parent:
            return {"parent_id": None}
        rows = {d.code: d for d in s.scalars(select(model).where(~model.deleted))}
        node = rows.get(form.parent)
        if node is None:
            errors["parent"] = "unknown"
            return {}
        by_id = {d.id: d for d in rows.values()}
        seen = node
        while seen is not None:  # the new parent may not be the node itself or below it
            if row_id is not None and seen.id == row_id:
                errors["parent"] = "cycle"
                return {}
            seen = by_id.get(seen.parent_id or "")
        return {"parent_id": node.id}

    return parent


def save_disposition(
    store: Store, actor: Identity | None, form: CodeForm, disposition_id: str | None = None
) -> Done[str]:
    """A node of the disposition tree (``parent``: its parent's code; None at the top)."""
    parent = _tree_parent(DispositionCode, form, disposition_id)
    return _save_code(store, actor, DispositionCode, "disposition", form, disposition_id, parent)


def save_complaint_category(
    store: Store, actor: Identity | None, form: CodeForm, category_id: str | None = None
) -> Done[str]:
    """A complaint category (``parent``: its group's code; None for a group)."""
    parent = _tree_parent(ComplaintCategory, form, category_id)
    return _save_code(store, actor, ComplaintCategory, "complaint_category", form, category_id, parent)


def save_site(store: Store, actor: Identity | None, settings: core_site.SiteSettings) -> Done[str]:
    """The site's name, default country, time zone, language and currency (admins)."""
    _require_admin(actor, "edit_site")
    if errors := core_site.check_settings(settings):
        raise Invalid(errors)
    with store.unit() as u:
        s = u.session
        site = s.scalar(select(Site).where(~Site.deleted).order_by(Site.created_at).limit(1))
        if site is None:
            site = Site()
            s.add(site)
        site.name, site.country, site.time_zone = settings.name.strip(), settings.country.upper(), settings.time_zone
        site.language, site.currency = settings.language, settings.currency.strip().upper()
        s.flush()
        repo.add_audit(s, _actor_id(actor), "update", "site", site.id)
    return Done(site.id, u.changes)


_RANGES = {
    "priority": (1, 99),
    "service_level_target": (1, 100),
    "service_level_seconds": (1, 3600),
    "alarm_wait_seconds": (0, 3600),
    "alarm_waiting_calls": (0, 10000),
    "overflow_after_seconds": (0, 3600),
}


def save_queue(store: Store, actor: Identity | None, form: QueueForm, queue_id: str | None = None) -> Done[str]:
    """A queue: names in both languages, skill, priority, service-level target, alarms, overflow."""
    _require_admin(actor, "edit_queue")
    with store.unit() as u:
        s = u.session
        errors = _check_names(form, s, Queue, queue_id)
        for name, (low, high) in _RANGES.items():
            if not low <= int(getattr(form, name)) <= high:
                errors[name] = "out_of_range"
        skill_id = None
        if form.skill:
            skill_id = s.scalar(select(Skill.id).where(Skill.code == form.skill, ~Skill.deleted))
            if skill_id is None:
                errors["skill"] = "unknown"
        overflow_id = None
        if form.overflow_queue:
            overflow_id = s.scalar(select(Queue.id).where(Queue.code == form.overflow_queue, ~Queue.deleted))
            if overflow_id is None:
                errors["overflow_queue"] = "unknown"
            elif overflow_id == queue_id or form.overflow_queue == form.code:
                errors["overflow_queue"] = "cycle"
        calendar_id = None
        if form.calendar:
            calendar_id = s.scalar(
                select(BusinessCalendarRow.id).where(
                    BusinessCalendarRow.code == form.calendar, ~BusinessCalendarRow.deleted
                )
            )
            if calendar_id is None:
                errors["calendar"] = "unknown"
        if errors:
            raise Invalid(errors)
        q = _row(s, Queue, queue_id, "queue")
        q.code, q.name_en, q.name_zh = form.code.strip(), form.name_en.strip(), form.name_zh.strip()
        q.skill_id, q.overflow_queue_id, q.active = skill_id, overflow_id, form.active
        q.calendar_id = calendar_id
        for name in _RANGES:
            setattr(q, name, int(getattr(form, name)))
        s.flush()
        repo.add_audit(s, _actor_id(actor), "create" if queue_id is None else "update", "queue", q.id, q.code)
    return Done(q.id, u.changes)


# -- admincx: complaint deadlines per severity, recovery approval limits per role ----------------
def save_complaint_deadline(
    store: Store, actor: Identity | None, severity: str, first_response_minutes: int, resolution_minutes: int
) -> Done[str]:
    """A severity's first-response and resolution deadlines, in business minutes on the site's
    business calendar (admins). Cases opened (or re-assessed, or reopened) afterwards get them;
    cases already open keep their due times."""
    _require_admin(actor, "edit_complaint_deadline")
    errors: dict[str, str] = {}
    if severity not in Severity._value2member_map_:
        errors["severity"] = "unknown"
    for name, value in (("first_response_minutes", first_response_minutes), ("resolution_minutes", resolution_minutes)):
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= core_site.MAX_DEADLINE_MINUTES:
            errors[name] = "out_of_range"
    if not errors and resolution_minutes < first_response_minutes:
        errors["resolution_minutes"] = "before_first_response"
    if errors:
        raise Invalid(errors)
    with store.unit() as u:
        s = u.session
        row = s.scalar(select(ComplaintDeadline).where(ComplaintDeadline.severity == severity))
        created = row is None
        if row is None:
            row = ComplaintDeadline(severity=severity)
            s.add(row)
        before = "" if created else f"{row.first_response_minutes}/{row.resolution_minutes}"
        row.first_response_minutes, row.resolution_minutes, row.deleted = (
            first_response_minutes,
            resolution_minutes,
            False,
        )
        s.flush()
        detail = f"{severity} {before or 'default'}->{first_response_minutes}/{resolution_minutes} min"
        repo.add_audit(s, _actor_id(actor), "create" if created else "update", "complaint_deadline", row.id, detail)
    return Done(row.id, u.changes)


def save_approval_limit(
    store: Store, actor: Identity | None, role: str, kind: str, amount_minor: int, currency: str | None = None
) -> Done[str]:
    """The most an approval role (agent, supervisor, manager — admins approve as managers) may
    propose or approve without escalation for one kind of recovery action, or for a case's
    total (``kind`` "case_total"), in minor units of ``currency`` (admins). It judges cases in
    that currency only; the site's currency by default."""
    _require_admin(actor, "edit_approval_limit")
    errors: dict[str, str] = {}
    if role not in APPROVAL_ROLES:
        errors["role"] = "unknown"
    if kind not in LIMIT_KINDS:
        errors["kind"] = "unknown"
    if isinstance(amount_minor, bool) or not isinstance(amount_minor, int):
        errors["amount_minor"] = "out_of_range"
    elif not 0 <= amount_minor <= core_site.MAX_LIMIT_MINOR:
        errors["amount_minor"] = "out_of_range"
    if currency is not None and not core_site.is_currency(currency):
        errors["currency"] = core_site.BAD_CURRENCY
    if errors:
        raise Invalid(errors)
    with store.unit() as u:
        s = u.session
        site = s.scalar(select(Site).where(~Site.deleted).order_by(Site.created_at).limit(1))
        code = (currency or (site.currency if site else "USD")).strip().upper()
        row = s.scalar(
            select(RecoveryApprovalLimit).where(
                RecoveryApprovalLimit.role == role,
                RecoveryApprovalLimit.kind == kind,
                RecoveryApprovalLimit.currency == code,
            )
        )
        created = row is None
        if row is None:
            row = RecoveryApprovalLimit(role=role, kind=kind)
            s.add(row)
        before = "default" if created else str(row.amount_minor)
        row.amount_minor, row.currency, row.deleted = amount_minor, code, False
        s.flush()
        detail = f"{role} {kind} {before}->{amount_minor} {code}"
        repo.add_audit(s, _actor_id(actor), "create" if created else "update", "approval_limit", row.id, detail)
    return Done(row.id, u.changes)
