"""Attachment blobs in bundles: cut into the chunk frames online upload uses, joined and checked.

A bundle carries whole blobs only (a stick is not resumable), each as `BlobChunk` frames after
the change frames. The reader joins them per blob and checks every chunk hash and the whole
SHA-256 before anything is stored, on the server and on the laptop alike.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..protocol import frames
from ..protocol.blobs import MAX_CHUNK, BlobChunk
from .format import BundleError

FRAME_OVERHEAD = 4  # the u32 length before each frame


@dataclass
class Packed:
    """Blobs taken into a bundle, their frames, and those left for a later bundle."""

    carried: list[str] = field(default_factory=list)
    frames: list[bytes] = field(default_factory=list)
    left: list[str] = field(default_factory=list)
    bytes: int = 0  # the frames' share of the payload


def chunk_frames(sha256: str, content: bytes) -> list[bytes]:
    """Return a blob as encoded chunk frames (64 KB each, as online upload sends them)."""
    return [
        frames.encode(BlobChunk.of(sha256, at, len(content), content[at : at + MAX_CHUNK]))
        for at in range(0, len(content), MAX_CHUNK)
    ]


def pack_blobs(
    wanted: Iterable[tuple[str, int, Callable[[], bytes]]], max_bytes: int, max_frames: int
) -> Packed:
    """Take whole blobs (hash, plain size, reader) in the given order while their frames fit
    the byte and frame budgets.

    A blob that does not fit is left for the next bundle; a smaller one after it may still go.
    One more than twice the room left is not even read (no frame shrinks a blob to half but
    plain text, and a skipped scan only waits for the next bundle).
    """
    out = Packed()
    for sha, size, read in wanted:
        if size > 2 * (max_bytes - out.bytes):
            out.left.append(sha)
            continue
        content = read()
        if not content:
            continue  # nothing to carry: an empty attachment is its record alone
        parts = chunk_frames(sha, content)
        size = sum(len(p) + FRAME_OVERHEAD for p in parts)
        if out.bytes + size > max_bytes or len(out.frames) + len(parts) > max_frames:
            out.left.append(sha)
            continue
        out.carried.append(sha)
        out.frames += parts
        out.bytes += size
    return out


def join_chunks(chunks: list[BlobChunk]) -> dict[str, bytes]:
    """Return each carried blob's content; raise bundle.payload_invalid unless every chunk
    follows the one before from offset 0, its hash holds and the whole blob matches its name."""
    parts: dict[str, list[BlobChunk]] = {}
    for chunk in chunks:
        parts.setdefault(chunk.sha256, []).append(chunk)
    blobs = {}
    for sha, run in parts.items():
        content = bytearray()
        for chunk in run:
            if chunk.offset != len(content) or chunk.length != run[0].length:
                raise BundleError("bundle.payload_invalid", "attachment chunk order")
            try:
                content += chunk.content()
            except ValueError:
                raise BundleError("bundle.payload_invalid", "attachment chunk hash") from None
            if len(content) > chunk.length:
                raise BundleError("bundle.payload_invalid", "attachment length")
        if len(content) != run[0].length or hashlib.sha256(content).hexdigest() != sha:
            raise BundleError("bundle.payload_invalid", "attachment hash")
        blobs[sha] = bytes(content)
    return blobs
