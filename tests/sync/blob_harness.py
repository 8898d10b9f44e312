"""A transport that routes sync and blob requests to in-process services, with fault hooks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from subei_sync.client.transport import InMemoryTransport, Unreachable
from subei_sync.protocol.blobs import BLOB_PREFIX, MISSING_PATH
from subei_sync.server.blobs import BlobService
from subei_sync.server.service import Reply, SyncService

# Called before (False) and after (True) the server handled a request; may raise Unreachable.
Fault = Callable[[str, str, bool], None]


def routed(
    service: SyncService, blobs: BlobService, fault: Fault | None = None
) -> InMemoryTransport:
    """Return a transport that serves /v1/sync and /v1/blobs/* like the FastAPI app."""

    def handle(
        method: str, path: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, bytes, dict[str, str]]:
        if fault:
            fault(method, path, False)
        reply: Reply
        if path == MISSING_PATH:
            reply = blobs.handle_missing(method, path, headers, body)
        elif path.startswith(BLOB_PREFIX) and method == "PATCH":
            reply = blobs.handle_upload(method, path, headers, body, path[len(BLOB_PREFIX) :])
        elif path.startswith(BLOB_PREFIX):
            reply = blobs.handle_download(method, path, headers, path[len(BLOB_PREFIX) :])
        elif path == "/health":
            reply = Reply(200, b"{}")
        else:
            reply = service.handle_sync(method, path, headers, body)
        if fault:
            fault(method, path, True)
        return reply.status, reply.body, reply.headers

    return InMemoryTransport(handle)


class CutAfter:
    """Break the link on the n-th request of a method, before or after the server saw it."""

    def __init__(self, method: str, n: int, after: bool) -> None:
        self.method, self.n, self.after = method, n, after
        self.seen = 0
        self.armed = True

    def __call__(self, method: str, path: str, handled: bool) -> None:
        if not self.armed or method != self.method or handled != self.after:
            return
        self.seen += 1
        if self.seen == self.n:
            self.armed = False
            raise Unreachable("ConnectionResetError")


def blob_service(service: SyncService, root: Path) -> BlobService:
    """Return a blob service over the sync service's database."""
    return BlobService(service.db, root / "server-blobs")
