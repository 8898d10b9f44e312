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

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pydantic import ValidationError

from ..protocol import frames
from ..protocol.wire import MAX_CHANGES_PER_REQUEST, EnrolRequest, EnrolResponse, SyncRequest
from ..protocol.wire import SyncResponse as _Response
from .applier import Applier, PushRefused, PushResult
from .audit import AuditBroken, accept_audit, check_attestations, flag_device, start_chain
from .bundle_keys import published_keys
from .compaction import note_positions
from .database import Database
from .devices import AuthError, Device, authenticate, enrol
from .feed import Feed
from .intake import bad_request_code
from .notice import current_notice
from .ranges import handle_ranges
from .rebase import RebaseRequired, check_position, handle_rebase

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

    def __init__(
        self, db: Database, *, rate: float = 50.0, burst: int = 200,
        signer: Ed25519PrivateKey | None = None,
    ) -> None:  # fmt: skip
        self.db = db
        self.limit = RateLimit(rate, burst)
        self.signer = signer  # the server's Ed25519 key: signs county notices when set

    def _revoked(self, **extra: object) -> Reply:
        """Return the 401 device_revoked answer, with the signed notice that lists the device."""
        if self.signer is not None:
            extra["notice"] = current_notice(self.db, self.signer).model_dump()
        return error(401, "device_revoked", **extra)

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
        if req.audit is not None:
            start_chain(self.db, device.id, req.audit)
        log.info("enrolled", extra={"event": "enrol", "device": device.id, "role": device.role})
        answer = EnrolResponse(device_id=device.id, township=device.township, grid=device.grid,
                               role=device.role, scopes=device.scopes, server_id="subei-county",
                               audit_seq=req.audit.seq if req.audit is not None else None,
                               **published_keys(self.db))  # fmt: skip
        return Reply(200, answer.model_dump_json().encode())

    def handle_ranges(self, method: str, path: str, headers: dict[str, str], body: bytes) -> Reply:
        """Answer a signed range-repair request (checksums of id ranges, small ranges whole)."""
        reply = handle_ranges(self.db, self.limit.allow, method, path, headers, body)
        return Reply(reply.status, reply.body, reply.content_type)

    def handle_rebase(self, method: str, path: str, headers: dict[str, str], body: bytes) -> Reply:
        """Re-base a device that is behind what the server holds from it (rebase.py)."""
        reply = handle_rebase(self.db, self.signer, self.limit.allow, method, path, headers, body)
        return Reply(reply.status, reply.body)

    def handle_sync(self, method: str, path: str, headers: dict[str, str], body: bytes) -> Reply:
        """Authenticate a signed sync request and answer it."""
        started = time.perf_counter()
        try:
            device = authenticate(self.db, method, path, headers, body)
        except AuthError as exc:
            log.info("auth refused", extra={"event": "auth", "code": exc.code})
            if exc.code == "device_revoked":
                return self._revoked(server_time=time.time())
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
            return error(422, bad_request_code(exc), errors=len(exc.errors()))
        try:
            answer, pushed = self.sync(device, req)
        except PushRefused as exc:
            if exc.code == "device_revoked":
                return self._revoked()
            return error(exc.status, exc.code)
        except RebaseRequired:  # restored from a backup: nothing of this request was applied
            return error(409, "rebase_required")
        except AuditBroken as exc:  # nothing of this request was applied
            flag_device(self.db, device.id, exc.fault)
            return error(409, "audit_chain_broken", seq=exc.fault.seq, kind=exc.fault.kind)
        log.info("sync", extra={
            "event": "sync", "device": device.id, "pushed": len(req.changes),
            "logged": pushed.logged, "rejected": len(pushed.rejected),
            "conflicts": pushed.conflicts, "pulled": len(answer.changes), "more": answer.more,
            "ms": round((time.perf_counter() - started) * 1000, 1),
        })  # fmt: skip
        return Reply(200, frames.encode(answer), frames.CONTENT_TYPE)

    def sync(self, device: Device, req: SyncRequest) -> tuple[_Response, PushResult]:
        """Push then pull; the push commits before the pull reads."""
        audit_ack: int | None
        if req.changes or req.audit or req.attestations:
            with self.db.transaction("write") as tx:
                check_position(tx, device, req)
                refused = check_attestations(tx, device, req)
                pushed = Applier(tx, device, refused).push(req)
                audit_ack = accept_audit(tx, device, req)  # raises (rolling back) when broken
        else:
            with self.db.transaction() as tx:
                rows = tx.execute(
                    "SELECT status, high_water FROM devices WHERE id = ?", (device.id,)
                )
                if rows and rows[0][0] == "active":
                    check_position(tx, device, req)
                    audit_ack = accept_audit(tx, device, req)  # no entries: writes nothing
            if not rows or rows[0][0] != "active":
                raise PushRefused("device_revoked", 401)
            pushed = PushResult(ack=int(rows[0][1]))
        note_positions(self.db, device, req.cursors)  # what this device has passed (compaction)
        with self.db.transaction() as tx:
            pull = Feed(tx, device, req).pull()
        answer = _Response(ack=pushed.ack, head=pull.head, rejected=pushed.rejected,
                           changes=pull.changes, cursors=pull.cursors, checksums=pull.checksums,
                           more=pull.more, audit_ack=audit_ack)  # fmt: skip
        if self.signer is not None:
            answer.notice = current_notice(self.db, self.signer)
        return answer, pushed
