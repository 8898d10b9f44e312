"""Key slots: the data key wrapped once per user (Argon2id + AES-GCM) and once for the county.

All slots live in ``keyslots.json`` next to the database, not in it: a database backup then
holds no slot, and deleting this one file makes every copy unreadable (crypto-shredding).
The file is only ever replaced whole (temp, fsync, rename, fsync the folder), so a crash
leaves either the old or the new set of slots, never a mix and never none.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from ..errors import AuthError, SubeiError
from . import county

KEYSLOTS_NAME = "keyslots.json"
FORMAT = 1
RECOVERY_INFO = b"subei/recovery-slot/v1"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost, stored with each slot so it can be raised later without breaking old ones."""

    memory_kib: int
    iterations: int
    lanes: int = 1

    def check(self) -> None:
        """Refuse parameters below the OWASP floor (19 MiB, t=2, p=1)."""
        if self.memory_kib < FLOOR.memory_kib or self.iterations < FLOOR.iterations:
            raise AuthError("auth.weak_kdf")
        if self.lanes < 1:
            raise AuthError("auth.weak_kdf")

    def derive(self, password: str, salt: bytes) -> bytes:
        """Return the 256-bit key-encryption key for a password."""
        kdf = Argon2id(
            salt=salt, length=32, iterations=self.iterations, lanes=self.lanes,
            memory_cost=self.memory_kib,
        )  # fmt: skip
        return kdf.derive(password.encode())


FLOOR = KdfParams(19 * 1024, 2, 1)
# ~0.5 s on this development machine (128 MiB, t=2); see the closing note of issue 5.
DEFAULT_KDF = KdfParams(128 * 1024, 2, 1)


@dataclass(frozen=True)
class UserSlot:
    """One user: role and scope, and the data key wrapped under their password."""

    name: str
    role: str
    township: str
    grid: str
    kdf: KdfParams
    salt: str
    nonce: str
    wrapped: str
    failures: int = 0
    not_before: float = 0.0

    def aad(self) -> bytes:
        """Return what the wrap authenticates: editing role or scope breaks the slot."""
        bound = [self.name, self.role, self.township, self.grid, asdict(self.kdf), self.salt]
        return b"subei/user-slot/v1|" + json.dumps(bound, sort_keys=True).encode()


def wrap_for_user(
    data_key: bytes, name: str, role: str, township: str, grid: str, password: str,
    kdf: KdfParams = DEFAULT_KDF,
) -> UserSlot:  # fmt: skip
    """Return a new slot holding the data key under a password."""
    kdf.check()
    salt, nonce = os.urandom(16), os.urandom(12)
    slot = UserSlot(name, role, township, grid, kdf, _b64(salt), _b64(nonce), "")
    wrapped = AESGCM(kdf.derive(password, salt)).encrypt(nonce, data_key, slot.aad())
    return replace(slot, wrapped=_b64(wrapped))


def unwrap_user(slot: UserSlot, password: str) -> bytes:
    """Return the data key from a slot, or raise auth.failed (nothing else is revealed)."""
    kek = slot.kdf.derive(password, _unb64(slot.salt))
    try:
        return AESGCM(kek).decrypt(_unb64(slot.nonce), _unb64(slot.wrapped), slot.aad())
    except InvalidTag:
        raise AuthError("auth.failed") from None


@dataclass(frozen=True)
class KeySlots:
    """Everything in keyslots.json."""

    key_check: str
    users: tuple[UserSlot, ...] = ()
    recovery: dict[str, str] = field(default_factory=dict)

    def user(self, name: str) -> UserSlot | None:
        """Return the slot of a user, if any."""
        return next((u for u in self.users if u.name == name), None)

    def with_user(self, slot: UserSlot) -> KeySlots:
        """Return these slots with one user's slot added or replaced."""
        others = tuple(u for u in self.users if u.name != slot.name)
        return replace(self, users=(*others, slot))


def seal_recovery(data_key: bytes, county_public: bytes) -> dict[str, str]:
    """Return the county recovery slot: the data key sealed to the county public key."""
    sealed = county.seal_to_county(county_public, data_key, RECOVERY_INFO)
    return {
        "county_key_id": county.key_id(county_public),
        "county_public": county_public.hex(),  # to seal the audit anchor if sealing resumes
        "sealed": _b64(sealed),
    }


def open_recovery(slots: KeySlots, county_private: bytes) -> bytes:
    """Return the data key from the recovery slot with the county private key."""
    if not slots.recovery:
        raise AuthError("auth.no_keys")
    return county.open_with_county(county_private, _unb64(slots.recovery["sealed"]), RECOVERY_INFO)


def path_of(data_dir: Path) -> Path:
    """Return where a data folder keeps its key slots."""
    return Path(data_dir) / KEYSLOTS_NAME


def load(data_dir: Path) -> KeySlots | None:
    """Return the key slots of a data folder, or None where there are none."""
    try:
        raw = json.loads(path_of(data_dir).read_text("utf-8"))
    except FileNotFoundError:
        return None
    except ValueError:
        raise SubeiError("keyslots.damaged") from None
    if raw.get("format") != FORMAT:
        raise SubeiError("keyslots.damaged")
    users = tuple(UserSlot(**{**u, "kdf": KdfParams(**u["kdf"])}) for u in raw.get("users", []))
    return KeySlots(raw["key_check"], users, dict(raw.get("recovery", {})))


def save(data_dir: Path, slots: KeySlots) -> None:
    """Replace keyslots.json atomically and durably."""
    body: dict[str, Any] = {
        "format": FORMAT,
        "key_check": slots.key_check,
        "users": [asdict(u) for u in slots.users],
        "recovery": slots.recovery,
    }
    target = path_of(data_dir)
    tmp = target.with_name(f"{KEYSLOTS_NAME}.{os.getpid()}.tmp")
    for stale in target.parent.glob(f"{KEYSLOTS_NAME}.*.tmp"):
        stale.unlink(missing_ok=True)  # left by a killed writer; callers hold the lock
    with open(tmp, "w", encoding="utf-8") as out:
        json.dump(body, out, indent=1, sort_keys=True)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, target)
    fsync_dir(target.parent)


@contextlib.contextmanager
def locked(data_dir: Path) -> Iterator[None]:
    """Serialise read-modify-write of the slots between processes (POSIX; Windows best effort)."""
    lock_path = Path(data_dir) / f"{KEYSLOTS_NAME}.lock"
    with open(lock_path, "a+b") as handle:
        try:
            import fcntl
        except ImportError:  # Windows: one app instance per laptop in practice
            yield
            return
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def shred(data_dir: Path) -> None:
    """Delete every key slot: the data, its backups and its outbox become unreadable at once."""
    target = path_of(data_dir)
    with locked(data_dir):
        for stale in target.parent.glob(f"{KEYSLOTS_NAME}.*.tmp"):
            stale.unlink(missing_ok=True)
        if target.exists():
            # Overwrite before unlinking: on a plain disk the old blocks then hold no slot.
            overwrite(target)
            target.unlink()
        fsync_dir(target.parent)


def overwrite(path: Path) -> None:
    """Overwrite a file's bytes in place with random ones (an SSD may still keep the old)."""
    size = path.stat().st_size
    with open(path, "r+b") as out:
        out.write(os.urandom(size))
        out.flush()
        os.fsync(out.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename or unlink in a folder durable."""
    # The rename is durable only once the folder entry is; Windows has no folder fsync.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _unb64(text: str) -> bytes:
    return base64.b64decode(text)
