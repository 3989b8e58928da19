"""Administered reference data the console and the board follow: ring and wrap-up
policies, business calendars with their holidays.

Plain values and pure functions (no Qt, no SQL): the store keeps the rows, ``ops.admin``
edits them, and the console hands a ``RingWrapPolicy`` to the agent state machine as an
``AgentConfig``; the board asks ``is_open`` whether a queue's calendar is open now.

A policy belongs to a queue or, with no queue, is the site's default. The defaults here
are the product's constants from before policies were administered, so a site seeded with
them behaves as before.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from callcenter.core.agent_state import (
    AFTER_MISSED,
    AFTER_MISSED_PAUSE,
    MISSED_CALL,
    AgentConfig,
)
from callcenter.core.business_calendar import BusinessCalendar

# Reason codes of ``Invalid(fields=...)`` for policies and calendars.
OUT_OF_RANGE = "out_of_range"
UNKNOWN = "unknown"
TAKEN = "taken"
REQUIRED = "required"
BAD_HOURS = "bad_hours"  # a day's opening time not before its closing time, or not HH:MM
NO_HOURS = "no_hours"  # a calendar open on no day at all
BAD_DATE = "bad_date"
UNKNOWN_TIME_ZONE = "unknown_time_zone"

RANGES: dict[str, tuple[int, int]] = {
    "ring_timeout_s": (5, 300),
    "max_missed_offers": (1, 20),
    "missed_pause_s": (0, 3600),
    "wrap_up_limit_s": (5, 3600),
    "extension_s": (0, 3600),
}


@dataclass(frozen=True)
class RingWrapPolicy:
    """How long an offer rings, what a missed offer does, how long wrap-up may last.

    ``queue_code`` None: the site's default. ``after_missed`` is what follows a missed
    offer below ``max_missed_offers`` (``core.agent_state.AFTER_MISSED``); at the limit the
    agent goes Not ready with ``missed_reason`` and stays there."""

    queue_code: str | None = None
    ring_timeout_s: int = 20
    max_missed_offers: int = 2
    missed_reason: str = MISSED_CALL
    after_missed: str = AFTER_MISSED_PAUSE
    missed_pause_s: int = 15
    wrap_up_limit_s: int = 60
    extension_allowed: bool = True
    extension_s: int = 30

    def config(self, base: AgentConfig | None = None) -> AgentConfig:
        """The state machine's configuration under this policy (what it does not govern,
        the state after wrap-up, comes from ``base``)."""
        base = base or AgentConfig()
        return AgentConfig(
            wrap_up_timeout_s=float(self.wrap_up_limit_s),
            wrap_up_extend_s=float(self.extension_s),
            after_wrap_up=base.after_wrap_up,
            after_wrap_reason=base.after_wrap_reason,
            max_missed_offers=int(self.max_missed_offers),
            missed_pause_s=float(self.missed_pause_s),
            ring_timeout_s=float(self.ring_timeout_s),
            missed_reason=self.missed_reason or MISSED_CALL,
            after_missed=self.after_missed,
            wrap_up_extend_allowed=bool(self.extension_allowed and self.extension_s > 0),
        )


DEFAULT_POLICY = RingWrapPolicy()


def check_policy(policy: RingWrapPolicy, reason_codes: Iterable[str] | None = None) -> dict[str, str]:
    """Field -> reason code for each problem; empty when the policy is valid."""
    errors: dict[str, str] = {}
    for name, (low, high) in RANGES.items():
        value = getattr(policy, name)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            errors[name] = OUT_OF_RANGE
    if policy.after_missed not in AFTER_MISSED:
        errors["after_missed"] = UNKNOWN
    if not policy.missed_reason:
        errors["missed_reason"] = REQUIRED
    elif reason_codes is not None and policy.missed_reason not in set(reason_codes):
        errors["missed_reason"] = UNKNOWN
    return errors


def policy_for(policies: Iterable[RingWrapPolicy], queue_code: str | None) -> RingWrapPolicy:
    """The queue's own policy, else the site default, else the product's constants."""
    default = DEFAULT_POLICY
    for p in policies:
        if queue_code and p.queue_code == queue_code:
            return p
        if p.queue_code is None:
            default = p
    return default


# -- business calendars -------------------------------------------------------------------
Hours = Mapping[int, tuple[time, time]]  # weekday (0 = Monday) -> opens, closes (local)


def hours_to_text(hours: Hours) -> str:
    """The weekly hours as the store keeps them: JSON ``{"0": ["09:00", "17:00"], ...}``."""
    return json.dumps(
        {str(d): [o.strftime("%H:%M"), c.strftime("%H:%M")] for d, (o, c) in sorted(hours.items())},
        separators=(",", ":"),
    )


def hours_from_text(text: str) -> dict[int, tuple[time, time]]:
    """The inverse of ``hours_to_text``; ValueError on anything else."""
    raw = json.loads(text or "{}")
    if not isinstance(raw, dict):
        raise ValueError("weekly hours must be an object")
    out: dict[int, tuple[time, time]] = {}
    for day, window in raw.items():
        d = int(day)
        if d not in range(7) or not isinstance(window, list) or len(window) != 2:
            raise ValueError(f"bad weekly hours for day {day!r}")
        opens, closes = (time.fromisoformat(str(v)) for v in window)
        out[d] = (opens, closes)
    return out


@dataclass(frozen=True)
class Calendar:
    """A business calendar as administered: a code, names, a time zone, weekly hours."""

    code: str
    name_en: str
    name_zh: str
    time_zone: str = "UTC"
    hours: Hours = field(default_factory=lambda: {d: (time(9), time(17)) for d in range(5)})
    active: bool = True

    def name(self, lang: str) -> str:
        return self.name_zh if lang.startswith("zh") and self.name_zh else self.name_en


@dataclass(frozen=True)
class Holiday:
    calendar_code: str
    day: date
    name_en: str
    name_zh: str

    def name(self, lang: str) -> str:
        return self.name_zh if lang.startswith("zh") and self.name_zh else self.name_en


def check_calendar(calendar: Calendar) -> dict[str, str]:
    errors: dict[str, str] = {}
    try:
        ZoneInfo(calendar.time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        errors["time_zone"] = UNKNOWN_TIME_ZONE
    if not calendar.hours:
        errors["hours"] = NO_HOURS
    for day, (opens, closes) in calendar.hours.items():
        if day not in range(7) or not opens < closes:
            errors["hours"] = BAD_HOURS
    return errors


def business_calendar(calendar: Calendar, holidays: Iterable[Holiday | date] = ()) -> BusinessCalendar:
    """The arithmetic calendar (``core.business_calendar``) of an administered one."""
    days = frozenset(h.day if isinstance(h, Holiday) else h for h in holidays)
    return BusinessCalendar(tz=calendar.time_zone, hours=dict(calendar.hours), holidays=days)


def is_open(calendar: Calendar, holidays: Iterable[Holiday | date], when: datetime) -> bool:
    """Whether ``calendar`` is open at the aware instant ``when``: the local weekday has
    hours, the local date is no holiday, and the local wall time is within them (opening
    time included, closing time excluded). Local time follows the zone's DST rules."""
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError("when must be a timezone-aware datetime")
    mine = [h for h in holidays if not isinstance(h, Holiday) or h.calendar_code == calendar.code]
    return business_calendar(calendar, mine).is_open(when)
