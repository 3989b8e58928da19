"""Time distributions for handle time, wrap-up and patience.

A ``Dist`` is plain data (what a scenario file says); ``Dist.sampler(rng)`` returns a
zero-argument function drawing one value from a given ``random.Random`` — the
simulator binds it once and calls it in its hot loop. Exponential draws are
``-log(1 - U) * mean`` everywhere (the fast path inlines exactly this expression, so
both engines draw identical numbers from identical streams).

Kinds:

- ``exponential(mean)``
- ``lognormal(mean, sd)`` — given by the mean and standard deviation of the time itself
  (not of its logarithm): sigma^2 = ln(1 + sd^2/mean^2), mu = ln(mean) - sigma^2/2.
- ``empirical(values)`` — draws one of the observed values uniformly (bootstrap).
- ``constant(value)``
- ``none`` — for patience only: callers never hang up (``sampler`` returns None).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

KINDS = ("exponential", "lognormal", "empirical", "constant", "none")


@dataclass(frozen=True)
class Dist:
    kind: str
    mean: float = 0.0
    sd: float = 0.0
    values: tuple[float, ...] = field(default=(), repr=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown distribution {self.kind!r}; choose one of {', '.join(KINDS)}")
        if self.kind == "empirical":
            if not self.values:
                raise ValueError("an empirical distribution needs at least one value")
            if any(not (v >= 0 and math.isfinite(v)) for v in self.values):
                raise ValueError("empirical values must be non-negative numbers of seconds")
        elif self.kind != "none":
            if not (self.mean >= 0 and math.isfinite(self.mean)):
                raise ValueError(f"a {self.kind} time needs a non-negative mean, not {self.mean!r}")
            if self.kind in ("exponential", "lognormal") and self.mean <= 0:
                raise ValueError(f"a {self.kind} time needs a positive mean, not {self.mean!r}")
            if self.kind == "lognormal" and not (self.sd > 0 and math.isfinite(self.sd)):
                raise ValueError(f"a lognormal time needs a positive sd, not {self.sd!r}")

    # -- constructors -------------------------------------------------------
    @classmethod
    def exponential(cls, mean: float) -> Dist:
        return cls("exponential", float(mean))

    @classmethod
    def lognormal(cls, mean: float, sd: float) -> Dist:
        return cls("lognormal", float(mean), float(sd))

    @classmethod
    def empirical(cls, values: Iterable[float]) -> Dist:
        vals = tuple(float(v) for v in values)
        return cls("empirical", sum(vals) / len(vals) if vals else 0.0, 0.0, vals)

    @classmethod
    def constant(cls, value: float) -> Dist:
        return cls("constant", float(value))

    @classmethod
    def none(cls) -> Dist:
        return cls("none", math.inf)

    # -- use ------------------------------------------------------------------
    @property
    def is_none(self) -> bool:
        return self.kind == "none"

    @property
    def is_zero(self) -> bool:
        return self.kind == "constant" and self.mean == 0.0

    def sampler(self, rng: random.Random) -> Callable[[], float] | None:
        kind = self.kind
        if kind == "none":
            return None
        if kind == "exponential":
            rnd, log, mean = rng.random, math.log, self.mean
            return lambda: -log(1.0 - rnd()) * mean
        if kind == "lognormal":
            sigma2 = math.log1p((self.sd / self.mean) ** 2)
            mu, sigma = math.log(self.mean) - sigma2 / 2.0, math.sqrt(sigma2)
            lnv = rng.lognormvariate
            return lambda: lnv(mu, sigma)
        if kind == "empirical":
            values, n, rnd = self.values, len(self.values), rng.random
            return lambda: values[int(rnd() * n)]
        value = self.mean
        return lambda: value

    def describe(self) -> str:
        if self.kind == "lognormal":
            return f"lognormal(mean={self.mean:g}s, sd={self.sd:g}s)"
        if self.kind == "empirical":
            return f"empirical({len(self.values)} values, mean={self.mean:g}s)"
        if self.kind == "none":
            return "none"
        return f"{self.kind}({self.mean:g}s)"
