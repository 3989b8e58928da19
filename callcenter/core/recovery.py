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
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from types import MappingProxyType

from .money import Money

UTC = UTC

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


class RecoveryNotAllowed(Exception):
    """A recovery step the rules do not allow, in plain words."""


@dataclass(frozen=True)
class RoleLimits:
    per_action: Mapping[RecoveryKind, int]  # minor units; a kind not listed means 0
    case_total: int

    def action_limit(self, kind: RecoveryKind) -> int:
        return int(self.per_action.get(RecoveryKind(kind), 0))


def _limits(refund, credit, replacement, voucher, gift, total) -> RoleLimits:
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


@dataclass
class ApprovalPolicy:
    currency: str = "USD"
    limits: Mapping[str, RoleLimits] = field(default_factory=lambda: dict(DEFAULT_LIMITS))

    def role_limits(self, role: str) -> RoleLimits:
        key = getattr(role, "value", role)
        if key not in self.limits:
            raise RecoveryNotAllowed(f"the role {key!r} has no approval limits")
        return self.limits[key]

    def covers(self, role: str, kind: RecoveryKind, amount_minor: int, case_total_minor: int) -> bool:
        lim = self.role_limits(role)
        return amount_minor <= lim.action_limit(kind) and case_total_minor <= lim.case_total

    def anyone_covers(self, kind: RecoveryKind, amount_minor: int, case_total_minor: int) -> bool:
        return any(self.covers(r, kind, amount_minor, case_total_minor) for r in self.limits)


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
    _history: list[RecoveryEvent] = field(default_factory=list, repr=False)

    @property
    def history(self) -> tuple[RecoveryEvent, ...]:
        return tuple(self._history)

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


def _text(value: str, message: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(message)
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
        actor = _text(actor, "every action needs the name of who did it")
        reason = _text(reason, "say why this recovery action is offered")
        role = self._role(role)
        if not isinstance(amount, Money):
            raise TypeError("the amount must be Money (integer minor units and a currency)")
        if amount.currency != self.policy.currency:
            raise ValueError(f"amounts on this case are in {self.policy.currency}, not {amount.currency}")
        if kind in NO_MONEY_KINDS and amount.minor != 0:
            raise ValueError(f"an {kind.value} carries no money; the amount must be 0")
        if kind not in NO_MONEY_KINDS and amount.minor <= 0:
            raise ValueError(f"a {kind.value.replace('_', ' ')} needs an amount above zero")
        at = self._time(at)
        total_after = self.committed_total().minor + amount.minor
        if self.policy.covers(role, kind, amount.minor, total_after):
            status, comment = R.PROPOSED, "within the proposer's limits"
        elif self.policy.anyone_covers(kind, amount.minor, total_after):
            status, comment = R.PENDING_APPROVAL, "over the proposer's limit: needs approval"
        else:
            raise RecoveryNotAllowed(
                f"{amount.format()} for a {kind.value.replace('_', ' ')} is over every approver's limit"
                f" (case total would be {Money(total_after, amount.currency).format()})"
            )
        action = RecoveryAction(action_id or self.new_id("R"), self.case_id, kind, amount, reason, actor, role, at)
        if any(a.action_id == action.action_id for a in self._actions):
            raise ValueError(f"recovery action {action.action_id!r} already exists")
        self._step(action, actor, role, "propose", status, at, comment)
        self._actions.append(action)
        return action

    def approve(
        self, action_id: str, actor: str, role: str, at: datetime | None = None, comment: str = ""
    ) -> RecoveryEvent:
        a = self.action(action_id)
        actor = _text(actor, "every action needs the name of who did it")
        role = self._role(role)
        if a.status is not R.PENDING_APPROVAL:
            raise RecoveryNotAllowed(
                f"cannot approve a {a.kind.value.replace('_', ' ')} that is "
                f"{a.status.value.replace('_', ' ')}; only actions waiting for approval can be"
            )
        if actor == a.proposed_by:
            raise RecoveryNotAllowed("you cannot approve your own proposal; another approver must do it")
        total = self.total_if_approved(a)
        if not self.policy.covers(role, a.kind, a.amount.minor, total):
            raise RecoveryNotAllowed(
                f"a {role} cannot approve {a.amount.format()} for a {a.kind.value.replace('_', ' ')}"
                f" with a case total of {Money(total, a.amount.currency).format()}: it is over the {role}'s limit"
            )
        event = self._step(a, actor, role, "approve", R.APPROVED, self._time(at), comment)
        a.decided_by = actor
        return event

    def refuse(self, action_id: str, actor: str, role: str, reason: str, at: datetime | None = None) -> RecoveryEvent:
        a = self.action(action_id)
        actor = _text(actor, "every action needs the name of who did it")
        role = self._role(role)
        reason = _text(reason, "say why the action is refused")
        if a.status is not R.PENDING_APPROVAL:
            raise RecoveryNotAllowed(
                f"cannot refuse a {a.kind.value.replace('_', ' ')} that is {a.status.value.replace('_', ' ')}"
            )
        if actor == a.proposed_by:
            raise RecoveryNotAllowed("you cannot decide on your own proposal; cancel it instead")
        event = self._step(a, actor, role, "refuse", R.REFUSED, self._time(at), reason)
        a.decided_by = actor
        return event

    def execute(
        self, action_id: str, actor: str, role: str, at: datetime | None = None, comment: str = ""
    ) -> RecoveryEvent:
        a = self.action(action_id)
        actor = _text(actor, "every action needs the name of who did it")
        role = self._role(role)
        if a.status is R.PENDING_APPROVAL:
            raise RecoveryNotAllowed(
                f"cannot carry out the {a.kind.value.replace('_', ' ')} yet: it is waiting for approval"
            )
        if a.status not in (R.PROPOSED, R.APPROVED):
            raise RecoveryNotAllowed(f"cannot carry out a {a.kind.value.replace('_', ' ')} that was {a.status.value}")
        return self._step(a, actor, role, "execute", R.EXECUTED, self._time(at), comment)

    def cancel(self, action_id: str, actor: str, role: str, reason: str, at: datetime | None = None) -> RecoveryEvent:
        a = self.action(action_id)
        actor = _text(actor, "every action needs the name of who did it")
        role = self._role(role)
        reason = _text(reason, "say why the action is cancelled")
        if a.status in FINAL_STATUSES:
            raise RecoveryNotAllowed(f"cannot cancel a {a.kind.value.replace('_', ' ')} that was {a.status.value}")
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
        owner = _text(owner, "a callback needs an owner")
        actor = _text(actor, "every action needs the name of who did it")
        due, at = _aware(due, "due time"), self._time(at)
        if due < at:
            raise ValueError("a callback cannot be due in the past")
        cb = FollowUpCallback(callback_id or self.new_id("CB"), self.case_id, owner, due, actor, at, note)
        if any(c.callback_id == cb.callback_id for c in self._callbacks):
            raise ValueError(f"callback {cb.callback_id!r} already exists")
        self._callbacks.append(cb)
        return cb

    def _finish(
        self, callback_id: str, actor: str, status: CallbackStatus, at: datetime | None, outcome: str
    ) -> FollowUpCallback:
        cb = next((c for c in self._callbacks if c.callback_id == callback_id), None)
        if cb is None:
            raise KeyError(f"no callback {callback_id!r} on case {self.case_id}")
        if cb.status is not CallbackStatus.SCHEDULED:
            raise RecoveryNotAllowed(f"the callback is already {cb.status.value}")
        cb.status, cb.finished_at = status, self._time(at)
        cb.finished_by = _text(actor, "every action needs the name of who did it")
        cb.outcome = outcome
        return cb

    def complete_callback(
        self, callback_id: str, actor: str, at: datetime | None = None, outcome: str = ""
    ) -> FollowUpCallback:
        return self._finish(callback_id, actor, CallbackStatus.DONE, at, outcome)

    def cancel_callback(
        self, callback_id: str, actor: str, reason: str, at: datetime | None = None
    ) -> FollowUpCallback:
        return self._finish(
            callback_id, actor, CallbackStatus.CANCELLED, at, _text(reason, "say why the callback is cancelled")
        )


def approval_queue(plans: Iterable[RecoveryPlan], role: str | None = None) -> list[RecoveryAction]:
    """Actions waiting for approval, oldest first; with ``role``, only those that role may approve."""
    out = []
    for plan in plans:
        for a in plan.pending():
            if role is None or plan.policy.covers(role, a.kind, a.amount.minor, plan.total_if_approved(a)):
                out.append(a)
    return sorted(out, key=lambda a: a.proposed_at)


def due_tasks(cases: Iterable, owner: str, now: datetime, within: timedelta = timedelta(0)) -> list[FollowUpCallback]:
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
