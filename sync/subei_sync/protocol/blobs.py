"""Attachment transfer: which blobs the server lacks, resumable chunked upload, ranged download.

Blobs are named by the SHA-256 of their plain (re-encoded) content and never travel inside
change frames. Upload is tus-style: the server's answer carries the offset it holds, the
client sends the next chunk there; a cut connection costs at most the chunk in flight.
"""

from __future__ import annotations

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
