"""Arrival processes: constant-rate Poisson, a per-interval rate profile, CSV replay.

Each process is plain data plus ``stream(rng, start)``, which returns a function
``next_after(t) -> float | None`` giving the next arrival after ``t`` (None when the
process has no more arrivals). Rates are calls per hour in the data, per second inside.

- ``Poisson(rate_per_hour)``: exponential gaps, ``t - log(1 - U) / rate``.
- ``Profile(calls_per_hour, interval_s)``: a non-homogeneous Poisson process whose rate
  is constant within each interval (15 or 30 minutes typically) starting at ``start``
  (the beginning of the measured period). Exact: one unit-exponential draw is spent
  against the cumulative rate, crossing intervals as needed. Past the last interval the
  rate is zero.
- ``Replay(times_s)``: the given arrival times (seconds after ``start``), the same in every
  replication; ``load_replay_csv`` reads them from a file.
"""

from __future__ import annotations

import csv
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Poisson:
    rate_per_hour: float

    def stream(self, rng: random.Random, start: float = 0.0) -> Callable[[float], float | None]:
        if self.rate_per_hour <= 0:
            return lambda t: None
        mean_gap = 3600.0 / self.rate_per_hour
        rnd, log = rng.random, math.log
        return lambda t: t - log(1.0 - rnd()) * mean_gap

    def rate_at(self, t: float, start: float = 0.0) -> float:
        return self.rate_per_hour

    def expected_calls(self, hours: float) -> float:
        return self.rate_per_hour * hours


@dataclass(frozen=True)
class Profile:
    calls_per_hour: tuple[float, ...]
    interval_s: float = 1800.0

    def rate_at(self, t: float, start: float = 0.0) -> float:
        i = int((t - start) // self.interval_s)
        if i < 0:
            i = 0
        return self.calls_per_hour[i] if i < len(self.calls_per_hour) else 0.0

    def expected_calls(self, hours: float) -> float:
        total, left = 0.0, hours * 3600.0
        for rate in self.calls_per_hour:
            span = min(left, self.interval_s)
            total += rate * span / 3600.0
            left -= span
            if left <= 0:
                break
        return total

    def stream(self, rng: random.Random, start: float = 0.0) -> Callable[[float], float | None]:
        rates = [r / 3600.0 for r in self.calls_per_hour]
        width = self.interval_s
        rnd, log = rng.random, math.log
        n = len(rates)

        def next_after(t: float) -> float | None:
            need = -log(1.0 - rnd())  # unit exponential against the cumulative rate
            i = int((t - start) // width)
            if i < 0:  # before the profile (warm-up): the first interval's rate
                rate = rates[0]
                if rate > 0:
                    gap = need / rate
                    if t + gap < start:
                        return t + gap
                    need -= (start - t) * rate
                t, i = start, 0
            while i < n:
                end = start + (i + 1) * width
                rate = rates[i]
                if rate > 0:
                    gap = need / rate
                    if t + gap < end:
                        return t + gap
                    need -= (end - t) * rate
                t, i = end, i + 1
            return None

        return next_after


@dataclass(frozen=True)
class Replay:
    times_s: tuple[float, ...] = field(repr=False)
    source: str = ""

    def stream(self, rng: random.Random, start: float = 0.0) -> Callable[[float], float | None]:
        times = iter(sorted(start + s for s in self.times_s))

        def next_after(t: float) -> float | None:
            # Replayed in order: equal times are separate calls, and a call at the
            # start itself is kept (the times never depend on ``t``).
            return next(times, None)

        return next_after

    def rate_at(self, t: float, start: float = 0.0) -> float:
        return 0.0

    def expected_calls(self, hours: float) -> float:
        return float(sum(1 for s in self.times_s if s < hours * 3600.0))


def parse_clock(text: str) -> float:
    """'HH:MM' or 'HH:MM:SS' to seconds after midnight."""
    parts = text.strip().split(":")
    if len(parts) not in (2, 3) or not all(p.strip().replace(".", "", 1).isdigit() for p in parts):
        raise ValueError(f"{text!r} is not a time of day like 08:30 or 08:30:15")
    h, m = int(parts[0]), int(parts[1])
    s = float(parts[2]) if len(parts) == 3 else 0.0
    if not (0 <= h <= 48 and 0 <= m < 60 and 0 <= s < 60):
        raise ValueError(f"{text!r} is not a time of day like 08:30 or 08:30:15")
    return h * 3600.0 + m * 60.0 + s


def load_replay_csv(path: Path, queue: str | None = None, start_clock_s: float = 0.0) -> tuple[float, ...]:
    """Arrival times from a CSV: first column seconds after the start, or a clock time
    (HH:MM[:SS], taken relative to ``start_clock_s``); an optional second column names
    the queue (rows of other queues are skipped when ``queue`` is given). A header row
    is allowed. Times before the start are an error."""
    times: list[float] = []
    with open(path, newline="", encoding="utf-8") as fh:
        for lineno, row in enumerate(csv.reader(fh), start=1):
            if not row or not row[0].strip() or row[0].lstrip().startswith("#"):
                continue
            cell = row[0].strip()
            try:
                value = parse_clock(cell) - start_clock_s if ":" in cell else float(cell)
            except ValueError:
                if lineno == 1:  # a header
                    continue
                raise ValueError(f"{path.name} line {lineno}: {cell!r} is neither seconds nor a time of day") from None
            if not math.isfinite(value) or value < 0:
                raise ValueError(f"{path.name} line {lineno}: arrival {cell!r} is before the start of the day")
            if queue is not None and len(row) > 1 and row[1].strip() and row[1].strip() != queue:
                continue
            times.append(value)
    if not times:
        raise ValueError(f"{path.name}: no arrival times" + (f" for queue {queue!r}" if queue else ""))
    return tuple(sorted(times))
