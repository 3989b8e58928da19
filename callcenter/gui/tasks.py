"""Being replaced by ``callcenter.gui.ops.run_op`` (errors as Problems, one write pool):
windows move over one by one; this module goes when the last one has.

The old background-work helper: run blocking work off the GUI thread.

``run_task(fn, on_success, on_error)`` runs ``fn`` on Qt's thread pool and calls
back on the GUI thread. The GUI thread never waits for the store or network.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.fn, self.relay = fn, relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to on_error on the GUI thread
            log.exception("background task failed")
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


_live: set[_Relay] = set()  # keep relays alive until their task reports


def run_task(
    fn: Callable[[], Any],
    on_success: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    pool: QThreadPool | None = None,
) -> None:
    """Run ``fn`` on ``pool`` (default: Qt's global pool). A pool with one thread
    runs its tasks in order: use one for writes that must not overtake each other."""
    relay = _Relay()
    _live.add(relay)

    def finish(handler, value):
        _live.discard(relay)
        if handler is not None:
            handler(value)

    relay.done.connect(lambda value: finish(on_success, value))
    relay.failed.connect(lambda exc: finish(on_error, exc))
    (pool or QThreadPool.globalInstance()).start(_Task(fn, relay))


def serial_pool(parent=None) -> QThreadPool:
    pool = QThreadPool(parent)
    pool.setMaxThreadCount(1)
    return pool


def wait_for_tasks(msecs: int = 5000, *pools: QThreadPool) -> bool:
    """Tests and shutdown: let running tasks finish."""
    from callcenter.gui.ops import wait_for_ops

    return wait_for_ops(msecs, *pools)
