"""What to simulate: queues, agents, the measured period — and the YAML file format.

A ``Scenario`` is plain frozen data; ``single_queue(...)`` builds the one-queue case
the batch CLI and the Erlang comparisons use, and ``load_scenario(path)`` reads a YAML
file, checking it and reporting every problem with where it is (``ScenarioError``).

Time: the simulation clock starts at 0; a warm-up of ``warmup_s`` seconds (not
measured) is followed by the measured period of ``hours`` hours. Times of day in a file
(``"08:30"``) are read against ``start`` (the clock time when measurement begins);
plain numbers are seconds after that moment. A shift starting at or before the start
also covers the warm-up.

The YAML format (every key but ``queues`` and ``agents`` is optional)::

    name: Two queues                    # shown in reports
    start: "08:00"                      # clock time of the start of the measured period
    hours: 8                            # measured period
    warmup_s: 0                         # unmeasured run-in before it
    routing: longest_idle               # or skill_level (most skilled idle agent first)
    short_abandon_s: 5                  # abandons within this many seconds are "short"
    seed: 1
    replications: 5
    queues:
      - name: service
        skill: service                  # agents need this skill (default: the queue name)
        priority: 2                     # larger is served first when an agent frees up
        target_s: 20                    # service-level time T
        arrivals: {rate: 240}           # calls/hour; or {profile: [..], interval_min: 30}
                                        #            or {replay: arrivals.csv}
        handle_time: {dist: lognormal, mean: 280, sd: 200}   # talk + hold
        wrap_up: {dist: constant, value: 20}
        patience: {dist: exponential, mean: 180}             # or none
        overflow: {after_s: 60, to: sales}                   # move to another queue
        callback: {expected_wait_s: 240, accept: 0.5}        # offer a call back
    agents:
      - name: service                   # a group: agents service-1 .. service-N
        count: 12
        skills: {service: 5, sales: 2}  # skill: level (1..10, higher is better); or a list
        shift: {start: "08:00", end: "16:00"}
        breaks: [{start: "10:00", minutes: 15}]

Distributions: ``{dist: exponential, mean: S}``, ``{dist: lognormal, mean: S, sd: S}``,
``{dist: empirical, values: [..]}`` or ``{dist: empirical, file: times.csv}`` (one
number a line), ``{dist: constant, value: S}``, and for patience ``none``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from callcenter.sim.arrivals import Poisson, Profile, Replay, load_replay_csv, parse_clock
from callcenter.sim.distributions import Dist

ROUTING = ("longest_idle", "skill_level")


class ScenarioError(ValueError):
    """A scenario that cannot be run; the message lists every problem found."""

    def __init__(self, problems: list[str], source: str = ""):
        self.problems = list(problems)
        self.source = source
        prefix = f"{source}: " if source else ""
        super().__init__(prefix + "; ".join(self.problems))


@dataclass(frozen=True)
class QueueSpec:
    name: str
    arrivals: Poisson | Profile | Replay
    handle_time: Dist
    patience: Dist = field(default_factory=Dist.none)
    wrap_up: Dist = field(default_factory=lambda: Dist.constant(0.0))
    skill: str = ""
    priority: int = 0
    target_s: float = 20.0
    overflow_after_s: float | None = None
    overflow_to: str | None = None
    callback_wait_s: float | None = None
    callback_accept: float = 0.0

    @property
    def skill_name(self) -> str:
        return self.skill or self.name


@dataclass(frozen=True)
class AgentSpec:
    name: str
    skills: tuple[tuple[str, int], ...]
    shift_start_s: float = -math.inf
    shift_end_s: float = math.inf
    breaks: tuple[tuple[float, float], ...] = ()  # (start, duration) in seconds after the start


@dataclass(frozen=True)
class Scenario:
    queues: tuple[QueueSpec, ...]
    agents: tuple[AgentSpec, ...]
    hours: float = 8.0
    warmup_s: float = 0.0
    routing: str = "longest_idle"
    short_abandon_s: float = 5.0
    max_calls: int | None = None  # stop arrivals after this many (the benchmark's mode)
    name: str = ""
    start_clock_s: float = 0.0
    seed: int = 1
    replications: int = 1

    def queue(self, name: str) -> QueueSpec:
        for q in self.queues:
            if q.name == name:
                return q
        raise KeyError(name)

    def validate(self) -> Scenario:
        problems = _semantic_problems(self)
        if problems:
            raise ScenarioError(problems, self.name)
        return self


def single_queue(
    agents: int,
    rate_per_hour: float,
    aht_s: float,
    patience_s: float | None = None,
    target_s: float = 20.0,
    hours: float = 8.0,
    warmup_s: float | None = None,
    short_abandon_s: float = 5.0,
    max_calls: int | None = None,
    handle_time: Dist | None = None,
    patience: Dist | None = None,
) -> Scenario:
    """One queue, ``agents`` identical agents, Poisson arrivals, exponential handle time
    with mean ``aht_s`` and exponential patience with mean ``patience_s`` (None: nobody
    hangs up) — the Erlang C / Erlang A model. Warm-up defaults to 10 x AHT."""
    if not isinstance(agents, int) or agents < 1:
        raise ScenarioError([f"agents must be a whole number of at least 1, not {agents!r}"])
    problems = []
    if not (rate_per_hour > 0 and math.isfinite(rate_per_hour)):
        problems.append(f"arrival rate must be a positive number of calls per hour, not {rate_per_hour!r}")
    if not (aht_s > 0 and math.isfinite(aht_s)):
        problems.append(f"handle time must be a positive number of seconds, not {aht_s!r}")
    if patience_s is not None and not (patience_s > 0):
        problems.append(f"patience must be a positive number of seconds, not {patience_s!r}")
    if not (hours > 0 and math.isfinite(hours)):
        problems.append(f"hours must be a positive number, not {hours!r}")
    if not target_s >= 0:
        problems.append(f"the service-level time must not be negative, not {target_s!r}")
    if warmup_s is not None and not warmup_s >= 0:
        problems.append(f"warm-up must not be negative, not {warmup_s!r}")
    if problems:
        raise ScenarioError(problems)
    if patience is None:
        patience = Dist.none() if patience_s is None or math.isinf(patience_s) else Dist.exponential(patience_s)
    queue = QueueSpec(
        name="q1",
        arrivals=Poisson(rate_per_hour),
        handle_time=handle_time or Dist.exponential(aht_s),
        patience=patience,
        target_s=target_s,
    )
    return Scenario(
        queues=(queue,),
        agents=tuple(AgentSpec(f"agent-{i + 1}", (("q1", 1),)) for i in range(agents)),
        hours=hours,
        warmup_s=10.0 * aht_s if warmup_s is None else warmup_s,
        short_abandon_s=short_abandon_s,
        max_calls=max_calls,
        name="single queue",
    )


# -- checks that apply however a scenario was built ------------------------------------


def _semantic_problems(sc: Scenario) -> list[str]:
    problems: list[str] = []
    if not sc.queues:
        problems.append("there are no queues")
    if not sc.agents:
        problems.append("there are no agents")
    names = [q.name for q in sc.queues]
    for dup in sorted({n for n in names if names.count(n) > 1}):
        problems.append(f"queue name {dup!r} is used twice")
    skills = {s for a in sc.agents for s, _ in a.skills}
    for i, q in enumerate(sc.queues):
        where = f"queues[{i}] ({q.name})"
        if q.skill_name not in skills:
            problems.append(f"{where}: no agent has the skill {q.skill_name!r}")
        if q.handle_time.is_none:
            problems.append(f"{where}: the handle time must be a distribution, not 'none'")
        if q.overflow_after_s is not None and q.overflow_to is None:
            problems.append(f"{where}: overflow after {q.overflow_after_s:g} s needs a queue to overflow to")
        if q.overflow_to is not None:
            if q.overflow_to not in names:
                problems.append(f"{where}: overflow target {q.overflow_to!r} is not a queue")
            elif q.overflow_to == q.name:
                problems.append(f"{where}: a queue cannot overflow to itself")
        if isinstance(q.arrivals, Profile):
            covered = len(q.arrivals.calls_per_hour) * q.arrivals.interval_s
            if covered + 1e-9 < sc.hours * 3600.0:
                problems.append(
                    f"{where}: the arrival profile covers {covered / 3600:g} h but the run measures {sc.hours:g} h"
                )
    if sc.routing not in ROUTING:
        problems.append(f"routing {sc.routing!r} is not one of {', '.join(ROUTING)}")
    if not (sc.hours > 0 and math.isfinite(sc.hours)):
        problems.append(f"hours must be a positive number, not {sc.hours!r}")
    if not sc.warmup_s >= 0:
        problems.append(f"warmup_s must not be negative, not {sc.warmup_s!r}")
    if not sc.short_abandon_s >= 0:
        problems.append(f"short_abandon_s must not be negative, not {sc.short_abandon_s!r}")
    if not (isinstance(sc.replications, int) and sc.replications >= 1):
        problems.append(f"replications must be a whole number of at least 1, not {sc.replications!r}")
    return problems


# -- YAML -------------------------------------------------------------------------------


class _Problems:
    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, where: str, text: str) -> None:
        self.items.append(f"{where}: {text}" if where else text)


def _keys(obj: Any, where: str, allowed: set[str], required: set[str], p: _Problems) -> bool:
    if not isinstance(obj, dict):
        p.add(where, f"expected a mapping (key: value), found {type(obj).__name__}")
        return False
    for key in obj:
        if key not in allowed:
            p.add(where, f"unknown key {key!r} (allowed: {', '.join(sorted(allowed))})")
    missing = sorted(required - set(obj))
    for key in missing:
        p.add(where, f"missing {key!r}")
    return not missing


def _number(obj: Any, where: str, p: _Problems, *, minimum: float | None = 0.0, positive: bool = False) -> float | None:
    if isinstance(obj, bool) or not isinstance(obj, (int, float)) or not math.isfinite(obj):
        p.add(where, f"expected a number, found {obj!r}")
        return None
    if positive and obj <= 0:
        p.add(where, f"must be greater than 0, not {obj!r}")
        return None
    if minimum is not None and obj < minimum:
        p.add(where, f"must be at least {minimum:g}, not {obj!r}")
        return None
    return float(obj)


def _whole(obj: Any, where: str, p: _Problems, minimum: int) -> int | None:
    if isinstance(obj, bool) or not isinstance(obj, int) or obj < minimum:
        p.add(where, f"expected a whole number of at least {minimum}, found {obj!r}")
        return None
    return obj


def _time(obj: Any, where: str, p: _Problems, start_clock: float) -> float | None:
    """'HH:MM' against the start clock, or seconds after the start."""
    if isinstance(obj, str):
        try:
            return parse_clock(obj) - start_clock
        except ValueError as exc:
            p.add(where, str(exc))
            return None
    return _number(obj, where, p, minimum=None)


def _dist(obj: Any, where: str, p: _Problems, base: Path, allow_none: bool = False) -> Dist | None:
    if obj is None or (isinstance(obj, str) and obj.strip().lower() == "none"):
        if allow_none:
            return Dist.none()
        p.add(where, "a distribution is needed here ('none' is only for patience)")
        return None
    if not isinstance(obj, dict):
        p.add(where, f"expected a distribution like {{dist: exponential, mean: 300}}, found {obj!r}")
        return None
    kind = obj.get("dist")
    shapes = {
        "exponential": ({"dist", "mean"}, {"dist", "mean"}),
        "lognormal": ({"dist", "mean", "sd"}, {"dist", "mean", "sd"}),
        "empirical": ({"dist", "values", "file"}, {"dist"}),
        "constant": ({"dist", "value"}, {"dist", "value"}),
        "none": ({"dist"}, {"dist"}),
    }
    if kind not in shapes or (kind == "none" and not allow_none):
        choices = [k for k in shapes if allow_none or k != "none"]
        p.add(where, f"dist must be one of {', '.join(choices)}, not {kind!r}")
        return None
    allowed, required = shapes[kind]
    if not _keys(obj, where, allowed, required, p):
        return None
    before = len(p.items)
    if kind == "exponential":
        mean = _number(obj.get("mean"), f"{where}.mean", p, positive=True)
        return Dist.exponential(mean) if mean is not None else None
    if kind == "lognormal":
        mean = _number(obj.get("mean"), f"{where}.mean", p, positive=True)
        sd = _number(obj.get("sd"), f"{where}.sd", p, positive=True)
        return Dist.lognormal(mean, sd) if mean is not None and sd is not None else None
    if kind == "constant":
        value = _number(obj.get("value"), f"{where}.value", p)
        return Dist.constant(value) if value is not None else None
    if kind == "none":
        return Dist.none()
    # empirical
    if ("values" in obj) == ("file" in obj):
        p.add(where, "an empirical distribution needs either values or file")
        return None
    if "values" in obj:
        values = obj["values"]
        if not isinstance(values, list) or not values:
            p.add(f"{where}.values", "expected a non-empty list of seconds")
            return None
        read = [_number(v, f"{where}.values[{i}]", p) for i, v in enumerate(values)]
        nums = [v for v in read if v is not None]  # all of them when no problem was added
        return Dist.empirical(nums) if len(p.items) == before else None
    path = base / str(obj["file"])
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        p.add(f"{where}.file", f"cannot read {obj['file']!r} ({exc.strerror or exc})")
        return None
    nums = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        cell = line.split(",")[0].strip()
        if not cell or cell.startswith("#"):
            continue
        try:
            value = float(cell)
        except ValueError:
            if lineno == 1:
                continue  # a header
            p.add(f"{where}.file", f"{obj['file']} line {lineno}: {cell!r} is not a number")
            return None
        if not (value >= 0 and math.isfinite(value)):
            p.add(f"{where}.file", f"{obj['file']} line {lineno}: {cell!r} is not a non-negative number")
            return None
        nums.append(value)
    if not nums:
        p.add(f"{where}.file", f"{obj['file']} holds no values")
        return None
    return Dist.empirical(nums)


def _arrivals(
    obj: Any, where: str, p: _Problems, base: Path, queue: str, start_clock: float
) -> Poisson | Profile | Replay | None:
    if not _keys(obj, where, {"rate", "profile", "interval_min", "replay"}, set(), p):
        return None
    given = [k for k in ("rate", "profile", "replay") if k in obj]
    if len(given) != 1:
        p.add(where, "give exactly one of rate (calls/hour), profile (calls/hour per interval) or replay (a CSV file)")
        return None
    if "interval_min" in obj and given[0] != "profile":
        p.add(where, "interval_min belongs with a profile")
    if given[0] == "rate":
        rate = _number(obj["rate"], f"{where}.rate", p)
        return Poisson(rate) if rate is not None else None
    if given[0] == "profile":
        rates = obj["profile"]
        if not isinstance(rates, list) or not rates:
            p.add(f"{where}.profile", "expected a non-empty list of calls per hour, one per interval")
            return None
        before = len(p.items)
        read = [_number(v, f"{where}.profile[{i}]", p) for i, v in enumerate(rates)]
        nums = [v for v in read if v is not None]  # all of them when no problem was added
        interval = obj.get("interval_min", 30)
        minutes = _number(interval, f"{where}.interval_min", p, positive=True)
        if len(p.items) != before or minutes is None:
            return None
        return Profile(tuple(nums), minutes * 60.0)
    path = base / str(obj["replay"])
    try:
        return Replay(load_replay_csv(path, queue, start_clock), str(obj["replay"]))
    except OSError as exc:
        p.add(f"{where}.replay", f"cannot read {obj['replay']!r} ({exc.strerror or exc})")
    except ValueError as exc:
        p.add(f"{where}.replay", str(exc))
    return None


_QUEUE_KEYS = {
    "name",
    "skill",
    "priority",
    "target_s",
    "arrivals",
    "handle_time",
    "wrap_up",
    "patience",
    "overflow",
    "callback",
}
_AGENT_KEYS = {"name", "count", "skills", "shift", "breaks"}
_TOP_KEYS = {
    "name",
    "start",
    "hours",
    "warmup_s",
    "routing",
    "short_abandon_s",
    "seed",
    "replications",
    "queues",
    "agents",
}


def parse_scenario(data: Any, base_dir: Path | None = None, source: str = "") -> Scenario:
    """A checked ``Scenario`` from parsed YAML/JSON data (``base_dir`` resolves file names)."""
    base = base_dir or Path(".")
    p = _Problems()
    if not _keys(data, "", _TOP_KEYS, {"queues", "agents"}, p):
        raise ScenarioError(p.items, source)
    start_clock = 0.0
    if "start" in data:
        try:
            start_clock = parse_clock(str(data["start"]))
        except ValueError as exc:
            p.add("start", str(exc))
    kw: dict[str, Any] = {}
    if "hours" in data:
        kw["hours"] = _number(data["hours"], "hours", p, positive=True)
    if "warmup_s" in data:
        kw["warmup_s"] = _number(data["warmup_s"], "warmup_s", p)
    if "short_abandon_s" in data:
        kw["short_abandon_s"] = _number(data["short_abandon_s"], "short_abandon_s", p)
    if "routing" in data:
        if data["routing"] not in ROUTING:
            p.add("routing", f"must be one of {', '.join(ROUTING)}, not {data['routing']!r}")
        kw["routing"] = data["routing"]
    if "seed" in data:
        kw["seed"] = _whole(data["seed"], "seed", p, 0)
    if "replications" in data:
        kw["replications"] = _whole(data["replications"], "replications", p, 1)

    queues: list[QueueSpec] = []
    raw_queues = data.get("queues")
    if not isinstance(raw_queues, list) or not raw_queues:
        p.add("queues", "expected a non-empty list of queues")
        raw_queues = []
    for i, rq in enumerate(raw_queues):
        where = f"queues[{i}]"
        name = rq.get("name") if isinstance(rq, dict) else None
        if isinstance(name, str) and name.strip():
            where = f"queues[{i}] ({name})"
        if not _keys(rq, where, _QUEUE_KEYS, {"name", "arrivals", "handle_time"}, p):
            continue
        before = len(p.items)
        if not isinstance(name, str) or not name.strip():
            p.add(f"{where}.name", f"expected a name, found {name!r}")
            continue
        where = f"queues[{i}] ({name})"
        q: dict[str, Any] = {"name": name}
        if "skill" in rq:
            if not isinstance(rq["skill"], str) or not rq["skill"]:
                p.add(f"{where}.skill", f"expected a skill name, found {rq['skill']!r}")
            q["skill"] = rq["skill"]
        if "priority" in rq:
            if isinstance(rq["priority"], bool) or not isinstance(rq["priority"], int):
                p.add(
                    f"{where}.priority", f"expected a whole number (larger is served first), found {rq['priority']!r}"
                )
            q["priority"] = rq["priority"]
        if "target_s" in rq:
            q["target_s"] = _number(rq["target_s"], f"{where}.target_s", p)
        q["arrivals"] = _arrivals(rq["arrivals"], f"{where}.arrivals", p, base, name, start_clock)
        q["handle_time"] = _dist(rq["handle_time"], f"{where}.handle_time", p, base)
        if "wrap_up" in rq:
            q["wrap_up"] = _dist(rq["wrap_up"], f"{where}.wrap_up", p, base)
        if "patience" in rq:
            q["patience"] = _dist(rq["patience"], f"{where}.patience", p, base, allow_none=True)
        if "overflow" in rq:
            ov = rq["overflow"]
            if _keys(ov, f"{where}.overflow", {"after_s", "to"}, {"after_s", "to"}, p):
                q["overflow_after_s"] = _number(ov["after_s"], f"{where}.overflow.after_s", p, positive=True)
                q["overflow_to"] = str(ov["to"])
        if "callback" in rq:
            cb = rq["callback"]
            if _keys(cb, f"{where}.callback", {"expected_wait_s", "accept"}, {"expected_wait_s"}, p):
                q["callback_wait_s"] = _number(cb["expected_wait_s"], f"{where}.callback.expected_wait_s", p)
                accept = _number(cb.get("accept", 1.0), f"{where}.callback.accept", p)
                if accept is not None and accept > 1:
                    p.add(f"{where}.callback.accept", f"is a share of callers between 0 and 1, not {accept!r}")
                q["callback_accept"] = accept
        if len(p.items) == before:
            queues.append(QueueSpec(**q))

    agents: list[AgentSpec] = []
    raw_agents = data.get("agents")
    if not isinstance(raw_agents, list) or not raw_agents:
        p.add("agents", "expected a non-empty list of agent groups")
        raw_agents = []
    for i, ra in enumerate(raw_agents):
        where = f"agents[{i}]"
        name = ra.get("name") if isinstance(ra, dict) else None
        if isinstance(name, str) and name.strip():
            where = f"agents[{i}] ({name})"
        if not _keys(ra, where, _AGENT_KEYS, {"name", "skills"}, p):
            continue
        before = len(p.items)
        if not isinstance(name, str) or not name.strip():
            p.add(f"{where}.name", f"expected a name, found {name!r}")
            continue
        where = f"agents[{i}] ({name})"
        count = _whole(ra.get("count", 1), f"{where}.count", p, 1)
        raw_skills = ra["skills"]
        skills: list[tuple[str, int]] = []
        if isinstance(raw_skills, list) and raw_skills:
            for s in raw_skills:
                if isinstance(s, str) and s:
                    skills.append((s, 1))
                else:
                    p.add(f"{where}.skills", f"expected skill names, found {s!r}")
        elif isinstance(raw_skills, dict) and raw_skills:
            for s, level in raw_skills.items():
                if isinstance(level, bool) or not isinstance(level, int) or not 1 <= level <= 10:
                    p.add(f"{where}.skills.{s}", f"a skill level is a whole number from 1 to 10, not {level!r}")
                else:
                    skills.append((str(s), level))
        else:
            p.add(f"{where}.skills", "expected a list of skills or a mapping skill: level")
        shift_start: float | None = -math.inf
        shift_end: float | None = math.inf
        if "shift" in ra:
            sh = ra["shift"]
            if _keys(sh, f"{where}.shift", {"start", "end"}, set(), p):
                if "start" in sh:
                    shift_start = _time(sh["start"], f"{where}.shift.start", p, start_clock)
                if "end" in sh:
                    shift_end = _time(sh["end"], f"{where}.shift.end", p, start_clock)
                if shift_start is not None and shift_end is not None and shift_end <= shift_start:
                    p.add(f"{where}.shift", "ends before it starts")
        breaks: list[tuple[float, float]] = []
        raw_breaks = ra.get("breaks", [])
        if not isinstance(raw_breaks, list):
            p.add(f"{where}.breaks", "expected a list like [{start: '10:00', minutes: 15}]")
            raw_breaks = []
        for j, rb in enumerate(raw_breaks):
            bw = f"{where}.breaks[{j}]"
            if not _keys(rb, bw, {"start", "minutes"}, {"start", "minutes"}, p):
                continue
            bstart = _time(rb["start"], f"{bw}.start", p, start_clock)
            minutes = _number(rb["minutes"], f"{bw}.minutes", p, positive=True)
            if bstart is None or minutes is None:
                continue
            if shift_start is not None and shift_end is not None and not (max(shift_start, 0.0) <= bstart < shift_end):
                p.add(bw, "starts outside the shift (or before the start of the day)")
            breaks.append((bstart, minutes * 60.0))
        if len(p.items) == before and count is not None and shift_start is not None and shift_end is not None:
            for n in range(count):
                agents.append(
                    AgentSpec(
                        name if count == 1 else f"{name}-{n + 1}",
                        tuple(skills),
                        shift_start,
                        shift_end,
                        tuple(sorted(breaks)),
                    )
                )
    if p.items:
        raise ScenarioError(p.items, source)
    kw = {k: v for k, v in kw.items() if v is not None}
    sc = Scenario(
        queues=tuple(queues),
        agents=tuple(agents),
        name=str(data.get("name", source)),
        start_clock_s=start_clock,
        **kw,
    )
    problems = _semantic_problems(sc)
    if problems:
        raise ScenarioError(problems, source)
    return sc


def load_scenario(path: str | Path) -> Scenario:
    """Read and check a YAML scenario; ``ScenarioError`` says what is wrong and where."""
    import yaml

    from callcenter.core.nesting import nested_too_deeply, too_deep

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ScenarioError([f"cannot read the scenario ({exc.strerror or exc})"], path.name) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise ScenarioError([f"{where}{problem}"], path.name) from None
    except RecursionError:
        raise ScenarioError([nested_too_deeply()], path.name) from None
    if too_deep(data):
        raise ScenarioError([nested_too_deeply()], path.name)
    return parse_scenario(data, path.parent, path.name)
