"""Durable file writes shared by the laptop and the county server: key files and bundles.

Both write to a temporary name, flush, fsync and rename over the target, so a crash leaves
either the old file or the new one, never a torn one.
"""

from __future__ import annotations

import os
from pathlib import Path

from subei_mobile.security.device_secrets import write_private

__all__ = ["write_durably", "write_private"]


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
