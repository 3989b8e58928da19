"""Role-play scenarios: the YAML format, loading and the built-in catalogue.

The full reference is docs/scenarios.md. A scenario is kept as the plain mapping
read from YAML (the editor changes it and writes it back) behind a small
accessor; ``validate`` (callcenter.training.validate) checks it before use.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from callcenter.core.nesting import nested_too_deeply, too_deep
from callcenter.training import intents as intent_lib
from callcenter.training.scenario_format import FORMAT, LANGUAGES, MOODS
from callcenter.training.validate import validate

__all__ = [
    "FORMAT",
    "LANGUAGES",
    "MOODS",
    "Scenario",
    "ScenarioError",
    "builtin",
    "builtin_dir",
    "builtin_paths",
    "load",
    "parse",
    "parse_loose",
    "save",
    "summary",
]


class ScenarioError(Exception):
    """A scenario that cannot be used, with every problem in plain words."""

    def __init__(self, source: str, problems: list[str]):
        self.source, self.problems = source, problems
        super().__init__(f"{source}: " + "; ".join(problems))


@dataclass
class Scenario:
    data: dict[str, Any]
    source: str = ""  # file it came from, for messages

    # -- plain facts ---------------------------------------------------------
    @property
    def id(self) -> str:
        return str(self.data["id"])

    @property
    def version(self) -> int:
        return int(self.data.get("version", 1))

    @property
    def languages(self) -> list[str]:
        return list(self.data["languages"])

    @property
    def lines(self) -> dict[str, dict]:
        return self.data["lines"]

    @property
    def steps(self) -> list[dict]:
        return self.data["steps"]

    @property
    def start(self) -> str:
        return self.data["start"]

    @property
    def persona(self) -> dict:
        return self.data["persona"]

    @property
    def limits(self) -> dict:
        return {"answer_s": 20, "talk_s": 420, "dead_air_s": 10, **(self.data.get("limits") or {})}

    @property
    def pass_score(self) -> float:
        return float(self.data.get("pass_score", 70))

    @property
    def intents(self) -> dict[str, dict[str, list[str]]]:
        return intent_lib.merged(self.data.get("intents"))

    def text(self, value: Any, lang: str) -> str:
        """A translated text ({en: .., zh_CN: ..}) in ``lang``; plain strings are the same in all."""
        if isinstance(value, dict):
            return str(value.get(lang) or value.get("en") or next(iter(value.values()), ""))
        return "" if value is None else str(value)

    def resolve(self, value: Any, lang: str) -> Any:
        """``value`` with every translated text ({en: .., zh_CN: ..}) replaced by its ``lang`` text."""
        if isinstance(value, dict):
            if value and set(value) <= set(LANGUAGES):
                return self.text(value, lang)
            return {k: self.resolve(v, lang) for k, v in value.items()}
        if isinstance(value, list):
            return [self.resolve(v, lang) for v in value]
        return value

    def customer_record(self, lang: str) -> dict | None:
        """The customer to load into the training store, in ``lang`` (None: an unknown caller)."""
        record = self.data.get("customer")
        return self.resolve(record, lang) if record else None

    @property
    def ani(self) -> str:
        return str((self.data.get("call") or {}).get("ani") or "")

    @property
    def queue(self) -> str:
        return str((self.data.get("call") or {}).get("queue") or "general")

    def title(self, lang: str) -> str:
        return self.text(self.data.get("title"), lang)

    def to_yaml(self) -> str:
        return yaml.safe_dump(self.data, allow_unicode=True, sort_keys=False, width=110)


def parse(text: str, source: str = "<text>") -> Scenario:
    """YAML text to a validated Scenario; raises ScenarioError listing every problem."""
    data = parse_loose(text, source)
    problems = validate(data)
    if problems:
        raise ScenarioError(source, problems)
    return Scenario(data, source)


def parse_loose(text: str, source: str = "<text>") -> dict:
    """YAML text to a scenario mapping without validating it (the editor checks separately)."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        at = f" (line {where.line + 1}, column {where.column + 1})" if where else ""
        raise ScenarioError(source, [f"not valid YAML{at}: {getattr(exc, 'problem', None) or exc}"]) from None
    except RecursionError:
        raise ScenarioError(source, [nested_too_deeply()]) from None
    if too_deep(data):
        raise ScenarioError(source, [nested_too_deeply()])
    if not isinstance(data, dict):
        raise ScenarioError(source, ["the text does not contain a scenario (expected a mapping)"])
    return data


def load(path: str | Path) -> Scenario:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ScenarioError(path.name, [f"cannot read the file: {exc}"]) from None
    return parse(text, path.name)


def builtin_dir() -> Path:
    from callcenter.assets import resource

    return resource("scenarios")


def builtin_paths() -> list[Path]:
    return sorted(builtin_dir().glob("*.yaml"))


def builtin() -> list[Scenario]:
    return [load(p) for p in builtin_paths()]


def summary(s: Scenario) -> dict:
    """What `callcenter scenario list --json` shows of a scenario."""
    return {
        "id": s.id,
        "version": s.version,
        "title": s.title("en"),
        "title_zh_CN": s.title("zh_CN"),
        "languages": s.languages,
        "difficulty": s.data.get("difficulty", 1),
        "lines": len(s.lines),
        "steps": len(s.steps),
        "file": Path(s.source).name,
    }


def save(scenario: Scenario, path: str | Path) -> None:
    """Validate, then write atomically: a refused or failed save leaves the old file as it was."""
    import os
    import tempfile

    problems = validate(scenario.data)
    if problems:
        raise ScenarioError(Path(path).name, problems)
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".scenario-", suffix=".yaml", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(scenario.to_yaml())
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
