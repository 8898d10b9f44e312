"""Apply a device's pushed changes: authorise each, merge by the shared rules, log outcomes."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from subei_mobile.ids import new_id
from subei_mobile.store.schema import TABLES, TableSpec

from ..protocol.checksums import covers, record_hash
from ..protocol.rules import DELETED, Outcome, RecordState, merge
from ..protocol.wire import PushedChange, Rejection, SyncRequest
from .database import Tx
from .devices import Device
from .values import (
    INVALID_VALUE,
    chosen_value,
    record_rejection,
    recorded_rejections,
    refusal_of,
)

RESOLUTION_TABLE = "conflicts"


class PushRefused(Exception):
    """The whole request is refused (nothing applied); `code` and `status` are safe to show."""

    def __init__(self, code: str, status: int) -> None:
        super().__init__(code)
        self.code = code
        self.status = status


@dataclass
class PushResult:
    """The device's new high-water mark, refused changes and outcomes logged."""

    ack: int
    rejected: list[Rejection] = field(default_factory=list)
    logged: int = 0
    conflicts: int = 0


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class Applier:
    """Pushes of one request inside one serialised write transaction."""

    def __init__(
        self, tx: Tx, device: Device, refused: dict[tuple[str, str], str] | None = None
    ) -> None:
        self.tx = tx
        self.device = device
        self.refused = refused or {}  # (table, id) -> code decided before applying
        self.head = int(tx.execute("SELECT value FROM seq_counter WHERE id = 1")[0][0])
        self.at = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")

    def push(self, request: SyncRequest) -> PushResult:
        """Apply the changes after the device's high-water mark; skip the rest (retries)."""
        rows = self.tx.execute(
            "SELECT status, high_water FROM devices WHERE id = ?", (self.device.id,)
        )
        if not rows or rows[0][0] != "active":
            raise PushRefused("device_revoked", 401)
        hwm = int(rows[0][1])
        if request.acked > hwm:
            raise PushRefused("ack_ahead_of_server", 409)  # a reordered or forged request
        seqs = [c.seq for c in request.changes]
        if seqs != sorted(set(seqs)):
            raise PushRefused("changes_out_of_order", 422)
        result = PushResult(ack=hwm)
        retried = [c.seq for c in request.changes if c.seq <= hwm]
        if retried:  # the answer to an earlier try was lost: say again what was refused
            result.rejected += recorded_rejections(self.tx, self.device.id, retried)
        for change in request.changes:
            if change.seq <= hwm:
                continue
            code = self._apply(change, result)
            if isinstance(code, Rejection):
                result.rejected.append(code.model_copy(update={"seq": change.seq}))
            elif code:
                result.rejected.append(Rejection(seq=change.seq, code=code))
            if code:
                record_rejection(self.tx, self.device.id, result.rejected[-1])
            result.ack = change.seq
        self.tx.execute(
            "UPDATE devices SET high_water = ?, last_seen = ? WHERE id = ?",
            (result.ack, self.at, self.device.id),
        )
        self.tx.execute("UPDATE seq_counter SET value = ? WHERE id = 1", (self.head,))
        return result

    def _apply(self, ch: PushedChange, result: PushResult) -> str | Rejection | None:
        if (ch.table, ch.id) in self.refused:
            return self.refused[(ch.table, ch.id)]
        if ch.table == RESOLUTION_TABLE:
            return self._resolve(ch)
        spec = TABLES.get(ch.table)
        if spec is None:
            return "unknown_table"
        found = self._record(spec.name, ch.id)
        scope = found[0] if found else self._new_scope(spec, ch)
        if scope is None:
            return "unknown_parent"
        if not self._may_touch(scope) or not self._may_touch(_moved_scope(spec, ch, found, scope)):
            return "scope_denied"
        invalid = refusal_of(spec, ch, found[1].fields if found else None)
        if invalid is not None:
            return invalid
        outcome = merge(spec, found[1] if found else None, ch, self.device.id)
        if outcome.rejected:
            return outcome.rejected
        if outcome.noop or outcome.state is None:
            return None
        if "township_code" in spec.column_names:
            fields = outcome.state.fields
            scope = f"{fields.get('township_code') or ''}/{fields.get('grid_code') or ''}"
        self._save(spec, ch, scope, outcome, exists=found is not None)
        result.logged += 1
        result.conflicts += len(outcome.conflicts)
        return None

    def _may_touch(self, scope: str) -> bool:
        return any(covers(s, scope) for s in self.device.scopes)

    def _record(self, table: str, record_id: str) -> tuple[str, RecordState] | None:
        rows = self.tx.execute(
            "SELECT scope, fields, stamps, deleted, review FROM records"
            " WHERE table_name = ? AND record_id = ?",
            (table, record_id),
        )
        if not rows:
            return None
        scope, fields, stamps, deleted, review = rows[0]
        return scope, RecordState(
            json.loads(fields), json.loads(stamps), bool(deleted), bool(review)
        )

    def _new_scope(self, spec: TableSpec, ch: PushedChange) -> str | None:
        if "township_code" in spec.column_names:
            return f"{ch.fields.get('township_code') or ''}/{ch.fields.get('grid_code') or ''}"
        if spec.parent is not None:
            fk, parent = spec.parent
            found = self._record(parent, str(ch.fields.get(fk) or ""))
            return found[0] if found else None
        if spec.name == "attachments":
            found = self._record(str(ch.fields.get("owner_table")), str(ch.fields.get("owner_id")))
            return found[0] if found else None
        return None

    def _save(
        self, spec: TableSpec, ch: PushedChange, scope: str, out: Outcome, *, exists: bool
    ) -> None:
        state = out.state
        assert state is not None
        rhash = record_hash(spec.name, ch.id, state.fields, state.deleted)
        params = (scope, _json(state.fields), _json(state.stamps), int(state.deleted),
                  int(state.review), rhash, spec.name, ch.id)  # fmt: skip
        if exists:
            self.tx.execute(
                "UPDATE records SET scope = ?, fields = ?, stamps = ?, deleted = ?, review = ?,"
                " rhash = ? WHERE table_name = ? AND record_id = ?",
                params,
            )
        else:
            self.tx.execute(
                "INSERT INTO records (scope, fields, stamps, deleted, review, rhash, table_name,"
                " record_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                params,
            )
        conflicts = []
        for name, candidates in out.conflicts:
            row = {"id": new_id(), "field": name, "candidates": candidates, "detected_at": self.at}
            self.tx.execute(
                "INSERT INTO conflicts (id, table_name, record_id, field, candidates, detected_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (row["id"], spec.name, ch.id, name, _json(candidates), self.at),
            )
            conflicts.append(row)
        op = ch.op if not (ch.op == "insert" and exists) else "update"
        self._log(
            ch, spec.name, ch.id, op, out.fields, out.stamps, state, conflicts, scope, out.echo
        )

    def _log(
        self, ch: PushedChange, table: str, record_id: str, op: str, fields: dict[str, Any],
        stamps: dict[str, str], state: RecordState, conflicts: list[dict[str, Any]], scope: str,
        echo: bool,
    ) -> None:  # fmt: skip
        self.head += 1
        self.tx.execute(
            "INSERT INTO log (server_seq, origin, device_seq, table_name, record_id, op, fields,"
            " stamps, deleted, review, conflicts, scope, hlc, user_id, echo)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (self.head, self.device.id, ch.seq, table, record_id, op, _json(fields), _json(stamps),
             int(state.deleted), int(state.review), _json(conflicts), scope, ch.hlc, ch.user,
             int(echo)),
        )  # fmt: skip

    def _resolve(self, ch: PushedChange) -> str | Rejection | None:
        """Close a conflict chosen by the township office and apply the chosen value with it.

        The resolution carries its value (`resolution` = {"choice", "value"}): both apply in
        this transaction or neither does, so a refused resolution never leaves its value
        applied (a field-staff laptop's value change used to be accepted on its own).
        """
        if self.device.role != "township-office":
            return "role_denied"
        rows = self.tx.execute(
            "SELECT table_name, record_id, field, candidates, detected_at, resolved_at"
            " FROM conflicts WHERE id = ?",
            (ch.id,),
        )
        if not rows:
            return "unknown_record"
        table, record_id, name, candidates, detected_at, resolved_at = rows[0]
        found = self._record(table, record_id)
        if found is None or not self._may_touch(found[0]):
            return "scope_denied"
        if resolved_at:
            return None
        chosen = chosen_value(ch)
        if chosen is None:
            return Rejection(seq=ch.seq, code=INVALID_VALUE, field="resolution", issue="format")
        scope, state = found
        fields, stamps = {}, {}
        if name == DELETED:
            state.deleted = bool(chosen[0])
        elif state.fields.get(name) != chosen[0]:
            refusal = refusal_of(TABLES[table], ch.model_copy(update={"op": "update",
                                 "fields": {name: chosen[0]}}), state.fields)  # fmt: skip
            if refusal is not None:
                return refusal
            state.fields[name], state.stamps[name] = chosen[0], ch.hlc
            fields, stamps = {name: chosen[0]}, {name: ch.hlc}
        by, at = (
            str(ch.fields.get("resolved_by") or ch.user),
            str(ch.fields.get("resolved_at") or self.at),
        )
        resolution = str(ch.fields.get("resolution") or "")
        self.tx.execute(
            "UPDATE conflicts SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ?",
            (at, by, resolution, ch.id),
        )
        still_open = self.tx.execute(
            "SELECT COUNT(*) FROM conflicts WHERE table_name = ? AND record_id = ?"
            " AND resolved_at IS NULL",
            (table, record_id),
        )[0][0]
        state.review = bool(still_open)
        self.tx.execute(
            "UPDATE records SET fields = ?, stamps = ?, deleted = ?, review = ?, rhash = ?"
            " WHERE table_name = ? AND record_id = ?",
            (_json(state.fields), _json(state.stamps), int(state.deleted), int(state.review),
             record_hash(table, record_id, state.fields, state.deleted), table, record_id),
        )  # fmt: skip
        conflict = {"id": ch.id, "field": name, "candidates": json.loads(candidates),
                    "detected_at": detected_at, "resolved_at": at, "resolved_by": by,
                    "resolution": resolution}  # fmt: skip
        self._log(ch, table, record_id, "resolve", fields, stamps, state, [conflict], scope, True)
        return None


def _moved_scope(
    spec: TableSpec, ch: PushedChange, found: tuple[str, RecordState] | None, scope: str
) -> str:
    """Return the scope after the change, when it edits the record's own place."""
    if found is None or "township_code" not in spec.column_names:
        return scope
    if not ({"township_code", "grid_code"} & set(ch.fields)):
        return scope
    merged = {**found[1].fields, **ch.fields}
    return f"{merged.get('township_code') or ''}/{merged.get('grid_code') or ''}"
