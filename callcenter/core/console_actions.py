"""What the agent does on the console, as plain events (the one publication point).

The console controller publishes a ``ConsoleAction`` on its event bus for each
thing the agent does (answer, hold, open the order history, wrap up, ...); the
training runner subscribes to score it. Names are defined in
``callcenter.training.actions``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime


@dataclass(frozen=True)
class ConsoleAction:
    agent_id: str
    name: str
    detail: str = ""
    call_id: str | None = None
    at: datetime = field(default_factory=lambda: datetime.now(UTC))
