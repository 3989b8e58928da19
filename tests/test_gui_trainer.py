"""A role-play end to end with real widgets: the trainer starts a session, the real console
rings on a training store, the trainee answers, talks (typed), searches and opens the record
and the order history, warns about the card, ends and wraps up; the customer speaks through
real speech synthesis; the debrief shows the scored rubric, exports a PDF, and the session is
stored in the real store."""

from __future__ import annotations

import re
from datetime import UTC

import pytest
from PySide6.QtCore import QSettings, Qt
from seed import seed

from callcenter.core.agent_state import AgentState
from callcenter.core.screenpop import PopStatus
from callcenter.gui.ops import wait_for_ops
from callcenter.gui.settings import Settings
from callcenter.store import training as tstore
from callcenter.training import speech


@pytest.fixture
def settings(tmp_path):
    s = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    s.set("calls/ring_sound", False)
    s.set("calls/default_region", "US")
    return s


def open_trainer(qtbot, store, settings, tmp_path, lang="en", trainer_id=None):
    from callcenter.gui.console_assembly import build_console
    from callcenter.gui.trainer.trainer_window import TrainerWindow

    window = TrainerWindow(
        store,
        settings,
        lang,
        tmp_path / "training",
        speak=True,
        play_audio=False,
        trainer_id=trainer_id,
        console_factory=build_console,  # what the application injects
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.trainees_loaded, timeout=5000)
    return window


def start(qtbot, window, scenario_id, lang="en"):
    for i in range(window.list.count()):
        if window.list.item(i).data(Qt.ItemDataRole.UserRole) == scenario_id:
            window.list.setCurrentRow(i)
    window.lang_combo.setCurrentIndex(window.lang_combo.findData(lang))
    controller = window.start_session()
    qtbot.waitUntil(lambda: controller.console is not None, timeout=30_000)
    session = window.sessions[-1]
    qtbot.addWidget(controller.console)
    qtbot.waitUntil(lambda: controller.console.controller.pop is not None, timeout=5000)
    return controller, session


def say(qtbot, session, text):
    before = len(session.controller.runner.timeline)
    qtbot.keyClicks(session.dialogue.reply_edit, text)
    qtbot.keyClick(session.dialogue.reply_edit, Qt.Key.Key_Return)
    assert len(session.controller.runner.timeline) > before


def test_a_whole_session_from_call_to_debrief(qtbot, store, settings, tmp_path):
    ids = seed(store)
    trainer = open_trainer(qtbot, store, settings, tmp_path, trainer_id=ids["super1"])
    trainer.trainee_combo.setCurrentIndex(trainer.trainee_combo.findData(ids["agent1"]))
    controller, session = start(qtbot, trainer, "pizza_member")
    assert controller.trainer_id == ids["super1"]  # who ran the session is stored with it
    console = controller.console
    c = console.controller
    # the training console: banner, its own store, ringing with the scenario's number
    assert console.training_banner.isVisible() and "TRAINING" in console.windowTitle()
    assert controller.store.path != store.path and tstore.is_training(controller.store)
    assert c.sm.state is AgentState.RINGING and c.pop.status is PopStatus.UNKNOWN  # he calls from the office

    qtbot.mouseClick(console.call_panel.buttons["answer"], Qt.MouseButton.LeftButton)
    assert session.dialogue.subtitle.text() == "Hi, I'd like to order some pizzas for delivery, please."
    say(qtbot, session, "Hello, thank you for calling. May I have your member card number to verify your account?")
    assert "M88001234" in session.dialogue.subtitle.text()

    console.search_panel.edit.setText("M88001234")
    qtbot.waitUntil(lambda: console.search_panel.results.count() == 1, timeout=3000)
    qtbot.keyClick(console.search_panel.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: console.pop_panel.customer_id() is not None, timeout=5000)  # read by an op
    assert console.pop_panel.customer_page.name.text() == "David Chen"
    assert controller.runner.line_id == "found"
    tabs = console.pop_panel.customer_page.tabs
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(1).center())
    assert tabs.currentIndex() == 1 and tabs.widget(1).rowCount() == 2  # his two past orders

    say(qtbot, session, "Last time you ordered two large pepperoni pizzas. I'd recommend the same again.")
    say(
        qtbot,
        session,
        "Before I place it: your credit card is at its limit, so it would be declined. "
        "Would cash on delivery suit you?",
    )
    assert "cash on delivery" in session.dialogue.subtitle.text()
    controller.note("Good catch on the card")
    say(qtbot, session, "Just to confirm: two large pepperoni pizzas, cash, to 12 Oak Street. Is that correct?")
    say(qtbot, session, "Have a nice day, goodbye!")
    qtbot.mouseClick(console.call_panel.buttons["end"], Qt.MouseButton.LeftButton)
    assert c.sm.state is AgentState.WRAP_UP
    qtbot.keyClicks(console.wrap_panel.ui.filterEdit, "new order")
    qtbot.keyClick(console.wrap_panel.ui.filterEdit, Qt.Key.Key_Return)
    with qtbot.waitSignal(controller.finished, timeout=5000):
        qtbot.mouseClick(console.wrap_panel.ui.finishButton, Qt.MouseButton.LeftButton)

    report = controller.report
    assert {s.id: s.status for s in report.steps} == {
        "greet": "done",
        "verify": "done",
        "use_record": "done",
        "recommend": "done",
        "warn_card": "done",
        "confirm": "done",
        "close": "done",
    }
    assert report.total == 100 and report.passed and report.outcome == "completed"
    kinds = [(e.kind, e.name) for e in controller.runner.timeline if e.kind == "action"]
    assert [n for _, n in kinds] == ["answer", "open_record", "open_order_history", "end_call", "wrap_up"]

    debrief = session.debrief
    qtbot.addWidget(debrief)
    html = debrief.html
    assert "Warns that the credit card is maxed out" in html and "at its limit" in html
    assert "Good catch on the card" in html and "100" in html
    pdf = tmp_path / "debrief.pdf"
    assert debrief.export(str(pdf))
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert len(re.findall(rb"/Type\s*/Page(?!s)", data)) >= 2  # the rubric and transcript take pages

    # the customer's last line was spoken for real
    controller.wait_for_speech()
    wait_for_ops(5000)
    qtbot.waitUntil(lambda: controller.last_wav is not None, timeout=10_000)
    assert speech.wav_stats(controller.last_wav).rms > 0.01
    # the result is in the real store, with the trainee
    qtbot.waitUntil(lambda: controller.saved_id is not None, timeout=5000)
    rows = tstore.sessions(store)
    assert len(rows) == 1 and rows[0]["trainee_id"] == ids["agent1"] and rows[0]["total"] == 100.0
    assert tstore.session_report(store, rows[0]["id"])["steps"][4]["evidence"].startswith("Before I place it")
    from callcenter.store.models import TrainingSession

    with store.session() as ses:
        saved = ses.get(TrainingSession, rows[0]["id"])
        assert saved.trainer_notes == "Good catch on the card" and saved.trainer_id == ids["super1"]
    session.close()


def test_trainer_events_pause_and_take_over_in_chinese(qtbot, store, settings, tmp_path):
    seed(store)
    trainer = open_trainer(qtbot, store, settings, tmp_path, lang="zh_CN")
    controller, session = start(qtbot, trainer, "angry_complaint", lang="zh_CN")
    console = controller.console
    assert console.controller.pop.status is PopStatus.MATCHED  # her number is on her record
    assert console.pop_panel.customer_page.name.text() == "李梅"
    qtbot.mouseClick(console.call_panel.buttons["answer"], Qt.MouseButton.LeftButton)
    assert session.dialogue.subtitle.text().startswith("我这是第二次打电话了")
    session.controls.pause_button.click()
    assert not session.dialogue.reply_edit.isEnabled() and controller.clock.paused
    session.dialogue.reply_edit.setText("非常抱歉")
    controller.reply("非常抱歉")  # ignored while paused
    assert controller.runner.line_id == "opening"
    session.controls.pause_button.click()
    session.controls.event_combo.setCurrentIndex(session.controls.event_combo.findData("angrier"))
    session.controls.inject_button.click()
    assert controller.runner.mood == "furious" and "受够了" in session.dialogue.subtitle.text()
    session.controls.customer_edit.setText("你们到底管不管？")
    session.controls.customer_button.click()
    assert session.dialogue.subtitle.text() == "你们到底管不管？"
    session.dialogue.reply_edit.setText("非常抱歉，我完全理解您的心情。")
    session.dialogue.send()
    assert controller.runner.line_id == "calmer"
    session.controls.event_combo.setCurrentIndex(session.controls.event_combo.findData("line_drops"))
    session.controls.inject_button.click()
    assert console.controller.sm.state is AgentState.WRAP_UP  # the console saw the caller go
    with qtbot.waitSignal(controller.finished, timeout=5000):
        session.controls.end_button.click()
    report = controller.report
    assert "line_dropped" in report.flags and not report.passed
    assert {s.id: s.status for s in report.steps}["empathy"] == "done"
    html = session.debrief.html
    assert "李梅" in html and "你们到底管不管？" in html and "非常抱歉，我完全理解您的心情。" in html
    session.close()


def test_the_editor_validates_before_saving_and_saves_the_trainers_copy(qtbot, store, settings, tmp_path):
    from callcenter.gui.trainer.scenario_editor_dialog import ScenarioEditorDialog
    from callcenter.training import scenario as sc

    seed(store)
    trainer = open_trainer(qtbot, store, settings, tmp_path)
    s = next(x for x in trainer.scenarios if x.id == "billing_dispute")
    dialog = ScenarioEditorDialog(s, trainer.user_dir, "en", tmp_path / "speech")
    qtbot.addWidget(dialog)
    lines = dialog.lines
    assert [lines.item(r, 0).text() for r in range(lines.rowCount())] == list(s.lines)
    lines.item(0, 1).setText("Hi. You charged me twice this month!")
    # break a branch: it now goes nowhere, and a new line is left without a way on
    lines.setCurrentCell(0, 1)
    dialog.branches.item(0, 2).setText("nowhere")
    dialog.add_line()
    dialog.save()
    assert dialog.result() == 0 and not trainer.user_dir.exists()  # nothing written
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any("goes to 'nowhere'" in p for p in problems)
    assert any("missing translation: line 'line_1': say has no en text" in p for p in problems)
    assert any("line 'line_1' is unreachable" in p for p in problems)
    # fix it: the branch back, the new line removed in the YAML tab
    lines.setCurrentCell(0, 1)
    dialog.branches.item(0, 2).setText("verified")
    dialog.tabs.setCurrentIndex(2)
    text = dialog.yaml_edit.toPlainText()
    assert "You charged me twice this month!" in text
    import yaml

    data = yaml.safe_load(text)
    del data["lines"]["line_1"]
    data["steps"][0]["weight"] = 12
    dialog.yaml_edit.setPlainText(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    dialog.tabs.setCurrentIndex(1)
    assert dialog.rubric.item(0, 2).text() == "12"
    assert dialog.check() == []
    dialog.save()
    assert dialog.result() == 1 and dialog.saved_path == trainer.user_dir / "billing_dispute.yaml"
    saved = sc.load(dialog.saved_path)
    assert saved.lines["opening"]["say"]["en"] == "Hi. You charged me twice this month!"
    assert saved.steps[0]["weight"] == 12
    trainer.reload(select="billing_dispute")
    assert trainer.current().lines["opening"]["say"]["en"].startswith("Hi. You charged me")


def test_the_editor_previews_speech(qtbot, store, settings, tmp_path):
    from callcenter.gui.trainer.scenario_editor_dialog import ScenarioEditorDialog
    from callcenter.training import scenario as sc

    s = sc.load(sc.builtin_dir() / "vip.yaml")
    dialog = ScenarioEditorDialog(s, tmp_path / "mine", "zh_CN", tmp_path / "speech")
    qtbot.addWidget(dialog)
    dialog.lines.setCurrentCell(0, 2)
    dialog.preview()
    qtbot.waitUntil(lambda: getattr(dialog, "preview_path", None) is not None, timeout=15_000)
    stats = speech.wav_stats(dialog.preview_path)
    assert stats.rms > 0.01 and stats.duration > 2  # a whole Chinese sentence


def test_the_dashboard_shows_sessions_and_progress_per_skill(qtbot, store, tmp_path):
    from datetime import datetime, timedelta

    from callcenter.gui.trainer.dashboard_window import DashboardWindow
    from callcenter.training import scenario as sc
    from callcenter.training.runner import play_script
    from callcenter.training.scoring import score

    ids = seed(store)
    s = sc.load(sc.builtin_dir() / "pizza_member.yaml")
    t0 = datetime(2026, 11, 1, 9, tzinfo=UTC)
    scripts = [
        [{"do": "answer", "at": 4}, {"say": "Hello, account number?", "at": 6}, {"do": "end_call", "at": 20}],
        s.data["model_answer"],
    ]
    for i, script in enumerate(scripts):
        r = play_script(s, "en", script)
        rep = score(s, "en", r.timeline, r.ended)
        tstore.save_session(
            store,
            trainee_id=ids["agent1"],
            trainee_name="Alice Agent",
            trainer_id=None,
            report=rep.to_dict(),
            timeline=[vars(e) for e in r.timeline],
            started_at=t0 + timedelta(days=i),
            ended_at=t0 + timedelta(days=i, minutes=3),
        )
    window = DashboardWindow(store, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.table.rowCount() == 2 and bool(window.progress), timeout=5000)
    assert window.table.item(0, 5).text() == "100" and window.table.item(1, 5).text() == "25"
    assert "2 sessions · 1 passed · mean score 62.5" == window.summary.text()
    series = {x.name(): [(p.x(), p.y()) for p in x.points()] for x in window.chart.series()}
    assert series["Compliance and warnings"] == [(1, 0), (2, 100)]
    assert series["Greeting"] == [(1, 100), (2, 100)]
    window.open_debrief(1)
    qtbot.waitUntil(lambda: window.debrief is not None, timeout=5000)
    assert "Greets the caller" in window.debrief.html
    qtbot.addWidget(window.debrief)


def test_a_session_inside_the_live_queue_simulator(qtbot, store, settings, tmp_path):
    ids = seed(store)
    trainer = open_trainer(qtbot, store, settings, tmp_path)
    trainer.trainee_combo.setCurrentIndex(trainer.trainee_combo.findData(ids["agent2"]))
    trainer.live_box.setChecked(True)
    for i in range(trainer.list.count()):
        if trainer.list.item(i).data(Qt.ItemDataRole.UserRole) == "angry_complaint":
            trainer.list.setCurrentRow(i)
    controller = trainer.start_session()
    qtbot.waitUntil(lambda: controller.console is not None, timeout=30_000)
    qtbot.addWidget(controller.console)
    session = trainer.sessions[-1]
    center = controller.center
    assert controller.call is None and ids["agent2"] != controller.identity.user_id
    assert controller.identity.user_id in center.external_agents  # the trainee joined the simulated center
    t = center.sim_time()
    while controller.call is None and t < 7200:  # the router gives the trainee a call from the queue
        t += 30
        center.advance(t)
        qtbot.wait(1)
    call = controller.call
    assert call is not None and call.ani == "+1 415 555 0127" and call.queue_code in ("general", "billing", "vip")
    c = controller.console.controller
    qtbot.waitUntil(lambda: c.pop is not None, timeout=5000)
    assert c.pop.status is PopStatus.MATCHED and c.call.call_id == call.call_id
    qtbot.mouseClick(controller.console.call_panel.buttons["answer"], Qt.MouseButton.LeftButton)
    assert session.dialogue.subtitle.text().startswith("This is the second time")
    say(qtbot, session, "I'm so sorry, I completely understand how frustrating that is.")
    assert controller.runner.line_id == "calmer"
    qtbot.mouseClick(controller.console.call_panel.buttons["end"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(controller.finished, timeout=5000):
        c.finish_wrap_up(None, "")
    assert controller.report.steps[0].status == "done"
    qtbot.waitUntil(lambda: controller.saved_id is not None, timeout=5000)
    assert tstore.sessions(store)[0]["mode"] == "live"
    session.close()


def test_the_dashboard_follows_saved_sessions_without_a_reload(qtbot, store, tmp_path):
    """A session saved while the dashboard is open (the op a role-play ends with) shows up
    by its change event: nobody tells the dashboard."""
    from datetime import datetime

    from callcenter.gui.trainer.dashboard_window import DashboardWindow
    from callcenter.ops import training as training_ops
    from callcenter.store.models import AuditLog
    from callcenter.training import scenario as sc
    from callcenter.training.runner import play_script
    from callcenter.training.scoring import score

    ids = seed(store)
    window = DashboardWindow(store, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "0 sessions" in window.summary.text(), timeout=5000)
    s = sc.load(sc.builtin_dir() / "pizza_member.yaml")
    r = play_script(s, "en", s.data["model_answer"])
    done = training_ops.save_session(
        store,
        trainee_id=ids["agent1"],
        trainee_name="Alice Agent",
        trainer_id=ids["super1"],
        report=score(s, "en", r.timeline, r.ended).to_dict(),
        timeline=[vars(e) for e in r.timeline],
        started_at=datetime(2026, 11, 3, 9, tzinfo=UTC),
        ended_at=datetime(2026, 11, 3, 9, 4, tzinfo=UTC),
    )
    assert done.changes.ids("training_sessions") == {done.value} and done.changes.touches("training_scores")
    qtbot.waitUntil(lambda: window.table.rowCount() == 1 and bool(window.progress), timeout=5000)
    assert window.table.item(0, 5).text() == "100" and "1 sessions · 1 passed" in window.summary.text()
    with store.session() as ses:
        audit = ses.query(AuditLog).filter_by(entity="training_sessions", entity_id=done.value).one()
    assert audit.user_id == ids["super1"] and audit.action == "create"


def test_the_trainer_builds_no_console_of_its_own():
    """The trainer receives its console factory; it imports no other GUI package."""
    import grimp

    graph = grimp.build_graph("callcenter")
    for other in (
        "callcenter.gui.agent",
        "callcenter.gui.complaints",
        "callcenter.gui.sync",
        "callcenter.gui.supervisor",
        "callcenter.gui.console_assembly",
    ):
        assert not graph.chain_exists(importer="callcenter.gui.trainer", imported=other, as_packages=True), other
