"""One sync round trip, independent of HTTP: authenticate, push, pull, answer in a frame.

The FastAPI routes and the in-memory test transport both call `SyncService.handle`, so the
same code path serves every caller.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import dataclass, field

from pydantic import ValidationError

from ..protocol import frames
from ..protocol.wire import MAX_CHANGES_PER_REQUEST, EnrolRequest, EnrolResponse, SyncRequest
from ..protocol.wire import SyncResponse as _Response
from .applier import Applier, PushRefused, PushResult
from .bundle_keys import published_keys
from .database import Database
from .devices import AuthError, Device, authenticate, enrol
from .feed import Feed

log = logging.getLogger("subei_sync.server")
SYNC_PATH = "/v1/sync"
ENROL_PATH = "/v1/enrol"


@dataclass(frozen=True)
class Reply:
    """An HTTP-shaped answer."""

    status: int
    body: bytes
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


def error(status: int, code: str, **extra: object) -> Reply:
    """Return a JSON error reply with a stable code and no personal data."""
    return Reply(status, json.dumps({"code": code, **extra}).encode())


class RateLimit:
    """Token bucket per device: bursts allowed, floods answered with 429."""

    def __init__(self, per_second: float, burst: int) -> None:
        self.rate, self.burst = per_second, burst
        self.buckets: dict[str, tuple[float, float]] = {}
        self.lock = threading.Lock()

    def allow(self, key: str) -> bool:
        """Take one token for key; return False when none is left."""
        now = time.monotonic()
        with self.lock:
            tokens, last = self.buckets.get(key, (float(self.burst), now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if tokens < 1:
                self.buckets[key] = (tokens, now)
                return False
            self.buckets[key] = (tokens - 1, now)
            return True


class SyncService:
    """The server's behaviour over one database."""

    def __init__(self, db: Database, *, rate: float = 50.0, burst: int = 200) -> None:
        self.db = db
        self.limit = RateLimit(rate, burst)

    def handle_enrol(self, body: bytes) -> Reply:
        """Enrol a laptop with its one-time code and public key."""
        try:
            req = EnrolRequest.model_validate_json(body)
        except ValidationError:
            return error(422, "bad_request")
        if not self.limit.allow("enrol"):
            return error(429, "rate_limited")
        try:
            device = enrol(self.db, req.code, req.public_key)
        except AuthError as exc:
            log.info("enrol refused", extra={"event": "enrol", "code": exc.code})
            return error(401 if exc.code != "bad_public_key" else 422, exc.code)
        log.info("enrolled", extra={"event": "enrol", "device": device.id, "role": device.role})
        answer = EnrolResponse(device_id=device.id, township=device.township, grid=device.grid,
                               role=device.role, scopes=device.scopes, server_id="subei-county",
                               **published_keys(self.db))  # fmt: skip
        return Reply(200, answer.model_dump_json().encode())

    def handle_sync(self, method: str, path: str, headers: dict[str, str], body: bytes) -> Reply:
        """Authenticate a signed sync request and answer it."""
        started = time.perf_counter()
        try:
            device = authenticate(self.db, method, path, headers, body)
        except AuthError as exc:
            log.info("auth refused", extra={"event": "auth", "code": exc.code})
            return error(401, exc.code, server_time=time.time())
        if not self.limit.allow(device.id):
            return error(429, "rate_limited")
        try:
            data = frames.decode_json(body)
            if isinstance(data, dict) and len(data.get("changes") or []) > MAX_CHANGES_PER_REQUEST:
                return error(413, "too_many_changes", limit=MAX_CHANGES_PER_REQUEST)
            req = SyncRequest.model_validate(data)
        except frames.FrameError as exc:
            return error(413 if exc.code == "frame_too_large" else 422, exc.code)
        except ValidationError as exc:
            return error(422, "bad_request", errors=len(exc.errors()))
        try:
            answer, pushed = self.sync(device, req)
        except PushRefused as exc:
            return error(exc.status, exc.code)
        log.info("sync", extra={
            "event": "sync", "device": device.id, "pushed": len(req.changes),
            "logged": pushed.logged, "rejected": len(pushed.rejected),
            "conflicts": pushed.conflicts, "pulled": len(answer.changes), "more": answer.more,
            "ms": round((time.perf_counter() - started) * 1000, 1),
        })  # fmt: skip
        return Reply(200, frames.encode(answer), frames.CONTENT_TYPE)

    def sync(self, device: Device, req: SyncRequest) -> tuple[_Response, PushResult]:
        """Push then pull; the push commits before the pull reads."""
        if req.changes:
            with self.db.transaction("write") as tx:
                pushed = Applier(tx, device).push(req)
        else:
            with self.db.transaction() as tx:
                rows = tx.execute(
                    "SELECT status, high_water FROM devices WHERE id = ?", (device.id,)
                )
            if not rows or rows[0][0] != "active":
                raise PushRefused("device_revoked", 401)
            pushed = PushResult(ack=int(rows[0][1]))
        with self.db.transaction() as tx:
            pull = Feed(tx, device, req).pull()
        answer = _Response(ack=pushed.ack, head=pull.head, rejected=pushed.rejected,
                           changes=pull.changes, cursors=pull.cursors, checksums=pull.checksums,
                           more=pull.more)  # fmt: skip
        return answer, pushed
