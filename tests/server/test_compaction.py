"""Log compaction on both backends: current devices stay incremental, stragglers get a snapshot."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from subei_sync.server.cli import main as server_main
from subei_sync.server.compaction import compact
from subei_sync.server.database import Database
from subei_sync.server.devices import revoke_device
from sync_harness import (
    GRID_A,
    Laptop,
    add_household,
    edit,
    enrol_laptop,
    service_over,
    table_state,
)


def _log_size(db: Database) -> int:
    with db.transaction() as tx:
        return int(tx.execute("SELECT COUNT(*) FROM log")[0][0])


def _age(db: Database, laptop: Laptop, days: int) -> None:
    """Pretend the laptop last reported its position `days` ago."""
    when = (dt.datetime.now(dt.UTC) - dt.timedelta(days=days)).isoformat()
    with db.transaction("write") as tx:
        tx.execute("UPDATE device_cursors SET seen_at = ? WHERE device_id = ?",
                   (when, laptop.identity.device_id))  # fmt: skip


def test_compaction_keeps_current_devices_incremental(db: Database, tmp_path: Path) -> None:
    service = service_over(db)
    a = enrol_laptop(service, tmp_path, "a", "field-staff", GRID_A)
    b = enrol_laptop(service, tmp_path, "b", "grid-worker", GRID_A)
    silent = enrol_laptop(service, tmp_path, "silent", "grid-worker", GRID_A)
    lost = enrol_laptop(service, tmp_path, "lost", "grid-worker", GRID_A)
    first = [add_household(a.store, GRID_A)[0] for _ in range(3)]
    for laptop in (a, b, silent, lost):
        laptop.sync()
    silent.sync()  # reports its position: it has seen the first three households
    revoke_device(db, lost.identity.device_id)  # a revoked device holds nothing back
    more = [add_household(a.store, GRID_A)[0] for _ in range(5)]
    edit(a.store, "households", first[0], address_zh="改过")
    with a.store.transaction() as tx:
        tx.delete("households", more[0])
    for laptop in (a, b, a, b):  # both report positions at the head
        laptop.sync()

    # The silent laptop holds the horizon back while it is recent...
    held = compact(db)
    assert held.dropped == 6 and _log_size(db) > 0  # only what every device had passed
    # ...and not once it has been silent for longer than the allowed age.
    _age(db, silent, days=40)
    before = _log_size(db)
    stats = compact(db, max_silence=dt.timedelta(days=30))
    assert stats.dropped == before and _log_size(db) == 0
    assert compact(db).dropped == 0  # idempotent

    edit(a.store, "households", more[1], address_zh="压缩之后")
    a.sync()
    incremental = b.sync()
    assert incremental.pulled == 1 and not incremental.mismatched and not incremental.repaired
    assert b.store.get("households", more[1])["address_zh"] == "压缩之后"

    caught_up = silent.sync()  # behind the horizon: a snapshot of its scope
    assert caught_up.pulled >= 2 * len(first + more) and not caught_up.mismatched
    assert silent.checksums() == a.checksums() == b.checksums()
    for table in ("households", "persons"):
        assert table_state(silent.store, table) == table_state(a.store, table)
    deleted = silent.store.conn.execute("SELECT _deleted FROM households WHERE id = ?", (more[0],))
    assert deleted.fetchone()[0] == 1
    assert silent.sync().pulled == 0  # and incremental from then on


def test_compact_command(db: Database, db_url: str, tmp_path: Path) -> None:
    service = service_over(db)
    a = enrol_laptop(service, tmp_path, "a", "field-staff", GRID_A)
    add_household(a.store, GRID_A)
    a.sync()
    a.sync()
    assert _log_size(db) == 2
    code = server_main(["--data-dir", str(tmp_path / "srv"), "--db", db_url, "compact",
                        "--max-silence-days", "7"])  # fmt: skip
    assert code == 0 and _log_size(db) == 0
