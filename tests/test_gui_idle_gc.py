"""The cyclic garbage collector runs on the GUI thread, and while the console is quiet."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from callcenter.gui import idle_gc


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


def garbage_cycle(seen: list[str]) -> None:
    a, b = Node(), Node()
    a.other, b.other = b, a  # freed by the cyclic collector only
    weakref.finalize(
        a, lambda: seen.append("main" if threading.current_thread() is threading.main_thread() else "worker")
    )


@pytest.fixture
def collector(qapp):
    was = gc.isenabled()
    made = idle_gc.IdleCollector()
    yield made
    made.stop()
    made.deleteLater()
    (gc.enable if was else gc.disable)()


def test_automatic_collection_is_off_and_stop_turns_it_back_on(qapp):
    collector = idle_gc.IdleCollector()
    assert not gc.isenabled()
    collector.stop()
    assert gc.isenabled()


def test_a_busy_console_leaves_a_young_generation_just_past_due_for_later(collector, monkeypatch):
    monkeypatch.setattr(idle_gc, "quiet_for", lambda: 0.0)  # an op running
    gc.collect()
    seen: list[str] = []
    garbage_cycle(seen)
    keep = [[] for _ in range(gc.get_threshold()[0] + 50)]  # past due, not far past
    collector.check()
    assert seen == [] and collector.collected == [0, 0, 0]
    keep += [[] for _ in range(gc.get_threshold()[0] * idle_gc.BUSY_YOUNG)]  # far past due
    collector.check()
    assert seen == ["main"] and collector.collected[0] == 1
    del keep


def test_a_quiet_console_collects_what_is_due_on_its_timer(collector, qtbot, monkeypatch):
    monkeypatch.setattr(idle_gc, "quiet_for", lambda: 10.0)  # nothing asked for in 10 s
    collector.thresholds = (1, 1000, 1000)  # the young generation due at once, whatever else ran
    seen: list[str] = []
    garbage_cycle(seen)
    qtbot.waitUntil(lambda: bool(seen), timeout=10 * idle_gc.CHECK_MS)
    assert seen == ["main"]  # by the timer, on the GUI thread
    assert collector.collected[0] >= 1


def test_a_full_collection_waits_for_quiet_unless_long_overdue(collector, monkeypatch):
    limits = gc.get_threshold()
    monkeypatch.setattr(gc, "get_count", lambda: (0, 0, limits[2]))  # a full collection due
    assert collector.due(busy=True) is None
    assert collector.due(busy=False) == 2
    monkeypatch.setattr(gc, "get_count", lambda: (0, 0, limits[2] * idle_gc.OVERDUE))
    assert collector.due(busy=True) == 2
