"""Complaint windows follow the store's changes with no timer: two windows on one store
(a case window and the complaints board) update each other, a sync pull updates an open
case window, and a refused step reads as a sentence in the user's language."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QTranslator

from callcenter.core.agents import Identity
from callcenter.core.complaints import ComplaintForm, ComplaintState, RecoveryStatus
from callcenter.core.money import Money
from callcenter.core.roles import Role
from callcenter.gui.complaints.case_window import CaseWindow
from callcenter.gui.complaints.complaints_board_window import ComplaintsBoardWindow
from callcenter.gui.ops import wait_for_ops
from callcenter.store import complaints

CJK = re.compile(r"[\u4e00-\u9fff]")


def people(ids):
    return (
        Identity(ids["agent1"], "agent1", "Alice Agent", Role.AGENT),
        Identity(ids["agent2"], "agent2", "Bob Agent", Role.AGENT),
        Identity(ids["super1"], "super1", "Sue Supervisor", Role.SUPERVISOR),
    )


def new_case(store, ids, agent, **over):
    base = dict(
        customer_id=ids["wang"], category="delivery_late", severity="medium", summary="Late", customer_words="late"
    )
    base.update(over)
    return complaints.create(store, ComplaintForm(**base), agent)


def no_polling(*windows):
    """No window keeps a store poll, and every timer they own is stopped: whatever
    changes on screen from here on was told by a change event."""
    for window in windows:
        assert not hasattr(window, "refresh_timer")
        for timer in window.findChildren(QTimer):
            assert timer.interval() != 30_000
            timer.stop()


def settled(qtbot, *windows):
    wait_for_ops(5000)
    for w in windows:
        qtbot.waitUntil(lambda w=w: not (w.busy if hasattr(w, "busy") else w.loading), timeout=15000)


def test_a_case_window_and_the_board_update_each_other_with_no_timer(qtbot, seeded):
    store, ids = seeded
    agent, agent2, sup = people(ids)
    record = new_case(store, ids, agent)
    board = ComplaintsBoardWindow(store, sup, "en", with_figures=False)
    qtbot.addWidget(board)
    case = CaseWindow(store, agent, record.id, "en")
    qtbot.addWidget(case)
    qtbot.waitUntil(lambda: case.record is not None and any(r.id == record.id for r in board.model.rows), timeout=15000)
    settled(qtbot, board, case)
    no_polling(board, case)

    def row():
        return next(r for r in board.model.rows if r.id == record.id)

    # a step in the case window reaches the board's row
    assert row().state == "received"
    assert case.step("acknowledge")
    qtbot.waitUntil(lambda: row().state == "acknowledged", timeout=15000)
    qtbot.waitUntil(lambda: case.record.case.state is ComplaintState.ACKNOWLEDGED, timeout=15000)

    # an offer over the agent's limit reaches the board's approval queue ...
    case.ask.recovery = lambda: ("refund", 8_000, "two hours late")
    assert case.recovery("propose")
    qtbot.waitUntil(lambda: board.approvals.rowCount() == 1, timeout=15000)
    # ... and the supervisor's approval there reaches the open case window
    board.approvals.selectRow(0)
    assert board.decide(True)
    qtbot.waitUntil(
        lambda: bool(case.record.plan.actions) and case.record.plan.actions[0].status is RecoveryStatus.APPROVED,
        timeout=15000,
    )
    qtbot.waitUntil(lambda: board.approvals.rowCount() == 0, timeout=15000)

    # a handover from the board reaches the open case window
    assert board.reassign([record.id], agent2.user_id, None, "Alice is on leave")
    qtbot.waitUntil(lambda: case.record.case.assigned_agent == agent2.user_id, timeout=15000)
    assert "Bob Agent" in case.facts.text()
    assert case.timeline.item(case.timeline.rowCount() - 1, 2).text() in ("Assigned", "Recovery approved")
    qtbot.waitUntil(lambda: row().owner_name == "Bob Agent", timeout=15000)


def test_a_step_of_its_own_is_painted_once_from_the_ops_answer(qtbot, seeded):
    """The case window paints the view its op returns; hearing its own change does not
    make it read the case again."""
    store, ids = seeded
    agent, _, _ = people(ids)
    record = new_case(store, ids, agent)
    case = CaseWindow(store, agent, record.id, "en")
    qtbot.addWidget(case)
    qtbot.waitUntil(lambda: case.record is not None, timeout=15000)
    settled(qtbot, case)
    reads = []
    original = case.reload
    case.reload = lambda: (reads.append(1), original())
    assert case.step("acknowledge")
    settled(qtbot, case)
    assert case.record.case.state is ComplaintState.ACKNOWLEDGED and reads == []


def test_a_sync_pull_updates_an_open_case_window(qtbot, seeded, tmp_path):
    from callcenter.store import replica
    from callcenter.store.db import Store

    here, ids = seeded  # the console on screen
    agent, _, sup = people(ids)
    record = new_case(here, ids, agent)
    there = Store(tmp_path / "other-console.db")  # another console with the same data
    try:
        first = replica.collect_pending(here, 100_000)
        replica.apply_remote(there, first.changes)
        replica.mark_pushed(here, first.last_seq)
        case = CaseWindow(here, agent, record.id, "en")
        qtbot.addWidget(case)
        qtbot.waitUntil(lambda: case.record is not None, timeout=15000)
        settled(qtbot, case)
        no_polling(case)

        # the supervisor works the case on the other console; the pull brings it here
        with complaints.edit(there, record.id, sup) as e:
            e.workflow.acknowledge(e.case, sup.user_id, at=e.now, comment="on it")
            e.workflow.escalate(e.case, sup.user_id, at=e.now, comment="VIP")
        pulled = replica.collect_pending(there, 100_000)
        applied = replica.apply_remote(here, pulled.changes)
        assert applied.applied > 0
        qtbot.waitUntil(lambda: case.record.case.state is ComplaintState.ACKNOWLEDGED, timeout=15000)
        qtbot.waitUntil(lambda: case.record.case.escalation_level == 1, timeout=15000)
        assert "Escalated" in case.facts.text()
    finally:
        there.close()


class _JsonTranslator(QTranslator):
    """The translations written for the lead to put into the .ts (tools/translations/*.json),
    ahead of the shipped .qm: the sentences read as they will once merged."""

    def __init__(self, table: dict):
        super().__init__()
        self.table = table

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.table.get(context, {}).get(source)

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def chinese(qapp):
    from callcenter.gui import i18n

    i18n.install("zh_CN")
    table: dict = {}
    for path in sorted((Path(__file__).parents[1] / "tools" / "translations").glob("*.json")):
        for context, words in json.loads(path.read_text(encoding="utf-8")).items():
            table.setdefault(context, {}).update(words)
    extra = _JsonTranslator(table)
    qapp.installTranslator(extra)
    yield
    qapp.removeTranslator(extra)
    i18n.install("en")


def test_a_refused_step_reads_in_chinese_without_exception_text(qtbot, seeded, chinese):
    store, ids = seeded
    agent, _, sup = people(ids)
    record = new_case(store, ids, agent)
    case = CaseWindow(store, agent, record.id, "zh_CN")
    qtbot.addWidget(case)
    qtbot.waitUntil(lambda: case.record is not None, timeout=15000)
    settled(qtbot, case)

    # closing a case that was only just received (asked for directly: the button is hidden)
    case.ask.close_case = lambda causes, rejected: (causes[0][0], "")
    assert case.step("close")
    qtbot.waitUntil(lambda: case.last_problem is not None, timeout=15000)
    said = case.message.text()
    assert CJK.search(said) and str(case.last_problem) not in said
    assert not re.search(r"cannot|Not done|Not possible|close the complaint", said), said
    assert complaints.get(store, record.id).case.state is ComplaintState.RECEIVED  # nothing changed

    # an agent deciding on an approval (the button is disabled for agents)
    with complaints.edit(store, record.id, agent) as e:
        e.plan.propose("refund", Money(8_000, "CNY"), "late", agent.user_id, e.policy_role, at=e.now)
    qtbot.waitUntil(lambda: len(case.record.plan.actions) == 1, timeout=15000)
    settled(qtbot, case)
    case.actions.selectRow(0)
    assert not case.recovery_buttons["approve"].isEnabled()
    assert case.recovery("approve")
    qtbot.waitUntil(lambda: case.message.text() != said, timeout=15000)
    said = case.message.text()
    assert CJK.search(said) and str(case.last_problem) not in said
    assert not re.search(r"[A-Za-z]{3,}", said), said  # no English left at all


def test_the_chinese_sentences_of_both_refusals(qtbot, seeded, chinese):
    """What the zh_CN case window says above, word for word (so a missing translation shows)."""
    from callcenter.core.complaints import IllegalComplaintTransition
    from callcenter.core.errors import NotPermitted
    from callcenter.gui.problems import describe

    assert describe(IllegalComplaintTransition("close", "received")) == "现在无法操作：处于“已接收”状态时不能结案。"
    assert describe(NotPermitted("decide_recovery", "agent")) == "不允许：坐席无权批准或拒绝补救措施。"


def test_my_cases_and_time_passing_on_the_board(qtbot, seeded):
    """The agent's own board shows their cases; as time passes the deadline states are
    worked out again from the rows in memory (the guard fails the test on any store read)."""
    from datetime import UTC, datetime, timedelta

    store, ids = seeded
    agent, agent2, _ = people(ids)
    mine = new_case(store, ids, agent, severity="high")
    new_case(store, ids, agent2, summary="Bob's")
    board = ComplaintsBoardWindow(store, agent, "en", with_figures=False, owner=agent.user_id)
    qtbot.addWidget(board)
    qtbot.waitUntil(lambda: len(board.model.rows) >= 3, timeout=15000)
    settled(qtbot, board)
    assert board.owner_filter.currentData() == agent.user_id
    assert board.proxy.rowCount() == 1 and board.proxy.index(0, 0).data() == mine.case_no
    no_polling(board)
    [row] = [r for r in board.model.rows if r.id == mine.id]
    assert row.deadline == "on_track"
    board.model.set_now(datetime.now(UTC) + timedelta(days=30), board.workflow)
    assert next(r for r in board.model.rows if r.id == mine.id).deadline == "breached"
