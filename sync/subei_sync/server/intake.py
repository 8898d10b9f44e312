"""What a signed request must show before the server reads, buffers or decompresses its body.

Measured before (issue 12): the server read whole bodies before looking at the signature (60
concurrent unsigned 8 MB bodies took 525 MB), and decompressed each frame up to 64 MB with no
limit across requests (10 concurrent 2 KB zstd bombs took 1.2 GB). Now, in this order:

1. the signature headers are present and well formed, the time stamp is a finite number
   within the allowed skew, and the device exists and is active (one indexed read);
2. the body declares its length (Content-Length), at most the route's cap;
3. twice the body's length is reserved from a server-wide budget (`BODY_BUDGET`), else 503;
   the body is read and its signature verified;
4. the frame declares its decoded size in its zstd header (our encoder always does), at most
   `MAX_DECODED_BYTES`, and four times that is reserved from a server-wide decode budget,
   else 503.

The handler authenticates again (one more Ed25519 check, ~0.1 ms); what is refused here it
would refuse anyway, so an unsigned or oversized request costs no memory and a forged one
no decompression.
A 503 `server_busy` answer carries Retry-After; laptops treat it like a dropped link.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import zstandard
from pydantic import ValidationError
from starlette.requests import ClientDisconnect, Request

from ..protocol import signing
from .database import Database
from .devices import AuthError, authenticate, load_device

BODY_BUDGET = 48_000_000  # request bytes buffered at once (counted twice), all requests
DECODE_BUDGET = 128_000_000  # memory for decoding frames, all requests together
MAX_DECODED_BYTES = 16_000_000  # one request; the largest honest push frame is ~3 MB
# Decoding holds the decompressed bytes, their text and the parsed objects (bounded in count
# by frames.MAX_JSON_ITEMS): about four times the decoded size at worst, reserved up front.
# So two frames of the largest size decode at once; honest 1-3 MB frames, dozens.
DECODE_EXPANSION = 4
RETRY_AFTER_S = 5
SIGNATURE_B64_LEN = 88  # 64 bytes of Ed25519 signature in standard base64


@dataclass(frozen=True)
class Refusal:
    """An early answer: HTTP status and a stable code."""

    status: int
    code: str
    extra: dict[str, object] | None = None


class Budget:
    """Bytes shared by all requests in flight; a reservation that does not fit is refused."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.used = 0
        self.lock = threading.Lock()

    def take(self, size: int) -> bool:
        """Reserve size bytes; False when the budget cannot hold them now."""
        with self.lock:
            if self.used + size > self.total:
                return False
            self.used += size
            return True

    def give(self, size: int) -> None:
        """Return a reservation."""
        with self.lock:
            self.used -= size

    @contextmanager
    def held(self, size: int) -> Iterator[bool]:
        """Hold size bytes for the block (yields False, holding nothing, when refused)."""
        if not self.take(size):
            yield False
            return
        try:
            yield True
        finally:
            self.give(size)


def header_refusal(db: Database, headers: dict[str, str]) -> Refusal | None:
    """Return why a request's signature headers cannot be valid, without its body."""
    device_id = headers.get(signing.DEVICE_HEADER.lower(), "")
    stamp = headers.get(signing.TIME_HEADER.lower(), "")
    signature = headers.get(signing.SIGNATURE_HEADER.lower(), "")
    if not (device_id and stamp and signature) or len(device_id) > 64 or len(stamp) > 32:
        return Refusal(401, "auth_missing")
    if len(signature) != SIGNATURE_B64_LEN:
        return Refusal(401, "bad_signature")
    skew = signing.stamp_skew(stamp)
    if skew is None:
        return Refusal(401, "bad_signature")
    if skew > signing.MAX_CLOCK_SKEW_S:
        return Refusal(401, "clock_skew", {"server_time": time.time()})
    with db.transaction() as tx:
        device = load_device(tx, device_id)
    if device is None or device.public_key is None:
        return Refusal(401, "unknown_device")
    return None  # a revoked device goes on to the signed revocation answer


def signature_refusal(
    db: Database, method: str, path: str, headers: dict[str, str], body: bytes
) -> Refusal | None:
    """Return why the body's signature is not valid; a revoked device passes (its handler
    answers with the signed notice that lists it)."""
    try:
        authenticate(db, method, path, headers, body)
    except AuthError as exc:
        if exc.code == "device_revoked":
            return None
        extra: dict[str, object] | None = (
            {"server_time": time.time()} if exc.code == "clock_skew" else None
        )
        return Refusal(401, exc.code, extra)
    return None


def length_refusal(headers: dict[str, str], cap: int) -> Refusal | None:
    """Return why the declared body length is not acceptable."""
    declared = headers.get("content-length", "")
    if not declared:
        return Refusal(411, "length_required")
    if not declared.isdigit() or len(declared) > 12:
        return Refusal(400, "bad_request")
    if int(declared) > cap:
        return Refusal(413, "body_too_large", {"limit": cap})
    return None


def decode_reservation(body: bytes) -> int | Refusal:
    """Return the memory to reserve for decoding a frame, or why it is refused undecoded."""
    try:
        params = zstandard.get_frame_parameters(body)
    except zstandard.ZstdError:
        return Refusal(422, "frame_malformed")
    size = params.content_size
    if size == zstandard.CONTENTSIZE_UNKNOWN or size == zstandard.CONTENTSIZE_ERROR:
        return Refusal(422, "frame_size_unknown")
    if size > MAX_DECODED_BYTES:
        return Refusal(413, "frame_too_large", {"limit": MAX_DECODED_BYTES})
    return int(size) * DECODE_EXPANSION


async def read_body(request: Request, cap: int) -> bytes | None:
    """Return the body, or None when it grows past cap or the client went away.

    A dropped connection is routine on a 2G link: no traceback, the laptop retries.
    """
    chunks, size = [], 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > cap:
                return None
            chunks.append(chunk)
    except ClientDisconnect:
        return None
    return b"".join(chunks)


def bad_request_code(exc: ValidationError) -> str:
    """Return the code of a request that failed the wire models: which part was wrong."""
    if any(err["loc"][:1] == ("cursors",) for err in exc.errors()):
        return "bad_cursor"
    return "bad_request"
