"""A real `subei-server serve` process on loopback, and laptops that sync with it over HTTP.

The laptops are local stores driven through the sync library (not the CLI), so a test can
also play a modified build: change an outbox row on disk before the engine sends it.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from subei_sync.client.identity import enrolment_request, new_key, save_identity
from subei_sync.client.transport import HttpTransport
from subei_sync.protocol.wire import EnrolResponse
from subei_sync.server.database import Database, PostgresDatabase, SqliteDatabase
from subei_sync.server.devices import add_device
from sync_harness import TOWNSHIP, Laptop

from subei_mobile.store import open_store

BIN = Path(sys.executable).parent


def free_port() -> int:
    """Return a TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class LoopbackServer:
    """The running server: its URL, process, log file and a database handle of its own."""

    url: str
    proc: subprocess.Popen[bytes]
    log: Path
    db: Database

    def laptop(self, root: Path, name: str, role: str, grid: str = "") -> Laptop:
        """Create a device and enrol a new local store as it, over HTTP."""
        _, code = add_device(self.db, TOWNSHIP, grid, role, name)
        store = open_store(root / name, user_id=f"user-{name}")
        key = new_key()
        reply = httpx.post(self.url + "/v1/enrol",
                           content=enrolment_request(store, code, key).model_dump_json(),
                           headers={"Content-Type": "application/json"}, timeout=30)  # fmt: skip
        assert reply.status_code == 200, reply.text
        identity = save_identity(store, self.url, key, EnrolResponse.model_validate_json(reply.content))
        return Laptop(name, store, identity, HttpTransport(self.url))

    def rss_mb(self) -> float:
        """Return the server process's resident memory now."""
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        raise RuntimeError("no VmRSS")


@contextmanager
def loopback_server(root: Path, db_url: str) -> Iterator[LoopbackServer]:
    """Run `subei-server serve` on a free port over db_url (an SQLite path or a PG URL)."""
    data = root / "server"
    port = free_port()
    db_args = ["--db", db_url] if db_url.startswith("postgresql") else []
    log = root / "server.log"
    with open(log, "wb") as err:
        proc = subprocess.Popen(
            [str(BIN / "subei-server"), "--data-dir", str(data), *db_args, "serve",
             "--port", str(port)], stderr=err,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                if httpx.get(url + "/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            raise RuntimeError("server did not start: " + log.read_text()[-500:])
        db: Database = (PostgresDatabase(db_url) if db_url.startswith("postgresql")
                        else SqliteDatabase(data / "server.sqlite3"))  # fmt: skip
        try:
            yield LoopbackServer(url, proc, log, db)
        finally:
            db.close()
    finally:
        proc.terminate()
        proc.wait(timeout=20)
