"""The one event bridge: plain-Python events from core/sim/sync become Qt
signals delivered on the GUI thread (queued when published from a worker)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from callcenter.core.calls import CallerHungUp, CallOffered
from callcenter.core.console_actions import ConsoleAction
from callcenter.core.events import EventBus


class EventBridge(QObject):
    call_offered = Signal(object)  # CallOffered
    caller_hung_up = Signal(object)  # CallerHungUp
    console_action = Signal(object)  # ConsoleAction: what the agent did (training scores it)

    def __init__(self, bus: EventBus, parent: QObject | None = None):
        super().__init__(parent)
        self._unsubscribe = [
            bus.subscribe(CallOffered, self.call_offered.emit),
            bus.subscribe(CallerHungUp, self.caller_hung_up.emit),
            bus.subscribe(ConsoleAction, self.console_action.emit),
        ]

    def close(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
