"""kill -9 during sync applies: a laptop applying pulled pages and the server applying pushes.

Pass: every kill leaves all three databases (two laptops, the server) passing integrity_check,
every save acknowledged before the kill still there, and after the loop both laptops converge
with the server (identical canonical dumps, nothing unsent, nothing rejected).
Regular suite: SUBEI_KILL_SYNC_LOOPS (default 30). Long run: SUBEI_KILL_SYNC_LOOPS=1000.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import sys
import time
import traceback
from pathlib import Path
from typing import Any

import pytest
import sync_victim
from convergence import replica_dump, server_dump
from subei_sync.client.engine import SyncEngine
from subei_sync.client.identity import load_identity
from subei_sync.server.database import SqliteDatabase
from subei_sync.server.service import SyncService
from sync_harness import GRID_A, enrol_laptop, in_memory, service_over

from subei_mobile.store import open_store

LOOPS = int(os.environ.get("SUBEI_KILL_SYNC_LOOPS", "30"))


class _Forked:
    """The victim forked from this (already imported) process: a kill costs no start-up."""

    def __init__(self, root: Path, main: Any = None) -> None:
        read, write = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the child: run the victim, never return into pytest
            code = 0
            try:
                os.close(read)
                os.dup2(write, 1)
                sys.stdout = os.fdopen(1, "w", buffering=1)
                (main or sync_victim.main)(str(root))
            except BaseException:
                traceback.print_exc()
                code = 1
            finally:
                os._exit(code)
        os.close(write)
        self.out = os.fdopen(read)

    def readline(self) -> str:
        return self.out.readline()

    def rest(self) -> list[str]:
        os.waitpid(self.pid, 0)
        lines = [line for line in self.out.read().splitlines() if line.strip()]
        self.out.close()
        # a line cut by the kill has no newline and was never acknowledged
        return [line for line in lines if len(line.split()) == 2]


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def _codes(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT code FROM households")}
    finally:
        conn.close()


@pytest.mark.slow
def test_kill_minus_nine_during_sync_applies(tmp_path: Path) -> None:
    db = SqliteDatabase(tmp_path / "server.sqlite3")
    service = service_over(db)
    for name in ("feeder", "victim"):
        laptop = enrol_laptop(service, tmp_path, name, "field-staff", GRID_A)
        laptop.store.close()
    db.close()
    rng = random.Random(620923)
    acked: dict[str, list[str]] = {"F": [], "V": []}
    started = time.monotonic()
    for _ in range(LOOPS):
        proc = _Forked(tmp_path)
        first = proc.readline().split()
        assert first, "the victim died before its first save"
        acked[first[0]].append(first[1])
        time.sleep(rng.uniform(0.0, 0.4))
        os.kill(proc.pid, signal.SIGKILL)
        for line in proc.rest():
            tag, code = line.split()
            acked[tag].append(code)
        for name in ("server.sqlite3", "feeder/subei.sqlite3", "victim/subei.sqlite3"):
            assert _integrity(tmp_path / name) == "ok", name
        for tag, name in (("F", "feeder"), ("V", "victim")):
            missing = set(acked[tag]) - _codes(tmp_path / name / "subei.sqlite3")
            assert not missing, f"{name}: {len(missing)} acknowledged saves lost"
    # Afterwards both laptops finish syncing and match the server exactly.
    db = SqliteDatabase(tmp_path / "server.sqlite3")
    service = SyncService(db)
    stores = {n: open_store(tmp_path / n, user_id=n) for n in ("feeder", "victim")}
    for _ in range(2):
        for store in stores.values():
            SyncEngine(store, in_memory(service), load_identity(store)).sync()
    server = {k: v[1:] for k, v in server_dump(db).items()}
    for name, store in stores.items():
        assert replica_dump(store) == server, name
        left = store.conn.execute(
            "SELECT COUNT(*) FROM changes WHERE server_seq IS NULL OR server_seq = -1"
        ).fetchone()[0]
        assert left == 0, name
        store.close()
    server_codes = {v[1]["code"] for k, v in server_dump(db).items() if k[0] == "households"}
    assert set(acked["F"]) | set(acked["V"]) <= server_codes
    db.close()
    print(f"\nkill -9 during sync: {LOOPS} kills in {time.monotonic() - started:.0f} s;"
          f" acknowledged saves {len(acked['F']) + len(acked['V'])}, lost 0;"
          f" server records {len(server)}; integrity ok every time")  # fmt: skip


BUNDLE_LOOPS = int(os.environ.get("SUBEI_KILL_BUNDLE_LOOPS", "15"))


@pytest.mark.slow
def test_kill_minus_nine_during_bundle_export_and_imports(tmp_path: Path) -> None:
    """kill -9 while a USB bundle is written, imported by the county, and its return applied.

    Pass: integrity ok everywhere after every kill, no acknowledged save lost; afterwards one
    clean trip (replays of half-done trips are harmless) delivers everything: nothing unsent,
    and the carrier's records equal the server's.
    """
    from subei_sync.client.bundle_commands import export_bundle, import_return
    from subei_sync.server.bundle_import import import_files
    from subei_sync.server.bundle_keys import ensure_server_keys

    (tmp_path / "server").mkdir()
    db = SqliteDatabase(tmp_path / "server" / "server.sqlite3")
    service = service_over(db)
    keys = ensure_server_keys(tmp_path / "server", db)
    enrol_laptop(service, tmp_path, "carrier", "field-staff", GRID_A).store.close()
    db.close()
    rng = random.Random(11643)
    acked: list[str] = []
    started = time.monotonic()
    for _ in range(BUNDLE_LOOPS):
        proc = _Forked(tmp_path, sync_victim.bundle_main)
        first = proc.readline().split()
        assert first, "the victim died before its first save"
        acked.append(first[1])
        time.sleep(rng.uniform(0.0, 0.5))
        os.kill(proc.pid, signal.SIGKILL)
        acked.extend(line.split()[1] for line in proc.rest())
        for name in ("server/server.sqlite3", "carrier/subei.sqlite3"):
            assert _integrity(tmp_path / name) == "ok", name
        missing = set(acked) - _codes(tmp_path / "carrier" / "subei.sqlite3")
        assert not missing, f"{len(missing)} acknowledged saves lost"
    db = SqliteDatabase(tmp_path / "server" / "server.sqlite3")
    store = open_store(tmp_path / "carrier", user_id="carrier")
    identity = load_identity(store)
    for _ in range(2):
        sync_victim.carry(store, identity, db, keys, tmp_path / "stick", tmp_path / "back",
                          export_bundle, import_files, import_return)  # fmt: skip
    unsent = store.conn.execute(
        "SELECT COUNT(*) FROM changes WHERE server_seq IS NULL OR server_seq = -1"
    ).fetchone()[0]
    assert unsent == 0
    server = {k: v[1:] for k, v in server_dump(db).items()}
    assert replica_dump(store) == server
    codes = {v[0]["code"] for k, v in server.items() if k[0] == "households"}
    assert set(acked) <= codes
    store.close()
    db.close()
    print(
        f"\nkill -9 during bundles: {BUNDLE_LOOPS} kills in {time.monotonic() - started:.0f} s;"
        f" acknowledged saves {len(acked)}, lost 0; server records {len(server)}"
    )
