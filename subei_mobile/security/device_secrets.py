"""The data folder's secret files, sealed under the data key: only a signed-in user can use them.

The device's Ed25519 signing key and its X25519 key for return bundles live next to the
database. In an encrypted store both are sealed with AES-256-GCM under a subkey of the data
key (AAD ``subei/secret/v1|<file name>``), so a copy of the folder without a password can
neither sign a sync request nor open a return bundle. A development store (no users) keeps
them as they are, like everything else in it; such a store cannot be enrolled.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import SubeiError
from ..store import Store
from .fields import SECRET_MAGIC, PlainCodec
from .keyslots import fsync_dir, overwrite

DEVICE_KEY = "sync-device.key"  # Ed25519, PKCS#8 PEM inside the seal
RETURN_KEY = "sync-bundle-x25519.key"  # X25519, 32 raw bytes inside the seal
SECRET_FILES = (DEVICE_KEY, RETURN_KEY)


def write_private(path: Path, data: bytes, *, replace: bool = True) -> None:
    """Write data to an owner-only (0600) file: temp, fsync, rename (or, with replace=False,
    straight into path, which the caller renames)."""
    tmp = path.with_suffix(".tmp") if replace else path
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    if replace:
        os.replace(tmp, path)


def write_secret(store: Store, name: str, raw: bytes) -> None:
    """Write a secret file of the store, sealed when the store is encrypted."""
    write_private(store.data_dir / name, store.codec.seal_secret(name, raw))


def read_secret(store: Store, name: str) -> bytes | None:
    """Return a secret of the store, or None when there is none (raises auth.required if sealed
    and the store was opened without a user)."""
    try:
        stored = (store.data_dir / name).read_bytes()
    except FileNotFoundError:
        return None
    return store.codec.open_secret(name, stored)


def is_sealed(path: Path) -> bool:
    """Tell whether a secret file is sealed (a missing file counts as sealed: nothing to leak)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SECRET_MAGIC)) == SECRET_MAGIC
    except FileNotFoundError:
        return True


def seal_plain_secrets(data_dir: Path, codec: PlainCodec) -> list[str]:
    """Seal every secret file still in plain text (a laptop enrolled before sealing); return them.

    Runs on every unlock. The sealed copy is written and fsynced under a temporary name first,
    then the plain bytes are overwritten in place and the sealed copy renamed over them, so a
    crash at any point leaves a key that opens (a sealed temporary file is finished next
    time). On an SSD or a journalling or copy-on-write file system the overwrite is not
    guaranteed to reach the old blocks: a disk image taken before this upgrade may still hold
    the old key, so revoke and re-enrol a laptop that was out of your hands.
    """
    if not codec.sealed:
        return []
    sealed = []
    for name in SECRET_FILES:
        path = Path(data_dir) / name
        if is_sealed(path):
            continue
        tmp = path.with_suffix(".tmp")
        if not _opens(codec, name, tmp):  # else a crash came after sealing: finish that run
            write_private(tmp, codec.seal_secret(name, path.read_bytes()), replace=False)
        overwrite(path)
        os.replace(tmp, path)
        fsync_dir(path.parent)
        sealed.append(name)
    return sealed


def _opens(codec: PlainCodec, name: str, tmp: Path) -> bool:
    try:
        stored = tmp.read_bytes()
    except FileNotFoundError:
        return False
    if not stored.startswith(SECRET_MAGIC):
        return False
    try:
        codec.open_secret(name, stored)
    except SubeiError:
        return False
    return True


def shred_secrets(data_dir: Path) -> list[str]:
    """Delete every secret file (overwritten first; see seal_plain_secrets); return those deleted."""
    gone = []
    for name in SECRET_FILES:
        path = Path(data_dir) / name
        if path.exists():
            overwrite(path)
            path.unlink()
            gone.append(name)
        path.with_suffix(".tmp").unlink(missing_ok=True)
    return gone
