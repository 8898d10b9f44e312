"""The originals of values converted from a legacy encoding, kept with the save that stored them.

Menksoft text is converted to Unicode on paste and on import (subei_mobile.legacy_text) and a
person confirms the result; the conversion is still a guess about which letter a shared glyph
stood for, so the text as it arrived is kept for review. The audit entry of the save holds only
a hash of the converted value; the original goes in the local table legacy_originals (schema
v6) under that entry's seq, record and field. It is a name, not an ID number or other sealed
data, so it is stored as is, but it is never logged or printed. The table is local only: sync
never reads it.

A writer hands the transaction a map {converted text: original} (Transaction.legacy_originals)
for the values it is about to save; every written field whose value is a key of that map gets
its original recorded in the same transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class LegacyOriginal:
    """One kept original: where it went, what it became, and which audit entry saved it."""

    field: str
    original: str
    converted: str
    audit_seq: int
    at: str

    def __repr__(self) -> str:  # never print the text itself by accident
        return f"LegacyOriginal(field={self.field!r}, audit_seq={self.audit_seq})"


def record_originals(
    conn: sqlite3.Connection, table: str, record_id: str, fields: Mapping[str, Any],
    originals: Mapping[str, str], at: str,
) -> None:  # fmt: skip
    """Keep the original of each written field whose value was converted, under the audit
    entry just appended (inside the caller's transaction)."""
    kept = [
        (name, originals[value], value)
        for name, value in fields.items()
        if isinstance(value, str) and value in originals
    ]
    if not kept:
        return
    seq = int(conn.execute("SELECT value FROM meta WHERE key = 'audit_seq'").fetchone()[0])
    conn.executemany(
        "INSERT INTO legacy_originals"
        " (audit_seq, table_name, record_id, field, original, converted, at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(seq, table, record_id, name, original, value, at) for name, original, value in kept],
    )


def originals_of(conn: sqlite3.Connection, table: str, record_id: str) -> list[LegacyOriginal]:
    """Return the kept originals of a record, oldest first."""
    rows = conn.execute(
        "SELECT field, original, converted, audit_seq, at FROM legacy_originals"
        " WHERE table_name = ? AND record_id = ? ORDER BY id",
        (table, record_id),
    )
    return [LegacyOriginal(*row) for row in rows.fetchall()]
