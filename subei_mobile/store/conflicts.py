"""Conflicts kept side by side until the township office decides; the decision is a change."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from ..errors import AuthError, NotFound, ValidationFailed
from ..errors import Issue as _Issue
from ..security.fields import PlainCodec, codec_of
from ..security.roles import PERMISSIONS
from . import audit
from .schema import TABLES
from .store import Store, record_scope

RESOLUTION_TABLE = "conflicts"  # pseudo-table name of resolution changes in the outbox


@dataclass(frozen=True)
class Conflict:
    """One field of one record with competing values (or an edit against a delete)."""

    id: str
    table_name: str
    record_id: str
    field: str
    candidates: list[dict[str, Any]]
    detected_at: str


def seal_conflict_text(
    codec: PlainCodec, conflict_id: str, column: str, text: str | None
) -> str | None:
    """Return candidates or resolution JSON text sealed for the conflicts table."""
    return (
        None if text is None else str(codec.seal_value(RESOLUTION_TABLE, column, conflict_id, text))
    )


def open_conflict_text(
    codec: PlainCodec, conflict_id: str, column: str, text: str | None
) -> str | None:
    """Return the plain JSON text of a sealed candidates or resolution value."""
    return (
        None if text is None else str(codec.open_value(RESOLUTION_TABLE, column, conflict_id, text))
    )


def open_conflicts(conn: sqlite3.Connection) -> list[Conflict]:
    """Return unresolved conflicts, oldest first, with candidate values opened."""
    rows = conn.execute(
        "SELECT id, table_name, record_id, field, candidates, detected_at FROM conflicts"
        " WHERE resolved_at IS NULL ORDER BY detected_at, id"
    ).fetchall()
    codec = codec_of(conn)
    return [
        Conflict(r[0], r[1], r[2], r[3], json.loads(_opened(codec, r[0], r[4])), r[5]) for r in rows
    ]


def _opened(codec: PlainCodec, conflict_id: str, text: str) -> str:
    return open_conflict_text(codec, conflict_id, "candidates", text) or "[]"


def resolve_conflict(
    store: Store, conflict_id: str, choice: int, *, device_role: str | None = None
) -> None:
    """Keep candidate number `choice` of a conflict; the resolution syncs as one change.

    device_role: the role this laptop is enrolled with (None when not enrolled). The county
    server accepts resolutions only from a township-office device, so any other is refused
    here, before anything changes, instead of resolving locally and diverging.
    """
    if device_role is not None and device_role not in PERMISSIONS["conflicts.resolve"]:
        raise AuthError("conflict.device_role", role=device_role)
    row = store.conn.execute(
        "SELECT table_name, record_id, field, candidates FROM conflicts"
        " WHERE id = ? AND resolved_at IS NULL",
        (conflict_id,),
    ).fetchone()
    if row is None:
        raise NotFound(table="conflicts")
    candidates = json.loads(_opened(store.codec, conflict_id, row[3]))
    table, record_id, field = row[0], row[1], row[2]
    if not 0 <= choice < len(candidates):
        raise ValidationFailed([_Issue("conflict.choice", "choice")])
    value = candidates[choice]["value"]
    spec = TABLES[table]
    with store.transaction() as tx:
        last = store.conn.execute("SELECT COALESCE(MAX(device_seq), 0) FROM changes").fetchone()[0]
        if field == "_deleted":
            if value:
                tx.delete(table, record_id)
        else:
            column = spec.column(field)
            decoded = json.loads(value) if column.kind == "json" and value is not None else value
            tx.update(table, record_id, {field: decoded})
        # The value rides on the resolution (the server applies both or neither): the change
        # row the local write made is dropped, and the resolution takes its clock stamp, so
        # the field's stamp is the same here and on the server.
        written = store.conn.execute(
            "SELECT MAX(hlc) FROM changes WHERE device_seq > ?", (last,)
        ).fetchone()[0]
        store.conn.execute("DELETE FROM changes WHERE device_seq > ?", (last,))
        # The chosen value may be personal data: sealed in the table and in the outbox row
        # (sync opens outbox fields before sending).
        plain = json.dumps({"choice": choice, "value": value}, ensure_ascii=False)
        resolution = seal_conflict_text(store.codec, conflict_id, "resolution", plain)
        values = {"resolution": resolution, "resolved_by": store.user_id, "resolved_at": tx.at}
        store.conn.execute(
            "UPDATE conflicts SET resolution = ?, resolved_by = ?, resolved_at = ? WHERE id = ?",
            (resolution, store.user_id, tx.at, conflict_id),
        )
        store.conn.execute(
            f"UPDATE {table} SET _review = 0 WHERE id = ? AND NOT EXISTS (SELECT 1 FROM conflicts"
            " WHERE table_name = ? AND record_id = ? AND resolved_at IS NULL)",
            (record_id, table, record_id),
        )
        current = store.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,)).fetchone()
        scope = record_scope(store.conn, spec, {c: current[c] for c in spec.column_names})
        store.conn.execute(
            "INSERT INTO changes (device_id, table_name, record_id, op, fields, base, hlc,"
            " user_id, scope) VALUES (?, ?, ?, 'update', ?, '{}', ?, ?, ?)",
            (store.device_id, RESOLUTION_TABLE, conflict_id, json.dumps(values, ensure_ascii=False),
             written or store.clock.now(), store.user_id, scope),
        )  # fmt: skip
        audit.append(store.conn, {
            "at": tx.at, "user_id": store.user_id, "device_id": store.device_id,
            "action": "conflict.resolve", "table_name": table, "record_id": record_id,
            "content_hash": audit.content_hash([conflict_id, choice]),
        })  # fmt: skip
        tx.writes += 1
