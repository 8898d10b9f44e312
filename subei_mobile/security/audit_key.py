"""Audit-chain key handling once a store is encrypted, and the chain verifier.

The chain's MAC key evolves after every entry (store/audit.py). The key at the moment a store
is sealed (key_0 for a new store) is kept only sealed to the county recovery key, in meta
``audit_anchor`` with the entry count and head hash it belongs to; a "security.seal" entry is
written at once so the clear key left in meta has already moved past it. The server (or the
county, offline) opens the anchor and verifies every later entry; a thief with the laptop holds
only the current key and cannot re-MAC earlier entries.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from dataclasses import dataclass

from ..store import Store
from ..store.audit import GENESIS, ChainFault, read_chain, verify
from . import county

ANCHOR_KEY = "audit_anchor"


@dataclass(frozen=True)
class AuditAnchor:
    """A verified starting point of the chain: the key after `seq` entries ending in `head`."""

    seq: int
    head: str
    key: bytes


def _info(device_id: str, seq: int, head: str) -> bytes:
    return f"subei/audit-anchor/v1|{device_id}|{seq}|{head}".encode()


def seal_anchor(conn: sqlite3.Connection, device_id: str, county_public: bytes) -> None:
    """Store the current chain key sealed to the county, inside the caller's transaction."""
    state = dict(conn.execute("SELECT key, value FROM meta WHERE key LIKE 'audit_%'").fetchall())
    seq, head = int(state["audit_seq"]), state["audit_head"]
    sealed = county.seal_to_county(
        county_public, bytes.fromhex(state["audit_key"]), _info(device_id, seq, head)
    )
    anchor = {
        "seq": seq, "head": head, "county_key_id": county.key_id(county_public),
        "sealed": base64.b64encode(sealed).decode(),
    }  # fmt: skip
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (ANCHOR_KEY, json.dumps(anchor))
    )


def open_anchor(store: Store, county_private: bytes) -> AuditAnchor:
    """Return the sealed chain key with the county private key (server or county office)."""
    raw = store.meta(ANCHOR_KEY)
    if not raw:
        raise LookupError("audit.no_anchor")
    anchor = json.loads(raw)
    info = _info(store.device_id, anchor["seq"], anchor["head"])
    key = county.open_with_county(county_private, base64.b64decode(anchor["sealed"]), info)
    return AuditAnchor(int(anchor["seq"]), str(anchor["head"]), key)


def verify_audit(store: Store, key0: bytes, anchor: AuditAnchor | None = None) -> ChainFault | None:
    """Verify the store's chain from key_0 (or an anchor); return the first bad entry or None."""
    after_seq, head = (anchor.seq, anchor.head) if anchor else (0, GENESIS)
    key = anchor.key if anchor else key0
    # Positional: an entry removed before the anchor shifts the rest and is reported.
    entries = read_chain(store.conn)[after_seq:]
    expected = int(store.meta("audit_seq", "0"))
    return verify(entries, key, expected, after_seq=after_seq, head=head)


def verify_with_county(store: Store, county_private: bytes) -> ChainFault | None:
    """Verify the chain from its sealed anchor with the county private key."""
    return verify_audit(store, b"", open_anchor(store, county_private))
