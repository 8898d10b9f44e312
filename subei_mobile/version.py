"""The program's version: one place, read by the build (pyproject), the CLI and the sync protocol.

Laptops send it with every sync; the county server keeps syncing with laptops up to one minor
version behind and tells older ones that an update is needed (see subei_sync.protocol.compat).
"""

from __future__ import annotations

__version__ = "0.2.0"


def version_tuple(text: str) -> tuple[int, int, int]:
    """Return (major, minor, patch) of a version like "0.2.0" (missing parts count as 0)."""
    parts = text.strip().split(".")
    if not 1 <= len(parts) <= 3 or not all(p.isdigit() and len(p) <= 6 for p in parts):
        raise ValueError(f"not a version: {text[:40]!r}")
    numbers = [int(p) for p in parts] + [0] * (3 - len(parts))
    return numbers[0], numbers[1], numbers[2]
