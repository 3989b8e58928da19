"""Words where codes were (queues, order statuses, timeline comments, transfer targets),
in both languages, and the board's wallboard, forcing, queue choice and transfer list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_gui_board import live  # noqa: F401 (the fixture)
from test_gui_console import make_console, ring, settle

from callcenter.core.agents import Code
from callcenter.gui import names


@pytest.fixture(autouse=True)
def fresh_names():
    saved = dict(names._queues), list(names._lang)
    yield
    names._queues.clear()
    names._queues.update(saved[0])
    names._lang[:] = saved[1]


def test_queue_names_come_from_the_store_in_both_languages():
    names.set_queue_names([Code("1", "general", "General", "综合"), Code("2", "billing", "Billing", "账单")], "zh_CN")
    assert names.queue_name("general") == "综合" and names.queue_name("billing") == "账单"
    names.set_queue_names([], "en")
    assert names.queue_name("general") == "General"
    assert names.queue_name("vip") == "VIP line"  # a live center's queue the store does not list
    assert names.queue_name("odd_one") == "odd_one"


def test_order_statuses_and_timeline_comments_have_words():
    assert names.order_status_name("delivered") == "Delivered"
    assert names.timeline_comment("captured") == "Captured on the call"
    assert names.timeline_comment("within the proposer's limits") == "Within the proposer's limits"
    assert names.timeline_comment("resolve deadline passed") == "Resolution deadline passed"
    assert names.timeline_comment("the customer called back") == "the customer called back"  # typed by a person


def test_the_ringing_banner_names_the_queue_in_chinese(qtbot, seeded, settings):
    store, _ = seeded
    window, source, _ = make_console(qtbot, store, settings, lang="zh_CN")
    window.controller.set_available()
    source.ring(window.identity.user_id, "+8613800138000", queue_code="billing")
    qtbot.waitUntil(lambda: window.controller.pop is not None, timeout=5000)
    window.refresh()
    detail = window.call_panel.detail_label.text()
    assert "账单" in detail and "billing" not in detail
    settle(qtbot, window)


def test_a_warm_transfer_target_is_named_and_the_list_searches_with_presence(qtbot, seeded, settings, monkeypatch):
    from callcenter.gui.agent.transfer_dialog import TransferDialog

    store, _ = seeded
    window, source, _ = make_console(qtbot, store, settings)
    c = window.controller
    c.set_available()
    ring(qtbot, window, source, "+8613800138000")
    c.answer()
    c.consult("queue:billing")
    window.refresh()
    assert "Queue: Billing" in window.call_panel.detail_label.text()
    assert "queue:billing" not in window.call_panel.detail_label.text()

    from callcenter.core.agents import Identity
    from callcenter.core.roles import Role

    people = [
        Identity("u1", "bob", "Bob Builder", Role.AGENT),
        Identity("u2", "carol", "Carol Chen", Role.AGENT),
    ]
    dialog = TransferDialog(
        window.bootstrap.queues, people, "en", window, presence={"u1": "available"}, waiting={"billing": 3}
    )
    qtbot.addWidget(dialog)
    texts = [dialog.targets.item(i).text() for i in range(dialog.targets.count())]
    assert any("Billing" in t and "3 waiting" in t for t in texts)
    assert any("Bob Builder" in t and "Available" in t for t in texts)
    assert any("Carol Chen" in t and "not in the live center" in t for t in texts)
    QTest.keyClicks(dialog.search, "carol")
    shown = [dialog.targets.item(i) for i in range(dialog.targets.count()) if not dialog.targets.item(i).isHidden()]
    assert [i.text().split("  —")[0] for i in shown] == ["Agent: Carol Chen"]
    assert dialog.choice() == ("agent:carol", False)
    c.complete_transfer()
    settle(qtbot, window)


def test_the_wallboard_shows_the_alarm_and_the_clock_and_esc_leaves_it(qtbot, live):  # noqa: F811
    center, _, board, _ = live
    center.set_thresholds(type(center.thresholds)(longest_wait_alarm_s=1.0))
    center.advance(900)  # one busy queue and nobody to answer: calls wait long
    board.toggle_wallboard()
    assert board.alarm_label.text()
    assert board.wallboard.alarm.isVisibleTo(board.wallboard) and "longest wait" in board.wallboard.alarm.text()
    assert board.wallboard.clock.text() == board.clock_label.text() and "00:15" in board.wallboard.clock.text()
    board.activateWindow()
    QTest.keyClick(board, Qt.Key.Key_Escape)
    assert board.pages.currentIndex() == 0


def test_clicking_a_queue_row_switches_the_charts(qtbot, live):  # noqa: F811
    from callcenter.gui.supervisor.board_window import BoardWindow
    from callcenter.sim.arrivals import Poisson
    from callcenter.sim.distributions import Dist
    from callcenter.sim.live import LiveCenter
    from callcenter.sim.scenario import AgentSpec, QueueSpec, Scenario

    queues = tuple(
        QueueSpec(n, Poisson(60), Dist.exponential(120), Dist.exponential(60), Dist.constant(5), skill=n, target_s=20)
        for n in ("general", "billing")
    )
    scenario = Scenario(queues, (AgentSpec("bot-1", (("general", 5), ("billing", 5))),), hours=24).validate()
    board = BoardWindow(LiveCenter(scenario, speed=60))
    qtbot.addWidget(board)
    board.timer.stop()
    board.center.advance(600)
    board.refresh()
    assert board.charts.queue == "general"
    rect = board.queue_view.visualRect(board.queue_model.index(1, 0))
    QTest.mouseClick(board.queue_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert board.queue_pick.currentData() == "billing" and board.charts.queue == "billing"
    assert "Billing" in board.projection.text()


def test_forcing_an_agent_in_a_call_says_it_applies_after_and_shows_it_pending(qtbot, live):  # noqa: F811
    center, _, board, _ = live
    center.force("bot-0", "available")
    center.advance(300)
    bot = next(a for a in center.sim.snapshot()["agents"] if a["agent_id"] == "bot-0")
    assert bot["state"] in ("on_call", "wrap_up")
    assert board.force_agent("bot-0", "not_ready") is False
    assert "after the call" in board.statusBar().currentMessage()
    row = next(r for r in board.agent_model.rows if r["agent_id"] == "bot-0")
    assert row["pending"] == "not_ready" and row["reason_text"] == "Not ready after this call"


def test_callcenter_board_takes_a_database_and_asks_a_supervisor_to_sign_in(qtbot, seeded, monkeypatch, tmp_path):
    from callcenter import cli
    from callcenter.gui import app
    from callcenter.gui.supervisor import board_window

    store, _ = seeded
    args = cli.build_parser().parse_args(["board", "--db", str(store.path), "--lang", "en"])
    assert args.db == store.path
    asked: list[tuple] = []
    monkeypatch.setattr(app, "sign_in", lambda s, roles=None, refusal=None: asked.append((roles, refusal)))
    opened: list = []
    monkeypatch.setattr(board_window.BoardWindow, "show", lambda self: opened.append(self))
    assert app.run_board(args) == 0  # cancelled: no board
    assert asked and set(asked[0][0]) == {"supervisor", "admin"} and "supervisors" in asked[0][1]
    assert opened == []


def test_chart_labels_every_month_and_break_long_causes_into_lines():
    from callcenter.gui.complaints import figures_panel as fp

    months = fp._all_periods(["2025-11", "2026-02"])
    assert months == ["2025-11", "2025-12", "2026-01", "2026-02"]  # the empty months are bars too
    labels = fp._period_labels(months)
    assert len(set(labels)) == len(labels)  # unique, or the axis merges bars
    assert [label.split("<br>")[0] for label in labels] == ["11", "12", "01", "02"]
    assert labels[2].startswith("01<br>2026")
    many = fp._period_labels(fp._all_periods(["2024-01", "2026-12"]))
    assert len(many) == 36 and len(set(many)) == 36
    assert sum(1 for label in many if label.strip("\u200b")) <= 12  # no more labels than fit side by side
    assert fp._wrapped(["Customer misunderstanding"], 10) == ["Customer<br>misunders-<br>tanding"]
    assert fp._wrapped(["员工培训不足"], 10) == ["员工培<br>训不足"]
