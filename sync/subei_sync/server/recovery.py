"""Recover a lost laptop's unsent work from its last backup, with the county recovery key.

The laptop is gone (revoked), its backup is on a USB stick at the county office. The backup is
opened with the county's private recovery key (store/backup.py seals every backup's file key to
it), checked, and the changes the server never acknowledged are applied as that device's own
changes, through the same Applier as a sync: merged by the shared rules, conflicts kept side by
side, changes the server already holds (at or below the device's high-water mark) skipped, so
running it twice, or after the laptop did sync them, is harmless. A revoked device is admitted
for exactly this one write transaction (no request of its own is ever accepted again). The new
laptop that replaces it receives all of it with its scope snapshot.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from dataclasses import dataclass, replace
from pathlib import Path

from subei_mobile.errors import SubeiError
from subei_mobile.security import accounts
from subei_mobile.store.restore import restore_backup

from ..protocol.outbox import unsent_changes
from ..protocol.wire import MAX_CHANGES_PER_REQUEST, SyncRequest
from .applier import Applier
from .database import Database
from .devices import load_device

log = logging.getLogger("subei_sync.server")


@dataclass(frozen=True)
class Recovered:
    """What a recovery applied."""

    device_id: str
    unsent: int  # unacknowledged changes in the backup
    already_held: int  # of those, already on the server (sent after the backup was made)
    applied: int
    rejected: list[tuple[int, str]]


def recover_backup(db: Database, backup: Path, county_private: bytes, work_dir: Path) -> Recovered:
    """Apply the unacknowledged changes of a backup as its device's; raise SubeiError."""
    scratch = Path(work_dir) / f".recover-{os.getpid()}"
    shutil.rmtree(scratch, ignore_errors=True)
    try:
        restore_backup(backup, scratch, county_private=county_private)
        store = accounts.recover(scratch, county_private)
        try:
            facts = store.meta("sync.identity")
            if not facts:
                raise SubeiError("recovery.not_enrolled")  # never synced: nothing to attribute
            device_id = str(json.loads(facts)["device_id"])
            changes = unsent_changes(store)
        finally:
            store.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)  # the decrypted copy never stays
    held = applied = 0
    rejected: list[tuple[int, str]] = []
    for start in range(0, max(len(changes), 1), MAX_CHANGES_PER_REQUEST):
        batch = changes[start : start + MAX_CHANGES_PER_REQUEST]
        with db.transaction("write") as tx:
            device = load_device(tx, device_id)
            if device is None:
                raise SubeiError("recovery.unknown_device")
            held += sum(1 for c in batch if c.seq <= device.high_water)
            tx.execute("UPDATE devices SET status = 'active' WHERE id = ?", (device_id,))
            result = Applier(tx, replace(device, status="active")).push(
                SyncRequest(acked=0, changes=batch)
            )
            tx.execute("UPDATE devices SET status = ? WHERE id = ?", (device.status, device_id))
        applied += result.logged
        rejected += [(r.seq, r.code) for r in result.rejected]
    log.warning("backup recovered", extra={
        "event": "recover_backup", "device": device_id, "unsent": len(changes), "held": held,
        "applied": applied, "rejected": len(rejected),
    })  # fmt: skip
    return Recovered(device_id, len(changes), held, applied, rejected)
