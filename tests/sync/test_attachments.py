"""Attachment blobs: batched lack query, resumable chunked upload, ranged download, scopes."""

from __future__ import annotations

import hashlib
import io
import math
import random
from pathlib import Path

import pytest
from blob_harness import CutAfter, blob_service, routed
from PIL import Image
from subei_sync.client.attachments import AttachmentQueue, BlobResult
from subei_sync.client.engine import SyncFailed
from subei_sync.client.transport import Unreachable
from subei_sync.protocol.blobs import CHUNK_HASH_HEADER, LENGTH_HEADER, OFFSET_HEADER, blob_path
from subei_sync.server.service import SyncService
from sync_harness import GRID_A, GRID_B, Laptop, add_household, enrol_laptop
from test_encrypted_sync import _encrypted

from subei_mobile.attachments import attach_file, read_blob
from subei_mobile.photos import PhotoLimits

CHUNK = 32 * 1024
CANARY = "620923197903048170 CANARY-SCAN"


def _noisy_photo(path: Path, size: tuple[int, int] = (2400, 1800)) -> Path:
    rng = random.Random(7)
    image = Image.frombytes(
        "RGB", size, bytes(rng.getrandbits(8) for _ in range(size[0] * size[1] * 3))
    )
    exif = Image.Exif()
    exif[0x8825] = {2: (45.0, 0.0, 0.0)}  # a GPS block
    image.save(path, "JPEG", quality=95, exif=exif)
    return path


def _queue(laptop: Laptop, transport: object, chunk: int = CHUNK) -> AttachmentQueue:
    return AttachmentQueue(laptop.store, transport, laptop.identity, chunk=chunk)  # type: ignore[arg-type]


def _setup(service: SyncService, tmp_path: Path) -> tuple[Laptop, Laptop, object, str, bytes]:
    blobs = blob_service(service, tmp_path)
    transport = routed(service, blobs)
    a = _encrypted(service, tmp_path, "a", "field-staff", GRID_A)
    office = _encrypted(service, tmp_path, "office", "township-office")
    a.transport = office.transport = transport
    _, person = add_household(a.store, GRID_A)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes((CANARY + "\n").encode() * 6000)  # ~200 KB, not a photo: kept as is
    att = attach_file(a.store, "persons", person, scan, "application/pdf")
    scan.unlink()
    return a, office, transport, att.sha256, read_blob(a.store.data_dir, att.sha256, a.store.codec)


def test_upload_then_ranged_download_round_trip(service: SyncService, tmp_path: Path) -> None:
    a, office, transport, sha, content = _setup(service, tmp_path)
    q = _queue(a, transport)
    assert q.unsent() == []  # the record is not on the server yet: the queue waits
    a.sync()
    sent = q.run()
    assert sent.uploaded == [sha] and sent.chunks_up == math.ceil(len(content) / CHUNK)
    assert q.run() == BlobResult()  # confirmed: nothing asked, nothing sent
    office.sync()
    got = _queue(office, transport).run()
    assert got.downloaded == [sha] and got.bytes_down == len(content)
    assert read_blob(office.store.data_dir, sha, office.store.codec) == content
    server_copy = tmp_path / "server-blobs" / sha[:2] / sha[2:]
    assert server_copy.read_bytes() == content  # the server keeps plain blobs, by hash


@pytest.mark.parametrize("after", [False, True], ids=["request-lost", "answer-lost"])
@pytest.mark.parametrize("cut_at", [1, 3, 6])
def test_cut_upload_resumes_resending_at_most_one_chunk(
    service: SyncService, tmp_path: Path, cut_at: int, after: bool
) -> None:
    a, _, _, sha, content = _setup(service, tmp_path)
    a.sync()
    cut = CutAfter("PATCH", cut_at, after)
    flaky = routed(service, blob_service(service, tmp_path), cut)
    first = BlobResult()
    with pytest.raises(Unreachable):
        _queue(a, flaky).upload(first)
    second = _queue(a, flaky).run()
    chunks = math.ceil(len(content) / CHUNK)
    total = first.chunks_up + second.chunks_up
    assert chunks <= total <= chunks + 1
    # The lost answer of the last chunk: the server already holds it all, nothing left to send.
    assert second.uploaded == ([] if after and cut_at == chunks else [sha])
    assert (tmp_path / "server-blobs" / sha[:2] / sha[2:]).read_bytes() == content


def test_cut_download_resumes_from_sealed_chunks(service: SyncService, tmp_path: Path) -> None:
    from test_at_rest import canary_hits

    a, office, transport, sha, content = _setup(service, tmp_path)
    a.sync()
    _queue(a, transport).run()
    office.sync()
    cut = CutAfter("GET", 4, True)
    flaky = routed(service, blob_service(service, tmp_path), cut)
    first = BlobResult()
    with pytest.raises(Unreachable):
        _queue(office, flaky).download(first)
    partial = office.store.data_dir / "attachments" / "partial" / sha
    assert len([p for p in partial.iterdir() if p.name.isdigit()]) == 3
    assert canary_hits(office.store.data_dir, [CANARY]) == []  # partial chunks are sealed
    second = _queue(office, flaky).run()
    # Kept chunks are not fetched again; only the answer lost on the wire is asked for twice.
    assert first.bytes_down == 3 * CHUNK and first.bytes_down + second.bytes_down == len(content)
    assert read_blob(office.store.data_dir, sha, office.store.codec) == content
    assert not partial.exists()


def test_corrupted_chunk_is_rejected(service: SyncService, tmp_path: Path) -> None:
    a, _, _, sha, content = _setup(service, tmp_path)
    a.sync()
    blobs = blob_service(service, tmp_path)
    chunk = content[:CHUNK]
    bad = bytes([chunk[0] ^ 1]) + chunk[1:]  # damaged after its hash was taken
    path = blob_path(sha)
    headers = {k.lower(): v for k, v in {
        **a.identity.sign("PATCH", path, bad), OFFSET_HEADER: "0",
        LENGTH_HEADER: str(len(content)), CHUNK_HASH_HEADER: hashlib.sha256(chunk).hexdigest(),
    }.items()}  # fmt: skip
    reply = blobs.handle_upload("PATCH", path, headers, bad, sha)
    assert reply.status == 422 and b"chunk_corrupt" in reply.body
    assert blobs.store.offset(sha) == 0
    # Every chunk matching its own hash but the whole not matching its name: refused too.
    wrong = hashlib.sha256(b"other").hexdigest()
    assert blobs.store.append(wrong, 0, 5, b"hello") == (0, "blob_corrupt")
    assert not blobs.store.has(wrong)


def test_blobs_only_for_devices_whose_scopes_name_them(
    service: SyncService, tmp_path: Path
) -> None:
    a, office, transport, sha, _ = _setup(service, tmp_path)
    b = enrol_laptop(service, tmp_path, "b", "field-staff", GRID_B, transport=transport)
    add_household(b.store, GRID_B)
    a.sync()
    _queue(a, transport).run()
    b.sync()
    qb = _queue(b, transport)
    assert qb.ask([sha]).denied == [sha]
    with pytest.raises(SyncFailed) as caught:
        qb._call("GET", blob_path(sha), b"", {"Range": "bytes=0-99"})
    assert caught.value.status == 403 and caught.value.code == "blob_denied"
    office.sync()
    assert _queue(office, transport).ask([sha]).denied == []  # township office: its township


def test_photos_are_reencoded_and_stripped_before_queuing(
    service: SyncService, tmp_path: Path
) -> None:
    a = enrol_laptop(service, tmp_path, "a", "field-staff", GRID_A)
    _, person = add_household(a.store, GRID_A)
    photo = _noisy_photo(tmp_path / "camp.jpg")
    att = attach_file(a.store, "persons", person, photo, "image/jpeg", photo=PhotoLimits(800, 70))
    stored = read_blob(a.store.data_dir, att.sha256, a.store.codec)
    assert hashlib.sha256(stored).hexdigest() == att.sha256 and att.size == len(stored)
    assert len(stored) < photo.stat().st_size / 3
    with Image.open(io.BytesIO(stored)) as image:
        assert max(image.size) == 800 and not image.getexif()
