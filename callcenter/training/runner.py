"""The dialogue runner: the customer's side of a role-play, Qt-free.

Feed it what the trainee does (``offered``, ``action``, ``reply``) and what the
trainer does (``event``, ``customer_says``, ``note``) with the session time in
seconds since the call was offered; it moves through the scenario's dialogue
graph and returns the customer's lines to speak. Everything lands on the
timeline that ``scoring.score`` reads.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from callcenter.training import intents as intent_lib
from callcenter.training.actions import describe as describe_action
from callcenter.training.scenario import MOODS, Scenario

DEFAULT_EVENT_LINES = {
    "angrier": {
        "en": "This is taking far too long. I'm getting really annoyed now!",
        "zh_CN": "怎么这么久？我真的很生气了！",
    },
}


@dataclass
class Entry:
    """One thing on the session timeline."""

    at: float  # seconds since the call was offered
    kind: str  # offered | customer | trainee | action | event | note | trainer
    text: str = ""
    name: str = ""  # action or event name; the customer's line id
    intents: tuple[str, ...] = ()


@dataclass
class Utterance:
    line_id: str
    text: str
    mood: str


@dataclass
class Runner:
    scenario: Scenario
    lang: str
    timeline: list[Entry] = field(default_factory=list)
    line_id: str | None = None  # the customer's current line (None until answered)
    mood: str = ""
    ended: str = ""  # "" while running; completed | caller_hung_up | line_dropped | agent_ended
    reached_end_line: bool = False
    understood: bool = True  # False when the last reply matched no intent at all
    _said_otherwise: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        if self.lang not in self.scenario.languages:
            raise ValueError(f"scenario {self.scenario.id} has no {self.lang} version")
        self.mood = self.scenario.persona.get("mood", "calm")
        self.intents = self.scenario.intents

    # -- helpers ---------------------------------------------------------------
    def t(self, value: Any) -> str:
        return self.scenario.text(value, self.lang)

    @property
    def line(self) -> dict[str, Any]:
        return self.scenario.lines[self.line_id] if self.line_id else {}

    def intent_name(self, name: str) -> str:
        return intent_lib.intent_name(name, self.lang, self.scenario.data.get("intent_names"))

    def _ways_on(self) -> list[str]:
        """What moves the current line on, in words (intents and console actions)."""
        ways: list[str] = []
        for branch in self.line.get("branches") or []:
            if branch.get("intent"):
                ways.append(self.intent_name(branch["intent"]))
            elif branch.get("action"):
                ways.append(describe_action(branch["action"], self.lang))
        return list(dict.fromkeys(ways))

    def hint(self) -> str:
        """The line's hint; for a line without one, what would move the call on."""
        if not self.line or self.ended:
            return ""
        own = self.t(self.line.get("hint"))
        if own:
            return own
        ways = self._ways_on()
        if not ways:  # an ending: close the call
            ways = [self.intent_name("close")]
        joiner = " 或 " if self.lang == "zh_CN" else " or "
        return ("下一步：" if self.lang == "zh_CN" else "What moves the call on: ") + joiner.join(ways)

    def suggestions(self) -> list[str]:
        """The line's suggested replies; for a line without any, the model answer's words
        that fit one of its ways on (or its goodbye, at an ending)."""
        if not self.line or self.ended:
            return []
        own = [self.t(s) for s in self.line.get("suggest") or []]
        if own:
            return own
        wanted = {b["intent"] for b in self.line.get("branches") or [] if b.get("intent")}
        if not self.line.get("branches"):
            wanted = {"close"}
        out = []
        for turn in self.scenario.data.get("model_answer") or []:
            if "say" in turn:
                text = self.t(turn["say"])
                if wanted & set(intent_lib.match(text, self.intents)):
                    out.append(text)
        return out[:2]

    def try_instead(self, full: bool = True) -> list[str]:
        """After a reply nobody understood: what the trainee could say here. ``full`` (easy
        mode): a whole suggested reply; otherwise only what would move the call on, in words."""
        if not full:  # a reply is speech: the intents that would move the call on
            said = [self.intent_name(b["intent"]) for b in self.line.get("branches") or [] if b.get("intent")]
            return list(dict.fromkeys(said)) or ([self.intent_name("close")] if self.line and not self.ended else [])
        tips = self.suggestions()
        if tips:
            return tips[:1]
        examples = [
            f"{self.intent_name(b['intent'])} (“{ex[0]}”)"
            for b in self.line.get("branches") or []
            if b.get("intent") and (ex := intent_lib.examples(b["intent"], self.lang, self.intents))
        ]
        return examples[:2]

    def _say(self, line_id: str, at: float) -> list[Utterance]:
        self.line_id = line_id
        line = self.scenario.lines[line_id]
        self.mood = line.get("mood") or self.mood
        text = self.t(line["say"])
        self.timeline.append(Entry(at, "customer", text, line_id))
        if line.get("end"):
            self.reached_end_line = True
            if line.get("hangs_up"):
                self.ended = "caller_hung_up"
        return [Utterance(line_id, text, self.mood)]

    def _follow(self, kind: str, values: Collection[str], at: float) -> list[Utterance]:
        """Take the first branch of the current line that ``values`` (intents/action/event) satisfy."""
        if self.ended or not self.line_id:
            return []
        for branch in self.line.get("branches") or []:
            if branch.get(kind) in values:
                return self._say(branch["goto"], at)
        return []

    # -- the trainee ---------------------------------------------------------------
    def offered(self, at: float = 0.0) -> None:
        self.timeline.append(Entry(at, "offered"))

    def action(self, name: str, at: float, detail: str = "") -> list[Utterance]:
        self.timeline.append(Entry(at, "action", detail, name))
        if name == "answer" and self.line_id is None and not self.ended:
            return self._say(self.scenario.start, at)
        if name == "end_call" and not self.ended:
            self.ended = "completed" if self.reached_end_line else "agent_ended"
            return []
        return self._follow("action", {name}, at)

    def reply(self, text: str, at: float) -> list[Utterance]:
        found = tuple(intent_lib.match(text, self.intents))
        self.understood = bool(found)
        self.timeline.append(Entry(at, "trainee", text, intents=found))
        said = self._follow("intent", set(found), at)
        if (
            not said
            and self.line_id
            and not self.ended
            and self.line.get("otherwise")
            and self.line_id not in self._said_otherwise
        ):
            self._said_otherwise.add(self.line_id)
            text = self.t(self.line["otherwise"])
            self.timeline.append(Entry(at, "customer", text, self.line_id))
            said = [Utterance(self.line_id, text, self.mood)]
        return said

    # -- the trainer -------------------------------------------------------------------
    def event(self, name: str, at: float) -> list[Utterance]:
        self.timeline.append(Entry(at, "event", name=name))
        if self.ended:
            return []
        if name == "line_drops":
            self.ended = "line_dropped"
            return []
        if name == "angrier":
            i = MOODS.index(self.mood) if self.mood in MOODS else 0
            self.mood = MOODS[min(len(MOODS) - 1, max(i + 1, MOODS.index("annoyed")))]
            said = self._follow("event", {name}, at)
            if said:
                return said
            own = (self.scenario.data.get("events") or {}).get(name) or {}
            text = self.t(own.get("say") or DEFAULT_EVENT_LINES[name])
            self.timeline.append(Entry(at, "customer", text, self.line_id or ""))
            return [Utterance(self.line_id or "", text, self.mood)]
        return []

    def customer_says(self, text: str, at: float) -> None:
        """The trainer takes over the customer's role for a line."""
        self.timeline.append(Entry(at, "trainer", text))

    def note(self, text: str, at: float) -> None:
        self.timeline.append(Entry(at, "note", text))

    def caller_hung_up(self, at: float) -> None:
        if not self.ended:
            self.ended = "caller_hung_up"
            self.timeline.append(Entry(at, "event", name="caller_hung_up"))


def play_script(scenario: Scenario, lang: str, script: list[dict[str, Any]]) -> Runner:
    """Run a scripted agent ({say: text-or-translations, at} / {do: action, at}) through the runner."""
    runner = Runner(scenario, lang)
    runner.offered(0.0)
    for turn in script:
        if "say" in turn:
            runner.reply(scenario.text(turn["say"], lang), float(turn["at"]))
        elif "event" in turn:
            runner.event(turn["event"], float(turn["at"]))
        else:
            runner.action(turn["do"], float(turn["at"]), turn.get("detail", ""))
    return runner
