"""The county recovery key: an X25519 key pair whose private half stays offline at the county.

Secrets are sealed to it with HPKE (X25519, HKDF-SHA256, AES-256-GCM, RFC 9180), the suite
the USB bundles use too, so the server needs one kind of key.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from ..errors import AuthError, SubeiError

SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


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
