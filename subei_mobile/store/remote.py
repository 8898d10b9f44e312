"""Apply changes that came from the county server to local rows, without making outbox rows.

The server is the ordering authority and has already merged concurrent edits; a pulled change
carries the outcome (values and their clock stamps). Fields the user changed here and not yet
sent are left alone: the server sees them on the next push and answers with its own outcome.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from ..errors import DiskFull, is_disk_full
from ..security.fields import codec_of
from . import audit
from .conflicts import seal_conflict_text
from .schema import TABLES, TableSpec
from .store import Store, record_scope, reindex_person

PULL_AUDIT_ACTION = "sync.apply"  # the audit entry of one applied pull batch


@dataclass
class RemoteChange:
    """One outcome from the server: a record's changed fields, their stamps and its flags."""

    table: str
    record_id: str
    op: str
    fields: dict[str, Any] = field(default_factory=dict)
    stamps: dict[str, str] = field(default_factory=dict)
    deleted: bool = False
    review: bool = False
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    hlc: str = ""
    user_id: str = ""


class RemoteBatch:
    """Pulled changes applied inside one local transaction (see remote_batch)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.conn
        self.at = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
        self.applied = 0
        self.digest = hashlib.sha256()

    def apply(self, change: RemoteChange) -> None:
        """Write one server outcome to the local row, its conflicts and the audit trail."""
        spec = TABLES[change.table]
        pending = pending_fields(self.conn, spec.name, change.record_id)
        row = self.conn.execute(
            f"SELECT * FROM {spec.name} WHERE id = ?", (change.record_id,)
        ).fetchone()
        if row is None:
            self._insert(spec, change)
        else:
            self._update(spec, dict(row), change, pending)
        self._store_conflicts(change)
        for stamp in {change.hlc, *change.stamps.values()}:  # observe keeps the maximum
            if stamp:
                self.store.clock.observe(stamp)
        if spec.name == "persons":
            values = dict(self.conn.execute(
                "SELECT * FROM persons WHERE id = ?", (change.record_id,)
            ).fetchone())  # fmt: skip
            reindex_person(self.conn, change.record_id, values, deleted=bool(values["_deleted"]))
        self.digest.update(
            audit.content_hash([spec.name, change.record_id, change.op, change.fields]).encode()
        )
        self.applied += 1

    def finish(self) -> None:
        """Write one audit entry covering every change applied in this batch."""
        # One entry per pulled frame, not per change: the trail stays tamper-evident over what
        # was applied, and the laptop does not send the server back an entry for every record
        # it just received (on a 50 kbit/s uplink that doubled the cost of a bulk pull).
        if not self.applied:
            return
        audit.append(self.conn, {
            "at": self.at, "user_id": self.store.user_id, "device_id": self.store.device_id,
            "action": PULL_AUDIT_ACTION, "table_name": "*", "record_id": str(self.applied),
            "content_hash": self.digest.hexdigest(),
        })  # fmt: skip

    def _insert(self, spec: TableSpec, change: RemoteChange) -> None:
        # Pulled values arrive plain; the laptop keeps sensitive ones sealed at rest.
        values = self.store.seal_fields(
            spec.name, change.record_id, {c: change.fields.get(c) for c in spec.column_names}
        )
        cols = ["id", *values, "_hlc", "_deleted", "_review"]
        self.conn.execute(
            f"INSERT INTO {spec.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [change.record_id, *values.values(), json.dumps(change.stamps),
             int(change.deleted), int(change.review)],
        )  # fmt: skip

    def _update(
        self, spec: TableSpec, row: dict[str, Any], change: RemoteChange, pending: set[str]
    ) -> None:
        stamps: dict[str, str] = json.loads(row["_hlc"])
        sets = self.store.seal_fields(spec.name, change.record_id, {
            name: value
            for name, value in change.fields.items()
            if name in spec.column_names and name not in pending
        })  # fmt: skip
        stamps.update({name: change.stamps[name] for name in sets if name in change.stamps})
        # A delete typed here and not yet sent stays; the server will rule on it.
        deleted = row["_deleted"] if "_deleted" in pending else int(change.deleted)
        assigns = ", ".join(f"{name} = ?" for name in sets)
        self.conn.execute(
            f"UPDATE {spec.name} SET {assigns + ', ' if assigns else ''}"
            "_hlc = ?, _deleted = ?, _review = ?, _version = _version + 1 WHERE id = ?",
            [*sets.values(), json.dumps(stamps), deleted, int(change.review), change.record_id],
        )

    def _store_conflicts(self, change: RemoteChange) -> None:
        codec = self.store.codec
        for c in change.conflicts:
            # Candidates and the resolution hold field values: sealed like the fields themselves.
            candidates = json.dumps(c["candidates"], ensure_ascii=False)
            resolution = c.get("resolution")
            self.conn.execute(
                "INSERT INTO conflicts (id, table_name, record_id, field, candidates, detected_at,"
                " resolved_at, resolved_by, resolution) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET resolved_at = excluded.resolved_at,"
                " resolved_by = excluded.resolved_by, resolution = excluded.resolution",
                (c["id"], change.table, change.record_id, c["field"],
                 seal_conflict_text(codec, c["id"], "candidates", candidates), c["detected_at"],
                 c.get("resolved_at"), c.get("resolved_by"),
                 seal_conflict_text(codec, c["id"], "resolution", resolution)),
            )  # fmt: skip


@contextmanager
def remote_batch(store: Store) -> Iterator[RemoteBatch]:
    """Apply pulled changes (and the caller's cursor moves) atomically."""
    store.conn.execute("BEGIN IMMEDIATE")
    batch = RemoteBatch(store)
    try:
        yield batch
        batch.finish()
        store.conn.execute("UPDATE meta SET value = ? WHERE key = 'hlc'", (store.clock.now(),))
        store.conn.execute("COMMIT")
    except BaseException as exc:
        if store.conn.in_transaction:  # SQLITE_FULL may have rolled back already
            store.conn.execute("ROLLBACK")
        if is_disk_full(exc):
            raise DiskFull() from None
        raise


def pending_fields(conn: sqlite3.Connection, table: str, record_id: str) -> set[str]:
    """Return the fields of a record changed here and not yet acknowledged ('_deleted' too).

    A change the server refused counts until someone settles it (sync refusals): refused
    work is never overwritten, purged or repaired away.
    """
    names: set[str] = set()
    for op, fields in conn.execute(
        "SELECT op, fields FROM changes WHERE table_name = ? AND record_id = ?"
        " AND (server_seq IS NULL OR device_seq IN"
        " (SELECT device_seq FROM refused_changes WHERE settled = ''))",
        (table, record_id),
    ):
        names.update(["_deleted"] if op == "delete" else json.loads(fields))
    return names


def scoped_rows(conn: sqlite3.Connection) -> Iterator[tuple[str, str, str, dict[str, Any], bool]]:
    """Yield (scope, table, id, plain column values, deleted) for every local record."""
    codec = codec_of(conn)  # checksums are over plain values, as on the server
    for spec in TABLES.values():
        for row in conn.execute(f"SELECT * FROM {spec.name}").fetchall():
            values = codec.open_values(spec.name, row["id"], {c: row[c] for c in spec.column_names})
            try:
                scope = record_scope(conn, spec, values)
            except Exception:  # an orphan row has no scope; it cannot match any replica
                scope = "?"
            yield scope, spec.name, row["id"], values, bool(row["_deleted"])
