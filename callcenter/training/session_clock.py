"""Session time: seconds since the call was offered, standing still while the trainer pauses."""

from __future__ import annotations

import time
from collections.abc import Callable


class SessionClock:
    def __init__(self, source: Callable[[], float] = time.monotonic):
        self.source = source
        self.started = source()
        self.paused_at: float | None = None
        self.paused_total = 0.0

    def __call__(self) -> float:
        now = self.paused_at if self.paused_at is not None else self.source()
        return round(now - self.started - self.paused_total, 2)

    @property
    def paused(self) -> bool:
        return self.paused_at is not None

    def pause(self) -> None:
        if self.paused_at is None:
            self.paused_at = self.source()

    def resume(self) -> None:
        if self.paused_at is not None:
            self.paused_total += self.source() - self.paused_at
            self.paused_at = None
