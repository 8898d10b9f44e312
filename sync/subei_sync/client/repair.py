"""Repair a scope whose checksum differs from the server's by id range, not by re-download.

The server splits the scope's id space into parts of about equal count with a checksum each
(protocol/ranges.py); parts whose sums differ from ours are split again until the server holds
at most LEAF_SIZE records in them; then only those leaves are fetched. In one local transaction
each fetched record replaces ours (fields with unsent local changes are kept, as for any pulled
change) and local records of a leaf that the server does not have are deleted, unless they, or
records that depend on them, have unsent local changes. Round trips: about
log_16(scope size / LEAF_SIZE) small ones, plus one per ~2,000 fetched records.
"""

from __future__ import annotations

import bisect
import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

from pydantic import ValidationError

from subei_mobile.store import Store, audit
from subei_mobile.store.remote import RemoteChange, pending_fields, remote_batch, scoped_rows
from subei_mobile.store.schema import TABLES
from subei_mobile.store.search_index import unindex_person

from ..protocol import frames
from ..protocol.checksums import covers, record_hash
from ..protocol.ranges import (
    LEAF_SIZE,
    MAX_FETCH_RECORDS,
    MAX_RANGES,
    RANGES_PATH,
    IdRange,
    RangeRecords,
    RangeRequest,
    RangeResponse,
)
from .identity import Identity
from .transport import Transport, Unreachable

MAX_DEPTH = 12  # 16^12 parts: far past any scope; a guard against a misbehaving server


class RepairUnavailable(Exception):
    """The server cannot repair by range (an older server, or refused): use a snapshot."""


@dataclass
class RepairStats:
    """What one range repair did, for the sync result and the tests."""

    rounds: int = 0
    ranges_split: int = 0
    leaves: int = 0
    records_fetched: int = 0
    records_written: int = 0
    records_deleted: int = 0
    records_kept: int = 0  # local-only records kept for their unsent changes
    bytes_up: int = 0
    bytes_down: int = 0
    scope_sizes: dict[str, int] = field(default_factory=dict)  # server records per scope


@dataclass
class _Local:
    """This replica's records of one scope: sorted ids, their tables and prefix sums."""

    ids: list[str]
    tables: list[str]
    prefix: list[int]

    def part(self, lo: str, hi: str) -> tuple[int, int, int]:
        start = bisect.bisect_left(self.ids, lo)
        end = max(start, bisect.bisect_left(self.ids, hi) if hi else len(self.ids))
        return start, end, self.prefix[end] - self.prefix[start]


def _local_index(store: Store, scopes: list[str]) -> dict[str, _Local]:
    rows: dict[str, list[tuple[str, str, int]]] = {s: [] for s in scopes}
    for scope, table, record_id, values, deleted in scoped_rows(store.conn):
        for key in scopes:
            if covers(key, scope):
                rows[key].append((record_id, table, record_hash(table, record_id, values, deleted)))
    out = {}
    for key, items in rows.items():
        items.sort()
        prefix = [0]
        for item in items:
            prefix.append(prefix[-1] + item[2])
        out[key] = _Local([i[0] for i in items], [i[1] for i in items], prefix)
    return out


class RangeRepair:
    """Narrows mismatching scopes down to small id ranges and repairs only those."""

    def __init__(self, store: Store, transport: Transport, identity: Identity) -> None:
        self.store = store
        self.transport = transport
        self.identity = identity
        self.stats = RepairStats()

    def run(self, scopes: list[str]) -> RepairStats:
        """Repair the scopes; raise RepairUnavailable or Unreachable when it cannot be done."""
        local = _local_index(self.store, scopes)
        leaves: list[IdRange] = []
        pending = [(IdRange(scope=s), 0) for s in scopes]
        while pending:
            batch, pending = pending[:MAX_RANGES], pending[MAX_RANGES:]
            answer = self._ask(RangeRequest(split=[r for r, _ in batch]))
            if len(answer.splits) != len(batch):
                raise RepairUnavailable("short_answer")
            self.stats.ranges_split += len(batch)
            for (asked, depth), split in zip(batch, answer.splits, strict=True):
                if asked.lo == "" and asked.hi == "":
                    self.stats.scope_sizes[asked.scope] = sum(p.count for p in split.parts)
                for part in split.parts:
                    start, end, total = local[asked.scope].part(part.lo, part.hi)
                    if (end - start, total) == (part.count, part.sum):
                        continue
                    child = IdRange(scope=asked.scope, lo=part.lo, hi=part.hi)
                    if part.count <= LEAF_SIZE or depth + 1 >= MAX_DEPTH or child == asked:
                        leaves.append(child)
                    else:
                        pending.append((child, depth + 1))
        self.stats.leaves = len(leaves)
        fetched = self._fetch(leaves)
        self._apply(local, fetched)
        return self.stats

    def _fetch(self, leaves: list[IdRange]) -> list[RangeRecords]:
        out: list[RangeRecords] = []
        while leaves:
            batch = leaves[: max(1, min(MAX_RANGES, MAX_FETCH_RECORDS // LEAF_SIZE))]
            answer = self._ask(RangeRequest(fetch=batch))
            if not answer.records:
                raise RepairUnavailable("empty_answer")
            out.extend(answer.records)
            self.stats.records_fetched += sum(len(r.changes) for r in answer.records)
            leaves = leaves[len(answer.records) :]
        return out

    def _ask(self, request: RangeRequest) -> RangeResponse:
        body = frames.encode(request)
        answer = self.transport.post(RANGES_PATH, body, {
            **self.identity.sign("POST", RANGES_PATH, body),
            "Content-Type": frames.CONTENT_TYPE,
        })  # fmt: skip
        self.stats.rounds += 1
        self.stats.bytes_up += len(body)
        self.stats.bytes_down += len(answer.body)
        if answer.status >= 500 or answer.status == 429:
            raise Unreachable(f"status_{answer.status}")
        if answer.status != 200:
            raise RepairUnavailable(f"status_{answer.status}")
        try:
            return frames.decode(answer.body, RangeResponse)
        except (frames.FrameError, ValidationError):
            raise Unreachable("answer_corrupt") from None

    def _apply(self, local: dict[str, _Local], fetched: list[RangeRecords]) -> None:
        if not fetched:
            return
        with remote_batch(self.store) as batch:
            victims: list[tuple[str, str]] = []
            for leaf in fetched:
                index = local[leaf.range.scope]
                start, end, _ = index.part(leaf.range.lo, leaf.range.hi)
                ours = {(index.tables[i], index.ids[i]): i for i in range(start, end)}
                theirs = set()
                for change in leaf.changes:
                    theirs.add((change.table, change.id))
                    at = ours.get((change.table, change.id))
                    if at is not None and index.prefix[at + 1] - index.prefix[at] == record_hash(
                        change.table, change.id, change.fields, change.deleted
                    ):
                        continue  # same values here already
                    batch.apply(RemoteChange(
                        table=change.table, record_id=change.id, op=change.op,
                        fields=change.fields, stamps=change.stamps, deleted=change.deleted,
                        review=change.review, conflicts=[c.model_dump() for c in change.conflicts],
                    ))  # fmt: skip
                    self.stats.records_written += 1
                victims += [key for key in ours if key not in theirs]
            deleted, kept = delete_local_records(self.store, batch.conn, victims, "sync.repair")
            self.stats.records_deleted += deleted
            self.stats.records_kept += kept


_CHILDREN: dict[str, list[tuple[str, str]]] = {
    name: [(s.name, s.parent[0]) for s in TABLES.values() if s.parent and s.parent[1] == name]
    for name in TABLES
}
_ORDER = {name: i for i, name in enumerate(TABLES)}


def delete_local_records(
    store: Store, conn: sqlite3.Connection, victims: Iterable[tuple[str, str]], action: str
) -> tuple[int, int]:
    """Delete local rows (children first) inside the caller's transaction; return (deleted, kept).

    A row with unsent local changes stays, and so does every row that a staying row needs (its
    parent, the owner of an attachment), so the store stays consistent until the server rules.
    """
    deleted = kept = 0
    for table, record_id in sorted(set(victims), key=lambda v: -_ORDER.get(v[0], 0)):
        if table not in TABLES:
            continue
        needed = (
            any(
                conn.execute(
                    f"SELECT 1 FROM {child} WHERE {fk} = ? LIMIT 1", (record_id,)
                ).fetchone()
                for child, fk in _CHILDREN[table]
            )
            or conn.execute(
                "SELECT 1 FROM attachments WHERE owner_table = ? AND owner_id = ? LIMIT 1",
                (table, record_id),
            ).fetchone()
        )
        if needed or pending_fields(conn, table, record_id):
            kept += 1
            continue
        conn.execute(f"DELETE FROM {table} WHERE id = ?", (record_id,))
        conn.execute(
            "DELETE FROM conflicts WHERE table_name = ? AND record_id = ?", (table, record_id)
        )
        if table == "persons":
            unindex_person(conn, record_id)
        audit.append(conn, {
            "at": dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds"),
            "user_id": store.user_id, "device_id": store.device_id,
            "action": action, "table_name": table, "record_id": record_id,
            "content_hash": audit.content_hash([table, record_id, action]),
        })  # fmt: skip
        deleted += 1
    return deleted, kept


def repair_by_range(
    store: Store, transport: Transport, identity: Identity, scopes: list[str]
) -> RepairStats:
    """Repair mismatching scopes by range; raise RepairUnavailable to fall back to a snapshot."""
    return RangeRepair(store, transport, identity).run(scopes)
