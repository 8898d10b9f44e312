"""Background sync with an injected clock, probe and transport."""

from __future__ import annotations

import threading
from pathlib import Path

from subei_sync.client.engine import SyncResult
from subei_sync.client.scheduler import (
    Backoff,
    SyncCancelled,
    SyncScheduler,
    engine_attempt,
    health_probe,
)
from subei_sync.client.transport import InMemoryTransport, Unreachable
from subei_sync.server.service import SyncService
from sync_harness import GRID_A, add_household, enrol_laptop, in_memory


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_backoff_grows_with_jitter_and_resets_on_success() -> None:
    clock, up, calls = Clock(), [False], []

    def attempt(progress: object) -> SyncResult:
        calls.append(clock.now)
        return SyncResult(rounds=1)

    results: list[SyncResult] = []
    sched = SyncScheduler(attempt, lambda: up[0], clock=clock, rng=lambda: 0.5,
                          backoff=Backoff(base=5, cap=60), interval=300,
                          on_result=results.append)  # fmt: skip
    waits = []
    for _ in range(6):
        waits.append(sched.step())
        clock.now += waits[-1]
    # 5, 10, 20, 40, 60, 60 ceilings with the jitter fixed at the middle (75 %).
    assert waits == [3.75, 7.5, 15.0, 30.0, 45.0, 45.0] and not calls
    up[0] = True
    clock.now -= 1
    assert sched.step() == 1.0 and not calls  # not due yet: no probe, no attempt
    clock.now = sched.next_at
    assert sched.step() == 300 and calls == [clock.now] and len(results) == 1
    assert sched.failures == 0
    assert 0 < sched.step() <= 300 and len(calls) == 1  # waits for the interval


def test_jitter_bounds() -> None:
    b = Backoff(base=2, cap=100)
    assert b.delay(1, lambda: 0.0) == 1.0 and b.delay(1, lambda: 0.999) < 2
    assert b.delay(20, lambda: 0.0) == 50.0 and b.delay(20, lambda: 1.0) == 100.0


def test_unreachable_during_sync_backs_off_and_reports() -> None:
    clock, errors = Clock(), []

    def attempt(progress: object) -> SyncResult:
        raise Unreachable("ConnectError")

    sched = SyncScheduler(attempt, lambda: True, clock=clock, rng=lambda: 0.0,
                          on_error=lambda code, exc: errors.append(code))  # fmt: skip
    assert sched.step() == 2.5 and sched.step() == 2.5  # second call: not yet due
    clock.now += 2.5
    assert sched.step() == 5.0 and errors == ["unreachable", "unreachable"]


def test_probe_then_engine_sync_against_the_service(service: SyncService, tmp_path: Path) -> None:
    a = enrol_laptop(service, tmp_path, "a", "field-staff", GRID_A)
    add_household(a.store, GRID_A)
    up = [False]
    sync_handler = in_memory(service).handler

    def handle(method: str, path: str, headers: dict[str, str], body: bytes) -> tuple[int, bytes]:
        if not up[0]:
            raise Unreachable("ConnectError")
        if method == "GET" and path == "/health":
            return 200, b'{"status":"ok"}'
        return sync_handler(method, path, headers, body)[:2]  # type: ignore[return-value]

    transport = InMemoryTransport(handle)
    clock, results, progress = Clock(), [], []
    sched = SyncScheduler(
        engine_attempt(a.store, transport, a.identity), health_probe(transport), clock=clock,
        on_result=results.append, on_progress=lambda *p: progress.append(p),
    )  # fmt: skip
    assert sched.step() > 0 and not results  # offline: backed off
    up[0] = True
    sched.poke()  # e.g. the network interface came up
    sched.step()
    assert results and results[0].pushed == 2 and progress[-1] == ("sync", 4, 4)


def test_cancel_stops_a_running_sync_and_the_loop() -> None:
    started, release = threading.Event(), threading.Event()
    seen: list[str] = []

    def attempt(progress: object) -> SyncResult:
        started.set()
        release.wait(5)
        try:
            progress("sync", 1, 2)  # type: ignore[operator]
        except SyncCancelled:
            seen.append("cancelled")
            raise
        return SyncResult()

    sched = SyncScheduler(attempt, lambda: True, interval=0.01)
    thread = sched.start()
    assert started.wait(5)
    sched.cancel()
    release.set()
    thread.join(5)
    assert not thread.is_alive() and seen == ["cancelled"]


def test_revoked_stops_for_good(service: SyncService, tmp_path: Path) -> None:
    from subei_sync.server.devices import revoke_device

    a = enrol_laptop(service, tmp_path, "a", "field-staff", GRID_A)
    revoke_device(service.db, a.identity.device_id)
    errors: list[str] = []
    sched = SyncScheduler(engine_attempt(a.store, a.transport, a.identity),  # type: ignore[arg-type]
                          lambda: True, on_error=lambda code, exc: errors.append(code))  # fmt: skip
    assert sched.step() == float("inf") and sched.stopped and errors == ["device_revoked"]
    assert sched.step() == float("inf")
