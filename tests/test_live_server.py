"""Several consoles and a board in other processes share one live simulation."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from callcenter.core.calls import CallerHungUp, CallOffered
from callcenter.core.events import EventBus
from callcenter.sim.client import Connection, LiveServerError, RemoteCallSource, RemoteCenter
from callcenter.sim.server import wait_for_port


@pytest.fixture
def server():
    proc = subprocess.Popen(
        [sys.executable, "-m", "callcenter", "live-server", "--port", "0", "--speed", "60"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        yield wait_for_port(proc.stdout)
    finally:
        proc.kill()
        proc.wait(10)


def wait_until(predicate, timeout=15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def console(port, name):
    bus = EventBus()
    conn = Connection("127.0.0.1", port, bus)
    source = RemoteCallSource(conn, ani_for_call=lambda: f"+1 650 253 00{name[-1]}0")
    offers, hangups = [], []
    bus.subscribe(CallOffered, offers.append)
    bus.subscribe(CallerHungUp, hangups.append)
    return source, offers, hangups


def test_two_console_processes_and_a_board_share_one_center(server):
    ann, ann_offers, _ = console(server, "ann1")
    bob, bob_offers, _ = console(server, "bob2")
    ann.agent_ready("ann", True)
    bob.agent_ready("bob", True)
    board = RemoteCenter(Connection("127.0.0.1", server, EventBus()))
    assert board.external_agents == {"ann", "bob"}
    names = {a["agent_id"] for a in board.board()["agents"]}
    assert {"ann", "bob"} <= names and any(n.startswith("bot-") for n in names)
    # Both people get calls routed to them by the one shared router.
    assert wait_until(lambda: ann_offers and bob_offers)
    offer = ann_offers[0]
    assert offer.agent_id == "ann" and offer.call.ani == "+1 650 253 0010"
    ann.call_answered("ann", offer.call.call_id)
    states = {a["agent_id"]: a["state"] for a in board.board()["agents"]}
    assert states["ann"] == "on_call" and states["bob"] in ("ringing", "on_call", "available")
    ann.call_talk_ended("ann", offer.call.call_id)
    assert {a["agent_id"]: a["state"] for a in board.board()["agents"]}["ann"] == "wrap_up"
    ann.call_ended("ann", offer.call.call_id)
    assert wait_until(lambda: next(a for a in board.board()["agents"] if a["agent_id"] == "ann")["calls_handled"] == 1)
    # Supervisor actions from the board process change the shared center.
    board.set_arrival_rate("general", 60)
    assert board.board()["rates"]["general"] == 60
    assert board.projection("general").agents >= 2


def test_an_unanswered_caller_hangs_up_at_the_console(server):
    ann, offers, hangups = console(server, "ann1")
    ann.agent_ready("ann", True)
    assert wait_until(lambda: offers)
    call_id = offers[0].call.call_id
    assert wait_until(lambda: any(h.call_id == call_id for h in hangups), timeout=30)


def test_bad_requests_get_plain_errors_and_a_dead_server_is_reported(server):
    conn = Connection("127.0.0.1", server, EventBus())
    with pytest.raises(LiveServerError, match="unknown operation"):
        conn.request("fly")
    with pytest.raises(LiveServerError, match="no agent"):
        conn.request("force", agent="nobody", state="available")
    conn.close()
    with pytest.raises(LiveServerError, match="cannot reach"):
        Connection("127.0.0.1", 1, EventBus(), timeout=2)


def test_board_window_watches_a_shared_center(qtbot, server):
    from callcenter.gui.supervisor.board_window import BoardWindow

    ann, offers, _ = console(server, "ann1")
    ann.agent_ready("ann", True)
    board = BoardWindow(RemoteCenter(Connection("127.0.0.1", server, EventBus())))
    board.timer.stop()
    qtbot.addWidget(board)
    board.refresh()
    assert "ann" in [r["agent_id"] for r in board.agent_model.rows]
    assert [r["name"] for r in board.queue_model.rows] == ["general", "billing", "vip"]
    assert "Erlang A" in board.projection.text()


def test_a_console_session_joins_the_shared_center_and_leaves_on_close(qtbot, server, seeded, settings):
    from callcenter.gui.live_session import LiveSession
    from callcenter.gui.ops import wait_for_ops

    store, _ = seeded
    bus = EventBus()
    session = LiveSession.join(store, bus, settings, f"127.0.0.1:{server}")
    assert isinstance(session.center, RemoteCenter) and session.timer is None  # the server advances it
    assert session.recorder is None  # and records it
    qtbot.waitUntil(lambda: session.numbers.refills == 1, timeout=10_000)
    offers = []
    bus.subscribe(CallOffered, offers.append)
    sampled = list(session.numbers._numbers)
    session.source.agent_ready("ann", True)
    assert wait_until(lambda: offers)
    assert offers[0].call.ani == sampled[0]  # a number sampled from this console's store, ahead of time
    watcher = RemoteCenter(Connection("127.0.0.1", server, EventBus()))
    assert "ann" in watcher.external_agents
    session.close()
    assert wait_until(lambda: session.center.conn.closed)
    # the server logs her out; the call that rang at her goes back to the queue
    assert wait_until(lambda: "ann" not in watcher.board()["external_agents"])
    ann = next(a for a in watcher.board()["agents"] if a["agent_id"] == "ann")
    assert ann["state"] == "logged_out" and ann["call_id"] is None
    wait_for_ops()


def test_a_shared_center_names_people_and_forces_their_console_by_event(server):
    from callcenter.core.calls import StateForced

    ann, _, _ = console(server, "ann1")
    forced: list[StateForced] = []
    ann.bus.subscribe(StateForced, forced.append)
    ann.agent_state("ann", "not_ready", "login", "Ann Agent")
    board = RemoteCenter(Connection("127.0.0.1", server, EventBus()))
    me = next(a for a in board.board()["agents"] if a["agent_id"] == "ann")
    assert me["state"] == "not_ready" and me["reason"] == "login"
    assert board.names["ann"] == "Ann Agent" and "ann" in board.external_agents
    ann.agent_state("ann", "available")
    assert next(a for a in board.board()["agents"] if a["agent_id"] == "ann")["state"] in ("available", "ringing")
    assert board.force("ann", "not_ready") in (True, False)
    assert wait_until(lambda: forced)  # pushed to Ann's console at once
    assert forced[0] == StateForced("ann", "not_ready", "supervisor")
