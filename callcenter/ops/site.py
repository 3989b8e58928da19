"""Setting up a console on day one: create a site, or join one.

``create_site`` turns an empty store into a site ready to take calls: the site's settings,
its first administrator (an argon2 hash of the password, never the password), and the
reference data a console needs (skills, queues, not-ready reasons, the disposition tree,
complaint categories, deadlines per severity, recovery approval limits) from the editable defaults (``resources/site/defaults.yaml`` or a
site's own copy), in one transaction with an audit row. With ``joined`` (a console already
registered to an empty server as that server's first administrator, ``join_site``) it
seeds the reference data under that user instead of creating one, and the next sync round
takes the site to the server.

``join_site`` registers this console with a site's server (the password is sent once,
never kept; the device token goes to the keyring), loads the server's snapshot (every
current row in one stream, bulk-written: ``store.bootstrap``), pulls what came after it,
and returns the signed-in user from the loaded accounts.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from callcenter.assets import resource
from callcenter.core import site as core_site
from callcenter.core.agents import Identity
from callcenter.core.errors import IllegalStep, Invalid, NotPermitted
from callcenter.core.security import hash_password
from callcenter.core.site import ReferenceDefaults, SiteSettings
from callcenter.ops import Done, admin_policies
from callcenter.store import repo
from callcenter.store.db import Store
from callcenter.store.models import (
    ComplaintCategory,
    ComplaintDeadline,
    DispositionCode,
    Queue,
    ReasonCode,
    RecoveryApprovalLimit,
    Site,
    Skill,
    User,
)

__all__ = [
    "AdminAccount",
    "Joined",
    "create_site",
    "default_defaults_path",
    "join_site",
    "load_defaults",
    "site_settings",
    "write_defaults",
]


@dataclass(frozen=True)
class AdminAccount:
    username: str
    password: str
    display_name: str = ""


@dataclass(frozen=True)
class Joined:
    identity: Identity
    server_url: str
    pulled: int
    token_backend: str
    has_site: bool  # False: the server holds no site yet (its first admin may create it)
    loaded: int = 0  # rows loaded from the server's snapshot
    loaded_from: str = ""  # "file" (the server's snapshot file) or "stream"
    load_phases: dict[str, float] = field(default_factory=dict)  # seconds per step of the load


def default_defaults_path() -> Path:
    return resource("site", "defaults.yaml")


def write_defaults(dest: str | os.PathLike[str]) -> Path:
    """A copy of the shipped defaults for a site to edit before ``create_site``."""
    out = Path(dest)
    out.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(default_defaults_path(), out)
    return out


def load_defaults(path: str | os.PathLike[str] | None = None) -> ReferenceDefaults:
    """The reference defaults; raises ``core.site.DefaultsError`` (plain words, naming the entry)."""
    p = Path(path) if path else default_defaults_path()
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise core_site.DefaultsError(f"{p.name} cannot be read as YAML ({type(exc).__name__})") from None
    return core_site.parse_defaults(data, p.name)


def site_settings(store: Store) -> SiteSettings | None:
    with store.session() as s:
        row = s.scalar(select(Site).where(~Site.deleted).order_by(Site.created_at).limit(1))
    if row is None:
        return None
    return SiteSettings(row.name, row.country, row.time_zone, row.language, row.currency)


def _check(settings: SiteSettings, admin: AdminAccount | None) -> None:
    errors = core_site.check_settings(settings)
    if admin is not None:
        if reason := core_site.check_username(admin.username):
            errors["username"] = reason
        if reason := core_site.check_password(admin.password):
            errors["password"] = reason
    if errors:
        raise Invalid(errors)


def create_site(
    store: Store,
    settings: SiteSettings,
    admin: AdminAccount | None,
    defaults: ReferenceDefaults | None = None,
    *,
    joined: Identity | None = None,
    hasher: Any = None,
) -> Done[Identity]:
    """A new site on an empty store (``admin``: its first administrator) or, with ``joined``,
    on a store just joined to a server that has no site yet (``joined`` must be an admin).
    Raises ``Invalid`` (bad settings, user name or password), ``IllegalStep`` (the store
    already holds a site, or users when creating the first admin), ``NotPermitted``."""
    _check(settings, None if joined else admin)
    if joined is not None and joined.role.value != "admin":
        raise NotPermitted("create_site", joined.role.value)
    defaults = defaults or load_defaults()
    password_hash = hash_password(admin.password, hasher) if admin and not joined else ""
    if joined is None:
        _forget_half_join(store)
    with store.unit() as u:
        s = u.session
        if s.scalar(select(Site.id).where(~Site.deleted).limit(1)) is not None:
            raise IllegalStep("create_site", "site_exists")
        if joined is None:
            if s.scalar(select(User.id).where(~User.deleted).limit(1)) is not None:
                raise IllegalStep("create_site", "has_users")
            assert admin is not None
            user = User(
                username=admin.username.strip(),
                display_name=admin.display_name.strip() or admin.username.strip(),
                password_hash=password_hash,
                role="admin",
                language=settings.language,
            )
            s.add(user)
            s.flush()
            identity = repo.identity_of(user)
        else:
            identity = joined
        site = Site(
            name=settings.name.strip(),
            country=settings.country.upper(),
            time_zone=settings.time_zone,
            language=settings.language,
            currency=settings.currency.strip().upper(),
        )
        s.add(site)
        _seed(s, defaults, site.currency)
        admin_policies.seed_defaults(s, settings.time_zone)  # adminpol: today's constants as the site policy
        s.flush()
        repo.add_audit(s, identity.user_id, "create", "site", site.id, "first run")
    return Done(identity, u.changes)


def _forget_half_join(store: Store) -> None:
    """A join that stopped half-way left another site's rows and server: a new site starts
    from an empty store that belongs to no server (its device token forgotten too)."""
    from callcenter.store import bootstrap
    from callcenter.sync import credentials

    server = store.meta("sync.server_url")
    if bootstrap.discard_half_load(store) and server:
        credentials.forget_token(server, store.device_id)


def _seed(s: Session, d: ReferenceDefaults, currency: str = "USD") -> None:
    skills = {}
    for item in d.skills:
        skill = Skill(code=item.code, name_en=item.en, name_zh=item.zh)
        s.add(skill)
        skills[item.code] = skill
    s.flush()
    for item in d.queues:
        x = item.extra
        s.add(
            Queue(
                code=item.code,
                name_en=item.en,
                name_zh=item.zh,
                skill_id=skills[x["skill"]].id if x.get("skill") else None,
                priority=int(x.get("priority", 1)),
                service_level_target=int(x.get("service_level_target", 80)),
                service_level_seconds=int(x.get("service_level_seconds", 20)),
                alarm_wait_seconds=int(x.get("alarm_wait_seconds", 60)),
                alarm_waiting_calls=int(x.get("alarm_waiting_calls", 10)),
            )
        )
    for item in d.reason_codes:
        x = item.extra
        s.add(
            ReasonCode(
                code=item.code,
                name_en=item.en,
                name_zh=item.zh,
                paid=bool(x.get("paid", True)),
                selectable=bool(x.get("selectable", True)),
            )
        )
    for items, model in ((d.dispositions, DispositionCode), (d.complaint_categories, ComplaintCategory)):
        ids: dict[str, str] = {}
        for item in items:
            parent = item.extra.get("parent")
            row = model(code=item.code, name_en=item.en, name_zh=item.zh, parent_id=ids[parent] if parent else None)
            s.add(row)
            s.flush()
            ids[item.code] = row.id
    # admincx: complaint deadlines per severity and recovery approval limits per role
    for severity, first_response, resolution in d.complaint_deadlines:
        s.add(
            ComplaintDeadline(severity=severity, first_response_minutes=first_response, resolution_minutes=resolution)
        )
    for role, kind, amount in d.approval_limits:
        s.add(RecoveryApprovalLimit(role=role, kind=kind, amount_minor=amount, currency=currency))


def join_site(
    store: Store,
    server_url: str,
    username: str,
    password: str,
    *,
    device_name: str = "",
    cafile: str | os.PathLike[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    **client_options: Any,
) -> Done[Joined]:
    """Register this console with the site's server as ``username``, load the server's
    snapshot into the (empty) store, pull what came after it, and return that user (now in
    the store, so sign-in works offline too). ``progress`` is told rows loaded and rows in
    all as the snapshot comes in (on the calling thread). A join that stops half-way (a
    kill, a lost connection) leaves a store that is not joined: the next join starts
    again. Raises ``Invalid`` (a missing field, not a URL) or ``SyncProblem`` (wrong
    password, server unreachable ...)."""
    from callcenter.ops import sync as sync_ops

    registered = sync_ops.register_console(
        store, server_url, username, password, device_name=device_name, cafile=cafile, **client_options
    ).value
    result = sync_ops.sync_round(store, registered.server_url, progress=progress, **client_options).value
    with store.session() as s:
        user = s.get(User, registered.user_id)
        has_site = s.scalar(select(Site.id).where(~Site.deleted).limit(1)) is not None
    if user is None:  # the server's answer and its rows disagree: not a usable site
        raise Invalid({"username": "no_match"})
    joined = Joined(
        repo.identity_of(user),
        registered.server_url,
        result.pulled,
        registered.token_backend,
        has_site,
        result.snapshot_rows,
        result.snapshot_source,
        result.snapshot_phases,
    )
    return Done(joined)
