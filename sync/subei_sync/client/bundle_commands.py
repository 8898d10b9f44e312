"""`subei-mobile bundle export --to DIR` and `subei-mobile bundle import FILE` (USB sneakernet).

Export writes every unsent outbox change as the same `SyncRequest` frames online sync posts,
signed with the device key and sealed to the county key; the outbox stays as it is until a
server-signed receipt arrives (online sync or a return bundle). The laptop's X25519 key for
return bundles is made on first export and travels in the signed bundle header.

Return import checks, in order: magic/version/kind, that it is sealed to this laptop's key,
decryption, header, addressee, the county signature, payload hash, frames, replay. Then the
receipt (outbox rows up to the high-water mark become delivered), the pulled changes and the
cursors are applied in one local transaction. Changes are applied only when the bundle starts
from this laptop's current cursors; otherwise (the laptop synced since) only the receipt is
applied, so an old return bundle can never roll records back.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import secrets
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from subei_mobile.security import device_secrets
from subei_mobile.store import Store
from subei_mobile.store.migrations import LATEST as STORE_SCHEMA
from subei_mobile.store.remote import remote_batch

from ..bundle.files import write_durably
from ..bundle.format import (
    MAX_BUNDLE_BYTES,
    BundleError,
    build_inner,
    check_outer,
    ed25519_public_bytes,
    key_id,
    open_sealed,
    pack_frames,
    parse_inner,
    payload_hash,
    seal,
    x25519_public_bytes,
)
from ..bundle.models import BundleHeader, ChangeBatch, ReturnInfo
from ..protocol import frames
from ..protocol.signing import b64, unb64
from ..protocol.wire import MAX_CHANGES_PER_REQUEST, Cursor, PushedChange, SyncRequest
from .engine import ACKED_KEY, CURSOR_KEY, _remote
from .identity import META_KEY, Identity, NotEnrolled, load_identity

EXIT_OK, EXIT_ERROR, EXIT_BAD_INPUT = 0, 1, 2
RETURN_KEY_FILE = device_secrets.RETURN_KEY  # sealed under the data key in an encrypted store
SEQ_KEY = "bundle.seq"
RETURNED_KEY = "bundle.returned."
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


def build_bundle(
    store: Store, identity: Identity, seq: int | None = None
) -> tuple[bytes, BundleHeader]:
    """Return the sealed bundle of the whole outbox and its header (the seq is reserved here)."""
    county, _ = county_keys(store)
    changes = _outbox(store)
    acked = int(store.meta(ACKED_KEY, "0"))
    requests = [SyncRequest(acked=acked, cursors=current_cursors(store, identity))]
    for i in range(0, len(changes), MAX_CHANGES_PER_REQUEST):
        chunk = changes[i : i + MAX_CHANGES_PER_REQUEST]
        if i == 0:
            requests[0] = requests[0].model_copy(update={"changes": chunk})
        else:
            requests.append(SyncRequest(acked=acked, changes=chunk))
    parts = [frames.encode(r) for r in requests]
    payload = pack_frames(parts)
    header = BundleHeader(
        format=1, kind="device", bundle_id=secrets.token_hex(16),
        device_id=identity.device_id, seq=seq if seq is not None else _next_seq(store),
        created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        schema_version=STORE_SCHEMA, frames=len(parts), changes=len(changes),
        payload_sha256=payload_hash(payload), recipient_key_id=key_id(county),
        return_key=b64(x25519_public_bytes(return_key(store))),
    )  # fmt: skip
    inner = build_inner(header, payload, identity.key)
    parsed = parse_inner(inner, "device")  # what the server will parse, checked before sealing
    parsed.verify_signature(ed25519_public_bytes(identity.key))
    parsed.verify_payload()
    return seal(inner, "device", county), header


@dataclass
class Exported:
    """Where a bundle went and what it holds."""

    path: Path
    seq: int
    changes: int


def export_bundle(store: Store, identity: Identity, directory: Path) -> Exported:
    """Write, fsync, rename, read back and compare; raise BundleError on any failure."""
    data, header = build_bundle(store, identity)
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
    return Exported(target, header.seq, header.changes)


@dataclass
class Returned:
    """What applying a return bundle did."""

    status: str  # "imported" | "already_imported"
    acked: int = 0
    applied: int = 0
    stale: bool = False
    more: bool = False
    imported_at: str = ""


def import_return(store: Store, identity: Identity, data: bytes) -> Returned:
    """Check and apply a return bundle in one local transaction; raise BundleError."""
    _, signing = county_keys(store)
    inner = parse_inner(open_sealed(data, "return", return_key(store)), "return")
    if inner.header.device_id != identity.device_id:
        raise BundleError("bundle.not_addressed_here")
    inner.verify_signature(signing)
    inner.verify_payload()
    if not inner.frames:
        raise BundleError("bundle.payload_invalid", "no receipt")
    info = inner.decode(0, ReturnInfo)
    batches = [inner.decode(i, ChangeBatch) for i in range(1, len(inner.frames))]
    if info.receipt.device_id != identity.device_id:
        raise BundleError("bundle.not_addressed_here")
    seen = store.meta(RETURNED_KEY + inner.header.bundle_id)
    if seen:
        return Returned("already_imported", imported_at=seen)
    receipt = info.receipt
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
        conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                         [(ACKED_KEY, str(acked)), (RETURNED_KEY + inner.header.bundle_id, now)])  # fmt: skip
    return out


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
    print(f"bundle {done.seq}: {done.changes} changes -> {done.path}")
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
    if result.stale:
        print("this laptop synced since the bundle was made: only the receipt was applied",
              file=sys.stderr)  # fmt: skip
    if result.more:
        print("more changes are waiting at the server: sync or carry another bundle",
              file=sys.stderr)  # fmt: skip
    return EXIT_OK
