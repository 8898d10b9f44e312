"""A real `subei-server serve` process on loopback, and laptops that sync with it over HTTP.

The laptops are local stores driven through the sync library (not the CLI), so a test can
also play a modified build: change an outbox row on disk before the engine sends it.
"""

from __future__ import annotations

import asyncio
import contextlib
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from live_server import BIN, free_port, wait_until_healthy
from subei_sync.client.identity import enrolment_request, new_key, save_identity
from subei_sync.client.transport import HttpTransport
from subei_sync.protocol.wire import EnrolResponse
from subei_sync.server.database import Database, PostgresDatabase, SqliteDatabase
from subei_sync.server.devices import add_device
from sync_harness import TOWNSHIP, Laptop

from subei_mobile.store import open_store


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
        identity = save_identity(
            store, self.url, key, EnrolResponse.model_validate_json(reply.content)
        )
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
        wait_until_healthy(url, log)
        db: Database = (PostgresDatabase(db_url) if db_url.startswith("postgresql")
                        else SqliteDatabase(data / "server.sqlite3"))  # fmt: skip
        try:
            yield LoopbackServer(url, proc, log, db)
        finally:
            db.close()
    finally:
        proc.terminate()
        proc.wait(timeout=20)


async def raw_post(url: str, path: str, headers: dict[str, str], body: bytes) -> int:
    """POST over a bare socket and return the status; stop sending once the server answers.

    A server that refuses a request from its headers answers before reading the body; a
    client library would report the reset as an error, this one reports the answer.
    """
    host, port = url.removeprefix("http://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    head = [f"POST {path} HTTP/1.1", f"Host: {host}", f"Content-Length: {len(body)}",
            *(f"{k}: {v}" for k, v in headers.items()), "", ""]  # fmt: skip
    writer.write("\r\n".join(head).encode())

    async def send() -> None:
        with contextlib.suppress(ConnectionError):
            for start in range(0, len(body), 65536):
                writer.write(body[start : start + 65536])
                await writer.drain()

    sending = asyncio.create_task(send())
    try:
        status_line = await reader.readline()
    finally:
        sending.cancel()
        with contextlib.suppress(asyncio.CancelledError, ConnectionError):
            await sending
        writer.close()
        with contextlib.suppress(ConnectionError):
            await writer.wait_closed()
    return int(status_line.split()[1]) if status_line else 0


class PeakRss(threading.Thread):
    """Samples a process's resident memory every few milliseconds; `grown()` is peak - start."""

    def __init__(self, server: LoopbackServer) -> None:
        super().__init__(daemon=True)
        self.server = server
        self.base = server.rss_mb()
        self.peak = self.base
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.005):
            self.peak = max(self.peak, self.server.rss_mb())

    def grown(self) -> float:
        """Stop sampling; return how far the peak rose above the start, in MB."""
        self.done.set()
        self.join()
        return self.peak - self.base
