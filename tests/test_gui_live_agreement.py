"""Live mode keeps one state machine: the console's, which the live center's copy of the
real agent follows at every step (an offer abandoned while ringing, a finished wrap-up with
calls waiting, a supervisor forcing the person's state from the board)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from seed import seed
from test_sim_live import Wall, one_queue

from callcenter.core.agent_state import AgentState
from callcenter.core.events import EventBus
from callcenter.gui.bridge import EventBridge
from callcenter.gui.ops import wait_for_ops
from callcenter.gui.settings import Settings
from callcenter.sim.live import LiveCenter, SimCallSource
from callcenter.store import repo

# The console's state as the engine's snapshot names it (holding is talking to the switch).
SAME: dict = {}  # the engine holds too: every state agrees as it is


@pytest.fixture
def live(qtbot, store, tmp_path):
    from callcenter.gui.console_assembly import build_console
    from callcenter.gui.supervisor.board_window import BoardWindow

    seed(store)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.set("calls/ring_sound", False)
    bus, wall = EventBus(), Wall()
    # Callers give up after ~5 s: an offer left ringing is abandoned; calls keep queueing.
    center = LiveCenter(one_queue(1, rate=900, patience=5), speed=60, bus=bus, wall=wall)
    center.force("bot-0", "logged_out")
    source = SimCallSource(center, ani_for_call=lambda: "+86 138 0013 8000")
    bridge = EventBridge(bus)
    identity = next(a for a in repo.agents(store) if a.username == "agent1")
    console = build_console(store, identity, source, bridge, settings, "en", center=center)
    console.confirm_close = False
    board = BoardWindow(center)
    board.timer.stop()
    for w in (console, board):
        qtbot.addWidget(w)
        w.show()
    yield center, console, board
    wait_for_ops()


def engine_state(center, agent_id) -> str | None:
    me = next((a for a in center.sim.snapshot()["agents"] if a["agent_id"] == agent_id), None)
    return None if me is None else me["state"]


def agree(center, console) -> None:
    sm = console.controller.sm
    assert engine_state(center, console.identity.user_id) == SAME.get(sm.state, sm.state.value)


def run_until(center, console, condition, limit_s=3600.0, step=1.0):
    t = start = center.sim.now
    while not condition():
        t += step
        assert t < start + limit_s, "the condition never came"
        center.advance(t)
        agree(center, console)


def test_an_offer_abandoned_while_ringing_leaves_both_in_wrap_up_then_both_free(qtbot, live):
    center, console, _ = live
    c = console.controller
    c.set_available()
    agree(center, console)
    for _ in range(3):  # several rounds: each abandon, wrap-up and return agree
        run_until(center, console, lambda: c.sm.state is AgentState.WRAP_UP, step=0.25)  # the caller gave up
        assert c.call is not None and c.call.outcome == "abandoned"
        center.advance(center.sim.now + 30)  # calls queue up meanwhile
        agree(center, console)
        c.finish_wrap_up(None, "")
        agree(center, console)  # calls are waiting: the next one rings at once, at both
        assert c.sm.state is AgentState.RINGING


def test_a_full_day_of_random_steps_never_disagrees(qtbot, live):
    import random

    center, console, _ = live
    c = console.controller
    rng = random.Random(7)
    c.set_available()
    handled = 0
    for _ in range(400):
        center.advance(center.sim.now + rng.choice((0.5, 1, 3)))
        agree(center, console)
        state = c.sm.state
        roll = rng.random()
        if state is AgentState.RINGING and roll < 0.6:
            c.answer()
        elif state is AgentState.RINGING and roll < 0.7:
            c.ring_timeout()
        elif state is AgentState.ON_CALL and roll < 0.3:
            c.hold_toggle()
        elif state is AgentState.ON_HOLD and roll < 0.5:
            c.hold_toggle()
        elif state is AgentState.ON_CALL and roll < 0.5:
            c.end()
            handled += 1
        elif state is AgentState.WRAP_UP and roll < 0.5:
            c.finish_wrap_up(None, "")
        elif state is AgentState.NOT_READY and roll < 0.3:
            c.set_available()
        elif state is AgentState.AVAILABLE and roll < 0.05:
            c.set_not_ready("break")
        agree(center, console)
    assert handled > 3


def test_the_board_names_the_person_and_forces_their_state_by_event(qtbot, live):
    center, console, board = live
    c = console.controller
    me = console.identity.user_id
    c.set_available()
    board.refresh()
    row = next(r for r in board.agent_model.rows if r["agent_id"] == me)
    assert row["name"] == console.identity.display_name  # not the raw id

    # Not in a call: the console goes Not ready at once, told by an event, not on its next tick.
    c.tick_timer.stop()
    assert board.force_agent(me, "not_ready") is True
    assert c.sm.state is AgentState.NOT_READY and c.sm.reason == "supervisor"
    agree(center, console)
    assert console.state_panel.state_label.text() == "Not ready"

    # In a call: it is pending, said so on the board and the console, and applies after wrap-up.
    board.force_agent(me, "available")
    run_until(center, console, lambda: c.sm.state is AgentState.RINGING, step=0.05)
    c.answer()
    assert board.force_agent(me, "not_ready") is False
    assert "after" in board.statusBar().currentMessage()
    board.refresh()
    row = next(r for r in board.agent_model.rows if r["agent_id"] == me)
    assert row["pending"] == "not_ready"
    assert c.sm.pending is not None and c.sm.state is AgentState.ON_CALL
    assert console.state_panel.pending_label.text()  # the agent sees what comes after the call
    c.end()
    c.finish_wrap_up(None, "")
    assert c.sm.state is AgentState.NOT_READY and c.sm.reason == "supervisor"
    agree(center, console)
    assert not console.state_panel.pending_label.text()


def test_the_person_has_the_same_menu_as_simulated_agents(qtbot, live):
    center, console, board = live
    console.controller.set_available()
    board.refresh()
    menus = [
        [a.text() for a in board.agent_menu(agent_id).actions()] for agent_id in (console.identity.user_id, "bot-0")
    ]
    assert menus[0] == menus[1] and len(menus[0]) == 3
    board.agent_menu(console.identity.user_id).actions()[1].trigger()  # Force Not ready, from the menu
    assert console.controller.sm.state is AgentState.NOT_READY
