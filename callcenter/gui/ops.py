"""The one way windows run store work: off the GUI thread, answers back on it.

``run_op(fn, on_success, on_failure, name=..., write=True, owner=widget)`` runs a
use case (a ``callcenter.ops`` function) on a worker thread and calls back on the
GUI thread (in the spirit of Anki's ``CollectionOp``/``QueryOp`` and Picard's
``run_task``):

- **writes** (``write=True``) run one at a time, in the order they were asked for,
  on one serial pool shared by every window: two saves never overtake each other;
- **queries** (``write=False``) run on Qt's global pool, side by side;
- a failure reaches ``on_failure`` as a ``callcenter.core.errors.Problem`` (a code and
  parameters: ``gui.problems.describe`` puts it into words); anything unforeseen is
  logged with its traceback and becomes ``Unexpected``; no exception text reaches a window;
- with ``owner``, nothing is called back once the owner widget is gone.

The time each callback spends on the GUI thread is kept per op name, for
``callcenter bench gui-ops``.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from callcenter.core.errors import Problem, as_problem

log = logging.getLogger(__name__)

Success = Callable[[Any], None]
Failure = Callable[[Problem], None]


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Op(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay, name: str):
        super().__init__()
        self.fn, self.relay, self.name = fn, relay, name

    def run(self) -> None:
        try:
            result = self.fn()
        except Problem as problem:
            log.info("op %s refused: %s", self.name, problem.code)
            self._emit(self.relay.failed, problem)
        except Exception as exc:
            log.exception("op %s failed", self.name)
            self._emit(self.relay.failed, as_problem(exc))
        else:
            self._emit(self.relay.done, result)

    @staticmethod
    def _emit(signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the owner (and the relay with it) is gone: nobody to tell
            pass


_live: set[_Relay] = set()  # relays stay alive until their op reports
_writer: QThreadPool | None = None
_writer_lock = threading.Lock()
gui_thread_ms: dict[str, list[float]] = defaultdict(list)  # op name -> callback times on the GUI thread
_running = 0


def write_pool() -> QThreadPool:
    """The one serial pool for writes (created on first use, lives with the application)."""
    global _writer
    with _writer_lock:
        if _writer is None:
            _writer = QThreadPool(QCoreApplication.instance())
            _writer.setMaxThreadCount(1)
            _writer.setExpiryTimeout(-1)
        return _writer


def run_op(
    fn: Callable[[], Any],
    on_success: Success | None = None,
    on_failure: Failure | None = None,
    *,
    name: str,
    write: bool = False,
    owner: QObject | None = None,
    pool: QThreadPool | None = None,
) -> None:
    """Run ``fn`` off the GUI thread; see the module's docstring."""
    global _running
    relay = _Relay(owner)
    _live.add(relay)
    _running += 1

    def finish(handler, value) -> None:
        global _running
        _live.discard(relay)
        _running -= 1
        if handler is None:
            if isinstance(value, Problem) and on_failure is None:
                log.warning("op %s failed and nobody was told: %s", name, value.code)
            return
        started = time.perf_counter()
        try:
            handler(value)
        finally:
            gui_thread_ms[name].append((time.perf_counter() - started) * 1000)

    relay.done.connect(lambda value: finish(on_success, value))
    relay.failed.connect(lambda problem: finish(on_failure, problem))
    relay.destroyed.connect(lambda *_: _forget(relay))
    target = pool or (write_pool() if write else QThreadPool.globalInstance())
    target.start(_Op(fn, relay, name))


def _forget(relay: _Relay) -> None:
    global _running
    if relay in _live:
        _live.discard(relay)
        _running -= 1


def ops_running() -> int:
    """Ops asked for and not yet reported (tests wait for zero)."""
    return _running


def wait_for_ops(msecs: int = 5000, *pools: QThreadPool) -> bool:
    """Tests and shutdown: let running ops finish (their callbacks still need the event loop)."""
    ok = True
    for pool in (*pools, *([_writer] if _writer is not None else []), QThreadPool.globalInstance()):
        ok = pool.waitForDone(msecs) and ok
    return ok
