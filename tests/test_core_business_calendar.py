"""Business-hours arithmetic: hand-worked cases and a round-trip property."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from callcenter.core.business_calendar import BusinessCalendar

UTC = UTC


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def local(tz: str, *args) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(tz))


NINE_TO_FIVE = BusinessCalendar.standard("UTC")


def test_friday_afternoon_plus_three_hours_is_monday_late_morning():
    # 2026-11-27 is a Friday: one hour on Friday, two on Monday.
    assert NINE_TO_FIVE.add_business_hours(utc(2026, 11, 27, 16), 3) == utc(2026, 11, 30, 11)


def test_a_holiday_monday_is_skipped():
    cal = BusinessCalendar.standard("UTC", holidays=[date(2026, 11, 30)])
    assert cal.add_business_hours(utc(2026, 11, 27, 16), 3) == utc(2026, 12, 1, 11)
    assert cal.business_hours_between(utc(2026, 11, 27, 16), utc(2026, 12, 1, 11)) == 3.0


def test_start_outside_hours_rolls_forward_to_opening():
    assert NINE_TO_FIVE.add_business_hours(utc(2026, 11, 28, 12), 1) == utc(2026, 11, 30, 10)  # Saturday
    assert NINE_TO_FIVE.add_business_hours(utc(2026, 11, 30, 6), 2) == utc(2026, 11, 30, 11)  # early Monday
    assert NINE_TO_FIVE.add_business_hours(utc(2026, 11, 30, 20), 2) == utc(2026, 12, 1, 11)  # Monday evening


def test_hours_ending_exactly_at_closing_time_stay_on_that_day():
    assert NINE_TO_FIVE.add_business_hours(utc(2026, 11, 27, 9), 8) == utc(2026, 11, 27, 17)
    assert NINE_TO_FIVE.add_business_hours(utc(2026, 11, 27, 9), 8.5) == utc(2026, 11, 30, 9, 30)


def test_zero_hours_returns_the_start_unchanged():
    sat = utc(2026, 11, 28, 12)
    assert NINE_TO_FIVE.add_business_hours(sat, 0) == sat


def test_a_week_of_hours():
    assert NINE_TO_FIVE.add_business_hours(utc(2026, 11, 30, 9), 40) == utc(2026, 12, 4, 17)
    assert NINE_TO_FIVE.business_hours_between(utc(2026, 11, 28), utc(2026, 12, 5)) == 40.0


def test_shanghai_and_london_differ_for_the_same_instant():
    start = utc(2026, 11, 27, 8)  # Friday 16:00 in Shanghai, 08:00 in London (GMT)
    shanghai = BusinessCalendar.standard("Asia/Shanghai")
    london = BusinessCalendar.standard("Europe/London")
    assert shanghai.add_business_hours(start, 3) == local("Asia/Shanghai", 2026, 11, 30, 11).astimezone(UTC)
    assert shanghai.add_business_hours(start, 3) == utc(2026, 11, 30, 3)
    assert london.add_business_hours(start, 3) == utc(2026, 11, 27, 12)
    assert shanghai.business_hours_between(start, utc(2026, 11, 30, 3)) == 3.0


def test_results_are_in_utc_whatever_the_input_zone():
    start = local("Asia/Shanghai", 2026, 11, 27, 16)
    out = BusinessCalendar.standard("Asia/Shanghai").add_business_hours(start, 3)
    assert out.tzinfo is UTC and out == utc(2026, 11, 30, 3)


def test_london_autumn_dst_weekend():
    # Clocks go back on Sunday 2026-10-25: Friday is BST (UTC+1), Monday is GMT.
    london = BusinessCalendar.standard("Europe/London")
    friday_4pm = local("Europe/London", 2026, 10, 23, 16)
    assert friday_4pm.astimezone(UTC) == utc(2026, 10, 23, 15)
    out = london.add_business_hours(friday_4pm, 3)
    assert out == utc(2026, 10, 26, 11)  # Monday 11:00 GMT
    assert london.business_hours_between(friday_4pm, out) == 3.0
    # The weekend's extra hour is not business time.
    assert london.business_hours_between(utc(2026, 10, 23, 16), utc(2026, 10, 26, 9)) == 0.0


def test_london_spring_dst_weekend():
    # Clocks go forward on Sunday 2026-03-29: Friday is GMT, Monday is BST (UTC+1).
    london = BusinessCalendar.standard("Europe/London")
    out = london.add_business_hours(utc(2026, 3, 27, 16), 3)
    assert out == utc(2026, 3, 30, 10)  # Monday 11:00 BST
    assert london.business_hours_between(utc(2026, 3, 27, 16), out) == 3.0


def test_a_window_with_a_dst_jump_inside_counts_real_hours():
    # Open 00:00-04:00 on Sundays: on 2026-03-29 01:00-02:00 local does not exist.
    cal = BusinessCalendar(tz="Europe/London", hours={6: (time(0), time(4))})
    assert cal.business_hours_between(utc(2026, 3, 28), utc(2026, 3, 30)) == 3.0
    assert cal.business_hours_between(utc(2026, 10, 24), utc(2026, 10, 26)) == 5.0


def test_between_is_negative_backwards_and_zero_for_equal_instants():
    a, b = utc(2026, 11, 27, 16), utc(2026, 11, 30, 11)
    assert NINE_TO_FIVE.business_hours_between(b, a) == -3.0
    assert NINE_TO_FIVE.business_hours_between(a, a) == 0.0


def test_is_open():
    assert NINE_TO_FIVE.is_open(utc(2026, 11, 27, 9))
    assert not NINE_TO_FIVE.is_open(utc(2026, 11, 27, 17))
    assert not NINE_TO_FIVE.is_open(utc(2026, 11, 28, 12))


@pytest.mark.parametrize(
    "call",
    [
        lambda: NINE_TO_FIVE.add_business_hours(datetime(2026, 11, 27, 16), 3),
        lambda: NINE_TO_FIVE.business_hours_between(datetime(2026, 11, 27), utc(2026, 11, 28)),
        lambda: NINE_TO_FIVE.add_business_hours(utc(2026, 11, 27, 16), -1),
        lambda: BusinessCalendar(hours={}),
        lambda: BusinessCalendar(hours={0: (time(17), time(9))}),
        lambda: BusinessCalendar(hours={7: (time(9), time(17))}),
    ],
)
def test_bad_input_is_refused(call):
    with pytest.raises(ValueError):
        call()


def test_unknown_time_zone_is_refused():
    with pytest.raises(LookupError):  # zoneinfo's ZoneInfoNotFoundError
        BusinessCalendar(tz="Mars/Olympus_Mons")


CALENDARS = [
    NINE_TO_FIVE,
    BusinessCalendar.standard("Europe/London", holidays=[date(2026, 12, 25), date(2026, 12, 28)]),
    BusinessCalendar.standard("Asia/Shanghai", opens=time(8, 30), closes=time(18), holidays=[date(2026, 10, 1)]),
    BusinessCalendar(
        tz="America/New_York", hours={0: (time(8), time(12)), 2: (time(13), time(20)), 5: (time(10), time(11, 15))}
    ),
    BusinessCalendar(tz="Europe/London", hours={6: (time(0), time(4)), 3: (time(22), time(23, 59))}),
]


@settings(max_examples=150, deadline=None)
@given(
    cal=st.sampled_from(CALENDARS),
    start=st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2028, 1, 1), timezones=st.just(UTC)),
    hours=st.floats(min_value=0, max_value=300, allow_nan=False, allow_infinity=False),
)
def test_adding_then_measuring_returns_the_hours_added(cal, start, hours):
    end = cal.add_business_hours(start, hours)
    assert end >= start
    assert end.tzinfo is UTC
    assert cal.business_hours_between(start, end) == pytest.approx(hours, abs=1e-6)
    if timedelta(hours=hours) > timedelta(0):  # the end lands inside (or at the close of) business time
        assert cal.is_open(end) or cal.is_open(end - timedelta(microseconds=1))


@settings(max_examples=60, deadline=None)
@given(
    cal=st.sampled_from(CALENDARS),
    start=st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2028, 1, 1), timezones=st.just(UTC)),
    a=st.floats(min_value=0, max_value=100),
    b=st.floats(min_value=0, max_value=100),
)
def test_adding_is_additive(cal, start, a, b):
    mid = cal.add_business_hours(start, a)
    end = cal.add_business_hours(mid, b)
    assert cal.business_hours_between(start, end) == pytest.approx(a + b, abs=1e-6)
