"""Changes the county server refused, kept with their reason until someone settles them.

A refused change keeps its outbox row (server_seq = -1) and the local record its value; the
reason (code, and for `invalid_value` the field and the model's issue code) is stored here so
`subei-mobile sync` and the sync screen can list it. Nothing here holds a field's value.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from ..protocol.wire import Rejection


@dataclass(frozen=True)
class Refusal:
    """One refused outbox change and why."""

    device_seq: int
    table: str
    record_id: str
    op: str
    code: str
    field: str
    issue: str
    refused_at: str

    def reason(self) -> str:
        """Return the stable reason text: the code, and the field and issue when given."""
        if self.field or self.issue:
            return (
                f"{self.code} ({self.field}: {self.issue})"
                if self.field
                else f"{self.code} ({self.issue})"
            )
        return self.code


def note_refusals(conn: sqlite3.Connection, rejected: Iterable[Rejection]) -> None:
    """Record the server's refusals (inside the caller's transaction)."""
    at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    conn.executemany(
        "INSERT OR REPLACE INTO refused_changes (device_seq, code, field, issue, refused_at)"
        " VALUES (?, ?, ?, ?, ?)",
        [(r.seq, r.code, r.field, r.issue, at) for r in rejected],
    )


def open_refusals(conn: sqlite3.Connection) -> list[Refusal]:
    """Return the refused changes nobody has settled yet, oldest first."""
    rows = conn.execute(
        "SELECT r.device_seq, c.table_name, c.record_id, c.op, r.code, r.field, r.issue,"
        " r.refused_at FROM refused_changes r JOIN changes c ON c.device_seq = r.device_seq"
        " WHERE r.settled = '' ORDER BY r.device_seq"
    ).fetchall()
    return [Refusal(*row) for row in rows]
