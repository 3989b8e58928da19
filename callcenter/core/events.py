"""A tiny publish/subscribe bus for plain Python events.

Core, simulator and sync publish dataclass events here; the GUI's bridge turns
them into Qt signals on the GUI thread. Nothing here knows about Qt.
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)
Listener = Callable[[Any], None]


class EventBus:
    def __init__(self) -> None:
        self._listeners: dict[type, list[Listener]] = defaultdict(list)
        self._by_type: dict[type, tuple[Listener, ...]] = {}  # resolved per concrete event type
        self._lock = threading.Lock()

    def subscribe(self, event_type: type, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners[event_type].append(listener)
            self._by_type = {}

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners[event_type]:
                    self._listeners[event_type].remove(listener)
                    self._by_type = {}

        return unsubscribe

    def publish(self, event: Any) -> None:
        # The simulator publishes thousands of events a second: resolve each type once.
        listeners = self._by_type.get(type(event))
        if listeners is None:
            with self._lock:
                listeners = tuple(
                    fn for etype, fns in self._listeners.items() if isinstance(event, etype) for fn in fns
                )
                self._by_type[type(event)] = listeners
        for fn in listeners:
            try:
                fn(event)
            except Exception:  # one broken listener must not stop the others
                log.exception("event listener failed for %s", type(event).__name__)
