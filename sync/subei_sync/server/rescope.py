"""Move a device to another grid or township: its scopes follow, its laptop purges the old one.

Nothing else changes on the server: the next sync answers with cursors for the new scopes only,
the laptop snapshots the new scope and purges the old one (client/scopes.py), keeping records
with unsent changes until they are acknowledged. Pushes to the old scope are refused from now on
(`scope_denied`), like any push outside the device's scopes.
"""

from __future__ import annotations

from .database import Database
from .devices import Device, load_device


def rescope_device(db: Database, device_id: str, township: str, grid: str) -> Device | None:
    """Set a device's township and grid ('' for the whole township); None when unknown."""
    with db.transaction("ddl") as tx:
        if load_device(tx, device_id) is None:
            return None
        tx.execute(
            "UPDATE devices SET township = ?, grid = ? WHERE id = ?", (township, grid, device_id)
        )
        tx.execute("DELETE FROM device_cursors WHERE device_id = ?", (device_id,))
        return load_device(tx, device_id)
