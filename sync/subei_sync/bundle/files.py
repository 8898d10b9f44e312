"""Durable file writes shared by the laptop and the county server: key files and bundles.

Both write to a temporary name, flush, fsync and rename over the target, so a crash leaves
either the old file or the new one, never a torn one.
"""

from __future__ import annotations

import os
from pathlib import Path


def write_private(path: Path, data: bytes) -> None:
    """Replace path with data in an owner-only (0600) file: a private key."""
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def write_durably(directory: Path, name: str, data: bytes) -> Path:
    """Write data to directory/name: temp name, fsync, rename, fsync the folder; return the path.

    On an OSError the temporary file is removed and the error raised.
    """
    target = directory / name
    tmp = directory / (name + ".tmp")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
    return target
