"""What a laptop does when the server says it is revoked: crypto-shred its data at once.

A revoked laptop is presumed lost or stolen. Deleting every key slot (the users' and the
county recovery slot, see subei_mobile.security.keyslots.shred) makes the database, its
outbox, its backups and its attachment files unreadable in one step, with no network needed
afterwards.

Unsent work is lost by design: changes still in the outbox are sealed under the same data
key and go with it. The only way to keep them is to use the county recovery slot *before*
the laptop next reaches the server: the county opens the store with its offline key
(``subei_mobile.security.accounts.recover``) and exports a USB bundle or syncs under a new
enrolment. The count of destroyed changes (never their content) is reported so the office
knows what to re-enter.

The notice is only as trustworthy as the connection: it is honoured from the pinned county
TLS endpoint; a server-signed revocation notice is the stronger follow-up.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from subei_mobile.security import accounts
from subei_mobile.store import Store

from .identity import KEY_FILE

REVOKED_CODE = "device_revoked"
log = logging.getLogger("subei_sync.client")


@dataclass(frozen=True)
class Shredded:
    """What was destroyed: how many unsent changes, and whether the data was encrypted."""

    unsent_changes: int
    encrypted: bool


def is_revocation(status: int, code: str) -> bool:
    """Return True for the server's distinct "this device is revoked" answer."""
    return status == 401 and code == REVOKED_CODE


def shred_revoked(store: Store) -> Shredded:
    """Delete every key slot and the device key; return what became unreadable."""
    unsent = int(
        store.conn.execute("SELECT COUNT(*) FROM changes WHERE server_seq IS NULL").fetchone()[0]
    )
    encrypted = accounts.is_encrypted(store.data_dir)
    accounts.shred(store.data_dir)
    # The device key is useless to a thief once revoked; removing it ends retries too.
    (store.data_dir / KEY_FILE).unlink(missing_ok=True)
    log.warning("device revoked: key slots shredded", extra={
        "event": "shred", "unsent": unsent, "encrypted": encrypted,
    })  # fmt: skip
    return Shredded(unsent, encrypted)
