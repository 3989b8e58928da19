"""Contact-center metrics: what counts where, and confidence intervals over replications.

Definitions (industry usage; the simulator and ``callcenter.sim.erlang`` use the same):

- **Measured calls**: calls that *arrive* in the measured period (after the warm-up, before
  the end). Each is followed to its outcome even after the period ends (the run drains).
- **offered**: measured calls that arrived.
- **answered**: offered calls an agent answered live (callbacks are counted apart).
- **abandoned**: offered calls whose caller hung up while waiting (also while ringing).
- **short abandons**: abandons within ``short_abandon_s`` seconds of arriving (default 5 s;
  misdials and callers who hang up at the greeting). They are left out of the service
  level and the abandon rate (they are still in ``abandoned``).
- **callbacks**: callers who accepted a call back instead of waiting. They keep their
  place in the queue without hanging up; the agent reaching them is counted in
  ``callbacks_answered``, not in ``answered``, and their wait is not in the ASA. A
  callback is neither answered nor abandoned, so it is outside the service level and
  the abandon rate.
- **service_level** (the industry convention, "abandons before T are neutral"):
  answered within T / (answered + abandoned after T), where "abandoned after T" leaves
  out short abandons. Waits of exactly T count as within T.
- **service_level_offered** (the Erlang-comparable variant): answered within T / offered.
  Identical to ``service_level`` when nobody abandons; it is P(answered within T) of
  Erlang A.
- **p_wait**: offered calls that had to queue (no agent free on arrival) / offered.
- **asa_s** (average speed of answer): mean wait of answered calls, zero waits included.
- **abandon_rate**: (abandoned - short abandons) / (offered - short abandons - callbacks).
- **aht_s** (average handle time): (talk + hold + wrap-up) / calls handled (answered live
  and callbacks). The simulator has no separate hold: the drawn handle time is talk + hold.
- **occupancy**: agents' busy time (ringing, talking, wrap-up) / staffed time (logged in
  and not on a break), both inside the measured period. When a benchmark run is bounded
  by a number of calls instead of hours, the measured period ends at the last arrival.

Replications are independent runs with separate random streams. Each figure is reported
as the mean over replications, with ``ci95`` holding the half-width of the 95 %
confidence interval, t(0.975, R-1) * s / sqrt(R) (Student t; None for one replication).
Counts (offered, answered, ...) are means per replication.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, overload

from callcenter.sim.special import t_quantile

# Indices into a per-queue tally (a plain list, for speed in the engines).
(
    OFFERED,
    ANSWERED,
    ANSWERED_IN_T,
    ABANDONED,
    SHORT_ABANDONS,
    ABANDONED_LATE,  # after T, and not short
    WAITED,
    WAIT_ANSWERED_SUM,
    WAIT_ABANDONED_SUM,
    HANDLED,
    TALK_SUM,
    WRAP_SUM,
    CALLBACKS,
    CALLBACKS_ANSWERED,
    OVERFLOWED,
    UNFINISHED,  # still waiting when the run stopped (no agent left to take them)
) = range(16)
TALLY_SIZE = 16

# A per-queue tally: counts and sums of seconds, indexed by the constants above.
Tally = list[float]
# Figures as the engines report them (JSON-ready apart from NaN): numbers by name, plus
# nested figures ("queues", "ci95") and a few facts about the run.
Figures = dict[str, Any]

KEYS = (
    "offered",
    "answered",
    "abandoned",
    "short_abandons",
    "callbacks",
    "callbacks_answered",
    "overflowed",
    "unfinished",
    "p_wait",
    "service_level",
    "service_level_offered",
    "asa_s",
    "abandon_rate",
    "aht_s",
    "mean_abandon_wait_s",
)


def new_tally() -> Tally:
    return [0] * TALLY_SIZE


def add_tallies(tallies: Iterable[Sequence[float]]) -> Tally:
    total = new_tally()
    for t in tallies:
        for i in range(TALLY_SIZE):
            total[i] += t[i]
    return total


def _ratio(num: float, den: float) -> float:
    return num / den if den > 0 else math.nan


def queue_metrics(t: Sequence[float]) -> Figures:
    """The figures of one queue (or of a summed tally) from its counts."""
    return {
        "offered": t[OFFERED],
        "answered": t[ANSWERED],
        "abandoned": t[ABANDONED],
        "short_abandons": t[SHORT_ABANDONS],
        "callbacks": t[CALLBACKS],
        "callbacks_answered": t[CALLBACKS_ANSWERED],
        "overflowed": t[OVERFLOWED],
        "unfinished": t[UNFINISHED],
        "p_wait": _ratio(t[WAITED], t[OFFERED]),
        "service_level": _ratio(t[ANSWERED_IN_T], t[ANSWERED] + t[ABANDONED_LATE]),
        "service_level_offered": _ratio(t[ANSWERED_IN_T], t[OFFERED]),
        "asa_s": _ratio(t[WAIT_ANSWERED_SUM], t[ANSWERED]),
        "abandon_rate": _ratio(t[ABANDONED] - t[SHORT_ABANDONS], t[OFFERED] - t[SHORT_ABANDONS] - t[CALLBACKS]),
        "aht_s": _ratio(t[TALK_SUM] + t[WRAP_SUM], t[HANDLED]),
        "mean_abandon_wait_s": _ratio(t[WAIT_ABANDONED_SUM], t[ABANDONED]),
    }


def run_metrics(tallies: Mapping[str, Sequence[float]], busy_s: float, staffed_s: float) -> Figures:
    """One replication: overall figures, ``occupancy``, and ``queues`` by name."""
    overall = queue_metrics(add_tallies(tallies.values()))
    overall["occupancy"] = _ratio(busy_s, staffed_s)
    overall["queues"] = {name: queue_metrics(t) for name, t in tallies.items()}
    return overall


def mean_ci(values: Sequence[float], confidence: float = 0.95) -> tuple[float, float | None]:
    """Mean and the half-width of its Student-t confidence interval (None if n < 2).
    NaN values (a figure undefined in some replication) are left out."""
    vals = [v for v in values if v is not None and not math.isnan(v)]
    n = len(vals)
    if n == 0:
        return math.nan, None
    mean = math.fsum(vals) / n
    if n < 2:
        return mean, None
    var = math.fsum((v - mean) ** 2 for v in vals) / (n - 1)
    return mean, t_quantile(0.5 + confidence / 2.0, n - 1) * math.sqrt(var / n)


def summarize(runs: Sequence[Figures], confidence: float = 0.95) -> Figures:
    """Means over replications with ``ci95`` half-widths of every numeric figure; per-queue
    figures get the same treatment inside ``queues``."""

    def flat(dicts: Sequence[Figures]) -> Figures:
        out: Figures = {}
        ci: dict[str, float | None] = {}
        for key, value in dicts[0].items():
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                out[key], ci[key] = mean_ci([d[key] for d in dicts], confidence)
        out["ci95"] = ci
        return out

    summary = flat(runs)
    if "queues" in runs[0]:
        summary["queues"] = {name: flat([r["queues"][name] for r in runs]) for name in runs[0]["queues"]}
    summary["replications"] = len(runs)
    return summary


@overload
def json_safe(obj: dict[str, Any]) -> dict[str, Any]: ...
@overload
def json_safe(obj: list[Any] | tuple[Any, ...]) -> list[Any]: ...
@overload
def json_safe(obj: float) -> float | None: ...
@overload
def json_safe(obj: object) -> object: ...
def json_safe(obj: object) -> object:
    """NaN and infinity become None (JSON has neither); floats are rounded for reading."""
    if isinstance(obj, dict):
        return {k: json_safe(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [json_safe(v) for v in obj]
    if isinstance(obj, float):
        if math.isnan(obj) or math.isinf(obj):
            return None
        return float(f"{obj:.6g}") if abs(obj) < 1e15 else obj
    return obj
