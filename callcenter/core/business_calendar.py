"""Business-hours arithmetic for complaint deadlines.

A ``BusinessCalendar`` knows the working hours of each weekday, the holidays
(local dates) and an IANA time zone. Deadlines are counted in business hours:
``add_business_hours`` moves a UTC instant forward by so many working hours and
``business_hours_between`` measures the working hours between two instants.

Rules:
- Inputs must be timezone-aware datetimes; results are returned in UTC.
- Working hours are local wall-clock times in the calendar's zone. Each day's
  window is converted to real instants, so a window is counted by the real time
  that elapses in it (a DST change inside a window counts the real hours).
- Adding zero hours returns the start unchanged, even outside business hours.
- When the hours run out exactly at a closing time the result is that closing
  time (not the next opening).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

UTC = UTC
MONDAY_TO_FRIDAY = (0, 1, 2, 3, 4)


def _require_aware(value: datetime, name: str) -> None:
    if not isinstance(value, datetime):
        raise TypeError(f"{name} must be a datetime")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime (use UTC)")


@dataclass(frozen=True)
class BusinessCalendar:
    """Working hours per weekday (0 = Monday), holidays and a time zone.

    ``hours`` maps a weekday to ``(opens, closes)`` local times; weekdays not in
    the mapping are closed. ``holidays`` are local dates on which nothing is open.
    """

    tz: str = "UTC"
    hours: Mapping[int, tuple[time, time]] = field(
        default_factory=lambda: {d: (time(9), time(17)) for d in MONDAY_TO_FRIDAY}
    )
    holidays: frozenset[date] = frozenset()

    def __post_init__(self) -> None:
        object.__setattr__(self, "holidays", frozenset(self.holidays))
        object.__setattr__(self, "hours", dict(self.hours))
        if not self.hours:
            raise ValueError("a business calendar needs at least one working day")
        for day, window in self.hours.items():
            if day not in range(7):
                raise ValueError(f"weekday must be 0 (Monday) to 6 (Sunday), not {day!r}")
            opens, closes = window
            if not opens < closes:
                raise ValueError(f"on weekday {day} the opening time must be before the closing time")
        ZoneInfo(self.tz)  # fails early on an unknown zone

    @classmethod
    def standard(
        cls,
        tz: str = "UTC",
        opens: time = time(9),
        closes: time = time(17),
        weekdays: Iterable[int] = MONDAY_TO_FRIDAY,
        holidays: Iterable[date] = (),
    ) -> BusinessCalendar:
        return cls(tz=tz, hours=dict.fromkeys(weekdays, (opens, closes)), holidays=frozenset(holidays))

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz)

    # -- windows -------------------------------------------------------------
    def window(self, day: date) -> tuple[datetime, datetime] | None:
        """The UTC instants a local date's business hours open and close, or None."""
        if day in self.holidays or day.weekday() not in self.hours:
            return None
        opens, closes = self.hours[day.weekday()]
        zone = self.zone
        start = datetime.combine(day, opens, tzinfo=zone).astimezone(UTC)
        end = datetime.combine(day, closes, tzinfo=zone).astimezone(UTC)
        if end <= start:  # only possible when a DST jump swallows a tiny window
            return None
        return start, end

    def local_date(self, instant: datetime) -> date:
        return instant.astimezone(self.zone).date()

    def is_open(self, instant: datetime) -> bool:
        _require_aware(instant, "instant")
        w = self.window(self.local_date(instant))
        return w is not None and w[0] <= instant < w[1]

    # -- arithmetic ----------------------------------------------------------
    def add_business_hours(self, start_utc: datetime, hours: float) -> datetime:
        """The instant ``hours`` business hours after ``start_utc`` (returned in UTC)."""
        _require_aware(start_utc, "start")
        if hours < 0:
            raise ValueError("business hours to add cannot be negative")
        cursor = start_utc.astimezone(UTC)
        remaining = timedelta(hours=hours)
        if remaining == timedelta(0):
            return cursor
        day = self.local_date(cursor)
        while True:
            w = self.window(day)
            if w is not None:
                opens, closes = w
                if cursor < opens:
                    cursor = opens
                if cursor < closes:
                    available = closes - cursor
                    if remaining <= available:
                        return cursor + remaining
                    remaining -= available
                    cursor = closes
            day += timedelta(days=1)

    def business_hours_between(self, a: datetime, b: datetime) -> float:
        """Business hours from ``a`` to ``b`` (negative when ``b`` is before ``a``)."""
        _require_aware(a, "a")
        _require_aware(b, "b")
        if b < a:
            return -self.business_hours_between(b, a)
        return self._between(a.astimezone(UTC), b.astimezone(UTC)) / timedelta(hours=1)

    def _between(self, a: datetime, b: datetime) -> timedelta:
        total = timedelta(0)
        # Local dates can shift by one around the UTC instants; pad a day each side.
        day = self.local_date(a) - timedelta(days=1)
        last = self.local_date(b) + timedelta(days=1)
        while day <= last:
            w = self.window(day)
            if w is not None:
                lo, hi = max(a, w[0]), min(b, w[1])
                if lo < hi:
                    total += hi - lo
            day += timedelta(days=1)
        return total


def add_business_hours(calendar: BusinessCalendar, start_utc: datetime, hours: float) -> datetime:
    return calendar.add_business_hours(start_utc, hours)


def business_hours_between(calendar: BusinessCalendar, a: datetime, b: datetime) -> float:
    return calendar.business_hours_between(a, b)
