"""Re-basing a laptop that is behind what the server already holds from it.

A laptop put back from a backup (or a copied data folder) has forgotten changes and audit
entries the server already accepted from it; its next device sequence numbers and audit
entries would collide with those. The server notices (see server/rebase.py) and answers the
sync with `rebase_required`; the laptop then names the last audit entry it shares with the
server (its verified position), and the server answers with a checkpoint it signs with its
Ed25519 key (the one the laptop received at enrolment): the device's high-water sequence and
the audit head the server holds. The laptop re-numbers its unsent work after that high-water
mark and its audit chain continues from the shared entry, which the server verifies with the
MAC keys of the laptop's own key sequence.
"""

from __future__ import annotations

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import Field, ValidationError

from .signing import b64, unb64
from .wire import MAX_INT, Hex64, Name, Sig64, Wire

REBASE_PATH = "/v1/rebase"
CHECKPOINT_CONTEXT = b"subei-rebase-checkpoint-v1\n"


class RebaseRequest(Wire):
    """The laptop's last audit entry that the server verified (where the chains part)."""

    branch_seq: int = Field(ge=0, le=MAX_INT)
    branch_head: Hex64
    acked: int = Field(ge=0, le=MAX_INT)  # the high-water mark the laptop last recorded


class Checkpoint(Wire):
    """What the server holds from the device when it re-bases (signed by the server)."""

    device_id: Name
    high_water: int = Field(ge=0, le=MAX_INT)  # the device's last sequence the server has
    audit_seq: int = Field(ge=0, le=MAX_INT)  # the audit chain the server holds: length ...
    audit_head: Hex64  # ... and head
    branch_seq: int = Field(ge=0, le=MAX_INT)  # the laptop's chain continues from this entry
    chain: Name  # the server's name of the continued chain
    issued_at: str = Field(max_length=40)


class SignedCheckpoint(Wire):
    """The checkpoint as JSON text and the server's Ed25519 signature over it."""

    body: str = Field(max_length=4096)
    signature: Sig64


class CheckpointError(Exception):
    """A checkpoint the laptop must not act on; `code` is stable and safe to show."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def sign_checkpoint(key: Ed25519PrivateKey, checkpoint: Checkpoint) -> SignedCheckpoint:
    """Return the checkpoint signed by the server."""
    body = checkpoint.model_dump_json()
    return SignedCheckpoint(body=body, signature=b64(key.sign(CHECKPOINT_CONTEXT + body.encode())))


def open_checkpoint(signed: SignedCheckpoint, public_key_b64: str, device_id: str) -> Checkpoint:
    """Return the verified checkpoint for this device, or raise CheckpointError."""
    try:
        key = Ed25519PublicKey.from_public_bytes(unb64(public_key_b64))
        key.verify(unb64(signed.signature), CHECKPOINT_CONTEXT + signed.body.encode())
    except (ValueError, InvalidSignature):
        raise CheckpointError("checkpoint_bad_signature") from None
    try:
        checkpoint = Checkpoint.model_validate_json(signed.body)
    except ValidationError:
        raise CheckpointError("checkpoint_malformed") from None
    if checkpoint.device_id != device_id:
        raise CheckpointError("checkpoint_other_device")
    return checkpoint
