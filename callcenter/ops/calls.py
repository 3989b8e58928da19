"""Calls: a call offered (its record and the screen pop), its facts as it goes on,
and the wrap-up. The console writes them in order on the one serial write pool."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime

from callcenter.core.agents import Identity
from callcenter.core.calls import Call
from callcenter.core.phones import normalise
from callcenter.core.screenpop import PopStatus, ScreenPop
from callcenter.ops import Done
from callcenter.ops.customers import view_detail
from callcenter.store import callers, repo, screenpop
from callcenter.store.db import Store


def record_offer(store: Store, actor: Identity, call: Call, region: str = "US") -> Done[str]:
    """The interaction of a call just offered to ``actor`` (outcome 'ringing'); its id.
    Written before any lookup, so the call is on record whatever happens next."""
    with store.unit() as u:
        row = repo.add_offer(u.session, call, actor.user_id, call.customer_id, region)
    return Done(row.id, u.changes)


def screen_pop(
    store: Store,
    actor: Identity,
    raw_ani: str | None,
    region: str = "US",
    *,
    customer_id: str | None = None,
    interaction_id: str | None = None,
) -> Done[ScreenPop]:
    """The caller's record from the raw number (or from ``customer_id`` for an outbound
    callback). One match is audited as a view ('screen pop') and, with ``interaction_id``,
    linked to that call, in the same transaction."""
    with store.unit() as u:
        conn = u.session.connection()
        pop = None
        if customer_id:  # we know whom we are calling
            view = screenpop.load_view(conn, customer_id, actor.sees_sensitive, region)
            if view is not None:
                pop = ScreenPop(PopStatus.MATCHED, normalise(raw_ani, region), view=view)
        if pop is None:
            pop = screenpop.pop(conn, raw_ani or "", region, actor.sees_sensitive)
        if pop.status is PopStatus.MATCHED and pop.view is not None:
            matched = pop.view.customer_id
            repo.add_audit(u.session, actor.user_id, "view", "customer", matched, view_detail(actor, "screen pop"))
            if interaction_id:
                repo.set_interaction(u.session, interaction_id, customer_id=matched)
    return Done(pop, u.changes)


@dataclass(frozen=True)
class OfferedCall:
    interaction_id: str
    pop: ScreenPop


def offer_call(store: Store, actor: Identity, call: Call, region: str = "US") -> Done[OfferedCall]:
    """A call rings: record it, then pop the caller's record (``record_offer`` + ``screen_pop``)."""
    offered = record_offer(store, actor, call, region)
    popped = screen_pop(store, actor, call.ani, region, customer_id=call.customer_id, interaction_id=offered.value)
    return Done(OfferedCall(offered.value, popped.value), offered.changes | popped.changes)


def save_call(store: Store, call: Call) -> Done[None]:
    """Write the call's facts so far (answer, hold, end, outcome, customer) to its interaction.
    A call without an interaction yet writes nothing (its offer is still being recorded)."""
    if not call.interaction_id:
        return Done(None)
    with store.unit() as u:
        repo.set_interaction(u.session, call.interaction_id, **repo.call_facts(call))
    return Done(None, u.changes)


def wrap_up(
    store: Store,
    actor: Identity,
    interaction_id: str,
    disposition_id: str | None,
    notes: str,
    ended_at: datetime | None = None,
    csat: int | None = None,
    nps: int | None = None,
    nps_period_days: int = 90,
) -> Done[None]:
    """After-call work done: the disposition and the notes on the call's interaction, and the
    customer's survey answers if given (CSAT; NPS only if not asked within ``nps_period_days``,
    else left out so the wrap-up never fails on it)."""
    from callcenter.store import surveys

    with store.unit() as u:
        repo.set_interaction(
            u.session,
            interaction_id,
            disposition_id=disposition_id,
            notes=notes,
            wrap_ended_at=ended_at or datetime.now(UTC),
        )
        if csat is not None or nps is not None:
            surveys.add_answers(
                u.session, interaction_id, csat, nps, ended_at or datetime.now(UTC), nps_period_days, strict=False
            )
    return Done(None, u.changes)


def sample_caller(store: Store, rng: random.Random, region: str = "US", kind: str | None = None) -> str:
    """A caller number as a switch would send it (demo 'Ring me'): mostly customers' phones,
    some shared, unknown, withheld and malformed ones."""
    with store.engine.connect() as conn:
        return callers.sample_ani(conn, rng, kind=kind, region=region)
