"""The agent state machine: every transition, the timers, the supervisor, and
random action sequences that must keep its invariants."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from callcenter.core.agent_state import (
    FORCED_REASON,
    LOGIN_REASON,
    MISSED_CALL,
    AgentConfig,
    AgentState,
    AgentStateMachine,
    IllegalTransition,
    StateChange,
)

S = AgentState
CALL_STATES = {S.RINGING, S.ON_CALL, S.ON_HOLD, S.WRAP_UP}


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self, start: float = 1000.0):
        self.t = start

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        assert seconds >= 0
        self.t += seconds


def machine(config: AgentConfig | None = None) -> tuple[AgentStateMachine, FakeClock]:
    clock = FakeClock()
    return AgentStateMachine("agent-1", config=config or AgentConfig(), clock=clock), clock


# -- how to reach every state (and the consulting variant of On hold) -------------
def _logged_out(m):
    pass


def _available(m):
    m.login(available=True)


def _not_ready(m):
    m.login()


def _ringing(m):
    _available(m)
    m.offer("call-1")


def _on_call(m):
    _ringing(m)
    m.answer()


def _on_hold(m):
    _on_call(m)
    m.hold()


def _consulting(m):
    _on_call(m)
    m.consult("billing")


def _wrap_up(m):
    _on_call(m)
    m.end()


SCENARIOS = {
    "logged_out": (_logged_out, S.LOGGED_OUT),
    "available": (_available, S.AVAILABLE),
    "not_ready": (_not_ready, S.NOT_READY),
    "ringing": (_ringing, S.RINGING),
    "on_call": (_on_call, S.ON_CALL),
    "on_hold": (_on_hold, S.ON_HOLD),
    "consulting": (_consulting, S.ON_HOLD),
    "wrap_up": (_wrap_up, S.WRAP_UP),
}

# Every action name that allowed_actions() can report, and how to perform it.
ACTIONS = {
    "login": lambda m: m.login(),
    "available": lambda m: m.set_available(),
    "not_ready": lambda m: m.set_not_ready("break"),
    "logout": lambda m: m.logout(),
    "offer": lambda m: m.offer("call-2"),
    "offer_outbound": lambda m: m.offer_outbound("out-1"),
    "answer": lambda m: m.answer(),
    "reject": lambda m: m.reject(),
    "miss": lambda m: m.miss(),
    "caller_hangup": lambda m: m.caller_hangup(),
    "hold": lambda m: m.hold(),
    "resume": lambda m: m.resume(),
    "end": lambda m: m.end(),
    "fail": lambda m: m.fail(),
    "blind_transfer": lambda m: m.blind_transfer("billing"),
    "consult": lambda m: m.consult("sales"),
    "complete_transfer": lambda m: m.complete_transfer(),
    "cancel_consult": lambda m: m.cancel_consult(),
    "extend_wrap_up": lambda m: m.extend_wrap_up(),
    "finish_wrap_up": lambda m: m.finish_wrap_up(),
}

# (scenario, action) -> (state after, reason after). Exactly the legal pairs.
LEGAL = {
    ("logged_out", "login"): (S.NOT_READY, LOGIN_REASON),
    ("available", "not_ready"): (S.NOT_READY, "break"),
    ("available", "logout"): (S.LOGGED_OUT, None),
    ("available", "offer"): (S.RINGING, None),
    ("available", "offer_outbound"): (S.ON_CALL, "outbound"),
    ("not_ready", "available"): (S.AVAILABLE, None),
    ("not_ready", "not_ready"): (S.NOT_READY, "break"),
    ("not_ready", "logout"): (S.LOGGED_OUT, None),
    ("not_ready", "offer_outbound"): (S.ON_CALL, "outbound"),
    ("ringing", "answer"): (S.ON_CALL, None),
    ("ringing", "reject"): (S.NOT_READY, MISSED_CALL),
    ("ringing", "miss"): (S.NOT_READY, MISSED_CALL),
    ("ringing", "caller_hangup"): (S.WRAP_UP, None),
    ("on_call", "hold"): (S.ON_HOLD, None),
    ("on_call", "end"): (S.WRAP_UP, None),
    ("on_call", "caller_hangup"): (S.WRAP_UP, None),
    ("on_call", "fail"): (S.WRAP_UP, None),
    ("on_call", "blind_transfer"): (S.WRAP_UP, None),
    ("on_call", "consult"): (S.ON_HOLD, "consult"),
    ("on_hold", "resume"): (S.ON_CALL, None),
    ("on_hold", "end"): (S.WRAP_UP, None),
    ("on_hold", "caller_hangup"): (S.WRAP_UP, None),
    ("on_hold", "fail"): (S.WRAP_UP, None),
    ("on_hold", "blind_transfer"): (S.WRAP_UP, None),
    ("on_hold", "consult"): (S.ON_HOLD, None),  # already on hold: no new state change
    ("consulting", "resume"): (S.ON_CALL, None),
    ("consulting", "end"): (S.WRAP_UP, None),
    ("consulting", "caller_hangup"): (S.WRAP_UP, None),
    ("consulting", "fail"): (S.WRAP_UP, None),
    ("consulting", "blind_transfer"): (S.WRAP_UP, None),
    ("consulting", "consult"): (S.ON_HOLD, "consult"),  # a new target; the hold stays
    ("consulting", "complete_transfer"): (S.WRAP_UP, None),
    ("consulting", "cancel_consult"): (S.ON_CALL, None),
    ("wrap_up", "extend_wrap_up"): (S.WRAP_UP, None),
    ("wrap_up", "finish_wrap_up"): (S.AVAILABLE, None),
}

# Actions that are legal but do not make a state change (no history entry).
NO_CHANGE = {("on_hold", "consult"), ("consulting", "consult"), ("wrap_up", "extend_wrap_up")}


def in_scenario(name: str) -> tuple[AgentStateMachine, FakeClock]:
    m, clock = machine()
    setup, expected = SCENARIOS[name]
    setup(m)
    assert m.state is expected
    clock.advance(5)
    return m, clock


def snapshot(m: AgentStateMachine) -> dict:
    data = {f.name: getattr(m, f.name) for f in dataclasses.fields(m) if f.name not in ("history", "listeners")}
    data["history"] = list(m.history)
    return data


def test_every_state_is_reached_by_a_scenario():
    assert {state for _, state in SCENARIOS.values()} == set(AgentState)


def test_the_action_table_covers_every_action_the_machine_reports():
    reported = set()
    for name in SCENARIOS:
        m, _ = in_scenario(name)
        reported |= m.allowed_actions()
    assert reported == set(ACTIONS)


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_allowed_actions_are_exactly_the_legal_table(scenario):
    m, _ = in_scenario(scenario)
    assert m.allowed_actions() == {a for s, a in LEGAL if s == scenario}


@pytest.mark.parametrize(("scenario", "action"), sorted(LEGAL))
def test_legal_transition(scenario, action):
    m, clock = in_scenario(scenario)
    before = len(m.history)
    from_state = m.state
    ACTIONS[action](m)
    to_state, reason = LEGAL[(scenario, action)]
    assert m.state is to_state
    assert m.reason == reason
    if (scenario, action) in NO_CHANGE:
        assert len(m.history) == before
    else:
        assert len(m.history) == before + 1
        last = m.history[-1]
        assert (last.from_state, last.to_state, last.reason, last.at) == (from_state, to_state, reason, clock())
        assert m.since == clock()
        assert m.time_in_state() == 0


ILLEGAL = [(s, a) for s in SCENARIOS for a in ACTIONS if (s, a) not in LEGAL]


def test_illegal_list_is_the_complement():
    assert len(ILLEGAL) + len(LEGAL) == len(SCENARIOS) * len(ACTIONS)
    assert len(ILLEGAL) > 100


@pytest.mark.parametrize(("scenario", "action"), ILLEGAL)
def test_illegal_transition_raises_and_changes_nothing(scenario, action):
    m, _ = in_scenario(scenario)
    assert action not in m.allowed_actions()
    before = snapshot(m)
    with pytest.raises(IllegalTransition) as info:
        ACTIONS[action](m)
    assert info.value.state is m.state
    assert m.state.value in str(info.value)
    assert snapshot(m) == before


def test_login_available_goes_straight_to_available():
    m, _ = machine()
    m.login(available=True)
    assert m.state is S.AVAILABLE and m.can_take_call()
    m.set_not_ready("lunch")
    assert not m.can_take_call()


def test_not_ready_needs_a_reason_code():
    m, _ = machine()
    m.login(available=True)
    with pytest.raises(ValueError):
        m.set_not_ready("")
    assert m.state is S.AVAILABLE


def test_transfer_and_consult_need_a_target():
    m, _ = in_scenario("on_call")
    before = snapshot(m)
    with pytest.raises(ValueError):
        m.blind_transfer("")
    with pytest.raises(ValueError):
        m.consult("")
    assert snapshot(m) == before


def test_time_in_state_follows_the_injected_clock():
    m, clock = machine()
    m.login()
    clock.advance(42.5)
    assert m.time_in_state() == 42.5
    m.set_available()
    assert m.time_in_state() == 0
    clock.advance(3)
    assert m.time_in_state() == 3


# -- missed offers ---------------------------------------------------------------
def test_one_missed_offer_pauses_then_returns_after_missed_pause_s():
    m, clock = machine(AgentConfig(missed_pause_s=15, max_missed_offers=2))
    _ringing(m)
    t0 = clock()
    change = m.miss()
    assert (m.state, m.reason, m.call_id, m.missed_in_row) == (S.NOT_READY, MISSED_CALL, None, 1)
    assert change.by == "system"
    assert m.auto_return_at == t0 + 15
    clock.advance(14.9)
    assert m.tick() is None
    assert m.state is S.NOT_READY
    clock.advance(0.1)
    back = m.tick()
    assert back is not None and (back.from_state, back.to_state, back.by) == (S.NOT_READY, S.AVAILABLE, "system")
    assert m.state is S.AVAILABLE and m.auto_return_at is None
    assert m.missed_in_row == 1  # the automatic return does not forgive the miss
    assert m.tick() is None


def test_reject_is_a_miss():
    m, _ = machine()
    _ringing(m)
    m.reject()
    assert (m.state, m.reason, m.missed_in_row) == (S.NOT_READY, MISSED_CALL, 1)
    assert m.auto_return_at is not None


@pytest.mark.parametrize("limit", [1, 2, 3, 5])
def test_n_consecutive_misses_leave_the_agent_not_ready_until_they_act(limit):
    m, clock = machine(AgentConfig(max_missed_offers=limit, missed_pause_s=10))
    m.login(available=True)
    for n in range(1, limit):
        m.offer(f"call-{n}")
        m.miss()
        assert m.auto_return_at is not None
        clock.advance(10)
        assert m.tick().to_state is S.AVAILABLE
    m.offer("call-last")
    m.miss()
    assert m.missed_in_row == limit
    assert (m.state, m.reason, m.auto_return_at) == (S.NOT_READY, MISSED_CALL, None)
    clock.advance(10_000)
    assert m.tick() is None
    assert m.state is S.NOT_READY
    m.set_available()  # the agent acts
    assert m.state is S.AVAILABLE and m.missed_in_row == 0


def test_answering_resets_the_missed_count():
    m, clock = machine(AgentConfig(max_missed_offers=2, missed_pause_s=10))
    m.login(available=True)
    m.offer("a")
    m.miss()
    clock.advance(10)
    m.tick()
    m.offer("b")
    m.answer()
    assert m.missed_in_row == 0
    m.end()
    m.finish_wrap_up()
    m.offer("c")
    m.miss()  # a first miss again: the automatic return is armed
    assert m.missed_in_row == 1 and m.auto_return_at is not None


def test_choosing_another_reason_during_the_missed_pause_cancels_the_return():
    m, clock = machine(AgentConfig(missed_pause_s=10))
    _ringing(m)
    m.miss()
    m.set_not_ready("lunch")
    assert m.auto_return_at is None
    clock.advance(100)
    assert m.tick() is None
    assert (m.state, m.reason) == (S.NOT_READY, "lunch")


def test_logging_out_during_the_missed_pause_cancels_the_return():
    m, clock = machine(AgentConfig(missed_pause_s=10))
    _ringing(m)
    m.miss()
    m.logout()
    clock.advance(100)
    assert m.tick() is None and m.state is S.LOGGED_OUT


# -- failed and abandoned calls ----------------------------------------------------
def test_caller_hangup_while_ringing_is_an_abandon_with_wrap_up():
    m, clock = machine()
    _ringing(m)
    m.caller_hangup()
    assert m.state is S.WRAP_UP
    assert m.call_id == "call-1"  # wrap-up belongs to the abandoned call
    assert m.missed_in_row == 0  # an abandon is not the agent's miss
    assert m.wrap_deadline == clock() + m.config.wrap_up_timeout_s


@pytest.mark.parametrize("scenario", ["on_call", "on_hold", "consulting"])
def test_a_failed_line_goes_to_wrap_up_and_keeps_the_call(scenario):
    m, _ = in_scenario(scenario)
    m.fail()
    assert m.state is S.WRAP_UP and m.call_id == "call-1" and m.consulting is None
    m.finish_wrap_up()
    assert m.state is S.AVAILABLE and m.call_id is None


# -- wrap-up timer ------------------------------------------------------------------
def test_wrap_up_times_out_via_tick():
    m, clock = machine(AgentConfig(wrap_up_timeout_s=60))
    _on_call(m)
    m.end()
    start = clock()
    assert m.wrap_deadline == start + 60
    clock.advance(59.9)
    assert m.tick() is None and m.state is S.WRAP_UP
    clock.advance(0.1)
    change = m.tick()
    assert (change.from_state, change.to_state, change.by) == (S.WRAP_UP, S.AVAILABLE, "system")
    assert m.wrap_deadline is None and m.call_id is None


def test_extend_wrap_up_pushes_the_deadline():
    m, clock = machine(AgentConfig(wrap_up_timeout_s=60, wrap_up_extend_s=30))
    _on_call(m)
    m.end()
    start = clock()
    clock.advance(50)
    assert m.extend_wrap_up() == start + 90
    assert m.wrap_deadline == start + 90
    assert m.extend_wrap_up() == start + 120  # extensions add up
    clock.advance(60)  # start + 110: past the first deadline, before the extended one
    assert m.tick() is None and m.state is S.WRAP_UP
    clock.advance(10)
    assert m.tick().to_state is S.AVAILABLE


def test_extending_after_a_missed_deadline_counts_from_now():
    m, clock = machine(AgentConfig(wrap_up_timeout_s=60, wrap_up_extend_s=30))
    _on_call(m)
    m.end()
    clock.advance(100)  # deadline passed, no tick yet
    assert m.extend_wrap_up() == clock() + 30
    assert m.tick() is None


def test_finishing_wrap_up_by_hand_is_the_agents_change():
    m, _ = in_scenario("wrap_up")
    change = m.finish_wrap_up()
    assert change.by == "agent" and m.state is S.AVAILABLE


def test_after_wrap_up_not_ready_config():
    cfg = AgentConfig(after_wrap_up=S.NOT_READY, after_wrap_reason="after_call", wrap_up_timeout_s=20)
    m, clock = machine(cfg)
    _on_call(m)
    m.end()
    m.finish_wrap_up()
    assert (m.state, m.reason) == (S.NOT_READY, "after_call")
    assert not m.can_take_call()
    # and on timeout, the same state, recorded as the system's doing
    m.offer_outbound("out-2")
    m.end()
    clock.advance(20)
    change = m.tick()
    assert (change.to_state, change.reason, change.by) == (S.NOT_READY, "after_call", "system")


# -- warm transfer ------------------------------------------------------------------
def test_consult_then_complete_transfer():
    m, _ = in_scenario("on_call")
    m.consult("billing")
    assert (m.state, m.reason, m.consulting) == (S.ON_HOLD, "consult", "billing")
    assert {"complete_transfer", "cancel_consult"} <= m.allowed_actions()
    m.complete_transfer()
    assert m.state is S.WRAP_UP and m.consulting is None
    assert "complete_transfer" not in m.allowed_actions()


def test_consult_then_cancel_returns_to_the_caller():
    m, _ = in_scenario("on_call")
    m.consult("billing")
    m.cancel_consult()
    assert m.state is S.ON_CALL and m.consulting is None
    with pytest.raises(IllegalTransition):
        m.complete_transfer()
    with pytest.raises(IllegalTransition):
        m.cancel_consult()


def test_consult_from_hold_keeps_the_hold():
    m, _ = in_scenario("on_hold")
    n = len(m.history)
    m.consult("billing")
    assert m.state is S.ON_HOLD and m.consulting == "billing" and len(m.history) == n


def test_caller_hanging_up_during_a_consultation_clears_it():
    m, _ = in_scenario("consulting")
    m.caller_hangup()
    assert m.state is S.WRAP_UP and m.consulting is None


# -- supervisor force -----------------------------------------------------------------
@pytest.mark.parametrize("scenario", ["logged_out", "available", "not_ready"])
@pytest.mark.parametrize("target", [S.AVAILABLE, S.NOT_READY, S.LOGGED_OUT])
def test_force_is_immediate_when_idle(scenario, target):
    m, clock = in_scenario(scenario)
    change = m.force(target)
    assert change is not None
    assert m.state is target
    assert change.by == "supervisor" and change.at == clock()
    assert m.reason == (FORCED_REASON if target is S.NOT_READY else None)
    assert m.pending is None


def test_force_not_ready_keeps_a_given_reason():
    m, _ = in_scenario("available")
    m.force(S.NOT_READY, "coaching")
    assert (m.state, m.reason) == (S.NOT_READY, "coaching")


def test_force_available_clears_missed_offers():
    m, _ = machine(AgentConfig(max_missed_offers=1))
    _ringing(m)
    m.miss()
    assert m.missed_in_row == 1 and m.auto_return_at is None
    m.force(S.AVAILABLE)
    assert m.state is S.AVAILABLE and m.missed_in_row == 0


@pytest.mark.parametrize("target", [S.RINGING, S.ON_CALL, S.ON_HOLD, S.WRAP_UP])
def test_force_refuses_call_states(target):
    m, _ = in_scenario("available")
    with pytest.raises(ValueError):
        m.force(target)
    assert m.state is S.AVAILABLE


@pytest.mark.parametrize("scenario", ["ringing", "on_call", "on_hold", "consulting", "wrap_up"])
def test_force_during_a_call_waits_until_after_wrap_up(scenario):
    m, _ = in_scenario(scenario)
    state = m.state
    assert m.force(S.NOT_READY, "meeting") is None
    assert m.state is state and m.pending == (S.NOT_READY, "meeting")
    if m.state is S.RINGING:
        m.answer()
    if m.state in (S.ON_CALL, S.ON_HOLD):
        m.end()
    assert m.state is S.WRAP_UP
    change = m.finish_wrap_up()
    assert (change.to_state, change.reason, change.by) == (S.NOT_READY, "meeting", "supervisor")
    assert m.pending is None


def test_forced_state_applies_when_wrap_up_times_out():
    m, clock = in_scenario("on_call")
    m.force(S.LOGGED_OUT)
    m.end()
    clock.advance(m.config.wrap_up_timeout_s)
    change = m.tick()
    assert (change.to_state, change.by) == (S.LOGGED_OUT, "supervisor")


def test_forced_state_applies_when_the_offer_is_missed():
    m, clock = in_scenario("ringing")
    m.force(S.NOT_READY, "meeting")
    change = m.miss()
    assert (change.to_state, change.reason, change.by) == (S.NOT_READY, "meeting", "supervisor")
    assert m.pending is None and m.call_id is None and m.auto_return_at is None
    clock.advance(1000)
    assert m.tick() is None


# -- history and listeners --------------------------------------------------------------
def test_history_records_each_change_with_from_to_reason():
    m, clock = machine()
    seen: list[StateChange] = []
    m.listeners.append(seen.append)
    m.login()
    clock.advance(1)
    m.set_available()
    clock.advance(1)
    m.offer("c")
    m.answer()
    clock.advance(30)
    m.end()
    m.finish_wrap_up()
    expected = [
        (S.LOGGED_OUT, S.NOT_READY, LOGIN_REASON, 1000.0, "agent"),
        (S.NOT_READY, S.AVAILABLE, None, 1001.0, "agent"),
        (S.AVAILABLE, S.RINGING, None, 1002.0, "agent"),
        (S.RINGING, S.ON_CALL, None, 1002.0, "agent"),
        (S.ON_CALL, S.WRAP_UP, None, 1032.0, "agent"),
        (S.WRAP_UP, S.AVAILABLE, None, 1032.0, "agent"),
    ]
    assert [(c.from_state, c.to_state, c.reason, c.at, c.by) for c in m.history] == expected
    assert seen == m.history


# -- random action sequences -------------------------------------------------------------
class AgentMachineRules(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.clock = FakeClock()
        self.m = AgentStateMachine(
            "a",
            AgentConfig(max_missed_offers=2, missed_pause_s=15, wrap_up_timeout_s=60, wrap_up_extend_s=30),
            clock=self.clock,
        )
        self.n = 0

    @rule(action=st.sampled_from(sorted(ACTIONS)))
    def act(self, action):
        legal = action in self.m.allowed_actions()
        before = snapshot(self.m)
        try:
            ACTIONS[action](self.m)
        except IllegalTransition:
            assert not legal, f"{action} is listed as allowed in {before['state']} but raised"
            assert snapshot(self.m) == before
        else:
            assert legal, f"{action} is not listed as allowed in {before['state']} but succeeded"

    @rule(target_state=st.sampled_from(list(AgentState)), reason=st.sampled_from([None, "coaching"]))
    def force(self, target_state, reason):
        before = snapshot(self.m)
        try:
            self.m.force(target_state, reason)
        except ValueError:
            assert target_state not in (S.AVAILABLE, S.NOT_READY, S.LOGGED_OUT)
            assert snapshot(self.m) == before

    @rule(seconds=st.floats(min_value=0, max_value=120, allow_nan=False))
    def wait_and_tick(self, seconds):
        self.clock.advance(seconds)
        self.m.tick()

    @invariant()
    def state_is_an_agent_state(self):
        assert isinstance(self.m.state, AgentState)

    @invariant()
    def call_id_is_set_exactly_in_call_states(self):
        assert (self.m.call_id is not None) == (self.m.state in CALL_STATES)

    @invariant()
    def history_ends_in_the_current_state(self):
        if self.m.history:
            assert self.m.history[-1].to_state is self.m.state
            assert self.m.history[-1].reason == self.m.reason
            assert self.m.since == self.m.history[-1].at
        else:
            assert self.m.state is S.LOGGED_OUT
        for a, b in zip(self.m.history, self.m.history[1:]):
            assert a.to_state is b.from_state

    @invariant()
    def time_never_goes_backwards(self):
        times = [c.at for c in self.m.history]
        assert times == sorted(times)
        assert all(t <= self.clock() for t in times)
        assert self.m.time_in_state() >= 0

    @invariant()
    def timers_and_side_state_fit_the_state(self):
        m = self.m
        assert (m.wrap_deadline is not None) == (m.state is S.WRAP_UP)
        if m.auto_return_at is not None:
            assert m.state is S.NOT_READY and m.reason == MISSED_CALL
        if m.consulting is not None:
            assert m.state is S.ON_HOLD
        if m.pending is not None:
            assert m.state in CALL_STATES


AgentMachineRules.TestCase.settings = settings(max_examples=150, stateful_step_count=40, deadline=None)
TestAgentMachineRules = AgentMachineRules.TestCase


def test_a_refused_transition_is_a_problem_with_codes_not_a_sentence():
    import pickle

    from callcenter.core.errors import IllegalStep, Problem

    m, _ = machine()
    m.login(available=True)
    with pytest.raises(IllegalTransition) as info:
        m.answer()
    refusal = info.value
    assert isinstance(refusal, IllegalStep) and isinstance(refusal, Problem)
    assert refusal.params == {"action": "answer", "state": "available", "reason": ""}
    assert refusal.action == "answer" and refusal.state is S.AVAILABLE
    assert pickle.loads(pickle.dumps(refusal)) == refusal  # crosses a worker thread or process intact
