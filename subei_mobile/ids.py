"""Time-ordered record ids (UUIDv7, RFC 9562) and the hybrid logical clock."""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def new_id() -> str:
    """Return a new UUIDv7 as text: sortable by creation time, unique across devices."""
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            # Same or earlier millisecond (clock step back): keep order with a counter.
            ms = _last_ms
            _counter += 1
            if _counter > 0xFFF:
                ms += 1
                _counter = 0
        else:
            _counter = int.from_bytes(os.urandom(2), "big") & 0x3FF
        _last_ms = ms
        rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
        value = (ms & ((1 << 48) - 1)) << 80
        value |= 0x7 << 76
        value |= (_counter & 0xFFF) << 64
        value |= 0b10 << 62
        value |= rand
        return str(uuid.UUID(int=value))


class HybridClock:
    """Hybrid logical clock: wall milliseconds plus a counter, never going backwards.

    Encoded as fixed-width text so that string order equals clock order:
    ``MMMMMMMMMMMMM-CCCC-device``. A laptop whose wall clock is wrong still produces
    increasing stamps, and stamps received from others push it forward.
    """

    def __init__(self, device_id: str, last: str = "") -> None:
        self.device_id = device_id
        self._ms, self._count = (0, 0)
        if last:
            self._ms, self._count = parse_hlc(last)

    def now(self) -> str:
        """Return a new stamp later than every stamp seen so far."""
        wall = time.time_ns() // 1_000_000
        if wall > self._ms:
            self._ms, self._count = wall, 0
        else:
            self._count += 1
        return format_hlc(self._ms, self._count, self.device_id)

    def observe(self, stamp: str) -> None:
        """Move the clock past a stamp received from another device."""
        ms, count = parse_hlc(stamp)
        if (ms, count) > (self._ms, self._count):
            self._ms, self._count = ms, count


def format_hlc(ms: int, count: int, device_id: str) -> str:
    """Return the text form of a clock reading."""
    return f"{ms:013d}-{count:04x}-{device_id}"


def parse_hlc(stamp: str) -> tuple[int, int]:
    """Return (milliseconds, counter) of a stamp."""
    ms, count, _ = stamp.split("-", 2)
    return int(ms), int(count, 16)
