"""Run (forked) by test_kill_restore.py: save, sync, back up, restore and re-base, forever.

One encrypted field laptop and the county server in one process, both killed by kill -9 at a
random moment. Each loop: save a household (printed "V <code>" after COMMIT) and sync; every
second loop write a verified backup ("B <file>" once it is renamed and checked); every third
loop put the laptop back from a random earlier backup (its store kept aside) and sync, which
re-bases it onto the server. So kills land in saves, syncs, backup writes and verifies,
restores (decrypt, the two moves) and re-base syncs.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from subei_sync.client.engine import SyncEngine
from subei_sync.client.identity import load_identity
from subei_sync.client.transport import InMemoryTransport
from subei_sync.protocol.rebase import REBASE_PATH
from subei_sync.server.bundle_keys import load_or_create_keys
from subei_sync.server.database import SqliteDatabase
from subei_sync.server.service import SyncService

from subei_mobile.households import register_household
from subei_mobile.models import Household, Person
from subei_mobile.security import accounts
from subei_mobile.store.backup import SUFFIX, write_backup
from subei_mobile.store.restore import restore_backup

TOWNSHIP = "620923100"
GRID = "62092310000101"
USER, PASSWORD = "wang", "grassland-2026"


def service_in(base: Path) -> SyncService:
    """Return the county server of the run (SQLite, with its signing key)."""
    keys = load_or_create_keys(base / "server")
    db = SqliteDatabase(base / "server" / "server.sqlite3")
    return SyncService(db, rate=1e6, burst=10**6, signer=keys.signer)


def transport_to(service: SyncService) -> InMemoryTransport:
    """Return a transport calling the service (sync and re-base)."""

    def handle(method: str, path: str, headers: dict[str, str], body: bytes) -> tuple[int, bytes]:
        serve = service.handle_rebase if path == REBASE_PATH else service.handle_sync
        reply = serve(method, path, headers, body)
        return reply.status, reply.body

    return InMemoryTransport(handle)


def main(root: str) -> None:
    base = Path(root)
    laptop, stick = base / "laptop", base / "stick"
    transport = transport_to(service_in(base))
    rng = random.Random()
    store = accounts.login(laptop, USER, PASSWORD)
    n = store.conn.execute("SELECT COUNT(*) FROM households").fetchone()[0] + rng.randrange(10**6)
    loop = 0
    while True:
        loop += 1
        n += 1
        hh = Household(code=f"V-{n:07d}", township_code=TOWNSHIP, grid_code=GRID)
        register_household(store, hh, [Person(household_id=hh.id, name_mn="ᠲᠡᠰᠲ", relation="head")])
        sys.stdout.write(f"V {hh.code}\n")
        sys.stdout.flush()
        SyncEngine(store, transport, load_identity(store), batch=3).sync()
        if loop % 2 == 0:
            report = write_backup(store, stick)
            sys.stdout.write(f"B {report.path.name}\n")
            sys.stdout.flush()
        backups = sorted(stick.glob(f"*{SUFFIX}"))
        if loop % 3 == 0 and backups:
            store.close()
            restore_backup(rng.choice(backups), laptop, user=USER, password=PASSWORD, replace=True)
            store = accounts.login(laptop, USER, PASSWORD)
            SyncEngine(store, transport, load_identity(store), batch=3).sync()
