"""Where the county recovery key's public half lives: the server's data folder.

Every laptop's first user seals the laptop's data key to this key (the county recovery slot),
so a forgotten password or a lost laptop's unsent work can be recovered at the county. The
private half is needed only for that, offline: when the server makes the pair it writes the
private half to an owner-only file for the operator to move onto offline media.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from subei_mobile.errors import SubeiError
from subei_mobile.security import county

PUBLIC_FILE = "county-recovery.pub"
PRIVATE_FILE = "county-recovery-PRIVATE.key"
QR_FILE = "county-key.png"


@dataclass(frozen=True)
class CountyKey:
    """The stored public key, and where a just-made private half was written (else None)."""

    public: bytes
    private_written: Path | None = None

    @property
    def text(self) -> str:
        """Return the printed form laptops take (setup, `user add --county-key`)."""
        return self.public.hex()

    @property
    def key_id(self) -> str:
        """Return the short id that key slots and audit anchors record."""
        return county.key_id(self.public)


def stored(data_dir: Path) -> bytes | None:
    """Return the county public key kept in the server's data folder, or None."""
    path = Path(data_dir) / PUBLIC_FILE
    if not path.exists():
        return None
    return county.parse_public_key(path.read_text("utf-8"))


def load_or_create(data_dir: Path, private_out: Path | None = None) -> CountyKey:
    """Return the stored key; the first time, make a pair and write its private half."""
    data_dir = Path(data_dir)
    public = stored(data_dir)
    if public is not None:
        return CountyKey(public)
    pair = county.generate_county_keypair()
    target = Path(private_out) if private_out else data_dir / PRIVATE_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    # O_EXCL: never overwrite a private key that may be the only copy.
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(pair.private.hex() + "\n")
        out.flush()
        os.fsync(out.fileno())
    _store(data_dir, pair.public)
    return CountyKey(pair.public, target)


def adopt(data_dir: Path, value: str) -> CountyKey:
    """Keep a public key made elsewhere (the county's offline machine); refuse a second one."""
    public = county.read_public_key(value)
    current = stored(Path(data_dir))
    if current is not None and current != public:
        raise SubeiError("county_key.already_set", key_id=county.key_id(current))
    _store(Path(data_dir), public)
    return CountyKey(public)


def _store(data_dir: Path, public: bytes) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    tmp = data_dir / (PUBLIC_FILE + ".tmp")
    tmp.write_text(public.hex() + "\n", "ascii")
    os.replace(tmp, data_dir / PUBLIC_FILE)
