"""Satisfaction and loyalty: CSAT (1-5) after a call, NPS (0-10) at most once per period.

NPS = 100 x (promoters - detractors) / answers, promoters answering 9 or 10, detractors 0 to
6 (passives 7 and 8 count in the answers only). CSAT is the mean score and the share of
satisfied answers (4 or 5). Pure functions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from callcenter.core.errors import Invalid

CSAT_RANGE = range(1, 6)
NPS_RANGE = range(11)
DEFAULT_NPS_PERIOD_DAYS = 90


@dataclass(frozen=True)
class NpsFigures:
    answers: int
    promoters: int
    passives: int
    detractors: int

    @property
    def nps(self) -> float | None:
        return None if not self.answers else 100.0 * (self.promoters - self.detractors) / self.answers


@dataclass(frozen=True)
class CsatFigures:
    answers: int
    total: int  # sum of the scores
    satisfied: int  # answers of 4 or 5

    @property
    def mean(self) -> float | None:
        return None if not self.answers else self.total / self.answers

    @property
    def satisfied_share(self) -> float | None:
        return None if not self.answers else self.satisfied / self.answers


def nps(scores: Iterable[int]) -> NpsFigures:
    s = list(scores)
    return NpsFigures(
        len(s), sum(1 for x in s if x >= 9), sum(1 for x in s if 7 <= x <= 8), sum(1 for x in s if x <= 6)
    )


def csat(scores: Iterable[int]) -> CsatFigures:
    s = list(scores)
    return CsatFigures(len(s), sum(s), sum(1 for x in s if x >= 4))


def nps_due(last_asked: datetime | None, now: datetime, period_days: int = DEFAULT_NPS_PERIOD_DAYS) -> bool:
    """Ask NPS when the customer was never asked, or last asked ``period_days`` or more ago."""
    return last_asked is None or now - last_asked >= timedelta(days=period_days)


def check_answers(csat_score: int | None, nps_score: int | None) -> None:
    fields: dict[str, str] = {}
    if csat_score is not None and (isinstance(csat_score, bool) or csat_score not in CSAT_RANGE):
        fields["csat"] = "out_of_range"
    if nps_score is not None and (isinstance(nps_score, bool) or nps_score not in NPS_RANGE):
        fields["nps"] = "out_of_range"
    if fields:
        raise Invalid(fields)
