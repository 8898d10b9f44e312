"""Bundle bytes: build, seal, open and parse, with one error type and a stable code per step.

Outer (what a stick carries; everything after the prefix is an HPKE seal)::

    "SUBEIBUN" (8) | format version (1) | kind (1: 1 device->server, 2 server->device)
    | recipient key id (8) | HPKE base-mode seal (X25519, HKDF-SHA256, AES-256-GCM)

The 18-byte prefix is the HPKE `info`, so changing any byte of it makes decryption fail.

Inner (after decryption)::

    "SBI1" (4) | header length (u16) | header JSON | Ed25519 signature (64)
    | frames: (u32 length | zstd frame)*

The signature covers a domain tag, the kind, the recipient key id, SHA-256 of the header bytes
and the payload SHA-256 (which the header also states). Device bundles carry the online sync
`SyncRequest` frames (changes, audit entries, attestations); return bundles carry a
`ReturnInfo` frame then `ChangeBatch` frames. From format 2 both end with the header's
`chunks` attachment frames (`BlobChunk`, as online upload sends them). Format 1 bundles, from
before attachments travelled, are still read.
"""

from __future__ import annotations

import hashlib
import json
import struct
from dataclasses import dataclass
from typing import TypeVar

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pydantic import BaseModel, ValidationError

from ..protocol import frames
from .models import FORMAT_VERSION, MAX_FRAMES, READABLE_FORMATS, BundleHeader, Kind

SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
MAGIC = b"SUBEIBUN"
INNER_MAGIC = b"SBI1"
KIND_BYTES: dict[str, int] = {"device": 1, "return": 2}
PREFIX_LEN = len(MAGIC) + 1 + 1 + 8
SEAL_OVERHEAD = 32 + 16  # X25519 encapsulated key + GCM tag
SIGNATURE_LEN = 64
MAX_HEADER_BYTES = 8192
MAX_BUNDLE_BYTES = 256 * 1024 * 1024  # a stick file larger than this is refused unread
SIG_DOMAIN = b"subei-bundle-signature-v1\x00"
# Room a bundle needs around its payload: header, signature, inner prefix, outer prefix, seal.
ENVELOPE = MAX_HEADER_BYTES + SIGNATURE_LEN + 6 + PREFIX_LEN + SEAL_OVERHEAD

M = TypeVar("M", bound=BaseModel)

# Stable codes, in import order, and what they tell the person holding the stick.
MESSAGES: dict[str, str] = {
    "bundle.unreadable": "the bundle file could not be read",
    "bundle.too_large": "the file is larger than any bundle can be",
    "bundle.not_a_bundle": "this is not a Subei bundle file (or its first bytes are damaged)",
    "bundle.version_unsupported": "this bundle was written by a newer or unknown program version",
    "bundle.wrong_kind": "this is a bundle for the other direction (server vs laptop)",
    "bundle.wrong_recipient": "this bundle was sealed to another key (foreign bundle): not for us",
    "bundle.damaged": "the bundle is damaged or was altered (decryption failed)",
    "bundle.header_invalid": "the bundle's header is malformed",
    "bundle.schema_newer": "the bundle comes from a newer schema than this program knows",
    "bundle.device_unknown": "the bundle comes from a device this server does not know",
    "bundle.device_revoked": "the device that wrote this bundle has been revoked",
    "bundle.signature_invalid": "the bundle's signature does not match its author's key",
    "bundle.payload_hash_mismatch": "the bundle's contents do not match its signed header",
    "bundle.payload_invalid": "the bundle's change frames are malformed",
    "bundle.not_addressed_here": "this return bundle is addressed to another laptop",
    "bundle.refused": "the server refused the bundle's changes",
    "bundle.no_keys": "this laptop has no county bundle keys (re-enrol with a current server)",
    "bundle.write_failed": "writing the bundle failed (the stick may be full or removed)",
    "bundle.verify_failed": "the bundle read back from the stick differs from what was written",
    "bundle.rebase_required": "this laptop was put back from a backup: sync online once first",
    "bundle.audit_chain_broken": "the laptop's audit trail in the bundle does not continue the"
    " verified one (nothing applied; the device is flagged for the county)",
}


class BundleError(Exception):
    """A refused bundle; `code` is stable, `detail` safe to show (no personal data)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code)
        self.code = code
        self.detail = detail

    def message(self) -> str:
        """Return a sentence for the person holding the stick."""
        text = MESSAGES.get(self.code, self.code)
        return f"{self.code}: {text}" + (f" ({self.detail})" if self.detail else "")


def x25519_public_bytes(key: X25519PrivateKey | X25519PublicKey) -> bytes:
    """Return the raw 32-byte public half."""
    public = key.public_key() if isinstance(key, X25519PrivateKey) else key
    return public.public_bytes(Encoding.Raw, PublicFormat.Raw)


def ed25519_public_bytes(key: Ed25519PrivateKey) -> bytes:
    """Return the raw 32-byte public half of a signing key."""
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def key_id(public: bytes) -> str:
    """Return the 16-hex-digit id of an X25519 recipient key."""
    return hashlib.sha256(b"subei-bundle-key|" + public).hexdigest()[:16]


# ---------------------------------------------------------------------------------- outer


def _prefix(kind: Kind, recipient_key_id: str, version: int) -> bytes:
    return MAGIC + bytes([version, KIND_BYTES[kind]]) + bytes.fromhex(recipient_key_id)


def seal(inner: bytes, kind: Kind, recipient: bytes, version: int = FORMAT_VERSION) -> bytes:
    """Return the outer bundle: prefix + HPKE seal of inner to the raw X25519 recipient key."""
    prefix = _prefix(kind, key_id(recipient), version)
    public = X25519PublicKey.from_public_bytes(recipient)
    return prefix + SUITE.encrypt(inner, public, info=b"subei-bundle|" + prefix)


def check_outer(data: bytes, kind: Kind, recipient_key_id: str) -> None:
    """Check size cap, magic, version, kind and recipient key id (no key needed)."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleError("bundle.too_large", f"{len(data)} bytes")
    if len(data) < PREFIX_LEN or data[: len(MAGIC)] != MAGIC:
        raise BundleError("bundle.not_a_bundle")
    if data[8] not in READABLE_FORMATS:
        raise BundleError(
            "bundle.version_unsupported",
            f"format {data[8]}; this program reads formats {', '.join(map(str, READABLE_FORMATS))}",
        )
    if data[9] != KIND_BYTES[kind]:
        raise BundleError("bundle.wrong_kind")
    found = data[10:PREFIX_LEN].hex()
    if found != recipient_key_id:
        raise BundleError("bundle.wrong_recipient", f"sealed to key {found}")


def open_sealed(data: bytes, kind: Kind, private: X25519PrivateKey) -> bytes:
    """Return the inner bytes of an outer bundle addressed to `private`, or raise BundleError."""
    check_outer(data, kind, key_id(x25519_public_bytes(private)))
    if len(data) < PREFIX_LEN + SEAL_OVERHEAD:
        raise BundleError("bundle.damaged", "truncated")
    try:
        return SUITE.decrypt(data[PREFIX_LEN:], private, info=b"subei-bundle|" + data[:PREFIX_LEN])
    except Exception:  # any failure of the seal means damage or tampering
        raise BundleError("bundle.damaged") from None


def open_inner(data: bytes, kind: Kind, private: X25519PrivateKey) -> Inner:
    """Decrypt and parse a bundle; its signed header must state the outer format version."""
    inner = parse_inner(open_sealed(data, kind, private), kind)
    if inner.header.format != data[8]:
        raise BundleError("bundle.header_invalid", "format")
    return inner


# ---------------------------------------------------------------------------------- inner


def _signed_message(header_bytes: bytes, header: BundleHeader) -> bytes:
    return (
        SIG_DOMAIN + bytes([KIND_BYTES[header.kind]]) + bytes.fromhex(header.recipient_key_id)
        + hashlib.sha256(header_bytes).digest() + bytes.fromhex(header.payload_sha256)
    )  # fmt: skip


def pack_frames(parts: list[bytes]) -> bytes:
    """Return frames as the payload: each prefixed with its u32 length."""
    return b"".join(struct.pack(">I", len(p)) + p for p in parts)


def build_inner(header: BundleHeader, payload: bytes, signer: Ed25519PrivateKey) -> bytes:
    """Return signed inner bytes; the header must already state the payload's hash and counts."""
    if hashlib.sha256(payload).hexdigest() != header.payload_sha256:
        raise ValueError("header does not match payload")
    # A format 1 header has exactly the format 1 keys: that program's parser refuses others.
    since_2 = {"chunks", "audit"} if header.format == 1 else set()
    header_bytes = json.dumps(
        header.model_dump(mode="json", exclude=since_2), sort_keys=True, separators=(",", ":")
    ).encode()
    if len(header_bytes) > MAX_HEADER_BYTES:
        raise ValueError("header too large")
    signature = signer.sign(_signed_message(header_bytes, header))
    return INNER_MAGIC + struct.pack(">H", len(header_bytes)) + header_bytes + signature + payload


@dataclass(frozen=True)
class Inner:
    """A strictly parsed inner bundle; signature and payload hash are checked separately."""

    header: BundleHeader
    header_bytes: bytes
    signature: bytes
    payload: bytes
    frames: tuple[bytes, ...]

    def verify_signature(self, public: bytes) -> None:
        """Raise bundle.signature_invalid unless `public` (raw Ed25519) signed this bundle."""
        try:
            key = Ed25519PublicKey.from_public_bytes(public)
            key.verify(self.signature, _signed_message(self.header_bytes, self.header))
        except (ValueError, InvalidSignature):
            raise BundleError("bundle.signature_invalid") from None

    def verify_payload(self) -> None:
        """Raise bundle.payload_hash_mismatch unless the payload is what the header states."""
        if hashlib.sha256(self.payload).hexdigest() != self.header.payload_sha256:
            raise BundleError("bundle.payload_hash_mismatch")
        if len(self.frames) != self.header.frames:
            raise BundleError("bundle.payload_invalid", "frame count")

    def decode(self, index: int, model: type[M]) -> M:
        """Return frame `index` as a validated model or raise bundle.payload_invalid."""
        try:
            return frames.decode(self.frames[index], model)
        except (frames.FrameError, ValidationError, IndexError, RecursionError):
            raise BundleError("bundle.payload_invalid", f"frame {index}") from None


def parse_inner(data: bytes, kind: Kind) -> Inner:
    """Parse decrypted inner bytes with limits; raise only BundleError."""
    head = len(INNER_MAGIC) + 2
    if len(data) < head or data[: len(INNER_MAGIC)] != INNER_MAGIC:
        raise BundleError("bundle.header_invalid", "inner magic")
    (size,) = struct.unpack(">H", data[len(INNER_MAGIC) : head])
    if size > MAX_HEADER_BYTES or len(data) < head + size + SIGNATURE_LEN:
        raise BundleError("bundle.header_invalid", "length")
    header_bytes = data[head : head + size]
    try:
        header = BundleHeader.model_validate_json(header_bytes)
    except (ValidationError, ValueError, RecursionError):
        raise BundleError("bundle.header_invalid") from None
    if header.kind != kind:
        raise BundleError("bundle.wrong_kind")
    signature = data[head + size : head + size + SIGNATURE_LEN]
    payload = data[head + size + SIGNATURE_LEN :]
    parts: list[bytes] = []
    at = 0
    while at < len(payload):
        if len(parts) >= MAX_FRAMES or at + 4 > len(payload):
            raise BundleError("bundle.payload_invalid", "framing")
        (length,) = struct.unpack(">I", payload[at : at + 4])
        if length > frames.MAX_FRAME_BYTES or at + 4 + length > len(payload):
            raise BundleError("bundle.payload_invalid", "frame length")
        parts.append(payload[at + 4 : at + 4 + length])
        at += 4 + length
    return Inner(header, header_bytes, signature, payload, tuple(parts))


def payload_hash(payload: bytes) -> str:
    """Return the hex SHA-256 a header states for its payload."""
    return hashlib.sha256(payload).hexdigest()
