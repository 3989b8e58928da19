"""Turn the live simulator's events into call records for the store.

Calls that reach a person are recorded by their console; this keeps the rest (calls
simulated agents handled, callers who hung up in the queue) so that every call of the
live center ends up as an interaction. Qt-free and store-free: it only builds plain
dicts; the caller writes them in batches.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from callcenter.sim import events as ev


class CallRecorder:
    def __init__(
        self,
        external: Callable[[str], bool],
        origin: datetime | None = None,
        sim_now: Callable[[], float] = lambda: 0.0,
    ):
        self.external = external  # agent id -> is a person (their console records the call)
        self.origin = origin or datetime.now(UTC)  # wall time of simulated t = 0
        self.open: dict[int, dict[str, Any]] = {}
        self.done: list[dict[str, Any]] = []

    def at(self, t: float) -> datetime:
        return self.origin + timedelta(seconds=t)

    def on_event(self, e: object) -> None:
        if isinstance(e, ev.CallArrived):
            self.open[e.call_id] = {"queue": e.queue, "offered_at": self.at(e.t)}
        elif isinstance(e, ev.CallAnswered):
            call = self.open.get(e.call_id)
            if call is not None:
                if self.external(e.agent_id):
                    del self.open[e.call_id]  # the console records it
                else:
                    call["answered_at"], call["agent_label"] = self.at(e.t), e.agent_id
        elif isinstance(e, ev.CallEnded):
            call = self.open.pop(e.call_id, None)
            if call is not None:
                call.update(ended_at=self.at(e.t), outcome="completed")
                self.done.append(call)
        elif isinstance(e, ev.CallAbandoned):
            call = self.open.pop(e.call_id, None)
            if call is not None and not (e.agent_id and self.external(e.agent_id)):
                call.update(ended_at=self.at(e.t), outcome="abandoned")
                self.done.append(call)

    def take(self) -> list[dict[str, Any]]:
        done, self.done = self.done, []
        return done
