"""Handwritten signature images: sealed, content-addressed attachments of the signature record.

A signature drawn on the pad is a PNG. It is kept like any attachment (sealed under the data
key in an encrypted store, named by the SHA-256 of its plain bytes) and an attachment record
owned by the signature is written in the signing transaction. So it travels like a photo: the
record with the outbox, the file with the attachment queue online or in a USB bundle, and the
township office prints what it received.

Stores written before this kept the PNG as a plain file with no attachment record: it never
left the laptop and anyone holding the folder could read it. `adopt_plain_images` (run when a
store is opened) seals those files and adds their records.
"""

from __future__ import annotations

from dataclasses import dataclass

from .attachments import blob_path, put_blob, read_blob, seal_in_place
from .errors import Issue, SubeiError, ValidationFailed
from .models import Attachment, MediationSignature
from .store import Store, Transaction

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MEDIA_TYPE = "image/png"
OWNER_TABLE = "mediation_signatures"
MAX_IMAGE_BYTES = 2_000_000  # a pad PNG is a few KB; anything near this is not a signature


def store_image(store: Store, png: bytes) -> str:
    """Keep a drawn signature (sealed in an encrypted store); return its hash for the record.

    Content-addressed: a signing that fails afterwards leaves at most an unreferenced file.
    """
    if not png.startswith(PNG_MAGIC) or len(png) > MAX_IMAGE_BYTES:
        raise ValidationFailed([Issue("signature.image_invalid", "image_sha256")])
    return put_blob(store.data_dir, png, store.codec)


def image_sizes(store: Store, signatures: list[MediationSignature]) -> dict[str, int]:
    """Return the plain size of each referenced image; refuse a signing whose image is absent."""
    sizes: dict[str, int] = {}
    for signature in signatures:
        sha = signature.image_sha256
        if not sha or sha in sizes:
            continue
        try:
            sizes[sha] = len(read_blob(store.data_dir, sha, store.codec))
        except (OSError, ValueError, SubeiError):
            raise ValidationFailed([Issue("signature.image_missing", "image_sha256")]) from None
    return sizes


def link_image(tx: Transaction, signature: MediationSignature, size: int) -> None:
    """Write the attachment record of a signature's image (after the signature itself)."""
    tx.insert(
        Attachment(
            sha256=signature.image_sha256, owner_table=OWNER_TABLE, owner_id=signature.id,
            filename=f"signature-{signature.signer_role}.png", media_type=MEDIA_TYPE, size=size,
        )
    )  # fmt: skip


@dataclass(frozen=True)
class SignatureImage:
    """What there is to print for a signature: the PNG, or why there is none."""

    png: bytes | None
    missing: str = ""  # "" (drawn or never drawn), "not_received" or "damaged"


def image_of(store: Store, signature: MediationSignature) -> SignatureImage:
    """Return a signature's image; one recorded but not here yet is said so, never left blank."""
    sha = signature.image_sha256
    if not sha:
        return SignatureImage(None)
    if not blob_path(store.data_dir, sha).exists():
        return SignatureImage(None, "not_received")
    try:
        return SignatureImage(read_blob(store.data_dir, sha, store.codec))
    except (OSError, ValueError, SubeiError):
        return SignatureImage(None, "damaged")  # printed as damaged, never as a wrong image


def adopt_plain_images(store: Store) -> int:
    """Seal images of signatures made before they were attachments and link them; return count.

    Idempotent and crash-safe: the file is sealed first (an atomic rename), then the records
    are written in one transaction; a crash in between is finished on the next open. Only
    images whose file is on this laptop are adopted: the laptop that drew one adopts it.
    """
    rows = store.conn.execute(
        "SELECT s.id FROM mediation_signatures s WHERE COALESCE(s.image_sha256, '') != ''"
        " AND s._deleted = 0 AND NOT EXISTS (SELECT 1 FROM attachments a"
        " WHERE a.owner_table = ? AND a.owner_id = s.id)",
        (OWNER_TABLE,),
    ).fetchall()
    found = [store.load(MediationSignature, r[0]) for r in rows]
    todo: list[tuple[MediationSignature, int]] = []
    for signature in found:
        if not blob_path(store.data_dir, signature.image_sha256).exists():
            continue
        try:
            todo.append((signature, seal_in_place(store.data_dir, signature.image_sha256,
                                                  store.codec)))  # fmt: skip
        except ValueError:
            continue  # a damaged file stays as it is and prints as damaged
    if todo:
        with store.transaction() as tx:
            for signature, size in todo:
                link_image(tx, signature, size)
    return len(todo)
