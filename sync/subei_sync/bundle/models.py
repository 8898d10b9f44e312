"""The signed header of a bundle and the server's receipt / return data (strict: extra keys refused)."""

from __future__ import annotations

from typing import Annotated, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from ..protocol.wire import MAX_CHANGES_PER_REQUEST, Cursor, PulledChange, Rejection

# 2: attachment chunk frames after the change frames, audit entries in the change frames and
# the receipt's acknowledgements of both. Format 1 bundles (changes only) are still read.
FORMAT_VERSION: Final = 2  # BundleHeader.format is Literal[1, 2]: bump both together
READABLE_FORMATS = (1, 2)
MAX_FRAMES = 10_000
MAX_BUNDLE_BLOBS = 10_000
MAX_BUNDLE_CHANGES = 1_000_000

Hex16 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{16}$")]
Hex32 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]
Hex64 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Name = Annotated[str, StringConstraints(min_length=1, max_length=64)]
Stamp = Annotated[str, StringConstraints(max_length=64)]
KeyText = Annotated[str, StringConstraints(pattern=r"^([A-Za-z0-9+/]{43}=)?$")]  # 32 raw bytes
Kind = Literal["device", "return"]


class Strict(BaseModel):
    """Unknown keys are refused."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class BundleHeader(Strict):
    """What the signature covers besides the payload hash and the recipient key id.

    `device_id` is the author for a device bundle and the addressee for a return bundle.
    `return_key` (device bundles only) is the laptop's X25519 key that return bundles are
    sealed to: it travels inside the signed header, so no enrolment change was needed.
    """

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    format: Literal[1, 2]
    kind: Kind
    bundle_id: Hex32
    device_id: Name
    seq: int = Field(ge=1, le=2**62)
    created_at: Stamp
    schema_version: int = Field(ge=1, le=10_000)
    frames: int = Field(ge=0, le=MAX_FRAMES)
    changes: int = Field(ge=0, le=MAX_BUNDLE_CHANGES)
    payload_sha256: Hex64
    recipient_key_id: Hex16
    return_key: KeyText = ""
    chunks: int = Field(default=0, ge=0, le=MAX_FRAMES)  # the last `chunks` frames: BlobChunk
    audit: int = Field(default=0, ge=0, le=2**62)  # audit entries in the change frames

    @model_validator(mode="after")
    def _sections_fit(self) -> BundleHeader:
        if self.chunks > self.frames or (self.format == 1 and (self.chunks or self.audit)):
            raise ValueError("sections")
        return self


class Receipt(Strict):
    """Server-signed acknowledgement: every change of `device_id` up to `high_water` is applied."""

    device_id: Name
    high_water: int = Field(ge=0)
    head: int = Field(ge=0)  # server sequence when the receipt was written
    rejected: Annotated[list[Rejection], Field(max_length=MAX_BUNDLE_CHANGES)] = Field(
        default_factory=list
    )
    bundles: Annotated[list[Hex32], Field(max_length=1000)] = Field(default_factory=list)
    issued_at: Stamp
    # The device's audit chain length the server has verified (None: no chain to verify), and
    # the carried attachment blobs the server now holds: the laptop stops carrying them.
    audit_ack: int | None = Field(default=None, ge=0)
    blobs: Annotated[list[Hex64], Field(max_length=MAX_BUNDLE_BLOBS)] = Field(default_factory=list)


class ReturnInfo(Strict):
    """First frame of a return bundle: the receipt and where the pulled changes start and end."""

    receipt: Receipt
    from_cursors: Annotated[list[Cursor], Field(max_length=64)]
    cursors: Annotated[list[Cursor], Field(max_length=64)]
    checksums: dict[str, int] = Field(default_factory=dict)
    more: bool = False


class ChangeBatch(Strict):
    """Further frames of a return bundle: the server outcomes, as online sync pulls them."""

    changes: Annotated[list[PulledChange], Field(max_length=MAX_CHANGES_PER_REQUEST)]
