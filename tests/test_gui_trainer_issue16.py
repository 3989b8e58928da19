"""Issue 16, the trainer's windows as people meet them: the trainer's private controls
are in a window of their own; the role-play windows are fully on the screen beside the
console; easy mode helps after a complaint is logged; a reply nobody understood says so
and what to try; ending a session during a live call asks first; transcripts and the
debrief show words, not codes; the debrief carries its date and trainer and proposes a
file name of its own per session."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLineEdit
from seed import seed
from test_gui_trainer import open_trainer, start
from test_gui_trainer import settings as settings

from callcenter.core.agent_state import AgentState
from callcenter.gui.trainer.placement import beside
from callcenter.gui.trainer.trainer_controls_panel import TrainerControlsPanel
from callcenter.store import repo

EMPATHY_EN = "I'm so sorry, I completely understand how frustrating that is."


def say(qtbot, session, text):
    """Type a reply (set as text: key clicks carry Latin letters only) and press Enter."""
    before = len(session.controller.runner.timeline)
    session.dialogue.reply_edit.setText(text)
    qtbot.keyClick(session.dialogue.reply_edit, Qt.Key.Key_Return)
    assert len(session.controller.runner.timeline) > before


def answer(qtbot, controller):
    qtbot.mouseClick(controller.console.call_panel.buttons["answer"], Qt.MouseButton.LeftButton)


# -- a. the trainer's controls are the trainer's ------------------------------------------------
def test_the_trainers_controls_are_not_in_the_trainees_window(qtbot, store, settings, tmp_path):
    seed(store)
    trainer = open_trainer(qtbot, store, settings, tmp_path)
    controller, session = start(qtbot, trainer, "angry_complaint")
    own = session.trainer_window
    qtbot.waitUntil(own.isVisible, timeout=3000)
    assert session.findChildren(TrainerControlsPanel) == []  # nothing of the trainer's in the trainee's window
    placeholders = [e.placeholderText() for e in session.findChildren(QLineEdit)]
    assert not any("customer…" in p for p in placeholders)
    assert own.findChildren(TrainerControlsPanel) and session.controls.window() is own
    assert own.isWindow() and own is not session.window()
    answer(qtbot, controller)
    say(qtbot, session, EMPATHY_EN)
    controller.note("Too slow to apologise")
    session.controls.customer_edit.setText("Hello? Are you still there?")
    session.controls.customer_button.click()
    trainee_sees = session.dialogue.transcript.toPlainText()
    trainer_sees = own.timeline.toPlainText()
    assert "Too slow to apologise" not in trainee_sees and "Too slow to apologise" in trainer_sees
    assert "Hello? Are you still there?" in trainee_sees and "(trainer)" not in trainee_sees  # just the customer
    assert "(trainer)" in trainer_sees
    qtbot.mouseClick(controller.console.call_panel.buttons["end"], Qt.MouseButton.LeftButton)  # the call is over
    session.close()
    assert not own.isVisible()


# -- b. on the screen, beside the console -----------------------------------------------------------
@pytest.mark.parametrize(
    ("area", "console", "side"),
    [
        (QRect(0, 0, 1600, 1000), QSize(1100, 860), QSize(620, 720)),  # the console's natural size
        (QRect(0, 28, 1920, 1052), QSize(1360, 860), QSize(620, 720)),  # a top panel
        (QRect(1920, 0, 1280, 800), QSize(1360, 860), QSize(980, 720)),  # the right-hand monitor, small
    ],
)
def test_placement_keeps_every_window_on_the_screen_and_apart(area, console, side):
    main, dialogue, controls = beside(area, console, side, QSize(460, 560), main_min=QSize(700, 500))
    for r in (main, dialogue, controls):
        assert area.contains(r), (r, area)
    assert not main.intersects(dialogue) and not main.intersects(controls) and not dialogue.intersects(controls)
    assert dialogue.left() > main.right()  # beside, to the right
    assert dialogue.width() >= 420 and main.width() >= 700


def test_placement_on_a_screen_too_small_for_both_keeps_the_dialogue_whole():
    area = QRect(0, 0, 800, 600)
    main, dialogue, _ = beside(area, QSize(1100, 860), QSize(620, 720), main_min=QSize(700, 500))
    assert area.contains(dialogue) and area.contains(main)
    assert dialogue.right() == area.right()  # at the screen's edge, over the console


def test_the_role_play_windows_open_on_the_screen(qtbot, store, settings, tmp_path):
    seed(store)
    trainer = open_trainer(qtbot, store, settings, tmp_path)
    controller, session = start(qtbot, trainer, "pizza_member")
    area = controller.console.screen().availableGeometry()
    qtbot.waitUntil(lambda: session.trainer_window.isVisible(), timeout=3000)
    for w in (session, session.trainer_window):
        assert area.contains(w.frameGeometry()), (w.windowTitle(), w.frameGeometry(), area)
    assert not session.frameGeometry().intersects(session.trainer_window.frameGeometry())
    session.close()


# -- c. easy mode at the key moment -------------------------------------------------------------------
def test_easy_mode_helps_after_the_complaint_is_logged(qtbot, store, settings, tmp_path):
    seed(store)
    trainer = open_trainer(qtbot, store, settings, tmp_path)
    trainer.easy_box.setChecked(True)
    controller, session = start(qtbot, trainer, "angry_complaint")
    d = session.dialogue
    answer(qtbot, controller)
    say(qtbot, session, EMPATHY_EN)
    controller.console.controller.publish_action("log_complaint", "K-9001")  # what the capture dialog does
    qtbot.waitUntil(lambda: controller.runner.line_id == "duplicate", timeout=3000)
    assert d.hint.isVisible() and "K-5521" in d.hint.text()
    assert d.suggestions.isVisible() and d.suggestions.count() >= 1
    say(qtbot, session, "You're right, sorry. I'll follow up your open case K-5521.")
    assert controller.runner.line_id == "logged"
    assert d.hint.isVisible() and d.hint.text()
    assert "replacement blender" in d.suggestions.item(0).text()
    d.suggestions.itemClicked.emit(d.suggestions.item(0))
    qtbot.keyClick(d.reply_edit, Qt.Key.Key_Return)
    assert controller.runner.line_id == "considers"
    session.close()


# -- d. understood, or told so ----------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_reply_nobody_understood_says_what_to_try(qtbot, store, settings, tmp_path, lang):
    seed(store)
    trainer = open_trainer(qtbot, store, settings, tmp_path, lang=lang)
    controller, session = start(qtbot, trainer, "angry_complaint", lang=lang)
    d = session.dialogue
    answer(qtbot, controller)
    say(qtbot, session, EMPATHY_EN if lang == "en" else "非常抱歉，我完全理解您的心情。")
    assert controller.runner.line_id == "calmer" and not d.understood.isVisible()
    say(qtbot, session, "The weather is nice today." if lang == "en" else "今天天气不错。")
    assert d.understood.isVisible()
    assert d.understood.text().startswith("Not understood — try")  # the words come from tr(): English here
    # practice: what would move the call on, in words (in the call's language), not the answer itself
    ways = "offers a fix / follows up her open case" if lang == "en" else "提出解决方案 / 跟进已有投诉"
    assert d.understood.text().endswith(ways) and "K-5521" not in d.understood.text()
    d.easy_box.setChecked(True)  # easy mode: a whole suggested reply
    say(qtbot, session, "The weather is nice today." if lang == "en" else "今天天气不错。")
    assert "K-5521" in d.understood.text()
    say(qtbot, session, "I will send you a replacement blender today" if lang == "en" else "我今天就给您换新的搅拌机")
    assert controller.runner.line_id == "considers" and not d.understood.isVisible()
    session.close()


# -- f. ending during a live call -------------------------------------------------------------------------------
def test_ending_the_session_during_a_call_asks_first(qtbot, store, settings, tmp_path):
    seed(store)
    trainer = open_trainer(qtbot, store, settings, tmp_path)
    controller, session = start(qtbot, trainer, "angry_complaint")
    c = controller.console.controller
    answer(qtbot, controller)
    session.controls.end_button.click()
    box = session.end_box
    assert box is not None and box.isVisible() and controller.report is None
    assert "ends the call" in box.text() and "Margaret Li" in box.text()
    assert box.defaultButton() is session.end_no  # Enter keeps the call
    session.end_no.click()
    assert controller.report is None and c.sm.state is AgentState.ON_CALL
    session.trainer_window.close()  # closing the trainer's window asks the same
    assert session.trainer_window.isVisible() and session.end_box.isVisible()
    with qtbot.waitSignal(controller.finished, timeout=5000):
        session.end_yes.click()
    assert [e.name for e in controller.runner.timeline if e.kind == "action"][-1] == "end_call"
    assert controller.report.outcome == "agent_ended"
    session.close()


# -- h and i. words, date, trainer, a file name per session ------------------------------------------------------
def test_the_debrief_speaks_words_and_names_date_and_trainer(qtbot, store, settings, tmp_path):
    ids = seed(store)
    trainer = open_trainer(qtbot, store, settings, tmp_path, lang="zh_CN", trainer_id=ids["super1"])
    qtbot.waitUntil(lambda: trainer.trainer_name == "Sue Supervisor", timeout=3000)
    names = []
    for _ in range(2):
        controller, session = start(qtbot, trainer, "angry_complaint", lang="zh_CN")
        answer(qtbot, controller)
        say(qtbot, session, "非常抱歉，我完全理解您的心情。")
        assert "共情安抚" in session.dialogue.transcript.toPlainText()
        assert "empathy" not in session.dialogue.transcript.toPlainText()
        c = controller.console.controller
        qtbot.mouseClick(controller.console.call_panel.buttons["end"], Qt.MouseButton.LeftButton)
        code = next(x for x in repo.disposition_codes(controller.store) if x.code == "complaint.logged")
        with qtbot.waitSignal(controller.finished, timeout=5000):
            c.finish_wrap_up(code.id, "")
        debrief = session.debrief
        qtbot.addWidget(debrief)
        html = debrief.html
        assert "complaint.logged" not in html and "已登记投诉" in html  # the disposition by name
        assert "[empathy]" not in html and "共情安抚" in html
        assert "Sue Supervisor" in html
        assert controller.started_at.astimezone().strftime("%Y-%m-%d %H:%M") in html
        names.append(debrief.default_name)
        pdf = tmp_path / debrief.default_name
        assert debrief.export(str(pdf)) and pdf.read_bytes().startswith(b"%PDF")
        session.close()
        qtbot.wait(1100)  # the next session starts at least a second later
    assert names[0] != names[1] and all(n.startswith("debrief-angry_complaint-zh_CN-") for n in names)
    assert len(list(tmp_path.glob("debrief-*.pdf"))) == 2  # the second did not overwrite the first


def test_the_dashboards_debrief_names_date_and_trainer(qtbot, store, tmp_path):
    from callcenter.gui.trainer.dashboard_window import DashboardWindow
    from callcenter.store import training as tstore
    from callcenter.training import scenario as sc
    from callcenter.training.runner import play_script
    from callcenter.training.scoring import score

    ids = seed(store)
    s = sc.load(sc.builtin_dir() / "angry_complaint.yaml")
    r = play_script(s, "en", s.data["model_answer"])
    started = datetime(2026, 11, 5, 9, 30, tzinfo=UTC)
    report = score(s, "en", r.timeline, r.ended).to_dict()
    report.update(trainer_name="Sue Supervisor", started_at=started.isoformat(), intent_names={"logged": "follows up"})
    tstore.save_session(
        store,
        trainee_id=ids["agent1"],
        trainee_name="Alice Agent",
        trainer_id=ids["super1"],
        report=report,
        timeline=[vars(e) for e in r.timeline],
        started_at=started,
        ended_at=started + timedelta(minutes=2),
    )
    window = DashboardWindow(store, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.table.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: window.table.item(0, 2).text() == "Angry complaint: a broken delivery", timeout=5000)
    window.open_debrief(0)
    qtbot.waitUntil(lambda: window.debrief is not None, timeout=5000)
    qtbot.addWidget(window.debrief)
    html = window.debrief.html
    assert "Sue Supervisor" in html and started.astimezone().strftime("%Y-%m-%d %H:%M") in html
    assert "Angry complaint: a broken delivery" in window.debrief.windowTitle()  # the title, not the id
    assert "support.resolved" not in html  # the model answer's wrap-up code is not shown
    assert "(follows up" in html or "follows up)" in html
    assert window.debrief.default_name.endswith(started.astimezone().strftime("%Y%m%d-%H%M%S") + ".pdf")
