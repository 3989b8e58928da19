"""When the models are refitted: the value models (BG/NBD, Gamma-Gamma, the breakpoints)
and the churn model are refitted together, on a schedule (``RefitPolicy``) and on demand.

The schedule is "every ``every_hours``, in the ``at_hour`` o'clock hour (local time) when
given": nightly by default. A fit older than the period waits for that hour, but never
more than a day more; a store never fitted is fitted at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class RefitPolicy:
    every_hours: float = 24.0  # 0: no scheduled refit (on demand only)
    at_hour: int | None = 2  # local hour 0..23 to run in; None: as soon as the period is over

    def __post_init__(self) -> None:
        if self.every_hours < 0 or (self.at_hour is not None and not 0 <= self.at_hour <= 23):
            raise ValueError("refit policy out of range")


def refit_due(fitted_at: datetime | None, now: datetime, policy: RefitPolicy = RefitPolicy()) -> bool:
    """True when the scheduled refit should run now (``now`` local or aware; compared as given)."""
    if policy.every_hours <= 0:
        return False
    if fitted_at is None:
        return True
    age = now - fitted_at
    period = timedelta(hours=policy.every_hours)
    if age < period:
        return False
    if policy.at_hour is None or age >= period + timedelta(days=1):
        return True
    return now.astimezone().hour == policy.at_hour
