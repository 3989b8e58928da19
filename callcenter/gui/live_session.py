"""The one owner of the live simulation in a GUI process.

``LiveSession`` starts a ``LiveCenter`` (or joins a ``callcenter live-server``) and owns
everything that keeps it going: the ONE timer that advances the center, the recorder
that turns calls no person took into interactions and the timer that stores them
(through ``run_op``), the caller numbers simulated calls ring with, and the console's
call source. Windows use ``session.center`` (the console's label, the queue board) and
``session.source`` (the console); nobody else advances the center or sets anything on it.
``close()`` stops it all.

    session = LiveSession.start(store, bus, settings, speed)     # console, live mode
    session = LiveSession.join(store, bus, settings, "127.0.0.1:8765")
    session = LiveSession.simulated(center, numbers, parent=...)  # role-play: no store
    session = LiveSession.alone(center)                          # `callcenter board`
    ...
    session.close()

Caller numbers are sampled from the store's customers in batches off the GUI thread
(``CallerNumbers``): routing a call inside ``advance()`` only takes one from memory.
"""

from __future__ import annotations

import logging
import random
from argparse import Namespace
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from callcenter.core.errors import Problem
from callcenter.core.events import EventBus
from callcenter.gui import problems
from callcenter.gui.ops import run_op
from callcenter.gui.settings import Settings, board_thresholds
from callcenter.ops import live as live_ops
from callcenter.sim import events as ev
from callcenter.sim.client import Connection, LiveServerError, RemoteCallSource, RemoteCenter, parse_address
from callcenter.sim.live import LiveCenter, SimCallSource
from callcenter.sim.recorder import CallRecorder
from callcenter.sim.scenario import Scenario

if TYPE_CHECKING:
    from callcenter.store.db import Store

log = logging.getLogger(__name__)

ADVANCE_MS = 200  # 5 Hz: small engine steps, calls ring on time
FLUSH_MS = 2000  # simulated calls are stored in batches every 2 s


class CallerNumbers(QObject):
    """Caller numbers for simulated calls, as the switch would send them: sampled from
    the store's customers ``batch`` at a time by an op off the GUI thread, and refilled
    when fewer than ``low`` are left. Calling it never touches the store, from any thread
    (a live-server's offers arrive on the connection's reader thread)."""

    _running_low = Signal()

    def __init__(self, store: Store, region: str, batch: int = 32, low: int = 8, parent: QObject | None = None):
        super().__init__(parent)
        self.store, self.region, self.batch, self.low = store, region, batch, low
        self._numbers: deque[str] = deque()
        self._rng = random.Random()
        self._refilling = False
        self._closed = False
        self.refills = 0  # batches received (tests, diagnostics)
        self._running_low.connect(self._refill, Qt.ConnectionType.QueuedConnection)
        self._refill()

    def __len__(self) -> int:
        return len(self._numbers)

    def __call__(self) -> str:
        try:
            number = self._numbers.popleft()
        except IndexError:  # the first batch is not back yet, or the store failed
            number = live_ops.caller_number_without_store(self._rng)
        if len(self._numbers) < self.low and not self._refilling:
            self._running_low.emit()  # queued: the refill starts on the GUI thread
        return number

    def _refill(self) -> None:
        if self._refilling or self._closed or len(self._numbers) >= self.low:
            return
        self._refilling = True
        store, count, region, seed = self.store, self.batch, self.region, self._rng.getrandbits(64)
        run_op(
            lambda: live_ops.sample_caller_numbers(store, count, region, seed),
            self._filled,
            self._failed,
            name="live.caller_numbers",
            write=False,
            owner=self,
        )

    def _filled(self, numbers: list[str]) -> None:
        self._refilling = False
        self.refills += 1
        self._numbers.extend(numbers)
        if len(self._numbers) < self.low:  # calls took them faster than one batch
            self._refill()

    def _failed(self, problem: Problem) -> None:
        self._refilling = False  # the next call asks again; until then unknown numbers ring
        log.warning("could not sample caller numbers: %s", problem.code)

    def close(self) -> None:
        self._closed = True


class LiveSession(QObject):
    """See the module's docstring. Build one with ``start``, ``join``, ``simulated`` or ``alone``."""

    def __init__(
        self,
        center: LiveCenter | RemoteCenter,
        source: SimCallSource | RemoteCallSource | None = None,
        *,
        store: Store | None = None,
        numbers: CallerNumbers | None = None,
        advance: bool = True,
        record: bool = False,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.center, self.source, self.store, self.numbers = center, source, store, numbers
        if numbers is not None:
            numbers.setParent(self)
        self.closed = False
        self.timer: QTimer | None = None  # the one timer that advances this center
        if advance:
            self.timer = QTimer(self, interval=ADVANCE_MS)
            self.timer.timeout.connect(center.advance)
            self.timer.start()
        self.recorder: CallRecorder | None = None
        self.flush_timer: QTimer | None = None
        self._unsubscribe: list[Callable[[], None]] = []
        if record and store is not None:
            self.recorder = CallRecorder(lambda agent: agent in center.external_agents)
            for kind in (ev.CallArrived, ev.CallAnswered, ev.CallEnded, ev.CallAbandoned):
                self._unsubscribe.append(center.bus.subscribe(kind, self.recorder.on_event))
            self.flush_timer = QTimer(self, interval=FLUSH_MS)
            self.flush_timer.timeout.connect(self.flush)
            self.flush_timer.start()

    # -- the ways to have one ------------------------------------------------------------
    @classmethod
    def start(
        cls,
        store: Store,
        bus: EventBus,
        settings: Settings,
        speed: float,
        *,
        scenario: Scenario | None = None,
        seed: int = 1,
        parent: QObject | None = None,
    ) -> LiveSession:
        """The console's live mode: a center in this process, calls ringing with the store's
        customers' numbers, every call no person took stored as an interaction."""
        center = LiveCenter(scenario, seed=seed, speed=speed, bus=bus, thresholds=board_thresholds(settings))
        numbers = CallerNumbers(store, settings.get("calls/default_region"))
        return cls(center, SimCallSource(center, numbers), store=store, numbers=numbers, record=True, parent=parent)

    @classmethod
    def join(
        cls, store: Store, bus: EventBus, settings: Settings, address: str, *, parent: QObject | None = None
    ) -> LiveSession:
        """A console on a shared center in a ``callcenter live-server`` process (which
        advances and records it). Raises ``LiveServerError`` when it cannot be joined."""
        connection = Connection(*parse_address(address), bus)
        try:
            center = RemoteCenter(connection, thresholds=board_thresholds(settings))
        except BaseException:
            connection.close()
            raise
        numbers = CallerNumbers(store, settings.get("calls/default_region"))
        source = RemoteCallSource(connection, numbers)
        return cls(center, source, store=store, numbers=numbers, advance=False, parent=parent)

    @classmethod
    def simulated(cls, center: LiveCenter, numbers: Callable[[], str], *, parent: QObject | None = None) -> LiveSession:
        """A center with a console's call source whose numbers come from ``numbers`` (the
        trainer's role-play: made-up callers, nothing stored)."""
        return cls(center, SimCallSource(center, numbers), parent=parent)

    @classmethod
    def alone(cls, center: LiveCenter | RemoteCenter, *, parent: QObject | None = None) -> LiveSession:
        """A center with no console (``callcenter board``): advanced here unless remote."""
        return cls(center, advance=isinstance(center, LiveCenter), parent=parent)

    # -- recording -------------------------------------------------------------------------
    def flush(self) -> None:
        """Store the calls finished since the last flush (one write op, in order with the rest)."""
        if self.recorder is None or self.store is None:
            return
        batch = self.recorder.take()
        if not batch:
            return
        store = self.store
        run_op(
            lambda: live_ops.record_simulated_calls(store, batch),
            on_failure=lambda problem: log.warning("could not store %d simulated calls: %s", len(batch), problem.code),
            name="live.record_calls",
            write=True,
        )

    def close(self) -> None:
        """Stop advancing, store what is finished, stop sampling, leave a shared center."""
        if self.closed:
            return
        self.closed = True
        for timer in (self.timer, self.flush_timer):
            if timer is not None:
                timer.stop()
        self.flush()
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
        if self.numbers is not None:
            self.numbers.close()
        if isinstance(self.center, RemoteCenter):
            self.center.close()


def board_center(settings: Settings, args: Namespace) -> LiveCenter | RemoteCenter:
    """The center ``callcenter board`` watches: its own (``--scenario``, ``--seed``,
    ``--speed``) or a shared one (``--live-server``). Raises a ``Problem`` or
    ``ScenarioError`` when it cannot be had."""
    thresholds = board_thresholds(settings)
    if getattr(args, "live_server", None):
        return RemoteCenter(Connection(*parse_address(args.live_server), EventBus()), thresholds=thresholds)
    from callcenter.sim.scenario import load_scenario

    scenario = load_scenario(args.scenario) if args.scenario else None
    return LiveCenter(scenario, seed=args.seed, speed=args.speed, thresholds=thresholds)


def describe(problem: BaseException) -> str:
    """Why a live simulation could not be joined, in the user's language."""
    if isinstance(problem, LiveServerError):
        address = str(problem.params.get("address", ""))
        reason = problem.reason
        if reason == "bad_address":
            return QCoreApplication.translate(
                "LiveSession", "%1 is not the address of a live simulation: write HOST:PORT, like 127.0.0.1:8765."
            ).replace("%1", address)
        if reason == "unreachable":
            return QCoreApplication.translate(
                "LiveSession",
                "The live simulation at %1 cannot be reached. Start it with `callcenter live-server`, "
                "or check the address.",
            ).replace("%1", address)
        if reason == "gone":
            return QCoreApplication.translate("LiveSession", "The live simulation server closed the connection.")
        if reason == "no_answer":
            return QCoreApplication.translate("LiveSession", "The live simulation server did not answer in time.")
        return QCoreApplication.translate("LiveSession", "The live simulation server refused the request.")
    return problems.describe(problem)
