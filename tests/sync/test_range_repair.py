"""Range repair: a laptop whose store drifted converges by fetching only the differing leaves."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from subei_sync.client.repair import delete_local_records
from subei_sync.client.transport import Answer, Transport
from subei_sync.protocol import frames
from subei_sync.protocol.checksums import subscription
from subei_sync.protocol.ranges import LEAF_SIZE, RANGES_PATH, IdRange, RangeRequest, RangeResponse
from subei_sync.protocol.wire import SyncRequest, SyncResponse
from subei_sync.server.service import SyncService
from sync_harness import GRID_A, GRID_B, TOWNSHIP, Laptop, add_household, enrol_laptop, table_state

from subei_mobile.models import Household

SCOPE = subscription(TOWNSHIP, GRID_A)


class Counting:
    """Counts what crosses the wire; can play an older server without the ranges endpoint."""

    def __init__(self, inner: Transport, *, ranges: bool = True) -> None:
        self.inner = inner
        self.ranges = ranges
        self.snapshots_asked = 0
        self.sync_records = 0
        self.range_records = 0
        self.range_calls = 0

    def post(self, path: str, body: bytes, headers: dict[str, str]) -> Answer:
        if path == RANGES_PATH:
            self.range_calls += 1
            if not self.ranges:
                return Answer(404, b'{"code":"not_found"}')
            answer = self.inner.post(path, body, headers)
            if answer.status == 200:
                decoded = frames.decode(answer.body, RangeResponse)
                self.range_records += sum(len(r.changes) for r in decoded.records)
            return answer
        request = frames.decode(body, SyncRequest)
        self.snapshots_asked += sum(1 for c in request.cursors if c.snapshot == "")
        answer = self.inner.post(path, body, headers)
        if answer.status == 200:
            self.sync_records += len(frames.decode(answer.body, SyncResponse).changes)
        return answer


def _pair(service: SyncService, tmp_path: Path, households: int) -> tuple[Laptop, Laptop]:
    a = enrol_laptop(service, tmp_path, "a", "field-staff", GRID_A)
    b = enrol_laptop(service, tmp_path, "b", "grid-worker", GRID_A)
    for _ in range(households):
        add_household(a.store, GRID_A)
    a.sync()
    b.sync()
    assert b.checksums() == a.checksums()
    return a, b


def _drift(b: Laptop) -> None:
    """Corrupt one record, lose another, and gain one the server never saw (no outbox row)."""
    conn = b.store.conn
    households = [r[0] for r in conn.execute("SELECT id FROM households ORDER BY id")]
    persons = [r[0] for r in conn.execute("SELECT id FROM persons ORDER BY id")]
    conn.execute("UPDATE households SET address_zh = '坏了' WHERE id = ?", (households[3],))
    conn.execute("DELETE FROM search_terms WHERE person_id = ?", (persons[-5],))
    conn.execute("DELETE FROM persons WHERE id = ?", (persons[-5],))
    ghost = Household(code="GHOST-1", township_code=TOWNSHIP, grid_code=GRID_A)
    with b.store.transaction() as tx:
        tx.insert(ghost)
    conn.execute("DELETE FROM changes WHERE record_id = ?", (ghost.id,))


def test_drifted_laptop_converges_by_range(service: SyncService, tmp_path: Path) -> None:
    a, b = _pair(service, tmp_path, households=300)  # 600 records in the scope
    _drift(b)
    assert b.checksums() != a.checksums()
    wire = Counting(b.transport)
    result = dataclasses.replace(b, transport=wire).sync()
    assert b.checksums() == a.checksums()
    for table in ("households", "persons"):
        assert table_state(b.store, table) == table_state(a.store, table)
    assert result.range_repaired == [SCOPE] and not result.repaired and not result.mismatched
    assert wire.snapshots_asked == 0  # the full-snapshot path was not used
    # Three changed leaves at most: the records fetched are O(leaves), not O(scope).
    assert wire.range_records == result.range_fetched <= 3 * LEAF_SIZE
    assert wire.sync_records == 0
    print(f"\nrange repair: {wire.range_records} records fetched of 600 in the scope,"
          f" {wire.range_calls} range requests")  # fmt: skip
    again = b.sync()
    assert not again.range_repaired and not again.mismatched


def test_older_server_falls_back_to_a_snapshot(service: SyncService, tmp_path: Path) -> None:
    a, b = _pair(service, tmp_path, households=20)
    conn = b.store.conn
    conn.execute(
        "UPDATE households SET address_zh = '坏了' WHERE id = (SELECT MIN(id) FROM households)"
    )
    wire = Counting(b.transport, ranges=False)
    result = dataclasses.replace(b, transport=wire).sync()
    assert result.repaired == [SCOPE] and wire.snapshots_asked == 1
    assert b.checksums() == a.checksums()


def test_ranges_are_authorised_by_scope(service: SyncService, tmp_path: Path) -> None:
    a = enrol_laptop(service, tmp_path, "a", "field-staff", GRID_A)
    add_household(a.store, GRID_A)
    a.sync()
    for scope, status in ((subscription(TOWNSHIP, GRID_B), 403), (f"{TOWNSHIP}/*", 403),
                          (SCOPE, 200)):  # fmt: skip
        body = frames.encode(RangeRequest(fetch=[IdRange(scope=scope)]))
        answer = a.transport.post(RANGES_PATH, body, a.identity.sign("POST", RANGES_PATH, body))
        assert answer.status == status, scope
    body = frames.encode(RangeRequest(split=[IdRange(scope=SCOPE)]))
    unsigned = a.transport.post(RANGES_PATH, body, {})
    assert unsigned.status == 401 and json.loads(unsigned.body)["code"] == "auth_missing"


def test_local_records_with_unsent_changes_are_kept(service: SyncService, tmp_path: Path) -> None:
    a = enrol_laptop(service, tmp_path, "a", "field-staff", GRID_A)
    hh, person = add_household(a.store, GRID_A)  # unsent: both have outbox rows
    conn = a.store.conn
    conn.execute("BEGIN IMMEDIATE")
    deleted, kept = delete_local_records(a.store, conn, [("households", hh)], "sync.repair")
    conn.execute("COMMIT")
    assert (deleted, kept) == (0, 1)
    conn.execute("UPDATE changes SET server_seq = 1")  # acknowledged now
    conn.execute("BEGIN IMMEDIATE")
    deleted, kept = delete_local_records(
        a.store, conn, [("households", hh), ("persons", person)], "sync.repair"
    )
    conn.execute("COMMIT")
    assert (deleted, kept) == (2, 0)
    assert not table_state(a.store, "households") and not table_state(a.store, "persons")
