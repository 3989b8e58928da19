"""ACD routing rules, as small pieces the engine calls.

- **Call side** (a call arrives, or overflows into a queue, and agents are idle): among
  the idle agents who have the queue's skill, ``longest_idle`` takes the one idle longest;
  ``skill_level`` takes the most skilled (highest level), and the longest idle among equals.
- **Agent side** (an agent frees up and calls are waiting): the agent takes a call from
  the queue of highest ``priority`` among the queues it has skills for (larger is served
  first); among queues of equal priority, ``longest_idle`` routing takes the call that
  has waited longest, ``skill_level`` routing the queue of the agent's best skill first
  (then the longest-waiting call). Within a queue calls are first come, first served.
- **Overflow**: a call still waiting ``after_s`` seconds after it entered a queue moves to
  the overflow queue (to the back of it), where it is offered to that queue's agents;
  its figures stay with the queue it first arrived at.

Idle agents are kept per skill in one insertion-ordered dict per skill level, keyed by
agent index with the time they became idle, so the longest-idle agent of a level is its
first entry (O(1)); an agent with several skills sits in one dict per skill.
"""

from __future__ import annotations

from collections import OrderedDict

LONGEST_IDLE = "longest_idle"
SKILL_LEVEL = "skill_level"

# Idle agents of one skill level: agent index -> time it became idle, longest idle first.
LevelDict = OrderedDict[int, float]
# How an agent ranks the queues it serves: (priority,) or (priority, skill level).
GroupKey = tuple[int, ...]


class IdlePool:
    """Idle agents with one skill, by level (highest level first)."""

    __slots__ = ("levels", "by_level")

    def __init__(self) -> None:
        self.levels: list[LevelDict] = []  # sorted by level, highest first
        self.by_level: dict[int, LevelDict] = {}

    def level_dict(self, level: int) -> LevelDict:
        od = self.by_level.get(level)
        if od is None:
            od = self.by_level[level] = OrderedDict()
            order = sorted(self.by_level, reverse=True)
            self.levels = [self.by_level[lv] for lv in order]
        return od

    def longest_idle(self) -> int:
        best, since = -1, float("inf")
        for od in self.levels:
            if od:
                for i in od:  # first entry only
                    s = od[i]
                    if s < since:
                        best, since = i, s
                    break
        return best

    def most_skilled(self) -> int:
        for od in self.levels:
            if od:
                for i in od:
                    return i
        return -1

    def __len__(self) -> int:
        return sum(len(od) for od in self.levels)


def agent_queue_order(
    skills: dict[str, int], queue_skills: list[str], priorities: list[int], routing: str
) -> list[tuple[int, GroupKey]]:
    """The queues an agent serves, as (queue index, group key), best group first.

    Queues with equal keys compete on the age of their oldest call."""
    served: list[tuple[int, GroupKey]] = []
    for q, skill in enumerate(queue_skills):
        level = skills.get(skill)
        if level is None:
            continue
        key = (priorities[q], level) if routing == SKILL_LEVEL else (priorities[q],)
        served.append((q, key))
    served.sort(key=lambda item: item[1], reverse=True)
    return served
