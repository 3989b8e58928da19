"""Background sync for the console: a QTimer schedule, "Sync now", retries with backoff.

Each round runs on a one-thread pool through ``gui.tasks.run_task`` (the GUI
thread never waits for the network); the outcome comes back as ``status_changed``
with the last success, the pending count and the last error in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from callcenter.gui.tasks import run_task, serial_pool
from callcenter.store.db import Store


@dataclass
class SyncView:
    configured: bool
    running: bool
    last_success: str | None
    pending: int
    error: str | None  # plain words, already translated


class SyncController(QObject):
    status_changed = Signal(object)  # SyncView
    round_finished = Signal(object)  # RoundResult or an exception

    INTERVAL_MS = 60_000
    FIRST_RETRY_MS = 15_000
    MAX_RETRY_MS = 600_000

    def __init__(self, store: Store, parent=None, interval_ms: int | None = None):
        super().__init__(parent)
        self.store = store
        self.pool = serial_pool(self)
        self.interval_ms = interval_ms or self.INTERVAL_MS
        self.failures = 0
        self.running = False
        self.error: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)

    def start(self) -> None:
        """Sync soon after start, then on the schedule."""
        self.timer.start(2_000)
        self.publish()

    def stop(self) -> None:
        self.timer.stop()

    def publish(self) -> None:
        store = self.store

        def read():
            from callcenter.sync.client import status

            return status(store)

        run_task(read, self._show, lambda exc: None, pool=self.pool)

    def _show(self, st) -> None:
        self.status_changed.emit(
            SyncView(bool(st.server_url and st.registered), self.running, st.last_success, st.pending, self.error)
        )

    def sync_now(self) -> None:
        if self.running:
            return
        self.running = True
        self.publish()
        store = self.store

        def one_round():
            from callcenter.sync.client import client_for

            client = client_for(store, retries=1)
            try:
                return client.sync_round()
            finally:
                client.close()

        run_task(one_round, self._done, self._failed, pool=self.pool)

    def _done(self, result) -> None:
        self.running, self.failures, self.error = False, 0, None
        self.timer.start(self.interval_ms)
        self.round_finished.emit(result)
        self.publish()

    def _failed(self, exc: Exception) -> None:
        self.running = False
        self.failures += 1
        self.error = self.explain(exc)
        delay = min(self.FIRST_RETRY_MS * 2 ** (self.failures - 1), self.MAX_RETRY_MS)
        self.timer.start(delay)
        self.round_finished.emit(exc)
        self.publish()

    def explain(self, exc: Exception) -> str:
        """A sync failure in the user's language."""
        status = getattr(exc, "status", None)
        if getattr(exc, "transient", False):
            return self.tr("The sync server cannot be reached. Your changes are kept and will be sent later.")
        if status == 401:
            return self.tr(
                "This console is not registered with the sync server, or its registration expired. "
                "Register it again in Sync settings."
            )
        if status == 409 and getattr(exc, "code", "") == "duplicate":
            return self.tr(
                "Another console already used a number or name you entered (%1). Change it here and sync again."
            ).replace("%1", str(exc).split("already has ", 1)[-1].split(";")[0])
        if status == 409:
            return self.tr("The sync server runs a different version of the product. Update the older one.")
        if status == 403:
            return self.tr("The sync server refused a change your role may not make: %1").replace("%1", str(exc))
        if "no sync server" in str(exc) or "not registered" in str(exc):
            return self.tr("Sync is not set up: choose a server and register this console in Sync settings.")
        return self.tr("Sync failed: %1").replace("%1", str(exc))
