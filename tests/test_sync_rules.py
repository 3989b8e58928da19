"""The server's write rules on plain dicts (no ORM model: recovery_actions lands later).

Limits from core.recovery.DEFAULT_LIMITS (minor units): refund per action agent 5,000,
supervisor 50,000, manager 500,000; case total agent 10,000, supervisor 100,000."""

from __future__ import annotations

import pytest

from callcenter.sync.rules import Actor, check


class Rows:
    def __init__(self, **tables):
        self.tables = tables

    def rows(self, table):
        return list(self.tables.get(table, []))

    def row(self, table, row_id):
        return next((r for r in self.tables.get(table, []) if r["id"] == row_id), None)


SUP = Actor("u-sup", "supervisor", "d1")
AGENT = Actor("u-agent", "agent", "d2")
ADMIN = Actor("u-admin", "admin", "d3")
USERS = [{"id": "u-agent", "role": "agent"}, {"id": "u-sup", "role": "supervisor"}]


def action(status="approved", amount=20_000, kind="refund", decided_by="u-sup", proposed_by="u-agent", **kw):
    return {
        "id": kw.pop("id", "a1"),
        "complaint_id": "case",
        "kind": kind,
        "amount_minor": amount,
        "currency": "USD",
        "status": status,
        "proposed_by": proposed_by,
        "decided_by": decided_by,
        **kw,
    }


def other(amount, status):
    return action(id=f"o{amount}{status}", amount=amount, status=status)


@pytest.mark.parametrize(
    "who,row,others,allowed",
    [
        (SUP, action(amount=50_000), [], True),  # exactly the supervisor's per-action limit
        (SUP, action(amount=50_001), [], False),  # one cent over
        (AGENT, action(decided_by="u-agent", amount=2_000, proposed_by="u-sup"), [], True),
        (AGENT, action(decided_by="u-agent", amount=5_001, proposed_by="u-sup"), [], False),
        (SUP, action(decided_by="u-agent"), [], False),  # decided_by must be the pusher
        (SUP, action(proposed_by="u-sup"), [], False),  # nobody approves their own proposal
        # case total 100,000 for a supervisor: agreed others 60,000 + this 40,000 = 100,000 -> allowed
        (SUP, action(amount=40_000), [other(30_000, "executed"), other(30_000, "approved")], True),
        # + one more agreed action of 1 -> 100,001 -> refused
        (
            SUP,
            action(amount=40_000),
            [other(30_000, "executed"), other(30_000, "approved"), other(1, "proposed")],
            False,
        ),
        # waiting, refused and cancelled actions are not counted against the approver
        (
            SUP,
            action(amount=40_000),
            [other(90_000, "pending_approval"), other(90_000, "refused"), other(90_000, "cancelled")],
            True,
        ),
        (ADMIN, action(decided_by="u-admin", amount=400_000), [], True),  # admin approves with manager limits
        (Actor("u-t", "trainer"), action(decided_by="u-t", amount=1), [], False),
    ],
)
def test_approvals(who, row, others, allowed):
    lookup = Rows(recovery_actions=others, users=USERS)
    # the server's own version of the action: the same proposal, waiting for approval
    reason = check(who, "recovery_actions", row, {**row, "status": "pending_approval"}, lookup)
    assert (reason is None) is allowed, reason


def test_execution_needs_a_prior_approval_when_over_the_proposers_limit():
    lookup = Rows(users=USERS)
    big = action(status="executed", amount=20_000, decided_by=None)
    assert "needs an approval" in check(AGENT, "recovery_actions", big, action(status="pending_approval"), lookup)
    assert check(AGENT, "recovery_actions", big, action(status="approved"), lookup) is None
    small = action(status="executed", amount=4_000, decided_by=None)  # within the agent proposer's limit
    assert check(AGENT, "recovery_actions", small, action(status="proposed", amount=4_000), lookup) is None
    # an unchanged status is not a new decision
    assert check(AGENT, "recovery_actions", big, big, lookup) is None


def test_users_audit_and_conflict_rules():
    lookup = Rows()
    assert check(AGENT, "users", {"id": "u-agent", "role": "admin"}, None, lookup)
    assert check(SUP, "users", {"id": "x", "role": "agent"}, None, lookup) is None
    assert check(AGENT, "audit_log", {"id": "l1", "user_id": "u-sup"}, None, lookup)
    assert check(AGENT, "audit_log", {"id": "l1", "user_id": "u-agent"}, None, lookup) is None
    assert check(SUP, "audit_log", {"id": "l1", "user_id": "u-agent"}, None, lookup) is None
    assert check(AGENT, "sync_conflicts", {"id": "c", "status": "resolved"}, {"status": "open"}, lookup)
    assert check(AGENT, "sync_conflicts", {"id": "c", "status": "open"}, None, lookup) is None
    assert check(SUP, "sync_conflicts", {"id": "c", "status": "resolved"}, {"status": "open"}, lookup) is None
    assert check(AGENT, "customers", {"id": "c1"}, None, lookup) is None  # no rule: allowed
