"""The county server's long-term bundle keys: X25519 (bundles are sealed to it) and Ed25519
(return bundles and receipts are signed with it).

Both live in one owner-only file in the server's data dir, created at server init (every
`subei-server` command calls `ensure_server_keys`); their public halves are copied into
`server_meta` so that enrolment can hand them to laptops, whichever process answers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from ..bundle.files import write_private
from ..bundle.format import ed25519_public_bytes, key_id, x25519_public_bytes
from ..protocol.signing import b64, unb64
from .database import Database

KEY_FILE = "bundle-keys.json"
META_BUNDLE_KEY = "bundle.x25519_public"
META_SIGNING_KEY = "bundle.ed25519_public"


@dataclass(frozen=True)
class ServerKeys:
    """The server's private bundle keys."""

    recipient: X25519PrivateKey
    signer: Ed25519PrivateKey

    @property
    def recipient_public(self) -> bytes:
        """Return the raw X25519 public key devices seal to."""
        return x25519_public_bytes(self.recipient)

    @property
    def recipient_id(self) -> str:
        """Return the recipient key id written in every bundle addressed here."""
        return key_id(self.recipient_public)

    @property
    def signer_public(self) -> bytes:
        """Return the raw Ed25519 public key devices verify return bundles with."""
        return ed25519_public_bytes(self.signer)


def load_or_create_keys(data_dir: Path) -> ServerKeys:
    """Return the keys in data_dir, generating them the first time."""
    path = Path(data_dir) / KEY_FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fresh = {
            "x25519": b64(X25519PrivateKey.generate().private_bytes_raw()),
            "ed25519": b64(Ed25519PrivateKey.generate().private_bytes_raw()),
        }
        write_private(path, json.dumps(fresh).encode())
    data = json.loads(path.read_text())
    return ServerKeys(
        X25519PrivateKey.from_private_bytes(unb64(data["x25519"])),
        Ed25519PrivateKey.from_private_bytes(unb64(data["ed25519"])),
    )


def publish_keys(db: Database, keys: ServerKeys) -> None:
    """Record the public halves in server_meta (what enrolment hands out)."""
    with db.transaction("ddl") as tx:
        for name, value in ((META_BUNDLE_KEY, keys.recipient_public),
                            (META_SIGNING_KEY, keys.signer_public)):  # fmt: skip
            tx.execute(
                "INSERT INTO server_meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (name, b64(value)),
            )


def ensure_server_keys(data_dir: Path, db: Database) -> ServerKeys:
    """Load or create the keys and publish their public halves; return them."""
    keys = load_or_create_keys(data_dir)
    publish_keys(db, keys)
    return keys


def published_keys(db: Database) -> dict[str, str]:
    """Return {"bundle_key", "signing_key"} for the enrolment answer ("" when none yet)."""
    with db.transaction() as tx:
        rows = dict(tx.execute(
            "SELECT key, value FROM server_meta WHERE key IN (?, ?)",
            (META_BUNDLE_KEY, META_SIGNING_KEY),
        ))  # fmt: skip
    return {"bundle_key": str(rows.get(META_BUNDLE_KEY, "")),
            "signing_key": str(rows.get(META_SIGNING_KEY, ""))}  # fmt: skip
