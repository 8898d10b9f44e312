"""Content-addressed files (photos, scans, signatures) in the data directory."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .models import Attachment
from .photos import DEFAULT_LIMITS, PhotoLimits, is_photo, reencode_photo
from .security.fields import BLOB_MAGIC, PLAIN, PlainCodec
from .store import Store

CHUNK = 1 << 16


def blob_path(data_dir: Path, sha256: str) -> Path:
    """Return where a file with this hash lives: attachments/ab/cdef..."""
    return data_dir / "attachments" / sha256[:2] / sha256[2:]


def put_blob(data_dir: Path, content: bytes, codec: PlainCodec = PLAIN) -> str:
    """Store bytes once under their SHA-256 (write temp, fsync, rename); return the hash.

    Pass ``store.codec``: in an encrypted store the file is sealed (AES-256-GCM); the name
    and returned hash stay the SHA-256 of the plain content.
    """
    digest = hashlib.sha256(content).hexdigest()
    target = blob_path(data_dir, digest)
    if target.exists():
        return digest
    _replace(target, codec.seal_blob(digest, content))
    return digest


def _replace(target: Path, data: bytes) -> None:
    """Write data over target: temp file, fsync, rename (a crash leaves old or new, never torn)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    with open(tmp, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, target)


def seal_in_place(data_dir: Path, sha256: str, codec: PlainCodec) -> int:
    """Seal a file written in plain before its store was sealed; return its plain size.

    A no-op for a file already sealed or a plain store. The content is checked against its
    hash first, so a damaged file is never sealed as if it were good (ValueError).
    """
    target = blob_path(data_dir, sha256)
    stored = target.read_bytes()
    content = codec.open_blob(sha256, stored)
    if hashlib.sha256(content).hexdigest() != sha256:
        raise ValueError("attachment.corrupt")
    if codec.sealed and not stored.startswith(BLOB_MAGIC):
        _replace(target, codec.seal_blob(sha256, content))
    return len(content)


def read_blob(data_dir: Path, sha256: str, codec: PlainCodec = PLAIN) -> bytes:
    """Return a stored file's bytes after checking they still match the hash."""
    content = codec.open_blob(sha256, blob_path(data_dir, sha256).read_bytes())
    if hashlib.sha256(content).hexdigest() != sha256:
        raise ValueError("attachment.corrupt")
    return content


def attach_file(
    store: Store, owner_table: str, owner_id: str, source: Path, media_type: str, caption: str = "",
    photo: PhotoLimits = DEFAULT_LIMITS,
) -> Attachment:  # fmt: skip
    """Copy a file into the store and link it to a record in one action.

    Photos are re-encoded to `photo` limits first, so the hash names the bytes that sync sends.
    """
    content = source.read_bytes()
    if is_photo(media_type):
        content, new_type = reencode_photo(content, photo)
        media_type = new_type or media_type
    digest = put_blob(store.data_dir, content, store.codec)
    record = Attachment(
        sha256=digest, owner_table=owner_table, owner_id=owner_id, filename=source.name,
        media_type=media_type, size=len(content), caption=caption,
    )  # fmt: skip
    with store.transaction() as tx:
        tx.insert(record)
    return record


def attachments_of(store: Store, owner_table: str, owner_id: str) -> list[Attachment]:
    """Return the files linked to a record, oldest first."""
    rows = store.conn.execute(
        "SELECT id FROM attachments WHERE owner_table = ? AND owner_id = ? AND _deleted = 0 "
        "ORDER BY id",
        (owner_table, owner_id),
    ).fetchall()
    return [store.load(Attachment, r[0]) for r in rows]
