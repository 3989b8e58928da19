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

import itertools
import logging
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, Qt, QThreadPool, Signal
from shiboken6 import isValid

from callcenter.core.errors import Problem, as_problem

log = logging.getLogger(__name__)

Success = Callable[[Any], None]
Failure = Callable[[Problem], None]


class _Relay(QObject):
    """The one way answers cross back: a queued signal to an object of the GUI thread;
    and, as an event to it, the moment to start the ops asked for (``_start_waiting``)."""

    answered = Signal(int, bool, object)  # ticket, succeeded, value or Problem

    def event(self, event: QEvent) -> bool:
        if event.type() == _START_WAITING:
            _start_waiting()
            return True
        return super().event(event)


@dataclass
class _Pending:
    on_success: Success | None
    on_failure: Failure | None
    owner: QObject | None
    name: str


class _Op(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay, ticket: int, name: str):
        super().__init__()
        self.fn, self.relay, self.ticket, self.name = fn, relay, ticket, name

    def run(self) -> None:
        try:
            result = self.fn()
        except Problem as problem:
            log.info("op %s refused: %s", self.name, problem.code)
            self._answer(False, problem)
        except Exception as exc:
            log.exception("op %s failed", self.name)
            self._answer(False, as_problem(exc))
        else:
            self._answer(True, result)

    def _answer(self, ok: bool, value: Any) -> None:
        try:
            self.relay.answered.emit(self.ticket, ok, value)
        except RuntimeError:  # the application (and the relay with it) is gone: nobody to tell
            pass


# One relay for every op, and the callbacks waiting on it by ticket. An earlier runner made a
# QObject per op, parented to its owner, with three connections: never deleted, a console that
# runs all day kept one per op (and the closures of its callbacks, with the results they held);
# deleting each one instead cost the GUI thread more than the op's own callback.
_relay: _Relay | None = None
# An op asked for by a click starts once the GUI thread has done what the click set going
# (layout, paint: events posted before this one, and paint at a higher priority), not at
# once beside it. A worker running Python holds the interpreter, and the GUI thread needs
# it even in Qt's own layout code (each virtual call on a window class written in Python
# asks for it): measured, showing a record beside a busy worker took 39 ms instead of 1.6.
# The store work starts a few milliseconds later, and the window is done sooner.
_START_WAITING = QEvent.Type(QEvent.registerEventType())
_AFTER_PAINT = int(Qt.EventPriority.LowEventPriority.value) - 1
_waiting: list[tuple[QThreadPool, _Op]] = []
_waiting_lock = threading.Lock()
_last_activity = 0.0  # time.monotonic() of the last op asked for or answered
_pending: dict[int, _Pending] = {}
_tickets = itertools.count(1)
_writer: QThreadPool | None = None
_writer_lock = threading.Lock()
gui_thread_ms: dict[str, list[float]] = defaultdict(list)  # op name -> callback times on the GUI thread


def _the_relay() -> _Relay:
    global _relay
    if _relay is None or not isValid(_relay):
        app = QCoreApplication.instance()
        _relay = _Relay(app)
        if app is not None:
            _relay.moveToThread(app.thread())  # answers are called back on the GUI thread
        _relay.answered.connect(_answered)
    return _relay


def _answered(ticket: int, ok: bool, value: Any) -> None:
    global _last_activity
    _last_activity = time.monotonic()
    pending = _pending.pop(ticket, None)
    if pending is None:
        return
    if pending.owner is not None and not isValid(pending.owner):
        return  # the window that asked is gone: nothing is called back
    handler = pending.on_success if ok else pending.on_failure
    if handler is None:
        if not ok:
            log.warning("op %s failed and nobody was told: %s", pending.name, value.code)
        return
    started = time.perf_counter()
    try:
        handler(value)
    finally:
        gui_thread_ms[pending.name].append((time.perf_counter() - started) * 1000)


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
    global _last_activity
    _last_activity = time.monotonic()
    ticket = next(_tickets)
    _pending[ticket] = _Pending(on_success, on_failure, owner, name)
    target = pool or (write_pool() if write else QThreadPool.globalInstance())
    relay = _the_relay()
    with _waiting_lock:
        _waiting.append((target, _Op(fn, relay, ticket, name)))
        first = len(_waiting) == 1
    if first:
        QCoreApplication.postEvent(relay, QEvent(_START_WAITING), _AFTER_PAINT)


def _start_waiting() -> None:
    """Hand the ops asked for to their pools, in the order they were asked for."""
    with _waiting_lock:
        ready = list(_waiting)
        _waiting.clear()
    for target, op in ready:
        target.start(op)


def quiet_for() -> float:
    """Seconds since an op was last asked for or answered (0 while any is running)."""
    return 0.0 if _pending else time.monotonic() - _last_activity


def ops_running() -> int:
    """Ops asked for and not yet reported (tests wait for zero)."""
    return len(_pending)


def wait_for_ops(msecs: int = 5000, *pools: QThreadPool) -> bool:
    """Tests and shutdown: let running ops finish (their callbacks still need the event loop)."""
    _start_waiting()  # the ones not handed to a pool yet go now
    ok = True
    for pool in (*pools, *([_writer] if _writer is not None else []), QThreadPool.globalInstance()):
        ok = pool.waitForDone(msecs) and ok
    return ok
