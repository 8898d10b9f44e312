"""What a laptop does when the server says it is revoked: crypto-shred its data at once.

A revoked laptop is presumed lost or stolen. Deleting every key slot (the users' and the
county recovery slot, see subei_mobile.security.keyslots.shred) and the sealed device and
return-bundle keys makes the database, its outbox, its backups and its attachment files
unreadable in one step, with no network needed afterwards. Every store that can be enrolled
is encrypted, so this is a real wipe; the deleted files are overwritten first, which an SSD
does not guarantee to reach, but what is left there is sealed under a key that no longer
exists anywhere.

Unsent work is lost by design: changes still in the outbox are sealed under the same data
key and go with it. The only way to keep them is to use the county recovery slot *before*
the laptop next reaches the server: the county opens the store with its offline key
(``subei_mobile.security.accounts.recover``) and exports a USB bundle or syncs under a new
enrolment. The counts of destroyed changes and attachments (never their content) are reported so the
office knows what to re-enter.

The notice is only as trustworthy as the connection: it is honoured from the pinned county
TLS endpoint; a server-signed revocation notice is the stronger follow-up.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from subei_mobile.attachments import blob_path
from subei_mobile.security import accounts, device_secrets
from subei_mobile.store import Store

REVOKED_CODE = "device_revoked"
log = logging.getLogger("subei_sync.client")


@dataclass(frozen=True)
class Shredded:
    """What was destroyed: unsent changes and attachments, and whether the data was encrypted.

    ``encrypted`` False means a development store (no users) was enrolled by hand: only its
    device key could be deleted and its records stay readable on the disk; every enrolment
    path of the product refuses such a store.
    """

    unsent_changes: int
    unsent_attachments: int
    encrypted: bool

    @property
    def erased(self) -> bool:
        """Tell whether the laptop's data is now unreadable (only a crypto-shred does that)."""
        return self.encrypted


def is_revocation(status: int, code: str) -> bool:
    """Return True for the server's distinct "this device is revoked" answer."""
    return status == 401 and code == REVOKED_CODE


def unsent_attachments(store: Store) -> int:
    """Return how many attachment files on this laptop the server has not confirmed."""
    from .attachments import SENT_KEY  # late: the attachment queue imports the engine, and so us

    rows = store.conn.execute(
        "SELECT DISTINCT a.sha256 FROM attachments a WHERE a._deleted = 0"
        " AND NOT EXISTS (SELECT 1 FROM meta m WHERE m.key = ? || a.sha256)",
        (SENT_KEY,),
    ).fetchall()
    return sum(1 for (sha,) in rows if sha and blob_path(store.data_dir, sha).exists())


def shred_revoked(store: Store) -> Shredded:
    """Delete every key slot and every sealed secret; return what became unreadable."""
    unsent = int(
        store.conn.execute("SELECT COUNT(*) FROM changes WHERE server_seq IS NULL").fetchone()[0]
    )
    files = unsent_attachments(store)
    encrypted = accounts.is_encrypted(store.data_dir)
    if encrypted:
        accounts.shred(store.data_dir)  # key slots, then the sealed device and return keys
    else:
        device_secrets.shred_secrets(store.data_dir)  # nothing to shred but the keys themselves
    log.warning("device revoked: keys shredded", extra={
        "event": "shred", "unsent": unsent, "attachments": files, "encrypted": encrypted,
    })  # fmt: skip
    return Shredded(unsent, files, encrypted)
