"""Live mode end to end: the simulator routes a call to the real console, the pop
fills, and the supervisors' board shows the same live state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from seed import seed
from test_sim_live import Wall, one_queue

from callcenter.core.agent_state import AgentState
from callcenter.core.events import EventBus
from callcenter.core.screenpop import PopStatus
from callcenter.gui.bridge import EventBridge
from callcenter.gui.ops import wait_for_ops as wait_for_tasks
from callcenter.gui.settings import Settings
from callcenter.sim.live import LiveCenter, SimCallSource
from callcenter.store import repo
from callcenter.store.models import Interaction


@pytest.fixture
def live(qtbot, store, tmp_path):
    from callcenter.gui.console_assembly import build_console
    from callcenter.gui.supervisor.board_window import BoardWindow

    seed(store)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.set("calls/ring_sound", False)
    bus, wall = EventBus(), Wall()
    center = LiveCenter(one_queue(1, rate=600, patience=10_000), speed=60, bus=bus, wall=wall)
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
    return center, console, board, bridge


def agent_row(board, agent_id):
    return next(r for r in board.agent_model.rows if r["agent_id"] == agent_id)


def test_simulated_call_rings_the_console_pops_and_board_follows(qtbot, live, store):
    center, console, board, _ = live
    c = console.controller
    me = console.identity.user_id
    c.set_available()
    board.refresh()
    assert agent_row(board, me)["state"] == "available"
    center.advance(120)
    qtbot.waitUntil(lambda: c.pop is not None, timeout=5000)
    assert c.sm.state is AgentState.RINGING and c.pop.status is PopStatus.MATCHED
    assert console.pop_panel.customer_page.name.text() == "王小明"
    board.refresh()
    assert agent_row(board, me)["state"] == "ringing"
    waiting_before = board.queue_model.rows[0]["waiting"]
    assert waiting_before >= 1  # calls keep arriving while the person's phone rings

    qtbot.mouseClick(console.call_panel.buttons["answer"], Qt.MouseButton.LeftButton)
    board.refresh()
    row = agent_row(board, me)
    assert row["state"] == "on_call"
    qtbot.mouseClick(console.call_panel.buttons["end"], Qt.MouseButton.LeftButton)
    board.refresh()
    assert agent_row(board, me)["state"] == "wrap_up"
    c.finish_wrap_up(None, "live call")
    board.refresh()
    assert agent_row(board, me)["calls_handled"] == 1
    wait_for_tasks(5000, c.writer)
    with store.session() as s:
        rows = s.query(Interaction).filter(Interaction.notes == "live call").all()
    assert len(rows) == 1 and rows[0].outcome == "completed" and rows[0].answered_at is not None


def test_board_actions_change_the_live_simulation(qtbot, live):
    center, _, board, _ = live
    board.queue_pick.setCurrentIndex(0)
    board.rate.setValue(90)
    board._apply_rate()
    assert center.rates["general"] == 90
    before = len(center.agent_skills)
    board._add_agent()
    assert len(center.agent_skills) == before + 1
    assert any(r["agent_id"].startswith("extra-") for r in board.agent_model.rows)
    assert "Erlang A" in board.projection.text()


def test_wallboard_shows_large_figures(qtbot, live):
    center, _, board, _ = live
    center.advance(600)
    board.toggle_wallboard()
    assert board.pages.currentWidget() is board.wallboard
    assert board.wallboard.tiles[("general", "waiting")].text() == str(board.last_rows[0]["waiting"])
    board.toggle_wallboard()
    assert board.pages.currentIndex() == 0


def test_colour_thresholds_come_from_settings(tmp_path):
    from callcenter.gui.settings import board_thresholds
    from callcenter.gui.supervisor.board_models import BAD, GOOD, WARN, level

    settings = Settings(QSettings(str(tmp_path / "t.ini"), QSettings.Format.IniFormat))
    settings.set("board/service_level_warn", 0.9)
    settings.set("board/longest_wait_warn_s", 20)
    settings.set("board/longest_wait_alarm_s", 30)
    th = board_thresholds(settings)
    assert th.service_level_warn == 0.9 and th.longest_wait_alarm_s == 30 and th.abandon_alarm == 0.10
    assert level(0.85, th.service_level_warn, th.service_level_alarm, True) == WARN
    assert level(0.95, th.service_level_warn, th.service_level_alarm, True) == GOOD
    assert level(45, th.longest_wait_warn_s, th.longest_wait_alarm_s, False) == BAD
