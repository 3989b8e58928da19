"""Complaint figures: pure functions over plain records (no SQL, no Qt).

Definitions (every figure is over the cases handed in; the store picks them by date range):

* **Volume by category**: cases counted by the period their complaint was *received*
  (``opened_at``): a month ``YYYY-MM`` or an ISO week ``YYYY-Www``, in UTC.
* **Time to acknowledge**: ``acknowledged_at - opened_at``; **time to resolve**:
  ``resolved_at - opened_at`` (``resolved_at`` is when the customer accepted the
  resolution, or the closing if that came first; after a reopen it is the later
  resolution, so the reopened time counts). Each is given twice: in *business hours*
  of the ``BusinessCalendar`` (what the deadlines are measured in; the KPI tiles show
  these) and in *elapsed hours* (wall clock). Cases not yet acknowledged/resolved are
  left out of that measure (``n`` says how many were counted). Median is the middle
  value (mean of the two middle ones for an even count); p90 is the nearest-rank 90th
  percentile (the smallest value with at least 90 % of values at or below it).
* **Breach rate**: the share of cases that breached the acknowledge deadline or the
  resolve deadline (or both; each case counts once). A deadline is breached when the
  step happened after it, or when the step has not happened and the deadline is
  before ``as_of``; a deadline breach already flagged on the case (``flagged``) counts
  too. Cases without deadlines cannot breach. Denominator: all cases.
* **Reopen rate**: among cases closed at least once (closed now, or reopened before),
  the share reopened at least once (``reopen_count >= 1``).
* **Root-cause Pareto**: closed cases with a root cause, counted by cause, most
  frequent first (ties by code); share = count / total; cumulative share is the
  running count / total, so it ends at exactly 1.
* **Recovery effect**: see ``recovery_effect``.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from callcenter.core.business_calendar import BusinessCalendar
from callcenter.core.complaints.capture import Category, ConfigError
from callcenter.core.complaints.workflow import CLOSED_STATE_VALUES

REPEAT_WINDOW = timedelta(days=90)
CLOSED = frozenset(CLOSED_STATE_VALUES)


@dataclass(frozen=True)
class CaseFacts:
    """What the figures need of one case (UTC-aware datetimes)."""

    case_id: str
    category: str
    opened_at: datetime
    state: str = "received"
    acknowledged_at: datetime | None = None
    resolved_at: datetime | None = None
    closed_at: datetime | None = None
    acknowledge_due: datetime | None = None
    resolve_due: datetime | None = None
    root_cause: str = ""
    reopen_count: int = 0
    flagged: bool = False  # a deadline breach recorded on the case


@dataclass(frozen=True)
class Contact:
    """One customer's anchor contact for the recovery comparison.

    ``at`` is the anchor (a complaint's closing, or a call); ``csat`` the survey score
    tied to it (1-5 or None); ``next_order_at`` the customer's first order after ``at``.
    """

    customer_id: str
    at: datetime
    csat: int | None = None
    next_order_at: datetime | None = None


# -- root causes -------------------------------------------------------------------------
def parse_root_causes(data: Any, source: str = "the root-cause list") -> list[Category]:
    """A flat list of root causes, each with code, en and zh_CN; codes unique."""
    if not isinstance(data, Mapping) or not isinstance(data.get("root_causes"), list) or not data["root_causes"]:
        raise ConfigError(f"{source} must have a non-empty 'root_causes' list")
    out: list[Category] = []
    for item in data["root_causes"]:
        item = item if isinstance(item, Mapping) else {}
        missing = [k for k in ("code", "en", "zh_CN") if not str(item.get(k, "")).strip()]
        if missing:
            raise ConfigError(f"{source}: root cause {item.get('code', '?')!r} is missing {', '.join(missing)}")
        code = str(item["code"]).strip()
        if any(c.code == code for c in out):
            raise ConfigError(f"{source}: the code {code!r} is used twice")
        out.append(Category(code, str(item["en"]).strip(), str(item["zh_CN"]).strip()))
    return out


# -- volume ------------------------------------------------------------------------------
def period_of(at: datetime, period: str = "month") -> str:
    if period == "month":
        return f"{at.year:04d}-{at.month:02d}"
    if period == "week":
        year, week, _ = at.isocalendar()
        return f"{year:04d}-W{week:02d}"
    raise ValueError(f"period must be 'month' or 'week', not {period!r}")


def volume_by_category(
    cases: Iterable[CaseFacts], period: str = "month", key: Callable[[str], str] | None = None
) -> list[tuple[str, str, int]]:
    """(period, category, count) rows, sorted by period then category. ``key`` maps a
    case's category code to the one shown (for example its group)."""
    key = key or (lambda code: code)
    counts = Counter((period_of(c.opened_at, period), key(c.category)) for c in cases)
    return sorted((p, cat, n) for (p, cat), n in counts.items())


# -- times -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Summary:
    n: int
    median: float | None
    p90: float | None
    mean: float | None


def summarise(values: Sequence[float]) -> Summary:
    if not values:
        return Summary(0, None, None, None)
    ordered = sorted(values)
    rank = math.ceil(0.9 * len(ordered))  # nearest rank, 1-based
    return Summary(len(ordered), statistics.median(ordered), ordered[rank - 1], statistics.fmean(ordered))


BUSINESS, ELAPSED = "business_hours", "elapsed_hours"


def handling_times(cases: Iterable[CaseFacts], calendar: BusinessCalendar) -> dict[tuple[str, str], Summary]:
    """{(measure, basis): Summary} for measure in acknowledge/resolve, basis in business/elapsed hours."""
    values: dict[tuple[str, str], list[float]] = {
        (m, b): [] for m in ("acknowledge", "resolve") for b in (BUSINESS, ELAPSED)
    }
    for c in cases:
        for measure, end in (("acknowledge", c.acknowledged_at), ("resolve", c.resolved_at)):
            if end is None or end < c.opened_at:
                continue
            values[(measure, ELAPSED)].append((end - c.opened_at) / timedelta(hours=1))
            values[(measure, BUSINESS)].append(calendar.business_hours_between(c.opened_at, end))
    return {k: summarise(v) for k, v in values.items()}


# -- rates -------------------------------------------------------------------------------
def _late(done: datetime | None, due: datetime | None, as_of: datetime) -> bool:
    if due is None:
        return False
    return done > due if done is not None else as_of > due


def breached(case: CaseFacts, as_of: datetime) -> bool:
    return (
        case.flagged
        or _late(case.acknowledged_at, case.acknowledge_due, as_of)
        or _late(case.resolved_at, case.resolve_due, as_of)
    )


@dataclass(frozen=True)
class Rate:
    numerator: int
    denominator: int

    @property
    def value(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None


def breach_rate(cases: Iterable[CaseFacts], as_of: datetime) -> Rate:
    flags = [breached(c, as_of) for c in cases]
    return Rate(sum(flags), len(flags))


def reopen_rate(cases: Iterable[CaseFacts]) -> Rate:
    ever_closed = [c for c in cases if c.state in CLOSED or c.reopen_count > 0]
    return Rate(sum(1 for c in ever_closed if c.reopen_count > 0), len(ever_closed))


# -- Pareto ------------------------------------------------------------------------------
def root_cause_pareto(cases: Iterable[CaseFacts]) -> list[tuple[str, int, float, float]]:
    """(root cause, count, share, cumulative share), most frequent first."""
    counts = Counter(c.root_cause for c in cases if c.state in CLOSED and c.root_cause)
    total = sum(counts.values())
    rows, running = [], 0
    for cause, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        running += n
        rows.append((cause, n, n / total, running / total))
    return rows


# -- recovery effect ------------------------------------------------------------------------
@dataclass(frozen=True)
class GroupEffect:
    group: str  # "resolved_complainers" | "never_complained"
    csat_n: int  # survey answers counted
    csat_mean: float | None
    customers: int  # customers whose anchor's whole 90-day window lies before as_of
    repeat_buyers: int

    @property
    def repeat_share(self) -> float | None:
        return self.repeat_buyers / self.customers if self.customers else None


def bought_within(contact: Contact, window: timedelta = REPEAT_WINDOW) -> bool:
    """An order strictly after the anchor and at most ``window`` later."""
    nxt = contact.next_order_at
    return nxt is not None and contact.at < nxt <= contact.at + window


def _group(
    name: str, contacts: Iterable[Contact], csat: Iterable[int | None], as_of: datetime, window: timedelta
) -> GroupEffect:
    scores = [int(v) for v in csat if v is not None]
    latest: dict[str, Contact] = {}
    for c in contacts:
        if c.at + window <= as_of and (c.customer_id not in latest or c.at > latest[c.customer_id].at):
            latest[c.customer_id] = c
    return GroupEffect(
        name,
        len(scores),
        statistics.fmean(scores) if scores else None,
        len(latest),
        sum(1 for c in latest.values() if bought_within(c, window)),
    )


def recovery_effect(
    resolved: Iterable[Contact],
    resolved_csat: Iterable[int | None],
    never: Iterable[Contact],
    never_csat: Iterable[int | None],
    as_of: datetime,
    window: timedelta = REPEAT_WINDOW,
) -> list[GroupEffect]:
    """Satisfaction and repeat purchase: resolved complainers against customers who never complained.

    *Resolved complainers*: customers with a case closed in the range. CSAT: the
    satisfaction survey (1-5) of every closed case in the range that has one. Anchor:
    the closing of a case.
    *Never complained*: customers with no complaint at all, ever. CSAT: the post-call
    survey (1-5) of every answered call of theirs in the range that has one. Anchor: an
    answered call.
    *Repeat purchase*: per customer, the latest anchor whose whole 90-day window lies
    before ``as_of`` (``anchor + 90 days <= as_of``); the customer bought again when an
    order falls in ``anchor < ordered_at <= anchor + 90 days``. Customers with no such
    anchor are left out (a recent anchor would look like a non-buyer).

    Limits: the groups are not randomised and differ (complainers were active enough
    to complain; a closing and an ordinary call are different touch points); the two
    CSAT figures come from different surveys (after the case versus after a call) and
    survey answers are self-selected. Read the gap as a description, not as the causal
    effect of recovery.
    """
    return [
        _group("resolved_complainers", resolved, resolved_csat, as_of, window),
        _group("never_complained", never, never_csat, as_of, window),
    ]
