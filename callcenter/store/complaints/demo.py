"""Demo complaint histories: the case row, its timeline, recovery actions and callbacks.

Called by ``demo._Chunk`` for each generated complaint. Everything is made from the
chunk's own random generator and id makers, so it stays deterministic by seed. The
timeline follows ``core.complaints`` (same actions, states and event data as the store
writes), times only move forward, and the row's projection (state, acknowledged,
resolved, closed, root cause, resolution, reopen count, survey) agrees with it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from callcenter.core.business_calendar import BusinessCalendar
from callcenter.core.complaints.recovery import DEFAULT_LIMITS
from callcenter.core.complaints.workflow import DEFAULT_DEADLINES, Severity
from callcenter.store import demo_pools as P

T = TypeVar("T")

_HOUR = 3_600_000
_DAY = 24 * _HOUR
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_CALENDAR = BusinessCalendar()
_AGENT_LIMITS = DEFAULT_LIMITS["agent"]
_CAUSES = {cat: ([c for c, _ in pairs], [w for _, w in pairs]) for cat, pairs in P.CATEGORY_ROOT_CAUSES.items()}
_CSAT_ACCEPTED = [3, 5, 15, 40, 37]  # weights of 1..5
_CSAT_REJECTED = [25, 30, 25, 15, 5]
_KINDS = ["apology", "refund", "voucher", "account_credit", "replacement", "goodwill_gift"]
_KIND_W = [30, 25, 20, 10, 10, 5]
_CASE_PATH = ["acknowledge", "assess", "investigate", "propose_resolution"]
_MOVES = {
    "acknowledge": ("received", "acknowledged"),
    "assess": ("acknowledged", "assessed"),
    "investigate": ("assessed", "investigating"),
    "propose_resolution": ("investigating", "resolution_proposed"),
    "customer_accepts": ("resolution_proposed", "customer_accepted"),
    "customer_rejects": ("resolution_proposed", "customer_rejected"),
    "follow_up": ("closed", "follow_up_done"),
    "reopen": ("closed", "investigating"),
}
# The moving steps that lead to each open state.
_OPEN_PATHS = {
    "received": [],
    "acknowledged": ["acknowledge"],
    "assessed": ["acknowledge", "assess"],
    "investigating": ["acknowledge", "assess", "investigate"],
    "resolution_proposed": _CASE_PATH,
    "customer_rejected": _CASE_PATH + ["customer_rejects"],
}


def _dt(ms: int) -> datetime:
    return _EPOCH + timedelta(milliseconds=ms)


def _ms(at: datetime) -> int:
    return (at - _EPOCH) // timedelta(milliseconds=1)


def _due(start_ms: int, hours: float) -> int:
    return _ms(_CALENDAR.add_business_hours(_dt(start_ms), hours))


def _weighted(r: Callable[[], float], items: Sequence[T], weights: Sequence[float]) -> T:
    x, total = r() * sum(weights), 0.0
    for item, w in zip(items, weights):
        total += w
        if x < total:
            return item
    return items[-1]


class CaseWriter:
    """One complaint and everything that hangs off it, written into the chunk's rows."""

    def __init__(self, chunk: Any, ts: Callable[[int], Any], hlc: Callable[[int], str], device: str):
        self.c, self.ts, self.hlc, self.device = chunk, ts, hlc, device

    def _sync(self, table: str, created: int, updated: int | None = None) -> tuple[Any, ...]:
        updated = created if updated is None else updated
        return (self.c.nid[table](), self.ts(created), self.ts(updated), self.hlc(updated), self.device, 0)

    # -- the case ------------------------------------------------------------------
    def write(
        self,
        *,
        case_no: str,
        cid: str,
        call_id: str,
        order_id: str | None,
        category: str,
        severity: str,
        state: str,
        texts: tuple[str, str, str],
        zh: bool,
        opened: int,
        closed: int | None,
        owner: str | None,
        capturer: str,
        currency: str,
    ) -> int:
        """Write the case; returns the time of its last event."""
        c, r, as_of = self.c, self.c.r, self.c.as_of
        sup = c.ctx["supervisors"][0]
        complaint_id = c.nid["complaints"]()
        limits = DEFAULT_DEADLINES[Severity(severity)]
        ack_due, resolve_due = _due(opened, limits.acknowledge_within_h), _due(opened, limits.resolve_within_h)
        events: list[tuple[Any, ...]] = []  # (at, actor, action, from, to, comment, data)

        def add(
            at: int, actor: str, action: str, frm: str, to: str, comment: str = "", data: dict[str, Any] | None = None
        ) -> None:
            events.append((at, actor, action, frm, to, comment, data))

        add(
            opened,
            capturer,
            "receive",
            "received",
            "received",
            "",
            {
                "severity": severity,
                "acknowledge_due": _dt(ack_due).isoformat(),
                "resolve_due": _dt(resolve_due).isoformat(),
            },
        )
        if owner:
            add(
                opened,
                capturer,
                "assign",
                "received",
                "received",
                "captured",
                {"handover": False, "from_agent": None, "from_team": None, "to_agent": owner, "to_team": "complaints"},
            )
        resolution = P.RESOLUTIONS[category][1 if zh else 0]
        actor = owner or capturer

        # acknowledged and resolved mostly within the deadlines, sometimes late
        def late(share: float) -> float:
            return float(1.05 + r() * 1.5 if r() < share else 0.1 + r() * 0.85)

        ack_at = opened + int((ack_due - opened) * late(0.12))
        if closed is not None:
            closed = min(as_of - _HOUR, opened + max(_HOUR, int((resolve_due - opened) * late(0.15))))
        if closed is None:  # open: the steps that lead to its state, spread up to "now"
            path = _OPEN_PATHS[state]
            end = min(as_of - 60_000, opened + c.between(_HOUR, 6 * _DAY))
            ack_at = min(ack_at, end)
        else:
            accepted = r() < 0.85
            path = _CASE_PATH + ["customer_accepts" if accepted else "customer_rejects", "close"]
            if r() < 0.07:  # closed, then the problem came back: reopened and worked again
                path = path + ["reopen", "propose_resolution", "customer_accepts", "close"]
            end = closed
            ack_at = min(ack_at, opened + (closed - opened) // 4)
        times = self._spread(ack_at, end, len(path))
        state_now, escalated = "received", 0
        resolved_at = closed_at = acknowledged_at = None
        window_start, root_cause, reopen_count = opened, "", 0
        for action, at in zip(path, times):
            if action == "investigate" and not escalated and r() < 0.08:
                add(
                    at,
                    sup,
                    "escalate",
                    state_now,
                    state_now,
                    "customer asked for a manager",
                    {"level": 1, "reason": "manual"},
                )
                escalated = 1
            if action == "close":
                frm = state_now
                cause = c.choice(_CAUSES[category][0]) if r() < 0.3 else _weighted(r, *_CAUSES[category])
                comment = P.CLOSE_NOTES_REJECTED[zh] if frm == "customer_rejected" else ""
                add(at, actor, "close", frm, "closed", comment, {"root_cause": cause})
                state_now, closed_at, root_cause = "closed", at, cause
                resolved_at = resolved_at or at
                continue
            frm, to = _MOVES[action]
            if action == "investigate" and state_now == "customer_rejected":
                frm = "customer_rejected"
            comment, data = "", None
            if action == "propose_resolution":
                comment = resolution
            elif action == "reopen":
                reopen_count += 1
                window_start, resolve_due = at, _due(at, limits.resolve_within_h)
                comment, data = P.REOPEN_NOTES[zh], {"resolve_due": _dt(resolve_due).isoformat()}
                resolved_at = closed_at = None
            add(at, actor, action, frm, to, comment, data)
            state_now = to
            if action == "acknowledge":
                acknowledged_at = at
            elif action == "customer_accepts":
                resolved_at = at
        assert state_now == (state if closed is None else "closed")
        last = events[-1][0]
        breaches: list[str] = []
        if closed is None:  # the deadline check escalates an open case once its deadline passes
            kind, due = ("acknowledge", ack_due) if state_now == "received" else ("resolve", resolve_due)
            if due < as_of:
                at = max(due, last)
                add(
                    at,
                    "system",
                    "escalate",
                    state_now,
                    state_now,
                    f"{kind} deadline passed",
                    {"level": escalated + 1, "reason": f"breach_{kind}"},
                )
                escalated += 1
                breaches.append(f"{kind}@{_dt(due).isoformat()}")
                last = at
        survey: tuple[int | None, bool | None] = (None, None)
        if closed is not None:
            if r() < 0.8:  # most customers answer the survey
                weights = _CSAT_ACCEPTED if "customer_accepts" in path[-2:] else _CSAT_REJECTED
                csat = _weighted(r, [1, 2, 3, 4, 5], weights)
                survey = (csat, r() < (0.3 + 0.14 * csat))
                at = min(as_of - 1000, last + c.between(_HOUR, 2 * _DAY))
                add(
                    max(at, last),
                    actor,
                    "survey",
                    "closed",
                    "closed",
                    "",
                    {"csat": survey[0], "would_buy_again": survey[1]},
                )
                last = events[-1][0]
            if state == "follow_up_done":
                at = max(last, min(as_of - 1000, last + c.between(_DAY, 5 * _DAY)))
                add(at, actor, "follow_up", "closed", "follow_up_done", P.CALLBACK_OUTCOMES[zh])
                state_now, last = "follow_up_done", at
        for seq, (at, who, action, frm, to, comment, data) in enumerate(events, start=1):
            self._event(complaint_id, "case", seq, at, who, action, frm, to, comment, data)
        last = max(
            last,
            self._recovery(
                complaint_id, state, opened, ack_at, closed_at or closed, actor, sup, currency, category, zh
            ),
        )
        last = max(last, self._callbacks(complaint_id, state, closed_at, events[-1][0], owner, zh))
        needs_sup = int(escalated > 0 and closed is None)
        c.rows["complaints"].append(
            (complaint_id, self.ts(opened), self.ts(last), self.hlc(last), self.device, 0)
            + (
                case_no,
                cid,
                call_id,
                order_id,
                "phone",
                category,
                severity,
                state_now,
                *texts,
                owner,
                self.ts(opened),
                self.ts(ack_due),
                self.ts(resolve_due),
                self.ts(closed_at) if closed_at else None,
                "complaints" if owner else "",
                escalated,
                needs_sup,
                self.ts(window_start),
                self.ts(acknowledged_at) if acknowledged_at else None,
                self.ts(resolved_at) if resolved_at else None,
                root_cause,
                resolution if "propose_resolution" in path else "",
                reopen_count,
                survey[0],
                None if survey[1] is None else int(survey[1]),
                json.dumps(breaches) if breaches else "",
            )
        )
        return int(last)

    def _spread(self, start: int, end: int, n: int) -> list[int]:
        """``n`` increasing times from ``start`` to ``end`` (the last exactly at ``end`` when n > 1)."""
        if n == 0:
            return []
        if n == 1:
            return [start]
        end = max(end, start + n * 1000)
        cuts = sorted(self.c.between(start, end) for _ in range(n - 2))
        times = [start] + cuts + [end]
        return [t - t % 1000 for t in times]

    def _event(
        self,
        complaint_id: str,
        kind: str,
        seq: int,
        at: int,
        actor: str | None,
        action: str,
        frm: str,
        to: str,
        comment: str = "",
        data: dict[str, Any] | None = None,
        ref: str | None = None,
    ) -> None:
        self.c.rows["complaint_events"].append(
            self._sync("complaint_events", at)
            + (
                complaint_id,
                seq,
                self.ts(at),
                actor,
                kind,
                action,
                frm,
                to,
                ref,
                comment or "",
                json.dumps(data, ensure_ascii=False, sort_keys=True) if data else "",
            )
        )

    # -- recovery --------------------------------------------------------------------
    def _recovery(
        self,
        complaint_id: str,
        state: str,
        opened: int,
        ack_at: int,
        closed: int | None,
        actor: str,
        sup: str,
        currency: str,
        category: str,
        zh: bool,
    ) -> int:
        c, r = self.c, self.c.r
        last = opened
        if closed is not None:
            count = (r() < 0.55) + (r() < 0.15)
        elif state in ("investigating", "resolution_proposed", "customer_rejected"):
            count = 1 if (r() < 0.6 or c.first_open_case) else 0
        else:
            count = 0
        per_usd = P.PER_USD[currency]
        total = 0  # the case total the agent's limit also caps
        for n in range(count):
            kind = "apology" if n == 0 and not c.first_open_case and r() < 0.3 else _weighted(r, _KINDS, _KIND_W)
            pending_wanted = closed is None and (c.first_open_case or r() < 0.4)
            if kind == "apology":
                amount = 0
            else:
                lo, hi = P.RECOVERY_USD[kind]
                amount = int(c.between(lo, hi) * per_usd) * 100
                if pending_wanted:  # over the agent's limit: waits for a supervisor
                    amount = _AGENT_LIMITS.action_limit(kind) + int(c.between(5, 60) * per_usd) * 100
                    amount = min(amount, DEFAULT_LIMITS["supervisor"].action_limit(kind))
            over = kind != "apology" and (
                amount > _AGENT_LIMITS.action_limit(kind) or total + amount > _AGENT_LIMITS.case_total
            )
            start = max(ack_at, opened) + c.between(10 * 60_000, 6 * _HOUR)
            if closed is not None:
                start = min(start, closed - 1000)
            start = min(start, c.as_of - 2000)
            start -= start % 1000
            steps = [("propose", "", "pending_approval" if over else "proposed", actor, "agent")]
            if closed is not None:
                if over and r() < 0.15:
                    steps.append(("refuse", "pending_approval", "refused", sup, "supervisor"))
                else:
                    if over:
                        steps.append(("approve", "pending_approval", "approved", sup, "supervisor"))
                    steps.append(("execute", steps[-1][2], "executed", actor, "agent"))
            elif not over and r() < 0.5:
                steps.append(("execute", "proposed", "executed", actor, "agent"))
            end = closed if closed is not None else min(c.as_of - 1000, start + 2 * _DAY)
            times = [start] + sorted(c.between(start, max(start, end)) for _ in steps[1:])
            if steps[-1][2] != "refused":
                total += amount
            action_id = c.nid["recovery_actions"]()
            decided = next(
                ((who, at) for (a, _, _, who, _), at in zip(steps, times) if a in ("approve", "refuse")), (None, None)
            )
            c.rows["recovery_actions"].append(
                (action_id, self.ts(start), self.ts(times[-1]), self.hlc(times[-1]), self.device, 0)
                + (
                    complaint_id,
                    kind,
                    amount,
                    currency,
                    P.RECOVERY_REASONS[kind][zh],
                    steps[-1][2],
                    actor,
                    "agent",
                    self.ts(start),
                    decided[0],
                    self.ts(decided[1]) if decided[1] else None,
                )
            )
            for seq, ((action, frm, to, who, role), at) in enumerate(zip(steps, times), start=1):
                self._event(
                    complaint_id,
                    "recovery",
                    seq,
                    at,
                    who,
                    action,
                    frm,
                    to,
                    "",
                    {"role": role, "kind": kind, "amount_minor": amount, "currency": currency},
                    action_id,
                )
            last = max(last, times[-1])
        return last

    # -- follow-up callbacks ------------------------------------------------------------
    def _callbacks(
        self, complaint_id: str, state: str, closed_at: int | None, last_event: int, owner: str | None, zh: bool
    ) -> int:
        c, r = self.c, self.c.r
        if closed_at is not None and state == "follow_up_done" and r() < 0.6:
            scheduled = closed_at
            due = scheduled + c.between(_DAY, 3 * _DAY)
            finished = max(scheduled + 60_000, min(last_event, c.as_of - 1000))
            status, who, outcome = "done", owner or c.ctx["supervisors"][0], P.CALLBACK_OUTCOMES[zh]
        elif closed_at is None and owner and (c.first_open_case or r() < 0.3):
            if c.first_open_case:  # one per chunk for agent1, so the demo login has a task today
                owner = c.ctx["agent1"]
            scheduled = min(c.as_of - 1000, last_event + 60_000)
            due = c.as_of + c.between(_HOUR, 20 * _HOUR)  # due on the snapshot day
            due -= due % 60_000
            finished, status, who, outcome = None, "scheduled", None, ""
        else:
            return 0
        scheduled -= scheduled % 1000
        callback_id = c.nid["follow_up_callbacks"]()
        note = P.CALLBACK_NOTES[zh]
        c.rows["follow_up_callbacks"].append(
            (
                callback_id,
                self.ts(scheduled),
                self.ts(finished or scheduled),
                self.hlc(finished or scheduled),
                self.device,
                0,
            )
            + (
                complaint_id,
                owner,
                self.ts(due),
                status,
                owner,
                self.ts(scheduled),
                note,
                who,
                self.ts(finished) if finished else None,
                outcome,
            )
        )
        self._event(
            complaint_id,
            "callback",
            1,
            scheduled,
            owner,
            "schedule_callback",
            "",
            "scheduled",
            note,
            {"due": _dt(due).isoformat(), "owner": owner},
            callback_id,
        )
        if finished:
            self._event(
                complaint_id,
                "callback",
                2,
                finished,
                who,
                "callback_done",
                "scheduled",
                "done",
                outcome,
                None,
                callback_id,
            )
        return finished or scheduled
