"""A small hand-worked day for the agent and queue reports (reports14).

Agent A on 2026-12-01 (UTC), reported for 09:00-10:00:

    08:50:00  login -> not ready (login)        out of range
    09:00:00  available                          600 s available
    09:10:00  ringing (c1)                        10 s ringing
    09:10:10  on call                            240 s talk
    09:14:10  on hold                             60 s hold
    09:15:10  on call                            120 s talk
    09:17:10  wrap-up                             60 s wrap-up
    09:18:10  available                          710 s available
    09:30:00  ringing (c2)                        20 s ringing
    09:30:20  not ready (missed_call), system     15 s not ready
    09:30:35  available, system                  565 s available
    09:40:00  not ready (break)                 1200 s in range (to 10:20)
    10:20:00  available                          out of range
    10:30:00  logged out

So: available 1875, ringing 30, talk 360, hold 60, wrap 60, not ready 1215 (15 missed_call +
1200 break), logged in 3600, handled 1 (c1), missed 1 (c2), AHT (360+60+60)/1 = 480,
occupancy 510 / (1875 + 510) = 0.2138365.

Calls of queue "general" (service-level target 20 s):
    c1   queued 09:09:50, answered 09:10:10 (wait 20, in target), ended 09:17:10, hold 60,
         wrap to 09:18:10, agent A, "resolved"        handle 360 + 60 + 60 = 480
    c2   missed by A (queued 09:29:50)                not a call of the queue
    c2b  queued 09:29:50, answered 09:30:50 (wait 60) by a simulated agent, ended 09:33:50,
         no wrap-up, no disposition                   handle 180
    c3   abandoned after 3 s (09:05:00)               short abandon
    c4   abandoned after 15 s (09:20:00)              before T: in neither part of SL
    c5   abandoned after 40 s (09:25:00)              after T
    c6   queued 09:35:00, answered after 5 s by B, ended 09:40:05, wrap 30 s, "sale"   handle 330
    c7   outbound callback by B at 09:45 (talk 120, wrap 30), "sale"  (a callback, not offered)

09:00-09:30: offered 5, answered 2, abandoned 3 (1 short), SL 1/(2+1), ASA (20+60)/2 = 40,
AHT (480+180)/2 = 330, abandon rate (3-1)/(5-1) = 0.5.
09:30-10:00: offered 1, answered 1, SL 1, ASA 5, AHT 330, abandon rate 0.
Hour: offered 6, answered 3, SL 2/(3+1) = 0.5, ASA 85/3, AHT 990/3 = 330, abandon rate 2/5.
Dispositions of handled calls: sale 2 (AHT (330+150)/2 = 240), none 1 (180), resolved 1 (480).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from callcenter.core.agents import Identity
from callcenter.core.calls import Call
from callcenter.core.reports import Leg, StateRow
from callcenter.core.roles import Role
from callcenter.ops import agent_activity
from callcenter.store.models import DispositionCode, Queue

DAY = datetime(2026, 12, 1, tzinfo=UTC)
START, END = DAY.replace(hour=9), DAY.replace(hour=10)


def at(hms: str) -> datetime:
    h, m, s = (int(x) for x in hms.split(":"))
    return DAY.replace(hour=h, minute=m, second=s)


# (time, to-state, reason, by)
A_TIMELINE = [
    ("08:50:00", "not_ready", "login", "agent"),
    ("09:00:00", "available", "", "agent"),
    ("09:10:00", "ringing", "", "agent"),
    ("09:10:10", "on_call", "", "agent"),
    ("09:14:10", "on_hold", "", "agent"),
    ("09:15:10", "on_call", "", "agent"),
    ("09:17:10", "wrap_up", "", "agent"),
    ("09:18:10", "available", "", "agent"),
    ("09:30:00", "ringing", "", "agent"),
    ("09:30:20", "not_ready", "missed_call", "system"),
    ("09:30:35", "available", "", "system"),
    ("09:40:00", "not_ready", "break", "agent"),
    ("10:20:00", "available", "", "agent"),
    ("10:30:00", "logged_out", "", "agent"),
]


def state_rows(agent: str = "A", timeline=A_TIMELINE) -> list[StateRow]:
    rows = []
    prev_state, prev_reason, since = "logged_out", "", None
    for i, (t, state, reason, by) in enumerate(timeline):
        rows.append(
            StateRow(agent, prev_state, prev_reason, since, at(t), state, reason, by, latest=i == len(timeline) - 1)
        )
        prev_state, prev_reason, since = state, reason, at(t)
    return rows


def leg(ref, queued, answered=None, ended=None, wrap=None, hold=0.0, outcome="completed", agent=None, **kw):
    q = at(queued)
    return Leg(
        ref,
        kw.get("queue", "general"),
        agent,
        kw.get("direction", "inbound"),
        q,
        q + timedelta(seconds=answered) if answered is not None else None,
        at(ended) if ended else None,
        at(wrap) if wrap else None,
        hold,
        outcome,
        kw.get("disposition"),
    )


LEGS = [
    leg("c1", "09:09:50", 20, "09:17:10", "09:18:10", 60.0, agent="A", disposition="resolved"),
    leg("c2", "09:29:50", None, "09:30:20", outcome="missed", agent="A"),
    leg("c2b", "09:29:50", 60, "09:33:50"),
    leg("c3", "09:05:00", None, "09:05:03", outcome="abandoned"),
    leg("c4", "09:20:00", None, "09:20:15", outcome="abandoned"),
    leg("c5", "09:25:00", None, "09:25:40", outcome="abandoned"),
    leg("c6", "09:35:00", 5, "09:40:05", "09:40:35", agent="B", disposition="sale"),
    leg("c7", "09:45:00", 0, "09:47:00", "09:47:30", agent="B", direction="outbound", disposition="sale"),
]


A = Identity("A", "a", "Agent A", Role.AGENT)
B = Identity("B", "b", "Agent B", Role.AGENT)
SUPER = Identity("S", "s", "Sue", Role.SUPERVISOR)


def write_day(store):
    """The day above, written through the ops the console uses."""
    with store.transaction() as s:
        s.add(Queue(code="general", name_en="General", name_zh="综合", service_level_seconds=20))
        codes = {
            c: DispositionCode(code=c, name_en=c.title(), name_zh="销售" if c == "sale" else "解决")
            for c in ("sale", "resolved")
        }
        s.add_all(codes.values())
        s.flush()
        code_ids = {c: d.id for c, d in codes.items()}
    prev, since, reason = "logged_out", None, ""
    for t, state, to_reason, by in A_TIMELINE:
        rec = agent_activity.StateRecord("A", prev, reason, since, at(t), state, to_reason, by)
        agent_activity.record_state_change(store, A, rec)
        prev, since, reason = state, at(t), to_reason
    for leg in LEGS:
        call = Call(
            leg.call_ref,
            "",
            leg.queue,
            leg.direction,
            leg.queued_at,
            leg.answered_at,
            leg.ended_at,
            hold_seconds=leg.hold_s,
            outcome=leg.outcome,
        )
        actor = {"A": A, "B": B}.get(leg.agent_id or "", SUPER)
        agent_activity.record_call_leg(
            store,
            actor,
            call,
            agent_id=leg.agent_id or "",
            wrap_ended_at=leg.wrap_ended_at,
            disposition_id=code_ids.get(leg.disposition or ""),
        )
    return store
