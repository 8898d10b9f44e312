"""Attachment transfer: which blobs the server lacks, resumable chunked upload, ranged download.

Blobs are named by the SHA-256 of their plain (re-encoded) content and never travel inside
change frames. Upload is tus-style: the server's answer carries the offset it holds, the
client sends the next chunk there; a cut connection costs at most the chunk in flight.
A USB bundle carries the same chunks as `BlobChunk` frames: what an upload sends as headers
(offset, whole length, chunk hash) plus the bytes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from typing import Annotated

from pydantic import Field, StringConstraints

from .wire import Wire

MISSING_PATH = "/v1/blobs/missing"
BLOB_PREFIX = "/v1/blobs/"
MIN_CHUNK = 32 * 1024
MAX_CHUNK = 64 * 1024
MAX_BLOB = 64_000_000  # a re-encoded photo or scan is far below this
MAX_QUERY = 500
OFFSET_HEADER = "Upload-Offset"
LENGTH_HEADER = "Upload-Length"
CHUNK_HASH_HEADER = "X-Chunk-Sha256"

Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
_RANGE = re.compile(r"^bytes=(\d+)-(\d*)$")


class BlobQuery(Wire):
    """Which of these does the server lack?"""

    hashes: Annotated[list[Sha256], Field(max_length=MAX_QUERY)]


class BlobOffset(Wire):
    """A blob the server lacks, and how many of its bytes it already holds."""

    sha256: Sha256
    offset: int = Field(ge=0)


class BlobAnswer(Wire):
    """The lacking blobs (with their upload offsets) and those this device may not send."""

    missing: list[BlobOffset] = Field(default_factory=list)
    denied: list[Sha256] = Field(default_factory=list)


def blob_path(sha256: str) -> str:
    """Return the URL path of one blob."""
    return BLOB_PREFIX + sha256


def parse_range(header: str, size: int) -> tuple[int, int] | None:
    """Return (first, last) byte of a single 'bytes=a-b' range inside size, else None."""
    found = _RANGE.match(header.strip())
    if not found:
        return None
    first = int(found.group(1))
    last = int(found.group(2)) if found.group(2) else size - 1
    if first >= size or last < first:
        return None
    return first, min(last, size - 1)


class BlobChunk(Wire):
    """One chunk of a blob in a bundle frame: an online upload's headers and body in one."""

    sha256: Sha256  # the whole blob's plain content
    offset: int = Field(ge=0, le=MAX_BLOB)
    length: int = Field(ge=1, le=MAX_BLOB)  # the whole blob
    chunk_sha256: Sha256
    data: Annotated[str, StringConstraints(min_length=4, max_length=(MAX_CHUNK + 2) // 3 * 4)]

    @classmethod
    def of(cls, sha256: str, offset: int, length: int, chunk: bytes) -> BlobChunk:
        """Return the frame of one chunk of a blob."""
        return cls(sha256=sha256, offset=offset, length=length,
                   chunk_sha256=hashlib.sha256(chunk).hexdigest(),
                   data=base64.b64encode(chunk).decode())  # fmt: skip

    def content(self) -> bytes:
        """Return the chunk's bytes, or raise ValueError when they are not what it names."""
        try:
            chunk = base64.b64decode(self.data, validate=True)
        except binascii.Error:
            raise ValueError("chunk_corrupt") from None
        if hashlib.sha256(chunk).hexdigest() != self.chunk_sha256:
            raise ValueError("chunk_corrupt")
        return chunk
