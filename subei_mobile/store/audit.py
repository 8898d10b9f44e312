"""Tamper-evident audit trail: a hash chain with a forward-secure, evolving MAC key.

Each entry's MAC uses key_n, then the key becomes key_{n+1} = SHA-256(label | key_n) and
key_n is forgotten. Someone who later takes the laptop holds only the current key and cannot
recompute the MACs of earlier entries; the server, which knows key_0, verifies the whole chain.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64
_EVOLVE = b"subei-audit-key-evolve-v1"
FIELDS = ("seq", "at", "user_id", "device_id", "action", "table_name", "record_id",
          "content_hash", "prev_hash")  # fmt: skip


def evolve(key: bytes) -> bytes:
    """Return the next MAC key; the old one cannot be recovered from it."""
    return hashlib.sha256(_EVOLVE + key).digest()


def content_hash(payload: Any) -> str:
    """Return the SHA-256 of the canonical JSON of a change (no personal data is stored)."""
    blob = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode()).hexdigest()


def entry_hash(entry: dict[str, Any]) -> str:
    """Return the hash that links an entry into the chain."""
    blob = json.dumps([entry[f] for f in FIELDS], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode()).hexdigest()


def append(conn: sqlite3.Connection, entry: dict[str, Any]) -> None:
    """Append one entry inside the caller's transaction and evolve the key."""
    state = dict(conn.execute("SELECT key, value FROM meta WHERE key LIKE 'audit_%'").fetchall())
    key = bytes.fromhex(state["audit_key"])
    entry = dict(entry, seq=int(state["audit_seq"]) + 1, prev_hash=state["audit_head"])
    entry["entry_hash"] = entry_hash(entry)
    entry["mac"] = hmac.new(key, entry["entry_hash"].encode(), hashlib.sha256).hexdigest()
    columns = (*FIELDS, "entry_hash", "mac")
    conn.execute(
        f"INSERT INTO audit_log ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [entry[c] for c in columns],
    )
    conn.executemany(
        "UPDATE meta SET value = ? WHERE key = ?",
        [
            (evolve(key).hex(), "audit_key"),
            (str(entry["seq"]), "audit_seq"),
            (entry["entry_hash"], "audit_head"),
        ],
    )


def initial_state(key0: bytes) -> list[tuple[str, str]]:
    """Return the meta rows that start a new chain with key0."""
    return [("audit_key", key0.hex()), ("audit_seq", "0"), ("audit_head", GENESIS)]


@dataclass(frozen=True)
class ChainFault:
    """The first entry where the chain breaks, and how."""

    seq: int
    kind: str  # "modified", "missing", "inserted", "reordered", "truncated", "mac"


def verify(
    entries: list[dict[str, Any]], key0: bytes, expected_count: int | None = None,
    *, after_seq: int = 0, head: str = GENESIS,
) -> ChainFault | None:  # fmt: skip
    """Check a chain from key_0 (or from an anchor: the key, seq and head at that point)."""
    key, prev = key0, head
    for position, entry in enumerate(entries, start=after_seq + 1):
        if entry["seq"] != position:
            kind = "missing" if entry["seq"] > position else "reordered"
            if entry["seq"] < position and entry["prev_hash"] == prev:
                kind = "inserted"
            return ChainFault(position, kind)
        if entry["prev_hash"] != prev:
            return ChainFault(position, "reordered")
        if entry_hash(entry) != entry["entry_hash"]:
            return ChainFault(position, "modified")
        mac = hmac.new(key, entry["entry_hash"].encode(), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(mac, entry["mac"]):
            return ChainFault(position, "mac")
        key, prev = evolve(key), entry["entry_hash"]
    if expected_count is not None and after_seq + len(entries) < expected_count:
        return ChainFault(after_seq + len(entries) + 1, "truncated")
    return None


def read_chain(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Return all audit entries in stored order."""
    cur = conn.execute(
        f"SELECT {', '.join((*FIELDS, 'entry_hash', 'mac'))} FROM audit_log ORDER BY rowid"
    )
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
