"""Identifiers and clocks that make every row sync-ready.

UUIDv7 ids sort by creation time, so B-tree inserts append instead of
scattering; the hybrid logical clock (HLC) orders changes across devices even
when their wall clocks disagree.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


def uuid7(unix_ms: int | None = None, rand: int | None = None) -> str:
    """A RFC 9562 version-7 UUID as lowercase text.

    ``unix_ms`` and ``rand`` (74 random bits) may be given for deterministic ids
    (demo data); otherwise the clock and ``os.urandom`` are used.
    """
    if unix_ms is None:
        unix_ms = time.time_ns() // 1_000_000
    if rand is None:
        rand = int.from_bytes(os.urandom(10), "big")
    rand_a = (rand >> 62) & 0xFFF
    rand_b = rand & ((1 << 62) - 1)
    value = (unix_ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def uuid7_time_ms(value: str) -> int:
    """The millisecond timestamp stored in a UUIDv7."""
    return int(value.replace("-", "")[:12], 16)


HLC_MAX_COUNTER = 0xFFFF  # the counter's four hex digits in ``HlcStamp.encode``
HLC_MAX_WALL_MS = (1 << 48) - 1  # twelve hex digits


@dataclass(frozen=True, order=True)
class HlcStamp:
    """A hybrid logical clock stamp: wall milliseconds, a counter, the device id."""

    wall_ms: int
    counter: int
    device: str

    def encode(self) -> str:
        # Fixed-width hex so that text order equals clock order in SQL; a wider
        # value would break that order, so it is refused rather than written.
        if not (0 <= self.wall_ms <= HLC_MAX_WALL_MS and 0 <= self.counter <= HLC_MAX_COUNTER):
            raise ValueError(f"HLC stamp out of range: {self.wall_ms}, {self.counter}")
        return f"{self.wall_ms:012x}-{self.counter:04x}-{self.device}"

    @classmethod
    def decode(cls, text: str) -> HlcStamp:
        wall, counter, device = text.split("-", 2)
        return cls(int(wall, 16), int(counter, 16), device)


MAX_DRIFT_MS = 5 * 60 * 1000  # how far ahead of the wall clock a stamp may be and still move a clock
LAST_WALL_MS = 253_402_300_799_999  # 9999-12-31T23:59:59.999Z: a stamp beyond it has no room above it


class HybridLogicalClock:
    """Kulkarni et al.'s HLC: monotonic, close to wall time, merges remote stamps.

    A remote stamp more than ``max_drift_ms`` ahead of this machine's wall clock does
    not move the clock (the paper's drift bound): one console with its clock in 2100
    must not drag every other console's stamps there. ``above(stamp)`` still gives an
    edit of such a row a stamp above its version. ``restore`` puts back the last stamp
    issued before a restart (the store keeps it), so no stamp is ever issued twice.
    """

    def __init__(
        self,
        device: str,
        now_ms: Callable[[], int] = lambda: time.time_ns() // 1_000_000,
        max_drift_ms: int = MAX_DRIFT_MS,
    ) -> None:
        self.device = device
        self._now_ms = now_ms
        self.max_drift_ms = max_drift_ms
        self._last = HlcStamp(0, 0, device)
        self._lock = threading.Lock()

    @property
    def last(self) -> HlcStamp:
        """The highest stamp this clock has issued or taken in."""
        return self._last

    def restore(self, stamp: HlcStamp) -> None:
        """Continue after ``stamp`` (this device's last one before a restart), however far ahead."""
        with self._lock:
            mine = HlcStamp(stamp.wall_ms, stamp.counter, self.device)
            if (mine.wall_ms, mine.counter) > (self._last.wall_ms, self._last.counter):
                self._last = mine

    def now(self) -> HlcStamp:
        with self._lock:
            wall = self._now_ms()
            if wall > self._last.wall_ms:
                self._last = HlcStamp(wall, 0, self.device)
            else:
                self._last = self._stamp(self._last.wall_ms, self._last.counter + 1)
            return self._last

    def _stamp(self, wall_ms: int, counter: int) -> HlcStamp:
        # The counter has four hex digits: when it would overflow (a wall clock set
        # back by an hour sees far more than 65,535 changes), borrow the next millisecond.
        if counter > HLC_MAX_COUNTER:
            wall_ms, counter = wall_ms + 1, 0
        return HlcStamp(wall_ms, counter, self.device)

    def too_far_ahead(self, remote: HlcStamp) -> bool:
        return remote.wall_ms > self._now_ms() + self.max_drift_ms

    def observe(self, remote: HlcStamp) -> HlcStamp:
        """Advance past a stamp received from another device (unless it is too far ahead)."""
        with self._lock:
            wall = self._now_ms()
            if remote.wall_ms > wall + self.max_drift_ms:
                return self._last
            top = max(wall, self._last.wall_ms, remote.wall_ms)
            if top == self._last.wall_ms == remote.wall_ms:
                counter = max(self._last.counter, remote.counter) + 1
            elif top == self._last.wall_ms:
                counter = self._last.counter + 1
            elif top == remote.wall_ms:
                counter = remote.counter + 1
            else:
                counter = 0
            self._last = self._stamp(top, counter)
            return self._last

    def above(self, version: HlcStamp) -> HlcStamp:
        """A new stamp above ``version`` (the version an edit replaces) and above every
        stamp issued here. A version too far ahead to move the clock gets the stamp just
        above it, and the clock stays where it is."""
        stamp = self.observe(version)
        if (stamp.wall_ms, stamp.counter) > (version.wall_ms, version.counter):
            return stamp
        return self._stamp(version.wall_ms, version.counter + 1)
