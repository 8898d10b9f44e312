"""USB bundles carry attachment chunks (photos, signatures) and audit entries both ways.

Laptop -> stick -> county: the server verifies the audit chain from the bundle, keeps the
blobs the bundle's attachment records name, and the return bundle acknowledges both; the
township office gets the images back on its own return stick and prints them.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from bundle_harness import County
from PIL import Image
from subei_sync.bundle.format import (
    BundleError,
    build_inner,
    key_id,
    open_inner,
    pack_frames,
    payload_hash,
    seal,
    x25519_public_bytes,
)
from subei_sync.bundle.models import BundleHeader
from subei_sync.client.attachments import AttachmentQueue
from subei_sync.client.bundle_commands import (
    _requests,
    county_keys,
    export_bundle,
    import_return,
    return_key,
)
from subei_sync.client.identity import AUDIT_ACKED_KEY
from subei_sync.protocol import frames
from subei_sync.protocol.signing import b64
from subei_sync.server.blobs import BlobStore
from subei_sync.server.bundle_import import import_bundle, import_files
from subei_sync.server.bundle_keys import ServerKeys
from sync_harness import GRID_A, TOWNSHIP, Laptop, add_household, enrol_laptop

from subei_mobile.attachments import attach_file, read_blob
from subei_mobile.reports.printables import agreement_data
from subei_mobile.store.migrations import LATEST

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))
from signed_case import open_case, sign_with_images


def noisy_photo(path: Path, seed: int, size: tuple[int, int] = (900, 700)) -> Path:
    rng = random.Random(seed)
    pixels = bytes(rng.getrandbits(8) for _ in range(size[0] * size[1] * 3))
    Image.frombytes("RGB", size, pixels).save(path, "JPEG", quality=90)
    return path


def field_work(laptop: Laptop, tmp_path: Path, photos: int = 1) -> tuple[list[str], str]:
    """A household with photos of its head, and a signed mediation; return (blobs, agreement)."""
    _, person = add_household(laptop.store, GRID_A)
    shas = []
    for i in range(photos):
        photo = noisy_photo(tmp_path / f"photo-{i}.jpg", seed=i)
        shas.append(attach_file(laptop.store, "persons", person, photo, "image/jpeg").sha256)
    agreement_id, _ = sign_with_images(laptop.store, open_case(laptop.store, TOWNSHIP, GRID_A))
    signed = laptop.store.conn.execute(
        "SELECT image_sha256 FROM mediation_signatures WHERE agreement_id = ?", (agreement_id,)
    ).fetchall()
    return shas + [r[0] for r in signed], agreement_id


def server_chain(county: County, device_id: str) -> tuple[int, int]:
    """Return (entries the server holds, verified chain length) for a device."""
    held = county.db.conn.execute(
        "SELECT COUNT(*) FROM audit_entries WHERE device_id = ?", (device_id,)
    ).fetchone()[0]
    seq = county.db.conn.execute(
        "SELECT seq FROM audit_chains WHERE device_id = ?", (device_id,)
    ).fetchone()[0]
    return int(held), int(seq)


def _return_for(written: list[Path], laptop: Laptop) -> bytes:
    (path,) = [p for p in written if p.name.startswith(f"return-{laptop.identity.device_id}-")]
    return path.read_bytes()


def test_round_trip_carries_attachments_and_audit(county: County, tmp_path: Path) -> None:
    a = enrol_laptop(county.service, tmp_path, "a", "field-staff", GRID_A)
    office = enrol_laptop(county.service, tmp_path, "office", "township-office")
    blobs, agreement_id = field_work(a, tmp_path)
    assert len(blobs) == 4  # a photo and three drawn signatures
    local_chain = int(a.store.meta("audit_seq"))

    stick = tmp_path / "stick"
    carried = export_bundle(a.store, a.identity, stick)
    assert (carried.attachments, carried.left) == (4, 0)
    from_office = export_bundle(office.store, office.identity, stick)  # the carrier's own
    root = county.data_dir / "blobs"
    outcomes, written = import_files(
        county.db, county.keys, [from_office.path, carried.path], tmp_path / "back", root
    )
    result = outcomes[1][1]
    assert not isinstance(result, BundleError), result
    assert sorted(result.blobs) == sorted(blobs)
    # The server holds every blob, named by its plain content, and verified a's whole chain.
    for sha in blobs:
        assert BlobStore(root).path(sha).read_bytes() == read_blob(a.store.data_dir, sha,
                                                                    a.store.codec)  # fmt: skip
    assert server_chain(county, a.identity.device_id) == (local_chain, local_chain)

    # The return bundle acknowledges the changes, the audit entries and the blobs.
    got = import_return(a.store, a.identity, _return_for(written, a))
    assert (got.status, got.blobs_acked) == ("imported", 4)
    assert int(a.store.meta(AUDIT_ACKED_KEY)) == local_chain
    assert AttachmentQueue(a.store, a.transport, a.identity).unsent() == []
    again = export_bundle(a.store, a.identity, tmp_path / "stick2")
    assert (again.changes, again.attachments) == (0, 0)

    # The township office gets the records and the images on its return stick, and prints them.
    got = import_return(office.store, office.identity, _return_for(written, office))
    assert got.blobs_received == 4
    marks = agreement_data(office.store, agreement_id).signatures
    assert len(marks) == 3 and all(m.image_png and not m.missing_image for m in marks)
    for sha in blobs:
        assert read_blob(office.store.data_dir, sha, office.store.codec) == read_blob(
            a.store.data_dir, sha, a.store.codec
        )


def test_edited_audit_row_in_a_bundle_is_refused_and_flagged(
    county: County, tmp_path: Path
) -> None:
    a = enrol_laptop(county.service, tmp_path, "a", "field-staff", GRID_A)
    field_work(a, tmp_path)
    a.store.conn.execute("UPDATE audit_log SET user_id = 'someone-else' WHERE seq = 3")
    data = export_bundle(a.store, a.identity, tmp_path / "stick").path.read_bytes()
    root = county.data_dir / "blobs"
    with pytest.raises(BundleError) as err:
        import_bundle(county.db, county.keys, data, BlobStore(root))
    assert err.value.code == "bundle.audit_chain_broken"
    assert "entry 3" in err.value.message()
    assert county.db.conn.execute("SELECT COUNT(*) FROM records").fetchone()[0] == 0
    assert not root.exists() or not any(p.is_file() for p in root.rglob("*"))
    flagged = county.db.conn.execute(
        "SELECT fault_seq FROM audit_chains WHERE device_id = ?", (a.identity.device_id,)
    ).fetchone()[0]
    assert flagged == 3


def _v1_bundle(laptop: Laptop, version: int = 1) -> bytes:
    """What a laptop with the previous program wrote: changes only, format 1."""
    requests = [r.model_copy(update={"audit": [], "audit_total": None, "attestations": []})
                for r in _requests(laptop.store, laptop.identity)]  # fmt: skip
    parts = [frames.encode(r) for r in requests]
    payload = pack_frames(parts)
    county_key, _ = county_keys(laptop.store)
    header = BundleHeader(
        format=1, kind="device", bundle_id="ab" * 16, device_id=laptop.identity.device_id,
        seq=1, created_at="2026-03-01T00:00:00+00:00", schema_version=LATEST,
        frames=len(parts), changes=sum(len(r.changes) for r in requests),
        payload_sha256=payload_hash(payload), recipient_key_id=key_id(county_key),
        return_key=b64(x25519_public_bytes(return_key(laptop.store))),
    )  # fmt: skip
    return seal(build_inner(header, payload, laptop.identity.key), "device", county_key, version)


def test_format_1_bundles_still_import_and_unknown_formats_say_so(
    county: County, tmp_path: Path
) -> None:
    a = enrol_laptop(county.service, tmp_path, "a", "field-staff", GRID_A)
    add_household(a.store, GRID_A)
    old = tmp_path / "old.subei"
    old.write_bytes(_v1_bundle(a))
    outcomes, written = import_files(county.db, county.keys, [old], tmp_path / "back")
    done = outcomes[0][1]
    assert not isinstance(done, BundleError)
    assert (done.status, done.applied, done.blobs) == ("imported", 2, [])
    # Its return bundle is format 1 too, without the new receipt fields an old laptop refuses.
    (back,) = written
    data = back.read_bytes()
    assert data[8] == 1
    inner = open_inner(data, "return", return_key(a.store))
    assert b'"chunks"' not in inner.header_bytes and b'"audit"' not in inner.header_bytes
    assert "audit_ack" not in frames.decode_json(inner.frames[0])["receipt"]
    got = import_return(a.store, a.identity, data)
    assert (got.status, got.acked, got.blobs_acked) == ("imported", 2, 0)

    with pytest.raises(BundleError) as err:
        import_bundle(county.db, county.keys, _v1_bundle(a, version=3))
    assert err.value.code == "bundle.version_unsupported"
    assert "format 3; this program reads formats 1, 2" in err.value.message()
    # A format 1 header inside a format 2 envelope (or the other way round) is refused.
    with pytest.raises(BundleError) as err:
        import_bundle(county.db, county.keys, _v1_bundle(a, version=2))
    assert err.value.code == "bundle.header_invalid"


def test_attachments_over_the_size_cap_go_on_the_next_bundles(
    county: County, tmp_path: Path
) -> None:
    a = enrol_laptop(county.service, tmp_path, "a", "field-staff", GRID_A)
    blobs, _ = field_work(a, tmp_path, photos=3)
    photo_bytes = max(len(read_blob(a.store.data_dir, s, a.store.codec)) for s in blobs)
    budget = int(photo_bytes * 1.6)  # room for about one photo (and the small signatures)
    root = county.data_dir / "blobs"
    held: set[str] = set()
    sticks = []
    for n in range(1, 6):
        exported = export_bundle(a.store, a.identity, tmp_path / f"s{n}", blob_budget=budget)
        assert exported.attachment_bytes <= budget
        sticks.append(exported)
        # Nothing came back yet: the changes go whole each time, the blobs take turns.
        result = import_bundle(county.db, county.keys, exported.path.read_bytes(), BlobStore(root))
        held.update(result.blobs)
        if not exported.left:
            break
    assert len(sticks) >= 3 and sticks[0].left > 0
    assert held == set(blobs)
    assert all(BlobStore(root).has(sha) for sha in blobs)


def test_foreign_county_cannot_open_attachments(county: County, tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    a = enrol_laptop(county.service, tmp_path, "a", "field-staff", GRID_A)
    field_work(a, tmp_path)
    data = export_bundle(a.store, a.identity, tmp_path / "stick").path.read_bytes()
    assert b"\x89PNG" not in data and b"\xff\xd8\xff" not in data  # sealed on the stick
    foreign = ServerKeys(X25519PrivateKey.generate(), county.keys.signer)
    with pytest.raises(BundleError) as err:
        import_bundle(county.db, foreign, data)
    assert err.value.code == "bundle.wrong_recipient"


def test_encrypted_laptops_keep_carried_images_sealed(county: County, tmp_path: Path) -> None:
    from test_encrypted_sync import _encrypted

    a = _encrypted(county.service, tmp_path, "a", "field-staff", GRID_A)
    office = _encrypted(county.service, tmp_path, "office", "township-office")
    blobs, agreement_id = field_work(a, tmp_path)
    images = {sha: read_blob(a.store.data_dir, sha, a.store.codec) for sha in blobs}
    stick = tmp_path / "stick"
    files = [export_bundle(lt.store, lt.identity, stick).path for lt in (office, a)]
    _, written = import_files(county.db, county.keys, files, tmp_path / "back",
                              county.data_dir / "blobs")  # fmt: skip
    assert (
        import_return(office.store, office.identity, _return_for(written, office)).blobs_received
        == 4
    )
    marks = agreement_data(office.store, agreement_id).signatures
    assert sorted(m.image_png for m in marks if m.image_png) == sorted(
        content for content in images.values() if content.startswith(b"\x89PNG")
    )
    for laptop in (a, office):  # neither laptop holds an image in the clear
        on_disk = b"".join(p.read_bytes() for p in laptop.store.data_dir.rglob("*") if p.is_file())
        assert b"\x89PNG\r\n\x1a\n" not in on_disk, laptop.name
        for content in images.values():
            runs = [content[i : i + 64] for i in range(0, len(content) - 64, 997)]
            assert not any(run in on_disk for run in runs), laptop.name


@pytest.mark.parametrize("partial", ["none", "good", "damaged"])
def test_a_carried_blob_continues_or_replaces_an_interrupted_upload(
    tmp_path: Path, partial: str
) -> None:
    import hashlib

    content = random.Random(5).randbytes(200_000)
    sha = hashlib.sha256(content).hexdigest()
    store = BlobStore(tmp_path / "blobs")
    if partial != "none":  # an online upload cut after its first chunk
        first = content[:65536] if partial == "good" else bytes(65536)
        assert store.append(sha, 0, len(content), first) == (65536, "")
    assert store.put(sha, content)
    assert store.path(sha).read_bytes() == content
    assert not store.partial(sha).exists()
    assert store.put(sha, content)  # a replayed bundle: already held, nothing written
