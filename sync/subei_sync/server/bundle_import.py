"""Import a laptop's USB bundle through the online sync applier, and write return bundles.

Order of checks (each with its own code, see `bundle.format.MESSAGES`): size cap, magic and
version, kind, recipient key id, decryption, strict header parse, schema, device known and
active, signature, payload hash, frames, replay. Then every frame goes through `Applier.push`
(the online sync code path) in ONE write transaction together with the `bundle_imports` row;
any error rolls all of it back.

Replay and order: a bundle id already in `bundle_imports` is a no-op ("already imported on
..."). A bundle whose changes are all at or below the device's high-water mark (an older stick
imported after a newer one, which carries the same unacknowledged changes) is a no-op too and
writes nothing ("superseded"). Sequence gaps are fine: the applier only takes device sequences
after the high-water mark, so the changes themselves decide, not the bundle numbers.

Return bundles: one per device whose bundle was in the import run, sealed to the X25519 key
that device put in its signed header, signed with the server's Ed25519 key. Each holds the
receipt for that device (high-water mark, rejections) and the server outcomes for its scopes
since the cursors it sent. The carrier (e.g. the township office, which brings its own bundle,
possibly empty, along with the grid workers') gets its own return bundle with everything in
its scopes; the return bundles of the carried laptops sit next to it for the carrier to pass on.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from subei_mobile.store.migrations import LATEST as STORE_SCHEMA

from ..bundle.files import write_durably
from ..bundle.format import (
    MAX_BUNDLE_BYTES,
    BundleError,
    Inner,
    build_inner,
    key_id,
    open_sealed,
    pack_frames,
    parse_inner,
    payload_hash,
    seal,
)
from ..bundle.models import BundleHeader, ChangeBatch, Receipt, ReturnInfo
from ..protocol import frames
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

    def message(self) -> str:
        """Return one line for the operator."""
        who = f"bundle {self.seq} of device {self.device_id}"
        if self.status == "already_imported":
            return f"{who}: already imported on {self.imported_at}; nothing changed"
        if self.status == "superseded":
            return (f"{who}: older than what was already imported (high-water mark "
                    f"{self.high_water}); its {self.changes} changes were already applied")  # fmt: skip
        return (f"{who}: imported {self.changes} changes ({self.applied} new, "
                f"{len(self.rejected)} rejected); high-water mark {self.high_water}")  # fmt: skip


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def open_device_bundle(
    data: bytes, keys: ServerKeys, device_of: dict[str, Device] | None = None,
    db: Database | None = None,
) -> tuple[Inner, Device, list[SyncRequest]]:  # fmt: skip
    """Run every check up to (not including) replay; no writes. Raise BundleError."""
    inner = parse_inner(open_sealed(data, "device", keys.recipient), "device")
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
    requests = [inner.decode(i, SyncRequest) for i in range(len(inner.frames))]
    if sum(len(r.changes) for r in requests) != header.changes:
        raise BundleError("bundle.payload_invalid", "change count")
    return inner, device, requests


def import_bundle(db: Database, keys: ServerKeys, data: bytes) -> ImportResult:
    """Check and apply one bundle in one transaction; raise BundleError (nothing written)."""
    inner, device, requests = open_device_bundle(data, keys, db=db)
    header = inner.header
    result = ImportResult("imported", device.id, header.bundle_id, header.seq,
                          changes=header.changes, return_key=header.return_key)  # fmt: skip
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
                pushed = Applier(tx, device).push(request)
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
    results: list[ImportResult],
) -> bytes:  # fmt: skip
    """Return a sealed, signed return bundle for one device: receipt + its scopes' changes."""
    with db.transaction() as tx:
        device = load_device(tx, device_id)
        if device is None:
            raise BundleError("bundle.device_unknown", device_id)
        hwm = int(tx.execute("SELECT high_water FROM devices WHERE id = ?", (device_id,))[0][0])
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
    receipt = Receipt(
        device_id=device_id, high_water=hwm, head=head,
        rejected=[r for res in results for r in res.rejected],
        bundles=[res.bundle_id for res in results], issued_at=_now(),
    )  # fmt: skip
    info = ReturnInfo(receipt=receipt, from_cursors=start, cursors=cursors,
                      checksums=checksums, more=more)  # fmt: skip
    parts = [frames.encode(info)]
    for i in range(0, len(changes), MAX_CHANGES_PER_REQUEST):
        parts.append(frames.encode(ChangeBatch(changes=changes[i : i + MAX_CHANGES_PER_REQUEST])))
    payload = pack_frames(parts)
    recipient = unb64(return_key)
    header = BundleHeader(
        format=1, kind="return", bundle_id=secrets.token_hex(16),
        device_id=device_id, seq=max(head, 1), created_at=_now(), schema_version=STORE_SCHEMA,
        frames=len(parts), changes=len(changes), payload_sha256=payload_hash(payload),
        recipient_key_id=key_id(recipient),
    )  # fmt: skip
    return seal(build_inner(header, payload, keys.signer), "return", recipient)


def first_cursors(data: bytes, keys: ServerKeys) -> list[Cursor]:
    """Return the cursors a (verified) device bundle's first frame carries."""
    inner = parse_inner(open_sealed(data, "device", keys.recipient), "device")
    if not inner.frames:
        return []
    try:
        return frames.decode(inner.frames[0], SyncRequest).cursors
    except (frames.FrameError, ValidationError):
        return []


def import_files(
    db: Database, keys: ServerKeys, files: list[Path], return_to: Path | None
) -> tuple[list[tuple[Path, ImportResult | BundleError]], list[Path]]:
    """Import each file on its own; write one return bundle per device that got through."""
    outcomes: list[tuple[Path, ImportResult | BundleError]] = []
    per_device: dict[str, tuple[str, list[Cursor], list[ImportResult]]] = {}
    for path in files:
        try:
            data = _read(path)
            result = import_bundle(db, keys, data)
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
            data = build_return(db, keys, device_id, return_key, cursors, results)
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
            written.append(write_durably(return_to, f"return-{device_id[:12]}-{stamp}.subei", data))
    return outcomes, written


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise BundleError("bundle.too_large", f"{path.stat().st_size} bytes")
        return path.read_bytes()
    except OSError as exc:
        raise BundleError("bundle.unreadable", type(exc).__name__) from None
