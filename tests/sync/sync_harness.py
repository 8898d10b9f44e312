"""Shared pieces of the sync tests: a server over a database, enrolled laptops, records."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from subei_sync.client.engine import SyncEngine, SyncResult, local_checksums
from subei_sync.client.identity import Identity, enrolment_request, new_key, save_identity
from subei_sync.client.transport import InMemoryTransport, Transport
from subei_sync.protocol.ranges import RANGES_PATH
from subei_sync.protocol.rebase import REBASE_PATH
from subei_sync.protocol.wire import EnrolResponse
from subei_sync.server import migrations
from subei_sync.server.database import Database
from subei_sync.server.devices import add_device
from subei_sync.server.service import ENROL_PATH, SyncService

from subei_mobile.models import Household, Person
from subei_mobile.store import Store, open_store

TOWNSHIP = "620923100"
GRID_A = "62092310000101"
GRID_B = "62092310000102"
_codes = itertools.count(1)


@dataclass
class Laptop:
    """One enrolled field laptop."""

    name: str
    store: Store
    identity: Identity
    transport: Transport

    def sync(self, **kw: Any) -> SyncResult:
        """Sync until caught up."""
        return SyncEngine(self.store, self.transport, self.identity, **kw).sync()

    def checksums(self) -> dict[str, int]:
        """Return this laptop's checksums of its scopes."""
        return local_checksums(self.store, self.identity.scopes)


def service_over(db: Database) -> SyncService:
    """Return a migrated sync service."""
    migrations.migrate(db)
    return SyncService(db)


def in_memory(service: SyncService) -> InMemoryTransport:
    """Return a transport calling the service directly."""

    def handle(method: str, path: str, headers: dict[str, str], body: bytes) -> tuple[int, bytes]:
        if path == ENROL_PATH:
            reply = service.handle_enrol(body)
            return reply.status, reply.body
        serve = {RANGES_PATH: service.handle_ranges, REBASE_PATH: service.handle_rebase}.get(
            path, service.handle_sync
        )
        reply = serve(method, path, headers, body)
        return reply.status, reply.body

    return InMemoryTransport(handle)


def enrol_laptop(
    service: SyncService, root: Path, name: str, role: str, grid: str = "",
    transport: Transport | None = None, store: Store | None = None,
) -> Laptop:  # fmt: skip
    """Create a device on the server and enrol a new (or the given) local store as it."""
    _, code = add_device(service.db, TOWNSHIP, grid, role, name)
    key = new_key()
    store = store or open_store(root / name, user_id=f"user-{name}")
    # The request carries the audit chain's position, so the server verifies later entries.
    reply = service.handle_enrol(enrolment_request(store, code, key).model_dump_json().encode())
    assert reply.status == 200, reply.body
    identity = save_identity(store, "memory://", key, EnrolResponse.model_validate_json(reply.body))
    return Laptop(name, store, identity, transport or in_memory(service))


def add_household(store: Store, grid: str, **extra: Any) -> tuple[str, str]:
    """Insert a household with one person; return (household id, person id)."""
    hh = Household(code=f"T-{next(_codes):06d}", township_code=TOWNSHIP, grid_code=grid, **extra)
    person = Person(household_id=hh.id, name_zh="测试", relation="head")
    with store.transaction() as tx:
        tx.insert(hh)
        tx.insert(person)
    return hh.id, person.id


def edit(store: Store, table: str, record_id: str, **changes: Any) -> None:
    """Change fields of a record in one local transaction."""
    with store.transaction() as tx:
        tx.update(table, record_id, changes)


def table_state(store: Store, table: str) -> dict[str, tuple[Any, ...]]:
    """Return id -> (data columns..., deleted) of every row of a table."""
    rows = store.conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
    skip = {"id", "_version", "_review", "_hlc"}
    return {r["id"]: tuple(r[k] for k in r.keys() if k not in skip) for r in rows}  # noqa: SIM118 - sqlite3.Row iterates values


def open_conflict_count(store: Store) -> int:
    """Return the number of unresolved local conflicts."""
    return int(store.conn.execute(
        "SELECT COUNT(*) FROM conflicts WHERE resolved_at IS NULL"
    ).fetchone()[0])  # fmt: skip
