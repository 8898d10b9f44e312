"""Attachment blobs on the server: on disk under the data folder (also with PostgreSQL).

A device may send or fetch a blob only when an attachment record in one of its scopes names
it; partial uploads live apart from finished ones and are only promoted after the whole
file's SHA-256 matches its name.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from pathlib import Path

from pydantic import ValidationError

from ..protocol.blobs import (
    CHUNK_HASH_HEADER,
    LENGTH_HEADER,
    MAX_BLOB,
    MAX_CHUNK,
    OFFSET_HEADER,
    BlobAnswer,
    BlobOffset,
    BlobQuery,
    parse_range,
)
from ..protocol.checksums import covers
from .database import Database, Tx
from .devices import AuthError, Device, authenticate
from .service import RateLimit, Reply, error

BLOB_DIR = "blobs"  # under the server's data folder, with SQLite and with PostgreSQL


class BlobStore:
    """Finished blobs at root/ab/cdef..., uploads in progress at root/partial/<sha>."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.lock = threading.Lock()  # one appender at a time: offsets stay consistent

    def path(self, sha256: str) -> Path:
        """Return where a finished blob lives."""
        return self.root / sha256[:2] / sha256[2:]

    def partial(self, sha256: str) -> Path:
        """Return where an upload in progress lives."""
        return self.root / "partial" / sha256

    def has(self, sha256: str) -> bool:
        """Return True when the whole blob is stored."""
        return self.path(sha256).exists()

    def offset(self, sha256: str) -> int:
        """Return how many bytes of an upload in progress are held."""
        part = self.partial(sha256)
        return part.stat().st_size if part.exists() else 0

    def append(self, sha256: str, offset: int, length: int, chunk: bytes) -> tuple[int, str]:
        """Append a chunk at offset; return (bytes held, error code or '')."""
        with self.lock:
            if self.has(sha256):
                return length, ""
            held = self.offset(sha256)
            if offset != held:
                return held, "offset_mismatch"
            if held + len(chunk) > length:
                return held, "length_exceeded"
            part = self.partial(sha256)
            part.parent.mkdir(parents=True, exist_ok=True)
            with open(part, "ab") as out:
                out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            held += len(chunk)
            if held < length:
                return held, ""
            if _sha256_file(part) != sha256:
                part.unlink()  # start again from 0: some chunk was wrong despite its own hash
                return 0, "blob_corrupt"
            target = self.path(sha256)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(part, target)
            return held, ""

    def put(self, sha256: str, content: bytes) -> bool:
        """Store a whole blob that came by USB bundle; return True when it is held.

        It goes in through `append`, chunk by chunk, like an upload. An upload in progress is
        continued where it stands (the bundle's bytes are the same blob, checked by its name).
        """
        for _ in range(2):  # a second pass when the held partial turned out damaged
            for at in range(0, len(content), MAX_CHUNK):
                held = len(content) if self.has(sha256) else self.offset(sha256)
                end = min(at + MAX_CHUNK, len(content))
                if held < at:
                    break  # cannot happen after a clean append; never write past a gap
                if held < end and self.append(sha256, held, len(content), content[held:end])[1]:
                    break
            if self.has(sha256):
                return True
        return False


def blob_allowed(tx: Tx, device: Device, sha256: str) -> bool:
    """Return True when an attachment record in the device's scopes names this blob."""
    # records.fields is canonical JSON (sorted keys, no spaces), so the needle is exact.
    needle = f'%"sha256":"{sha256}"%'
    rows = tx.execute(
        "SELECT scope FROM records WHERE table_name = 'attachments' AND deleted = 0"
        " AND fields LIKE ?",
        (needle,),
    )
    return any(covers(s, r[0]) for r in rows for s in device.scopes)


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class BlobService:
    """Signed blob requests: the lack query, chunk upload and ranged download."""

    def __init__(self, db: Database, root: Path, limit: RateLimit | None = None) -> None:
        self.db = db
        self.store = BlobStore(root)
        self.limit = limit or RateLimit(200.0, 1000)

    def _device(self, method: str, path: str, headers: dict[str, str], body: bytes) -> Device:
        return authenticate(self.db, method, path, headers, body)

    def allowed(self, device: Device, sha256: str) -> bool:
        """Return True when an attachment record in the device's scopes names this blob."""
        with self.db.transaction() as tx:
            return blob_allowed(tx, device, sha256)

    def handle_missing(self, method: str, path: str, headers: dict[str, str], body: bytes) -> Reply:
        """Answer which of the asked blobs the server lacks, with upload offsets."""
        try:
            device = self._device(method, path, headers, body)
        except AuthError as exc:
            return error(401, exc.code)
        if not self.limit.allow(device.id):
            return error(429, "rate_limited")
        try:
            query = BlobQuery.model_validate_json(body)
        except ValidationError:
            return error(422, "bad_request")
        answer = BlobAnswer()
        for sha in dict.fromkeys(query.hashes):
            if not self.allowed(device, sha):
                answer.denied.append(sha)
            elif not self.store.has(sha):
                answer.missing.append(BlobOffset(sha256=sha, offset=self.store.offset(sha)))
        return Reply(200, answer.model_dump_json().encode())

    def handle_upload(
        self, method: str, path: str, headers: dict[str, str], body: bytes, sha256: str
    ) -> Reply:
        """Append one chunk at the offset the client names; answer the offset now held."""
        try:
            device = self._device(method, path, headers, body)
        except AuthError as exc:
            return error(401, exc.code)
        if not self.limit.allow(device.id):
            return error(429, "rate_limited")
        try:
            offset = int(headers.get(OFFSET_HEADER.lower(), ""))
            length = int(headers.get(LENGTH_HEADER.lower(), ""))
        except ValueError:
            return error(422, "bad_offset")
        if len(body) > MAX_CHUNK:
            return error(413, "chunk_too_large", limit=MAX_CHUNK)
        if length > MAX_BLOB:
            return error(413, "blob_too_large", limit=MAX_BLOB)
        if offset < 0 or length <= 0 or not body:
            return error(422, "bad_offset")
        if hashlib.sha256(body).hexdigest() != headers.get(CHUNK_HASH_HEADER.lower(), ""):
            return error(422, "chunk_corrupt", offset=self.store.offset(sha256))
        if not self.allowed(device, sha256):
            return error(403, "blob_denied")
        held, code = self.store.append(sha256, offset, length, body)
        if code:
            status = 409 if code == "offset_mismatch" else 422
            return error(status, code, offset=held)
        done = json.dumps({"offset": held, "complete": held >= length}).encode()
        return Reply(200, done, headers={OFFSET_HEADER: str(held)})

    def handle_download(
        self, method: str, path: str, headers: dict[str, str], sha256: str
    ) -> Reply:
        """Return the blob, or the one byte range the Range header asks for."""
        try:
            device = self._device(method, path, headers, b"")
        except AuthError as exc:
            return error(401, exc.code)
        if not self.limit.allow(device.id):
            return error(429, "rate_limited")
        if not self.allowed(device, sha256):
            return error(403, "blob_denied")
        target = self.store.path(sha256)
        if not target.exists():
            return error(404, "blob_missing")
        size = target.stat().st_size
        wanted = headers.get("range")
        if wanted is None:
            return Reply(200, target.read_bytes(), "application/octet-stream",
                         {"Accept-Ranges": "bytes"})  # fmt: skip
        span = parse_range(wanted, size)
        if span is None:
            return error(416, "bad_range", size=size)
        first, last = span
        with open(target, "rb") as fh:
            fh.seek(first)
            data = fh.read(last - first + 1)
        return Reply(206, data, "application/octet-stream",
                     {"Content-Range": f"bytes {first}-{last}/{size}"})  # fmt: skip
