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
    return ReferenceDefaults(**out)
