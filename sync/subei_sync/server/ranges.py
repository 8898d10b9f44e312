"""The server side of range repair: split id ranges with checksums, serve small ranges whole.

Authorised like a sync: a signed request from an active device, and only scopes the device
follows. One read transaction per request, so the sums and records agree with each other.
Ids are compared as Python strings (code-point order) on both sides, never in SQL, so the
database collation (PostgreSQL's locale order ignores '-') cannot make the replicas disagree.
"""

from __future__ import annotations

import bisect
import itertools
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass

from pydantic import ValidationError

from subei_mobile.store.schema import TABLES

from ..protocol import frames
from ..protocol.checksums import like_pattern
from ..protocol.ranges import (
    FANOUT,
    MAX_FETCH_RECORDS,
    IdRange,
    RangePart,
    RangeRecords,
    RangeRequest,
    RangeResponse,
    RangeSplit,
)
from ..protocol.wire import PulledChange, WireConflict
from .database import Database, Tx
from .devices import AuthError, Device, authenticate

log = logging.getLogger("subei_sync.server")
TABLE_ORDER = list(TABLES)


@dataclass(frozen=True)
class RangeReply:
    """Status, body and content type of an answer (the service wraps it in its Reply)."""

    status: int
    body: bytes
    content_type: str = "application/json"


def _error(status: int, code: str) -> RangeReply:
    return RangeReply(status, json.dumps({"code": code}).encode())


@dataclass
class _ScopeIndex:
    """A scope's records as (id, table, rhash), sorted by id, with prefix sums."""

    ids: list[str]
    tables: list[str]
    prefix: list[int]  # prefix[i] = sum of rhash of the first i records

    def bounds(self, lo: str, hi: str) -> tuple[int, int]:
        start = bisect.bisect_left(self.ids, lo)
        end = bisect.bisect_left(self.ids, hi) if hi else len(self.ids)
        return start, max(start, end)


def _index(tx: Tx, scope: str) -> _ScopeIndex:
    op, operand = like_pattern(scope)
    rows = sorted(
        (str(r[0]), str(r[1]), int(r[2]))
        for r in tx.execute(
            f"SELECT record_id, table_name, rhash FROM records WHERE scope {op} ?", (operand,)
        )
    )
    prefix = [0]
    for row in rows:
        prefix.append(prefix[-1] + row[2])
    return _ScopeIndex([r[0] for r in rows], [r[1] for r in rows], prefix)


def split_range(index: _ScopeIndex, wanted: IdRange) -> RangeSplit:
    """Return up to FANOUT parts of about equal count that cover [lo, hi) without gaps."""
    start, end = index.bounds(wanted.lo, wanted.hi)
    n = end - start
    cuts = sorted({index.ids[start + (i * n) // FANOUT] for i in range(1, FANOUT) if n > 1})
    edges = [wanted.lo, *[c for c in cuts if c > wanted.lo], wanted.hi]
    parts = []
    for lo, hi in itertools.pairwise(edges):
        a, b = index.bounds(lo, hi)
        parts.append(RangePart(lo=lo, hi=hi, count=b - a, sum=index.prefix[b] - index.prefix[a]))
    return RangeSplit(range=wanted, parts=parts)


def _open_conflicts(tx: Tx, table: str, record_id: str) -> list[WireConflict]:
    rows = tx.execute(
        "SELECT id, field, candidates, detected_at FROM conflicts"
        " WHERE table_name = ? AND record_id = ? AND resolved_at IS NULL",
        (table, record_id),
    )
    return [
        WireConflict(id=r[0], field=r[1], candidates=json.loads(r[2]), detected_at=r[3])
        for r in rows
    ]


def fetch_range(tx: Tx, index: _ScopeIndex, wanted: IdRange, head: int) -> RangeRecords:
    """Return every record of the range as a 'snapshot' change, parents' tables first."""
    start, end = index.bounds(wanted.lo, wanted.hi)
    out: list[PulledChange] = []
    by_table: dict[str, list[str]] = {}
    for i in range(start, end):
        by_table.setdefault(index.tables[i], []).append(index.ids[i])
    for table in sorted(by_table, key=lambda t: TABLE_ORDER.index(t) if t in TABLES else 99):
        ids = by_table[table]
        for chunk in (ids[i : i + 200] for i in range(0, len(ids), 200)):
            rows = tx.execute(
                "SELECT record_id, fields, stamps, deleted, review FROM records"
                f" WHERE table_name = ? AND record_id IN ({', '.join('?' * len(chunk))})"
                " ORDER BY record_id",
                (table, *chunk),
            )
            for record_id, fields, stamps, deleted, review in rows:
                out.append(PulledChange(
                    seq=head, table=table, id=record_id, op="snapshot",
                    fields=json.loads(fields), stamps=json.loads(stamps), deleted=bool(deleted),
                    review=bool(review),
                    conflicts=_open_conflicts(tx, table, record_id) if review else [],
                ))  # fmt: skip
    return RangeRecords(range=wanted, changes=out)


def answer_ranges(tx: Tx, device: Device, request: RangeRequest) -> RangeResponse | None:
    """Answer a range request in one read transaction; None when a scope is not the device's."""
    wanted = [*request.split, *request.fetch]
    if any(r.scope not in device.scopes for r in wanted):
        return None
    head = int(tx.execute("SELECT value FROM seq_counter WHERE id = 1")[0][0])
    indexes = {scope: _index(tx, scope) for scope in {r.scope for r in wanted}}
    answer = RangeResponse(head=head)
    answer.splits = [split_range(indexes[r.scope], r) for r in request.split]
    budget = MAX_FETCH_RECORDS
    for r in request.fetch:
        start, end = indexes[r.scope].bounds(r.lo, r.hi)
        if answer.records and end - start > budget:
            break  # the laptop asks again for the ranges left out
        answer.records.append(fetch_range(tx, indexes[r.scope], r, head))
        budget -= end - start
    return answer


def handle_ranges(
    db: Database, allow: Callable[[str], bool], method: str, path: str,
    headers: dict[str, str], body: bytes,
) -> RangeReply:  # fmt: skip
    """Authenticate a signed range request and answer it (frames both ways, like a sync)."""
    try:
        device = authenticate(db, method, path, headers, body)
    except AuthError as exc:
        return _error(401, exc.code)
    if not allow(device.id):
        return _error(429, "rate_limited")
    try:
        request = RangeRequest.model_validate(frames.decode_json(body))
    except frames.FrameError as exc:
        return _error(413 if exc.code == "frame_too_large" else 422, exc.code)
    except ValidationError:
        return _error(422, "bad_request")
    with db.transaction() as tx:
        answer = answer_ranges(tx, device, request)
    if answer is None:
        return _error(403, "scope_denied")
    log.info("ranges", extra={
        "event": "ranges", "device": device.id, "split": len(request.split),
        "fetch": len(request.fetch), "records": sum(len(r.changes) for r in answer.records),
    })  # fmt: skip
    return RangeReply(200, frames.encode(answer), frames.CONTENT_TYPE)
