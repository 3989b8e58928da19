"""Repositories: the low-level queries and row writes the use cases (``callcenter.ops``)
compose. Writes take the caller's session, so one op writes in one transaction and
every row is stamped and logged for sync (see store.db).

The store-level helpers at the end of each section (``create_customer``,
``authenticate``, ``record_offer``, ...) compose the same pieces in a transaction of
their own, for demo data, tools and tests; windows and the CLI call the ops.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from callcenter.core.agents import Code, Identity
from callcenter.core.calls import Call
from callcenter.core.customers import CustomerForm, PhoneEntry, parse_phone, validate
from callcenter.core.errors import Invalid, NotFound
from callcenter.core.ids import uuid7
from callcenter.core.phones import normalise
from callcenter.core.roles import Role
from callcenter.core.security import verify_password
from callcenter.store.db import Store
from callcenter.store.models import (
    Address,
    AuditLog,
    Customer,
    DispositionCode,
    Email,
    Interaction,
    Phone,
    Queue,
    ReasonCode,
    User,
)


class ValidationError(Invalid):
    """A form that cannot be saved: ``errors`` maps each bad field to a reason code
    (the same as the ``fields`` of ``core.errors.Invalid``, which it is)."""

    def __init__(self, errors: dict[str, str] | None = None, **params: Any):
        fields = dict(errors if errors is not None else params.pop("fields", {}))
        super().__init__(fields=fields, **params)
        self.errors = fields


# -- users ---------------------------------------------------------------------
def identity_of(user: User) -> Identity:
    return Identity(user.id, user.username, user.display_name, Role(user.role), user.language)


def check_password(store: Store, username: str, password: str) -> Identity | None:
    """The active user with this name and password, or None. Slow on purpose (argon2):
    never on the GUI thread. Writes nothing."""
    with store.session() as s:
        user = s.scalar(select(User).where(User.username == username.strip(), User.active, ~User.deleted))
    if user is None or not password or not verify_password(user.password_hash, password):
        return None
    return identity_of(user)


def authenticate(store: Store, username: str, password: str) -> Identity | None:
    """Check the password and audit the login (``ops.auth.sign_in`` is the use case)."""
    identity = check_password(store, username, password)
    if identity is not None:
        audit(store, identity.user_id, "login", "user", identity.user_id)
    return identity


def has_users(store: Store) -> bool:
    """Anyone to sign in: a store whose join stopped half-way (``bootstrap.is_loading``) has
    nobody yet, so the console offers to join again."""
    from callcenter.store import bootstrap

    if bootstrap.is_loading(store):
        return False
    with store.session() as s:
        return s.scalar(select(User.id).where(~User.deleted).limit(1)) is not None


def is_demo(store: Store) -> bool:
    return store.meta("demo") == "1"


def agents(store: Store) -> list[Identity]:
    with store.session() as s:
        users = s.scalars(select(User).where(~User.deleted, User.active).order_by(User.display_name)).all()
    return [identity_of(u) for u in users]


# -- reference codes -------------------------------------------------------------
def reason_codes(store: Store) -> list[Code]:
    with store.session() as s:
        rows = s.scalars(
            select(ReasonCode).where(~ReasonCode.deleted, ReasonCode.active).order_by(ReasonCode.code)
        ).all()
    return [Code(r.id, r.code, r.name_en, r.name_zh) for r in rows]


def disposition_codes(store: Store) -> list[Code]:
    with store.session() as s:
        rows = s.scalars(
            select(DispositionCode)
            .where(~DispositionCode.deleted, DispositionCode.active)
            .order_by(DispositionCode.code)
        ).all()
    return [Code(r.id, r.code, r.name_en, r.name_zh, r.parent_id) for r in rows]


def queues(store: Store) -> list[Code]:
    with store.session() as s:
        rows = s.scalars(select(Queue).where(~Queue.deleted, Queue.active).order_by(Queue.priority, Queue.code)).all()
    return [Code(r.id, r.code, r.name_en, r.name_zh) for r in rows]


# -- audit ----------------------------------------------------------------------
def add_audit(
    s: Session, user_id: str | None, action: str, entity: str, entity_id: str | None, detail: str = ""
) -> None:
    s.add(AuditLog(user_id=user_id, action=action, entity=entity, entity_id=entity_id, detail=detail))


def audit(store: Store, user_id: str | None, action: str, entity: str, entity_id: str | None, detail: str = "") -> None:
    with store.transaction() as s:
        add_audit(s, user_id, action, entity, entity_id, detail)


# -- customers -----------------------------------------------------------------
def _next_account_no(s: Session) -> str:
    return "C" + uuid7().replace("-", "")[-10:].upper()


def check_form(form: CustomerForm, region: str = "US") -> None:
    """Raise ``ValidationError`` (an ``Invalid``: field -> reason code) for a form that cannot be saved."""
    errors = validate(form, region)
    if errors:
        raise ValidationError(errors)


def add_customer(s: Session, form: CustomerForm, region: str = "US") -> Customer:
    """New customer rows (customer, its phones, email, address) from a valid form, in ``s``."""
    c = Customer(
        account_no=_next_account_no(s),
        kind=form.kind,
        given_name=form.given_name.strip(),
        family_name=form.family_name.strip(),
        company_name=form.company_name.strip(),
        display_name=form.display_name(),
        preferred_language=form.preferred_language,
        do_not_call=form.do_not_call,
        consent_marketing=form.consent_marketing,
        customer_since=datetime.now(UTC),
    )
    s.add(c)
    s.flush()
    _write_phones(s, c.id, form, region)
    if form.email.strip():
        s.add(Email(customer_id=c.id, address=form.email.strip()))
    _write_address(s, c.id, form)
    return c


def _write_phones(s: Session, customer_id: str, form: CustomerForm, region: str) -> None:
    """The customer's phones become the form's (primary first): a number kept as typed keeps
    its row; the rest are added or tombstoned. Each is read in the customer's country first."""
    existing = list(
        s.scalars(
            select(Phone)
            .where(Phone.customer_id == customer_id, ~Phone.deleted)
            .order_by(Phone.is_primary.desc(), Phone.created_at)
        )
    )
    entries = form.phone_entries()
    primary_typed = bool(form.phone.strip())
    for n, entry in enumerate(entries):
        p = parse_phone(entry.raw, form.country, region)
        is_primary = n == 0 and primary_typed
        row = next((r for r in existing if r.raw == entry.raw), None)
        if row is None and n == 0 and primary_typed:
            row = next((r for r in existing if r.is_primary), None)  # the primary number edited
        if row is None:
            s.add(
                Phone(
                    customer_id=customer_id,
                    kind=entry.kind,
                    raw=entry.raw,
                    e164=p.e164,
                    extension=p.extension,
                    is_primary=is_primary,
                )
            )
            continue
        existing.remove(row)
        if (row.raw, row.e164, row.extension, row.kind, row.is_primary) != (
            entry.raw,
            p.e164,
            p.extension,
            entry.kind,
            is_primary,
        ):
            row.raw, row.e164, row.extension, row.kind, row.is_primary = (
                entry.raw,
                p.e164,
                p.extension,
                entry.kind,
                is_primary,
            )
    for row in existing:
        row.deleted = True


def _write_address(s: Session, customer_id: str, form: CustomerForm) -> None:
    row = _first_address(s, customer_id)
    if not form.has_address():
        if row is not None:
            row.deleted = True
        return
    values = {
        "kind": form.address_kind or "home",
        "line1": form.address_line1.strip(),
        "line2": form.address_line2.strip(),
        "city": form.city.strip(),
        "region": form.address_region.strip(),
        "postcode": form.postcode.strip(),
        "country": form.country.strip().upper(),
    }
    if row is None:
        s.add(Address(customer_id=customer_id, **values))
        return
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)


def change_customer(s: Session, customer_id: str, form: CustomerForm, region: str = "US") -> Customer:
    """Apply a valid form to an existing customer in ``s``; ``NotFound`` when it is gone."""
    c = s.get(Customer, customer_id)
    if c is None or c.deleted:
        raise NotFound("customer")
    c.kind, c.given_name, c.family_name = form.kind, form.given_name.strip(), form.family_name.strip()
    c.company_name, c.display_name = form.company_name.strip(), form.display_name()
    c.preferred_language, c.do_not_call = form.preferred_language, form.do_not_call
    c.consent_marketing = form.consent_marketing
    _write_phones(s, customer_id, form, region)
    email = _first_email(s, customer_id)
    if form.email.strip():
        if email is None:
            s.add(Email(customer_id=c.id, address=form.email.strip()))
        else:
            email.address = form.email.strip()
    elif email is not None:
        email.deleted = True
    _write_address(s, customer_id, form)
    return c


def customers_with_numbers(s: Session, e164s: list[str], exclude: str | None = None) -> list[tuple[str, str, str]]:
    """(customer id, display name, account number) of the customers who have one of these
    numbers (E.164), each once, ``exclude`` left out."""
    if not e164s:
        return []
    q = (
        select(Customer.id, Customer.display_name, Customer.account_no)
        .join(Phone, Phone.customer_id == Customer.id)
        .where(Phone.e164.in_(e164s), ~Phone.deleted, ~Customer.deleted)
        .distinct()
        .order_by(Customer.display_name)
    )
    if exclude:
        q = q.where(Customer.id != exclude)
    return [(cid, name, account) for cid, name, account in s.execute(q)]


def create_customer(store: Store, form: CustomerForm, user_id: str | None, region: str = "US") -> str:
    """Validate and create; raises ValidationError (the form keeps everything typed)."""
    check_form(form, region)
    with store.transaction() as s:
        c = add_customer(s, form, region)
        add_audit(s, user_id, "create", "customer", c.id)
        return c.id


def update_customer(
    store: Store, customer_id: str, form: CustomerForm, user_id: str | None, region: str = "US"
) -> None:
    check_form(form, region)
    with store.transaction() as s:
        change_customer(s, customer_id, form, region)
        add_audit(s, user_id, "update", "customer", customer_id)


def _primary_phone(s: Session, customer_id: str) -> Phone | None:
    return s.scalar(
        select(Phone).where(Phone.customer_id == customer_id, ~Phone.deleted).order_by(Phone.is_primary.desc()).limit(1)
    )


def _first_address(s: Session, customer_id: str) -> Address | None:
    return s.scalar(
        select(Address)
        .where(Address.customer_id == customer_id, ~Address.deleted)
        .order_by(Address.created_at)
        .limit(1)
    )


def _first_email(s: Session, customer_id: str) -> Email | None:
    return s.scalar(select(Email).where(Email.customer_id == customer_id, ~Email.deleted).limit(1))


def load_form(store: Store, customer_id: str) -> CustomerForm:
    """The edit form of a customer as stored; ``NotFound`` when it is gone."""
    with store.session() as s:
        c = s.get(Customer, customer_id)
        if c is None or c.deleted:
            raise NotFound("customer")
        phones = list(
            s.scalars(
                select(Phone)
                .where(Phone.customer_id == customer_id, ~Phone.deleted)
                .order_by(Phone.is_primary.desc(), Phone.created_at)
            )
        )
        email = _first_email(s, customer_id)
        address = _first_address(s, customer_id)
    phone = phones[0] if phones else None
    return CustomerForm(
        kind=c.kind,
        given_name=c.given_name,
        family_name=c.family_name,
        company_name=c.company_name,
        preferred_language=c.preferred_language,
        phone=phone.raw if phone else "",
        phone_kind=phone.kind if phone else "mobile",
        email=email.address if email else "",
        do_not_call=c.do_not_call,
        consent_marketing=c.consent_marketing,
        other_phones=[PhoneEntry(p.raw, p.kind) for p in phones[1:]],
        address_kind=address.kind if address else "home",
        address_line1=address.line1 if address else "",
        address_line2=address.line2 if address else "",
        city=address.city if address else "",
        address_region=address.region if address else "",
        postcode=address.postcode if address else "",
        country=address.country if address else "",
    )


# -- interactions ------------------------------------------------------------------
def add_offer(
    s: Session, call: Call, agent_id: str | None, customer_id: str | None = None, region: str = "US"
) -> Interaction:
    """The interaction of a call just offered (outcome 'ringing'), in ``s``."""
    e164 = normalise(call.ani, region).e164
    queue_id = s.scalar(select(Queue.id).where(Queue.code == call.queue_code)) if call.queue_code else None
    row = Interaction(
        customer_id=customer_id,
        direction=call.direction,
        ani_raw=call.ani or "",
        ani_e164=e164,
        queue_id=queue_id,
        agent_id=agent_id,
        offered_at=call.offered_at,
        outcome="ringing",
    )
    s.add(row)
    s.flush()
    return row


def set_interaction(s: Session, interaction_id: str, **fields: Any) -> Interaction:
    row = s.get(Interaction, interaction_id)
    if row is None:
        raise NotFound("interaction")
    for key, value in fields.items():
        setattr(row, key, value)
    return row


def call_facts(call: Call) -> dict[str, Any]:
    """The columns of an interaction that a call's progress sets (answer, hold, end, outcome)."""
    fields = dict(
        answered_at=call.answered_at,
        ended_at=call.ended_at,
        hold_seconds=int(call.hold_seconds),
        hold_count=call.hold_count,
        outcome=call.outcome,
        transferred_to=call.transferred_to,
    )
    if call.customer_id is not None:  # never unlink the customer given to record_offer
        fields["customer_id"] = call.customer_id
    return fields


def record_offer(
    store: Store, call: Call, agent_id: str | None, customer_id: str | None = None, region: str = "US"
) -> str:
    """Create the interaction as soon as a call is offered: nothing is lost if it fails later."""
    with store.transaction() as s:
        return add_offer(s, call, agent_id, customer_id, region).id


def save_call(store: Store, call: Call) -> None:
    """Write the call's current facts (answer, hold, end, outcome) to its interaction."""
    if not call.interaction_id:
        return
    with store.transaction() as s:
        set_interaction(s, call.interaction_id, **call_facts(call))
