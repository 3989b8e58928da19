"""The one event bridge: plain-Python events from core/sim/sync become Qt
signals delivered on the GUI thread (queued when published from a worker)."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from callcenter.core.calls import CALL_CONTROL_EVENTS, CallerHungUp, CallOffered, StateForced
from callcenter.core.changes import Changed
from callcenter.core.console_actions import ConsoleAction
from callcenter.core.events import EventBus
from callcenter.telephony.events import CallDropped, PhoneRegistration


class EventBridge(QObject):
    call_offered = Signal(object)  # CallOffered
    caller_hung_up = Signal(object)  # CallerHungUp
    state_forced = Signal(object)  # StateForced: a supervisor forced an agent's state
    console_action = Signal(object)  # ConsoleAction: what the agent did (training scores it)
    call_control = Signal(object)  # CallHeld, CallTransferred, OutboundAnswered... (core.calls)
    phone_registration = Signal(object)  # PhoneRegistration: the softphone's registration state
    call_dropped = Signal(object)  # CallDropped: a call in talk lost its line (no media, network)

    def __init__(self, bus: EventBus, parent: QObject | None = None):
        super().__init__(parent)
        self._unsubscribe = [
            bus.subscribe(CallOffered, self.call_offered.emit),
            bus.subscribe(CallerHungUp, self.caller_hung_up.emit),
            bus.subscribe(StateForced, self.state_forced.emit),
            bus.subscribe(ConsoleAction, self.console_action.emit),
            bus.subscribe(PhoneRegistration, self.phone_registration.emit),
            bus.subscribe(CallDropped, self.call_dropped.emit),
        ]
        self._unsubscribe += [bus.subscribe(kind, self.call_control.emit) for kind in CALL_CONTROL_EVENTS]

    def close(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []


# -- store changes --------------------------------------------------------------------
class StoreChanges(QObject):
    """A store's ``Changed`` events as one Qt signal on the GUI thread.

    One per store (``changes_of(store)``). Widgets subscribe by table, or by the record
    they show, with ``watch``; a subscription ends with the widget that owns it. Each
    ``Changed`` crosses to the GUI thread once and is handed to every watcher from
    there, in the order they subscribed (not one queued call per watcher: a commit
    seen by a dozen windows costs the GUI thread one event, not a dozen).
    """

    changed = Signal(object, int)  # core.changes.Changed, how many watches there were when it was published

    def __init__(self, store, parent: QObject | None = None):
        super().__init__(parent)
        self._watches: list[_Watch] = []
        self._added = 0  # watches ever added: a watch hears only of changes published after it began
        self.changed.connect(self._deliver)
        self._unsubscribe = store.events.subscribe(Changed, lambda event: self.changed.emit(event, self._added))

    def add(self, w: _Watch) -> None:
        w.serial = self._added
        self._added += 1
        self._watches.append(w)
        w.destroyed.connect(lambda *_: self._forget(w))

    def _forget(self, w: _Watch) -> None:
        if w in self._watches:
            self._watches.remove(w)

    def _deliver(self, event: Changed, added: int) -> None:
        failed: BaseException | None = None
        for w in list(self._watches):  # a slot may open or close windows meanwhile
            if w.serial >= added or not isValid(w):  # began after it was published, or its owner is gone
                continue
            try:
                w.deliver(event)
            except Exception as exc:  # the other watchers still hear of it; the first failure is raised after
                failed = failed or exc
        if failed is not None:
            raise failed

    def close(self) -> None:
        self._unsubscribe()


class _Watch(QObject):
    """Filters ``Changed`` for one owner widget; a child of it, so it dies with it."""

    def __init__(self, owner: QObject, slot: Callable[[Changed], None], tables: frozenset[str], column, record):
        super().__init__(owner)
        self.slot, self.tables, self.column, self.record = slot, tables, column, record
        self.serial = 0  # its place among the store's watches (StoreChanges.add)

    def deliver(self, event: Changed) -> None:
        changes = event.changes
        if self.tables and not changes.touches(*self.tables):
            return
        if self.column is not None:
            record_id = self.record() if callable(self.record) else self.record
            if not changes.touches_record(self.column, record_id):
                return
        self.slot(event)


_watchers: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # store -> StoreChanges


def changes_of(store) -> StoreChanges:
    watcher = _watchers.get(store)
    if watcher is None:
        watcher = _watchers[store] = StoreChanges(store)
    return watcher


def watch(
    store,
    owner: QObject,
    slot: Callable[[Changed], None],
    *,
    tables: Iterable[str] = (),
    column: str | None = None,
    record: str | Callable[[], str | None] | None = None,
) -> None:
    """Call ``slot(Changed)`` on the GUI thread when a change touches one of ``tables``
    (all tables when empty) and, with ``column``/``record``, the record ``owner`` shows
    (``record`` may be a function: the case or customer on screen right now)."""
    changes_of(store).add(_Watch(owner, slot, frozenset(tables), column, record))
