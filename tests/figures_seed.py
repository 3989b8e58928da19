"""A small complaint history in a real store, for the figures, export and panel tests.

Hand-worked facts (default calendar: Mon-Fri 09-17 UTC; T = Mon 3 Mar 2025 10:00):
- case 1 (王小明, delivery_late, high): acknowledged after 1 h, accepted after 5 h, closed
  (root cause carrier_delay), survey CSAT 4; an order 29 days after closing.
- case 2 (Tom, billing_error, medium): opened Tue 10:00, acknowledged Wed 11:00 (due Wed 10:00:
  late; 25 h elapsed, 9 business hours), closed, then reopened (now investigating).
- case 3 (Ann, damaged_item, low): never acknowledged (due Fri 10:00; past at AS_OF).
- Lee and Kim never complained: answered calls in March with post-call CSAT 2 and 5;
  Kim orders on 1 May 2025 (within 90 days), Lee never.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from seed import seed

from callcenter.core.agents import Identity
from callcenter.core.complaints.capture import ComplaintForm
from callcenter.core.roles import Role
from callcenter.store import complaints
from callcenter.store.models import Customer, Interaction, Order

UTC = UTC
T = datetime(2025, 3, 3, 10, 0, tzinfo=UTC)
START, END = datetime(2025, 3, 1, tzinfo=UTC), datetime(2025, 4, 1, tzinfo=UTC)
AS_OF = datetime(2025, 9, 1, tzinfo=UTC)


def _form(customer, category, severity, summary):
    return ComplaintForm(
        customer_id=customer,
        channel="phone",
        category=category,
        severity=severity,
        summary=summary,
        customer_words="words",
        desired_outcome="",
    )


def _steps(store, case_id, actor, times_and_steps):
    for at, step, extra in times_and_steps:
        with complaints.edit(store, case_id, actor, now=at) as e:
            if step == "close":
                e.workflow.close(e.case, actor.user_id, at=at, root_cause=extra)
            elif step == "survey":
                e.workflow.record_survey(e.case, actor.user_id, extra, True, at=at)
            elif step == "propose_resolution":
                e.workflow.propose_resolution(e.case, actor.user_id, extra or "refund", at=at)
            else:
                e.workflow.apply(e.case, step, actor.user_id, at=at)


def figures_world(store) -> dict:
    ids = seed(store)
    agent = Identity(ids["agent1"], "agent1", "Alice Agent", Role.AGENT)
    h = lambda n: T + timedelta(hours=n)  # noqa: E731
    c1 = complaints.create(store, _form(ids["wang"], "delivery_late", "high", "Late pizza"), agent, at=T).id
    _steps(
        store,
        c1,
        agent,
        [
            (h(1), "acknowledge", None),
            (h(2), "assess", None),
            (h(3), "investigate", None),
            (h(4), "propose_resolution", "Refund of the delivery charge"),
            (h(5), "customer_accepts", None),
            (h(6), "close", "carrier_delay"),
            (h(7), "survey", 4),
        ],
    )
    c2 = complaints.create(store, _form(ids["tom"], "billing_error", "medium", "Charged twice"), agent, at=h(24)).id
    _steps(
        store,
        c2,
        agent,
        [
            (h(49), "acknowledge", None),
            (h(50), "assess", None),
            (h(51), "investigate", None),
            (h(52), "propose_resolution", None),
            (h(53), "customer_accepts", None),
            (h(54), "close", "carrier_delay"),
            (h(55), "reopen", None),
        ],
    )
    c3 = complaints.create(store, _form(ids["ann"], "damaged_item", "low", "Cracked screen"), agent, at=h(48)).id
    with store.transaction() as s:
        s.add(Order(customer_id=ids["wang"], order_no="O-2", ordered_at=h(6) + timedelta(days=29), total_minor=100))
        for name, call_at, csat in (
            ("Lee", datetime(2025, 3, 10, 9, tzinfo=UTC), 2),
            ("Kim", datetime(2025, 3, 12, 9, tzinfo=UTC), 5),
        ):
            c = Customer(account_no=f"N-{name}", display_name=name, given_name=name)
            s.add(c)
            s.flush()
            ids[name.lower()] = c.id
            s.add(
                Interaction(
                    customer_id=c.id,
                    agent_id=ids["agent1"],
                    offered_at=call_at,
                    answered_at=call_at,
                    ended_at=call_at + timedelta(minutes=3),
                    outcome="completed",
                    survey_csat=csat,
                )
            )
        s.add(
            Order(customer_id=ids["kim"], order_no="O-K", ordered_at=datetime(2025, 5, 1, tzinfo=UTC), total_minor=100)
        )
    ids.update(case1=c1, case2=c2, case3=c3, agent=agent)
    return ids
