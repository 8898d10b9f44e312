"""Users of a shared laptop: creating the encrypted store, signing in, passwords, recovery.

Every user's slot wraps the same data key, so one user's unsynced work is never hidden from
or deleted for the next. Failed sign-ins are counted in keyslots.json (a restart does not
reset them); after five, each further try waits twice as long as the last.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ..errors import AuthError
from ..store import Store, open_store
from . import device_secrets, keyslots
from .fields import FieldCodec
from .keyslots import DEFAULT_KDF, KdfParams, KeySlots, UserSlot
from .roles import Account, check_role, require
from .sealing import seal_store

Clock = Callable[[], float]
FREE_FAILURES = 5
BACKOFF_BASE_S = 30.0
BACKOFF_MAX_S = 15 * 60.0
MIN_PASSWORD = 8
RECOVERY_USER = "county-recovery"


def is_encrypted(data_dir: Path) -> bool:
    """Return True when the data folder has key slots (sign-in required)."""
    from ..store.restore import finish_restore

    finish_restore(Path(data_dir))  # every opening asks this first: finish a cut-short restore
    return keyslots.path_of(data_dir).exists()


def backoff_delay(failures: int) -> float:
    """Return how long to refuse sign-in after this many consecutive failures."""
    if failures < FREE_FAILURES:
        return 0.0
    return float(min(BACKOFF_MAX_S, BACKOFF_BASE_S * 2 ** (failures - FREE_FAILURES)))


def create_encrypted_store(
    data_dir: Path, name: str, role: str, password: str, county_public: bytes, *,
    township: str = "", grid: str = "", kdf: KdfParams = DEFAULT_KDF,
) -> Store:  # fmt: skip
    """Enable encryption with a first user and the county recovery slot; return the store."""
    data_dir = Path(data_dir)
    if is_encrypted(data_dir):
        raise AuthError("store.already_encrypted")
    checked = check_role(role, township, grid)
    _check_password(password)
    codec = FieldCodec(os.urandom(32))
    store = open_store(data_dir, user_id=name, codec=codec)
    try:
        slot = keyslots.wrap_for_user(codec.data_key, name, checked, township, grid, password, kdf)
        recovery = keyslots.seal_recovery(codec.data_key, county_public)
        with keyslots.locked(data_dir):
            # Slots first, then the database mark: a crash in between is finished at sign-in.
            keyslots.save(data_dir, KeySlots(codec.key_check, (slot,), recovery))
        seal_store(store, county_public)
        device_secrets.seal_plain_secrets(data_dir, codec)  # a development store that was enrolled
    except BaseException:
        store.close()
        raise
    return store


def unlock(
    data_dir: Path, name: str, password: str, clock: Clock = time.time
) -> tuple[FieldCodec, Account]:
    """Check a password (with persistent back-off); return the data-key codec and account."""
    data_dir = Path(data_dir)
    with keyslots.locked(data_dir):
        slots = keyslots.load(data_dir)
        if slots is None or not slots.users:
            raise AuthError("auth.no_keys")
        slot = slots.user(name)
        if slot is None:
            raise AuthError("auth.failed")  # same answer as a wrong password
        now = clock()
        if now < slot.not_before:
            raise AuthError("auth.locked_out", retry_after=math.ceil(slot.not_before - now))
        try:
            key = keyslots.unwrap_user(slot, password)
        except AuthError:
            failures = slot.failures + 1
            failed = replace(slot, failures=failures, not_before=now + backoff_delay(failures))
            keyslots.save(data_dir, slots.with_user(failed))
            raise
        if slot.failures or slot.not_before:
            keyslots.save(data_dir, slots.with_user(replace(slot, failures=0, not_before=0.0)))
    codec = FieldCodec(key)
    if codec.key_check != slots.key_check:
        raise AuthError("auth.failed")
    return codec, account_from(slot)


def login(data_dir: Path, name: str, password: str, clock: Clock = time.time) -> Store:
    """Sign in and return the unlocked store acting as that user."""
    codec, _ = unlock(data_dir, name, password, clock)
    return _open(Path(data_dir), name, codec)


def recover(data_dir: Path, county_private: bytes) -> Store:
    """Open the store with the county recovery key (unsynced data of a forgotten password)."""
    slots = keyslots.load(Path(data_dir))
    if slots is None:
        raise AuthError("auth.no_keys")
    codec = FieldCodec(keyslots.open_recovery(slots, county_private))
    return _open(Path(data_dir), RECOVERY_USER, codec)


def _open(data_dir: Path, user_id: str, codec: FieldCodec) -> Store:
    store = open_store(data_dir, user_id=user_id, codec=codec, create=False)
    if not store.meta("key_check"):
        slots = keyslots.load(data_dir)
        assert slots is not None
        county_public = bytes.fromhex(slots.recovery.get("county_public", ""))
        seal_store(store, county_public)
    try:
        # A device key written in plain text (enrolled before keys were sealed) is sealed now.
        device_secrets.seal_plain_secrets(data_dir, codec)
    except BaseException:
        store.close()
        raise
    return store


def add_user(
    store: Store, actor: Account, name: str, role: str, password: str, *,
    township: str = "", grid: str = "", kdf: KdfParams = DEFAULT_KDF,
) -> Account:  # fmt: skip
    """Give another person a sign-in on this laptop (same data, own password)."""
    require(actor, "users.manage")
    checked = check_role(role, township, grid)
    _check_password(password)
    key = _data_key(store)
    slot = keyslots.wrap_for_user(key, name, checked, township, grid, password, kdf)
    with keyslots.locked(store.data_dir):
        slots = _slots(store.data_dir)
        if slots.user(name) is not None:
            raise AuthError("user.exists")
        keyslots.save(store.data_dir, slots.with_user(slot))
    return account_from(slot)


def set_password(
    store: Store, actor: Account, name: str, new_password: str, kdf: KdfParams = DEFAULT_KDF
) -> None:
    """Replace a user's slot with one under a new password (the file swap is atomic)."""
    if actor.name != name:
        require(actor, "users.manage")
    _check_password(new_password)
    key = _data_key(store)
    with keyslots.locked(store.data_dir):
        slots = _slots(store.data_dir)
        old = slots.user(name)
        if old is None:
            raise AuthError("user.unknown")
        new = keyslots.wrap_for_user(key, name, old.role, old.township, old.grid, new_password, kdf)
        keyslots.save(store.data_dir, slots.with_user(new))


def list_accounts(data_dir: Path) -> list[tuple[Account, int]]:
    """Return the laptop's users with their current failed-attempt counts."""
    slots = keyslots.load(Path(data_dir))
    return [(account_from(u), u.failures) for u in slots.users] if slots else []


def account_of(data_dir: Path, name: str) -> Account:
    """Return the account of a user, or the unrestricted developer of an unencrypted store."""
    slots = keyslots.load(Path(data_dir))
    if slots is None:
        return Account(name, "township-office")
    slot = slots.user(name)
    if slot is None:
        raise AuthError("user.unknown")
    return account_from(slot)


def account_from(slot: UserSlot) -> Account:
    """Return the account described by a key slot."""
    return Account(slot.name, check_role(slot.role, slot.township, slot.grid), slot.township,
                   slot.grid)  # fmt: skip


def shred(data_dir: Path) -> None:
    """Crypto-shred: delete every key slot and every sealed secret (the device key with them),
    so no password, backup or county key opens the data or signs for this laptop again."""
    keyslots.shred(Path(data_dir))
    device_secrets.shred_secrets(Path(data_dir))


def has_recovery_slot(data_dir: Path) -> bool:
    """Tell whether the county can recover this laptop's data (its recovery slot exists)."""
    slots = keyslots.load(Path(data_dir))
    return bool(slots and slots.recovery.get("sealed"))


def _slots(data_dir: Path) -> KeySlots:
    slots = keyslots.load(data_dir)
    if slots is None:
        raise AuthError("auth.no_keys")
    return slots


def _data_key(store: Store) -> bytes:
    if not isinstance(store.codec, FieldCodec):
        raise AuthError("auth.required")
    return store.codec.data_key


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AuthError("auth.weak_password", min_length=MIN_PASSWORD)
