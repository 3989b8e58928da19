"""Service recovery: actions that put things right, approval limits, follow-up callbacks.

A ``RecoveryPlan`` belongs to one complaint case. It holds the recovery actions
(apology, callback, refund, account credit, replacement, voucher, goodwill gift)
and the follow-up callbacks scheduled on the case.

Statuses of an action::

    proposed          within the proposer's limits: can be executed straight away
    pending_approval  over the proposer's limit (per action or case total): waits
    approved          approved by someone else whose limits cover it
    refused           refused by an approver (final)
    executed          done (final)
    cancelled         withdrawn before execution (final)

Rules:
- Money is integer minor units (``Money``) in the policy's currency; apologies and
  callbacks carry no money, every other kind a positive amount.
- Limits are per role (agent, supervisor, manager) per action kind and per case
  total. When proposing, the case total counts every action not refused or
  cancelled, including those still waiting for approval (so small actions cannot
  slip past the proposer's case limit while a big one waits). When approving, it
  counts what is already agreed (proposed within limits, approved, executed) plus
  the action being approved; other waiting actions are judged on their own turn.
- Nobody approves their own proposal; the approver's limits must cover both the
  amount and the case total at the time of approval.
- A proposal that no role's limits could ever cover is refused up front.
- Every step is a ``RecoveryEvent`` (who, role, when, from, to, why) on the
  action's append-only history.

Refusals are problems with parameters (``callcenter.core.errors``), each also a
``RecoveryNotAllowed`` so a caller can catch any recovery refusal at once:
``RecoveryOverLimit`` (an ``OverLimit``: the limit and the amount as ``Money``, scope
"action" or "case"), ``RecoveryNotPermitted`` (a ``NotPermitted``: deciding on one's
own proposal, a role without limits) and ``IllegalRecoveryStep`` (an ``IllegalStep``:
the step and the action's status). Input that cannot be taken (no reason, an amount in
the wrong currency) is ``RecoveryInvalid`` (an ``Invalid`` and a ``ValueError``).
A stored plan comes back with ``RecoveryPlan.restore`` and ``RecoveryAction.restore``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from types import MappingProxyType
from typing import Any, Protocol

from callcenter.core.errors import IllegalStep, Invalid, NotPermitted, OverLimit, Problem
from callcenter.core.money import Money

AGENT, SUPERVISOR, MANAGER = "agent", "supervisor", "manager"
APPROVAL_ROLES = (AGENT, SUPERVISOR, MANAGER)


class RecoveryKind(str, enum.Enum):
    APOLOGY = "apology"
    CALLBACK = "callback"
    REFUND = "refund"
    ACCOUNT_CREDIT = "account_credit"
    REPLACEMENT = "replacement"
    VOUCHER = "voucher"
    GOODWILL_GIFT = "goodwill_gift"


NO_MONEY_KINDS = frozenset({RecoveryKind.APOLOGY, RecoveryKind.CALLBACK})


class RecoveryStatus(str, enum.Enum):
    PROPOSED = "proposed"
    PENDING_APPROVAL = "pending_approval"
    APPROVED = "approved"
    REFUSED = "refused"
    EXECUTED = "executed"
    CANCELLED = "cancelled"


R = RecoveryStatus
FINAL_STATUSES = frozenset({R.REFUSED, R.EXECUTED, R.CANCELLED})
COUNTED_STATUSES = frozenset({R.PROPOSED, R.PENDING_APPROVAL, R.APPROVED, R.EXECUTED})


def _words(value: Any) -> str:
    return str(getattr(value, "value", value)).replace("_", " ")


class RecoveryNotAllowed(Problem):
    """Any recovery step the rules refuse. Never raised itself: the refusal is one of the
    three below, each also the general problem it is (so the GUI words it by kind)."""


class RecoveryOverLimit(RecoveryNotAllowed, OverLimit):
    """Over a limit: ``limit`` and ``amount`` are ``Money``; ``scope`` is "action" (the limit
    for this kind) or "case" (the case total); ``step`` says whether proposing (over every
    approver's limit) or approving (over the approver's own); ``role`` and ``kind`` too."""

    def english(self) -> str:
        p = self.params
        kind, amount, limit = _words(p.get("kind", "")), p["amount"], p["limit"]
        if p.get("step") == "propose":
            what = f"{amount.format()} for a {kind}" if p.get("scope") != "case" else f"a {kind}"
            extra = f" (case total would be {amount.format()})" if p.get("scope") == "case" else ""
            return f"{what} is over every approver's limit{extra}"
        role = _words(p.get("role", ""))
        if p.get("scope") == "case":
            return (
                f"a {role} cannot approve a {kind} with a case total of {amount.format()}: it is over the "
                f"{role}'s case total limit of {limit.format()}"
            )
        return f"a {role} cannot approve {amount.format()} for a {kind}: it is over the {role}'s limit"


class RecoveryNotPermitted(RecoveryNotAllowed, NotPermitted):
    """``action`` (decide_own_proposal, or the step asked for by a role without limits) and ``role``."""

    def english(self) -> str:
        if self.params.get("action") == "decide_own_proposal":
            return "you cannot approve your own proposal; another approver must do it (or cancel it instead)"
        return f"the role {self.params.get('role')!r} has no approval limits"


RECOVERY_REASONS: Mapping[str, str] = MappingProxyType(
    {
        "awaiting_approval": "it is waiting for approval",
        "already_decided": "only actions waiting for approval can be decided",
        "finished": "it is already finished",
    }
)


class IllegalRecoveryStep(RecoveryNotAllowed, IllegalStep):
    """A step the action's (or callback's) status does not allow: ``action`` is the step
    (approve_recovery, refuse_recovery, execute_recovery, cancel_recovery, finish_callback),
    ``state`` the status, ``reason`` a code of ``RECOVERY_REASONS``."""

    def english(self) -> str:
        p = self.params
        verb = {
            "approve_recovery": "approve",
            "refuse_recovery": "refuse",
            "execute_recovery": "carry out",
            "cancel_recovery": "cancel",
            "finish_callback": "finish",
        }.get(str(p["action"]), _words(p["action"]))
        what = f"a {_words(p['kind'])}" if p.get("kind") else "the callback"
        reason = str(p.get("reason") or "")
        message = f"cannot {verb} {what} that is {_words(p['state'])}"
        return f"{message}: {RECOVERY_REASONS.get(reason, reason)}" if reason else message


_INVALID_ENGLISH: Mapping[tuple[str, str], str] = MappingProxyType(
    {
        ("reason", "required"): "say why",
        ("amount", "must_be_zero"): "this kind of recovery action carries no money; the amount must be 0",
        ("amount", "above_zero"): "the amount must be above zero",
        ("amount", "wrong_currency"): "amounts on this case are in {currency}, not {given}",
        ("owner", "required"): "a callback needs an owner",
        ("due", "in_past"): "a callback cannot be due in the past",
    }
)


class RecoveryInvalid(Invalid, ValueError):
    """What was typed for a recovery step cannot be taken: ``fields`` maps a field to a reason code."""

    @property
    def errors(self) -> dict[str, str]:
        return dict(self.params["fields"])

    def english(self) -> str:
        fields: Mapping[str, str] = self.params.get("fields") or {}
        parts = []
        for f, r in fields.items():
            text = _INVALID_ENGLISH.get((f, r), f"{f.replace('_', ' ')}: {r}")
            try:
                parts.append(text.format(**self.params))
            except (KeyError, IndexError):
                parts.append(text)
        return "; ".join(parts)


@dataclass(frozen=True)
class RoleLimits:
    per_action: Mapping[RecoveryKind, int]  # minor units; a kind not listed means 0
    case_total: int

    def action_limit(self, kind: RecoveryKind | str) -> int:
        return int(self.per_action.get(RecoveryKind(kind), 0))


def _limits(refund: int, credit: int, replacement: int, voucher: int, gift: int, total: int) -> RoleLimits:
    K = RecoveryKind
    return RoleLimits(
        MappingProxyType(
            {
                K.APOLOGY: 0,
                K.CALLBACK: 0,
                K.REFUND: refund,
                K.ACCOUNT_CREDIT: credit,
                K.REPLACEMENT: replacement,
                K.VOUCHER: voucher,
                K.GOODWILL_GIFT: gift,
            }
        ),
        total,
    )


# Sensible defaults in minor units of the policy currency (e.g. 5000 = 50.00).
DEFAULT_LIMITS: Mapping[str, RoleLimits] = MappingProxyType(
    {
        AGENT: _limits(5_000, 5_000, 10_000, 2_000, 2_000, total=10_000),
        SUPERVISOR: _limits(50_000, 50_000, 100_000, 20_000, 20_000, total=100_000),
        MANAGER: _limits(500_000, 500_000, 1_000_000, 200_000, 200_000, total=2_000_000),
    }
)


# What a site's approval-limit table holds: one amount per (approval role, kind of action),
# "case_total" standing for the case total. ``limits_from_rows`` lays such rows over the
# defaults above, so a role or kind the table does not name keeps today's limit.
CASE_TOTAL = "case_total"
LIMIT_KINDS = (*(k.value for k in RecoveryKind if k not in NO_MONEY_KINDS), CASE_TOTAL)


def limits_from_rows(rows: Iterable[tuple[str, str, int]]) -> dict[str, RoleLimits]:
    """Role limits from ``(approval role, kind or "case_total", amount in minor units)`` rows,
    laid over ``DEFAULT_LIMITS``; rows naming an unknown role or kind are ignored."""
    per_action = {role: dict(lim.per_action) for role, lim in DEFAULT_LIMITS.items()}
    totals = {role: lim.case_total for role, lim in DEFAULT_LIMITS.items()}
    for role, kind, amount in rows:
        if role not in per_action or kind not in LIMIT_KINDS:
            continue
        if isinstance(amount, bool) or not isinstance(amount, int) or amount < 0:
            continue
        if kind == CASE_TOTAL:
            totals[role] = amount
        else:
            per_action[role][RecoveryKind(kind)] = amount
    return {role: RoleLimits(MappingProxyType(per_action[role]), totals[role]) for role in per_action}


def limit_rows(limits: Mapping[str, RoleLimits]) -> list[tuple[str, str, int]]:
    """The other way: every (role, kind, amount) of these limits, the rows a site starts with."""
    out = []
    for role in APPROVAL_ROLES:
        lim = limits[role]
        for kind in LIMIT_KINDS:
            out.append((role, kind, lim.case_total if kind == CASE_TOTAL else lim.action_limit(kind)))
    return out


@dataclass
class ApprovalPolicy:
    currency: str = "USD"
    limits: Mapping[str, RoleLimits] = field(default_factory=lambda: dict(DEFAULT_LIMITS))

    def role_limits(self, role: str) -> RoleLimits:
        key = getattr(role, "value", role)
        if key not in self.limits:
            raise RecoveryNotPermitted("recovery", str(key))
        return self.limits[key]

    def covers(self, role: str, kind: RecoveryKind, amount_minor: int, case_total_minor: int) -> bool:
        lim = self.role_limits(role)
        return amount_minor <= lim.action_limit(kind) and case_total_minor <= lim.case_total

    def anyone_covers(self, kind: RecoveryKind, amount_minor: int, case_total_minor: int) -> bool:
        return any(self.covers(r, kind, amount_minor, case_total_minor) for r in self.limits)

    def over_limit(
        self, role: str | None, kind: RecoveryKind, amount_minor: int, case_total_minor: int, step: str
    ) -> RecoveryOverLimit:
        """The refusal for an amount over the limits of ``role`` (None: of every role), naming
        the limit it breaks first: the one for this kind of action, else the case total."""
        roles = [self.role_limits(role)] if role is not None else list(self.limits.values())
        action_limit = max((lim.action_limit(kind) for lim in roles), default=0)

        def money(minor: int) -> Money:
            return Money(minor, self.currency)

        who = getattr(role, "value", role) if role is not None else ""
        kind_value = RecoveryKind(kind).value
        if amount_minor > action_limit:
            return RecoveryOverLimit(
                money(action_limit), money(amount_minor), "action", step=step, role=who, kind=kind_value
            )
        case_limit = max((lim.case_total for lim in roles), default=0)
        return RecoveryOverLimit(
            money(case_limit), money(case_total_minor), "case", step=step, role=who, kind=kind_value
        )


@dataclass(frozen=True)
class RecoveryEvent:
    at: datetime
    actor: str
    role: str
    action: str  # propose, approve, refuse, execute, cancel
    from_status: RecoveryStatus | None
    to_status: RecoveryStatus
    comment: str = ""


@dataclass
class RecoveryAction:
    action_id: str
    case_id: str
    kind: RecoveryKind
    amount: Money
    reason: str
    proposed_by: str
    proposed_role: str
    proposed_at: datetime
    status: RecoveryStatus = RecoveryStatus.PROPOSED
    decided_by: str | None = None  # who approved or refused
    _history: list[RecoveryEvent] = field(default_factory=list, repr=False, init=False)

    @property
    def history(self) -> tuple[RecoveryEvent, ...]:
        return tuple(self._history)

    @classmethod
    def restore(cls, *, history: Iterable[RecoveryEvent] = (), **facts: Any) -> RecoveryAction:
        """A stored action as it was: its facts (the dataclass fields) and its recorded steps."""
        action = cls(**facts)
        action._history.extend(history)
        return action

    @property
    def counts_toward_total(self) -> bool:
        return self.status in COUNTED_STATUSES


class CallbackStatus(str, enum.Enum):
    SCHEDULED = "scheduled"
    DONE = "done"
    CANCELLED = "cancelled"


@dataclass
class FollowUpCallback:
    callback_id: str
    case_id: str
    owner: str
    due: datetime
    scheduled_by: str
    scheduled_at: datetime
    note: str = ""
    status: CallbackStatus = CallbackStatus.SCHEDULED
    finished_by: str | None = None
    finished_at: datetime | None = None
    outcome: str = ""


def _aware(value: datetime, name: str = "time") -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime (use UTC)")
    return value.astimezone(UTC)


def _actor(value: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("every action needs the name of who did it")
    return value.strip()


def _required(value: str, field_name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise RecoveryInvalid({field_name: "required"})
    return value.strip()


class RecoveryPlan:
    """The recovery actions and follow-up callbacks of one complaint case."""

    def __init__(
        self,
        case_id: str,
        policy: ApprovalPolicy | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        new_id: Callable[[str], str] | None = None,
    ):
        self.case_id = case_id
        self.policy = policy or ApprovalPolicy()
        self.clock = clock
        # ids for new actions and callbacks: readable "<case>-R1" by default; a store passes
        # a factory of globally unique ids (new_id("R") / new_id("CB")).
        self.new_id = new_id or (lambda prefix: f"{case_id}-{prefix}{self._count(prefix) + 1}")
        self._actions: list[RecoveryAction] = []
        self._callbacks: list[FollowUpCallback] = []

    @classmethod
    def restore(
        cls,
        case_id: str,
        policy: ApprovalPolicy | None = None,
        actions: Iterable[RecoveryAction] = (),
        callbacks: Iterable[FollowUpCallback] = (),
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        new_id: Callable[[str], str] | None = None,
    ) -> RecoveryPlan:
        """A stored plan as it was: its actions (with their histories) and its callbacks."""
        plan = cls(case_id, policy, clock, new_id)
        plan._actions.extend(actions)
        plan._callbacks.extend(callbacks)
        return plan

    # -- queries -----------------------------------------------------------
    def _count(self, prefix: str) -> int:
        return len(self._actions) if prefix == "R" else len(self._callbacks)

    @property
    def actions(self) -> tuple[RecoveryAction, ...]:
        return tuple(self._actions)

    @property
    def callbacks(self) -> tuple[FollowUpCallback, ...]:
        return tuple(self._callbacks)

    def action(self, action_id: str) -> RecoveryAction:
        for a in self._actions:
            if a.action_id == action_id:
                return a
        raise KeyError(f"no recovery action {action_id!r} on case {self.case_id}")

    def committed_total(self, include_pending: bool = True) -> Money:
        """Everything proposed, approved or executed, and (by default) awaiting approval.

        Refused and cancelled actions never count.
        """
        counted = COUNTED_STATUSES if include_pending else COUNTED_STATUSES - {R.PENDING_APPROVAL}
        return Money(sum(a.amount.minor for a in self._actions if a.status in counted), self.policy.currency)

    def total_if_approved(self, action: RecoveryAction) -> int:
        """The case total an approver answers for: what is already agreed plus this action
        (other actions still waiting for approval are judged when they are approved)."""
        return self.committed_total(include_pending=False).minor + action.amount.minor

    def pending(self) -> list[RecoveryAction]:
        return [a for a in self._actions if a.status is R.PENDING_APPROVAL]

    # -- internals ---------------------------------------------------------
    def _time(self, at: datetime | None) -> datetime:
        return _aware(at if at is not None else self.clock())

    @staticmethod
    def _step(
        action: RecoveryAction, actor: str, role: str, name: str, to: RecoveryStatus, at: datetime, comment: str = ""
    ) -> RecoveryEvent:
        event = RecoveryEvent(at, actor, role, name, action.status if action._history else None, to, comment)
        action._history.append(event)
        action.status = to
        return event

    def _role(self, role: str) -> str:
        role = getattr(role, "value", role)
        self.policy.role_limits(role)
        return role

    # -- actions -----------------------------------------------------------
    def propose(
        self,
        kind: RecoveryKind | str,
        amount: Money,
        reason: str,
        actor: str,
        role: str,
        at: datetime | None = None,
        action_id: str | None = None,
    ) -> RecoveryAction:
        kind = RecoveryKind(kind)
        actor = _actor(actor)
        reason = _required(reason, "reason")
        role = self._role(role)
        if not isinstance(amount, Money):
            raise TypeError("the amount must be Money (integer minor units and a currency)")
        if amount.currency != self.policy.currency:
            raise RecoveryInvalid({"amount": "wrong_currency"}, currency=self.policy.currency, given=amount.currency)
        if kind in NO_MONEY_KINDS and amount.minor != 0:
            raise RecoveryInvalid({"amount": "must_be_zero"}, kind=kind.value)
        if kind not in NO_MONEY_KINDS and amount.minor <= 0:
            raise RecoveryInvalid({"amount": "above_zero"}, kind=kind.value)
        at = self._time(at)
        total_after = self.committed_total().minor + amount.minor
        if self.policy.covers(role, kind, amount.minor, total_after):
            status, comment = R.PROPOSED, "within the proposer's limits"
        elif self.policy.anyone_covers(kind, amount.minor, total_after):
            status, comment = R.PENDING_APPROVAL, "over the proposer's limit: needs approval"
        else:
            raise self.policy.over_limit(None, kind, amount.minor, total_after, "propose")
        action = RecoveryAction(action_id or self.new_id("R"), self.case_id, kind, amount, reason, actor, role, at)
        if any(a.action_id == action.action_id for a in self._actions):
            raise ValueError(f"recovery action {action.action_id!r} already exists")
        self._step(action, actor, role, "propose", status, at, comment)
        self._actions.append(action)
        return action

    def _waiting(self, a: RecoveryAction, step: str) -> None:
        if a.status is not R.PENDING_APPROVAL:
            raise IllegalRecoveryStep(step, a.status.value, "already_decided", kind=a.kind.value)

    def approve(
        self, action_id: str, actor: str, role: str, at: datetime | None = None, comment: str = ""
    ) -> RecoveryEvent:
        a = self.action(action_id)
        actor = _actor(actor)
        role = self._role(role)
        self._waiting(a, "approve_recovery")
        if actor == a.proposed_by:
            raise RecoveryNotPermitted("decide_own_proposal", role)
        total = self.total_if_approved(a)
        if not self.policy.covers(role, a.kind, a.amount.minor, total):
            raise self.policy.over_limit(role, a.kind, a.amount.minor, total, "approve")
        event = self._step(a, actor, role, "approve", R.APPROVED, self._time(at), comment)
        a.decided_by = actor
        return event

    def refuse(self, action_id: str, actor: str, role: str, reason: str, at: datetime | None = None) -> RecoveryEvent:
        a = self.action(action_id)
        actor = _actor(actor)
        role = self._role(role)
        reason = _required(reason, "reason")
        self._waiting(a, "refuse_recovery")
        if actor == a.proposed_by:
            raise RecoveryNotPermitted("decide_own_proposal", role)
        event = self._step(a, actor, role, "refuse", R.REFUSED, self._time(at), reason)
        a.decided_by = actor
        return event

    def execute(
        self, action_id: str, actor: str, role: str, at: datetime | None = None, comment: str = ""
    ) -> RecoveryEvent:
        a = self.action(action_id)
        actor = _actor(actor)
        role = self._role(role)
        if a.status is R.PENDING_APPROVAL:
            raise IllegalRecoveryStep("execute_recovery", a.status.value, "awaiting_approval", kind=a.kind.value)
        if a.status not in (R.PROPOSED, R.APPROVED):
            raise IllegalRecoveryStep("execute_recovery", a.status.value, "finished", kind=a.kind.value)
        return self._step(a, actor, role, "execute", R.EXECUTED, self._time(at), comment)

    def cancel(self, action_id: str, actor: str, role: str, reason: str, at: datetime | None = None) -> RecoveryEvent:
        a = self.action(action_id)
        actor = _actor(actor)
        role = self._role(role)
        reason = _required(reason, "reason")
        if a.status in FINAL_STATUSES:
            raise IllegalRecoveryStep("cancel_recovery", a.status.value, "finished", kind=a.kind.value)
        return self._step(a, actor, role, "cancel", R.CANCELLED, self._time(at), reason)

    # -- follow-up callbacks -----------------------------------------------
    def schedule_callback(
        self,
        owner: str,
        due: datetime,
        actor: str,
        at: datetime | None = None,
        note: str = "",
        callback_id: str | None = None,
    ) -> FollowUpCallback:
        owner = _required(owner, "owner")
        actor = _actor(actor)
        due, at = _aware(due, "due time"), self._time(at)
        if due < at:
            raise RecoveryInvalid({"due": "in_past"})
        cb = FollowUpCallback(callback_id or self.new_id("CB"), self.case_id, owner, due, actor, at, note)
        if any(c.callback_id == cb.callback_id for c in self._callbacks):
            raise ValueError(f"callback {cb.callback_id!r} already exists")
        self._callbacks.append(cb)
        return cb

    def callback(self, callback_id: str) -> FollowUpCallback:
        cb = next((c for c in self._callbacks if c.callback_id == callback_id), None)
        if cb is None:
            raise KeyError(f"no callback {callback_id!r} on case {self.case_id}")
        return cb

    def _finish(
        self, callback_id: str, actor: str, status: CallbackStatus, at: datetime | None, outcome: str
    ) -> FollowUpCallback:
        cb = self.callback(callback_id)
        if cb.status is not CallbackStatus.SCHEDULED:
            raise IllegalRecoveryStep("finish_callback", cb.status.value, "finished")
        cb.status, cb.finished_at = status, self._time(at)
        cb.finished_by = _actor(actor)
        cb.outcome = outcome
        return cb

    def complete_callback(
        self, callback_id: str, actor: str, at: datetime | None = None, outcome: str = ""
    ) -> FollowUpCallback:
        return self._finish(callback_id, actor, CallbackStatus.DONE, at, outcome)

    def cancel_callback(
        self, callback_id: str, actor: str, reason: str, at: datetime | None = None
    ) -> FollowUpCallback:
        return self._finish(callback_id, actor, CallbackStatus.CANCELLED, at, _required(reason, "reason"))


class HasCallbacks(Protocol):
    @property
    def callbacks(self) -> tuple[FollowUpCallback, ...]: ...


def approval_queue(plans: Iterable[RecoveryPlan], role: str | None = None) -> list[RecoveryAction]:
    """Actions waiting for approval, oldest first; with ``role``, only those that role may approve."""
    out = []
    for plan in plans:
        for a in plan.pending():
            if role is None or plan.policy.covers(role, a.kind, a.amount.minor, plan.total_if_approved(a)):
                out.append(a)
    return sorted(out, key=lambda a: a.proposed_at)


def due_tasks(
    cases: Iterable[HasCallbacks], owner: str, now: datetime, within: timedelta = timedelta(0)
) -> list[FollowUpCallback]:
    """Scheduled callbacks of ``owner`` due by ``now`` (+ ``within``), earliest first.

    ``cases`` is anything with a ``callbacks`` attribute (usually ``RecoveryPlan``s).
    """
    limit = _aware(now, "now") + within
    tasks = [
        cb
        for c in cases
        for cb in c.callbacks
        if cb.owner == owner and cb.status is CallbackStatus.SCHEDULED and cb.due <= limit
    ]
    return sorted(tasks, key=lambda cb: cb.due)
