"""Devices: created by an admin, enrolled once with a one-time code, revocable at any time."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass, replace

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from subei_mobile.ids import new_id

from ..protocol import signing
from ..protocol.checksums import subscription
from .database import Database, Tx
from .notice import bump_version

ROLES = ("field-staff", "grid-worker", "township-office")
CODE_TTL = dt.timedelta(hours=72)


class AuthError(Exception):
    """A request that is not from an active, enrolled device; `code` is safe to show."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Device:
    """An enrolled device as the server knows it."""

    id: str
    township: str
    grid: str
    role: str
    label: str
    status: str
    public_key: str | None
    high_water: int

    @property
    def scopes(self) -> list[str]:
        """Return the scopes this device may push to and pull from."""
        grid = "" if self.role == "township-office" else self.grid
        return [subscription(self.township, grid)]


_COLUMNS = "id, township, grid, role, label, status, public_key, high_water"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _code_hash(code: str) -> str:
    return hashlib.sha256(code.replace("-", "").strip().upper().encode()).hexdigest()


def add_device(
    db: Database, township: str, grid: str, role: str, label: str = ""
) -> tuple[str, str]:
    """Create a device waiting for enrolment; return (device id, one-time code)."""
    if role not in ROLES:
        raise ValueError("role")
    code = base64.b32encode(secrets.token_bytes(20)).decode().rstrip("=")  # 160 bits
    device_id = new_id()
    with db.transaction("ddl") as tx:
        tx.execute(
            "INSERT INTO devices (id, township, grid, role, label, status, code_hash, code_expires,"
            " created_at) VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?)",
            (device_id, township, grid, role, label, _code_hash(code),
             (_now() + CODE_TTL).isoformat(), _now().isoformat()),
        )  # fmt: skip
    return device_id, "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def list_devices(db: Database) -> list[Device]:
    """Return all devices, oldest first."""
    with db.transaction() as tx:
        rows = tx.execute(f"SELECT {_COLUMNS} FROM devices ORDER BY created_at, id")
    return [Device(*r) for r in rows]


def revoke_device(db: Database, device_id: str) -> bool:
    """Revoke a device; its next request gets 401. Return False when unknown."""
    with db.transaction("ddl") as tx:
        found = tx.execute("SELECT id FROM devices WHERE id = ?", (device_id,))
        tx.execute(
            "UPDATE devices SET status = 'revoked', revoked_at = ?, code_hash = NULL WHERE id = ?",
            (_now().isoformat(), device_id),
        )
        if found:
            bump_version(tx)  # the signed county notice lists it from now on
    return bool(found)


def enrol(db: Database, code: str, public_key_b64: str) -> Device:
    """Bind a laptop's public key to the device its one-time code was made for."""
    try:
        Ed25519PublicKey.from_public_bytes(signing.unb64(public_key_b64))
    except ValueError:
        raise AuthError("bad_public_key") from None
    with db.transaction("ddl") as tx:
        rows = tx.execute(
            f"SELECT {_COLUMNS}, code_expires FROM devices WHERE code_hash = ? AND status = 'pending'",
            (_code_hash(code),),
        )
        if not rows or dt.datetime.fromisoformat(rows[0][-1]) < _now():
            raise AuthError("enrolment_code_invalid")
        device = Device(*rows[0][:-1])
        tx.execute(
            "UPDATE devices SET status = 'active', public_key = ?, code_hash = NULL,"
            " enrolled_at = ? WHERE id = ?",
            (public_key_b64, _now().isoformat(), device.id),
        )
    return replace(device, status="active", public_key=public_key_b64)


def load_device(tx: Tx, device_id: str) -> Device | None:
    """Return a device by id inside a transaction."""
    rows = tx.execute(f"SELECT {_COLUMNS} FROM devices WHERE id = ?", (device_id,))
    return Device(*rows[0]) if rows else None


def authenticate(
    db: Database, method: str, path: str, headers: dict[str, str], body: bytes
) -> Device:
    """Return the active device that signed this request, or raise AuthError."""
    device_id = headers.get(signing.DEVICE_HEADER.lower(), "")
    stamp = headers.get(signing.TIME_HEADER.lower(), "")
    signature = headers.get(signing.SIGNATURE_HEADER.lower(), "")
    if not (device_id and stamp and signature) or len(device_id) > 64:
        raise AuthError("auth_missing")
    with db.transaction() as tx:
        device = load_device(tx, device_id)
    if device is None or device.public_key is None:
        raise AuthError("unknown_device")
    if device.status != "active":
        raise AuthError("device_revoked")
    skew = signing.stamp_skew(stamp)
    if skew is None:  # not a finite number: NaN would pass any comparison with the bound
        raise AuthError("bad_signature")
    try:
        key = Ed25519PublicKey.from_public_bytes(signing.unb64(device.public_key))
        key.verify(signing.unb64(signature), signing.signing_payload(method, path, stamp, body))
    except (ValueError, InvalidSignature):
        raise AuthError("bad_signature") from None
    if skew > signing.MAX_CLOCK_SKEW_S:
        raise AuthError("clock_skew")
    return device
