"""Call control: one function per agent action on a call (hold, resume, mute, transfer,
digits) and outbound calls (dial a customer, ring back a due callback or a retention
call). The call itself is the call source's (the softphone, the simulator, "Ring me");
these ops check the request, ask the source, and, for an outbound call, refuse a
do-not-call customer or number (``DoNotCall``) before anything is dialled and record
the outbound interaction the call's facts and wrap-up are written to.

Every function returns ``Done``; a refusal is a ``Problem`` (``CallControlProblem``,
``DoNotCall``, ``NotFound``) the GUI puts into words.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from callcenter.core.agents import Identity
from callcenter.core.calls import Call, CallControlProblem, CallSource, DoNotCall, check_digits, check_target
from callcenter.core.errors import NotFound
from callcenter.core.phones import normalise
from callcenter.ops import Done
from callcenter.store import repo
from callcenter.store.db import Store
from callcenter.store.models import Customer, Phone


def hold(source: CallSource, actor: Identity, call_id: str) -> Done[None]:
    source.hold(actor.user_id, call_id)
    return Done(None)


def resume(source: CallSource, actor: Identity, call_id: str) -> Done[None]:
    source.resume(actor.user_id, call_id)
    return Done(None)


def mute(source: CallSource, actor: Identity, call_id: str, muted: bool) -> Done[bool]:
    source.mute(actor.user_id, call_id, muted)
    return Done(muted)


def transfer_blind(source: CallSource, actor: Identity, call_id: str, target: str) -> Done[str]:
    """Hand the caller to ``target`` (a number, a SIP address, or ``queue:<code>`` in the simulator)."""
    clean = target.strip() if target.strip().startswith(("queue:", "agent:")) else check_target(target)
    source.transfer_blind(actor.user_id, call_id, clean)
    return Done(clean)


def transfer_attended_start(source: CallSource, actor: Identity, call_id: str, target: str) -> Done[str]:
    """Hold the caller and call ``target`` to talk first; the consultation call's id."""
    clean = target.strip() if target.strip().startswith(("queue:", "agent:")) else check_target(target)
    return Done(source.transfer_attended_start(actor.user_id, call_id, clean))


def transfer_attended_complete(source: CallSource, actor: Identity, call_id: str) -> Done[None]:
    source.transfer_attended_complete(actor.user_id, call_id)
    return Done(None)


def transfer_attended_cancel(source: CallSource, actor: Identity, call_id: str) -> Done[None]:
    source.transfer_attended_cancel(actor.user_id, call_id)
    return Done(None)


def dtmf(source: CallSource, actor: Identity, call_id: str, digits: str) -> Done[str]:
    """Send digits (an IVR's menu, a conference PIN) to the far end."""
    clean = check_digits(digits)
    source.send_dtmf(actor.user_id, call_id, clean)
    return Done(clean)


# -- outbound ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Dialled:
    """An outbound call placed: the console shows it ringing out (``call.direction`` is
    'outbound', ``call.interaction_id`` is its record)."""

    call: Call
    number: str


def _check_callable(store: Store, customer_id: str | None, number: str, region: str) -> None:
    """``DoNotCall`` when the customer, or any customer with this number, asked not to be called."""
    e164 = normalise(number, region).e164
    with store.session() as s:
        if customer_id is not None:
            flag = s.scalar(select(Customer.do_not_call).where(Customer.id == customer_id, Customer.deleted.is_(False)))
            if flag is None:
                raise NotFound("customer")
            if flag:
                raise DoNotCall(reason="customer")
        if e164:
            owners = s.scalars(
                select(Customer.do_not_call)
                .join(Phone, Phone.customer_id == Customer.id)
                .where(Phone.e164 == e164, Phone.deleted.is_(False), Customer.deleted.is_(False))
            ).all()
            if any(owners):
                raise DoNotCall(reason="number")


def _primary_number(store: Store, customer_id: str) -> str:
    """The customer's number to dial: the primary phone's E.164 form (the raw form when it has none)."""
    with store.session() as s:
        row = s.execute(
            select(Phone.e164, Phone.raw)
            .where(Phone.customer_id == customer_id, Phone.deleted.is_(False))
            .order_by(Phone.is_primary.desc(), Phone.created_at)
            .limit(1)
        ).first()
    if row is None or not (row[0] or row[1]):
        raise CallControlProblem("bad_target")
    return str(row[0] or row[1])


def dial_number(
    store: Store,
    source: CallSource,
    actor: Identity,
    number: str,
    customer_id: str | None = None,
    region: str = "US",
    queue_code: str = "",
) -> Done[Dialled]:
    """Place an outbound call to ``number`` (for ``customer_id`` when known): refused with
    ``DoNotCall`` before any call is placed; the outbound interaction is written first
    (outcome 'ringing', like an offer), then the source dials."""
    clean = check_target(number)
    _check_callable(store, customer_id, clean, region)
    if not clean.lower().startswith(("sip:", "sips:")):
        # a number as typed or saved ('(202) 555-0143', '0138 0013 8000') goes out in the
        # form a switch routes, as a record's primary phone does; an extension stays as it is
        clean = normalise(clean, region).e164 or clean
    call = Call(call_id="", ani=clean, queue_code=queue_code, direction="outbound", customer_id=customer_id)
    with store.unit() as u:
        row = repo.add_offer(u.session, call, actor.user_id, customer_id, region)
        interaction_id = row.id
    changes = u.changes
    try:
        call.call_id = source.dial(actor.user_id, clean, customer_id)
    except CallControlProblem:
        with store.unit() as u2:
            repo.set_interaction(u2.session, interaction_id, outcome="not_placed")
        raise
    call.interaction_id = interaction_id
    return Done(Dialled(call, clean), changes)


def dial_customer(
    store: Store,
    source: CallSource,
    actor: Identity,
    customer_id: str,
    number: str | None = None,
    region: str = "US",
) -> Done[Dialled]:
    """Click-to-call from the customer's record: ``number`` or the customer's primary phone."""
    return dial_number(store, source, actor, number or _primary_number(store, customer_id), customer_id, region=region)


def dial_callback(
    store: Store, source: CallSource, actor: Identity, callback_id: str, region: str = "US"
) -> Done[Dialled]:
    """Ring back a follow-up callback of ``actor``'s (a complaint's promised call) on its number."""
    from callcenter.store.complaints import queries

    with store.session() as s:
        found = next((c for c in queries.callbacks_in(s, actor.user_id) if c.callback_id == callback_id), None)
    if found is None:
        raise NotFound("callback")
    number = found.phone or _primary_number(store, found.customer_id)
    return dial_number(store, source, actor, number, found.customer_id, region=region)


def dial_retention(
    store: Store, source: CallSource, actor: Identity, retention_id: str, region: str = "US"
) -> Done[Dialled]:
    """Place a scheduled retention call of ``actor``'s worklist."""
    from callcenter.ops.retention import my_retention_calls

    task = next((t for t in my_retention_calls(store, actor) if t.retention_id == retention_id), None)
    if task is None:
        raise NotFound("retention call")
    number = task.phone or _primary_number(store, task.customer_id)
    return dial_number(store, source, actor, number, task.customer_id, region=region)
