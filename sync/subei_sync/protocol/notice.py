"""Signed server-to-device data (the county notice) and signed agreement attestations.

The county notice carries the revocation list and the reference-data version with an
expiry; the server signs it with its Ed25519 key (the one laptops receive at enrolment),
laptops keep the highest version they accepted and refuse older, expired or badly signed
ones. An attestation is the device key's signature over a signed agreement's content hash.
"""

from __future__ import annotations

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import ValidationError

from .signing import b64, unb64
from .wire import CountyNotice, SignedNotice

NOTICE_CONTEXT = b"subei-county-notice-v1\n"
ATTESTATION_CONTEXT = "subei-agreement-attestation-v1"


class NoticeError(Exception):
    """A county notice that must not be trusted; `code` is stable and safe to show."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def sign_notice(key: Ed25519PrivateKey, notice: CountyNotice) -> SignedNotice:
    """Return the notice as signed JSON text."""
    body = notice.model_dump_json()
    return SignedNotice(body=body, signature=b64(key.sign(NOTICE_CONTEXT + body.encode())))


def open_notice(
    signed: SignedNotice, public_key_b64: str, *, now: float, min_version: int = 0
) -> CountyNotice:
    """Return the verified notice or raise NoticeError (bad signature, expired, older)."""
    try:
        key = Ed25519PublicKey.from_public_bytes(unb64(public_key_b64))
        key.verify(unb64(signed.signature), NOTICE_CONTEXT + signed.body.encode())
    except (ValueError, InvalidSignature):
        raise NoticeError("notice_bad_signature") from None
    try:
        notice = CountyNotice.model_validate_json(signed.body)
    except ValidationError:
        raise NoticeError("notice_malformed") from None
    if notice.expires <= now:
        raise NoticeError("notice_expired")
    if notice.version < min_version:
        raise NoticeError("notice_old_version")
    return notice


def attestation_payload(device_id: str, agreement_id: str, content_hash: str) -> bytes:
    """Return the bytes a device key signs to attest a signed agreement's content hash."""
    return f"{ATTESTATION_CONTEXT}\n{device_id}\n{agreement_id}\n{content_hash}".encode()


def verify_attestation(
    public_key_b64: str, device_id: str, agreement_id: str, content_hash: str, signature: str
) -> bool:
    """Return True when the device key signed this agreement's content hash."""
    try:
        key = Ed25519PublicKey.from_public_bytes(unb64(public_key_b64))
        key.verify(unb64(signature), attestation_payload(device_id, agreement_id, content_hash))
    except (ValueError, InvalidSignature):
        return False
    return True
