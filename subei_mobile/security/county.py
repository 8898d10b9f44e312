"""The county recovery key: an X25519 key pair whose private half stays offline at the county.

Secrets are sealed to it with HPKE (X25519, HKDF-SHA256, AES-256-GCM, RFC 9180), the suite
the USB bundles use too, so the server needs one kind of key.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from ..errors import AuthError, SubeiError

SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
# How the key is written everywhere (printed, in files, in the QR code): 64 hex digits.
_HEX_KEY = re.compile(r"[0-9a-fA-F]{64}")
_IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp"})
MAX_KEY_FILE_BYTES = 4 * 1024 * 1024  # a key file or a photo of its QR code, never more


@dataclass(frozen=True)
class CountyKeyPair:
    """Raw 32-byte private and public halves of a county key."""

    private: bytes
    public: bytes


def generate_county_keypair() -> CountyKeyPair:
    """Return a new county key pair (the server has its own tooling; this serves tests)."""
    key = X25519PrivateKey.generate()
    return CountyKeyPair(key.private_bytes_raw(), public_bytes(key.public_key()))


def public_bytes(key: X25519PublicKey) -> bytes:
    """Return the raw 32 bytes of a public key."""
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def key_id(public: bytes) -> str:
    """Return a short id naming a county public key (which key a slot is sealed to)."""
    return hashlib.sha256(b"subei-county-key|" + public).hexdigest()[:16]


def seal_to_county(public: bytes, secret: bytes, info: bytes) -> bytes:
    """Return secret sealed to the county public key; info binds it to its purpose."""
    try:
        recipient = X25519PublicKey.from_public_bytes(public)
    except ValueError:
        raise SubeiError("county_key.invalid") from None
    return SUITE.encrypt(secret, recipient, info=info)


def open_with_county(private: bytes, sealed: bytes, info: bytes) -> bytes:
    """Return a secret sealed to the county key, or raise auth.failed."""
    try:
        return SUITE.decrypt(sealed, X25519PrivateKey.from_private_bytes(private), info=info)
    except Exception:  # wrong key, wrong purpose or damaged: all the same to the caller
        raise AuthError("auth.failed") from None


def parse_public_key(text: str) -> bytes:
    """Return the raw key from its printed form (64 hex digits; spaces and line breaks allowed)."""
    compact = "".join(text.split())
    if not _HEX_KEY.fullmatch(compact):
        raise SubeiError("county_key.invalid")
    raw = bytes.fromhex(compact)
    try:
        X25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise SubeiError("county_key.invalid") from None
    return raw


def read_public_key(value: str | Path) -> bytes:
    """Return the county key from its printed value, a text file holding it, or a QR image.

    `subei-server county-key` prints the value and writes the QR image; setup and
    `user add --county-key` take any of the three.
    """
    text = str(value).strip()
    if _HEX_KEY.fullmatch("".join(text.split())):
        return parse_public_key(text)
    path = Path(text).expanduser()
    try:
        if path.stat().st_size > MAX_KEY_FILE_BYTES:
            raise SubeiError("county_key.invalid")
        if path.suffix.lower() in _IMAGE_SUFFIXES:
            return parse_public_key(qr_text(path))
        return parse_public_key(path.read_text("utf-8", errors="replace"))
    except OSError:
        raise SubeiError("county_key.unreadable") from None


def qr_text(path: Path) -> str:
    """Return the text of the QR code in an image file (a scan or a photo of the printout)."""
    from PIL import Image, UnidentifiedImageError

    try:
        import zxingcpp
    except ImportError:  # the reader is a dependency; say so rather than fail obscurely
        raise SubeiError("county_key.qr_unavailable") from None
    try:
        with Image.open(path) as image:
            found = zxingcpp.read_barcodes(image.convert("L"))
    except (UnidentifiedImageError, ValueError):
        raise SubeiError("county_key.no_qr") from None
    texts = [r.text for r in found if r.format == zxingcpp.BarcodeFormat.QRCode and r.text]
    if not texts:
        raise SubeiError("county_key.no_qr")
    return texts[0]
