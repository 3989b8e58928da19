"""adminpol with real widgets: the administration pages for calendars, holidays and ring and
wrap-up policies (admins edit, supervisors read; refusals in words); the console follows the
policy; the board shows a queue Closed by its calendar; the team panel forces a state."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QDate
from sqlalchemy import select

from callcenter.core.agents import Identity
from callcenter.core.policies import Calendar, Holiday, RingWrapPolicy
from callcenter.core.roles import Role
from callcenter.gui.ops import wait_for_ops
from callcenter.ops import admin_policies
from callcenter.store.models import AuditLog, ForcedStateRequest, User


def person(store, username: str, role: Role | None = None) -> Identity:
    with store.session() as s:
        u = s.scalars(select(User).where(User.username == username)).one()
        return Identity(u.id, u.username, u.display_name, role or Role(u.role))


ADMIN = Role.ADMIN


def test_admin_edits_policies_calendars_and_holidays_in_words(qtbot, seeded):
    from callcenter.gui.admin.admin_window import AdminWindow

    store, _ = seeded
    admin = person(store, "super1", ADMIN)  # the seed has no admin: the same account, as one
    w = AdminWindow(store, admin, "en")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.loaded > 0, timeout=5000)

    # a site-default policy with no extension
    tab = w.policies
    tab.start_new()
    tab.spins["ring_timeout_s"].setValue(12)
    tab.extension_allowed.setChecked(False)
    tab.save()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=5000)
    assert tab.table.item(0, 0).text() == "Site default" and tab.table.item(0, 1).text() == "12 s"
    # a second site default is refused, in words, and the form keeps its values
    tab.start_new()
    tab.spins["ring_timeout_s"].setValue(30)
    tab.save()
    qtbot.waitUntil(lambda: tab.message.text() != "", timeout=5000)
    assert tab.message.text() == "Please correct: Applies to: already used"
    assert tab.spins["ring_timeout_s"].value() == 30

    # a calendar whose day closes before it opens is refused; then a good one
    cal = w.calendars
    cal.start_new()
    cal.code.setText("office")
    cal.name_en.setText("Office")
    cal.name_zh.setText("办公")
    cal.time_zone.setText("America/New_York")
    box, opens, closes = cal.days[0]
    opens.setTime(opens.time().fromString("18:00", "HH:mm"))
    closes.setTime(closes.time().fromString("09:00", "HH:mm"))
    cal.save()
    qtbot.waitUntil(lambda: "Opening hours" in cal.message.text(), timeout=5000)
    assert cal.message.text() == "Please correct: Opening hours: each day must open before it closes"
    opens.setTime(opens.time().fromString("09:00", "HH:mm"))
    closes.setTime(closes.time().fromString("17:00", "HH:mm"))
    cal.save()
    qtbot.waitUntil(lambda: cal.table.rowCount() == 1, timeout=5000)
    assert cal.table.item(0, 3).text().startswith("Mon 09:00-17:00")

    # a holiday on it, and the Billing queue on the calendar
    hol = w.holidays
    qtbot.waitUntil(lambda: hol.calendar_box.count() == 1, timeout=5000)
    hol.start_new()
    hol.day.setDate(QDate(2026, 12, 25))
    hol.name_en.setText("Christmas")
    hol.name_zh.setText("圣诞节")
    hol.save()
    qtbot.waitUntil(lambda: hol.table.rowCount() == 1, timeout=5000)
    assert hol.table.item(0, 0).text() == "2026-12-25"
    wait_for_ops(5000)
    with store.session() as s:
        audited = {(a.action, a.entity) for a in s.scalars(select(AuditLog).where(AuditLog.user_id == admin.user_id))}
    assert {("create", "policy"), ("create", "calendar"), ("create", "holiday")} <= audited
    got = admin_policies.read_policies(store)
    assert got.ring_wrap()[0].ring_timeout_s == 12 and not got.ring_wrap()[0].extension_allowed


def test_supervisors_see_the_pages_read_only_and_the_op_refuses_in_words(qtbot, seeded):
    from callcenter.gui.admin.admin_window import AdminWindow
    from callcenter.gui.admin.admin_words import explain

    store, _ = seeded
    admin_policies.save_policy(store, None, RingWrapPolicy(ring_timeout_s=25))
    sup = person(store, "super1")
    w = AdminWindow(store, sup, "en")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.policies.table.rowCount() == 1, timeout=5000)
    titles = [w.tabs.tabText(i) for i in range(w.tabs.count())]
    assert {"Business calendars", "Holidays", "Ring and wrap-up"} <= set(titles)
    assert not w.policies.save_button.isEnabled() and not w.holidays.delete_button.isEnabled()
    try:
        admin_policies.save_policy(store, sup, RingWrapPolicy("general"))
    except Exception as exc:
        assert explain(exc) == "Not allowed: a supervisor may not change ring and wrap-up policies."
    else:
        raise AssertionError("a supervisor saved a policy")


def test_the_console_follows_the_queue_policy(qtbot, seeded, settings):
    from test_gui_console import make_console

    store, _ = seeded
    admin_policies.save_policy(store, None, RingWrapPolicy(ring_timeout_s=25, extension_allowed=False))
    admin_policies.save_policy(store, None, RingWrapPolicy("billing", ring_timeout_s=8, wrap_up_limit_s=40))
    window, source, _clock = make_console(qtbot, store, settings)
    c = window.controller
    qtbot.waitUntil(lambda: c.policies_loaded > 0, timeout=5000)
    assert c.sm.config.ring_timeout_s == 25  # the site default (not the personal 20 s)
    c.set_available()
    source.ring(window.identity.user_id, "+1 650 253 0000", queue_code="billing")
    qtbot.waitUntil(lambda: c.call is not None, timeout=5000)
    assert c.ring_timer.interval() == 8000  # the Billing queue's own policy
    c.answer()
    c.end()
    assert c.wrap_remaining() == 40
    assert window.wrap_panel.ui.extendButton.isEnabled()  # Billing allows the extension
    c.finish_wrap_up(None, "")
    source.ring(window.identity.user_id, "+1 650 253 0000", queue_code="general")
    qtbot.waitUntil(lambda: c.call is not None, timeout=5000)
    c.answer()
    c.end()
    window.refresh()
    assert not window.wrap_panel.ui.extendButton.isEnabled()  # the site default allows none
    wait_for_ops(5000)


def test_the_board_shows_a_queue_closed_by_its_calendar(qtbot):
    from test_sim_live import Wall, one_queue

    from callcenter.core.events import EventBus
    from callcenter.gui.supervisor.board_window import BoardWindow
    from callcenter.sim.live import LiveCenter

    center = LiveCenter(one_queue(1), speed=1, bus=EventBus(), wall=Wall())
    board = BoardWindow(center)
    board.timer.stop()
    qtbot.addWidget(board)
    today = datetime.now(UTC).date()
    never = Calendar("c", "c", "c", "UTC", {d: (time(0), time(0, 1)) for d in range(7)})
    closed_today = Holiday("c", today, "x", "x")
    board.set_calendars({"general": (never, [closed_today])})
    col = board.queue_model.headers.index("Hours")
    assert board.queue_model.data(board.queue_model.index(0, col)) == "Closed"
    always = Calendar("c", "c", "c", "UTC", {d: (time(0), time(23, 59, 59)) for d in range(7)})
    board.set_calendars({"general": (always, [Holiday("c", date(2000, 1, 1), "x", "x")])})
    text = board.queue_model.data(board.queue_model.index(0, col))
    assert text in ("Open", "Closed")  # 23:59:59 to midnight is the only closed second
    board.set_calendars({})
    assert board.queue_model.data(board.queue_model.index(0, col)) == ""


def test_the_team_panel_forces_an_agent_and_shows_it_pending(qtbot, seeded):
    from callcenter.gui.supervisor.team_panel import TeamPanel

    store, ids = seeded
    sup = person(store, "super1")
    panel = TeamPanel(store, sup, "en")
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.loaded > 0, timeout=5000)
    names = [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())]
    assert names == ["Alice Agent", "Bob Agent"]
    assert panel.table.item(0, 1).text() == "not seen yet"
    panel.select_agent(ids["agent1"])
    panel.reason.setCurrentIndex(panel.reason.findData("lunch"))
    panel.not_ready_button.click()
    qtbot.waitUntil(lambda: panel.table.item(0, 3).text() == "Not ready: waiting for their console", timeout=5000)
    assert "Alice Agent" in panel.message.text()
    with store.session() as s:
        row = s.scalars(select(ForcedStateRequest)).one()
        assert (row.agent_id, row.state, row.reason, row.requested_by) == (
            ids["agent1"],
            "not_ready",
            "lunch",
            sup.user_id,
        )
    # an agent's console applying it (here: the op it runs) shows as applied, by the Changed event
    from callcenter.ops import forced_state

    forced_state.mark_request(store, person(store, "agent1"), row.id, "applied")
    qtbot.waitUntil(lambda: panel.table.item(0, 3).text() == "Not ready: applied", timeout=5000)
