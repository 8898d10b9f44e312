"""Signature images are sealed attachments of their signature; old plain ones are migrated."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from seeding import PASSWORD, Seeded

from subei_mobile import mediation, signatures
from subei_mobile.attachments import attachments_of, blob_path, put_blob, read_blob
from subei_mobile.errors import ValidationFailed
from subei_mobile.models import MediationAgreement, MediationSignature
from subei_mobile.reports.printables import agreement_data
from subei_mobile.security import accounts

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))
from signed_case import AT, draft, signature_png, signers


def folder_bytes(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file())


def test_signature_images_are_sealed_and_linked_as_attachments(seeded: Seeded) -> None:
    store = seeded.store
    pngs = [signature_png(i) for i in range(3)]
    images = [signatures.store_image(store, png) for png in pngs]
    agreement_id = draft(store, seeded.case_id)
    mediation.sign_agreement(store, agreement_id, signers(store, seeded.case_id, agreement_id,
                                                        images), at=AT)  # fmt: skip

    # Each signature owns an attachment record naming its image, queued for sync.
    rows = store.conn.execute("SELECT id, image_sha256 FROM mediation_signatures").fetchall()
    for sig_id, sha in rows:
        (linked,) = attachments_of(store, "mediation_signatures", sig_id)
        assert (linked.sha256, linked.media_type) == (sha, "image/png")
        unsent = store.conn.execute(
            "SELECT COUNT(*) FROM changes WHERE table_name = 'attachments' AND record_id = ?"
            " AND server_seq IS NULL", (linked.id,),
        ).fetchone()[0]  # fmt: skip
        assert unsent == 1
    # They read back in plain through the store's key and print.
    assert [read_blob(store.data_dir, s, store.codec) for s in images] == pngs
    marks = agreement_data(store, agreement_id).signatures
    assert sorted(m.image_png for m in marks if m.image_png) == sorted(pngs)

    # Canary: neither the PNG signature nor any 64-byte run of an image is on disk.
    on_disk = folder_bytes(seeded.data_dir)
    assert b"\x89PNG" not in on_disk
    for png in pngs:
        assert not any(png[i : i + 64] in on_disk for i in range(0, len(png) - 64, 97))
    store.close()
    assert b"\x89PNG" not in folder_bytes(seeded.data_dir)


def test_bad_signature_images_are_refused_and_nothing_is_written(seeded: Seeded) -> None:
    store = seeded.store
    with pytest.raises(ValidationFailed) as err:
        signatures.store_image(store, b"GIF89a not a signature")
    assert [i.code for i in err.value.issues] == ["signature.image_invalid"]
    agreement_id = draft(store, seeded.case_id)
    absent = "ab" * 32  # named but never kept
    changes = store.conn.execute("SELECT COUNT(*) FROM changes").fetchone()[0]
    with pytest.raises(ValidationFailed) as err:
        mediation.sign_agreement(store, agreement_id, signers(
            store, seeded.case_id, agreement_id, [absent] * 3), at=AT)  # fmt: skip
    assert [i.code for i in err.value.issues] == ["signature.image_missing"]
    assert store.conn.execute("SELECT COUNT(*) FROM changes").fetchone()[0] == changes
    assert store.load(MediationAgreement, agreement_id).status == "draft"


def test_plain_signature_images_of_an_old_store_are_sealed_and_linked(seeded: Seeded) -> None:
    store = seeded.store
    pngs = [signature_png(i + 10) for i in range(3)]
    # What the app did before: the PNG in plain (no codec), no attachment record.
    images = [put_blob(store.data_dir, png) for png in pngs]
    agreement_id = draft(store, seeded.case_id)
    with store.transaction() as tx:
        tx.update("mediation_agreements", agreement_id, {"status": "signed", "signed_at": AT})
        for sig in signers(store, seeded.case_id, agreement_id, images):
            tx.insert(sig)
    # Another laptop's signature whose image never came here is left alone.
    with store.transaction() as tx:
        tx.insert(MediationSignature(agreement_id=agreement_id, signer_role="committee",
                                     signer_name="村调委会", image_sha256="cd" * 32, signed_at=AT))  # fmt: skip
    store.close()
    assert folder_bytes(seeded.data_dir).count(b"\x89PNG") == 3

    store = accounts.login(seeded.data_dir, "wang", PASSWORD)  # the migration runs on open
    assert b"\x89PNG" not in folder_bytes(seeded.data_dir)
    assert [read_blob(store.data_dir, s, store.codec) for s in images] == pngs
    linked = store.conn.execute(
        "SELECT sha256 FROM attachments WHERE owner_table = 'mediation_signatures'"
    ).fetchall()
    assert sorted(r[0] for r in linked) == sorted(images)
    marks = {m.role: m for m in agreement_data(store, agreement_id).signatures}
    assert marks["committee"].image_png is None
    assert marks["committee"].missing_image == "not_received"
    # A damaged file prints as damaged, never as an image and never as a blank box.
    target = blob_path(store.data_dir, images[0])
    target.write_bytes(target.read_bytes()[:-1] + b"\x00")
    damaged = [m for m in agreement_data(store, agreement_id).signatures if m.missing_image]
    assert sorted(m.missing_image for m in damaged) == ["damaged", "not_received"]
    target.unlink()
    put_blob(store.data_dir, pngs[0], store.codec)
    store.close()

    # Opening again adopts nothing more (idempotent).
    store = accounts.login(seeded.data_dir, "wang", PASSWORD)
    assert signatures.adopt_plain_images(store) == 0
    count = store.conn.execute("SELECT COUNT(*) FROM attachments").fetchone()[0]
    assert count == 3
    assert blob_path(store.data_dir, images[0]).read_bytes()[:4] != b"\x89PNG"
    store.close()
