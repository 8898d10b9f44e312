"""What a device pulls: per scope, a snapshot for a new scope, then the log since its cursor."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from subei_mobile.store.schema import TABLES

from ..protocol.checksums import like_pattern
from ..protocol.wire import Cursor, PulledChange, SyncRequest, WireConflict
from .compaction import check_horizon
from .database import Tx
from .devices import Device

TABLE_ORDER = list(TABLES)  # parents before children, so every page commits on the laptop
_LOG_COLUMNS = ("server_seq, table_name, record_id, op, fields, stamps, deleted, review,"
                " conflicts, hlc, user_id")  # fmt: skip


@dataclass
class Pull:
    """One response's worth of outcomes, new cursors and checksums."""

    head: int
    changes: list[PulledChange] = field(default_factory=list)
    cursors: list[Cursor] = field(default_factory=list)
    checksums: dict[str, int] = field(default_factory=dict)
    more: bool = False


class Feed:
    """Reads one consistent view (a read transaction) for one device."""

    def __init__(self, tx: Tx, device: Device, request: SyncRequest) -> None:
        self.tx = tx
        self.device = device
        self.changes_left = request.max_changes
        self.bytes_left = request.max_bytes
        self.head = int(tx.execute("SELECT value FROM seq_counter WHERE id = 1")[0][0])
        self.given = {c.scope: c for c in request.cursors}

    def pull(self) -> Pull:
        """Fill the budget scope by scope; a scope is done when its cursor reaches head."""
        out = Pull(self.head)
        for scope in self.device.scopes:
            # An empty snapshot position asks for one: a new scope, or a repair.
            cursor = self.given.get(scope) or Cursor(scope=scope, snapshot="")
            cursor = check_horizon(self.tx, scope, cursor)  # behind a compacted log: snapshot
            if cursor.snapshot == "":
                has_records = self._scope_has_records(scope)
                cursor = Cursor(scope=scope, snapshot=f"{self.head}:0:" if has_records else None)
            if cursor.snapshot is not None:
                cursor = self._snapshot(scope, cursor, out)
            if cursor.snapshot is None:
                cursor = self._log(scope, cursor, out)
            out.cursors.append(cursor)
            if cursor.snapshot is None and cursor.seq >= self.head:
                out.checksums[scope] = self._checksum(scope)
            else:
                out.more = True
        return out

    def _spent(self, size: int) -> bool:
        self.changes_left -= 1
        self.bytes_left -= size
        return self.changes_left <= 0 or self.bytes_left <= 0

    def _scope_has_records(self, scope: str) -> bool:
        op, operand = like_pattern(scope)
        return bool(
            self.tx.execute(f"SELECT 1 FROM records WHERE scope {op} ? LIMIT 1", (operand,))
        )

    def _snapshot(self, scope: str, cursor: Cursor, out: Pull) -> Cursor:
        at_text, table_index, after = str(cursor.snapshot).split(":", 2)
        at, index = int(at_text), int(table_index)
        op, operand = like_pattern(scope)
        while index < len(TABLE_ORDER) and self.changes_left > 0 and self.bytes_left > 0:
            table = TABLE_ORDER[index]
            # Pages are read at later heads than `at`. A record inserted after `at` comes from
            # the log that follows the snapshot, after its parent: served here too, a child
            # could reach the laptop in a page before its parent, failing that page's commit.
            rows = self.tx.execute(
                "SELECT record_id, fields, stamps, deleted, review, scope FROM records r"
                f" WHERE table_name = ? AND scope {op} ? AND record_id > ?"
                " AND NOT EXISTS (SELECT 1 FROM log l WHERE l.table_name = r.table_name"
                " AND l.record_id = r.record_id AND l.op = 'insert' AND l.server_seq > ?"
                f" AND l.scope {op} ? AND (l.origin <> ? OR l.echo = 1))"
                " ORDER BY record_id LIMIT ?",
                (table, operand, after, at, operand, self.device.id, self.changes_left),
            )
            for record_id, fields, stamps, deleted, review, _ in rows:
                out.changes.append(PulledChange(
                    seq=at, table=table, id=record_id, op="snapshot", fields=json.loads(fields),
                    stamps=json.loads(stamps), deleted=bool(deleted), review=bool(review),
                    conflicts=self._open_conflicts(table, record_id) if review else [],
                ))  # fmt: skip
                after = record_id
                if self._spent(len(fields) + len(stamps) + 120):
                    return cursor.model_copy(update={"snapshot": f"{at}:{index}:{after}"})
            index, after = index + 1, ""  # a full page would have returned above
        if index < len(TABLE_ORDER):
            return cursor.model_copy(update={"snapshot": f"{at}:{index}:{after}"})
        return Cursor(scope=scope, seq=at)

    def _open_conflicts(self, table: str, record_id: str) -> list[WireConflict]:
        rows = self.tx.execute(
            "SELECT id, field, candidates, detected_at FROM conflicts"
            " WHERE table_name = ? AND record_id = ? AND resolved_at IS NULL",
            (table, record_id),
        )
        return [
            WireConflict(id=r[0], field=r[1], candidates=json.loads(r[2]), detected_at=r[3])
            for r in rows
        ]

    def _log(self, scope: str, cursor: Cursor, out: Pull) -> Cursor:
        if self.changes_left <= 0 or self.bytes_left <= 0:
            return cursor
        op, operand = like_pattern(scope)
        rows = self.tx.execute(
            f"SELECT {_LOG_COLUMNS} FROM log WHERE scope {op} ? AND server_seq > ?"
            " AND server_seq <= ? AND (origin <> ? OR echo = 1) ORDER BY server_seq LIMIT ?",
            (operand, cursor.seq, self.head, self.device.id, self.changes_left + 1),
        )
        seq = cursor.seq
        for row in rows:
            if self.changes_left <= 0 or self.bytes_left <= 0:
                return Cursor(scope=scope, seq=seq)
            out.changes.append(_pulled(row))
            seq = int(row[0])
            self._spent(len(row[4]) + len(row[5]) + len(row[8]) + 120)
        return Cursor(scope=scope, seq=self.head)

    def _checksum(self, scope: str) -> int:
        op, operand = like_pattern(scope)
        rows = self.tx.execute(
            f"SELECT COALESCE(SUM(rhash), 0) FROM records WHERE scope {op} ?", (operand,)
        )
        return int(rows[0][0])


def _pulled(row: tuple[Any, ...]) -> PulledChange:
    seq, table, record_id, op, fields, stamps, deleted, review, conflicts, hlc, user = row
    return PulledChange(
        seq=seq, table=table, id=record_id, op=op, fields=json.loads(fields),
        stamps=json.loads(stamps), deleted=bool(deleted), review=bool(review),
        conflicts=[WireConflict(**c) for c in json.loads(conflicts)], hlc=hlc, user=user,
    )  # fmt: skip
