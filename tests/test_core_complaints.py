"""The complaint workflow: legal and illegal actions, the timeline, deadlines, surveys."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from itertools import count

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from callcenter.core.business_calendar import BusinessCalendar
from callcenter.core.complaints import (
    ComplaintConfig,
    ComplaintState,
    ComplaintWorkflow,
    DeadlineState,
    IllegalComplaintTransition,
    Severity,
    SeverityDeadlines,
    allowed_actions,
    supervisor_queue,
)

UTC = UTC
S = ComplaintState


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


FRI_4PM = utc(2026, 11, 27, 16)

# Written out by hand (not derived from the module) so the test checks the rules.
MOVES = {
    "acknowledge": {S.RECEIVED: S.ACKNOWLEDGED},
    "assess": {S.ACKNOWLEDGED: S.ASSESSED},
    "investigate": {S.ASSESSED: S.INVESTIGATING, S.CUSTOMER_REJECTED: S.INVESTIGATING},
    "propose_resolution": {S.INVESTIGATING: S.RESOLUTION_PROPOSED},
    "customer_accepts": {S.RESOLUTION_PROPOSED: S.CUSTOMER_ACCEPTED},
    "customer_rejects": {S.RESOLUTION_PROPOSED: S.CUSTOMER_REJECTED},
    "close": {S.CUSTOMER_ACCEPTED: S.CLOSED, S.CUSTOMER_REJECTED: S.CLOSED},
    "follow_up": {S.CLOSED: S.FOLLOW_UP_DONE},
    "reopen": {S.CLOSED: S.INVESTIGATING},
}
OPEN = {
    S.RECEIVED,
    S.ACKNOWLEDGED,
    S.ASSESSED,
    S.INVESTIGATING,
    S.RESOLUTION_PROPOSED,
    S.CUSTOMER_ACCEPTED,
    S.CUSTOMER_REJECTED,
}
STAYS = {
    "escalate": OPEN,
    "assign": set(S) - {S.FOLLOW_UP_DONE},
    "note": set(S),
    "correct": set(S),
    "survey": {S.CLOSED, S.FOLLOW_UP_DONE},
}
ALL_ACTIONS = sorted(MOVES) + sorted(STAYS)

PATH = {  # the moving actions that bring a new case to each state
    S.RECEIVED: [],
    S.ACKNOWLEDGED: ["acknowledge"],
    S.ASSESSED: ["acknowledge", "assess"],
    S.INVESTIGATING: ["acknowledge", "assess", "investigate"],
    S.RESOLUTION_PROPOSED: ["acknowledge", "assess", "investigate", "propose_resolution"],
    S.CUSTOMER_ACCEPTED: ["acknowledge", "assess", "investigate", "propose_resolution", "customer_accepts"],
    S.CUSTOMER_REJECTED: ["acknowledge", "assess", "investigate", "propose_resolution", "customer_rejects"],
    S.CLOSED: ["acknowledge", "assess", "investigate", "propose_resolution", "customer_accepts", "close"],
    S.FOLLOW_UP_DONE: [
        "acknowledge",
        "assess",
        "investigate",
        "propose_resolution",
        "customer_accepts",
        "close",
        "follow_up",
    ],
}

_agents = count(1)


def do(wf: ComplaintWorkflow, case, action: str, at: datetime | None = None, comment: str = "x"):
    """Perform any action by name with valid arguments."""
    if action in MOVES:
        return wf.apply(case, action, "alice", at=at, comment=comment)
    if action == "escalate":
        return wf.escalate(case, "sam", at=at, comment=comment)
    if action == "assign":
        return wf.assign(case, "sam", agent=f"agent{next(_agents)}", at=at)
    if action == "note":
        return wf.note(case, "alice", "called the customer", at=at)
    if action == "correct":
        return wf.correct(case, "alice", 1, "wrong category", at=at, category="billing")
    if action == "survey":
        return wf.record_survey(case, "alice", 4, True, at=at)
    raise AssertionError(action)


def make_workflow(**kw) -> tuple[ComplaintWorkflow, list[datetime]]:
    now = [FRI_4PM]
    return ComplaintWorkflow(ComplaintConfig(**kw), clock=lambda: now[0]), now


def case_in(state: ComplaintState, wf: ComplaintWorkflow | None = None):
    wf = wf or make_workflow()[0]
    case = wf.open_case("C1", "cust1", Severity.MEDIUM, "alice", category="delivery")
    for action in PATH[state]:
        do(wf, case, action)
    assert case.state is state
    return wf, case


def test_the_hand_written_table_matches_allowed_actions():
    for state in S:
        expected = {a for a, t in MOVES.items() if state in t} | {a for a, ss in STAYS.items() if state in ss}
        assert allowed_actions(state) == expected, state


@pytest.mark.parametrize("state", list(S), ids=lambda s: s.value)
@pytest.mark.parametrize("action", ALL_ACTIONS)
def test_every_state_and_action(state, action):
    wf, case = case_in(state)
    before = len(case.timeline)
    legal = (action in MOVES and state in MOVES[action]) or (action in STAYS and state in STAYS[action])
    if legal:
        event = do(wf, case, action)
        expected = MOVES[action][state] if action in MOVES else state
        assert case.state is expected
        assert (event.from_state, event.to_state, event.action) == (state, expected, action)
        assert len(case.timeline) == before + 1 and case.timeline.last is event
    else:
        with pytest.raises(IllegalComplaintTransition) as info:
            do(wf, case, action)
        assert case.state is state and len(case.timeline) == before
        assert str(info.value).startswith("cannot ")
        assert state.value.replace("_", " ") in str(info.value)


def test_messages_are_plain_words():
    wf, case = case_in(S.RECEIVED)
    with pytest.raises(IllegalComplaintTransition, match="^cannot close a complaint that is received$"):
        wf.close(case, "alice")
    wf, case = case_in(S.FOLLOW_UP_DONE)
    with pytest.raises(IllegalComplaintTransition, match="only open cases can be escalated"):
        wf.escalate(case, "sam")


def test_the_full_happy_path_is_on_the_timeline():
    wf, case = case_in(S.FOLLOW_UP_DONE)
    assert case.timeline.actions() == ["receive"] + PATH[S.FOLLOW_UP_DONE]
    events = list(case.timeline)
    assert events[0].from_state is S.RECEIVED and events[0].to_state is S.RECEIVED
    for prev, nxt in zip(events, events[1:]):
        assert nxt.from_state is prev.to_state
        assert nxt.seq == prev.seq + 1
    assert events[-1].actor == "alice" and events[-1].at == FRI_4PM


def test_rejected_resolution_goes_back_to_investigating_and_round_again():
    wf, case = case_in(S.CUSTOMER_REJECTED)
    wf.investigate(case, "alice", comment="new idea")
    wf.propose_resolution(case, "alice", "full refund")
    wf.customer_accepts(case, "alice")
    wf.close(case, "alice", root_cause="courier")
    assert case.state is S.CLOSED
    assert case.timeline.last.data["root_cause"] == "courier"


def test_closing_a_rejected_case_needs_a_reason():
    wf, case = case_in(S.CUSTOMER_REJECTED)
    with pytest.raises(IllegalComplaintTransition, match="say why"):
        wf.close(case, "alice")
    assert case.state is S.CUSTOMER_REJECTED
    wf.close(case, "sam", comment="all reasonable options offered")
    assert case.state is S.CLOSED


def test_proposal_needs_words_and_actions_need_an_actor():
    wf, case = case_in(S.INVESTIGATING)
    with pytest.raises(ValueError):
        wf.propose_resolution(case, "alice", "  ")
    with pytest.raises(ValueError):
        wf.note(case, " ", "hello")
    assert case.state is S.INVESTIGATING and len(case.timeline) == 4


def test_escalation_keeps_the_state_and_raises_the_level():
    wf, case = case_in(S.ASSESSED)
    e1 = wf.escalate(case, "alice", comment="customer very angry")
    e2 = wf.escalate(case, "sam")
    assert case.state is S.ASSESSED
    assert (e1.from_state, e1.to_state) == (S.ASSESSED, S.ASSESSED)
    assert case.escalation_level == 2 and e2.data["level"] == 2 and case.needs_supervisor
    wf.investigate(case, "alice")
    assert case.escalation_level == 2


def test_reopen_starts_a_new_resolve_window():
    wf, now = make_workflow(calendar=BusinessCalendar.standard("UTC"))
    _, case = case_in(S.CLOSED, wf)
    first_due = case.resolve_due
    later = utc(2026, 12, 14, 9)
    wf.reopen(case, "alice", at=later, comment="came back broken")
    assert case.state is S.INVESTIGATING
    assert case.resolve_due == utc(2026, 12, 18, 17) != first_due  # 40 business hours
    assert case.timeline.last.data["resolve_due"] == case.resolve_due.isoformat()


def test_assignment_and_handover_keep_history():
    wf, case = case_in(S.ACKNOWLEDGED)
    e1 = wf.assign(case, "sam", team="billing")
    e2 = wf.assign(case, "sam", agent="bob")
    e3 = wf.assign(case, "sam", agent="carol", comment="bob on leave")
    assert not e1.data["handover"] and e2.data["handover"] and e3.data["handover"]
    assert (case.assigned_agent, case.assigned_team, case.owner) == ("carol", "billing", "carol")
    assert e3.data["from_agent"] == "bob" and e3.data["to_agent"] == "carol"
    assert [e.data["to_agent"] for e in case.timeline if e.action == "assign"] == [None, "bob", "carol"]
    with pytest.raises(ValueError):
        wf.assign(case, "sam", agent="carol")
    with pytest.raises(ValueError):
        wf.assign(case, "sam")


def test_the_timeline_cannot_be_edited():
    wf, case = case_in(S.ASSESSED)
    with pytest.raises(TypeError):
        del case.timeline[0]
    with pytest.raises(TypeError):
        case.timeline[0] = case.timeline[1]
    with pytest.raises(dataclasses.FrozenInstanceError):
        case.timeline[0].actor = "mallory"
    with pytest.raises(TypeError):
        case.timeline[0].data["severity"] = "low"
    assert not hasattr(case.timeline, "append") and not hasattr(case.timeline, "pop")
    with pytest.raises(AttributeError):
        case.timeline = type(case.timeline)()
    assert len(case.timeline) == 3


def test_corrections_are_new_events():
    wf, case = case_in(S.ACKNOWLEDGED)
    original = case.timeline[0]
    event = wf.correct(case, "alice", 1, "customer gave the wrong order number", order_id="A-17")
    assert case.timeline[0] is original and event.data == {"corrects": 1, "order_id": "A-17"}
    with pytest.raises(ValueError):
        wf.correct(case, "alice", 99, "nothing there")
    with pytest.raises(ValueError):
        wf.correct(case, "alice", 1, "")


def test_time_cannot_go_backwards_and_times_must_be_aware():
    wf, case = case_in(S.RECEIVED)
    with pytest.raises(ValueError):
        wf.acknowledge(case, "alice", at=FRI_4PM - timedelta(minutes=1))
    with pytest.raises(ValueError):
        wf.acknowledge(case, "alice", at=datetime(2026, 11, 27, 17))
    assert case.state is S.RECEIVED and len(case.timeline) == 1


# -- surveys --------------------------------------------------------------


def test_survey_after_closing_is_recorded_and_validated():
    wf, case = case_in(S.CLOSED)
    for csat, again in [(0, True), (6, True), (True, True), (3.5, True), ("5", True), (3, "yes"), (3, None)]:
        with pytest.raises(ValueError):
            wf.record_survey(case, "alice", csat, again)
    event = wf.record_survey(case, "alice", 5, False, comment="happy now")
    assert event.data == {"csat": 5, "would_buy_again": False} and case.survey == event.data
    with pytest.raises(IllegalComplaintTransition, match="already recorded"):
        wf.record_survey(case, "alice", 4, True)
    wf.follow_up(case, "alice")
    with pytest.raises(IllegalComplaintTransition):
        wf.record_survey(case, "alice", 4, True)


def test_a_reopened_and_reclosed_case_can_be_surveyed_again():
    wf, case = case_in(S.CLOSED)
    wf.record_survey(case, "alice", 2, False)
    for action in ["reopen", "propose_resolution", "customer_accepts", "close"]:
        do(wf, case, action)
    wf.record_survey(case, "alice", 5, True)
    assert case.survey == {"csat": 5, "would_buy_again": True}


def test_no_survey_before_closing():
    wf, case = case_in(S.CUSTOMER_ACCEPTED)
    with pytest.raises(IllegalComplaintTransition, match="after closing"):
        wf.record_survey(case, "alice", 5, True)


# -- deadlines ------------------------------------------------------------


def nine_to_five(**kw):
    return make_workflow(calendar=BusinessCalendar.standard("UTC", holidays=[date(2026, 12, 25)]), **kw)


def test_deadlines_are_business_hours_from_receipt():
    wf, _ = nine_to_five()
    case = wf.open_case("C1", "cust", "medium", "alice")  # Friday 16:00; medium = 8 h / 40 h
    assert case.acknowledge_due == utc(2026, 11, 30, 16)  # 1 h Friday + 7 h Monday
    assert case.resolve_due == utc(2026, 12, 4, 16)  # 1 + 8 * 4 + 7
    crit = wf.open_case("C2", "cust", "critical", "alice", at=utc(2026, 12, 24, 16, 30))
    assert crit.acknowledge_due == utc(2026, 12, 28, 9, 30)  # Christmas Friday and the weekend skipped


def test_deadline_state_on_track_at_risk_breached():
    wf, _ = nine_to_five()
    case = wf.open_case("C1", "cust", Severity.MEDIUM, "alice")
    assert wf.deadline_state(case, utc(2026, 11, 28, 12)) is DeadlineState.ON_TRACK  # weekend: 7 h left
    assert wf.deadline_state(case, utc(2026, 11, 30, 14)) is DeadlineState.ON_TRACK  # 2/8 left
    assert wf.deadline_state(case, utc(2026, 11, 30, 14, 30)) is DeadlineState.AT_RISK  # 1.5/8 left
    assert wf.deadline_state(case, utc(2026, 11, 30, 16)) is DeadlineState.BREACHED
    wf.acknowledge(case, "alice", at=utc(2026, 11, 30, 15))  # now the resolve deadline counts
    assert wf.deadline_state(case, utc(2026, 11, 30, 16)) is DeadlineState.ON_TRACK
    assert wf.deadline_state(case, utc(2026, 12, 4, 9)) is DeadlineState.AT_RISK  # 7/40 left
    assert wf.deadline_state(case, utc(2026, 12, 4, 16)) is DeadlineState.BREACHED


def test_at_risk_fraction_and_deadlines_are_configurable():
    table = {s: SeverityDeadlines(2, 4) for s in Severity}
    wf, _ = nine_to_five(deadlines=table, at_risk_fraction=0.5)
    case = wf.open_case("C1", "cust", "low", "alice", at=utc(2026, 11, 30, 9))
    assert case.acknowledge_due == utc(2026, 11, 30, 11)
    assert wf.deadline_state(case, utc(2026, 11, 30, 10, 1)) is DeadlineState.AT_RISK
    with pytest.raises(ValueError):
        ComplaintConfig(at_risk_fraction=1.5)
    with pytest.raises(ValueError):
        ComplaintConfig(deadlines={Severity.LOW: SeverityDeadlines(1, 2)})


def test_assessing_a_new_severity_recomputes_deadlines():
    wf, _ = nine_to_five()
    case = wf.open_case("C1", "cust", "low", "alice", at=utc(2026, 11, 30, 9))
    wf.acknowledge(case, "alice", at=utc(2026, 11, 30, 9, 30))
    event = wf.assess(case, "alice", at=utc(2026, 11, 30, 10), severity="critical")
    assert case.severity is Severity.CRITICAL and case.resolve_due == utc(2026, 11, 30, 17)
    assert event.data["severity_from"] == "low"


def test_closed_cases_report_whether_they_closed_in_time():
    wf, now = nine_to_five()
    wf2, case = case_in(S.CLOSED, wf)
    assert wf.deadline_state(case, utc(2027, 1, 1)) is DeadlineState.ON_TRACK
    late = wf.open_case("C9", "cust", "critical", "alice")
    for action in PATH[S.CLOSED]:
        do(wf, late, action, at=utc(2026, 12, 2, 9))
    assert wf.deadline_state(late, utc(2026, 12, 2, 10)) is DeadlineState.BREACHED


def test_breached_open_cases_escalate_once_and_tell_the_owner():
    wf, _ = nine_to_five()
    a = wf.open_case("A", "cust", "medium", "alice")
    b = wf.open_case("B", "cust", "low", "alice")
    wf.assign(a, "sam", agent="bob")
    done = case_in(S.CLOSED, wf)[1]
    notices = wf.check_deadlines([a, b, done], utc(2026, 11, 30, 16))
    assert [(n.case_id, n.kind, n.owner, n.escalation_level) for n in notices] == [("A", "acknowledge", "bob", 1)]
    assert a.needs_supervisor and a.state is S.RECEIVED
    assert a.timeline.last.action == "escalate" and a.timeline.last.data["reason"] == "breach_acknowledge"
    assert wf.check_deadlines([a, b], utc(2026, 11, 30, 17)) == []  # not twice
    assert supervisor_queue([a, b, done], wf, utc(2026, 11, 30, 17)) == [a]
    wf.acknowledge(a, "bob", at=utc(2026, 11, 30, 17))
    notices = wf.check_deadlines([a, b], utc(2026, 12, 4, 16))
    # B (low: 16 h to acknowledge) went past Tuesday 16:00 unacknowledged.
    assert [(n.case_id, n.kind) for n in notices] == [("A", "resolve"), ("B", "acknowledge")]
    assert (a.escalation_level, b.escalation_level) == (2, 1)
    assert [c.case_id for c in supervisor_queue([b, a], wf, utc(2026, 12, 4, 16))] == ["A", "B"]  # level first
    # Closing takes the case off the supervisors' queue.
    for action in ["assess", "investigate", "propose_resolution", "customer_accepts", "close"]:
        do(wf, a, action, at=utc(2026, 12, 4, 16, 30))
    assert supervisor_queue([a], wf, utc(2026, 12, 5)) == []


# -- random sequences ---------------------------------------------------------


class ComplaintMachine(RuleBasedStateMachine):
    """Random actions at random times: the rules hold and every change is on the timeline."""

    def __init__(self):
        super().__init__()
        self.now = FRI_4PM
        self.wf = ComplaintWorkflow(
            ComplaintConfig(calendar=BusinessCalendar.standard("Europe/London")), clock=lambda: self.now
        )
        self.case = self.wf.open_case("C", "cust", Severity.HIGH, "alice")
        self.successes = 1  # opening the case is the first event
        self.seen = len(self.case.timeline)
        self.surveyed_since_close = False
        self.escalations = 0

    def model_legal(self, action: str, comment: str) -> bool:
        state = self.case.state
        if action in MOVES:
            if state not in MOVES[action]:
                return False
            return not (action == "close" and state is S.CUSTOMER_REJECTED and not comment)
        if action == "survey":
            return state in STAYS["survey"] and not self.surveyed_since_close
        return state in STAYS[action]

    @rule(action=st.sampled_from(ALL_ACTIONS), minutes=st.integers(0, 3000), comment=st.sampled_from(["", "why"]))
    def act(self, action, minutes, comment):
        self.now += timedelta(minutes=minutes)
        before_state = self.case.state
        legal = self.model_legal(action, comment)
        if legal:
            event = do(self.wf, self.case, action, comment=comment)
            self.successes += 1
            assert event.from_state is before_state
            if action == "close":
                self.surveyed_since_close = False
            if action == "survey":
                self.surveyed_since_close = True
            if action == "escalate":
                self.escalations += 1
        else:
            with pytest.raises(IllegalComplaintTransition):
                do(self.wf, self.case, action, comment=comment)
            assert self.case.state is before_state
        REACHED.add(self.case.state)

    @rule(data=st.data(), minutes=st.integers(0, 600))
    def legal_move(self, data, minutes):
        """Pick among the moves the current state allows, so deep states are reached too."""
        moves = sorted(a for a, table in MOVES.items() if self.case.state in table)
        if not moves:  # follow_up_done is final
            return
        action = data.draw(st.sampled_from(moves))
        self.act(action, minutes, "because")

    @rule(minutes=st.integers(0, 6000))
    def check_deadlines(self, minutes):
        self.now += timedelta(minutes=minutes)
        notices = self.wf.check_deadlines([self.case], self.now)
        self.successes += len(notices)
        self.escalations += len(notices)
        assert len(notices) <= 1
        if notices:
            assert self.case.is_open and self.case.needs_supervisor

    @invariant()
    def every_change_is_on_the_timeline(self):
        events = list(self.case.timeline)
        assert len(events) == self.successes
        assert len(events) >= self.seen  # never shrinks
        self.seen = len(events)
        assert events[-1].to_state is self.case.state
        for prev, nxt in zip(events, events[1:]):
            assert nxt.from_state is prev.to_state
            assert nxt.at >= prev.at
            assert nxt.seq == prev.seq + 1
            if nxt.action not in MOVES:
                assert nxt.from_state is nxt.to_state
            else:
                assert MOVES[nxt.action][nxt.from_state] is nxt.to_state

    @invariant()
    def escalation_rules_hold(self):
        assert self.case.escalation_level == self.escalations
        assert self.case.escalation_level == sum(e.action == "escalate" for e in self.case.timeline)
        if not self.case.is_open:
            assert not self.case.needs_supervisor


REACHED: set = set()

ComplaintMachine.TestCase.settings = settings(max_examples=60, stateful_step_count=40, deadline=None)
TestComplaintMachine = ComplaintMachine.TestCase


def test_the_random_sequences_reached_every_state():
    """Runs after the state machine (file order): the random walk went everywhere."""
    if not REACHED:
        pytest.skip("the state machine did not run in this session")
    assert REACHED == set(S)


def test_current_deadline_names_the_deadline_that_applies_and_none_once_closed():
    from callcenter.core.complaints import ComplaintWorkflow, DeadlineState, breach_key

    wf = ComplaintWorkflow()
    at = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)  # a Wednesday morning
    case = wf.open_case("c1", "cust", "high", "a1", at=at)
    assert wf.current_deadline(case, at) == ("acknowledge", at + timedelta(hours=4), DeadlineState.ON_TRACK)
    wf.acknowledge(case, "a1", at=at)
    kind, due, state = wf.current_deadline(case, at + timedelta(days=5))
    assert (kind, due, state) == ("resolve", case.resolve_due, DeadlineState.BREACHED)
    wf.check_deadlines([case], at + timedelta(days=5))
    assert case.flagged_breaches == {breach_key("resolve", case.resolve_due)}
    for step in ("assess", "investigate", "propose_resolution", "customer_accepts", "close"):
        wf.apply(case, step, "a1", at=at + timedelta(days=5), comment="x")
    assert wf.current_deadline(case, at + timedelta(days=6)) is None
    case.resolve_due = None  # a record written before deadlines were kept
    case.state = ComplaintState.INVESTIGATING
    assert wf.current_deadline(case, at) is None
