"""The county notice the server signs for laptops: revoked devices, reference-data version.

Its version only grows: every revocation (and every new reference-data version) bumps the
counter in server_meta, so a laptop that keeps the highest version it accepted refuses a
replayed older notice. Each notice expires NOTICE_TTL after it was issued.
"""

from __future__ import annotations

import time

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ..protocol.notice import sign_notice
from ..protocol.wire import CountyNotice, SignedNotice
from .database import Database, Tx

NOTICE_TTL_S = 7 * 24 * 3600
VERSION_KEY = "notice.version"
REFERENCE_KEY = "reference.version"


def _get(tx: Tx, key: str) -> int:
    rows = tx.execute("SELECT value FROM server_meta WHERE key = ?", (key,))
    return int(rows[0][0]) if rows else 0


def _set(tx: Tx, key: str, value: int) -> None:
    tx.execute(
        "INSERT INTO server_meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, str(value)),
    )


def bump_version(tx: Tx) -> int:
    """Advance the notice version inside the caller's transaction; return the new one."""
    version = _get(tx, VERSION_KEY) + 1
    _set(tx, VERSION_KEY, version)
    return version


def set_reference_version(db: Database, reference_version: int) -> None:
    """Publish a new reference-data version (the notice version moves with it)."""
    with db.transaction("ddl") as tx:
        _set(tx, REFERENCE_KEY, reference_version)
        bump_version(tx)


def current_notice(
    db: Database, signer: Ed25519PrivateKey, *, now: float | None = None, ttl: float = NOTICE_TTL_S
) -> SignedNotice:
    """Return the current notice signed with the server's Ed25519 key."""
    issued = time.time() if now is None else now
    with db.transaction() as tx:
        version = _get(tx, VERSION_KEY)
        reference = _get(tx, REFERENCE_KEY)
        revoked = [str(r[0]) for r in tx.execute(
            "SELECT id FROM devices WHERE status = 'revoked' ORDER BY id"
        )]  # fmt: skip
    notice = CountyNotice(version=version, reference_version=reference, issued=issued,
                          expires=issued + ttl, revoked=revoked)  # fmt: skip
    return sign_notice(signer, notice)
