"""Customers: save (create or edit), open a record (audited), search.

Every op that puts a customer's record in front of someone writes an audit 'view'
row in the same transaction as it reads the record (who opened which record, how,
and whether sensitive fields were shown). Repainting a record already on screen
after it changed (``customer_view``) is the same view and is not audited again.
"""

from __future__ import annotations

from dataclasses import dataclass

from callcenter.core.agents import Identity
from callcenter.core.customers import CustomerForm, parse_phone
from callcenter.core.errors import NotFound
from callcenter.core.screenpop import CustomerView
from callcenter.ops import Done
from callcenter.store import repo, screenpop, search
from callcenter.store.db import Store
from callcenter.store.search import SearchHit


def view_detail(actor: Identity, how: str) -> str:
    """The audit row's detail for a view: how the record was opened, and whether unmasked."""
    return how + ("; sensitive shown" if actor.sees_sensitive else "")


def save_customer(
    store: Store, actor: Identity, form: CustomerForm, customer_id: str | None = None, region: str = "US"
) -> Done[CustomerView]:
    """Create (``customer_id`` None) or update a customer from the form as typed.

    Raises ``Invalid(fields={field: reason_code})`` (reason codes of ``core.customers.validate``:
    required, name_required, email_invalid, language_unknown, phone_<problem>) and keeps
    nothing; ``NotFound("customer")`` when the record was removed meanwhile. Audited as
    'create' or 'update'. Returns the saved record as the actor may see it.
    """
    repo.check_form(form, region)
    with store.unit() as u:
        s = u.session
        if customer_id is None:
            customer_id = repo.add_customer(s, form, region).id
            repo.add_audit(s, actor.user_id, "create", "customer", customer_id)
        else:
            repo.change_customer(s, customer_id, form, region)
            repo.add_audit(s, actor.user_id, "update", "customer", customer_id)
        s.flush()
        view = screenpop.load_view(s.connection(), customer_id, actor.sees_sensitive, region)
    assert view is not None  # written in this very transaction
    return Done(view, u.changes)


@dataclass(frozen=True)
class SamePhone:
    """A customer who already has one of the numbers typed on a form."""

    customer_id: str
    display_name: str
    account_no: str


def customers_with_phones(
    store: Store, form: CustomerForm, region: str = "US", exclude: str | None = None
) -> list[SamePhone]:
    """The customers (other than ``exclude``) who already have a number typed on ``form``,
    each read in the customer's country first: the warning before a second record is made
    for the same person. Numbers that are not valid are left out (the form says so itself)."""
    e164s = sorted({p.e164 for e in form.phone_entries() if (p := parse_phone(e.raw, form.country, region)).e164})
    with store.session() as s:
        return [SamePhone(*row) for row in repo.customers_with_numbers(s, e164s, exclude)]


def customer_form(store: Store, customer_id: str) -> CustomerForm:
    """The edit form of a customer as stored. ``NotFound("customer")`` when it is gone."""
    return repo.load_form(store, customer_id)


def open_customer(
    store: Store, actor: Identity, customer_id: str, how: str = "search", region: str = "US"
) -> Done[CustomerView]:
    """Load a customer's record for display and audit the view, in one transaction.
    ``how``: search | chooser | create | complaint | ... ``NotFound("customer")`` when it is gone."""
    with store.unit() as u:
        view = screenpop.load_view(u.session.connection(), customer_id, actor.sees_sensitive, region)
        if view is None:
            raise NotFound("customer")
        repo.add_audit(u.session, actor.user_id, "view", "customer", customer_id, view_detail(actor, how))
    return Done(view, u.changes)


def customer_view(store: Store, actor: Identity, customer_id: str, region: str = "US") -> CustomerView:
    """The record already on the actor's screen, read again after it changed (not audited again).
    ``NotFound("customer")`` when it is gone."""
    with store.engine.connect() as conn:
        view = screenpop.load_view(conn, customer_id, actor.sees_sensitive, region)
    if view is None:
        raise NotFound("customer")
    return view


def search_customers(store: Store, text: str, limit: int = 20) -> list[SearchHit]:
    """Full-text search on names, company, email, account number and phone digits."""
    with store.engine.connect() as conn:
        return search.search(conn, text, limit=limit)


@dataclass(frozen=True)
class SearchPage:
    """One page of search results: the hits from ``offset`` on and whether more follow."""

    hits: list[SearchHit]
    offset: int
    more: bool


def search_page(store: Store, text: str, offset: int = 0, page: int = 20) -> SearchPage:
    """``page`` results of a search from ``offset`` on (the console's Show more), in any language."""
    with store.engine.connect() as conn:
        hits = search.search(conn, text, limit=page + 1, offset=offset)
    return SearchPage(hits[:page], offset, len(hits) > page)
