"""adminpol: business calendars (``is_open``, hand-worked across DST and holidays) and ring
and wrap-up policies handed to the agent state machine as data."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from callcenter.core.agent_state import (
    AFTER_MISSED_AVAILABLE,
    AFTER_MISSED_NOT_READY,
    MISSED_CALL,
    AgentConfig,
    AgentStateMachine,
    IllegalTransition,
)
from callcenter.core.agent_state import AgentState as S
from callcenter.core.policies import (
    DEFAULT_POLICY,
    Calendar,
    Holiday,
    RingWrapPolicy,
    check_calendar,
    check_policy,
    hours_from_text,
    hours_to_text,
    is_open,
    policy_for,
)

NINE_TO_FIVE = {d: (time(9), time(17)) for d in range(5)}
NY = Calendar("ny", "New York", "纽约", "America/New_York", NINE_TO_FIVE)
JULY_3 = Holiday("ny", date(2026, 7, 3), "Independence Day (observed)", "美国独立日（补休）")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    ("when", "expected", "why"),
    [
        # Friday 6 March 2026, still EST (UTC-5): 09:00 local is 14:00 UTC
        (utc(2026, 3, 6, 13, 59), False, "08:59 EST, before opening"),
        (utc(2026, 3, 6, 14, 0), True, "09:00 EST, opening time is open"),
        (utc(2026, 3, 6, 21, 59), True, "16:59 EST"),
        (utc(2026, 3, 6, 22, 0), False, "17:00 EST, closing time is closed"),
        # Saturday 7 March: no hours
        (utc(2026, 3, 7, 15, 0), False, "Saturday"),
        # Monday 9 March 2026, EDT (UTC-4) since Sunday: 09:00 local is 13:00 UTC now
        (utc(2026, 3, 9, 13, 0), True, "09:00 EDT: an hour earlier in UTC than the Friday before"),
        (utc(2026, 3, 9, 12, 59), False, "08:59 EDT"),
        (utc(2026, 3, 9, 21, 0), False, "17:00 EDT"),
        (utc(2026, 3, 9, 20, 59), True, "16:59 EDT"),
        # Monday 2 November 2026, back on EST: 13:30 UTC is 08:30 local
        (utc(2026, 11, 2, 13, 30), False, "08:30 EST after the autumn change"),
        (utc(2026, 11, 2, 14, 0), True, "09:00 EST"),
        # Friday 3 July 2026 is a holiday; Thursday 2 July is not
        (utc(2026, 7, 3, 15, 0), False, "11:00 EDT on the holiday"),
        (utc(2026, 7, 2, 15, 0), True, "11:00 EDT the day before"),
    ],
)
def test_is_open_new_york(when: datetime, expected: bool, why: str) -> None:
    assert is_open(NY, [JULY_3], when) is expected, why


def test_window_across_the_spring_gap_counts_local_wall_time() -> None:
    # Sunday 8 March 2026, 01:00-04:00 local: 01:00 EST is 06:00 UTC, 04:00 EDT is 08:00 UTC
    night = Calendar("night", "Night", "夜间", "America/New_York", {6: (time(1), time(4))})
    assert not is_open(night, [], utc(2026, 3, 8, 5, 59))
    assert is_open(night, [], utc(2026, 3, 8, 6, 0))
    assert is_open(night, [], utc(2026, 3, 8, 7, 30))  # 03:30 EDT (02:xx never happened)
    assert not is_open(night, [], utc(2026, 3, 8, 8, 0))


def test_a_holiday_is_a_local_date() -> None:
    # 30 Sept 23:30 UTC is 1 Oct 07:30 in Shanghai: the holiday of the local date applies
    sh = Calendar("sh", "Shanghai", "上海", "Asia/Shanghai", {d: (time(7), time(20)) for d in range(7)})
    national_day = Holiday("sh", date(2026, 10, 1), "National Day", "国庆节")
    when = utc(2026, 9, 30, 23, 30)
    assert is_open(sh, [], when)
    assert not is_open(sh, [national_day], when)
    # another calendar's holiday does not close this one
    assert is_open(sh, [Holiday("other", date(2026, 10, 1), "x", "x")], when)


def test_is_open_needs_an_aware_instant() -> None:
    with pytest.raises(ValueError):
        is_open(NY, [], datetime(2026, 3, 9, 10, 0))


def test_hours_round_trip_and_checks() -> None:
    text = hours_to_text(NINE_TO_FIVE)
    assert text.startswith('{"0":["09:00","17:00"]')
    assert hours_from_text(text) == NINE_TO_FIVE
    assert check_calendar(NY) == {}
    assert check_calendar(Calendar("x", "x", "x", "Mars/Olympus", NINE_TO_FIVE)) == {"time_zone": "unknown_time_zone"}
    assert check_calendar(Calendar("x", "x", "x", "UTC", {0: (time(17), time(9))})) == {"hours": "bad_hours"}
    assert check_calendar(Calendar("x", "x", "x", "UTC", {})) == {"hours": "no_hours"}


# -- policies --------------------------------------------------------------------------------
def machine(policy: RingWrapPolicy):
    t = [0.0]
    m = AgentStateMachine("a1", policy.config(), clock=lambda: t[0])
    return m, t


def test_default_policy_is_the_old_constants() -> None:
    cfg = DEFAULT_POLICY.config()
    old = AgentConfig()
    for name in ("wrap_up_timeout_s", "wrap_up_extend_s", "max_missed_offers", "missed_pause_s", "ring_timeout_s"):
        assert getattr(cfg, name) == getattr(old, name)
    assert cfg.missed_reason == MISSED_CALL and cfg.wrap_up_extend_allowed


def test_policy_reason_and_limit_for_auto_not_ready() -> None:
    m, t = machine(RingWrapPolicy(max_missed_offers=3, missed_reason="no_answer", missed_pause_s=10))
    m.login(available=True)
    for n in (1, 2):
        m.offer(f"c{n}")
        m.miss()
        assert (m.state, m.reason) == (S.NOT_READY, "no_answer")
        t[0] += 10
        m.tick()
        assert m.state is S.AVAILABLE  # below the limit: back after the pause
    m.offer("c3")
    m.miss()
    t[0] += 1000
    m.tick()
    assert (m.state, m.reason) == (S.NOT_READY, "no_answer")  # the third in a row: stays


def test_policy_state_after_a_missed_offer() -> None:
    m, _ = machine(RingWrapPolicy(after_missed=AFTER_MISSED_AVAILABLE, max_missed_offers=2))
    m.login(available=True)
    m.offer("c1")
    assert m.miss().to_state is S.AVAILABLE
    m.offer("c2")
    assert m.miss().to_state is S.NOT_READY  # the limit still applies
    m2, t = machine(RingWrapPolicy(after_missed=AFTER_MISSED_NOT_READY, max_missed_offers=5))
    m2.login(available=True)
    m2.offer("c1")
    m2.miss()
    t[0] += 3600
    m2.tick()
    assert m2.state is S.NOT_READY


def test_policy_wrap_up_limit_and_no_extension() -> None:
    m, t = machine(RingWrapPolicy(wrap_up_limit_s=45, extension_allowed=False))
    m.login(available=True)
    m.offer("c1")
    m.answer()
    m.end()
    assert m.wrap_deadline == 45
    assert "extend_wrap_up" not in m.allowed_actions()
    with pytest.raises(IllegalTransition):
        m.extend_wrap_up()
    t[0] = 45
    assert m.tick().to_state is S.AVAILABLE
    m2, _ = machine(RingWrapPolicy(wrap_up_limit_s=45, extension_s=20))
    m2.login(available=True)
    m2.offer("c1")
    m2.answer()
    m2.end()
    assert m2.extend_wrap_up() == 65


def test_policy_for_queue_then_site_default() -> None:
    site = RingWrapPolicy(ring_timeout_s=25)
    vip = RingWrapPolicy("vip", ring_timeout_s=10)
    assert policy_for([site, vip], "vip") is vip
    assert policy_for([site, vip], "general") is site
    assert policy_for([], "vip") is DEFAULT_POLICY


def test_check_policy() -> None:
    assert check_policy(DEFAULT_POLICY, ["missed_call"]) == {}
    bad = RingWrapPolicy(ring_timeout_s=0, after_missed="dance", missed_reason="nope")
    assert check_policy(bad, ["missed_call"]) == {
        "ring_timeout_s": "out_of_range",
        "after_missed": "unknown",
        "missed_reason": "unknown",
    }


def test_force_records_who_forced_and_waits_for_the_end_of_wrap_up() -> None:
    m, _ = machine(DEFAULT_POLICY)
    m.login(available=True)
    m.offer("c1")
    m.answer()
    assert m.force(S.NOT_READY, "meeting", by_user="sup-1") is None  # on a call: not torn off it
    assert m.state is S.ON_CALL and m.pending == (S.NOT_READY, "meeting")
    m.end()
    change = m.finish_wrap_up()
    assert (change.to_state, change.reason, change.by, change.forced_by) == (
        S.NOT_READY,
        "meeting",
        "supervisor",
        "sup-1",
    )
    now = m.force(S.AVAILABLE, by_user="sup-2")
    assert now is not None and now.forced_by == "sup-2"
