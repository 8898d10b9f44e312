"""Wire models of one sync round trip: pushed changes and cursors up, outcomes down."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

PROTOCOL_VERSION = 1
MAX_CHANGES_PER_REQUEST = 2000
MAX_PULL = 5000

# No NUL in anything that becomes an SQL parameter: PostgreSQL text refuses it (a 500 before).
NO_NUL = r"^[^\x00]*$"
Name = Annotated[str, StringConstraints(max_length=64, pattern=NO_NUL)]
Stamp = Annotated[str, StringConstraints(max_length=96, pattern=NO_NUL)]
# Column values in their SQLite form: JSON columns travel as JSON text, booleans as 0/1.
# Integers must fit SQLite's and PostgreSQL's 64-bit columns: a bigger one is refused (422)
# instead of failing the server's write (500) or poisoning other laptops' pulls. The bound is
# 2^53 - 1, not 2^63 - 1: JSON tools (and the schema fuzzer) compare numbers as doubles, and
# 2^63 - 1 rounds up to 2^63, so a client could send a value the schema calls valid but the
# server must refuse. Sequence numbers and sizes never come near 2^53.
MAX_INT = 2**53 - 1
Int64 = Annotated[int, Field(ge=-MAX_INT, le=MAX_INT)]
Scalar = Annotated[str, StringConstraints(max_length=200_000)] | Int64 | float | None
FieldMap = Annotated[dict[Name, Scalar], Field(max_length=64)]
Op = Literal["insert", "update", "delete"]
MAX_AUDIT_PER_REQUEST = 2000
MAX_ATTESTATIONS_PER_REQUEST = 500
Hex64 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Sig64 = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9+/]{86}==$")]  # Ed25519, base64


class Wire(BaseModel):
    """Base of all wire models: unknown keys are refused, not ignored."""

    model_config = ConfigDict(extra="forbid")


class PushedChange(Wire):
    """One row of the device outbox."""

    seq: int = Field(ge=1, le=MAX_INT)  # device sequence
    table: Name
    id: Name
    op: Op
    fields: FieldMap = Field(default_factory=dict)
    base: Annotated[dict[Name, Stamp], Field(max_length=64)] = Field(default_factory=dict)
    hlc: Stamp
    user: Name = ""
    scope: Name = ""


class AuditEntry(Wire):
    """One audit-chain entry as pushed for verification: ids, hashes and a MAC, no personal data.

    The laptop leaves out what the server can recompute: the previous entry's hash and this
    entry's hash. Each hash is 32 bytes no compressor can shrink, and
    on a 50 kbit/s uplink the two derived ones cost as much as the change they describe.
    """

    seq: int = Field(ge=1, le=MAX_INT)
    at: Stamp
    user_id: Stamp
    device_id: Stamp = ""
    action: Stamp
    table_name: Stamp
    record_id: Stamp
    content_hash: Stamp
    prev_hash: Stamp = ""
    entry_hash: Stamp = ""
    mac: Stamp


class AuditPosition(Wire):
    """Where a laptop's audit chain stands at enrolment: entries so far, head hash, MAC key."""

    seq: int = Field(ge=0, le=MAX_INT)
    head: Hex64
    key: Hex64


class Attestation(Wire):
    """The device key's Ed25519 signature over a signed agreement's content hash."""

    agreement_id: Name
    content_hash: Hex64
    signature: Sig64


class CountyNotice(Wire):
    """Server-to-device data: revoked devices and the reference-data version, until `expires`."""

    kind: Literal["county-notice"] = "county-notice"
    version: int = Field(ge=0, le=MAX_INT)
    reference_version: int = Field(default=0, ge=0, le=MAX_INT)
    issued: float
    expires: float
    revoked: Annotated[list[Name], Field(max_length=100_000)] = Field(default_factory=list)


class SignedNotice(Wire):
    """A CountyNotice as signed JSON text and the server's Ed25519 signature (base64)."""

    body: Annotated[str, StringConstraints(max_length=8_000_000)]
    signature: Sig64


# A snapshot position as the server writes it: "<head>:<table index>:<last record id>".
# Anything else (a crafted "garbage", "5:x:", a head past 64 bits) is refused as bad_cursor
# before the feed parses it (it answered 500 before).
SNAPSHOT_POSITION = r"^(|\d{1,15}:\d{1,2}:[^\x00]{0,64})$"


class Cursor(Wire):
    """Where a device is in one scope's feed; `snapshot` is "" to ask for one, set while paging."""

    scope: Name
    seq: int = Field(default=0, ge=0, le=MAX_INT)
    snapshot: (
        Annotated[str, StringConstraints(max_length=100, pattern=SNAPSHOT_POSITION)] | None
    ) = None


class SyncRequest(Wire):
    """Push and pull in one round trip."""

    version: int = PROTOCOL_VERSION
    acked: int = Field(
        default=0, ge=0, le=MAX_INT
    )  # the server high-water mark this device last saw
    changes: Annotated[list[PushedChange], Field(max_length=MAX_CHANGES_PER_REQUEST)] = Field(
        default_factory=list
    )
    cursors: Annotated[list[Cursor], Field(max_length=64)] = Field(default_factory=list)
    max_changes: int = Field(default=1000, ge=1, le=MAX_PULL)
    max_bytes: int = Field(default=512_000, ge=4096, le=8_000_000)  # uncompressed pull budget
    # Audit entries after the last acknowledged one, and the chain length when all are sent.
    audit: Annotated[list[AuditEntry], Field(max_length=MAX_AUDIT_PER_REQUEST)] = Field(
        default_factory=list
    )
    audit_total: int | None = Field(default=None, ge=0, le=MAX_INT)
    attestations: Annotated[list[Attestation], Field(max_length=MAX_ATTESTATIONS_PER_REQUEST)] = (
        Field(default_factory=list)
    )


class WireConflict(Wire):
    """A conflict on one field, open or resolved."""

    id: Name
    field: Name
    candidates: list[dict[str, Any]]
    detected_at: Stamp
    resolved_at: Stamp | None = None
    resolved_by: Name | None = None
    resolution: str | None = None


class PulledChange(Wire):
    """A server outcome: the touched fields' values and stamps, and the record's flags."""

    seq: int  # server sequence
    table: Name
    id: Name
    op: Literal["insert", "update", "delete", "resolve", "snapshot"]
    fields: dict[str, Any] = Field(default_factory=dict)
    stamps: dict[str, str] = Field(default_factory=dict)
    deleted: bool = False
    review: bool = False
    conflicts: list[WireConflict] = Field(default_factory=list)
    hlc: str = ""
    user: str = ""


class Rejection(Wire):
    """A pushed change the server refused, with a stable reason code.

    `invalid_value` also names the field and the model's issue code (never the value).
    """

    seq: int
    code: str
    field: str = ""
    issue: str = ""


class SyncResponse(Wire):
    """The answer to a SyncRequest."""

    ack: int  # device high-water mark after this request
    head: int  # global server sequence when the pull was read
    rejected: list[Rejection] = Field(default_factory=list)
    changes: list[PulledChange] = Field(default_factory=list)
    cursors: list[Cursor] = Field(default_factory=list)
    checksums: dict[str, int] = Field(default_factory=dict)  # scopes the device caught up with
    more: bool = False
    audit_ack: int | None = None  # the device's audit chain length the server has verified
    notice: SignedNotice | None = None


class EnrolRequest(Wire):
    """A laptop registering its public key with a one-time code."""

    code: Annotated[str, StringConstraints(min_length=16, max_length=80)]
    # Standard base64 of the 32-byte Ed25519 key: the schema says exactly what is accepted.
    public_key: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9+/]{43}=$")]
    label: Name = ""
    # Where the laptop's audit chain stands: required, so every enrolled laptop's chain is
    # verified by the server from its first sync on, whichever client enrolled it.
    audit: AuditPosition


class EnrolResponse(Wire):
    """What an enrolled laptop needs to know about itself."""

    device_id: str
    township: str
    grid: str
    role: str
    scopes: list[str]
    server_id: str
    # USB bundles (base64 raw keys; empty from a server without bundle keys).
    bundle_key: str = ""  # county X25519 key bundles are sealed to
    signing_key: str = ""  # county Ed25519 key that signs return bundles and receipts
    audit_seq: int | None = None  # audit entries the server holds as verified (None: no audit)


class ErrorBody(Wire):
    """Error answer: a stable code, safe parameters, never personal data."""

    code: str
    detail: str = ""
    server_time: float | None = None
    # the safe parameters error() adds: a limit crossed, validation error count, offsets
    limit: int | None = None
    errors: int | None = None
    offset: int | None = None
    size: int | None = None
    seq: int | None = None  # audit_chain_broken: the first bad entry
    kind: str | None = None  # audit_chain_broken: how it is broken
    notice: SignedNotice | None = None  # device_revoked: the signed notice that says so
