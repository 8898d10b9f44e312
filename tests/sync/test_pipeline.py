"""Pipelined pulls: the next request leaves while the current answer is applied."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from subei_sync.client.transport import Answer, Transport
from subei_sync.server.service import SyncService
from sync_harness import GRID_A, add_household, enrol_laptop, table_state


class Watching:
    """Forwards posts and notes the threads they came from and whether two overlapped."""

    def __init__(self, inner: Transport) -> None:
        self.inner = inner
        self.threads: list[str] = []
        self.in_flight = 0
        self.most = 0
        self.lock = threading.Lock()

    def post(self, path: str, body: bytes, headers: dict[str, str]) -> Answer:
        with self.lock:
            self.in_flight += 1
            self.most = max(self.most, self.in_flight)
            self.threads.append(threading.current_thread().name)
        try:
            return self.inner.post(path, body, headers)
        finally:
            with self.lock:
                self.in_flight -= 1


def test_pipelined_multi_frame_pull_converges(service: SyncService, tmp_path: Path) -> None:
    a = enrol_laptop(service, tmp_path, "a", "field-staff", GRID_A)
    for _ in range(40):
        add_household(a.store, GRID_A)
    a.sync()
    b = enrol_laptop(service, tmp_path, "b", "field-staff", GRID_A)
    c = enrol_laptop(service, tmp_path, "c", "field-staff", GRID_A)
    watching = Watching(b.transport)
    b.transport = watching
    got = b.sync(batch=15)  # 80 records: 6 frames
    serial = c.sync(batch=15, pipeline=False)

    assert got.pulled == serial.pulled == 80 and got.rounds == serial.rounds >= 6
    assert not got.mismatched and not got.rejected
    assert sum(1 for t in watching.threads if t.startswith("subei-sync")) == got.rounds - 1
    assert watching.most == 1  # depth 1: never two requests at once
    for table in ("households", "persons"):
        assert (
            table_state(b.store, table)
            == table_state(a.store, table)
            == table_state(c.store, table)
        )
    assert b.checksums() == a.checksums() == c.checksums()
    # The audit entries of every applied frame reach the server, in order, once: with the next
    # push (a no-op sync carries no pull bookkeeping).
    again: Any = b.sync()
    assert again.rounds == 1 and again.pulled == 0
    add_household(b.store, GRID_A)
    b.sync()
    with service.db.transaction() as tx:
        verified = tx.execute("SELECT seq FROM audit_chains WHERE device_id = ?",
                              (b.identity.device_id,))[0][0]  # fmt: skip
    assert int(verified) == int(b.store.meta("audit_seq", "0"))


def test_no_pipeline_while_changes_wait(service: SyncService, tmp_path: Path) -> None:
    a = enrol_laptop(service, tmp_path, "a", "field-staff", GRID_A)
    b = enrol_laptop(service, tmp_path, "b", "field-staff", GRID_A)
    for _ in range(20):
        add_household(a.store, GRID_A)
        add_household(b.store, GRID_A)
    a.sync()
    watching = Watching(b.transport)
    b.transport = watching
    got = b.sync(batch=10)  # 40 to push, 40 to pull: pushes stay one request at a time
    assert got.pushed == 40 and got.pulled >= 40 and not got.mismatched  # (+ own outcomes)
    assert watching.threads[:4] == ["MainThread"] * 4  # the rounds that push
    a.sync()
    assert a.checksums() == b.checksums()
    assert table_state(a.store, "households") == table_state(b.store, "households")
