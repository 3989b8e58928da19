"""Hearing of the site's changes at once: a long-poll of the server (``GET /v1/wait``) on a
daemon thread of its own.

The watcher is *armed* by each finished sync round (the pull cursor is then current) and
waits for news; news disarms it and calls ``on_news`` (from the watcher's thread: a GUI
hands it to its own thread with a queued signal), which starts a round; that round's end
arms it again. A failed wait disarms it too, so a dead server is not polled in a loop: the
next scheduled round, when it succeeds, arms it again. The thread is a daemon and a wait
ends by itself after ``timeout_s``, so closing the console never waits for the network.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from callcenter.sync.protocol import WAIT_S

log = logging.getLogger(__name__)


class Watcher:
    def __init__(self, wait: Callable[[float], bool], on_news: Callable[[], None], timeout_s: float = WAIT_S):
        self._wait, self._on_news, self.timeout_s = wait, on_news, timeout_s
        self._armed = threading.Event()
        self._stopped = threading.Event()
        self._thread: threading.Thread | None = None
        self.waits = 0  # answered waits (news or not): for tests and the status tooltip

    def arm(self) -> None:
        """A round finished: wait for news after the cursor it left (starts the thread once)."""
        if self._stopped.is_set():
            return
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="sync-watch", daemon=True)
            self._thread.start()
        self._armed.set()

    def stop(self) -> None:
        self._stopped.set()
        self._armed.set()  # let the thread see it

    @property
    def armed(self) -> bool:
        return self._armed.is_set() and not self._stopped.is_set()

    def _run(self) -> None:
        while True:
            self._armed.wait()
            if self._stopped.is_set():
                return
            try:
                news = self._wait(self.timeout_s)
            except Exception as exc:  # the server is away or refuses: wait for the next good round
                log.info("sync watch paused: %s", type(exc).__name__)
                self._armed.clear()
                continue
            self.waits += 1
            if self._stopped.is_set():
                return
            if news:
                self._armed.clear()
                self._on_news()
