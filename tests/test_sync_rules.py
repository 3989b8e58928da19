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


def _rule(reason):
    return getattr(reason, "rule", None)


def test_the_server_takes_the_facts_from_its_own_version():
    """Issue 12 item 1 on plain dicts: the stored version says who proposed, the signed-in
    user is who decides, and every change of amount, kind, case or status is judged."""
    lookup = Rows(users=USERS)
    waiting = action(status="pending_approval", decided_by=None)
    # a pushed proposer that is not the stored one, or not the pusher of a new action
    assert (
        _rule(check(SUP, "recovery_actions", {**waiting, "status": "approved", "proposed_by": "u-x"}, waiting, lookup))
        == "proposer"
    )
    assert (
        _rule(
            check(
                AGENT, "recovery_actions", action(status="executed", amount=400_000, proposed_by="u-sup"), None, lookup
            )
        )
        == "proposer"
    )
    # the stored proposer approving (whatever the row says) is approving their own proposal
    assert (
        _rule(
            check(
                AGENT, "recovery_actions", {**waiting, "status": "approved", "decided_by": "u-agent"}, waiting, lookup
            )
        )
        == "own_proposal"
    )
    approved = action(status="approved", amount=4_000)
    for change in ({"amount_minor": 10_000_000}, {"kind": "voucher"}, {"complaint_id": "other"}):
        for status in ("approved", "executed"):
            assert (
                _rule(check(AGENT, "recovery_actions", {**approved, **change, "status": status}, approved, lookup))
                == "decided"
            )
    # a finished action does not come back; only a waiting one is decided
    for before in ("refused", "cancelled", "executed"):
        assert (
            _rule(check(SUP, "recovery_actions", action(status="approved"), action(status=before), lookup))
            == "illegal_step"
        )
    assert (
        _rule(check(SUP, "recovery_actions", action(status="approved"), action(status="proposed"), lookup))
        == "illegal_step"
    )
    # a waiting action may not slip back to "proposed" above the proposer's limit
    assert (
        _rule(check(AGENT, "recovery_actions", {**waiting, "status": "proposed"}, waiting, lookup)) == "needs_approval"
    )
    # an agreed action is deleted by supervisors only
    assert _rule(check(AGENT, "recovery_actions", {**approved, "deleted": True}, approved, lookup)) == "role"
    assert check(SUP, "recovery_actions", {**approved, "deleted": True}, approved, lookup) is None
    # values the rule cannot judge are refused, not an error
    assert (
        _rule(
            check(
                AGENT, "recovery_actions", action(status="proposed", proposed_by="u-agent", kind="gold"), None, lookup
            )
        )
        == "invalid"
    )
    assert (
        _rule(
            check(
                AGENT, "recovery_actions", action(status="proposed", proposed_by="u-agent", amount="lots"), None, lookup
            )
        )
        == "invalid"
    )
    # cancelling or waiting moves no money
    assert check(AGENT, "recovery_actions", {**approved, "status": "cancelled"}, approved, lookup) is None
    assert (
        check(
            AGENT,
            "recovery_actions",
            action(status="pending_approval", proposed_by="u-agent", amount=10**9),
            None,
            lookup,
        )
        is None
    )


def test_conflict_records_change_only_by_supervisors():
    lookup = Rows()
    record = {
        "id": "c",
        "status": "open",
        "table_name": "customers",
        "row_id": "r",
        "winner_hlc": "2",
        "loser_hlc": "1",
        "winner": "{}",
        "loser": "{}",
    }
    for change in ({"deleted": True}, {"winner": ""}, {"loser": ""}, {"status": "resolved"}, {"resolution": "x"}):
        assert _rule(check(AGENT, "sync_conflicts", {**record, **change}, record, lookup)) in (
            "role",
            "conflict_record",
        )
    assert _rule(check(SUP, "sync_conflicts", {**record, "winner": ""}, record, lookup)) == "conflict_record"
    assert check(SUP, "sync_conflicts", {**record, "status": "resolved"}, record, lookup) is None
    assert check(SUP, "sync_conflicts", {**record, "deleted": True}, record, lookup) is None
    # a console may report a new, open record; not a closed or deleted one
    assert check(AGENT, "sync_conflicts", record, None, lookup) is None
    assert check(AGENT, "sync_conflicts", {**record, "status": "resolved"}, None, lookup)
    assert check(AGENT, "sync_conflicts", {**record, "deleted": True}, None, lookup)
