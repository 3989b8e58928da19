"""Python's cyclic garbage collector, run on the GUI thread while the console is quiet.

Left to itself the collector runs wherever an allocation tips a generation over its
threshold: in the middle of a click's handler, or on a worker thread while the GUI thread
waits for the interpreter. A middle-generation collection of a console that has been up a
while measured 1.4-2.2 ms, a full one tens of ms, each landing on whatever action was on
screen. Here automatic collection is off (as Spyder's and pyqtgraph's Qt applications do,
also so that no Qt object is ever finalised by a worker thread), and a timer collects the
generations that are due once no op has been asked for or answered for ``QUIET_S``. A
console that is never quiet still collects: the young generation at ``BUSY_YOUNG`` times its
threshold (a collection of it costs tenths of a millisecond), the older ones once they are
``OVERDUE`` times past due, so memory stays bounded.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from callcenter.gui.ops import quiet_for

QUIET_S = 0.3  # no op asked for or answered for this long: nobody is waiting on the screen
CHECK_MS = 250
BUSY_YOUNG = 3  # while busy, the young generation waits until this many times its threshold
OVERDUE = 20  # past due this many times over, an older generation is collected busy or not

_collector: IdleCollector | None = None


class IdleCollector(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.collected = [0, 0, 0]  # collections run, per generation (tests, figures)
        self.timer = QTimer(self, interval=CHECK_MS)
        self.timer.timeout.connect(self.check)
        gc.disable()
        self.timer.start()

    def due(self, busy: bool) -> int | None:
        """The oldest generation due a collection now, or None (``busy``: only the overdue)."""
        counts, limits = gc.get_count(), self.thresholds
        for generation in (2, 1, 0):
            factor = (BUSY_YOUNG if generation == 0 else OVERDUE) if busy else 1
            if limits[generation] and counts[generation] >= limits[generation] * factor:
                return generation
        return None

    def check(self) -> None:
        generation = self.due(busy=quiet_for() < QUIET_S)
        if generation is not None:
            gc.collect(generation)
            self.collected[generation] += 1

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()


def collect_when_quiet() -> IdleCollector:
    """Start the idle collector once for the application (it lives as long as the app)."""
    global _collector
    if _collector is None:
        _collector = IdleCollector(QCoreApplication.instance())
    return _collector
