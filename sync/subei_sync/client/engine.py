"""The sync engine: push the outbox and pull every scope in one round trip, until caught up.

Each answer is applied in one local transaction together with the moved cursors and the
acknowledged outbox rows, so a crash or a cut connection at any point leaves a state from
which the next attempt simply continues.

Bulk pulls are pipelined (depth 1): when an answer says there is more and nothing is waiting to
be pushed, the next request (cursors and acknowledgements taken from that answer) goes out from
a worker thread while this thread applies the answer. Only the request leaves early: the local
cursors still move in the same transaction as the data, and a pull request is idempotent by its
cursors, so a crash or a lost answer at any point is as safe as without the pipeline. (The
server notes a request's cursors as the device's position for log compaction; a position noted
for a frame the laptop then failed to commit only means that, if compaction passed it meanwhile,
the feed serves that scope from a snapshot, as for any device below the horizon.)
"""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import zstandard
from pydantic import ValidationError

from subei_mobile.store import Store
from subei_mobile.store.remote import PULL_AUDIT_ACTION, RemoteChange, remote_batch, scoped_rows

from ..protocol import frames
from ..protocol.checksums import covers, record_hash
from ..protocol.notice import NoticeError, attestation_payload
from ..protocol.signing import b64
from ..protocol.wire import (
    MAX_ATTESTATIONS_PER_REQUEST,
    MAX_AUDIT_PER_REQUEST,
    MAX_CHANGES_PER_REQUEST,
    MAX_PULL,
    Attestation,
    AuditEntry,
    Cursor,
    PulledChange,
    PushedChange,
    SyncRequest,
    SyncResponse,
)
from .identity import AUDIT_ACKED_KEY, Identity, server_signing_key
from .notice import accept_notice, confirm_revocation, is_listed
from .rebase import Rebased, RebaseFailed, needs_rebase, rebase_store
from .refusals import note_refusals, resend_followed
from .repair import RepairUnavailable, repair_by_range
from .revocation import Shredded, is_revocation, shred_revoked
from .scopes import follow_scopes, purge_removed
from .transport import Answer, Transport, Unreachable

SYNC_PATH = "/v1/sync"
ACKED_KEY = "sync.acked"
CURSOR_KEY = "sync.cursor."
Progress = Callable[[str, int, int], None]  # (phase, done, total)
# Adaptive frame size: aim every frame at ~64 KB compressed (sync-design.md). Bigger frames save
# round trips on bulk syncs; smaller ones lose less when a 2G link drops mid-frame.
FRAME_TARGET = 64_000
FIRST_RATIO = 10.0  # uncompressed/compressed of demo change frames with the dictionary
ROW_OVERHEAD = 100  # JSON keys, ids and stamps around an outbox row's fields and base


class SyncFailed(Exception):
    """The server refused the request; `code` is stable and `status` the HTTP status."""

    def __init__(self, code: str, status: int, params: dict[str, Any] | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.status = status
        self.params = params or {}  # safe parameters, e.g. the first bad audit entry


class _RebaseNeeded(Exception):
    """The server (or its acknowledgement) shows this store is behind what it holds."""


class DeviceRevoked(SyncFailed):
    """The server revoked this device; the local data has been crypto-shredded."""

    def __init__(self, shredded: Shredded) -> None:
        super().__init__("device_revoked", 401)
        self.shredded = shredded


@dataclass
class SyncResult:
    """What one sync did."""

    rounds: int = 0
    pushed: int = 0
    pulled: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)
    checksums: dict[str, int] = field(default_factory=dict)
    mismatched: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    range_repaired: list[str] = field(default_factory=list)  # scopes repaired by id range
    range_fetched: int = 0  # records fetched by range repair
    purged: int = 0  # records purged from scopes the device no longer follows
    rebased: Rebased | None = None  # this store was behind the server and was re-based
    bytes_up: int = 0
    bytes_down: int = 0


@dataclass
class _Sent:
    """A request on its way: what it pushed, its body, and the answer (or its future)."""

    request: SyncRequest
    body: bytes
    answer: Future[Answer]


class SyncEngine:
    """Synchronises one local store with the county server."""

    def __init__(
        self, store: Store, transport: Transport, identity: Identity, *,
        batch: int | None = None, max_bytes: int | None = None,
        progress: Progress | None = None, pipeline: bool = True,
    ) -> None:  # fmt: skip
        self.store = store
        self.transport = transport
        self.identity = identity
        # batch/max_bytes fix the frame size (tests); by default it adapts to FRAME_TARGET.
        self.batch = min(batch or MAX_CHANGES_PER_REQUEST, MAX_CHANGES_PER_REQUEST)
        self.max_bytes = max_bytes
        self.push_ratio = FIRST_RATIO
        self.pull_budget = int(FRAME_TARGET * FIRST_RATIO)
        self.progress = progress or (lambda phase, done, total: None)
        # Send the next pull request while applying the current answer (see the module doc).
        self.pipeline = pipeline

    def sync(self, max_rounds: int = 10_000) -> SyncResult:
        """Loop push+pull until nothing is left either way; return what happened."""
        # One worker, at most one request in flight; it only calls transport.post (the local
        # database is used by this thread alone). Leaving waits for it, so no request outlives
        # sync().
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="subei-sync") as worker:
            return self._sync(max_rounds, worker)

    def _sync(self, max_rounds: int, worker: ThreadPoolExecutor) -> SyncResult:
        result = SyncResult()
        repair: set[str] = set()
        ahead: _Sent | None = None  # the next request, already sent
        while result.rounds < max_rounds:
            if ahead is None:
                unsent = self._outbox()
                request = self._request(unsent, self._cursors(repair))
                sent = self._send(request, None)
            else:
                sent, ahead = ahead, None
                unsent = sent.request.changes
            try:
                answer = self._receive(sent, result)
            except _RebaseNeeded:
                self._rebase(result)  # nothing of that answer was applied
                continue
            if self._may_pipeline(answer, unsent) and result.rounds < max_rounds:
                # Its cursors and acknowledgement are those this answer commits below.
                ahead = self._send(self._request([], answer.cursors, answer), worker)
            self._apply(answer, unsent, result)
            if follow_scopes(self.store, self.identity, [c.scope for c in answer.cursors]):
                resend_followed(self.store, self.identity.scopes)  # refused for a scope now ours
            result.purged += purge_removed(self.store, self.identity).deleted
            repair.clear()
            self.progress("sync", result.pushed + result.pulled, result.pushed + result.pulled
                          + self._unsent_count() + (1 if answer.more else 0))  # fmt: skip
            if answer.more or self._unsent_count():
                continue
            mismatched = self._compare(answer.checksums, result)
            fresh = [s for s in mismatched if s not in result.repaired]
            if not fresh:
                result.mismatched = mismatched
                break
            if self._range_repair([s for s in fresh if s not in result.range_repaired], result):
                continue  # one more round pulls what changed meanwhile and compares again
            repair.update(fresh)  # re-read those scopes from a snapshot, once
            result.repaired.extend(fresh)
        return result

    def _rebase(self, result: SyncResult) -> None:
        """Re-base once per sync (client/rebase.py); a second request means it did not take."""
        if result.rebased is not None:
            raise SyncFailed("rebase_failed", 409)
        try:
            result.rebased = rebase_store(self.store, self.transport, self.identity)
        except RebaseFailed as exc:
            raise SyncFailed(exc.code, exc.status) from None

    def _range_repair(self, scopes: list[str], result: SyncResult) -> bool:
        """Repair scopes by id range (sync-design.md); False: fall back to a snapshot."""
        if not scopes:
            return False
        result.range_repaired.extend(scopes)
        try:
            stats = repair_by_range(self.store, self.transport, self.identity, scopes)
        except RepairUnavailable:
            return False
        result.range_fetched += stats.records_fetched
        result.bytes_up += stats.bytes_up
        result.bytes_down += stats.bytes_down
        return True

    def _outbox(self) -> list[PushedChange]:
        rows = self.store.conn.execute(
            "SELECT device_seq, table_name, record_id, op, fields, base, hlc, user_id, scope"
            " FROM changes WHERE server_seq IS NULL ORDER BY device_seq LIMIT ?",
            (self.batch,),
        ).fetchall()
        budget, kept = FRAME_TARGET * self.push_ratio, 0
        for kept, r in enumerate(rows, start=1):  # noqa: B007 - kept is the cut-off
            budget -= len(r[4]) + len(r[5]) + ROW_OVERHEAD
            if budget <= 0:
                break
        rows = rows[:kept]
        # The wire carries plain values (the server is its own trust domain, TLS in transit);
        # the outbox on disk keeps sensitive ones sealed.
        return [
            PushedChange(
                seq=r[0],
                table=r[1],
                id=r[2],
                op=r[3],
                fields=self.store.open_change_fields(r[1], r[2], json.loads(r[4])),
                base=json.loads(r[5]),
                hlc=r[6],
                user=r[7],
                scope=r[8],
            )
            for r in rows
        ]

    def _audit(self, verified: int | None = None) -> tuple[list[AuditEntry], int | None]:
        """Return the audit entries the server has not verified yet, and the chain length
        when they are all included (so the server also sees a truncated chain).
        `verified`: the server's position from an answer not yet applied here."""
        return pending_audit(self.store, verified)

    def _attestations(self) -> list[Attestation]:
        """Sign pending agreement hashes with the device key; return those not yet sent."""
        return pending_attestations(self.store, self.identity)

    def _unsent_count(self) -> int:
        row = self.store.conn.execute("SELECT COUNT(*) FROM changes WHERE server_seq IS NULL")
        return int(row.fetchone()[0])

    def _cursors(self, repair: set[str]) -> list[Cursor]:
        out = []
        for scope in self.identity.scopes:
            saved = self.store.meta(CURSOR_KEY + scope)
            if saved and scope not in repair:
                out.append(Cursor.model_validate_json(saved))
            else:
                out.append(Cursor(scope=scope, snapshot=""))
        return out

    def _may_pipeline(self, answer: SyncResponse, sent: list[PushedChange]) -> bool:
        """True when the request after this answer can be built before it is applied: the
        server has more, and that request would push nothing and follow the same scopes."""
        if not (self.pipeline and answer.more):
            return False
        if set(self.identity.scopes) != {c.scope for c in answer.cursors}:
            return False  # follow_scopes will change the scopes (and cursors) first
        # Outbox rows left once this answer's acknowledgements are applied (see _apply).
        acked = sum(1 for c in sent if c.seq <= answer.ack)
        return self._unsent_count() - acked == 0

    def _request(
        self, unsent: list[PushedChange], cursors: list[Cursor],
        after: SyncResponse | None = None,
    ) -> SyncRequest:  # fmt: skip
        """Build a request; `after`: an answer received but not yet applied, whose
        acknowledgements the request carries (a pipelined pull)."""
        if after is None:
            acked = int(self.store.meta(ACKED_KEY, "0"))
            audit_acked = None
        else:
            acked, audit_acked = after.ack, after.audit_ack
        entries, total = self._audit(audit_acked)
        if not unsent and all(e.action == PULL_AUDIT_ACTION for e in entries):
            entries, total = (
                [],
                None,
            )  # pull bookkeeping waits for the next push: a no-op stays tiny
        return SyncRequest(
            acked=acked, changes=unsent, cursors=cursors,
            max_changes=min(self.batch, MAX_PULL), max_bytes=self.max_bytes or self.pull_budget,
            audit=entries, audit_total=total, attestations=self._attestations(),
        )  # fmt: skip

    def _send(self, request: SyncRequest, worker: ThreadPoolExecutor | None) -> _Sent:
        """Encode, sign and post a request, here or (worker) in the background."""
        body = frames.encode(request)
        if len(request.changes) >= 20:  # small frames say little about bulk compression
            self.push_ratio = min(40.0, max(2.0, _raw_size(body) / len(body)))
        headers = self._headers(body)
        if worker is None:
            answer: Future[Answer] = Future()
            try:
                answer.set_result(self.transport.post(SYNC_PATH, body, headers))
            except Unreachable as exc:
                answer.set_exception(exc)
            return _Sent(request, body, answer)
        return _Sent(request, body, worker.submit(self.transport.post, SYNC_PATH, body, headers))

    def _receive(self, sent: _Sent, result: SyncResult) -> SyncResponse:
        """Wait for a request's answer, check and decode it (this thread: it may write)."""
        request, body = sent.request, sent.body
        answer = self._post(body, sent.answer.result())  # raises Unreachable as posting did
        result.rounds += 1
        result.bytes_up += len(body)
        result.bytes_down += len(answer.body)
        try:
            decoded = frames.decode(answer.body, SyncResponse)
        except (frames.FrameError, ValidationError):
            raise Unreachable("answer_corrupt") from None
        if needs_rebase(self.store, decoded.ack):
            # The server acknowledges numbers this store never used: its outbox must not be
            # marked sent under them (an older server, or a laptop without an audit chain).
            raise _RebaseNeeded
        if decoded.notice is not None and server_signing_key(self.store):
            # (a laptop enrolled before the server had a signing key cannot check it: ignored)
            try:
                notice = accept_notice(self.store, decoded.notice)
            except NoticeError as exc:  # nothing of this answer is applied
                raise SyncFailed(exc.code, answer.status) from None
            if is_listed(notice, self.identity.device_id):
                raise DeviceRevoked(shred_revoked(self.store))
        if request.attestations:
            self.store.conn.executemany(
                "UPDATE agreement_attestations SET sent = 1 WHERE agreement_id = ?",
                [(a.agreement_id,) for a in request.attestations],
            )
        if decoded.more and self.max_bytes is None:
            # The server filled the budget: scale it so the next frame lands near the target.
            scaled = request.max_bytes * FRAME_TARGET / max(len(answer.body), 1)
            self.pull_budget = int(min(8_000_000, max(4096, scaled)))
        return decoded

    def _headers(self, body: bytes) -> dict[str, str]:
        return {**self.identity.sign("POST", SYNC_PATH, body), "Content-Type": frames.CONTENT_TYPE}

    def _post(self, body: bytes, first: Answer) -> Answer:
        """Check the answer to body (`first`), re-posting once on clock skew."""
        for attempt in range(2):
            answer = first if attempt == 0 else self.transport.post(
                SYNC_PATH, body, self._headers(body)
            )  # fmt: skip
            if answer.status == 200:
                return answer
            detail = _error(answer.body)
            if answer.status == 409 and detail.get("code") == "rebase_required":
                raise _RebaseNeeded
            if answer.status == 401 and detail.get("code") == "clock_skew" and attempt == 0:
                # The laptop clock is off: sign with the server's time from now on.
                self.identity.clock_offset = float(detail["server_time"]) - self.identity.wall()
                continue
            if answer.status >= 500 or answer.status == 429:
                raise Unreachable(f"status_{answer.status}")
            code = str(detail.get("code", "error"))
            if is_revocation(answer.status, code):
                # Only a revocation the county signed wipes the laptop, never a forged 401.
                doubt = confirm_revocation(self.store, self.identity.device_id, detail)
                if doubt is not None:
                    raise SyncFailed(doubt, answer.status)
                raise DeviceRevoked(shred_revoked(self.store))
            params: dict[str, Any] = {k: detail[k] for k in ("seq", "kind", "min_version")
                                      if k in detail}  # fmt: skip
            raise SyncFailed(code, answer.status, params)
        raise SyncFailed("clock_skew", 401)

    def _apply(self, answer: SyncResponse, sent: list[PushedChange], result: SyncResult) -> None:
        rejected = {r.seq for r in answer.rejected}
        conn = self.store.conn
        with remote_batch(self.store) as batch:
            # Acknowledge first: outcomes pulled below may then update the fields just sent.
            acked = [c.seq for c in sent if c.seq <= answer.ack]
            conn.executemany(
                "UPDATE changes SET server_seq = ? WHERE device_seq = ? AND server_seq IS NULL",
                [(-1 if seq in rejected else answer.head, seq) for seq in acked],
            )
            note_refusals(conn, answer.rejected)  # kept with their reason, listed until settled
            for change in answer.changes:
                batch.apply(_remote(change))
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                (ACKED_KEY, str(answer.ack)),
            )
            if answer.audit_ack is not None:
                conn.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                    (AUDIT_ACKED_KEY, str(answer.audit_ack)),
                )
            conn.executemany(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                [(CURSOR_KEY + c.scope, c.model_dump_json()) for c in answer.cursors],
            )
        result.pushed += len(acked)
        result.pulled += len(answer.changes)
        result.rejected += [(r.seq, r.code) for r in answer.rejected]

    def _compare(self, server: dict[str, int], result: SyncResult) -> list[str]:
        local = local_checksums(self.store, list(server))
        result.checksums = local
        return [scope for scope, value in server.items() if local.get(scope) != value]


def pending_audit(
    store: Store, verified: int | None = None, limit: int = MAX_AUDIT_PER_REQUEST
) -> tuple[list[AuditEntry], int | None]:
    """Return up to `limit` audit entries after the verified position (`verified`, else the
    one acknowledged here), and the chain length when they are the last ones."""
    acked = store.meta(AUDIT_ACKED_KEY)
    if not acked:
        return [], None  # enrolled without an audit position (older server)
    if verified is not None:
        acked = str(verified)
    # Both chain hashes are left out: the server recomputes them. (The device id stays: it
    # is this store's own id, repeated in every entry, so it compresses to almost nothing.)
    cur = store.conn.execute(
        "SELECT seq, at, user_id, device_id, action, table_name, record_id, content_hash, mac"
        " FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?",
        (int(acked), limit + 1),
    )
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    total = int(store.meta("audit_seq", "0"))
    entries = []
    for row in rows[:limit]:
        try:
            entries.append(AuditEntry.model_validate(row))
        except ValidationError:
            # A value the wire cannot carry: send it emptied, the server names the entry.
            entries.append(AuditEntry.model_validate({
                k: (v if k == "seq" else "") for k, v in row.items()
            }))  # fmt: skip
    return entries, (total if len(rows) <= limit else None)


def pending_attestations(store: Store, identity: Identity) -> list[Attestation]:
    """Sign pending agreement hashes with the device key; return those not yet sent."""
    conn = store.conn
    pending = conn.execute(
        "SELECT agreement_id, content_hash FROM agreement_attestations WHERE signature = ''"
    ).fetchall()
    for agreement_id, digest in pending:
        payload = attestation_payload(identity.device_id, agreement_id, digest)
        conn.execute(
            "UPDATE agreement_attestations SET signature = ?, device_id = ? WHERE agreement_id = ?",
            (b64(identity.key.sign(payload)), identity.device_id, agreement_id),
        )
    rows = conn.execute(
        "SELECT agreement_id, content_hash, signature FROM agreement_attestations"
        " WHERE sent = 0 AND device_id = ? LIMIT ?",
        (identity.device_id, MAX_ATTESTATIONS_PER_REQUEST),
    ).fetchall()
    return [Attestation(agreement_id=r[0], content_hash=r[1], signature=r[2]) for r in rows]


def local_checksums(store: Store, scopes: list[str]) -> dict[str, int]:
    """Return this replica's checksum of each scope."""
    sums = dict.fromkeys(scopes, 0)
    for scope, table, record_id, values, deleted in scoped_rows(store.conn):
        for key in scopes:
            if covers(key, scope):
                sums[key] += record_hash(table, record_id, values, deleted)
    return sums


def _remote(change: PulledChange) -> RemoteChange:
    return RemoteChange(
        table=change.table, record_id=change.id, op=change.op, fields=change.fields,
        stamps=change.stamps, deleted=change.deleted, review=change.review,
        conflicts=[c.model_dump() for c in change.conflicts], hlc=change.hlc, user_id=change.user,
    )  # fmt: skip


def _raw_size(frame: bytes) -> int:
    """Return the uncompressed size a frame declares (0 if unknown)."""
    return max(0, int(zstandard.get_frame_parameters(frame).content_size))


def error_code(body: bytes) -> str:
    """Return the stable code of a JSON error answer ('error' when there is none)."""
    return str(_error(body).get("code", "error"))


def _error(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def wait_backoff(attempt: int, cap: float = 300.0) -> float:
    """Return seconds to wait before retry number `attempt` (exponential, capped)."""
    return float(min(cap, 2**attempt))
