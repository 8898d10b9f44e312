"""The attachment queue: after record sync, send the blobs the server lacks, fetch ours.

Lower priority than records by construction: it runs only once the record sync is done, and
only for attachment records the server has acknowledged (it refuses blobs no record names).
Uploads resume at the offset the server reports; downloads resume from the sealed chunks
already on disk (a partial photo of an ID card is never written in plain text).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from subei_mobile.attachments import blob_path, put_blob, read_blob
from subei_mobile.store import Store

from ..protocol.blobs import (
    CHUNK_HASH_HEADER,
    LENGTH_HEADER,
    MAX_CHUNK,
    MAX_QUERY,
    MIN_CHUNK,
    MISSING_PATH,
    OFFSET_HEADER,
    BlobAnswer,
    BlobQuery,
)
from ..protocol.blobs import (
    blob_path as url_of,
)
from .engine import Progress, SyncFailed, error_code
from .identity import Identity
from .transport import Answer, RequestTransport, Unreachable

SENT_KEY = "blobs.sent."  # meta marker: the server holds this blob


@dataclass
class BlobResult:
    """What one pass of the attachment queue did."""

    uploaded: list[str] = field(default_factory=list)
    downloaded: list[str] = field(default_factory=list)
    denied: list[str] = field(default_factory=list)
    bytes_up: int = 0
    bytes_down: int = 0
    chunks_up: int = 0


class AttachmentQueue:
    """Moves attachment blobs between this laptop and the county server."""

    def __init__(
        self, store: Store, transport: RequestTransport, identity: Identity, *,
        chunk: int = MAX_CHUNK, progress: Progress | None = None,
    ) -> None:  # fmt: skip
        if not MIN_CHUNK <= chunk <= MAX_CHUNK:
            raise ValueError("chunk size must be 32-64 KB")
        self.store = store
        self.transport = transport
        self.identity = identity
        self.chunk = chunk
        self.progress: Progress = progress or (lambda phase, done, total: None)

    def run(self) -> BlobResult:
        """Send what the server lacks, then fetch what this laptop lacks."""
        result = BlobResult()
        self.upload(result)
        self.download(result)
        return result

    # -- upload -----------------------------------------------------------------------------

    def unsent(self) -> list[str]:
        """Return hashes of local blobs of acknowledged attachment records not yet confirmed."""
        rows = self.store.conn.execute(
            "SELECT DISTINCT a.sha256 FROM attachments a WHERE a._deleted = 0"
            " AND NOT EXISTS (SELECT 1 FROM changes c WHERE c.table_name = 'attachments'"
            " AND c.record_id = a.id AND c.server_seq IS NULL)"
            " AND NOT EXISTS (SELECT 1 FROM meta m WHERE m.key = ? || a.sha256)"
            " ORDER BY a.sha256",
            (SENT_KEY,),
        ).fetchall()
        return [r[0] for r in rows if blob_path(self.store.data_dir, r[0]).exists()]

    def upload(self, result: BlobResult) -> None:
        """Ask once per batch which blobs are lacking, then send each from its offset."""
        hashes = self.unsent()
        for start in range(0, len(hashes), MAX_QUERY):
            batch = hashes[start : start + MAX_QUERY]
            answer = self.ask(batch)
            result.denied += answer.denied
            lacking = {m.sha256: m.offset for m in answer.missing}
            for sha in batch:
                if sha in lacking:
                    self._send(sha, lacking[sha], result)
                    result.uploaded.append(sha)
                if sha not in answer.denied:
                    self._mark_sent(sha)
                self.progress("attachments", len(result.uploaded), len(hashes))

    def ask(self, hashes: list[str]) -> BlobAnswer:
        """Return which of these blobs the server lacks (one request)."""
        body = BlobQuery(hashes=hashes).model_dump_json().encode()
        answer = self._call("POST", MISSING_PATH, body, {"Content-Type": "application/json"})
        try:
            return BlobAnswer.model_validate_json(answer.body)
        except ValidationError:
            raise Unreachable("answer_corrupt") from None

    def _send(self, sha: str, offset: int, result: BlobResult) -> None:
        content = read_blob(self.store.data_dir, sha, self.store.codec)
        while offset < len(content):
            chunk = content[offset : offset + self.chunk]
            headers = {
                OFFSET_HEADER: str(offset), LENGTH_HEADER: str(len(content)),
                CHUNK_HASH_HEADER: hashlib.sha256(chunk).hexdigest(),
                "Content-Type": "application/offset+octet-stream",
            }  # fmt: skip
            result.chunks_up += 1  # counted when sent: a lost answer still cost the bytes
            result.bytes_up += len(chunk)
            answer = self._call("PATCH", url_of(sha), chunk, headers, accept=(409,))
            # 200: the next offset; 409: the server holds a different amount, resume there.
            offset = int(json.loads(answer.body).get("offset", 0))

    def _mark_sent(self, sha: str) -> None:
        self.store.conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')", (SENT_KEY + sha,)
        )

    # -- download ---------------------------------------------------------------------------

    def lacking(self) -> list[str]:
        """Return hashes named by local attachment records whose file is not here."""
        rows = self.store.conn.execute(
            "SELECT DISTINCT sha256 FROM attachments WHERE _deleted = 0 ORDER BY sha256"
        ).fetchall()
        return [r[0] for r in rows if not blob_path(self.store.data_dir, r[0]).exists()]

    def download(self, result: BlobResult) -> None:
        """Fetch every lacking blob with ranged reads, resuming from sealed partial chunks."""
        wanted = self.lacking()
        for done, sha in enumerate(wanted):
            try:
                self._fetch(sha, result)
            except SyncFailed as exc:
                if exc.status not in (403, 404):  # not uploaded yet / not ours: next time
                    raise
                continue
            result.downloaded.append(sha)
            self._mark_sent(sha)
            self.progress("attachments", done + 1, len(wanted))

    def _partial_dir(self, sha: str) -> Path:
        return self.store.data_dir / "attachments" / "partial" / sha

    def _fetch(self, sha: str, result: BlobResult) -> None:
        folder = self._partial_dir(sha)
        folder.mkdir(parents=True, exist_ok=True)
        offset = _held(folder)
        size: int | None = None
        while size is None or offset < size:
            span = f"bytes={offset}-{offset + self.chunk - 1}"
            answer = self._call("GET", url_of(sha), b"", {"Range": span}, accept=(416,))
            if answer.status == 416:
                break  # we hold everything (an empty blob, or a finished partial)
            first, last, size = _content_range(answer)
            if first != offset or len(answer.body) != last - first + 1:
                raise Unreachable("range_mismatch")
            self._keep_chunk(folder, sha, offset, answer.body)
            offset += len(answer.body)
            result.bytes_down += len(answer.body)
        content = b"".join(
            self.store.codec.open_blob(f"{sha}@{start}", part.read_bytes())
            for start, part in _chunks(folder)
        )
        if hashlib.sha256(content).hexdigest() != sha:
            shutil.rmtree(folder)  # start over next time rather than keep bad bytes
            raise Unreachable("blob_corrupt")
        put_blob(self.store.data_dir, content, self.store.codec)
        shutil.rmtree(folder)

    def _keep_chunk(self, folder: Path, sha: str, offset: int, data: bytes) -> None:
        target = folder / f"{offset:012d}"
        tmp = target.with_suffix(".part")
        with open(tmp, "wb") as out:
            out.write(self.store.codec.seal_blob(f"{sha}@{offset}", data))
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
        (folder / f"{offset:012d}.len").write_text(str(len(data)))

    # -- requests ---------------------------------------------------------------------------

    def _call(
        self, method: str, path: str, body: bytes, headers: dict[str, str],
        accept: tuple[int, ...] = (),
    ) -> Answer:  # fmt: skip
        signed = {**self.identity.sign(method, path, body), **headers}
        answer = self.transport.request(method, path, body, signed)
        if answer.status in (200, 206) or answer.status in accept:
            return answer
        if answer.status >= 500 or answer.status == 429:
            raise Unreachable(f"status_{answer.status}")
        raise SyncFailed(error_code(answer.body), answer.status)


def _chunks(folder: Path) -> list[tuple[int, Path]]:
    return sorted((int(p.name), p) for p in folder.iterdir() if p.name.isdigit())


def _held(folder: Path) -> int:
    """Return the next offset after the chunks already kept (gaps end the run)."""
    offset = 0
    for start, part in _chunks(folder):
        length = part.with_name(part.name + ".len")
        if start != offset or not length.exists():
            break
        offset += int(length.read_text())
    return offset


def _content_range(answer: Answer) -> tuple[int, int, int]:
    text = answer.headers.get("content-range", "")
    try:
        unit, rest = text.split(" ", 1)
        span, total = rest.split("/", 1)
        first, last = span.split("-", 1)
        if unit != "bytes":
            raise ValueError(unit)
        return int(first), int(last), int(total)
    except ValueError:
        raise Unreachable("range_missing") from None
