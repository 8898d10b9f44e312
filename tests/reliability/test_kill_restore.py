"""kill -9 during backup, restore and the re-base sync that follows a restore.

Pass: after every kill the laptop's database (a restore cut short is finished first, as every
opening does) and the server's pass integrity_check, and every acknowledged save is still in
the laptop, in a store a restore kept aside, or on the server. After the loop one clean sync
re-bases the laptop if needed: nothing unsent, every record of the laptop on the server, and
every acknowledged save in the laptop or the server, except saves that existed only in a store a
restore replaced before they were sent (kept aside, counted and reported).
Regular suite: SUBEI_KILL_RESTORE_LOOPS (default 8). Long run: SUBEI_KILL_RESTORE_LOOPS=300.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest
import restore_victim
from subei_sync.client.engine import SyncEngine
from subei_sync.client.identity import load_identity
from sync_harness import GRID_A, enrol_laptop
from test_kill_sync import _Forked, _integrity

from subei_mobile.security import accounts, county
from subei_mobile.security.keyslots import FLOOR
from subei_mobile.store import DB_NAME

LOOPS = int(os.environ.get("SUBEI_KILL_RESTORE_LOOPS", "8"))


def _codes(path: Path, unsent_only: bool = False) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        if not unsent_only:
            return {r[0] for r in conn.execute("SELECT code FROM households")}
        rows = conn.execute(
            "SELECT fields FROM changes WHERE table_name = 'households' AND op = 'insert'"
            " AND server_seq IS NULL"
        )
        return {json.loads(r[0]).get("code", "") for r in rows}
    finally:
        conn.close()


def _server_codes(base: Path) -> set[str]:
    conn = sqlite3.connect(base / "server" / "server.sqlite3")
    try:
        rows = conn.execute("SELECT fields FROM records WHERE table_name = 'households'")
        return {json.loads(r[0])["code"] for r in rows}
    finally:
        conn.close()


def _asides(base: Path) -> list[Path]:
    return sorted(base.glob("laptop.replaced-*"))


@pytest.mark.slow
def test_kill_minus_nine_during_backup_restore_and_rebase(tmp_path: Path) -> None:
    service = restore_victim.service_in(tmp_path)
    from subei_sync.server import migrations

    migrations.migrate(service.db)
    from subei_sync.server.bundle_keys import load_or_create_keys, publish_keys

    publish_keys(service.db, load_or_create_keys(tmp_path / "server"))
    pair = county.generate_county_keypair()
    store = accounts.create_encrypted_store(tmp_path / "laptop", restore_victim.USER, "field-staff",
                                            restore_victim.PASSWORD, pair.public, kdf=FLOOR)  # fmt: skip
    enrol_laptop(service, tmp_path, "laptop", "field-staff", GRID_A, store=store).store.close()
    service.db.close()
    (tmp_path / "stick").mkdir()
    rng = random.Random(620923)
    acked: list[str] = []
    backups = 0
    started = time.monotonic()
    for _ in range(LOOPS):
        proc = _Forked(tmp_path, restore_victim.main)
        first = proc.readline().split()
        assert first, "the victim died before its first save"
        acked.append(first[1])
        time.sleep(rng.uniform(0.0, 1.5))
        os.kill(proc.pid, signal.SIGKILL)
        for tag, value in (line.split() for line in proc.rest()):
            if tag == "V":
                acked.append(value)
            else:
                backups += 1
        assert accounts.is_encrypted(tmp_path / "laptop")  # finishes a cut-short restore
        for db in (tmp_path / "laptop" / DB_NAME, tmp_path / "server" / "server.sqlite3"):
            assert _integrity(db) == "ok", db
        held = _codes(tmp_path / "laptop" / DB_NAME) | _server_codes(tmp_path)
        for aside in _asides(tmp_path):
            held |= _codes(aside / DB_NAME)
        missing = set(acked) - held
        assert not missing, f"{len(missing)} acknowledged saves lost"

    service = restore_victim.service_in(tmp_path)
    store = accounts.login(tmp_path / "laptop", restore_victim.USER, restore_victim.PASSWORD)
    transport = restore_victim.transport_to(service)
    rebased = 0
    for _ in range(2):
        result = SyncEngine(store, transport, load_identity(store)).sync()
        rebased += result.rebased is not None
    unsent = store.conn.execute("SELECT COUNT(*) FROM changes WHERE server_seq IS NULL")
    assert unsent.fetchone()[0] == 0
    store.close()
    on_server = _server_codes(tmp_path)
    assert _codes(tmp_path / "laptop" / DB_NAME) <= on_server
    only_aside = set()
    for aside in _asides(tmp_path):
        only_aside |= _codes(aside / DB_NAME, unsent_only=True)
    lost = set(acked) - on_server - only_aside
    assert not lost, f"{len(lost)} acknowledged saves lost"
    with service.db.transaction() as tx:
        rebases = int(tx.execute("SELECT COUNT(*) FROM device_rebases")[0][0])
    service.db.close()
    print(f"\nkill -9 during backup/restore/re-base: {LOOPS} kills in "
          f"{time.monotonic() - started:.0f} s; acknowledged saves {len(acked)}, lost 0; "
          f"{len(acked) - len(set(acked) - on_server)} on the server, "
          f"{len(set(acked) - on_server)} only in {len(_asides(tmp_path))} replaced stores kept "
          f"aside (replaced before they were sent); backups written {backups}; "
          f"re-bases on the server {rebases} ({rebased} in the final sync); "
          f"integrity ok {2 * LOOPS} of {2 * LOOPS} checks")  # fmt: skip
