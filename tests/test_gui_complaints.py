"""Complaints in the GUI, end to end with real widgets on a real SQLite file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select
from test_gui_console import make_console, ring, settle

from callcenter.core.complaints import ComplaintState, RecoveryStatus
from callcenter.core.complaints.capture import ComplaintForm
from callcenter.gui.ops import wait_for_ops
from callcenter.gui.problems import describe
from callcenter.store import complaints, repo
from callcenter.store.models import Complaint, Interaction, RecoveryActionRow


def identity(store, username):
    return next(a for a in repo.agents(store) if a.username == username)


def ok(qtbot, case, started):
    """A case step was asked for, ran off the GUI thread, and went through."""
    assert started
    qtbot.waitUntil(lambda: not case.busy, timeout=5000)
    assert case.last_problem is None, describe(case.last_problem)
    return True


def fill(dialog, summary="Pizza arrived cold and two hours late", words="披萨凉了，晚到了两个小时。"):
    dialog.group.setCurrentIndex(dialog.group.findData("delivery"))
    dialog.detail.setCurrentIndex(dialog.detail.findData("delivery_late"))
    dialog.severity.setCurrentIndex(dialog.severity.findData("high"))
    dialog.summary.setText(summary)
    dialog.words.setPlainText(words)
    dialog.outcome.setPlainText("Refund the order")


def test_capture_during_a_call_refund_over_limit_approved_closed_surveyed(qtbot, seeded, settings):
    store, ids = seeded
    window, source, _ = make_console(qtbot, store, settings)
    from callcenter.core.console_actions import ConsoleAction

    done = []  # what the console tells listeners such as the training runner
    window._keep[0].subscribe(ConsoleAction, lambda e: done.append(e.name))
    window.controller.set_available()
    call = ring(qtbot, window, source, "+86 138 0013 8000")
    window.controller.answer()
    settle(qtbot, window)

    # capture from the screen pop's button, linked to this call
    window.pop_panel.customer_page.complaint_button.click()
    dialog = window.complaints.dialogs[ids["wang"]]
    qtbot.waitUntil(lambda: dialog.loaded, timeout=5000)
    assert dialog.isVisible() and dialog.call.currentData() == call.interaction_id
    from PySide6.QtWidgets import QLabel

    guide = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert all(step in guide for step in ("Listen", "Apologise", "Solve", "Thank"))
    fill(dialog)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.case_id is not None, timeout=5000)
    case = window.complaints.cases[dialog.case_id]
    assert case.isVisible()
    assert complaints.load_draft(store, window.identity.user_id, ids["wang"]) is None
    with store.session() as s:
        row = s.get(Complaint, dialog.case_id)
        assert (row.interaction_id, row.category, row.severity, row.owner_id) == (
            call.interaction_id,
            "delivery_late",
            "high",
            window.identity.user_id,
        )

    # the agent works the case; a refund of ¥80.00 is over the agent's ¥50.00 limit
    for step in ("acknowledge", "investigate"):
        if step == "investigate":
            case.ask.assess = lambda current: (current, "cold food, late courier")
            assert ok(qtbot, case, case.step("assess"))
        assert ok(qtbot, case, case.step(step))
    case.ask.recovery = lambda: ("refund", 8_000, "cold pizza, two hours late")
    assert ok(qtbot, case, case.recovery("propose"))
    assert "approval queue" in case.message.text()
    qtbot.waitUntil(lambda: "propose_refund" in done, timeout=3000)
    assert "log_complaint" in done
    case.actions.selectRow(0)
    assert not case.recovery_buttons["execute"].isEnabled()
    assert not case.recovery_buttons["approve"].isEnabled()  # agents do not decide

    # a supervisor approves it from the complaints board's approval queue
    from callcenter.gui.complaints.complaints_board_window import ComplaintsBoardWindow

    board = ComplaintsBoardWindow(store, identity(store, "super1"), "en", with_figures=False)
    qtbot.addWidget(board)
    board.refresh()
    qtbot.waitUntil(lambda: board.approvals.rowCount() == 1, timeout=5000)
    assert board.approvals.item(0, 3).text() == "¥80.00"
    board.approvals.selectRow(0)
    qtbot.waitUntil(lambda: not board.loading, timeout=5000)  # a load begun before the decision would hide it
    assert board.decide(True)
    qtbot.waitUntil(lambda: board.approvals.rowCount() == 0, timeout=5000)

    # back on the agent's case (it heard of the approval by itself): carry it out, resolve, close, survey
    qtbot.waitUntil(lambda: case.record.plan.actions[0].status is RecoveryStatus.APPROVED, timeout=5000)
    qtbot.waitUntil(lambda: not case.busy, timeout=5000)
    case.actions.selectRow(0)
    assert case.recovery_buttons["execute"].isEnabled()
    assert ok(qtbot, case, case.recovery("execute"))
    case.ask.comment = lambda *a, **k: "Refund of ¥80.00 to the card"
    assert ok(qtbot, case, case.step("propose_resolution"))
    assert ok(qtbot, case, case.step("customer_accepts"))
    case.ask.close_case = lambda causes, rejected: (causes[0][0], "")
    assert ok(qtbot, case, case.step("close"))
    assert not case.step_buttons["close"].isVisible()
    case.ask.survey = lambda: (5, True, "")
    assert ok(qtbot, case, case.step("survey"))

    record = complaints.get(store, dialog.case_id)
    assert record.case.state is ComplaintState.CLOSED
    assert record.case.survey == {"csat": 5, "would_buy_again": True}
    with store.session() as s:
        action = s.scalars(select(RecoveryActionRow)).one()
        assert (action.status, action.decided_by) == ("executed", ids["super1"])
    texts = [case.timeline.item(r, 2).text() for r in range(case.timeline.rowCount())]
    for expected in (
        "Complaint received",
        "Recovery proposed",
        "Recovery approved",
        "Recovery carried out",
        "Closed",
        "Satisfaction survey",
    ):
        assert expected in texts
    window.close()


def test_a_draft_survives_the_window_being_closed_and_a_crash(qtbot, seeded, settings):
    store, ids = seeded
    window, _, _ = make_console(qtbot, store, settings)
    dialog = window.complaints.capture(ids["wang"])
    fill(dialog, summary="Half typed when the window closed")
    dialog.close()
    assert not dialog.isVisible()
    window.show_customer(ids["wang"], "search")  # reopening the customer shows there is a draft
    qtbot.waitUntil(lambda: window.pop_panel.customer_id() == ids["wang"], timeout=5000)  # read by an op
    qtbot.waitUntil(lambda: "draft" in window.pop_panel.customer_page.complaint_button.text(), timeout=5000)
    again = window.complaints.capture(ids["wang"])
    qtbot.waitUntil(lambda: again.loaded, timeout=5000)
    assert again is not dialog and again.restored
    assert again.summary.text() == "Half typed when the window closed"
    assert again.words.toPlainText() == "披萨凉了，晚到了两个小时。"
    assert again.detail.currentData() == "delivery_late" and again.severity.currentData() == "high"
    assert "restored" in again.draft_label.text()

    # a crash: nothing closes the window, the autosave alone must have kept the text
    again.summary.setText("Typed just before the crash")
    qtbot.waitUntil(
        lambda: (
            (complaints.load_draft(store, window.identity.user_id, ids["wang"]) or ComplaintForm()).summary
            == "Typed just before the crash"
        ),
        timeout=3000,
    )
    window.close()


def test_a_refused_form_keeps_everything_typed_and_says_what_is_wrong(qtbot, seeded, settings):
    store, ids = seeded
    window, _, _ = make_console(qtbot, store, settings)
    dialog = window.complaints.capture(ids["wang"])
    qtbot.waitUntil(lambda: dialog.loaded, timeout=5000)
    dialog.group.setCurrentIndex(dialog.group.findData("billing"))
    dialog.words.setPlainText("I was charged twice")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.saving, timeout=5000)
    assert dialog.case_id is None and dialog.isVisible()
    assert dialog.errors["category"].isVisible() and "detailed category" in dialog.errors["category"].text()
    assert dialog.errors["summary"].isVisible() and not dialog.errors["customer_words"].isVisible()
    assert dialog.words.toPlainText() == "I was charged twice"
    with store.session() as s:
        assert s.scalars(select(Complaint).where(Complaint.summary == "")).all() == []
    window.close()


def test_the_screen_pop_shows_open_cases_with_their_deadline_state(qtbot, seeded, settings):
    store, ids = seeded
    window, source, _ = make_console(qtbot, store, settings)
    window.controller.set_available()
    ring(qtbot, window, source, "+86 138 0013 8000")
    table = window.pop_panel.customer_page.complaints
    assert table.rowCount() == 1
    assert (table.item(0, 0).text(), table.item(0, 3).text()) == ("CASE-1", "Breached")
    table.cellDoubleClicked.emit(0, 0)
    [opened] = window.complaints.cases.values()
    qtbot.waitUntil(lambda: opened.record is not None, timeout=5000)
    assert opened.record.case_no == "CASE-1" and opened.isVisible()
    assert opened.timeline.item(0, 4).text() == "No history was recorded for this case."
    window.close()


def test_the_owner_is_told_when_a_case_breaches(qtbot, seeded, settings):
    store, ids = seeded
    agent = identity(store, "agent1")
    long_ago = datetime.now(UTC) - timedelta(days=10)
    record = complaints.create(
        store,
        ComplaintForm(
            customer_id=ids["wang"],
            category="delivery_late",
            severity="critical",
            summary="Late",
            customer_words="late",
        ),
        agent,
        at=long_ago,
    )
    window, _, _ = make_console(qtbot, store, settings)
    qtbot.waitUntil(lambda: bool(window.alert.notifications), timeout=5000)
    assert window.alert.notifications[-1][0] == "Complaint deadline passed"
    case = complaints.get(store, record.id).case
    assert (case.escalation_level, case.needs_supervisor, case.timeline.last.action) == (1, True, "escalate")
    window.complaints.check_tasks()  # once per deadline: the next check changes nothing
    wait_for_ops(5000)
    assert complaints.get(store, record.id).case.escalation_level == 1
    # the unowned overdue case (CASE-1) is the supervisors' board's to escalate, not this console's
    with store.session() as s:
        assert s.scalars(select(Complaint.escalation_level).where(Complaint.case_no == "CASE-1")).one() == 0
    window.close()


def test_a_due_callback_rings_as_an_outbound_call_with_the_case_open(qtbot, seeded, settings):
    store, ids = seeded
    window, _, _ = make_console(qtbot, store, settings)
    me = window.identity
    record = complaints.create(
        store,
        ComplaintForm(customer_id=ids["wang"], category="delivery_late", summary="Late", customer_words="late"),
        me,
    )
    now = datetime.now(UTC)
    with complaints.edit(store, record.id, me, now=now) as e:
        e.plan.schedule_callback(me.user_id, now + timedelta(seconds=1), me.user_id, at=now, note="confirm refund")
    window.controller.set_available()
    qtbot.wait(1100)
    window.complaints.check_tasks()
    qtbot.waitUntil(lambda: window.controller.call is not None, timeout=5000)
    call = window.controller.call
    assert call.direction == "outbound" and call.ani == "138 0013 8000" and call.customer_id == ids["wang"]
    assert window.complaints.cases[record.id].isVisible()
    assert "1 due" in window.complaints.tasks_label.text()
    qtbot.waitUntil(lambda: window.controller.pop is not None, timeout=5000)
    assert window.controller.pop.view.customer_id == ids["wang"]  # popped by customer, not by number
    settle(qtbot, window)
    with store.session() as s:
        row = s.get(Interaction, call.interaction_id)
        assert (row.direction, row.customer_id) == ("outbound", ids["wang"])
    window.close()


def test_the_board_filters_and_hands_over_several_cases(qtbot, seeded, settings):
    store, ids = seeded
    agent, agent2, sup = identity(store, "agent1"), identity(store, "agent2"), identity(store, "super1")
    made = [
        complaints.create(
            store,
            ComplaintForm(
                customer_id=ids["wang"], category=cat, severity=sev, summary=f"case {n}", customer_words="words"
            ),
            agent,
        ).id
        for n, (cat, sev) in enumerate([("delivery_late", "low"), ("billing_error", "high"), ("rude_staff", "medium")])
    ]
    from callcenter.gui.complaints.complaints_board_window import ComplaintsBoardWindow

    board = ComplaintsBoardWindow(store, sup, "en", with_figures=False)
    qtbot.addWidget(board)
    board.refresh()
    qtbot.waitUntil(lambda: board.model.rowCount() == 4, timeout=5000)  # three new + the seed's CASE-1
    assert board.proxy.rowCount() == 4
    board.category_filter.setCurrentIndex(board.category_filter.findText("Billing"))
    assert board.proxy.rowCount() == 1
    board.category_filter.setCurrentIndex(0)
    board.deadline_filter.setCurrentIndex(board.deadline_filter.findData("breached"))
    assert board.proxy.rowCount() == 1  # CASE-1 is long overdue
    board.deadline_filter.setCurrentIndex(0)
    board.search.setText("case 2")
    assert board.proxy.rowCount() == 1
    board.search.setText("")
    assert "4</b> open cases" in board.summary.text()
    assert board.reassign(made, agent2.user_id, None, "Alice is on leave")
    qtbot.waitUntil(lambda: board.reassigned is not None, timeout=5000)
    assert board.reassigned == {}
    for case_id in made:
        assert complaints.get(store, case_id).case.assigned_agent == agent2.user_id
    wait_for_ops(5000)
    # an agent cannot hand over cases
    agents_board = ComplaintsBoardWindow(store, agent, "en", with_figures=False)
    qtbot.addWidget(agents_board)
    assert agents_board.reassign(made, agent.user_id, None)
    qtbot.waitUntil(lambda: agents_board.reassigned is not None, timeout=5000)
    assert set(agents_board.reassigned) == set(made)
    assert complaints.get(store, made[0]).case.assigned_agent == agent2.user_id
    # sorted by deadline risk, the breached case comes first
    wait_for_ops(5000)
    qtbot.waitUntil(lambda: not board.loading, timeout=5000)
    board.table.sortByColumn(8, Qt.SortOrder.AscendingOrder)
    assert board.proxy.index(0, 0).data() == "CASE-1"


def test_letters_are_saved_as_pdf_in_the_customers_language(qtbot, seeded, settings, tmp_path):
    store, ids = seeded
    agent = identity(store, "agent1")
    record = complaints.create(
        store,
        ComplaintForm(customer_id=ids["wang"], category="delivery_late", summary="Late", customer_words="晚了"),
        agent,
    )
    from callcenter.gui.complaints.case_window import CaseWindow

    case = CaseWindow(store, agent, record.id, "en")
    qtbot.addWidget(case)
    qtbot.waitUntil(lambda: case.record is not None, timeout=5000)
    assert case.letter_lang() == "zh_CN"  # 王小明 prefers Chinese, whatever the agent's screen shows
    target = tmp_path / "ack.pdf"
    with qtbot.waitSignal(case.letter_saved, timeout=10_000) as saved:
        assert case.export_letter("acknowledgement", str(target))
    assert saved.args == [True]
    assert target.read_bytes().startswith(b"%PDF") and target.stat().st_size > 1000
    assert "Letter saved" in case.message.text()
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    with qtbot.waitSignal(case.letter_saved, timeout=10_000) as saved:
        case.export_letter("resolution", str(blocked / "res.pdf"))
    assert saved.args == [False]
    assert "not saved" in case.message.text()
