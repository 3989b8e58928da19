"""Scenario validation: every problem in one plain sentence, with where it is.

Checks the structure, missing translations, branches to unknown lines, unknown
intents, actions and events, unreachable lines, dead ends (a line that is not an
ending and has no way on, or from which no ending can be reached), and the
rubric (skills, weights, evidence, order constraints) and the model answer.
"""

from __future__ import annotations

import re
from collections import deque
from typing import Any

from callcenter.core.complaints.workflow import OPEN_STATES
from callcenter.training import intents as intent_lib
from callcenter.training.actions import ACTIONS
from callcenter.training.scenario_format import FORMAT, LANGUAGES, MOODS
from callcenter.training.skills import EVENTS, SKILLS

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
# console actions that look something up: none of them verifies who the caller is
LOOKING_ACTIONS = frozenset({"open_record", "search", *(a for a in ACTIONS if a.startswith("open_"))})


class _Checker:
    def __init__(self, data: dict):
        self.data = data
        self.problems: list[str] = []
        langs = data.get("languages")
        self.langs = [lang for lang in langs if isinstance(lang, str)] if isinstance(langs, list) else []

    def add(self, message: str) -> None:
        self.problems.append(message)

    def text(self, value: Any, where: str, required: bool = True) -> None:
        """A translated text: one non-empty string per scenario language."""
        if value is None:
            if required:
                self.add(f"{where} is missing")
            return
        if isinstance(value, str):  # the same in every language: names, numbers
            if not value.strip():
                self.add(f"{where} is empty")
            return
        if not isinstance(value, dict):
            self.add(f"{where} should be a text or a mapping of language to text")
            return
        for lang in self.langs:
            if not str(value.get(lang) or "").strip():
                self.add(f"missing translation: {where} has no {lang} text")
        for lang in value:
            if lang not in LANGUAGES:
                self.add(f"{where} has a text in an unknown language {lang!r} (use {', '.join(LANGUAGES)})")


def validate(data: Any) -> list[str]:
    """All problems of a scenario mapping (empty list: it can be used)."""
    if not isinstance(data, dict):
        return ["the file does not contain a scenario (expected a mapping with id, title, lines, steps, ...)"]
    c = _Checker(data)
    fmt = data.get("format")
    if fmt != FORMAT:
        c.add(
            f"format is {fmt!r}, but this version reads scenario format {FORMAT}"
            if fmt is not None
            else f"format is missing (write `format: {FORMAT}`)"
        )
    sid = data.get("id")
    if not isinstance(sid, str) or not _ID.match(sid):
        c.add("id should be a short name of lower-case letters, digits and _ (like pizza_order)")
    if not isinstance(data.get("version", 1), int) or data.get("version", 1) < 1:
        c.add("version should be a whole number of at least 1")
    langs = data.get("languages")
    if not isinstance(langs, list) or not langs or any(lang not in LANGUAGES for lang in langs):
        c.add(f"languages should list one or more of {', '.join(LANGUAGES)}")
    c.text(data.get("title"), "title")
    c.text(data.get("reason"), "reason")
    _persona(c, data.get("persona"), MOODS)
    _customer(c, data.get("customer"))
    intents = _intents(c, data.get("intents"))
    lines = data.get("lines")
    if not isinstance(lines, dict) or not lines:
        c.add("lines should be a mapping of line names to what the customer says")
        lines = {}
    start = data.get("start")
    if start not in lines:
        c.add(f"start names line {start!r}, which does not exist" if start else "start (the first line) is missing")
    for name, line in lines.items():
        _line(c, str(name), line, lines, intents, MOODS)
    if lines and start in lines:
        _graph(c, lines, start)
    _events(c, data.get("events"))
    steps = _steps(c, data.get("steps"), intents, lines, _open_cases(data.get("customer")))
    _intent_names(c, data.get("intent_names"), intents)
    _model_answer(c, data.get("model_answer"))
    limits = data.get("limits") or {}
    if not isinstance(limits, dict) or any(not isinstance(v, (int, float)) or v <= 0 for v in limits.values()):
        c.add("limits should map answer_s, talk_s and dead_air_s to positive numbers of seconds")
    elif set(limits) - {"answer_s", "talk_s", "dead_air_s"}:
        c.add(f"limits has unknown entries: {', '.join(sorted(set(limits) - {'answer_s', 'talk_s', 'dead_air_s'}))}")
    ps = data.get("pass_score", 70)
    if not isinstance(ps, (int, float)) or not 0 < ps <= 100:
        c.add("pass_score should be a number between 1 and 100")
    del steps
    return c.problems


def _persona(c: _Checker, persona: Any, moods) -> None:
    if not isinstance(persona, dict):
        c.add("persona is missing (name, mood, voice)")
        return
    c.text(persona.get("name"), "persona.name")
    if persona.get("mood", "calm") not in moods:
        c.add(f"persona.mood {persona.get('mood')!r} is not one of {', '.join(moods)}")
    voice = persona.get("voice") or {}
    rate, pitch = voice.get("rate", 170), voice.get("pitch", 50)
    if not isinstance(rate, int) or not 80 <= rate <= 400:
        c.add("persona.voice.rate should be words per minute between 80 and 400")
    if not isinstance(pitch, int) or not 0 <= pitch <= 99:
        c.add("persona.voice.pitch should be between 0 and 99")


def _customer(c: _Checker, cust: Any) -> None:
    if cust is None:
        return  # an unknown caller: nothing to load
    if not isinstance(cust, dict):
        c.add("customer should be a mapping (or null for a caller the store does not know)")
        return
    c.text(cust.get("name"), "customer.name")
    for key in ("credit_limit_minor", "balance_minor", "value_score", "churn_risk"):
        if not isinstance(cust.get(key, 0), int):
            c.add(f"customer.{key} should be a whole number")
    for i, order in enumerate(cust.get("orders") or []):
        where = f"customer.orders[{i + 1}]"
        if not isinstance(order, dict) or not order.get("order_no") or not order.get("items"):
            c.add(f"{where} needs an order_no and items")
            continue
        for j, item in enumerate(order["items"]):
            c.text(item.get("description") if isinstance(item, dict) else None, f"{where}.items[{j + 1}].description")
            if not isinstance(item, dict) or not isinstance(item.get("unit_price_minor"), int):
                c.add(f"{where}.items[{j + 1}].unit_price_minor should be a whole number (minor units)")
    for i, h in enumerate(cust.get("history") or []):
        c.text(h.get("notes") if isinstance(h, dict) else None, f"customer.history[{i + 1}].notes")
    for i, comp in enumerate(cust.get("complaints") or []):
        c.text(comp.get("summary") if isinstance(comp, dict) else None, f"customer.complaints[{i + 1}].summary")
    for i, note in enumerate(cust.get("notes") or []):
        c.text(note, f"customer.notes[{i + 1}]")
    for i, a in enumerate(cust.get("addresses") or []):
        c.text(a.get("line1") if isinstance(a, dict) else None, f"customer.addresses[{i + 1}].line1")
        c.text(a.get("city") if isinstance(a, dict) else None, f"customer.addresses[{i + 1}].city")


def _intent_names(c: _Checker, names: Any, intents: set[str]) -> None:
    if names is None:
        return
    if not isinstance(names, dict):
        c.add("intent_names should map intent names to a text per language")
        return
    for name, text in names.items():
        if name not in intents:
            c.add(f"intent_names names intent {name!r}, which does not exist")
        c.text(text, f"intent_names.{name}")


def _intents(c: _Checker, own: Any) -> set[str]:
    if own is not None and not isinstance(own, dict):
        c.add("intents should map intent names to phrases per language")
        own = None
    for name, by_lang in (own or {}).items():
        if not isinstance(by_lang, dict) or not any(isinstance(v, list) and v for v in by_lang.values()):
            c.add(f"intent {name!r} should list phrases per language (en: [...], zh_CN: [...])")
            continue
        for lang in c.langs:
            if not by_lang.get(lang):
                c.add(f"missing translation: intent {name!r} has no {lang} phrases")
    return set(intent_lib.merged(own if isinstance(own, dict) else None))


def _condition(c: _Checker, cond: dict, where: str, intents: set[str], lines: dict | None = None) -> None:
    kinds = [k for k in ("intent", "action", "event", "line") if k in cond]
    allowed = ("intent", "action", "event") if lines is None else ("intent", "action", "line")
    if len(kinds) != 1 or kinds[0] not in allowed:
        c.add(f"{where} should name exactly one of {', '.join(allowed)}")
        return
    kind, value = kinds[0], cond[kinds[0]]
    if kind == "intent" and value not in intents:
        c.add(f"{where} uses unknown intent {value!r} (define it under intents)")
    elif kind == "action" and value not in ACTIONS:
        c.add(f"{where} uses unknown action {value!r}; known actions: {', '.join(ACTIONS)}")
    elif kind == "event" and value not in EVENTS:
        c.add(f"{where} uses unknown event {value!r}; known events: {', '.join(EVENTS)}")
    elif kind == "line" and lines is not None and value not in lines:
        c.add(f"{where} names line {value!r}, which does not exist")


def _conditions(c: _Checker, conds: list, where: str, intents: set[str], lines: dict) -> None:
    for j, cond in enumerate(conds):
        if isinstance(cond, dict):
            _condition(c, cond, f"{where} {j + 1}", intents, lines)
        else:
            c.add(f"{where} {j + 1} should be a mapping like {{intent: greet}} or {{line: name}}")


def _line(c: _Checker, name: str, line: Any, lines: dict, intents: set[str], moods) -> None:
    where = f"line {name!r}"
    if not isinstance(line, dict):
        c.add(f"{where} should be a mapping with say, branches or end")
        return
    c.text(line.get("say"), f"{where}: say")
    c.text(line.get("hint"), f"{where}: hint", required=False)
    c.text(line.get("otherwise"), f"{where}: otherwise", required=False)
    for i, s in enumerate(line.get("suggest") or []):
        c.text(s, f"{where}: suggest[{i + 1}]")
    if line.get("mood") is not None and line["mood"] not in moods:
        c.add(f"{where}: mood {line['mood']!r} is not one of {', '.join(moods)}")
    branches = line.get("branches") or []
    if not isinstance(branches, list):
        c.add(f"{where}: branches should be a list")
        return
    for i, b in enumerate(branches):
        bw = f"{where}, branch {i + 1}"
        if not isinstance(b, dict):
            c.add(f"{bw} should be a mapping like {{intent: greet, goto: next_line}}")
            continue
        _condition(c, b, bw, intents)
        if b.get("goto") not in lines:
            c.add(f"{bw} goes to {b.get('goto')!r}, which is not a line")


def _graph(c: _Checker, lines: dict, start: str) -> None:
    def targets(name):
        line = lines.get(name)
        if not isinstance(line, dict) or not isinstance(line.get("branches"), list):
            return []
        return [b["goto"] for b in line["branches"] if isinstance(b, dict) and b.get("goto") in lines]

    seen, todo = {start}, deque([start])
    while todo:
        for t in targets(todo.popleft()):
            if t not in seen:
                seen.add(t)
                todo.append(t)
    for name in lines:
        if name not in seen:
            c.add(f"line {name!r} is unreachable: no branch from the start leads to it")
    endings = {n for n, line in lines.items() if isinstance(line, dict) and line.get("end")}
    if not endings:
        c.add("no line is an ending (mark the last line with `end: true`)")
        return
    can_end = set(endings)  # lines from which an ending is reachable
    changed = True
    while changed:
        changed = False
        for n in lines:
            if n not in can_end and any(t in can_end for t in targets(n)):
                can_end.add(n)
                changed = True
    for name, line in lines.items():
        if not isinstance(line, dict) or line.get("end"):
            continue
        if not targets(name):
            c.add(f"line {name!r} is a dead end: it has no branches and is not an ending")
        elif name not in can_end and name in seen:
            c.add(f"line {name!r} is a dead end: no path from it reaches an ending")


def _events(c: _Checker, events: Any) -> None:
    if events is None:
        return
    if not isinstance(events, dict):
        c.add("events should map event names (angrier) to what the customer says")
        return
    for name, ev in events.items():
        if name not in EVENTS:
            c.add(f"events has unknown event {name!r}; known events: {', '.join(EVENTS)}")
        else:
            c.text(ev.get("say") if isinstance(ev, dict) else None, f"events.{name}.say")


def _open_cases(customer: Any) -> list[str]:
    """The case numbers of the customer's complaints that are still open."""
    if not isinstance(customer, dict):
        return []
    return [
        str(k.get("case_no"))
        for k in customer.get("complaints") or []
        if isinstance(k, dict) and k.get("state", "received") in {s.value for s in OPEN_STATES}
    ]


def _steps(c: _Checker, steps: Any, intents: set[str], lines: dict, open_cases: list[str] | None = None) -> list:
    if not isinstance(steps, list) or not steps:
        c.add("steps (the rubric) should list the steps a good agent takes")
        return []
    ids = [s.get("id") for s in steps if isinstance(s, dict)]
    for i, step in enumerate(steps):
        where = f"step {i + 1}"
        if not isinstance(step, dict):
            c.add(f"{where} should be a mapping with id, skill, title, weight and evidence")
            continue
        if not isinstance(step.get("id"), str) or not _ID.match(step["id"]):
            c.add(f"{where} needs an id of lower-case letters, digits and _")
        elif ids.count(step["id"]) > 1:
            c.add(f"step id {step['id']!r} is used more than once")
        where = f"step {step.get('id', i + 1)!r}"
        if step.get("skill") not in SKILLS:
            c.add(f"{where}: skill {step.get('skill')!r} is not one of {', '.join(SKILLS)}")
        c.text(step.get("title"), f"{where}: title")
        w = step.get("weight")
        if not isinstance(w, (int, float)) or w <= 0:
            c.add(f"{where}: weight should be a positive number")
        evidence = step.get("evidence")
        if not isinstance(evidence, list) or not evidence:
            c.add(f"{where}: evidence should list what shows the step was done (intent, action or line)")
        else:
            _conditions(c, evidence, f"{where}, evidence", intents, lines)
        _conditions(c, step.get("fails_if") or [], f"{where}, fails_if", intents, lines)
        _conditions(c, step.get("never") or [], f"{where}, never", intents, lines)
        if step.get("skill") == "verification" and isinstance(evidence, list):
            opened = sorted(
                {str(e["action"]) for e in evidence if isinstance(e, dict) and e.get("action") in LOOKING_ACTIONS}
            )
            if opened:
                c.add(
                    f"{where}: opening or searching ({', '.join(opened)}) is not a verification step; "
                    "use what the agent asks (an intent such as verify_identity)"
                )
        if open_cases and isinstance(evidence, list):
            rewards = any(isinstance(e, dict) and e.get("action") == "log_complaint" for e in evidence)
            if rewards:
                c.add(
                    f"{where} rewards logging a complaint although the customer's case "
                    f"{', '.join(open_cases)} is already open; reward following up that case and list "
                    "log_complaint under never"
                )
        if "within_s" in step and (not isinstance(step["within_s"], (int, float)) or step["within_s"] <= 0):
            c.add(f"{where}: within_s should be a positive number of seconds")
        for key in ("after", "before"):
            for other in step.get(key) or []:
                if other not in ids:
                    c.add(f"{where}: {key} names step {other!r}, which does not exist")
                elif other == step.get("id"):
                    c.add(f"{where}: {key} names the step itself")
    return steps


def _model_answer(c: _Checker, script: Any) -> None:
    if script is None:
        return
    if not isinstance(script, list):
        c.add("model_answer should be a list of {say: ..., at: seconds} or {do: action, at: seconds}")
        return
    last = 0.0
    for i, turn in enumerate(script):
        where = f"model_answer[{i + 1}]"
        if not isinstance(turn, dict) or ("say" in turn) == ("do" in turn):
            c.add(f"{where} should have either say or do")
            continue
        if "say" in turn:
            c.text(turn["say"], f"{where}.say")
        elif turn["do"] not in ACTIONS:
            c.add(f"{where} uses unknown action {turn['do']!r}; known actions: {', '.join(ACTIONS)}")
        at = turn.get("at")
        if not isinstance(at, (int, float)) or at < last:
            c.add(f"{where}.at should be seconds since the call was offered, not going back in time")
        else:
            last = at
