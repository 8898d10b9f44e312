"""Scopes and the cheap additive per-scope checksum every replica can compute."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

HASH_BYTES = 5  # 40-bit record hashes: a sum over 8 million records still fits in 63 bits


def record_hash(table: str, record_id: str, values: dict[str, Any], deleted: bool) -> int:
    """Return a record's contribution to its scope checksum."""
    blob = json.dumps(
        [table, record_id, sorted(values.items()), bool(deleted)],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return int.from_bytes(hashlib.sha256(blob.encode()).digest()[:HASH_BYTES], "big")


def scope_checksum(hashes: Iterable[int]) -> int:
    """Return the checksum of a scope from its records' hashes (order does not matter)."""
    return sum(hashes)


def subscription(township: str, grid: str) -> str:
    """Return the scope a device follows: its grid, or its whole township ('T/*')."""
    return f"{township}/{grid}" if grid else f"{township}/*"


def covers(subscription_key: str, scope: str) -> bool:
    """Return True when a record scope ('township/grid') lies inside a subscription."""
    if subscription_key.endswith("/*"):
        return scope.startswith(subscription_key[:-1])
    return scope == subscription_key


def like_pattern(subscription_key: str) -> tuple[str, str]:
    """Return (operator, operand) for matching a subscription in SQL."""
    if subscription_key.endswith("/*"):
        return "LIKE", subscription_key[:-1] + "%"
    return "=", subscription_key
