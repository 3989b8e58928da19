"""A closed case window is refilled with the next case opened, not built again: it shows
that case alone (title, timeline, steps), follows that case's changes and no longer the
previous one's; an open case keeps its own window; the store's changes reach every window
through one delivery per commit."""

from __future__ import annotations

import threading

from callcenter.core.agents import Identity
from callcenter.core.complaints import ComplaintForm, ComplaintState
from callcenter.core.roles import Role
from callcenter.gui.bridge import changes_of, watch
from callcenter.gui.complaints.complaints_board_window import ComplaintsBoardWindow
from callcenter.gui.ops import wait_for_ops
from callcenter.store import complaints


def agent_of(ids):
    return Identity(ids["agent1"], "agent1", "Alice Agent", Role.AGENT)


def new_case(store, ids, agent, summary):
    form = ComplaintForm(
        customer_id=ids["wang"], category="delivery_late", severity="medium", summary=summary, customer_words="late"
    )
    return complaints.create(store, form, agent)


def settled(qtbot, *windows):
    wait_for_ops(5000)
    for w in windows:
        qtbot.waitUntil(lambda w=w: not w.busy, timeout=15000)


def timeline_text(case):
    t = case.timeline
    return [" ".join(t.item(r, c).text() for c in range(t.columnCount()) if t.item(r, c)) for r in range(t.rowCount())]


def test_a_closed_case_window_shows_the_next_case_and_follows_it_alone(qtbot, seeded):
    store, ids = seeded
    agent = agent_of(ids)
    first = new_case(store, ids, agent, "Parcel one late")
    second = new_case(store, ids, agent, "Parcel two late")
    with complaints.edit(store, first.id, agent) as e:  # the first case has a line the second has not
        e.workflow.acknowledge(e.case, agent.user_id, at=e.now, comment="first case only")
    board = ComplaintsBoardWindow(store, agent, "en", with_figures=False)
    qtbot.addWidget(board)

    one = board.open_case(first.id)
    qtbot.waitUntil(lambda: one.record is not None and one.record.id == first.id, timeout=15000)
    settled(qtbot, one)
    assert "Parcel one late" in one.title.text()
    assert any("first case only" in line for line in timeline_text(one))
    one.close()

    two = board.open_case(second.id)
    assert two is one  # the closed window, refilled
    assert two.isVisible()
    qtbot.waitUntil(lambda: two.record is not None and two.record.id == second.id, timeout=15000)
    settled(qtbot, two)
    assert "Parcel two late" in two.title.text() and first.case_no not in two.windowTitle()
    assert second.case_no in two.windowTitle()
    assert not any("first case only" in line for line in timeline_text(two))
    assert two.step_buttons["acknowledge"].isVisibleTo(two) and two.step_buttons["acknowledge"].isEnabled()
    assert second.id in board.case_windows and first.id not in board.case_windows

    # the window follows the case it shows now: a change to the first case leaves it alone ...
    reads = []
    original = two.reload
    two.reload = lambda: (reads.append(1), original())
    with complaints.edit(store, first.id, agent) as e:
        e.workflow.note(e.case, agent.user_id, "elsewhere", at=e.now)
    settled(qtbot, two)
    assert reads == [] and two.record.id == second.id
    # ... and a change to the second case is painted
    with complaints.edit(store, second.id, agent) as e:
        e.workflow.acknowledge(e.case, agent.user_id, at=e.now, comment="second case now")
    qtbot.waitUntil(lambda: two.record.case.state is ComplaintState.ACKNOWLEDGED, timeout=15000)
    settled(qtbot, two)
    assert any("second case now" in line for line in timeline_text(two))
    two.close()


def test_an_open_case_keeps_its_window_and_another_case_gets_its_own(qtbot, seeded):
    store, ids = seeded
    agent = agent_of(ids)
    first = new_case(store, ids, agent, "Parcel one late")
    second = new_case(store, ids, agent, "Parcel two late")
    board = ComplaintsBoardWindow(store, agent, "en", with_figures=False)
    qtbot.addWidget(board)
    one = board.open_case(first.id)
    qtbot.waitUntil(lambda: one.record is not None, timeout=15000)
    assert board.open_case(first.id) is one  # shown again, not refilled
    two = board.open_case(second.id)
    assert two is not one and one.isVisible() and two.isVisible()
    qtbot.waitUntil(lambda: two.record is not None and two.record.id == second.id, timeout=15000)
    settled(qtbot, one, two)
    assert one.record.id == first.id
    one.close()
    two.close()


def test_a_commit_reaches_each_watch_once_and_only_watches_begun_before_it(qtbot, seeded):
    from PySide6.QtWidgets import QWidget

    store, ids = seeded
    agent = agent_of(ids)
    owner = QWidget()
    qtbot.addWidget(owner)
    heard: dict[str, list] = {"all": [], "complaints": [], "customers": []}
    watch(store, owner, lambda e: heard["all"].append(e))
    watch(store, owner, lambda e: heard["complaints"].append(e), tables=["complaints"])
    watch(store, owner, lambda e: heard["customers"].append(e), tables=["customers"])
    worker = threading.Thread(target=lambda: new_case(store, ids, agent, "Parcel late"))  # as an op commits
    worker.start()
    worker.join()  # one commit published, its delivery waiting for the event loop
    late: list = []
    watch(store, owner, lambda e: late.append(e))  # begun after the commit was published
    qtbot.waitUntil(lambda: len(heard["all"]) == 1, timeout=5000)
    qtbot.wait(50)
    assert len(heard["all"]) == 1 and len(heard["complaints"]) == 1 and heard["customers"] == []
    assert late == []
    # a watch ends with its owner
    gone = QWidget()
    watch(store, gone, lambda e: late.append(e))
    before = len(changes_of(store)._watches)
    gone.deleteLater()
    qtbot.waitUntil(lambda: len(changes_of(store)._watches) == before - 1, timeout=5000)
