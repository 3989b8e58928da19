"""The one owner of the live simulation in a GUI process (gui/live_session.py): one
advance timer per center, stopped on close; simulated calls stored through the op;
caller numbers sampled from the store's customers off the GUI thread."""

from __future__ import annotations

import ast
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from test_sim_live import one_queue

from callcenter.core.calls import CallOffered
from callcenter.core.changes import Changed
from callcenter.core.events import EventBus
from callcenter.core.phones import normalise
from callcenter.gui import live_session
from callcenter.gui.live_session import ADVANCE_MS, CallerNumbers, LiveSession
from callcenter.gui.ops import wait_for_ops
from callcenter.ops import live as live_ops
from callcenter.sim.client import LiveServerError
from callcenter.sim.live import LiveCenter
from callcenter.store.callers import UNKNOWN_NUMBERS


def customer_numbers(store) -> set[str]:
    with store.engine.connect() as conn:
        return {row[0] for row in conn.exec_driver_sql("SELECT e164 FROM phones WHERE e164 IS NOT NULL")}


@pytest.fixture
def counted(monkeypatch):
    """Every LiveCenter.advance call, by center."""
    calls: dict[int, int] = {}
    real = LiveCenter.advance

    def advance(self, to=None):
        calls[id(self)] = calls.get(id(self), 0) + 1
        return real(self, to)

    monkeypatch.setattr(LiveCenter, "advance", advance)
    return calls


def test_one_timer_advances_the_center_and_close_stops_it(qtbot, seeded, settings, counted):
    from callcenter.gui.supervisor.board_window import BoardWindow

    store, _ = seeded
    session = LiveSession.start(store, EventBus(), settings, 60, scenario=one_queue(2))
    center = session.center
    advancing = [t for t in session.findChildren(QTimer) if t.interval() == ADVANCE_MS]
    assert advancing == [session.timer] and session.timer.isActive()
    assert session.flush_timer.isActive()
    # Nothing is hung on the center from outside any more.
    assert not {"timer", "recorder", "flush_timer", "flush"} & set(vars(center))
    assert center.thresholds.service_level_warn == settings.get("board/service_level_warn")

    board = BoardWindow(center)  # the board reads the center; it does not advance it on a timer
    qtbot.addWidget(board)
    assert [t.interval() for t in board.findChildren(QTimer) if t.isActive()] == [1000]
    board.timer.stop()
    counted.clear()
    qtbot.wait(1000)
    ticks = counted.get(id(center), 0)
    assert 1 <= ticks <= 1000 // ADVANCE_MS + 1  # one 5 Hz timer, not two

    session.close()
    assert not session.timer.isActive() and not session.flush_timer.isActive()
    counted.clear()
    qtbot.wait(3 * ADVANCE_MS)
    assert counted.get(id(center), 0) == 0
    wait_for_ops()


def test_simulated_calls_are_stored_through_the_op(qtbot, seeded, settings):
    store, _ = seeded
    changed: list[Changed] = []
    store.events.subscribe(Changed, changed.append)
    session = LiveSession.start(store, EventBus(), settings, 60, scenario=one_queue(2, rate=600, patience=20))
    session.timer.stop()
    session.flush_timer.stop()
    with store.engine.connect() as conn:
        before = conn.exec_driver_sql("SELECT count(*) FROM interactions").scalar()
    session.center.advance(1800)
    finished = len(session.recorder.done)
    assert finished > 50
    session.flush()
    assert session.recorder.done == []
    qtbot.waitUntil(lambda: any(c.changes.touches("interactions") for c in changed), timeout=10_000)
    wait_for_ops()
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM interactions").scalar() == before + finished
        by_bots = conn.exec_driver_sql(
            "SELECT count(*) FROM interactions WHERE notes LIKE 'simulated agent bot-%' AND outcome = 'completed'"
        ).scalar()
    assert by_bots > 0
    # close() stores what finished since the last flush
    session.center.advance(1800 + 600)
    more = len(session.recorder.done)
    session.close()
    wait_for_ops()
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM interactions").scalar() == before + finished + more


def test_record_op_returns_what_it_changed(seeded):
    from datetime import UTC, datetime

    store, _ = seeded
    now = datetime.now(UTC)
    done = live_ops.record_simulated_calls(
        store, [{"queue": "general", "offered_at": now, "ended_at": now, "outcome": "abandoned"}]
    )
    assert done.value == 1 and len(done.changes.ids("interactions")) == 1
    assert live_ops.record_simulated_calls(store, []).value == 0


def test_caller_numbers_come_from_the_stores_customers_off_the_gui_thread(qtbot, seeded, monkeypatch):
    store, _ = seeded
    threads = []
    real = live_ops.sample_caller_numbers

    def sample(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(live_ops, "sample_caller_numbers", sample)
    numbers = CallerNumbers(store, "US", batch=20, low=5)
    qtbot.waitUntil(lambda: numbers.refills == 1, timeout=10_000)
    assert len(numbers) == 20 and threads and threading.main_thread() not in threads
    known = customer_numbers(store)
    drawn = [numbers() for _ in range(16)]
    assert any(normalise(n, "US").e164 in known for n in drawn)
    # Running low asks for the next batch (off the GUI thread again), once.
    qtbot.waitUntil(lambda: numbers.refills == 2, timeout=10_000)
    assert len(numbers) == 24 and len(threads) == 2
    assert threading.main_thread() not in threads
    wait_for_ops()


def test_numbers_ring_before_the_first_batch_without_the_store(qtbot, seeded):
    store, _ = seeded
    numbers = CallerNumbers(store, "US")
    assert numbers() in UNKNOWN_NUMBERS  # nothing back yet: an unknown caller, never a store read here
    qtbot.waitUntil(lambda: numbers.refills >= 1, timeout=10_000)
    wait_for_ops()


def test_routing_a_call_to_the_person_takes_a_sampled_number(qtbot, seeded, settings):
    store, _ = seeded
    bus = EventBus()
    session = LiveSession.start(store, bus, settings, 60, scenario=one_queue(1, rate=600, patience=10_000))
    session.timer.stop()
    qtbot.waitUntil(lambda: session.numbers.refills == 1, timeout=10_000)
    session.center.force("bot-0", "logged_out")
    offers = []
    bus.subscribe(CallOffered, offers.append)
    session.source.agent_ready("me", True)
    sampled = list(session.numbers._numbers)
    session.center.advance(120)  # the engine routes a call to "me" on the GUI thread: no store here
    assert offers and offers[0].agent_id == "me"
    assert [o.call.ani for o in offers] == sampled[: len(offers)]
    session.close()
    wait_for_ops()


def test_joining_fails_with_a_code_put_into_words(qtbot, seeded, settings):
    store, _ = seeded
    with pytest.raises(LiveServerError) as bad:
        LiveSession.join(store, EventBus(), settings, "nowhere")
    assert bad.value.reason == "bad_address"
    with pytest.raises(LiveServerError) as gone:
        LiveSession.join(store, EventBus(), settings, "127.0.0.1:1")
    assert gone.value.reason == "unreachable" and "cannot reach" in str(gone.value)
    text = live_session.describe(gone.value)
    assert "127.0.0.1:1" in text and "refused" not in text.lower() and "errno" not in text.lower()
    assert "HOST:PORT" in live_session.describe(bad.value)


def test_the_board_package_imports_no_other_gui_package():
    root = Path(live_session.__file__).parent / "supervisor"
    forbidden = ("callcenter.gui.agent", "callcenter.gui.complaints", "callcenter.gui.sync", "callcenter.gui.trainer")
    for path in root.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                assert not name.startswith(forbidden), f"{path.name} imports {name}"
