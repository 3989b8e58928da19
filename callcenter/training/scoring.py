"""Score a session's timeline against the scenario's rubric, with evidence.

Each rubric step earns its weight when its evidence (a phrase of an intent, a
console action, or a customer line reached) is on the timeline after the call
was answered; half when it came later than ``within_s`` after the answer; half
when it broke an ``after``/``before`` order (a quarter when both); nothing when
a ``fails_if`` condition happened first, or when a ``never`` condition happened at
any time in the call (logging a second complaint for a case already open). The
total is the earned share of all weights, 0..100.

Times: time to answer = answer - offer; hold = the sum of hold..resume spans;
talk = end - answer - hold; dead air = the sum of the silences (gaps between
consecutive lines or actions while connected and not on hold) longer than the
scenario's ``dead_air_s``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from callcenter.training.actions import describe, detail_words
from callcenter.training.runner import Entry
from callcenter.training.scenario import Scenario

_SPOKEN = ("customer", "trainee", "action", "trainer")


@dataclass
class StepResult:
    id: str
    skill: str
    title: str
    weight: float
    earned: float
    status: str  # done | late | out_of_order | late_out_of_order | missed | spoiled
    evidence: str = ""
    at: float | None = None  # seconds since the call was offered


@dataclass
class Metrics:
    time_to_answer: float | None
    talk_time: float
    hold_time: float
    hold_count: int
    dead_air: float
    longest_silence: float


@dataclass
class Report:
    scenario_id: str
    scenario_version: int
    lang: str
    total: float
    pass_score: float
    passed: bool
    steps: list[StepResult]
    metrics: Metrics
    by_skill: dict[str, float]  # skill -> percent of its weight earned
    outcome: str
    flags: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Report:
        fields = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        fields["steps"] = [StepResult(**s) for s in d["steps"]]
        fields["metrics"] = Metrics(**d["metrics"])
        return cls(**fields)


def matches(cond: dict[str, Any], e: Entry) -> bool:
    if "intent" in cond:
        return e.kind == "trainee" and cond["intent"] in e.intents
    if "action" in cond:
        return e.kind == "action" and e.name == cond["action"]
    if "line" in cond:
        return e.kind == "customer" and e.name == cond["line"]
    return False


def _evidence_text(e: Entry, lang: str) -> str:
    if e.kind == "action":
        detail = detail_words(e.name, e.text, lang)
        return describe(e.name, lang) + (f" ({detail})" if detail else "")
    return e.text


def hold_spans(timeline: list[Entry], end_at: float) -> list[tuple[float, float]]:
    spans, started = [], None
    for e in timeline:
        if e.kind == "action" and e.name == "hold" and started is None:
            started = e.at
        elif e.kind == "action" and e.name == "resume" and started is not None:
            spans.append((started, e.at))
            started = None
    if started is not None:
        spans.append((started, max(started, end_at)))
    return spans


def metrics(timeline: list[Entry], dead_air_s: float) -> Metrics:
    offered = next((e.at for e in timeline if e.kind == "offered"), 0.0)
    answered = next((e.at for e in timeline if e.kind == "action" and e.name == "answer"), None)
    if answered is None:
        return Metrics(None, 0.0, 0.0, 0, 0.0, 0.0)
    ends = [
        e.at
        for e in timeline
        if (e.kind == "action" and e.name == "end_call")
        or (e.kind == "event" and e.name in ("line_drops", "caller_hung_up"))
    ]
    end_at = min(ends) if ends else max(e.at for e in timeline)
    spans = hold_spans(timeline, end_at)
    hold = sum(b - a for a, b in spans)
    moments = sorted(e.at for e in timeline if e.kind in _SPOKEN and answered <= e.at <= end_at)
    moments = sorted(set(moments) | {answered, end_at})
    dead, longest = 0.0, 0.0
    for a, b in zip(moments, moments[1:]):
        if any(s <= a < t for s, t in spans):  # on hold: not dead air
            continue
        gap = b - a
        longest = max(longest, gap)
        if gap > dead_air_s:
            dead += gap
    return Metrics(answered - offered, max(0.0, end_at - answered - hold), hold, len(spans), dead, longest)


def score(scenario: Scenario, lang: str, timeline: list[Entry], outcome: str = "") -> Report:
    answered = next((e.at for e in timeline if e.kind == "action" and e.name == "answer"), None)
    # order on the timeline decides "before"/"after" (two things can share a time stamp)
    live = [(i, e) for i, e in enumerate(timeline) if answered is not None and e.at >= answered]

    def candidates(conditions: list[dict[str, Any]]) -> list[tuple[int, Entry]]:
        return [(i, e) for i, e in live if any(matches(c, e) for c in conditions)]

    first = {s["id"]: next((i for i, _ in candidates(s["evidence"])), None) for s in scenario.steps}
    results: list[StepResult] = []
    for step in scenario.steps:
        title = scenario.text(step["title"], lang)
        found = candidates(step["evidence"])
        if not found:
            results.append(StepResult(step["id"], step["skill"], title, step["weight"], 0.0, "missed"))
            continue
        assert answered is not None  # evidence counts only after the answer
        spoiled = candidates(step.get("fails_if") or [])
        spoiled = spoiled if spoiled and spoiled[0][0] <= found[0][0] else candidates(step.get("never") or [])
        if spoiled:
            e = spoiled[0][1]
            results.append(
                StepResult(
                    step["id"], step["skill"], title, step["weight"], 0.0, "spoiled", _evidence_text(e, lang), e.at
                )
            )
            continue

        after, before = step.get("after") or [], step.get("before") or []

        def in_order(i: int, after: list[str] = after, before: list[str] = before) -> bool:
            after_ok = all(f is None or i > f for f in (first[a] for a in after))
            before_ok = all(f is None or i < f for f in (first[b] for b in before))
            return after_ok and before_ok

        ordered = [e for i, e in found if in_order(i)]
        e = ordered[0] if ordered else found[0][1]
        factor = 1.0
        status: list[str] = []
        if "within_s" in step and e.at - answered > step["within_s"]:
            factor, status = factor * 0.5, status + ["late"]
        if not ordered:
            factor, status = factor * 0.5, status + ["out_of_order"]
        results.append(
            StepResult(
                step["id"],
                step["skill"],
                title,
                step["weight"],
                step["weight"] * factor,
                "_".join(status) or "done",
                _evidence_text(e, lang),
                e.at,
            )
        )
    weight = sum(r.weight for r in results)
    total = round(100.0 * sum(r.earned for r in results) / weight, 1) if weight else 0.0
    by_skill: dict[str, list[float]] = {}
    for r in results:
        got = by_skill.setdefault(r.skill, [0.0, 0.0])
        got[0] += r.earned
        got[1] += r.weight
    m = metrics(timeline, scenario.limits["dead_air_s"])
    flags = []
    if m.time_to_answer is None:
        flags.append("not_answered")
    elif m.time_to_answer > scenario.limits["answer_s"]:
        flags.append("slow_answer")
    if m.talk_time > scenario.limits["talk_s"]:
        flags.append("long_call")
    if outcome in ("caller_hung_up", "line_dropped"):
        flags.append(outcome)
    if not any(e.kind == "customer" and scenario.lines.get(e.name, {}).get("end") for e in timeline):
        flags.append("unfinished")
    return Report(
        scenario.id,
        scenario.version,
        lang,
        total,
        scenario.pass_score,
        total >= scenario.pass_score,
        results,
        m,
        {k: round(100.0 * a / b, 1) for k, (a, b) in by_skill.items()},
        outcome,
        flags,
    )
