"""Complaint figures against hand-worked cases, plus a few properties."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from callcenter.core.business_calendar import BusinessCalendar
from callcenter.core.complaints.figures import (
    BUSINESS,
    ELAPSED,
    CaseFacts,
    Contact,
    breach_rate,
    handling_times,
    period_of,
    recovery_effect,
    reopen_rate,
    root_cause_pareto,
    summarise,
    volume_by_category,
)

UTC = UTC
CAL = BusinessCalendar()  # Mon-Fri 09:00-17:00 UTC


def t(day: int, hour: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)  # 2026-11-23 is a Monday


A = CaseFacts(
    "A",
    "delivery_late",
    t(23, 10),
    "closed",
    acknowledged_at=t(23, 12),
    resolved_at=t(24, 11),
    closed_at=t(24, 12),
    acknowledge_due=t(23, 11),
    resolve_due=t(26, 10),
    root_cause="x",
)
B = CaseFacts(
    "B",
    "billing_error",
    t(27, 16),
    "investigating",
    acknowledged_at=t(30, 10),
    acknowledge_due=t(30, 12),
    resolve_due=t(29, 0),
    reopen_count=1,
)
C = CaseFacts(
    "C",
    "delivery_late",
    t(25, 9),
    "follow_up_done",
    acknowledged_at=t(25, 13),
    resolved_at=t(25, 17),
    closed_at=t(25, 17),
    acknowledge_due=t(25, 14),
    resolve_due=t(26, 0),
    root_cause="x",
    reopen_count=1,
)
D = CaseFacts("D", "rude_staff", t(1, 8, month=12), "received", flagged=True)
E = CaseFacts("E", "rude_staff", t(2, 8, month=10), "closed", closed_at=t(3, 8, month=10), root_cause="a")
AS_OF = datetime(2026, 12, 1, tzinfo=UTC)


def test_volume_by_month_and_by_iso_week():
    cases = [A, B, C, D, E]
    assert volume_by_category(cases, "month") == [
        ("2026-10", "rude_staff", 1),
        ("2026-11", "billing_error", 1),
        ("2026-11", "delivery_late", 2),
        ("2026-12", "rude_staff", 1),
    ]
    # 23-29 Nov 2026 is ISO week 48; Tue 1 Dec is in week 49; Fri 2 Oct is in week 40
    assert period_of(t(23), "week") == "2026-W48" and period_of(t(29, 23), "week") == "2026-W48"
    assert volume_by_category(cases, "week", key=lambda code: code.split("_")[0]) == [
        ("2026-W40", "rude", 1),
        ("2026-W48", "billing", 1),
        ("2026-W48", "delivery", 2),
        ("2026-W49", "rude", 1),
    ]


def test_times_in_business_and_elapsed_hours():
    times = handling_times([A, B, C, D], CAL)
    # acknowledge: A 2 h (Mon 10-12), B Fri 16:00 -> Mon 10:00 = 66 h elapsed but 1 + 1 business hours,
    # C 4 h; D not acknowledged, so left out
    ack_el, ack_bh = times[("acknowledge", ELAPSED)], times[("acknowledge", BUSINESS)]
    assert (ack_el.n, ack_el.median, ack_el.p90, ack_el.mean) == (3, 4, 66, 24)
    assert (ack_bh.n, ack_bh.median, ack_bh.p90) == (3, 2, 4)
    assert abs(ack_bh.mean - 8 / 3) < 1e-9
    # resolve: A Mon 10:00 -> Tue 11:00 = 25 h elapsed, 7 + 2 = 9 business; C 8 and 8
    res_el, res_bh = times[("resolve", ELAPSED)], times[("resolve", BUSINESS)]
    assert (res_el.n, res_el.median, res_el.p90, res_el.mean) == (2, 16.5, 25, 16.5)
    assert (res_bh.median, res_bh.p90) == (8.5, 9)


def test_breach_rate_counts_each_case_once():
    # A acknowledged late; B not resolved by its due time and as_of is past it; C on time;
    # D has a flagged breach; E has no deadlines
    rate = breach_rate([A, B, C, D, E], AS_OF)
    assert (rate.numerator, rate.denominator, rate.value) == (3, 5, 0.6)
    assert breach_rate([], AS_OF).value is None
    # before B's resolve deadline, B is not yet breached
    assert breach_rate([B], t(28)).numerator == 0


def test_reopen_rate_is_over_cases_closed_at_least_once():
    # ever closed: A, B (reopened, now investigating), C, E; reopened: B and C. D never closed.
    rate = reopen_rate([A, B, C, D, E])
    assert (rate.numerator, rate.denominator, rate.value) == (2, 4, 0.5)


def test_pareto_sorted_with_shares_and_cumulative():
    more = [CaseFacts(f"x{n}", "c", t(1), "closed", root_cause="x") for n in range(1)]
    more.append(CaseFacts("y", "c", t(1), "closed", root_cause="y"))
    more.append(CaseFacts("open", "c", t(1), "investigating", root_cause="x"))  # open: not counted
    more.append(CaseFacts("none", "c", t(1), "closed"))  # no root cause: not counted
    rows = root_cause_pareto([A, C, E] + more)
    # x: A, C, x0 = 3; a: 1; y: 1 (ties by code); total 5
    assert rows == [("x", 3, 0.6, 0.6), ("a", 1, 0.2, 0.8), ("y", 1, 0.2, 1.0)]


def test_recovery_effect_windows():
    resolved = [
        Contact("c1", datetime(2026, 8, 1, tzinfo=UTC), 5, datetime(2026, 9, 15, tzinfo=UTC)),  # bought on day 45
        Contact("c2", datetime(2026, 8, 10, tzinfo=UTC), 3, datetime(2026, 11, 20, tzinfo=UTC)),  # day 102: no
        Contact("c3", datetime(2026, 11, 1, tzinfo=UTC), None, datetime(2026, 11, 5, tzinfo=UTC)),  # window open
    ]
    never = [
        Contact("n1", datetime(2026, 7, 1, tzinfo=UTC), None, datetime(2026, 9, 29, tzinfo=UTC)),  # day 90 exactly
        Contact("n2", datetime(2026, 7, 1, tzinfo=UTC), None, None),
    ]
    complainers, others = recovery_effect(resolved, [5, 3, None], never, [4, 2, 3], AS_OF)
    assert complainers.group == "resolved_complainers"
    assert (complainers.csat_n, complainers.csat_mean) == (2, 4.0)
    # c3's window is still open at as_of: left out
    assert (complainers.customers, complainers.repeat_buyers, complainers.repeat_share) == (2, 1, 0.5)
    assert (others.csat_n, others.csat_mean) == (3, 3.0)
    assert (others.customers, others.repeat_buyers, others.repeat_share) == (2, 1, 0.5)
    # an order at the very anchor instant is not "after" it
    same = Contact("n3", datetime(2026, 7, 1, tzinfo=UTC), None, datetime(2026, 7, 1, tzinfo=UTC))
    assert recovery_effect([], [], [same], [], AS_OF)[1].repeat_buyers == 0
    # one customer counts once, at their latest eligible anchor (Aug 10: no order within 90 days)
    twice = [resolved[0], Contact("c1", datetime(2026, 8, 10, tzinfo=UTC), None, None)]
    effect = recovery_effect(twice, [], [], [], AS_OF)[0]
    assert (effect.customers, effect.repeat_buyers) == (1, 0)


def test_summary_of_nothing_and_of_one():
    assert summarise([]).n == 0 and summarise([]).median is None
    s = summarise([7.0])
    assert (s.median, s.p90, s.mean) == (7.0, 7.0, 7.0)
    # p90 by nearest rank of ten values is the ninth
    assert summarise(list(range(1, 11))).p90 == 9


causes = st.lists(st.sampled_from(["a", "b", "c", "d", "e"]), min_size=1, max_size=60)


@given(causes)
def test_pareto_cumulative_is_non_decreasing_and_ends_at_one(codes):
    rows = root_cause_pareto([CaseFacts(str(n), "c", t(1), "closed", root_cause=c) for n, c in enumerate(codes)])
    cumulative = [r[3] for r in rows]
    assert cumulative == sorted(cumulative) and cumulative[-1] == 1.0
    assert [r[1] for r in rows] == sorted((r[1] for r in rows), reverse=True)
    assert sum(r[1] for r in rows) == len(codes)


case_strategy = st.builds(
    lambda opened, ack, res, due_a, due_r, state, reopen, flagged: CaseFacts(
        "x",
        "c",
        t(1) + timedelta(hours=opened),
        state,
        acknowledged_at=None if ack is None else t(1) + timedelta(hours=opened + ack),
        resolved_at=None if res is None else t(1) + timedelta(hours=opened + res),
        acknowledge_due=None if due_a is None else t(1) + timedelta(hours=opened + due_a),
        resolve_due=None if due_r is None else t(1) + timedelta(hours=opened + due_r),
        reopen_count=reopen,
        flagged=flagged,
    ),
    st.integers(0, 500),
    st.none() | st.integers(0, 100),
    st.none() | st.integers(0, 400),
    st.none() | st.integers(1, 50),
    st.none() | st.integers(1, 300),
    st.sampled_from(["received", "investigating", "closed", "follow_up_done"]),
    st.integers(0, 2),
    st.booleans(),
)


@given(st.lists(case_strategy, max_size=40))
def test_rates_are_shares_and_times_are_ordered(cases):
    for rate in (breach_rate(cases, AS_OF), reopen_rate(cases)):
        assert 0 <= rate.numerator <= rate.denominator
        assert rate.value is None or 0 <= rate.value <= 1
    for summary in handling_times(cases, CAL).values():
        if summary.n:
            assert summary.median <= summary.p90 or summary.n == 2
            assert summary.median >= 0


def test_root_cause_list_parses_and_refuses_bad_entries():
    import pytest

    from callcenter.core.complaints.capture import ConfigError
    from callcenter.core.complaints.figures import parse_root_causes

    causes = parse_root_causes({"root_causes": [{"code": "a", "en": "A", "zh_CN": "甲"}]})
    assert [(c.code, c.name("en"), c.name("zh_CN")) for c in causes] == [("a", "A", "甲")]
    with pytest.raises(ConfigError, match="missing zh_CN"):
        parse_root_causes({"root_causes": [{"code": "a", "en": "A"}]})
    with pytest.raises(ConfigError, match="used twice"):
        parse_root_causes({"root_causes": [{"code": "a", "en": "A", "zh_CN": "甲"}] * 2})
    with pytest.raises(ConfigError):
        parse_root_causes({})
