"""A site's settings and its reference-data defaults: plain data and checks, no store.

``SiteSettings`` is what a new site is created with (name, default country for phone
numbers, time zone, language, currency). ``ReferenceDefaults`` is the editable YAML of
skills, queues, reason codes, the disposition tree and complaint categories, in both
languages (``resources/site/defaults.yaml``). The checks return ``{field: reason}``
maps, the ``fields`` of ``core.errors.Invalid``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import available_timezones

import phonenumbers

from callcenter.core.complaints.recovery import APPROVAL_ROLES, LIMIT_KINDS
from callcenter.core.complaints.workflow import Severity

LANGUAGES = ("en", "zh_CN")
MIN_PASSWORD = 8
_USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$")
_CODE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,47}$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")

# Field reasons (the words the GUI and the CLI give them live there).
REQUIRED = "required"
TOO_SHORT = "too_short"
BAD_USERNAME = "bad_username"
UNKNOWN_COUNTRY = "unknown_country"
UNKNOWN_TIME_ZONE = "unknown_time_zone"
UNKNOWN_LANGUAGE = "unknown_language"
BAD_CURRENCY = "bad_currency"
BAD_CODE = "bad_code"
TAKEN = "taken"
MISMATCH = "mismatch"


@dataclass(frozen=True)
class SiteSettings:
    name: str
    country: str = "US"
    time_zone: str = "UTC"
    language: str = "en"
    currency: str = "USD"


def is_currency(code: str) -> bool:
    return bool(_CURRENCY.match(code.strip().upper()))


def check_settings(s: SiteSettings) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not s.name.strip():
        errors["site_name"] = REQUIRED
    if s.country.upper() not in phonenumbers.SUPPORTED_REGIONS:
        errors["country"] = UNKNOWN_COUNTRY
    if s.time_zone not in available_timezones():
        errors["time_zone"] = UNKNOWN_TIME_ZONE
    if s.language not in LANGUAGES:
        errors["language"] = UNKNOWN_LANGUAGE
    if not _CURRENCY.match(s.currency.strip().upper()):
        errors["currency"] = BAD_CURRENCY
    return errors


def check_username(username: str) -> str | None:
    if not username.strip():
        return REQUIRED
    return None if _USERNAME.match(username.strip()) else BAD_USERNAME


def check_password(password: str) -> str | None:
    if not password:
        return REQUIRED
    return TOO_SHORT if len(password) < MIN_PASSWORD else None


def check_code(code: str) -> str | None:
    if not code.strip():
        return REQUIRED
    return None if _CODE.match(code.strip()) else BAD_CODE


# -- reference defaults ------------------------------------------------------------------
class DefaultsError(ValueError):
    """A defaults file that cannot be used; the message names the entry (for the CLI)."""


@dataclass(frozen=True)
class Named:
    code: str
    en: str
    zh: str
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ReferenceDefaults:
    skills: list[Named]
    queues: list[Named]
    reason_codes: list[Named]
    dispositions: list[Named]  # parents before children; extra["parent"]
    complaint_categories: list[Named]
    # admincx: (severity, first response, resolution) in business minutes
    complaint_deadlines: list[tuple[str, int, int]] = field(default_factory=list)
    # admincx: (approval role, kind or "case_total", amount in minor units of the site currency)
    approval_limits: list[tuple[str, str, int]] = field(default_factory=list)


SECTIONS = ("skills", "queues", "reason_codes", "dispositions", "complaint_categories")


def parse_defaults(data: Any, source: str = "the defaults file") -> ReferenceDefaults:
    if not isinstance(data, dict):
        raise DefaultsError(f"{source} must be a mapping with {', '.join(SECTIONS)}")
    out: dict[str, list[Named]] = {}
    for section in SECTIONS:
        items = data.get(section) or []
        if not isinstance(items, list):
            raise DefaultsError(f"{source}: {section} must be a list")
        seen: set[str] = set()
        parsed = []
        for n, item in enumerate(items, 1):
            if not isinstance(item, dict):
                raise DefaultsError(f"{source}: {section} entry {n} must be a mapping")
            code = str(item.get("code", "")).strip()
            en, zh = str(item.get("en", "")).strip(), str(item.get("zh_CN", "")).strip()
            if check_code(code) or not en or not zh:
                raise DefaultsError(f"{source}: {section} entry {n} needs a code (a-z, 0-9, ._-), en and zh_CN")
            if code in seen:
                raise DefaultsError(f"{source}: {section} has the code {code!r} twice")
            parent = item.get("parent")
            if parent is not None and parent not in seen:
                raise DefaultsError(f"{source}: {section} {code!r} names parent {parent!r} before it is listed")
            seen.add(code)
            extra = {k: v for k, v in item.items() if k not in ("code", "en", "zh_CN")}
            parsed.append(Named(code, en, zh, extra))
        out[section] = parsed
    skills = {s.code for s in out["skills"]}
    for q in out["queues"]:
        if q.extra.get("skill") not in (None, *skills):
            raise DefaultsError(f"{source}: queue {q.code!r} names an unknown skill {q.extra.get('skill')!r}")
    return ReferenceDefaults(
        **out,
        complaint_deadlines=_parse_deadlines(data.get("complaint_deadlines") or [], source),
        approval_limits=_parse_limits(data.get("approval_limits") or {}, source),
    )


SEVERITIES = tuple(s.value for s in Severity)
MAX_DEADLINE_MINUTES = 60 * 24 * 365  # a year of business time
MAX_LIMIT_MINOR = 10**12


def _parse_deadlines(items: Any, source: str) -> list[tuple[str, int, int]]:
    if not isinstance(items, list):
        raise DefaultsError(f"{source}: complaint_deadlines must be a list")
    out: list[tuple[str, int, int]] = []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict) or item.get("severity") not in SEVERITIES:
            raise DefaultsError(f"{source}: complaint_deadlines entry {n} needs a severity ({', '.join(SEVERITIES)})")
        if any(item["severity"] == s for s, _a, _b in out):
            raise DefaultsError(f"{source}: complaint_deadlines has the severity {item['severity']!r} twice")
        minutes = []
        for key in ("first_response_hours", "resolution_hours"):
            value = item.get(key)
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not 0 < value * 60 <= MAX_DEADLINE_MINUTES
            ):
                raise DefaultsError(f"{source}: complaint_deadlines {item['severity']!r} needs {key} above 0")
            minutes.append(round(value * 60))
        out.append((item["severity"], minutes[0], minutes[1]))
    return out


def _parse_limits(data: Any, source: str) -> list[tuple[str, str, int]]:
    if not isinstance(data, dict):
        raise DefaultsError(f"{source}: approval_limits must map a role to its limits")
    out: list[tuple[str, str, int]] = []
    for role, limits in data.items():
        if role not in APPROVAL_ROLES or not isinstance(limits, dict):
            raise DefaultsError(f"{source}: approval_limits names {str(role)!r}; use {', '.join(APPROVAL_ROLES)}")
        for kind, amount in limits.items():
            if kind not in LIMIT_KINDS:
                raise DefaultsError(f"{source}: approval_limits {role!r} names an unknown kind {str(kind)!r}")
            if isinstance(amount, bool) or not isinstance(amount, int) or not 0 <= amount <= MAX_LIMIT_MINOR:
                raise DefaultsError(
                    f"{source}: approval_limits {role!r} {kind!r} must be a whole amount in minor units"
                )
            out.append((role, kind, amount))
    return out
