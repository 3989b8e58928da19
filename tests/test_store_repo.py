"""Repositories, tombstones, audit, interactions and the screen pop against a real store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from callcenter.core.calls import Call
from callcenter.core.customers import CustomerForm
from callcenter.core.phones import PhoneStatus
from callcenter.core.roles import Role
from callcenter.core.screenpop import PopStatus, PopWarning
from callcenter.core.security import hash_password
from callcenter.store import repo, search
from callcenter.store.db import StoreError
from callcenter.store.models import (
    AuditLog,
    ChangeLog,
    Customer,
    CustomerNote,
    Email,
    Interaction,
    Phone,
    Queue,
    User,
)
from callcenter.store.screenpop import load_view, pop

FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


@pytest.fixture
def users(store):
    with store.transaction() as s:
        agent = User(
            username="amy", display_name="Amy Agent", role="agent", password_hash=hash_password("agent-pw", FAST)
        )
        sup = User(
            username="sam",
            display_name="Sam Supervisor",
            role="supervisor",
            password_hash=hash_password("sup-pw", FAST),
        )
        gone = User(
            username="old",
            display_name="Old Hand",
            role="agent",
            active=False,
            password_hash=hash_password("old-pw", FAST),
        )
        s.add_all([agent, sup, gone])
    return {"agent": agent.id, "supervisor": sup.id, "inactive": gone.id}


def count(store, model, *where) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def hits(store, text) -> list[str]:
    with store.engine.connect() as conn:
        return [h.customer_id for h in search.search(conn, text)]


def ada(**changes) -> CustomerForm:
    data = dict(
        given_name="Ada",
        family_name="Lovelace",
        phone="(650) 253-0000 x12",
        phone_kind="work",
        email="ada@example.com",
        preferred_language="en",
        do_not_call=True,
        consent_marketing=True,
    )
    data.update(changes)
    return CustomerForm(**data)


# -- create / validate ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("form", "errors"),
    [
        (CustomerForm(phone="(650) 253-0000"), {"family_name": "name_required"}),
        (ada(phone="12"), {"phone": "phone_wrong_length"}),
        (ada(email="ada@"), {"email": "email_invalid"}),
        (CustomerForm(kind="company"), {"company_name": "required"}),
        (
            CustomerForm(phone="abc", email="x", preferred_language="fr"),
            {
                "family_name": "name_required",
                "phone": "phone_no_digits",
                "email": "email_invalid",
                "preferred_language": "language_unknown",
            },
        ),
    ],
)
def test_invalid_create_raises_per_field_and_writes_nothing(store, users, form, errors):
    changes_before = count(store, ChangeLog)
    with pytest.raises(repo.ValidationError) as info:
        repo.create_customer(store, form, users["agent"])
    assert info.value.errors == errors
    for key in errors:
        assert key in str(info.value)
    for model in (Customer, Phone, Email, AuditLog):
        assert count(store, model) == 0
    assert count(store, ChangeLog) == changes_before


def test_create_then_load_form_round_trips(store, users):
    form = ada()
    cid = repo.create_customer(store, form, users["agent"])
    loaded = repo.load_form(store, cid)
    assert loaded == ada()
    with store.session() as s:
        c = s.get(Customer, cid)
        phone = s.scalars(select(Phone).where(Phone.customer_id == cid)).one()
        email = s.scalars(select(Email).where(Email.customer_id == cid)).one()
    assert c.display_name == "Ada Lovelace" and c.account_no.startswith("C")
    assert (phone.raw, phone.e164, phone.extension, phone.kind, phone.is_primary) == (
        "(650) 253-0000 x12",
        "+16502530000",
        "12",
        "work",
        True,
    )
    assert email.address == "ada@example.com"
    assert c.customer_since is not None and c.customer_since.tzinfo is not None


def test_create_chinese_customer_in_cn_region(store, users):
    form = CustomerForm(given_name="伟", family_name="张", phone="138 0013 8000", preferred_language="zh_CN")
    cid = repo.create_customer(store, form, users["agent"], region="CN")
    with store.session() as s:
        assert s.get(Customer, cid).display_name == "张伟"
        assert s.scalars(select(Phone.e164).where(Phone.customer_id == cid)).one() == "+8613800138000"
    assert hits(store, "张伟") == [cid]
    assert hits(store, "138 0013 8000") == [cid]


def test_create_stamps_and_logs_every_row(store, users):
    cid = repo.create_customer(store, ada(), users["agent"])
    with store.session() as s:
        log = s.scalars(select(ChangeLog).order_by(ChangeLog.seq)).all()
    created = {(e.table_name, e.op) for e in log if e.table_name != "users"}
    assert created == {("customers", "insert"), ("phones", "insert"), ("emails", "insert"), ("audit_log", "insert")}
    assert [(e.table_name, e.op) for e in log if e.row_id == cid] == [("customers", "insert")]
    stamps = [e.hlc for e in log]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)  # commit order == clock order


def test_a_company(store, users):
    cid = repo.create_customer(store, CustomerForm(kind="company", company_name="Acme Ltd"), users["agent"])
    form = repo.load_form(store, cid)
    assert (form.kind, form.company_name, form.phone, form.email) == ("company", "Acme Ltd", "", "")
    assert hits(store, "acme") == [cid]


# -- update --------------------------------------------------------------------------------
def test_update_with_a_new_phone_updates_e164_and_search(store, users):
    cid = repo.create_customer(store, ada(), users["agent"])
    assert hits(store, "6502530000") == [cid]
    repo.update_customer(store, cid, ada(phone="+44 20 7946 0958", phone_kind="home"), users["agent"])
    with store.session() as s:
        phones = s.scalars(select(Phone).where(Phone.customer_id == cid, ~Phone.deleted)).all()
    assert [(p.raw, p.e164, p.extension, p.kind) for p in phones] == [
        ("+44 20 7946 0958", "+442079460958", None, "home")
    ]
    assert hits(store, "442079460958") == [cid]
    assert hits(store, "020 7946 0958") == [cid]
    assert hits(store, "6502530000") == []
    assert hits(store, "650 253 0000") == []
    with store.engine.connect() as conn:
        assert pop(conn, "+442079460958").status is PopStatus.MATCHED
        assert pop(conn, "(650) 253-0000").status is PopStatus.UNKNOWN


def test_update_name_and_email_reindexes(store, users):
    cid = repo.create_customer(store, ada(), users["agent"])
    repo.update_customer(store, cid, ada(family_name="King", email="countess@example.org"), users["agent"])
    assert repo.load_form(store, cid) == ada(family_name="King", email="countess@example.org")
    assert hits(store, "king") == [cid]
    assert hits(store, "lovelace") == []
    assert hits(store, "countess") == [cid]


def test_clearing_the_phone_and_email_tombstones_them(store, users):
    cid = repo.create_customer(store, ada(), users["agent"])
    repo.update_customer(store, cid, ada(phone="", email=""), users["agent"])
    with store.session() as s:
        phone = s.scalars(select(Phone).where(Phone.customer_id == cid)).one()
        email = s.scalars(select(Email).where(Email.customer_id == cid)).one()
        ops = {(e.table_name, e.op) for e in s.scalars(select(ChangeLog))}
    assert phone.deleted and email.deleted  # still there, as tombstones
    assert ("phones", "delete") in ops and ("emails", "delete") in ops
    form = repo.load_form(store, cid)
    assert (form.phone, form.email) == ("", "")
    assert hits(store, "6502530000") == []


def test_invalid_update_changes_nothing(store, users):
    cid = repo.create_customer(store, ada(), users["agent"])
    audits = count(store, AuditLog)
    with pytest.raises(repo.ValidationError) as info:
        repo.update_customer(store, cid, ada(given_name="", family_name="", phone="12"), users["agent"])
    assert set(info.value.errors) == {"family_name", "phone"}
    assert repo.load_form(store, cid) == ada()
    assert count(store, AuditLog) == audits


# -- tombstones ------------------------------------------------------------------------------
def test_deleting_a_synced_row_is_refused(store, users):
    cid = repo.create_customer(store, ada(), users["agent"])
    with pytest.raises(StoreError, match="tombstone"):
        with store.transaction() as s:
            s.delete(s.get(Customer, cid))
    assert count(store, Customer, Customer.id == cid) == 1


def test_a_tombstone_is_logged_as_delete_and_leaves_search(store, users):
    cid = repo.create_customer(store, ada(), users["agent"])
    with store.transaction() as s:
        s.get(Customer, cid).deleted = True
    with store.session() as s:
        last = s.scalars(select(ChangeLog).where(ChangeLog.row_id == cid).order_by(ChangeLog.seq.desc())).first()
        row = s.get(Customer, cid)
    assert (last.table_name, last.op, last.hlc) == ("customers", "delete", row.hlc)
    assert hits(store, "lovelace") == []
    with store.engine.connect() as conn:
        assert pop(conn, "(650) 253-0000").status is PopStatus.UNKNOWN


# -- audit ------------------------------------------------------------------------------------
def audit_rows(store):
    with store.session() as s:
        return [
            (a.user_id, a.action, a.entity, a.entity_id) for a in s.scalars(select(AuditLog).order_by(AuditLog.hlc))
        ]


def test_authenticate_writes_a_login_audit_row(store, users):
    who = repo.authenticate(store, " amy ", "agent-pw")
    assert who is not None
    assert (who.user_id, who.username, who.display_name, who.role) == (users["agent"], "amy", "Amy Agent", Role.AGENT)
    assert not who.sees_sensitive
    assert audit_rows(store) == [(users["agent"], "login", "user", users["agent"])]
    assert repo.authenticate(store, "sam", "sup-pw").sees_sensitive


@pytest.mark.parametrize(
    ("username", "password"), [("amy", "wrong"), ("nobody", "agent-pw"), ("old", "old-pw"), ("amy", "")]
)
def test_failed_authentication_returns_none_and_audits_no_login(store, users, username, password):
    assert repo.authenticate(store, username, password) is None
    assert audit_rows(store) == []


def test_create_and_update_are_audited(store, users):
    cid = repo.create_customer(store, ada(), users["agent"])
    repo.update_customer(store, cid, ada(given_name="Augusta"), users["supervisor"])
    assert audit_rows(store) == [
        (users["agent"], "create", "customer", cid),
        (users["supervisor"], "update", "customer", cid),
    ]


def test_user_queries(store, users):
    assert repo.has_users(store)
    assert [a.username for a in repo.agents(store)] == ["amy", "sam"]  # inactive users are left out
    assert not repo.is_demo(store)
    store.set_meta("demo", "1")
    assert repo.is_demo(store)


def test_no_users_in_a_new_store(store):
    assert not repo.has_users(store)
    assert repo.reason_codes(store) == [] and repo.queues(store) == []


# -- interactions ---------------------------------------------------------------------------
def test_record_offer_and_save_call_are_visible_to_the_screen_pop(store, users):
    with store.transaction() as s:
        s.add(Queue(code="general", name_en="General", name_zh="综合"))
    cid = repo.create_customer(store, ada(), users["agent"])
    t0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    call = Call(call_id="call-1", ani="+1 650 253 0000", queue_code="general", offered_at=t0)
    call.interaction_id = repo.record_offer(store, call, users["agent"], customer_id=cid)

    with store.engine.connect() as conn:
        first = load_view(conn, cid)
    assert [(i.outcome, i.agent, i.duration_s, i.offered_at) for i in first.interactions] == [
        ("ringing", "Amy Agent", 0, t0)
    ]
    with store.session() as s:
        row = s.get(Interaction, call.interaction_id)
        queue_id = s.scalar(select(Queue.id))
    assert (row.ani_raw, row.ani_e164, row.queue_id, row.agent_id) == (
        "+1 650 253 0000",
        "+16502530000",
        queue_id,
        users["agent"],
    )

    call.answered_at = t0 + timedelta(seconds=12)
    call.ended_at = call.answered_at + timedelta(minutes=3, seconds=5)
    call.hold_seconds, call.hold_count, call.outcome = 20.7, 1, "completed"
    repo.save_call(store, call)  # call.customer_id was never set: the link must survive
    with store.engine.connect() as conn:
        view = load_view(conn, cid)
    assert [(i.outcome, i.duration_s, i.direction) for i in view.interactions] == [("completed", 185, "inbound")]
    with store.session() as s:
        row = s.get(Interaction, call.interaction_id)
    assert (row.customer_id, row.hold_seconds, row.hold_count) == (cid, 20, 1)


def test_record_offer_for_an_unknown_or_withheld_caller(store, users):
    for ani in ["anonymous", "12"]:
        call = Call(call_id=ani, ani=ani, queue_code="")
        iid = repo.record_offer(store, call, users["agent"])
        with store.session() as s:
            row = s.get(Interaction, iid)
        assert (row.ani_raw, row.ani_e164, row.customer_id, row.queue_id) == (ani, None, None, None)


def test_save_call_links_a_customer_chosen_during_the_call(store, users):
    cid = repo.create_customer(store, ada(), users["agent"])
    call = Call(call_id="c", ani="anonymous")
    call.interaction_id = repo.record_offer(store, call, users["agent"])
    call.customer_id, call.outcome = cid, "completed"
    repo.save_call(store, call)
    with store.engine.connect() as conn:
        assert [i.outcome for i in load_view(conn, cid).interactions] == ["completed"]


def test_save_call_without_an_interaction_does_nothing(store):
    repo.save_call(store, Call(call_id="x", ani="1"))
    assert count(store, Interaction) == 0


# -- screen pop ------------------------------------------------------------------------------
def add_customer(store, name, *phones, value=0, **fields) -> str:
    with store.transaction() as s:
        c = Customer(account_no=f"ACC-{name}", display_name=name, given_name=name, value_score=value, **fields)
        s.add(c)
        s.flush()
        for kind, e164 in phones:
            s.add(Phone(customer_id=c.id, kind=kind, raw=e164, e164=e164))
        return c.id


def test_pop_matched(store):
    cid = add_customer(store, "Ada", ("mobile", "+16502530000"), tier="gold")
    with store.engine.connect() as conn:
        p = pop(conn, "650.253.0000")
    assert p.status is PopStatus.MATCHED
    assert p.phone.e164 == "+16502530000"
    assert p.view.customer_id == cid and p.view.display_name == "Ada" and p.view.tier == "gold"
    assert [(ph.kind, ph.display, ph.e164) for ph in p.view.phones] == [("mobile", "(650) 253-0000", "+16502530000")]
    assert p.candidates == []


def test_pop_multiple_for_a_shared_home_number(store):
    a = add_customer(store, "Ann", ("home", "+16502530000"), ("home", "+16502530000"), value=90)
    b = add_customer(store, "Bob", ("home", "+16502530000"), ("mobile", "+16502531111"), value=20)
    with store.engine.connect() as conn:
        p = pop(conn, "+1 650 253 0000")
        single = pop(conn, "+1 650 253 1111")
    assert p.status is PopStatus.MULTIPLE and p.view is None
    assert [(c.customer_id, c.display_name, c.phone_kind) for c in p.candidates] == [
        (a, "Ann", "home"),
        (b, "Bob", "home"),
    ]  # by value, each customer once
    assert single.status is PopStatus.MATCHED and single.view.customer_id == b


def test_pop_ignores_tombstoned_phones_and_customers(store):
    a = add_customer(store, "Ann", ("home", "+16502530000"))
    add_customer(store, "Bob", ("home", "+16502530000"), deleted=True)
    with store.engine.connect() as conn:
        p = pop(conn, "(650) 253-0000")
    assert p.status is PopStatus.MATCHED and p.view.customer_id == a


@pytest.mark.parametrize(
    ("ani", "status", "phone_status"),
    [
        ("+1 415 253 0000", PopStatus.UNKNOWN, PhoneStatus.VALID),
        ("anonymous", PopStatus.WITHHELD, PhoneStatus.WITHHELD),
        ("", PopStatus.WITHHELD, PhoneStatus.WITHHELD),
        ("Private Number", PopStatus.WITHHELD, PhoneStatus.WITHHELD),
        ("12", PopStatus.INVALID, PhoneStatus.INVALID),
        ("+999 123", PopStatus.INVALID, PhoneStatus.INVALID),
    ],
)
def test_pop_unknown_withheld_invalid(store, ani, status, phone_status):
    add_customer(store, "Ann", ("home", "+16502530000"))
    with store.engine.connect() as conn:
        p = pop(conn, ani)
    assert p.status is status
    assert p.phone.status is phone_status
    assert p.view is None and p.candidates == []


def test_pop_uses_the_default_region(store):
    cid = add_customer(store, "王伟", ("mobile", "+8613800138000"))
    with store.engine.connect() as conn:
        assert pop(conn, "138 0013 8000", region="CN").view.customer_id == cid
        assert pop(conn, "138 0013 8000", region="US").status is PopStatus.INVALID
        view = pop(conn, "138 0013 8000", region="CN").view
    assert view.phones[0].display == "138 0013 8000"


# -- masking --------------------------------------------------------------------------------
@pytest.fixture
def sensitive_customer(store, users):
    cid = add_customer(
        store, "Ada", ("mobile", "+16502530000"), card_number="4111111111111111", id_number="110101199003077777"
    )
    with store.transaction() as s:
        s.add(CustomerNote(customer_id=cid, author_id=users["supervisor"], text="fraud check passed", private=True))
        s.add(CustomerNote(customer_id=cid, author_id=users["agent"], text="prefers email", private=False))
    return cid


def test_load_view_masks_for_agents(store, sensitive_customer):
    with store.engine.connect() as conn:
        v = load_view(conn, sensitive_customer, sensitive=False)
    assert v.card_number == "•••• •••• •••• 1111"
    assert v.id_number == "•• •••• •••• •••• 7777"
    assert "4111111111111111" not in repr(v) and "1101011990" not in repr(v)
    assert sorted(v.notes) == [("", True), ("prefers email", False)]
    assert "fraud" not in repr(v)
    assert v.masked and PopWarning.SENSITIVE in v.warnings


def test_load_view_shows_everything_when_allowed(store, sensitive_customer):
    with store.engine.connect() as conn:
        v = load_view(conn, sensitive_customer, sensitive=True)
        popped = pop(conn, "6502530000", sensitive=True).view
    assert v.card_number == "4111111111111111"
    assert v.id_number == "110101199003077777"
    assert sorted(v.notes) == [("fraud check passed", True), ("prefers email", False)]
    assert not v.masked and PopWarning.SENSITIVE not in v.warnings
    assert popped.card_number == "4111111111111111"


def test_pop_masks_by_default(store, sensitive_customer):
    with store.engine.connect() as conn:
        assert pop(conn, "6502530000").view.card_number == "•••• •••• •••• 1111"


def test_load_view_of_an_unknown_customer_is_none(store):
    with store.engine.connect() as conn:
        assert load_view(conn, "no-such-id") is None
