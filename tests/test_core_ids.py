"""UUIDv7 ids and the hybrid logical clock."""

from __future__ import annotations

import re
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from callcenter.core.ids import HLC_MAX_COUNTER, HlcStamp, HybridLogicalClock, uuid7, uuid7_time_ms

UUID_TEXT = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
MS_48 = st.integers(min_value=0, max_value=(1 << 48) - 1)
RAND_74 = st.integers(min_value=0, max_value=(1 << 74) - 1)


def test_uuid7_format():
    for _ in range(200):
        value = uuid7()
        assert len(value) == 36
        assert UUID_TEXT.match(value), value
        parsed = uuid.UUID(value)
        assert parsed.version == 7
        assert parsed.variant == uuid.RFC_4122
        assert str(parsed) == value  # lowercase canonical text


@given(MS_48, RAND_74)
def test_uuid7_fields(unix_ms, rand):
    value = uuid7(unix_ms, rand)
    assert UUID_TEXT.match(value)
    n = uuid.UUID(value).int
    assert n >> 80 == unix_ms
    assert (n >> 76) & 0xF == 0x7  # version nibble
    assert (n >> 62) & 0b11 == 0b10  # variant bits
    assert (n >> 64) & 0xFFF == rand >> 62  # rand_a
    assert n & ((1 << 62) - 1) == rand & ((1 << 62) - 1)  # rand_b
    assert uuid7_time_ms(value) == unix_ms


def test_uuid7_is_deterministic_when_given_time_and_randomness():
    assert uuid7(1_700_000_000_000, 12345) == uuid7(1_700_000_000_000, 12345)
    assert uuid7(1_700_000_000_000, 12345) != uuid7(1_700_000_000_000, 12346)


def test_uuid7_random_part_differs_between_calls():
    ids = {uuid7(1_700_000_000_000) for _ in range(1000)}
    assert len(ids) == 1000
    assert {uuid7_time_ms(i) for i in ids} == {1_700_000_000_000}


@given(st.lists(MS_48, min_size=2, max_size=30, unique=True), st.data())
def test_ids_sort_by_time(times, data):
    times.sort()
    ids = [uuid7(t, data.draw(RAND_74)) for t in times]
    assert sorted(ids) == ids  # text order is creation order across milliseconds
    assert [uuid7_time_ms(i) for i in ids] == times


def test_uuid7_default_time_is_now():
    import time

    before = time.time_ns() // 1_000_000
    value = uuid7()
    after = time.time_ns() // 1_000_000
    assert before <= uuid7_time_ms(value) <= after


# -- hybrid logical clock -------------------------------------------------------------
class ScriptedWall:
    """A wall clock that returns the given milliseconds in turn, then repeats the last."""

    def __init__(self, *values: int):
        self.values = list(values)

    def __call__(self) -> int:
        return self.values.pop(0) if len(self.values) > 1 else self.values[0]


def test_hlc_follows_the_wall_clock_when_it_moves_forward():
    clock = HybridLogicalClock("dev", ScriptedWall(100, 200, 300))
    assert clock.now() == HlcStamp(100, 0, "dev")
    assert clock.now() == HlcStamp(200, 0, "dev")
    assert clock.now() == HlcStamp(300, 0, "dev")


def test_hlc_counts_within_one_millisecond():
    clock = HybridLogicalClock("dev", ScriptedWall(500))
    assert [clock.now().counter for _ in range(4)] == [0, 1, 2, 3]
    assert clock.now().wall_ms == 500


def test_hlc_is_monotonic_when_the_wall_clock_goes_backwards():
    clock = HybridLogicalClock("dev", ScriptedWall(1000, 1000, 400, 300, 999, 1001))
    stamps = [clock.now() for _ in range(6)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == len(stamps)
    assert [s.wall_ms for s in stamps] == [1000, 1000, 1000, 1000, 1000, 1001]
    assert stamps[-1].counter == 0


@given(st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=60))
def test_hlc_is_strictly_monotonic_under_any_wall_clock(walls):
    clock = HybridLogicalClock("dev", ScriptedWall(*walls))
    stamps = [clock.now() for _ in walls]
    encoded = [s.encode() for s in stamps]
    assert all(a < b for a, b in zip(stamps, stamps[1:]))
    assert all(a < b for a, b in zip(encoded, encoded[1:]))
    assert all(s.wall_ms >= w for s, w in zip(stamps, walls))  # never behind the wall clock


def test_hlc_counter_never_outgrows_its_encoding():
    """A wall clock set back for a long time: the counter rolls into the next ms."""
    clock = HybridLogicalClock("dev", ScriptedWall(7))
    stamps = [clock.now() for _ in range(HLC_MAX_COUNTER + 3)]
    assert stamps[HLC_MAX_COUNTER] == HlcStamp(7, HLC_MAX_COUNTER, "dev")
    assert stamps[HLC_MAX_COUNTER + 1] == HlcStamp(8, 0, "dev")
    encoded = [s.encode() for s in stamps[-5:]]
    assert encoded == sorted(encoded)


def test_observe_a_remote_stamp_ahead_moves_past_it():
    clock = HybridLogicalClock("local", ScriptedWall(100))
    clock.now()
    remote = HlcStamp(5_000, 7, "remote")
    merged = clock.observe(remote)
    assert (merged.wall_ms, merged.counter) > (remote.wall_ms, remote.counter)
    assert (merged.wall_ms, merged.counter, merged.device) == (5_000, 8, "local")
    after = clock.now()  # the local wall clock is still at 100
    assert (after.wall_ms, after.counter) == (5_000, 9)


def test_observe_a_remote_stamp_behind_keeps_local_order():
    clock = HybridLogicalClock("local", ScriptedWall(10_000))
    first = clock.now()
    merged = clock.observe(HlcStamp(50, 99, "remote"))
    assert (merged.wall_ms, merged.counter) == (10_000, first.counter + 1)


def test_observe_with_equal_walls_takes_the_larger_counter():
    clock = HybridLogicalClock("local", ScriptedWall(300))
    clock.now()
    clock.now()  # (300, 1)
    merged = clock.observe(HlcStamp(300, 9, "remote"))
    assert (merged.wall_ms, merged.counter) == (300, 10)


def test_observe_with_the_wall_clock_ahead_of_both_resets_the_counter():
    clock = HybridLogicalClock("local", ScriptedWall(100, 900))
    clock.now()
    merged = clock.observe(HlcStamp(500, 3, "remote"))
    assert (merged.wall_ms, merged.counter) == (900, 0)


def test_observe_a_remote_stamp_at_the_counter_limit():
    clock = HybridLogicalClock("local", ScriptedWall(1))
    merged = clock.observe(HlcStamp(40, HLC_MAX_COUNTER, "remote"))
    assert (merged.wall_ms, merged.counter) == (41, 0)
    merged.encode()


@given(st.lists(st.tuples(st.booleans(), st.integers(0, 5000), st.integers(0, 50)), max_size=40))
def test_hlc_mixing_local_and_remote_events_stays_monotonic(events):
    clock = HybridLogicalClock("local", ScriptedWall(*(range(0, 10_000, 97))))
    last = None
    for is_remote, wall, counter in events:
        remote = HlcStamp(wall, counter, "remote")
        stamp = clock.observe(remote) if is_remote else clock.now()
        if is_remote:
            assert (stamp.wall_ms, stamp.counter) > (remote.wall_ms, remote.counter)
        if last is not None:
            assert (stamp.wall_ms, stamp.counter) > (last.wall_ms, last.counter)
        last = stamp


DEVICES = st.one_of(
    st.just("0190a3c4-5b6d-7e8f-9a0b-1c2d3e4f5a6b"),
    st.text(alphabet="0123456789abcdef-", min_size=1, max_size=36),
)
STAMPS = st.builds(HlcStamp, MS_48, st.integers(0, HLC_MAX_COUNTER), DEVICES)


@given(STAMPS)
def test_hlc_encode_decode_roundtrip(stamp):
    text = stamp.encode()
    assert HlcStamp.decode(text) == stamp
    assert len(text) == 12 + 1 + 4 + 1 + len(stamp.device)


@given(STAMPS, STAMPS)
def test_hlc_text_order_equals_tuple_order(a, b):
    assert (a.encode() < b.encode()) == (a < b)
    assert (a.encode() == b.encode()) == (a == b)
    assert (a < b) == ((a.wall_ms, a.counter, a.device) < (b.wall_ms, b.counter, b.device))


@pytest.mark.parametrize(
    "stamp",
    [HlcStamp(-1, 0, "d"), HlcStamp(1 << 48, 0, "d"), HlcStamp(0, HLC_MAX_COUNTER + 1, "d"), HlcStamp(0, -1, "d")],
)
def test_hlc_refuses_to_encode_a_stamp_that_would_break_text_order(stamp):
    with pytest.raises(ValueError):
        stamp.encode()
