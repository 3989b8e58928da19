"""The case windows of one console or board: one window per case on screen.

Opening a case shows its window when it has one; otherwise a case window the user closed
(and that has nothing still running) is refilled with the new case (``CaseWindow.show_case``)
instead of building another: building one costs the GUI thread tens of milliseconds of
widgets, refilling it a table fill. One window is built ahead when the owner's event loop
first runs (while its window comes up, before anyone can open a case), so that even the
first case opened is a refill.
"""

from __future__ import annotations

from collections.abc import Callable, ValuesView

from PySide6.QtCore import QObject, QTimer

from callcenter.gui.complaints.case_window import CaseWindow, read_reference_files
from callcenter.gui.ops import run_op
from callcenter.ops import complaints as ops

BUILD_AHEAD_MS = 0  # the first turn of the event loop after the owner was built

Make = Callable[[str, ops.CaseView | None], CaseWindow]


class CaseWindows(QObject):
    def __init__(self, make: Make, parent: QObject | None = None, build_ahead: bool = True):
        super().__init__(parent)
        self.make = make
        self.by_case: dict[str, CaseWindow] = {}  # complaint id -> the window that shows it
        self._spare: CaseWindow | None = None  # built ahead, not shown yet
        self._ahead = QTimer(self, singleShot=True, interval=BUILD_AHEAD_MS)
        self._ahead.timeout.connect(self._build_spare)
        if build_ahead:
            self._ahead.start()

    def get(self, complaint_id: str) -> CaseWindow | None:
        return self.by_case.get(complaint_id)

    def values(self) -> ValuesView[CaseWindow]:
        return self.by_case.values()

    def __getitem__(self, complaint_id: str) -> CaseWindow:
        return self.by_case[complaint_id]

    def __contains__(self, complaint_id: object) -> bool:
        return complaint_id in self.by_case

    def window_for(self, complaint_id: str, view: ops.CaseView | None = None) -> tuple[CaseWindow, bool]:
        """The case's window (not shown yet when it is new), and whether it is new to the case."""
        window = self.by_case.get(complaint_id)
        if window is not None:
            return window, False
        window = self._take_spare()
        if window is not None:
            window.show_case(complaint_id, view)
        else:
            window = self.make(complaint_id, view)
        self.by_case[complaint_id] = window
        return window, True

    def _take_spare(self) -> CaseWindow | None:
        if self._spare is not None:
            window, self._spare = self._spare, None
            return window
        closed = next((cid for cid, w in self.by_case.items() if not w.isVisible() and not w.busy), None)
        return self.by_case.pop(closed) if closed is not None else None

    def _build_spare(self) -> None:
        if self._spare is not None or any(not w.isVisible() for w in self.by_case.values()):
            return
        spare = self.make("", None)
        spare.ensurePolished()  # its widgets' styles worked out now, not when the first case is shown
        layout = spare.layout()
        if layout is not None:
            layout.activate()  # and their places in the window
        spare.winId()  # and its window on the screen made, not shown (the first opening took 2x longer)
        self._spare = spare
        # And what the first case's read needs from files (the category and root-cause names,
        # YAML): read now on a worker. Read when the first case was opened, it held the
        # interpreter the GUI thread was waiting for: that first opening took ~100 ms, not 10.
        run_op(read_reference_files, name="complaints.read_ahead")
