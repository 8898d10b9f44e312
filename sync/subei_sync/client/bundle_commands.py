"""`subei-mobile bundle export --to DIR` and `subei-mobile bundle import FILE` (USB sneakernet).

Export writes every unsent outbox change as the same `SyncRequest` frames online sync posts
(with the audit entries the server has not verified and the agreement attestations), then the
attachment blobs the server is not known to hold as the chunk frames online upload sends,
signed with the device key and sealed to the county key; the outbox stays as it is until a
server-signed receipt arrives (online sync or a return bundle). The laptop's X25519 key for
return bundles is made on first export and travels in the signed bundle header.

Size: a bundle stays under `MAX_BUNDLE_BYTES`. Attachments that do not fit are left for the
next bundle: each export takes first the blobs no bundle carried yet, then those carried
longest ago, so successive sticks carry them all (changes always go whole).

Return import checks, in order: magic/version/kind, that it is sealed to this laptop's key,
decryption, header, addressee, the county signature, payload hash, frames, replay. Then the
receipt (outbox rows up to the high-water mark become delivered, the verified audit position,
the carried blobs the server holds), the pulled changes and the cursors are applied in one
local transaction. Changes are applied only when the bundle starts from this laptop's current
cursors; otherwise (the laptop synced since) only the receipt is applied, so an old return
bundle can never roll records back. Attachment blobs the return bundle brings are checked
against their hashes and kept (sealed) when a local attachment record names them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import secrets
import sys
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from subei_mobile.attachments import blob_path, put_blob, read_blob
from subei_mobile.security import device_secrets
from subei_mobile.store import Store
from subei_mobile.store.migrations import LATEST as STORE_SCHEMA
from subei_mobile.store.remote import remote_batch

from ..bundle.attachments import Packed, join_chunks, pack_blobs
from ..bundle.files import write_durably
from ..bundle.format import (
    ENVELOPE,
    MAX_BUNDLE_BYTES,
    BundleError,
    build_inner,
    check_outer,
    ed25519_public_bytes,
    key_id,
    open_inner,
    pack_frames,
    parse_inner,
    payload_hash,
    seal,
    x25519_public_bytes,
)
from ..bundle.models import FORMAT_VERSION, MAX_FRAMES, BundleHeader, ChangeBatch, ReturnInfo
from ..protocol import frames
from ..protocol.blobs import BlobChunk
from ..protocol.signing import b64, unb64
from ..protocol.wire import MAX_CHANGES_PER_REQUEST, Cursor, PushedChange, SyncRequest
from .attachments import SENT_KEY
from .engine import ACKED_KEY, CURSOR_KEY, _remote, pending_attestations, pending_audit
from .identity import AUDIT_ACKED_KEY, META_KEY, Identity, NotEnrolled, load_identity
from .rebase import needs_rebase
from .refusals import note_refusals

EXIT_OK, EXIT_ERROR, EXIT_BAD_INPUT = 0, 1, 2
RETURN_KEY_FILE = device_secrets.RETURN_KEY  # sealed under the data key in an encrypted store
SEQ_KEY = "bundle.seq"
RETURNED_KEY = "bundle.returned."
CARRIED_KEY = "bundle.carried."  # meta: the bundle number that last carried this blob
SUFFIX = ".subei"


def register(sub: Any) -> None:
    """Add `bundle export` and `bundle import` to the core parser."""
    actions = sub.add_parser("bundle", help="USB bundles for places without a connection")
    acts = actions.add_subparsers(dest="bundle_action", metavar="ACTION", required=True)
    p = acts.add_parser("export", help="write unsent changes to a bundle on a USB stick")
    p.add_argument("--to", type=Path, required=True, help="folder on the stick")
    p.set_defaults(func=cmd_bundle_export)
    p = acts.add_parser("import", help="apply a return bundle from the county server")
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_bundle_import)


def return_key(store: Store) -> X25519PrivateKey:
    """Return this laptop's X25519 key for return bundles, creating it (sealed) once."""
    raw = device_secrets.read_secret(store, RETURN_KEY_FILE)
    if raw is None:
        raw = X25519PrivateKey.generate().private_bytes_raw()
        device_secrets.write_secret(store, RETURN_KEY_FILE, raw)
    return X25519PrivateKey.from_private_bytes(raw)


def county_keys(store: Store) -> tuple[bytes, bytes]:
    """Return the county's raw (X25519 bundle key, Ed25519 signing key) from enrolment."""
    facts = json.loads(store.meta(META_KEY) or "{}")
    try:
        bundle, signing = unb64(facts.get("bundle_key", "")), unb64(facts.get("signing_key", ""))
    except ValueError:
        bundle = signing = b""
    if len(bundle) != 32 or len(signing) != 32:
        raise BundleError("bundle.no_keys")
    return bundle, signing


def current_cursors(store: Store, identity: Identity) -> list[Cursor]:
    """Return the pull cursors as online sync would send them."""
    out = []
    for scope in identity.scopes:
        saved = store.meta(CURSOR_KEY + scope)
        out.append(Cursor.model_validate_json(saved) if saved else Cursor(scope=scope, snapshot=""))
    return out


def _outbox(store: Store) -> list[PushedChange]:
    rows = store.conn.execute(
        "SELECT device_seq, table_name, record_id, op, fields, base, hlc, user_id, scope"
        " FROM changes WHERE server_seq IS NULL ORDER BY device_seq"
    ).fetchall()
    return [
        PushedChange(
            seq=r[0],
            table=r[1],
            id=r[2],
            op=r[3],
            fields=store.open_change_fields(r[1], r[2], json.loads(r[4])),
            base=json.loads(r[5]),
            hlc=r[6],
            user=r[7],
            scope=r[8],
        )
        for r in rows
    ]


def _next_seq(store: Store) -> int:
    conn = store.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        seq = int(store.meta(SEQ_KEY, "0")) + 1
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (SEQ_KEY, str(seq)))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return seq


def _requests(store: Store, identity: Identity) -> list[SyncRequest]:
    """Return the outbox as online sync's request frames, with audit entries and attestations.

    Audit entries go as online: up to the per-request cap each, the chain length with the
    last of them; frames without changes are added when the entries need more room.
    """
    changes = _outbox(store)
    acked = int(store.meta(ACKED_KEY, "0"))
    batches = [changes[i : i + MAX_CHANGES_PER_REQUEST]
               for i in range(0, len(changes), MAX_CHANGES_PER_REQUEST)] or [[]]  # fmt: skip
    requests: list[SyncRequest] = []
    position: int | None = None  # the last audit entry already put in a frame
    while True:
        entries, total = pending_audit(store, position)
        first = not requests
        requests.append(SyncRequest(
            acked=acked, changes=batches[len(requests)] if len(requests) < len(batches) else [],
            cursors=current_cursors(store, identity) if first else [],
            audit=entries, audit_total=total,
            attestations=pending_attestations(store, identity) if first else [],
        ))  # fmt: skip
        if entries:
            position = entries[-1].seq
        if len(requests) >= len(batches) and (total is not None or not entries):
            return requests


def _blob_order(store: Store) -> list[tuple[str, int]]:
    """Return the blobs to carry with their sizes: held here, not known to be on the server;
    never carried first, then those carried longest ago."""
    rows = store.conn.execute(
        "SELECT a.sha256, MAX(a.size), COALESCE(CAST(c.value AS INTEGER), 0) AS carried"
        " FROM attachments a LEFT JOIN meta c ON c.key = ? || a.sha256 WHERE a._deleted = 0"
        " AND NOT EXISTS (SELECT 1 FROM meta m WHERE m.key = ? || a.sha256)"
        " GROUP BY a.sha256 ORDER BY carried, a.sha256",
        (CARRIED_KEY, SENT_KEY),
    ).fetchall()
    return [(r[0], int(r[1])) for r in rows if blob_path(store.data_dir, r[0]).exists()]


@dataclass
class Built:
    """A sealed device bundle, its header, and which attachments it carries."""

    data: bytes
    header: BundleHeader
    blobs: Packed


def build_bundle(
    store: Store, identity: Identity, seq: int | None = None, blob_budget: int | None = None
) -> Built:
    """Return the sealed bundle of the whole outbox plus the attachments that fit.

    The bundle number is reserved here. `blob_budget` (bytes of chunk frames) defaults to what
    is left under `MAX_BUNDLE_BYTES`; the changes themselves always go whole.
    """
    county, _ = county_keys(store)
    requests = _requests(store, identity)
    parts = [frames.encode(r) for r in requests]
    room = MAX_BUNDLE_BYTES - ENVELOPE - len(pack_frames(parts))
    budget = room if blob_budget is None else min(room, blob_budget)
    blobs = pack_blobs(
        ((sha, size, partial(read_blob, store.data_dir, sha, store.codec))
         for sha, size in _blob_order(store)),
        budget, MAX_FRAMES - len(parts),
    )  # fmt: skip
    payload = pack_frames(parts + blobs.frames)
    header = BundleHeader(
        format=FORMAT_VERSION, kind="device", bundle_id=secrets.token_hex(16),
        device_id=identity.device_id, seq=seq if seq is not None else _next_seq(store),
        created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        schema_version=STORE_SCHEMA, frames=len(parts) + len(blobs.frames),
        changes=sum(len(r.changes) for r in requests), payload_sha256=payload_hash(payload),
        recipient_key_id=key_id(county), return_key=b64(x25519_public_bytes(return_key(store))),
        chunks=len(blobs.frames), audit=sum(len(r.audit) for r in requests),
    )  # fmt: skip
    inner = build_inner(header, payload, identity.key)
    parsed = parse_inner(inner, "device")  # what the server will parse, checked before sealing
    parsed.verify_signature(ed25519_public_bytes(identity.key))
    parsed.verify_payload()
    return Built(seal(inner, "device", county), header, blobs)


@dataclass
class Exported:
    """Where a bundle went and what it holds."""

    path: Path
    seq: int
    changes: int
    attachments: int = 0  # blobs carried
    attachment_bytes: int = 0
    left: int = 0  # blobs left for the next bundle (size cap)


def export_bundle(
    store: Store, identity: Identity, directory: Path, blob_budget: int | None = None
) -> Exported:
    """Write, fsync, rename, read back and compare; raise BundleError on any failure."""
    built = build_bundle(store, identity, blob_budget=blob_budget)
    data, header = built.data, built.header
    # The whole device id: ids are UUIDv7, so a prefix is a timestamp and two laptops enrolled
    # in the same few milliseconds would overwrite each other's bundle on a shared stick.
    name = f"subei-{identity.device_id}-{header.seq:06d}{SUFFIX}"
    try:
        target = write_durably(Path(directory), name, data)
        written = target.read_bytes()
    except OSError as exc:
        raise BundleError("bundle.write_failed", type(exc).__name__) from None
    if written != data:
        raise BundleError("bundle.verify_failed")
    check_outer(written, "device", header.recipient_key_id)
    # Only a verified stick counts as carrying: the next export takes the others first.
    with store.transaction():
        store.conn.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            [(CARRIED_KEY + sha, str(header.seq)) for sha in built.blobs.carried],
        )
    return Exported(target, header.seq, header.changes, len(built.blobs.carried),
                    built.blobs.bytes, len(built.blobs.left))  # fmt: skip


@dataclass
class Returned:
    """What applying a return bundle did."""

    status: str  # "imported" | "already_imported"
    acked: int = 0
    applied: int = 0
    stale: bool = False
    more: bool = False
    imported_at: str = ""
    blobs_acked: int = 0  # carried attachments the server confirmed
    blobs_received: int = 0  # attachments the return bundle brought


def import_return(store: Store, identity: Identity, data: bytes) -> Returned:
    """Check and apply a return bundle in one local transaction; raise BundleError."""
    _, signing = county_keys(store)
    inner = open_inner(data, "return", return_key(store))
    if inner.header.device_id != identity.device_id:
        raise BundleError("bundle.not_addressed_here")
    inner.verify_signature(signing)
    inner.verify_payload()
    last = len(inner.frames) - inner.header.chunks
    if last < 1:
        raise BundleError("bundle.payload_invalid", "no receipt")
    info = inner.decode(0, ReturnInfo)
    batches = [inner.decode(i, ChangeBatch) for i in range(1, last)]
    blobs = join_chunks([inner.decode(i, BlobChunk) for i in range(last, len(inner.frames))])
    if info.receipt.device_id != identity.device_id:
        raise BundleError("bundle.not_addressed_here")
    seen = store.meta(RETURNED_KEY + inner.header.bundle_id)
    if seen:
        return Returned("already_imported", imported_at=seen)
    receipt = info.receipt
    if needs_rebase(store, receipt.high_water):
        # Acknowledges numbers this store never used (put back from a backup): marking its
        # outbox sent under them would lose its new work. The online sync re-bases.
        raise BundleError("bundle.rebase_required")
    current = {c.scope: c for c in current_cursors(store, identity)}
    fresh = all(current.get(c.scope) == c for c in info.from_cursors)
    out = Returned("imported", stale=not fresh, more=info.more)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    conn = store.conn
    with remote_batch(store) as batch:
        rejected = {r.seq for r in receipt.rejected}
        rows = conn.execute(
            "SELECT device_seq FROM changes WHERE server_seq IS NULL AND device_seq <= ?",
            (receipt.high_water,),
        ).fetchall()
        conn.executemany(
            "UPDATE changes SET server_seq = ? WHERE device_seq = ?",
            [(-1 if r[0] in rejected else max(receipt.head, 1), r[0]) for r in rows],
        )
        note_refusals(conn, receipt.rejected)  # kept with their reason, listed until settled
        out.acked = len(rows)
        if fresh:
            for chunk in batches:
                for change in chunk.changes:
                    batch.apply(_remote(change))
                    out.applied += 1
            conn.executemany(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                [(CURSOR_KEY + c.scope, c.model_dump_json()) for c in info.cursors],
            )
        acked = max(int(store.meta(ACKED_KEY, "0")), receipt.high_water)
        marks = [(ACKED_KEY, str(acked)), (RETURNED_KEY + inner.header.bundle_id, now)]
        if receipt.audit_ack is not None and store.meta(AUDIT_ACKED_KEY):
            verified = max(int(store.meta(AUDIT_ACKED_KEY)), receipt.audit_ack)
            marks.append((AUDIT_ACKED_KEY, str(verified)))
        marks += [(SENT_KEY + sha, "1") for sha in receipt.blobs]
        conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", marks)
    out.blobs_acked = len(receipt.blobs)
    out.blobs_received = keep_blobs(store, blobs)
    return out


def keep_blobs(store: Store, blobs: dict[str, bytes]) -> int:
    """Keep (sealed) the checked blobs a local attachment record names; return how many.

    After the records' transaction: a crash in between leaves records whose file the
    attachment queue fetches on the next online sync, as for any record pulled online.
    """
    kept = 0
    for sha, content in blobs.items():
        named = store.conn.execute(
            "SELECT 1 FROM attachments WHERE sha256 = ? AND _deleted = 0 LIMIT 1", (sha,)
        ).fetchone()
        if named is None:
            continue
        put_blob(store.data_dir, content, store.codec)
        store.conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')", (SENT_KEY + sha,)
        )
        kept += 1
    return kept


def _open(args: argparse.Namespace) -> tuple[Store, Identity] | None:
    from subei_mobile.security.commands import open_for

    store = open_for(args)
    try:
        return store, load_identity(store)
    except NotEnrolled:
        print("this laptop is not enrolled: run `subei-mobile enroll` first", file=sys.stderr)
        return None


def cmd_bundle_export(args: argparse.Namespace) -> int:
    """Write the outbox to a bundle on the stick and verify it; print "safe to remove"."""
    opened = _open(args)
    if opened is None:
        return EXIT_BAD_INPUT
    store, identity = opened
    try:
        done = export_bundle(store, identity, args.to)
    except BundleError as exc:
        print(f"bundle not written: {exc.message()}", file=sys.stderr)
        return (
            EXIT_ERROR
            if exc.code in ("bundle.write_failed", "bundle.verify_failed")
            else EXIT_BAD_INPUT
        )
    print(f"bundle {done.seq}: {done.changes} changes, {done.attachments} attachments"
          f" ({done.attachment_bytes} B) -> {done.path}")  # fmt: skip
    if done.left:
        print(f"{done.left} attachments did not fit under the bundle size cap: export again to"
              " carry them on another bundle", file=sys.stderr)  # fmt: skip
    print("verified: safe to remove the stick (changes stay queued until a receipt comes back)")
    return EXIT_OK


def cmd_bundle_import(args: argparse.Namespace) -> int:
    """Apply a return bundle: receipt, changes and cursors in one transaction."""
    opened = _open(args)
    if opened is None:
        return EXIT_BAD_INPUT
    store, identity = opened
    try:
        if Path(args.file).stat().st_size > MAX_BUNDLE_BYTES:
            raise BundleError("bundle.too_large")
        data = Path(args.file).read_bytes()
        result = import_return(store, identity, data)
    except OSError as exc:
        print(f"refused: {BundleError('bundle.unreadable', type(exc).__name__).message()}",
              file=sys.stderr)  # fmt: skip
        return EXIT_BAD_INPUT
    except BundleError as exc:
        print(f"refused, nothing written: {exc.message()}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if result.status == "already_imported":
        print(f"already imported on {result.imported_at}; nothing changed")
        return EXIT_OK
    print(f"receipt: {result.acked} changes delivered; received {result.applied} changes")
    print(f"attachments: {result.blobs_acked} confirmed at the county, {result.blobs_received}"
          " received")  # fmt: skip
    if result.stale:
        print("this laptop synced since the bundle was made: only the receipt was applied",
              file=sys.stderr)  # fmt: skip
    if result.more:
        print("more changes are waiting at the server: sync or carry another bundle",
              file=sys.stderr)  # fmt: skip
    return EXIT_OK
