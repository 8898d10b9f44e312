"""Background sync: try when the server answers a cheap health probe, back off when it fails.

Qt-free so the desktop Sync screen, the CLI and tests drive the same object. `step()` does one
attempt and says how long to wait; `run()` loops on it in a thread until `cancel()`. A sync is
cancelled between round trips (each round trip commits on its own, so stopping there loses
nothing). Give the scheduler its own store connection: SQLite transactions must not
interleave with the UI's on one connection.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from subei_mobile.store import Store

from .attachments import AttachmentQueue
from .engine import DeviceRevoked, Progress, SyncEngine, SyncFailed, SyncResult
from .identity import Identity
from .transport import RequestTransport, Unreachable

HEALTH_PATH = "/health"
Attempt = Callable[[Progress], SyncResult]
Probe = Callable[[], bool]


class SyncCancelled(Exception):
    """Raised inside a running sync (between round trips) once cancel() was called."""


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with "equal jitter": half fixed, half random, capped."""

    base: float = 5.0
    cap: float = 900.0

    def delay(self, failures: int, rng: Callable[[], float]) -> float:
        """Return seconds to wait after this many consecutive failures (>= 1)."""
        ceiling = min(self.cap, self.base * 2.0 ** max(0, failures - 1))
        # The random half spreads 200 laptops coming back after an outage over the window.
        return float(ceiling / 2 + rng() * ceiling / 2)


class SyncScheduler:
    """Decides when to sync; reports progress, results and errors through callbacks."""

    def __init__(
        self, attempt: Attempt, probe: Probe, *, interval: float = 300.0,
        backoff: Backoff | None = None, clock: Callable[[], float] = time.monotonic,
        rng: Callable[[], float] = random.random,
        on_progress: Progress | None = None,
        on_result: Callable[[SyncResult], None] | None = None,
        on_error: Callable[[str, Exception], None] | None = None,
    ) -> None:  # fmt: skip
        self.attempt = attempt
        self.probe = probe
        self.interval = interval
        self.backoff = backoff or Backoff()
        self.clock = clock
        self.rng = rng
        self.on_progress = on_progress or (lambda phase, done, total: None)
        self.on_result = on_result or (lambda result: None)
        self.on_error = on_error or (lambda code, exc: None)
        self.failures = 0
        self.next_at = clock()  # try at once on start
        self.stopped = False  # revoked: never try again
        self._cancel = threading.Event()
        self._wake = threading.Event()

    @property
    def cancelled(self) -> bool:
        """Return True once cancel() was called."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Stop the loop and any running sync at its next round trip."""
        self._cancel.set()
        self._wake.set()

    def poke(self) -> None:
        """Try now (network came up, the user pressed Sync), forgetting the backoff."""
        self.failures = 0
        self.next_at = self.clock()
        self._wake.set()

    def step(self) -> float:
        """Probe and maybe sync once if due; return seconds until the next attempt is due."""
        now = self.clock()
        if self.stopped or self.cancelled:
            return float("inf")
        if now < self.next_at:
            return self.next_at - now
        self.on_progress("probe", 0, 1)
        if not self.probe():
            return self._failed("unreachable", None)
        try:
            result = self.attempt(self._progress)
        except SyncCancelled:
            return float("inf")
        except DeviceRevoked as exc:
            self.stopped = True
            self.on_error(exc.code, exc)
            return float("inf")
        except Unreachable as exc:
            return self._failed("unreachable", exc)
        except SyncFailed as exc:
            return self._failed(exc.code, exc)
        self.failures = 0
        self.next_at = self.clock() + self.interval
        self.on_result(result)
        return self.interval

    def run(self) -> None:
        """Loop until cancelled or revoked (call in a worker thread)."""
        while not (self.cancelled or self.stopped):
            wait = self.step()
            if wait == float("inf"):
                return
            self._wake.wait(timeout=wait)
            self._wake.clear()

    def start(self) -> threading.Thread:
        """Run the loop in a daemon thread and return it."""
        thread = threading.Thread(target=self.run, name="subei-sync", daemon=True)
        thread.start()
        return thread

    def _failed(self, code: str, exc: Exception | None) -> float:
        self.failures += 1
        delay = self.backoff.delay(self.failures, self.rng)
        self.next_at = self.clock() + delay
        if exc is not None:
            self.on_error(code, exc)
        return delay

    def _progress(self, phase: str, done: int, total: int) -> None:
        if self.cancelled:
            raise SyncCancelled
        self.on_progress(phase, done, total)


def health_probe(transport: RequestTransport) -> Probe:
    """Return a probe: True when GET /health answers 200."""

    def probe() -> bool:
        try:
            return transport.request("GET", HEALTH_PATH).status == 200
        except Unreachable:
            return False

    return probe


def engine_attempt(store: Store, transport: RequestTransport, identity: Identity) -> Attempt:
    """Return an attempt: records first, then the lower-priority attachment queue."""

    def attempt(progress: Progress) -> SyncResult:
        result = SyncEngine(store, transport, identity, progress=progress).sync()
        AttachmentQueue(store, transport, identity, progress=progress).run()
        return result

    return attempt
