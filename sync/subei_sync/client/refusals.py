"""Changes the county server refused, kept with their reason until someone settles them.

A refused change keeps its outbox row (server_seq = -1) and the local record its value; the
reason (code, and for `invalid_value` the field and the model's issue code) is stored here so
`subei-mobile sync` and the sync screen can list it. Nothing here holds a field's value.

While unsettled, a refused change protects its record like an unsent one (remote.pending_fields):
no purge, repair or pulled value removes it. It is settled by one of these recorded actions
(each an audit entry):
- resent: the laptop now follows the scope the change was refused for (a rescope): it is queued
  again as a new outbox row, so the server reads it as new work, not a retry;
- reassigned: a township-office user moves the record to another grid and queues it again;
- discarded: a township-office user gives the work up; the record then follows the server.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from subei_mobile.errors import NotFound, SubeiError
from subei_mobile.security.roles import Account, require
from subei_mobile.store import Store, audit
from subei_mobile.store.schema import TABLES
from subei_mobile.store.store import record_scope

from ..protocol.checksums import covers
from ..protocol.wire import Rejection
from .repair import delete_local_records

SCOPE_DENIED = "scope_denied"
# Work refused for where it is, not for what it is: sent again once its place is right.
PLACE_CODES = (SCOPE_DENIED, "unknown_parent")


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


def resend_followed(store: Store, scopes: list[str]) -> int:
    """Queue again every scope_denied change whose record is now in a followed scope."""
    conn = store.conn
    rows = conn.execute(
        "SELECT r.device_seq, c.scope FROM refused_changes r JOIN changes c"
        " ON c.device_seq = r.device_seq WHERE r.settled = '' AND r.code IN (?, ?)"
        " ORDER BY r.device_seq",
        PLACE_CODES,
    ).fetchall()
    due = [seq for seq, scope in rows if any(covers(s, scope) for s in scopes)]
    if not due:
        return 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        for seq in due:
            _requeue(conn, seq, {})
            _settle(store, seq, "resent", "sync")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(due)


def discard(store: Store, account: Account, device_seq: int) -> None:
    """Give up a refused change (township office); the record then follows the server."""
    require(account, "refused.settle")
    refusal = _unsettled(store, device_seq)
    with store.transaction() as tx:
        _settle(store, device_seq, "discarded", account.name)
        # A record the server never had would stay here alone: it goes, with its parent and
        # children that never reached the server either (unless other work still holds them).
        family = [(refusal.table, refusal.record_id), *_relatives(store.conn, refusal.table,
                                                                 refusal.record_id)]  # fmt: skip
        never_sent = [(t, r) for t, r in family if not _reached_server(store.conn, t, r)]
        delete_local_records(store, store.conn, never_sent, "sync.refusal_discarded")
        tx.writes += 1


def reassign(store: Store, account: Account, device_seq: int, grid_code: str) -> None:
    """Move a refused change's record to another grid (township office) and queue it again."""
    require(account, "refused.settle")
    refusal = _unsettled(store, device_seq)
    spec = TABLES.get(refusal.table)
    if spec is None or "grid_code" not in spec.column_names:
        raise SubeiError("refused.not_reassignable", table=refusal.table)
    with store.transaction() as tx:
        # The copy first: for a refused insert the server must get the record before the edit.
        _requeue(store.conn, device_seq, {"grid_code": grid_code})
        tx.update(refusal.table, refusal.record_id, {"grid_code": grid_code})
        _settle(store, device_seq, "reassigned", account.name)
        # Work attached to it (members added to a refused household) moves with it.
        for child in _dependents(store.conn, refusal.table, refusal.record_id):
            _requeue(store.conn, child, {})
            _settle(store, child, "reassigned", account.name)


def _reached_server(conn: sqlite3.Connection, table: str, record_id: str) -> bool:
    return bool(conn.execute(
        "SELECT 1 FROM changes WHERE table_name = ? AND record_id = ? AND server_seq > 0 LIMIT 1",
        (table, record_id),
    ).fetchone())  # fmt: skip


def _relatives(conn: sqlite3.Connection, table: str, record_id: str) -> list[tuple[str, str]]:
    """Return the parent and the children of a record (one level each way)."""
    out: list[tuple[str, str]] = []
    spec = TABLES.get(table)
    if spec is not None and spec.parent is not None:
        fk, parent = spec.parent
        row = conn.execute(f"SELECT {fk} FROM {table} WHERE id = ?", (record_id,)).fetchone()
        if row is not None:
            out.append((parent, str(row[0])))
    for child in TABLES.values():
        if child.parent is not None and child.parent[1] == table:
            rows = conn.execute(
                f"SELECT id FROM {child.name} WHERE {child.parent[0]} = ?", (record_id,)
            ).fetchall()
            out += [(child.name, str(r[0])) for r in rows]
    return out


def _dependents(conn: sqlite3.Connection, table: str, record_id: str) -> list[int]:
    """Return unsettled place refusals of child records of one record, oldest first."""
    out = []
    for refusal in open_refusals(conn):
        spec = TABLES.get(refusal.table)
        if refusal.code not in PLACE_CODES or spec is None or spec.parent is None:
            continue
        fk, parent = spec.parent
        if parent != table:
            continue
        row = conn.execute(f"SELECT {fk} FROM {refusal.table} WHERE id = ?", (refusal.record_id,))
        found = row.fetchone()
        if found is not None and found[0] == record_id:
            out.append(refusal.device_seq)
    return out


def _unsettled(store: Store, device_seq: int) -> Refusal:
    for refusal in open_refusals(store.conn):
        if refusal.device_seq == device_seq:
            return refusal
    raise NotFound(table="refused_changes")


def _requeue(conn: sqlite3.Connection, device_seq: int, replace: dict[str, object]) -> None:
    """Copy a refused change to a new outbox row (fields replaced, scope recomputed)."""
    row = conn.execute(
        "SELECT device_id, table_name, record_id, op, fields, base, hlc, user_id, scope"
        " FROM changes WHERE device_seq = ?",
        (device_seq,),
    ).fetchone()
    device_id, table, record_id, op, fields_text, base, hlc, user, scope = row
    fields = {**json.loads(fields_text), **replace}
    if replace:
        spec = TABLES[table]
        current = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,)).fetchone()
        values = {c: current[c] for c in spec.column_names} | fields
        scope = record_scope(conn, spec, values)
    conn.execute(
        "INSERT INTO changes (device_id, table_name, record_id, op, fields, base, hlc, user_id,"
        " scope) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (device_id, table, record_id, op, json.dumps(fields, ensure_ascii=False), base, hlc,
         user, scope),
    )  # fmt: skip


def _settle(store: Store, device_seq: int, how: str, by: str) -> None:
    at = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
    store.conn.execute(
        "UPDATE refused_changes SET settled = ?, settled_by = ?, settled_at = ?"
        " WHERE device_seq = ?",
        (how, by, at, device_seq),
    )
    audit.append(store.conn, {
        "at": at, "user_id": store.user_id, "device_id": store.device_id,
        "action": f"sync.refusal_{how}", "table_name": "changes", "record_id": str(device_seq),
        "content_hash": audit.content_hash([device_seq, how, by]),
    })  # fmt: skip
