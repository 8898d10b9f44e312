"""The laptop's device identity: an Ed25519 key that never leaves it, and what enrolment said."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from subei_mobile.first_run import refuse_demo
from subei_mobile.security import device_secrets
from subei_mobile.store import Store

from ..protocol import signing
from ..protocol.wire import AuditPosition, EnrolRequest, EnrolResponse

KEY_FILE = device_secrets.DEVICE_KEY  # sealed under the data key in an encrypted store
META_KEY = "sync.identity"
AUDIT_ACKED_KEY = "sync.audit_acked"  # audit entries the server has verified


class NotEnrolled(Exception):
    """This laptop has no device identity yet (run `subei-mobile enroll`)."""


@dataclass
class Identity:
    """Who this laptop is to the county server."""

    server: str
    device_id: str
    role: str
    scopes: list[str]
    key: Ed25519PrivateKey
    wall: Callable[[], float] = time.time
    clock_offset: float = 0.0  # server time minus ours, learnt from a clock_skew answer
    ca_file: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def sign(self, method: str, path: str, body: bytes) -> dict[str, str]:
        """Return the headers that authenticate one request."""
        stamp = f"{self.wall() + self.clock_offset:.3f}"
        signature = self.key.sign(signing.signing_payload(method, path, stamp, body))
        return {
            signing.DEVICE_HEADER: self.device_id,
            signing.TIME_HEADER: stamp,
            signing.SIGNATURE_HEADER: signing.b64(signature),
        }


def new_key() -> Ed25519PrivateKey:
    """Return a fresh device key."""
    return Ed25519PrivateKey.generate()


def public_key_text(key: Ed25519PrivateKey) -> str:
    """Return the base64 raw public key sent at enrolment."""
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return signing.b64(raw)


def audit_position(store: Store) -> AuditPosition:
    """Return the audit chain's current position: entries so far, head hash, MAC key."""
    state = dict(store.conn.execute(
        "SELECT key, value FROM meta WHERE key IN ('audit_seq', 'audit_head', 'audit_key')"
    ).fetchall())  # fmt: skip
    return AuditPosition(seq=int(state["audit_seq"]), head=str(state["audit_head"]),
                         key=str(state["audit_key"]))  # fmt: skip


def enrolment_request(
    store: Store, code: str, key: Ed25519PrivateKey, label: str = ""
) -> EnrolRequest:
    """Return the enrolment request: the public key and where the audit chain stands.

    The MAC key travels only in this one-time, code-authenticated request; from it the server
    verifies every later entry, which a thief holding the laptop cannot re-MAC.
    """
    return EnrolRequest(code=code, public_key=public_key_text(key), label=label,
                        audit=audit_position(store))  # fmt: skip


def save_identity(
    store: Store, server: str, key: Ed25519PrivateKey, answer: EnrolResponse, ca_file: str = ""
) -> Identity:
    """Write the key (sealed, owner-only file) and the enrolment facts; reset sync progress."""
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    device_secrets.write_secret(store, KEY_FILE, pem)
    facts = {"server": server, "device_id": answer.device_id, "role": answer.role,
             "scopes": answer.scopes, "ca_file": ca_file,
             "bundle_key": answer.bundle_key, "signing_key": answer.signing_key}  # fmt: skip
    conn = store.conn
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("DELETE FROM meta WHERE key LIKE 'sync.%'")
    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (META_KEY, json.dumps(facts)))
    if answer.audit_seq is not None:
        conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)",
                     (AUDIT_ACKED_KEY, str(answer.audit_seq)))  # fmt: skip
    conn.execute("COMMIT")
    return load_identity(store)


def server_signing_key(store: Store) -> str:
    """Return the server's Ed25519 key (base64) received at enrolment, or ""."""
    facts_text = store.meta(META_KEY)
    return str(json.loads(facts_text).get("signing_key", "")) if facts_text else ""


def load_identity(store: Store) -> Identity:
    """Return this laptop's identity or raise NotEnrolled.

    The key is opened with the signed-in user's data key and kept only in the returned object:
    callers load it for one sync and drop it, so nothing signs while nobody is signed in.
    """
    refuse_demo(store)  # every way to the county (sync, USB bundles) starts here
    facts_text = store.meta(META_KEY)
    pem = device_secrets.read_secret(store, KEY_FILE) if facts_text else None
    if not facts_text or pem is None:
        raise NotEnrolled
    key = serialization.load_pem_private_key(pem, password=None)
    assert isinstance(key, Ed25519PrivateKey)
    facts = json.loads(facts_text)
    return Identity(facts["server"], facts["device_id"], facts["role"], list(facts["scopes"]), key,
                    ca_file=facts.get("ca_file", ""))  # fmt: skip
