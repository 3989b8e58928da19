"""adminpol ops on a real SQLite file: `init create` and demo data seed today's constants as the
site policy; calendars, holidays and policies are validated, audited and admin-only."""

from __future__ import annotations

from datetime import date, time

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from callcenter.core.agents import Identity
from callcenter.core.errors import Invalid, NotPermitted
from callcenter.core.policies import DEFAULT_POLICY, Calendar, Holiday, RingWrapPolicy
from callcenter.core.roles import Role
from callcenter.core.site import SiteSettings
from callcenter.ops import admin_policies, forced_state
from callcenter.ops import site as site_ops
from callcenter.store.models import AuditLog

FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


def test_a_new_site_gets_todays_constants_as_its_policy(store):
    site_ops.create_site(
        store,
        SiteSettings("Acme", time_zone="Asia/Shanghai"),
        site_ops.AdminAccount("root", "root-pass-1"),
        hasher=FAST,
    )
    got = admin_policies.read_policies(store)
    assert got.ring_wrap() == [DEFAULT_POLICY]
    assert [c.calendar.code for c in got.calendars] == ["standard"]
    assert got.calendars[0].calendar.time_zone == "Asia/Shanghai"
    assert got.queue_calendars == {}  # no queue closes until an admin gives it a calendar


def test_calendars_holidays_policies_validated_and_audited(seeded):
    store, ids = seeded
    admin = Identity(ids["super1"], "super1", "Sue", Role.ADMIN)
    with pytest.raises(Invalid) as err:
        admin_policies.save_calendar(store, admin, Calendar("Bad Code", "", "x", "Nowhere/Else", {}))
    assert err.value.params["fields"] == {
        "time_zone": "unknown_time_zone",
        "hours": "no_hours",
        "code": "bad_code",
        "name_en": "required",
    }
    cal_id = admin_policies.save_calendar(
        store, admin, Calendar("office", "Office", "办公", "Europe/London", {0: (time(9), time(17))})
    ).value
    admin_policies.save_holiday(store, admin, Holiday("office", date(2026, 12, 25), "Christmas", "圣诞节"))
    with pytest.raises(Invalid) as err:
        admin_policies.save_holiday(store, admin, Holiday("office", date(2026, 12, 25), "Again", "再次"))
    assert err.value.params["fields"] == {"day": "taken"}
    with pytest.raises(Invalid):
        admin_policies.save_policy(store, admin, RingWrapPolicy("nosuchqueue"))
    admin_policies.save_policy(store, admin, RingWrapPolicy("billing", ring_timeout_s=9))
    from callcenter.ops import admin as admin_ops

    queue = next(q for q in admin_ops.reference(store).queues if q.form.code == "billing")
    from dataclasses import replace

    admin_ops.save_queue(store, admin, replace(queue.form, calendar="office"), queue.id)
    got = admin_policies.read_policies(store)
    assert got.calendar_of("billing")[0].code == "office" and got.calendar_of("general") is None
    assert [h.holiday.name_en for h in got.holidays] == ["Christmas"]
    admin_policies.delete_holiday(store, admin, got.holidays[0].id)
    assert admin_policies.read_policies(store).holidays == []
    with store.session() as s:
        kinds = [(a.action, a.entity) for a in s.scalars(select(AuditLog).order_by(AuditLog.created_at))]
    assert ("create", "calendar") in kinds and ("delete", "holiday") in kinds and ("update", "queue") in kinds
    assert cal_id


def test_only_admins_edit_and_agents_do_not_read(seeded):
    store, ids = seeded
    sup = Identity(ids["super1"], "super1", "Sue", Role.SUPERVISOR)
    agent = Identity(ids["agent1"], "agent1", "Alice", Role.AGENT)
    for fn, arg in (
        (admin_policies.save_policy, RingWrapPolicy()),
        (admin_policies.save_calendar, Calendar("x", "x", "x")),
        (admin_policies.save_holiday, Holiday("x", date(2026, 1, 1), "x", "x")),
    ):
        with pytest.raises(NotPermitted):
            fn(store, sup, arg)
    assert admin_policies.list_policies(store, sup).policies == []
    with pytest.raises(NotPermitted):
        admin_policies.list_policies(store, agent)
    # an agent may not force anyone, nor apply someone else's forced state
    with pytest.raises(NotPermitted):
        forced_state.request_force(store, agent, ids["agent2"], "available")
    request_id = forced_state.request_force(store, sup, ids["agent1"], "available").value
    with pytest.raises(NotPermitted):
        forced_state.mark_request(store, Identity(ids["agent2"], "agent2", "Bob", Role.AGENT), request_id, "applied")
    # a newer ask replaces one the agent's console has not seen
    forced_state.request_force(store, sup, ids["agent1"], "not_ready", "lunch")
    open_ones = forced_state.pending_for(store, agent)
    assert [(r.state, r.reason, r.requested_by_name) for r in open_ones] == [("not_ready", "lunch", "Sue Supervisor")]
