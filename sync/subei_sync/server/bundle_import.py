"""Import a laptop's USB bundle through the online sync applier, and write return bundles.

Order of checks (each with its own code, see `bundle.format.MESSAGES`): size cap, magic and
version, kind, recipient key id, decryption, strict header parse, schema, device known and
active, signature, payload hash, frames (and the attachment chunks: each chunk's hash, their
order, each whole blob's SHA-256), replay. Then every frame goes through the online sync code
path (attestations checked, `Applier.push`, the audit entries verified against the device's
chain) in ONE write transaction together with the `bundle_imports` row; any error rolls all of
it back, and a broken audit chain also flags the device, as online. The carried blobs are
stored after the commit, each only when an attachment record in the device's scopes names it
(as for an upload), also for a replayed bundle (the first import may have stopped before).

Replay and order: a bundle id already in `bundle_imports` is a no-op ("already imported on
..."). A bundle whose changes are all at or below the device's high-water mark (an older stick
imported after a newer one, which carries the same unacknowledged changes) is a no-op too and
writes nothing ("superseded"). Sequence gaps are fine: the applier only takes device sequences
after the high-water mark, so the changes themselves decide, not the bundle numbers.

Return bundles: one per device whose bundle was in the import run, sealed to the X25519 key
that device put in its signed header, signed with the server's Ed25519 key. Each holds the
receipt for that device (high-water mark, rejections, verified audit position, the carried
blobs now held) and the server outcomes for its scopes since the cursors it sent, followed by
the blobs its pulled attachment records name, as far as the size cap allows (the rest come
with online sync or the next return bundle). The carrier (e.g. the township office, which brings its own bundle,
possibly empty, along with the grid workers') gets its own return bundle with everything in
its scopes; the return bundles of the carried laptops sit next to it for the carrier to pass on.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from pydantic import ValidationError

from subei_mobile.store.migrations import LATEST as STORE_SCHEMA

from ..bundle.attachments import join_chunks, pack_blobs
from ..bundle.files import write_durably
from ..bundle.format import (
    ENVELOPE,
    MAX_BUNDLE_BYTES,
    BundleError,
    Inner,
    build_inner,
    key_id,
    open_inner,
    pack_frames,
    payload_hash,
    seal,
)
from ..bundle.models import (
    FORMAT_VERSION,
    MAX_FRAMES,
    BundleHeader,
    ChangeBatch,
    Receipt,
    ReturnInfo,
)
from ..protocol import frames
from ..protocol.blobs import BlobChunk
from ..protocol.signing import unb64
from ..protocol.wire import (
    MAX_CHANGES_PER_REQUEST,
    MAX_PULL,
    Cursor,
    PulledChange,
    Rejection,
    SyncRequest,
)
from .applier import Applier, PushRefused
from .audit import AuditBroken, accept_audit, check_attestations, flag_device
from .blobs import BlobStore, blob_allowed
from .bundle_keys import ServerKeys
from .database import Database
from .devices import Device, load_device
from .feed import Feed

RETURN_MAX_CHANGES = 100_000  # one return bundle; `more` tells the laptop to sync again


@dataclass
class ImportResult:
    """What importing one bundle did."""

    status: str  # "imported" | "already_imported" | "superseded"
    device_id: str
    bundle_id: str
    seq: int
    changes: int = 0
    applied: int = 0
    high_water: int = 0
    imported_at: str = ""
    rejected: list[Rejection] = field(default_factory=list)
    return_key: str = ""
    blobs: list[str] = field(default_factory=list)  # carried attachments the server now holds
    format: int = FORMAT_VERSION  # of the device bundle: its return bundle is written in it

    def message(self) -> str:
        """Return one line for the operator."""
        who = f"bundle {self.seq} of device {self.device_id}"
        if self.status == "already_imported":
            return f"{who}: already imported on {self.imported_at}; nothing changed"
        if self.status == "superseded":
            return (f"{who}: older than what was already imported (high-water mark "
                    f"{self.high_water}); its {self.changes} changes were already applied")  # fmt: skip
        return (f"{who}: imported {self.changes} changes ({self.applied} new, "
                f"{len(self.rejected)} rejected); high-water mark {self.high_water};"
                f" {len(self.blobs)} attachments held")  # fmt: skip


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass
class Opened:
    """A device bundle that passed every check before replay: its requests and blobs."""

    inner: Inner
    device: Device
    requests: list[SyncRequest]
    blobs: dict[str, bytes]


def open_device_bundle(
    data: bytes, keys: ServerKeys, device_of: dict[str, Device] | None = None,
    db: Database | None = None,
) -> Opened:  # fmt: skip
    """Run every check up to (not including) replay; no writes. Raise BundleError."""
    inner = open_inner(data, "device", keys.recipient)
    header = inner.header
    if header.schema_version > STORE_SCHEMA:
        raise BundleError("bundle.schema_newer", f"schema {header.schema_version}")
    if device_of is not None:
        device = device_of.get(header.device_id)
    else:
        assert db is not None
        with db.transaction() as tx:
            device = load_device(tx, header.device_id)
    if device is None or device.public_key is None:
        raise BundleError("bundle.device_unknown", header.device_id)
    if device.status != "active":
        raise BundleError("bundle.device_revoked", device.id)
    inner.verify_signature(unb64(device.public_key))
    inner.verify_payload()
    last = len(inner.frames) - header.chunks
    requests = [inner.decode(i, SyncRequest) for i in range(last)]
    if sum(len(r.changes) for r in requests) != header.changes:
        raise BundleError("bundle.payload_invalid", "change count")
    if sum(len(r.audit) for r in requests) != header.audit:
        raise BundleError("bundle.payload_invalid", "audit count")
    blobs = join_chunks([inner.decode(i, BlobChunk) for i in range(last, len(inner.frames))])
    return Opened(inner, device, requests, blobs)


def import_bundle(
    db: Database, keys: ServerKeys, data: bytes, blob_store: BlobStore | None = None
) -> ImportResult:
    """Check and apply one bundle in one transaction; raise BundleError (nothing written).

    Then keep its attachment blobs in `blob_store` (when given).
    """
    opened = open_device_bundle(data, keys, db=db)
    try:
        result = _apply(db, opened)
    except AuditBroken as exc:  # rolled back; flagged for the county as an online sync is
        flag_device(db, opened.device.id, exc.fault)
        raise BundleError(
            "bundle.audit_chain_broken", f"entry {exc.fault.seq} ({exc.fault.kind})"
        ) from None
    if blob_store is not None and opened.blobs:
        with db.transaction() as tx:
            allowed = [sha for sha in opened.blobs if blob_allowed(tx, opened.device, sha)]
        result.blobs = [sha for sha in allowed if blob_store.put(sha, opened.blobs[sha])]
    return result


def _apply(db: Database, opened: Opened) -> ImportResult:
    """Apply the requests like online sync, in one write transaction (or say it is a replay)."""
    header, device, requests = opened.inner.header, opened.device, opened.requests
    result = ImportResult("imported", device.id, header.bundle_id, header.seq,
                          changes=header.changes, return_key=header.return_key,
                          format=header.format)  # fmt: skip
    with db.transaction("write") as tx:
        seen = tx.execute(
            "SELECT imported_at, high_water FROM bundle_imports WHERE bundle_id = ?",
            (header.bundle_id,),
        )
        if seen:
            result.status, result.imported_at = "already_imported", str(seen[0][0])
            result.high_water = int(seen[0][1])
            return result
        rows = tx.execute("SELECT status, high_water FROM devices WHERE id = ?", (device.id,))
        if not rows or rows[0][0] != "active":
            raise BundleError("bundle.device_revoked", device.id)
        hwm = int(rows[0][1])
        newest = max((c.seq for r in requests for c in r.changes), default=0)
        if newest <= hwm and header.changes:
            result.status, result.high_water = "superseded", hwm
            return result
        at = _now()
        try:
            for request in requests:
                refused = check_attestations(tx, device, request)
                pushed = Applier(tx, device, refused).push(request)
                accept_audit(tx, device, request)  # raises (rolling back) when broken
                result.applied += pushed.logged
                result.rejected += pushed.rejected
                result.high_water = pushed.ack
        except PushRefused as exc:
            raise BundleError("bundle.refused", exc.code) from None
        result.imported_at = at
        tx.execute(
            "INSERT INTO bundle_imports (bundle_id, device_id, bundle_seq, imported_at, changes,"
            " applied, high_water, return_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (header.bundle_id, device.id, header.seq, at, header.changes, result.applied,
             result.high_water, header.return_key),
        )  # fmt: skip
    return result


def _cursors(requests_cursors: list[Cursor], device: Device) -> list[Cursor]:
    given = {c.scope: c for c in requests_cursors}
    return [given.get(s) or Cursor(scope=s, snapshot="") for s in device.scopes]


def build_return(
    db: Database, keys: ServerKeys, device_id: str, return_key: str, from_cursors: list[Cursor],
    results: list[ImportResult], blob_store: BlobStore | None = None,
) -> bytes:  # fmt: skip
    """Return a sealed, signed return bundle for one device: receipt, its scopes' changes and
    the attachment blobs those changes name (as far as the size cap allows)."""
    with db.transaction() as tx:
        device = load_device(tx, device_id)
        if device is None:
            raise BundleError("bundle.device_unknown", device_id)
        hwm = int(tx.execute("SELECT high_water FROM devices WHERE id = ?", (device_id,))[0][0])
        chain = tx.execute("SELECT seq FROM audit_chains WHERE device_id = ?", (device_id,))
        start = _cursors(from_cursors, device)
        cursors, head, checksums, more = start, 0, {}, False
        changes: list[PulledChange] = []
        while len(changes) < RETURN_MAX_CHANGES:
            budget = min(MAX_PULL, RETURN_MAX_CHANGES - len(changes))
            request = SyncRequest(cursors=cursors, max_changes=budget, max_bytes=8_000_000)
            pull = Feed(tx, device, request).pull()
            changes += pull.changes
            cursors, head, checksums, more = pull.cursors, pull.head, pull.checksums, pull.more
            if not pull.more:
                break
    # A laptop that still writes format 1 gets format 1 back (its strict parser would refuse
    # the new receipt fields and chunk frames): no acknowledgements of what it never sent.
    version = max((res.format for res in results), default=FORMAT_VERSION)
    carried = sorted({sha for res in results for sha in res.blobs})
    receipt = Receipt(
        device_id=device_id, high_water=hwm, head=head,
        rejected=[r for res in results for r in res.rejected],
        bundles=[res.bundle_id for res in results], issued_at=_now(),
        audit_ack=int(chain[0][0]) if chain and version > 1 else None, blobs=carried,
    )  # fmt: skip
    info = ReturnInfo(receipt=receipt, from_cursors=start, cursors=cursors,
                      checksums=checksums, more=more)  # fmt: skip
    parts = [frames.encode(info)]
    for i in range(0, len(changes), MAX_CHANGES_PER_REQUEST):
        parts.append(frames.encode(ChangeBatch(changes=changes[i : i + MAX_CHANGES_PER_REQUEST])))
    chunks = _blobs_down(
        blob_store if version > 1 else None, changes, set(carried), len(pack_frames(parts)),
        len(parts),
    )  # fmt: skip
    payload = pack_frames(parts + chunks)
    recipient = unb64(return_key)
    header = BundleHeader(
        format=1 if version == 1 else FORMAT_VERSION, kind="return", bundle_id=secrets.token_hex(16),
        device_id=device_id, seq=max(head, 1), created_at=_now(), schema_version=STORE_SCHEMA,
        frames=len(parts) + len(chunks), changes=len(changes),
        payload_sha256=payload_hash(payload), recipient_key_id=key_id(recipient),
        chunks=len(chunks),
    )  # fmt: skip
    return seal(build_inner(header, payload, keys.signer), "return", recipient, header.format)


def _blobs_down(
    blob_store: BlobStore | None, changes: list[PulledChange], skip: set[str], used: int,
    frame_count: int,
) -> list[bytes]:  # fmt: skip
    """Return chunk frames of the blobs the pulled attachment records name, within the cap."""
    if blob_store is None:
        return []
    named = {
        str(c.fields["sha256"]) for c in changes
        if c.table == "attachments" and not c.deleted and isinstance(c.fields.get("sha256"), str)
    }  # fmt: skip
    wanted = sorted(sha for sha in named - skip if blob_store.has(sha))
    packed = pack_blobs(((sha, blob_store.path(sha).stat().st_size,
                          partial(_read_blob, blob_store, sha)) for sha in wanted),
                        MAX_BUNDLE_BYTES - ENVELOPE - used, MAX_FRAMES - frame_count)  # fmt: skip
    return packed.frames


def _read_blob(blob_store: BlobStore, sha: str) -> bytes:
    return blob_store.path(sha).read_bytes()


def first_cursors(data: bytes, keys: ServerKeys) -> list[Cursor]:
    """Return the cursors a (verified) device bundle's first frame carries."""
    inner = open_inner(data, "device", keys.recipient)
    if len(inner.frames) <= inner.header.chunks:
        return []
    try:
        return frames.decode(inner.frames[0], SyncRequest).cursors
    except (frames.FrameError, ValidationError):
        return []


def import_files(
    db: Database, keys: ServerKeys, files: list[Path], return_to: Path | None,
    blob_root: Path | None = None,
) -> tuple[list[tuple[Path, ImportResult | BundleError]], list[Path]]:  # fmt: skip
    """Import each file on its own; write one return bundle per device that got through.

    `blob_root`: the server's attachment folder (the one `serve` uses); without it bundles'
    attachments are checked but not kept.
    """
    blob_store = BlobStore(blob_root) if blob_root is not None else None
    outcomes: list[tuple[Path, ImportResult | BundleError]] = []
    per_device: dict[str, tuple[str, list[Cursor], list[ImportResult]]] = {}
    for path in files:
        try:
            data = _read(path)
            result = import_bundle(db, keys, data, blob_store)
        except BundleError as exc:
            outcomes.append((path, exc))
            continue
        outcomes.append((path, result))
        _, _, done = per_device.get(result.device_id, ("", [], []))
        per_device[result.device_id] = (result.return_key, first_cursors(data, keys),
                                        [*done, result])  # fmt: skip
    written: list[Path] = []
    if return_to is not None:
        for device_id, (return_key, cursors, results) in per_device.items():
            if not return_key:
                continue
            data = build_return(db, keys, device_id, return_key, cursors, results, blob_store)
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
            # The whole id: a UUIDv7 prefix is a timestamp, shared by laptops enrolled together.
            written.append(write_durably(return_to, f"return-{device_id}-{stamp}.subei", data))
    return outcomes, written


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise BundleError("bundle.too_large", f"{path.stat().st_size} bytes")
        return path.read_bytes()
    except OSError as exc:
        raise BundleError("bundle.unreadable", type(exc).__name__) from None
