"""Retention calls assigned by a supervisor: on the customer's pop, in the assigned agent's
worklist in the console, placed like a callback and marked done (op and pytest-qt)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from test_gui_console import make_console, settle, shown

from callcenter.core.errors import IllegalStep, NotPermitted
from callcenter.ops import analytics as analytics_ops
from callcenter.ops import retention as ops
from callcenter.store import repo
from callcenter.store.db import allow_store_access


def _people(store):
    with allow_store_access("test: who is who"):
        agents = {a.username: a for a in repo.agents(store)}
    return agents["super1"], agents["agent1"], agents["agent2"]


def test_assigned_call_is_in_the_agents_list_and_done_closes_it(seeded):
    store, ids = seeded
    sup, me, other = _people(store)
    due = datetime.now(UTC) - timedelta(minutes=5)
    rid = analytics_ops.assign_retention_call(store, sup, ids["wang"], me.user_id, due_at=due, note="offer 10 %").value
    analytics_ops.assign_retention_call(store, sup, ids["wang"], other.user_id)
    with allow_store_access("test"):
        mine = ops.my_retention_calls(store, me)
        assert [t.retention_id for t in mine] == [rid]
        assert mine[0].assigned_by == sup.display_name and mine[0].note == "offer 10 %"
        assert mine[0].phone.startswith("+")
        with pytest.raises(NotPermitted):
            ops.complete_retention_call(store, other, rid, "kept")
        later = datetime.now(UTC)
        done = ops.complete_retention_call(store, me, rid, "no_answer", now=later)
        assert done.value == "scheduled"
        again = ops.my_retention_calls(store, me)
        assert again[0].due_at == later + ops.RETRY_AFTER
        assert ops.complete_retention_call(store, me, rid, "kept", note="stays").value == "done"
        assert ops.my_retention_calls(store, me) == []
        with pytest.raises(IllegalStep):
            ops.complete_retention_call(store, me, rid, "lost")
        with store.engine.connect() as conn:
            n = conn.exec_driver_sql(
                "SELECT count(*) FROM audit_log WHERE action = 'complete_retention_call' AND entity_id = ?",
                (ids["wang"],),
            ).scalar()
        assert n == 2


def test_console_lists_places_and_marks_done_and_the_pop_shows_it(qtbot, seeded, settings):
    store, ids = seeded
    sup, me, _other = _people(store)
    window, _source, _clock = make_console(qtbot, store, settings)
    part = window.retention
    assert part.tasks == []
    due = datetime.now(UTC) - timedelta(minutes=1)
    with allow_store_access("test: the supervisor assigns from another console"):
        analytics_ops.assign_retention_call(store, sup, ids["wang"], me.user_id, due_at=due)
    qtbot.waitUntil(lambda: len(part.tasks) == 1, timeout=5000)  # followed by the change, no polling
    assert "1 due" in part.label.text()
    listing = part.open_list()
    assert listing.table.rowCount() == 1
    assert "due now" in listing.table.item(0, 0).text()

    window.controller.set_available()
    call = part.place(listing.task())
    assert call is not None and call.direction == "outbound"
    qtbot.waitUntil(lambda: window.controller.call is not None, timeout=5000)
    view = shown(qtbot, window, ids["wang"])
    assert view.retention_due_at is not None and view.retention_owner == me.display_name
    chips = [
        page.warnings.itemAt(i).widget().text()
        for page in [window.pop_panel.customer_page]
        for i in range(page.warnings.count())
        if page.warnings.itemAt(i).widget() is not None
    ]
    assert any("Retention call due" in t for t in chips)
    window.controller.answer()
    window.controller.end()
    window.controller.finish_wrap_up(None, "")
    settle(qtbot, window)

    listing.table.setCurrentCell(0, 0)
    listing.kept_button.click()
    qtbot.waitUntil(lambda: part.tasks == [], timeout=5000)
    assert listing.table.rowCount() == 0
    assert "marked done" in listing.message.text()
    qtbot.waitUntil(lambda: window.pop_panel.current.view.retention_due_at is None, timeout=5000)
    window.close()
