"""Use cases of the live simulation in a console's process: the caller numbers its
simulated calls ring with, and storing the calls no person at this console took.

Both run off the GUI thread (``callcenter.gui.live_session`` calls them through
``run_op``): the engine asks for a caller number while it routes a call, so numbers
are sampled in batches ahead of time and handed out from memory.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from callcenter.ops import Done
from callcenter.store.callers import UNKNOWN_NUMBERS, sample_ani
from callcenter.store.db import Store
from callcenter.store.models import CallLeg, Interaction, Queue


def sample_caller_numbers(store: Store, count: int, region: str = "US", seed: int | None = None) -> list[str]:
    """``count`` caller numbers as a switch would send them: real customers' phones from
    the store (plus shared, unknown, withheld and malformed ones), in one connection."""
    rng = random.Random(seed)
    with store.engine.connect() as conn:
        return [sample_ani(conn, rng, region=region) for _ in range(count)]


def caller_number_without_store(rng: random.Random) -> str:
    """A number no customer has (when sampled numbers ran out): the pop says unknown caller."""
    return rng.choice(UNKNOWN_NUMBERS)


def record_simulated_calls(store: Store, calls: Sequence[dict[str, Any]]) -> Done[int]:
    """Store the calls the live simulator handled without a person (bot agents, callers
    who gave up in the queue) as interactions, in one transaction. Each dict (from
    ``callcenter.sim.recorder.CallRecorder``): queue, offered_at, answered_at, ended_at,
    outcome, agent_label, and optionally ani. Returns how many were stored."""
    if not calls:
        return Done(0)
    with store.unit() as unit:
        s = unit.session
        queue_ids: dict[str, str] = dict(s.execute(select(Queue.code, Queue.id)).all())
        for c in calls:
            s.add(
                Interaction(
                    direction="inbound",
                    ani_raw=c.get("ani", ""),
                    queue_id=queue_ids.get(c["queue"]),
                    offered_at=c["offered_at"],
                    answered_at=c.get("answered_at"),
                    ended_at=c.get("ended_at"),
                    outcome=c["outcome"],
                    notes=f"simulated agent {c['agent_label']}" if c.get("agent_label") else "",
                )
            )
            # reports14: the call's leg, for the queue reports (no person: agent_id None)
            s.add(
                CallLeg(
                    call_ref=str(c.get("call_id", "")),
                    queue_code=c["queue"],
                    queued_at=c["offered_at"],
                    offered_at=c.get("answered_at"),
                    answered_at=c.get("answered_at"),
                    ended_at=c.get("ended_at"),
                    outcome=c["outcome"],
                )
            )
    return Done(len(calls), unit.changes)
