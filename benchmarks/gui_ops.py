"""``callcenter bench gui-ops``: how long each user action holds the GUI thread.

On a copy of a demo store of ``--customers`` (built once and cached, or ``--db``; the
actions write, so every run starts from the same store), the real
windows run offscreen and each user action is driven as a person would (a click,
keys, a menu action) ``--rounds`` times. For every round the benchmark adds up the
time the GUI thread spends on that action:

- the trigger itself (the click handler until it returns to the event loop), and
- every event the GUI thread handles until the action is complete — the op's answer
  delivered back (a queued call), the Changed events that reach other windows, layout —
  measured in ``QApplication.notify`` (outermost events only, so nested dispatch is not
  counted twice).

Qt's painting (UpdateRequest/Paint: rasterising the window once per frame after the
handlers ran, offscreen here) is measured apart, as ``paint_p99_ms`` per action: it is
the cost of showing the result, the same whatever the store does, and not work that
could move off the GUI thread. A paint nested in another event (a window shown for the
first time is painted inside its Expose) is taken out of that event and counted as
painting too. The events a trigger sends itself (a click's press and release) count once.

Idle time waiting for the worker thread is not GUI-thread time: the store work runs
off it. The figure per action is the p99 over rounds (``actions: {name: p99_ms}``)
and ``max_gui_thread_p99_ms`` the worst action. Target: every action ≤ 4 ms.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from callcenter.benchmarks.stats import ensure_demo_db, percentile, say, scratch_copy

TARGET_MS = 4.0


@dataclass
class Meter:
    """GUI-thread busy time while an action is being measured."""

    active: bool = False
    depth: int = 0
    painting: bool = False  # inside a paint event (nested events belong to it)
    busy_ns: int = 0
    paint_ns: int = 0
    samples: dict[str, list[float]] = field(default_factory=dict)
    paint: dict[str, list[float]] = field(default_factory=dict)


def _timed_app(meter: Meter):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QApplication

    update_request = QEvent.Type.UpdateRequest

    class TimedApplication(QApplication):
        def notify(self, receiver, event):
            # The meter's own cost is kept small: most events are nested in another (the
            # resizes of a layout, the polish of a show) and only a paint among them needs a
            # look, so they pass on one isinstance check, without the event type's conversion.
            if not meter.active or meter.painting or (meter.depth and not isinstance(event, QPaintEvent)):
                return super().notify(receiver, event)
            if isinstance(event, QPaintEvent) or event.type() == update_request:
                # A paint, outermost or nested (a new window's Expose paints it at once):
                # measured apart, and not counted in the event that caused it.
                meter.painting = True
                started = time.perf_counter_ns()
                try:
                    return super().notify(receiver, event)
                finally:
                    meter.painting = False
                    meter.paint_ns += time.perf_counter_ns() - started
            meter.depth += 1
            started, painted = time.perf_counter_ns(), meter.paint_ns
            try:
                return super().notify(receiver, event)
            finally:
                meter.depth -= 1
                if meter.depth == 0:
                    meter.busy_ns += time.perf_counter_ns() - started - (meter.paint_ns - painted)

    return QApplication.instance() or TimedApplication([])


def measure(app, meter: Meter, name: str, trigger: Callable[[], object], done: Callable[[], bool], timeout_s=10.0):
    """One round of one action: trigger it, let the event loop run until ``done()``."""
    from callcenter.gui.ops import ops_running

    meter.busy_ns, meter.paint_ns, meter.active = 0, 0, True
    started = time.perf_counter_ns()
    try:
        trigger()
    finally:
        # Events the trigger sent itself (a click's press and release) were already counted
        # by notify: the trigger adds only its own time around them.
        trigger_ns = time.perf_counter_ns() - started - meter.busy_ns - meter.paint_ns
    deadline = time.monotonic() + timeout_s
    while not (done() and ops_running() == 0):
        if time.monotonic() > deadline:
            meter.active = False
            raise TimeoutError(f"{name}: the action did not complete within {timeout_s:.0f} s")
        app.processEvents()
        time.sleep(0.0005)
    app.processEvents()  # what the answer posted (repaints) belongs to the action
    meter.active = False
    meter.samples.setdefault(name, []).append((trigger_ns + meter.busy_ns) / 1e6)
    meter.paint.setdefault(name, []).append(meter.paint_ns / 1e6)


def run(args) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    customers, rounds, seed = args.customers, max(5, args.rounds), getattr(args, "seed", 1) or 1
    path, _built = ensure_demo_db(getattr(args, "db", None), customers, seed)
    meter = Meter()
    app = _timed_app(meter)
    from callcenter.benchmarks import gui_ops_actions

    say(f"{customers:,} customers; {rounds} rounds per action")
    with scratch_copy(path) as copy:  # the actions write: every run starts from the same store
        gui_ops_actions.drive_all(app, meter, copy, rounds, random.Random(f"gui-ops-{seed}"))
    actions = {name: round(percentile(s, 99), 3) for name, s in sorted(meter.samples.items())}
    medians = {name: round(percentile(s, 50), 3) for name, s in sorted(meter.samples.items())}
    paint = {name: round(percentile(s, 99), 3) for name, s in sorted(meter.paint.items())}
    worst = max(actions.values()) if actions else 0.0
    return {
        "bench": "gui-ops",
        "customers": customers,
        "rounds": rounds,
        "actions": actions,
        "actions_p50_ms": medians,
        "max_gui_thread_p99_ms": worst,
        "paint_p99_ms": paint,
        "target_ms": TARGET_MS,
        "within_target": worst <= TARGET_MS,
        "db": str(path),
    }
