"""adminpol: the real sync server (SQLite and PostgreSQL) with SQLite consoles — a supervisor
forces the state of an agent whose console is on another machine; the agent's console applies
it (pytest-qt, a real console window) and records who forced it; the server refuses a force
from an agent, from a supervisor of another team, and policy or calendar writes from anyone
but an admin."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sync_helpers import InProcessServer

from callcenter.core.agents import Identity
from callcenter.core.policies import Calendar, Holiday, RingWrapPolicy
from callcenter.core.roles import Role
from callcenter.ops import admin as admin_ops
from callcenter.ops import admin_policies, forced_state
from callcenter.store.models import AgentStateChange, ForcedStateRequest, User
from callcenter.sync import client as codes
from callcenter.sync.client import SyncError

TEAMS = {"sup": "north", "agent1": "north", "agent2": "south", "sup2": "south"}


@pytest.fixture
def site(server_db_url, tmp_path):
    """A server with an admin, two supervisors and two agents in two teams (set by the admin's
    console and pushed, like any admin edit)."""
    srv = InProcessServer(server_db_url)
    srv.user("admin", "admin")
    for name in ("sup", "sup2"):
        srv.user(name, "supervisor")
    for name in ("agent1", "agent2"):
        srv.user(name, "agent")
    admin = srv.console(tmp_path / "admin.db", "admin")
    admin.sync_round()
    me = who(admin, "admin")
    for name, team in TEAMS.items():
        u = user(admin, name)
        form = admin_ops.UserForm(u.username, u.display_name, u.role, team)
        admin_ops.update_user(admin.store, me, u.id, form)
    assert admin.sync_round().pushed >= len(TEAMS)
    yield srv, admin, tmp_path
    srv.close()


def user(console, username: str) -> User:
    with console.store.session() as s:
        return s.scalars(select(User).where(User.username == username)).one()


def who(console, username: str) -> Identity:
    u = user(console, username)
    return Identity(u.id, u.username, u.display_name, Role(u.role))


def test_supervisor_forces_a_remote_agent_and_the_agents_console_applies_it(site, qtbot, settings):
    from callcenter.core.agent_state import AgentState
    from callcenter.core.calls import ManualCallSource
    from callcenter.core.events import EventBus
    from callcenter.gui.agent.console_window import ConsoleWindow
    from callcenter.gui.bridge import EventBridge
    from callcenter.gui.console_assembly import build_console
    from callcenter.gui.ops import wait_for_ops

    srv, _admin, tmp = site
    sup = srv.console(tmp / "sup.db", "sup")
    agent = srv.console(tmp / "agent.db", "agent1")
    sup.sync_round()
    agent.sync_round()
    boss, me = who(sup, "sup"), who(agent, "agent1")

    # console A: the agent's real console window, on its own store
    bus = EventBus()
    bridge = EventBridge(bus)
    ConsoleWindow.start_sync = False
    try:
        window = build_console(agent.store, me, ManualCallSource(bus), bridge, settings, "en")
    finally:
        ConsoleWindow.start_sync = True
    qtbot.addWidget(window)
    window.confirm_close = False
    window._keep = (bus, bridge)
    c = window.controller
    c.set_available()
    assert window.state_panel.state_label.text() == "Available"

    # console S: the supervisor's op; its push reaches the server
    request_id = forced_state.request_force(sup.store, boss, me.user_id, "not_ready", "meeting").value
    assert sup.sync_round().pushed >= 1

    # console A's next pull brings it: the Changed event (no timer) moves the state panel
    agent.sync_round()
    qtbot.waitUntil(lambda: c.sm.state is AgentState.NOT_READY, timeout=5000)
    assert c.sm.reason == "meeting"
    qtbot.waitUntil(lambda: window.state_panel.state_label.text() == "Not ready", timeout=5000)
    assert window.state_panel.reason_label.text()  # the reason, in words
    wait_for_ops(5000)
    with agent.store.session() as s:
        change = s.scalars(
            select(AgentStateChange).where(AgentStateChange.agent_id == me.user_id, AgentStateChange.by == "supervisor")
        ).one()
        assert (change.to_state, change.to_reason, change.forced_by) == ("not_ready", "meeting", boss.user_id)
        assert s.get(ForcedStateRequest, request_id).status == "applied"

    # the applied request and the forced change go back to the supervisor's board
    agent.sync_round()
    sup.sync_round()
    rows = {a.agent_id: a for a in forced_state.team_agents(sup.store, boss)}
    assert set(rows) == {me.user_id}  # sup's team: agent1 only
    assert rows[me.user_id].request.status == "applied"
    assert (rows[me.user_id].state, rows[me.user_id].reason) == ("not_ready", "meeting")

    # on a call, the next force waits for the end of wrap-up (the agent is not torn off the call)
    c.set_available()
    window.controller.source.ring(me.user_id, "+1 650 253 0000")
    qtbot.waitUntil(lambda: c.call is not None and c.sm.state is AgentState.RINGING, timeout=5000)
    c.answer()
    second = forced_state.request_force(sup.store, boss, me.user_id, "logged_out").value
    sup.sync_round()
    agent.sync_round()
    qtbot.waitUntil(lambda: c.sm.pending is not None, timeout=5000)
    assert c.sm.state is AgentState.ON_CALL
    qtbot.waitUntil(lambda: window.state_panel.pending_label.text() != "", timeout=5000)
    wait_for_ops(5000)
    with agent.store.session() as s:
        assert s.get(ForcedStateRequest, second).status == "after_call"
    c.end()
    c.finish_wrap_up(None, "")
    assert c.sm.state is AgentState.LOGGED_OUT
    wait_for_ops(5000)
    with agent.store.session() as s:
        assert s.get(ForcedStateRequest, second).status == "applied"
        last = s.scalars(
            select(AgentStateChange)
            .where(AgentStateChange.agent_id == me.user_id, AgentStateChange.to_state == "logged_out")
            .order_by(AgentStateChange.ended_at.desc())
        ).first()
        assert last is not None and last.forced_by == boss.user_id
    assert agent.sync_round().pushed >= 1  # the agent's own console may move the request on


def _push_force(console, agent_id: str, requested_by: str) -> SyncError:
    """A forced-state row pushed as it is (the console's own checks left out)."""
    from datetime import UTC, datetime

    with console.store.unit() as u:
        u.session.add(
            ForcedStateRequest(
                agent_id=agent_id,
                requested_by=requested_by,
                state="logged_out",
                reason="",
                status="pending",
                requested_at=datetime.now(UTC),
            )
        )
    with pytest.raises(SyncError) as err:
        console.sync_round()
    return err.value


def test_the_server_refuses_a_force_from_an_agent_or_another_teams_supervisor(site):
    srv, _admin, tmp = site
    agent2 = srv.console(tmp / "a2.db", "agent2")
    agent2.sync_round()
    victim = user(agent2, "agent1").id
    refused = _push_force(agent2, victim, who(agent2, "agent2").user_id)
    assert refused.problem.params["reason"] == codes.FORBIDDEN
    assert refused.problem.params["tables"] == ["forced_state_requests"]

    # a supervisor of the south team may not force a north agent (judged from the server's users)
    sup2 = srv.console(tmp / "s2.db", "sup2")
    sup2.sync_round()
    refused = _push_force(sup2, victim, who(sup2, "sup2").user_id)
    assert refused.problem.params["rules"] == ["team"]
    # ... and the console's own op says so before anything is written
    from callcenter.core.errors import NotPermitted

    with pytest.raises(NotPermitted):
        forced_state.request_force(sup2.store, who(sup2, "sup2"), victim, "available")


def test_only_admins_write_policies_and_calendars(site):
    srv, admin, tmp = site
    me = who(admin, "admin")
    admin_policies.save_policy(admin.store, me, RingWrapPolicy(None, ring_timeout_s=25))
    assert admin.sync_round().pushed >= 1

    sup = srv.console(tmp / "sup.db", "sup")
    sup.sync_round()
    got = admin_policies.read_policies(sup.store).ring_wrap()
    assert [p.ring_timeout_s for p in got] == [25]  # synced to every console
    # a supervisor's console refuses to edit ...
    from callcenter.core.errors import NotPermitted

    with pytest.raises(NotPermitted):
        admin_policies.save_policy(sup.store, who(sup, "sup"), RingWrapPolicy("vip"))
    # ... and a row written past the op is refused by the server
    from callcenter.store.models import HolidayRow

    admin_policies.save_calendar(admin.store, me, Calendar("ny", "NY", "纽约"))
    admin.sync_round()
    sup.sync_round()
    cal_id = admin_policies.read_policies(sup.store).calendars[0].id
    with sup.store.unit() as u:
        u.session.add(HolidayRow(calendar_id=cal_id, day="2026-12-25", name_en="Christmas", name_zh="圣诞节"))
    with pytest.raises(SyncError) as err:
        sup.sync_round()
    assert err.value.problem.params["tables"] == ["holidays"]
    # the admin's own holiday goes through
    admin_policies.save_holiday(admin.store, me, Holiday("ny", date(2026, 12, 25), "Christmas", "圣诞节"))
    assert admin.sync_round().pushed >= 1
