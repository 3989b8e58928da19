"""The agent console's use cases (callcenter.ops.auth/customers/calls), Qt-free, on a real store."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select

from callcenter.core.calls import Call
from callcenter.core.customers import CustomerForm
from callcenter.core.errors import Invalid, NotFound
from callcenter.core.screenpop import PopStatus
from callcenter.ops import auth, calls, customers
from callcenter.store import repo
from callcenter.store.models import AuditLog, Customer, Interaction


def who(store, username):
    return next(a for a in repo.agents(store) if a.username == username)


def audit_rows(store):
    with store.session() as s:
        return [(a.action, a.entity_id, a.detail) for a in s.scalars(select(AuditLog).order_by(AuditLog.hlc))]


# -- sign in and reference data ------------------------------------------------------------
def test_sign_in_returns_the_identity_and_audits_the_login(seeded):
    store, ids = seeded
    done = auth.sign_in(store, " agent1 ", "agent1")
    assert done.value.user_id == ids["agent1"] and not done.value.sees_sensitive
    assert done.changes.touches("audit_log") and done.changes.related("user_id") == {ids["agent1"]}
    assert audit_rows(store) == [("login", ids["agent1"], "")]


@pytest.mark.parametrize(
    ("username", "password", "fields"),
    [
        ("agent1", "wrong", {"password": "no_match"}),
        ("nobody", "agent1", {"password": "no_match"}),
        ("", "x", {"username": "required"}),
        ("agent1", "", {"password": "required"}),
    ],
)
def test_a_refused_sign_in_is_invalid_with_a_reason_code_and_audits_nothing(seeded, username, password, fields):
    store, _ = seeded
    with pytest.raises(Invalid) as info:
        auth.sign_in(store, username, password)
    assert info.value.params["fields"] == fields
    assert audit_rows(store) == []


def test_console_bootstrap_is_one_read_of_the_reference_data(seeded):
    store, ids = seeded
    boot = auth.console_bootstrap(store)
    assert {c.code for c in boot.reason_codes} >= {"break", "lunch", "missed_call"}
    assert ids["sales.new"] in {c.id for c in boot.disposition_codes}
    assert [q.code for q in boot.queues] == ["general", "billing"]
    assert boot.is_demo
    assert boot.disposition_code(ids["sales.new"]) == "sales.new" and boot.disposition_code(None) == ""
    assert [a.username for a in auth.list_agents(store, role="agent")] == ["agent1", "agent2"]


# -- customers -----------------------------------------------------------------------------
def test_save_customer_creates_then_updates_with_changes_and_audit(seeded):
    store, _ = seeded
    actor = who(store, "agent1")
    done = customers.save_customer(store, actor, CustomerForm(given_name="Grace", phone="+1 415 555 2671"))
    view = done.value
    assert view.display_name == "Grace" and [p.e164 for p in view.phones] == ["+14155552671"]
    assert done.changes.ids("customers") == {view.customer_id}
    assert done.changes.touches_record("customer_id", view.customer_id) and done.changes.touches("phones")
    edited = customers.save_customer(
        store, actor, CustomerForm(given_name="Grace", family_name="Hopper"), view.customer_id
    )
    assert edited.value.display_name == "Grace Hopper" and edited.value.phones == []
    assert edited.changes.touches_record("customer_id", view.customer_id)
    assert [(a, e) for a, e, _ in audit_rows(store)] == [("create", view.customer_id), ("update", view.customer_id)]
    assert customers.customer_form(store, view.customer_id).family_name == "Hopper"


def test_save_customer_refuses_bad_fields_with_codes_and_writes_nothing(seeded):
    store, _ = seeded
    with store.session() as s:
        before = len(s.scalars(select(Customer)).all())
    with pytest.raises(Invalid) as info:
        customers.save_customer(store, who(store, "agent1"), CustomerForm(given_name="X", phone="12345", email="x@"))
    assert info.value.params["fields"] == {"phone": "phone_wrong_length", "email": "email_invalid"}
    with store.session() as s:
        assert len(s.scalars(select(Customer)).all()) == before
    assert audit_rows(store) == []


def test_a_removed_customer_is_not_found(seeded):
    store, _ = seeded
    actor = who(store, "agent1")
    with pytest.raises(NotFound):
        customers.save_customer(store, actor, CustomerForm(given_name="Y"), "no-such-customer")
    with pytest.raises(NotFound):
        customers.open_customer(store, actor, "no-such-customer")
    with pytest.raises(NotFound):
        customers.customer_form(store, "no-such-customer")
    with pytest.raises(NotFound):
        customers.customer_view(store, actor, "no-such-customer")
    assert audit_rows(store) == []


def test_opening_a_record_audits_the_view_in_the_same_op(seeded):
    store, ids = seeded
    agent, sup = who(store, "agent1"), who(store, "super1")
    done = customers.open_customer(store, agent, ids["wang"], "search")
    assert done.value.display_name == "王小明" and "4111" not in done.value.card_number
    assert done.changes.touches("audit_log")
    assert customers.open_customer(store, sup, ids["wang"], "chooser").value.card_number == "4111111111111111"
    assert audit_rows(store) == [
        ("view", ids["wang"], "search"),
        ("view", ids["wang"], "chooser; sensitive shown"),
    ]
    customers.customer_view(store, agent, ids["wang"])  # a repaint of the record on screen: not a new view
    assert len(audit_rows(store)) == 2


def test_search_customers(seeded):
    store, ids = seeded
    assert [h.customer_id for h in customers.search_customers(store, "王")] == [ids["wang"]]
    assert customers.search_customers(store, "") == []


# -- calls ---------------------------------------------------------------------------------
def test_offer_call_records_pops_audits_and_links_the_customer(seeded):
    store, ids = seeded
    actor = who(store, "agent1")
    call = Call(call_id="c1", ani="+86 138 0013 8000", queue_code="general")
    done = calls.offer_call(store, actor, call, "US")
    offered = done.value
    assert offered.pop.status is PopStatus.MATCHED and offered.pop.view.customer_id == ids["wang"]
    with store.session() as s:
        row = s.get(Interaction, offered.interaction_id)
        assert (row.outcome, row.customer_id, row.agent_id) == ("ringing", ids["wang"], ids["agent1"])
    assert done.changes.touches_record("customer_id", ids["wang"]) and done.changes.touches("audit_log")
    assert audit_rows(store) == [("view", ids["wang"], "screen pop")]

    call.interaction_id, call.customer_id, call.outcome = offered.interaction_id, ids["wang"], "completed"
    assert calls.save_call(store, call).changes.ids("interactions") == {offered.interaction_id}
    wrapped = calls.wrap_up(store, actor, offered.interaction_id, ids["sales.new"], "all good")
    assert wrapped.changes.touches_record("customer_id", ids["wang"])
    with store.session() as s:
        row = s.get(Interaction, offered.interaction_id)
        assert (row.outcome, row.disposition_id, row.notes) == ("completed", ids["sales.new"], "all good")
        assert row.wrap_ended_at is not None


@pytest.mark.parametrize(
    ("ani", "status"),
    [("anonymous", PopStatus.WITHHELD), ("12345", PopStatus.INVALID), ("650-253-0000", PopStatus.MULTIPLE)],
)
def test_a_caller_without_one_record_is_recorded_and_no_view_is_audited(seeded, ani, status):
    store, _ = seeded
    done = calls.offer_call(store, who(store, "agent1"), Call(call_id="c", ani=ani), "US")
    assert done.value.pop.status is status
    assert audit_rows(store) == []
    with store.session() as s:
        assert s.get(Interaction, done.value.interaction_id).customer_id is None


def test_a_callback_pops_its_customer_and_falls_back_to_the_number_when_gone(seeded):
    store, ids = seeded
    actor = who(store, "agent1")
    callback = Call(call_id="cb", ani="(650) 253-0000", direction="outbound", customer_id=ids["ann"])
    assert calls.offer_call(store, actor, callback, "US").value.pop.view.customer_id == ids["ann"]
    gone = Call(call_id="cb2", ani="+86 138 0013 8000", direction="outbound", customer_id="removed")
    pop = calls.screen_pop(store, actor, gone.ani, "US", customer_id=gone.customer_id).value
    assert pop.status is PopStatus.MATCHED and pop.view.customer_id == ids["wang"]


def test_save_call_before_the_offer_is_recorded_writes_nothing(seeded):
    store, _ = seeded
    assert not calls.save_call(store, Call(call_id="x", ani="1")).changes
    with pytest.raises(NotFound):
        calls.wrap_up(store, who(store, "agent1"), "no-such-interaction", None, "")


def test_sample_caller_gives_numbers_a_switch_would_send(seeded):
    store, _ = seeded
    rng = random.Random(4)
    assert calls.sample_caller(store, rng, "US", kind="withheld") in ("anonymous", "withheld", "")
    assert calls.sample_caller(store, rng, "US", kind="known")
