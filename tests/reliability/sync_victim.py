"""Run as a process by test_kill_sync.py: a field laptop and the county server, both killed.

Loops forever: the feeder laptop saves a household (printed "F <code>" after COMMIT) and
pushes; the victim laptop saves one too ("V <code>") and syncs in small pages, so most of its
time is spent applying pulled changes while the server applies pushes. A kill -9 can land in
any of those transactions, on either side.
"""

from __future__ import annotations

import sys
from pathlib import Path

from subei_sync.client.engine import SyncEngine
from subei_sync.client.identity import load_identity
from subei_sync.client.transport import InMemoryTransport
from subei_sync.server.database import SqliteDatabase
from subei_sync.server.service import SyncService

from subei_mobile.households import register_household
from subei_mobile.models import Household, Person
from subei_mobile.store import open_store

TOWNSHIP = "620923100"
GRID = "62092310000101"


def main(root: str) -> None:
    base = Path(root)
    service = SyncService(SqliteDatabase(base / "server.sqlite3"), rate=1e6, burst=10**6)

    def handle(method: str, path: str, headers: dict[str, str], body: bytes) -> tuple[int, bytes]:
        reply = service.handle_sync(method, path, headers, body)
        return reply.status, reply.body

    transport = InMemoryTransport(handle)
    laptops = {}
    for name in ("feeder", "victim"):
        store = open_store(base / name, user_id=name)
        laptops[name] = (store, load_identity(store))
    n = laptops["victim"][0].conn.execute("SELECT COUNT(*) FROM households").fetchone()[0]
    while True:
        for name, tag in (("feeder", "F"), ("victim", "V")):
            n += 1
            store, identity = laptops[name]
            hh = Household(code=f"{tag}-{n:06d}-{id(store) % 997}", township_code=TOWNSHIP,
                           grid_code=GRID)  # fmt: skip
            head = Person(household_id=hh.id, name_mn="ᠲᠡᠰᠲ", relation="head")  # no pinyin import
            register_household(store, hh, [head])
            sys.stdout.write(f"{tag} {hh.code}\n")
            sys.stdout.flush()
            SyncEngine(store, transport, identity, batch=3).sync()


if __name__ == "__main__":
    main(sys.argv[1])


def bundle_main(root: str) -> None:
    """Loop: save ("B <code>"), write a USB bundle, the county imports it, the laptop imports
    the return bundle. A kill can land in the export, the server import or the return apply."""
    from subei_sync.client.bundle_commands import export_bundle, import_return
    from subei_sync.server.bundle_import import import_files
    from subei_sync.server.bundle_keys import load_or_create_keys

    base = Path(root)
    db = SqliteDatabase(base / "server" / "server.sqlite3")
    keys = load_or_create_keys(base / "server")
    store = open_store(base / "carrier", user_id="carrier")
    identity = load_identity(store)
    stick, back = base / "stick", base / "back"
    n = store.conn.execute("SELECT COUNT(*) FROM households").fetchone()[0]
    while True:
        n += 1
        hh = Household(code=f"B-{n:06d}", township_code=TOWNSHIP, grid_code=GRID)
        register_household(store, hh, [Person(household_id=hh.id, name_mn="ᠲᠡᠰᠲ", relation="head")])
        sys.stdout.write(f"B {hh.code}\n")
        sys.stdout.flush()
        carry(store, identity, db, keys, stick, back, export_bundle, import_files, import_return)


def carry(store, identity, db, keys, stick, back, export_bundle, import_files, import_return):  # type: ignore[no-untyped-def]
    """One trip of the stick: leftovers of a killed trip first (a replay is a no-op)."""
    export_bundle(store, identity, stick)
    files = sorted(stick.glob("*.subei"))
    import_files(db, keys, files, back)
    for path in files:
        path.unlink()
    for path in sorted(back.glob("*.subei")):
        import_return(store, identity, path.read_bytes())
        path.unlink()
