"""Background sync for the console: a QTimer schedule, "Sync now", retries with backoff,
and a long-poll of the server (``sync.watch.Watcher``) that starts a round as soon as
another console pushed (a supervisor's forced state, a colleague's edit), so the schedule
is only the fallback.

Each round is the ``ops.sync.sync_round`` use case, run through ``gui.ops.run_op`` on the
controller's own one-thread pool (the GUI thread never waits for the network, and a slow
server never holds up the other windows' saves). The outcome comes back as
``status_changed`` with the last success, the pending count and the last failure put
into the user's words by its code. What a round brought reaches open windows by itself:
each applied pull publishes ``Changed(source="sync")``. Local changes refresh the
pending count the same way (``gui.bridge.watch``), not by polling.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from callcenter.core.changes import LOCAL, Changed
from callcenter.core.errors import Problem, as_problem
from callcenter.gui.bridge import watch
from callcenter.gui.ops import run_op
from callcenter.gui.sync.sync_words import explain
from callcenter.ops import sync as sync_ops
from callcenter.store.db import Store
from callcenter.sync.client import RoundResult, SyncStatus
from callcenter.sync.watch import Watcher


@dataclass
class SyncView:
    configured: bool
    running: bool
    last_success: str | None
    pending: int
    error: str | None  # plain words, already translated
    problem: Problem | None = None  # the failure the words are for (its code: params["reason"])
    kept_aside: int = 0  # pulled rows this console could not apply (supervisors see them under Conflicts)


WAIT_FOR_SETTINGS = ("not_configured", "not_registered")  # sync codes no retry can mend


class SyncController(QObject):
    status_changed = Signal(object)  # SyncView
    round_finished = Signal(object)  # RoundResult or a Problem
    news = Signal()  # the watcher heard of changes on the server (emitted from its thread)

    INTERVAL_MS = 60_000
    FIRST_RETRY_MS = 15_000
    MAX_RETRY_MS = 600_000
    COUNT_DELAY_MS = 300  # local edits in a burst: one pending count
    PROMPT_TABLES = ("forced_state_requests",)  # adminpol: changes that start a round at once

    def __init__(self, store: Store, parent: QObject | None = None, interval_ms: int | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.pool = QThreadPool(self)  # rounds one at a time, beside the shared write pool
        self.pool.setMaxThreadCount(1)
        self.interval_ms = interval_ms or self.INTERVAL_MS
        self.failures = 0
        self.running = False
        self.error: str | None = None
        self.problem: Problem | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        self._count = QTimer(self)
        self._count.setSingleShot(True)
        self._count.setInterval(self.COUNT_DELAY_MS)
        self._count.timeout.connect(self.publish)
        watch(store, self, self._changed)
        self.watcher = Watcher(lambda seconds: sync_ops.wait_for_changes(store, seconds), self.news.emit)
        self.news.connect(self._news)

    def start(self) -> None:
        """Sync soon after start, then on the schedule (and at once when the watcher hears news)."""
        self.timer.start(2_000)
        self.publish()

    def stop(self) -> None:
        self.timer.stop()
        self._count.stop()
        self.watcher.stop()

    def _news(self) -> None:
        if not self.running and self.timer.isActive():  # a stopped timer: stopped, or waiting for settings
            self.timer.start(0)

    def _changed(self, event: Changed) -> None:
        if event.source == LOCAL and not self.running:  # a local edit: one more change waits to go up
            self._count.start()
        if event.source == LOCAL and event.changes.touches(*self.PROMPT_TABLES) and self.timer.isActive():
            self.timer.start(0)  # a supervisor's forced state goes up at once, not with the next round

    def publish(self) -> None:
        store = self.store
        run_op(lambda: sync_ops.sync_status(store), self._show, lambda problem: None, name="sync.status", owner=self)

    def _show(self, st: SyncStatus) -> None:
        problem, error = self.problem, self.error
        if problem is None and not self.running and st.problem is not None:  # an earlier round's failure
            problem, error = st.problem, explain(st.problem)
        self.status_changed.emit(
            SyncView(
                bool(st.server_url and st.registered),
                self.running,
                st.last_success,
                st.pending,
                error,
                problem,
                st.kept_aside,
            )
        )

    def sync_now(self) -> None:
        if self.running:
            return
        self.running = True
        self.publish()
        store = self.store
        run_op(
            lambda: sync_ops.sync_round(store, retries=1).value,
            self._done,
            self._failed,
            name="sync.round",
            owner=self,
            pool=self.pool,
        )

    def _done(self, result: RoundResult) -> None:
        self.running, self.failures, self.error, self.problem = False, 0, None, None
        self.timer.start(self.interval_ms)
        self.watcher.arm()  # the cursor is current: wait for what comes after it
        self.round_finished.emit(result)
        self.publish()

    def _failed(self, error: BaseException) -> None:
        self.running = False
        self.failures += 1
        self.problem = as_problem(getattr(error, "problem", error))
        self.error = explain(self.problem)
        if self.problem.params.get("reason") in WAIT_FOR_SETTINGS:
            self.timer.stop()  # no server or no registration: retrying changes nothing; Sync settings restarts it
        else:
            delay = min(self.FIRST_RETRY_MS * 2 ** (self.failures - 1), self.MAX_RETRY_MS)
            self.timer.start(delay)
        self.round_finished.emit(self.problem)
        self.publish()

    def explain(self, error: BaseException) -> str:
        """A sync failure in the user's language (by its code)."""
        return explain(error)
