"""Encrypted backups of a whole data folder, for a USB stick that may get lost.

A backup is one file: a header, then the folder's files (the database as a consistent
snapshot taken with SQLite's backup API, never the live file) in chunks sealed with AES-256-GCM
under a random file key. The chunk's index, whether it is the last one and the header's hash
are the AAD of each chunk: a chunk cannot be moved, dropped, cut off or paired with another
header without decryption failing. The file key is wrapped twice in the header: under the
store's data key (so any user of the laptop can restore with their password: the user key
slots travel in the header, as they are in keyslots.json) and sealed to the county recovery
public key (so the county can read a lost laptop's last backup). Nothing on the stick is
readable without a password or the county's private key.

Writing: temp name in the target folder, fsync, rename, fsync the folder, then the written file
is opened again and verified (decrypted, integrity_check on the database, counts compared).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..errors import AuthError, DiskFull, SubeiError, is_disk_full
from .store import DB_NAME, Store


def fsync_dir(folder: Path) -> None:
    """Make a rename in folder durable (the key slots' helper; Windows has no folder fsync)."""
    from ..security.keyslots import fsync_dir as fsync_folder

    fsync_folder(folder)


MAGIC = b"SUBEIBK1"
FORMAT = 1
SUFFIX = ".subeibak"
CHUNK = 1 << 20  # plaintext bytes per sealed chunk
MAX_HEADER = 1 << 20
FILE_KEY_AAD = b"subei/backup-file-key/v1"
COUNTY_INFO = b"subei/backup/v1"
SNAPSHOT_TMP = ".backup-snapshot.tmp"
# Left out of the payload: the live database files (the snapshot stands for them), key slots
# (in the header), locks and temporary files.
# (`.open` marks a store in use: the snapshot is a cleanly closed database.)
SKIPPED = {DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", f"{DB_NAME}.open", "keyslots.json",
           SNAPSHOT_TMP}  # fmt: skip
COUNTED = ("households", "persons", "service_requests", "mediation_cases", "changes", "audit_log")
Progress = Callable[[int, int], bool]  # (done, total) -> False to cancel


@dataclass(frozen=True)
class BackupHeader:
    """What the header of a backup says (nothing in it is herder data)."""

    created_at: str
    device_id: str
    counts: dict[str, int]
    files: list[tuple[str, int]]
    slots: dict[str, Any]
    wrapped_key: str  # nonce + file key sealed under the data key (hex)
    county_sealed: str  # file key sealed to the county recovery key (hex)
    raw: bytes = field(repr=False, default=b"")

    @property
    def digest(self) -> bytes:
        """Return the hash every chunk is bound to."""
        return hashlib.sha256(self.raw).digest()


@dataclass(frozen=True)
class BackupReport:
    """What a written and verified backup holds."""

    path: Path
    size: int
    counts: dict[str, int]


def _cancel_check(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise SubeiError("cancelled")


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    out = {t: int(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in COUNTED}
    out["unsent"] = int(
        conn.execute("SELECT COUNT(*) FROM changes WHERE server_seq IS NULL").fetchone()[0]
    )
    return out


def _payload_files(data_dir: Path) -> list[Path]:
    files = []
    for path in sorted(data_dir.rglob("*")):
        rel = path.relative_to(data_dir)
        if not path.is_file() or path.is_symlink():
            continue
        if rel.as_posix() in SKIPPED or path.suffix == ".lock":
            continue
        if any(part.endswith(".tmp") for part in rel.parts):
            continue  # snapshots, verify copies and half-written files
        files.append(path)
    return files


def snapshot(store: Store, target: Path, progress: Progress | None = None) -> None:
    """Copy the open database to target with SQLite's backup API (consistent, live-safe)."""
    target.unlink(missing_ok=True)
    dest = sqlite3.connect(target)
    try:

        def step(_status: int, remaining: int, total: int) -> None:
            _cancel_check(progress, total - remaining, total)

        store.conn.backup(dest, pages=256, progress=step)
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()


class _SealedWriter:
    """Writes plaintext as sealed chunks (length, nonce, ciphertext) to an open file."""

    def __init__(self, out: IO[bytes], key: bytes, digest: bytes) -> None:
        self.out, self.aead, self.digest = out, AESGCM(key), digest
        self.buffer = bytearray()
        self.index = 0

    def write(self, data: bytes) -> None:
        self.buffer += data
        while len(self.buffer) >= CHUNK + 1:  # keep one byte back: the last chunk is final
            self._seal(bytes(self.buffer[:CHUNK]), final=False)
            del self.buffer[:CHUNK]

    def close(self) -> None:
        self._seal(bytes(self.buffer), final=True)
        self.buffer.clear()

    def _seal(self, plain: bytes, final: bool) -> None:
        nonce = os.urandom(12)
        sealed = self.aead.encrypt(nonce, plain, _aad(self.digest, self.index, final))
        self.out.write(struct.pack(">I", len(sealed)) + nonce + sealed)
        self.index += 1


def _aad(digest: bytes, index: int, final: bool) -> bytes:
    return digest + struct.pack(">QB", index, 1 if final else 0)


def _wrap_file_key(data_key: bytes, file_key: bytes) -> str:
    nonce = os.urandom(12)
    return (nonce + AESGCM(data_key).encrypt(nonce, file_key, FILE_KEY_AAD)).hex()


def write_backup(store: Store, target_dir: Path, progress: Progress | None = None) -> BackupReport:
    """Write an encrypted, verified backup of the store's data folder into target_dir."""
    from ..security import county, keyslots

    codec = store.codec
    data_key = getattr(codec, "data_key", None)
    slots = keyslots.load(store.data_dir)
    if not isinstance(data_key, bytes) or slots is None or not slots.recovery:
        raise SubeiError("backup.not_encrypted")  # a plain store would leave the stick readable
    target_dir = Path(target_dir)
    if not target_dir.is_dir():
        raise SubeiError("backup.target_missing")
    stamp = dt.datetime.now(dt.UTC)
    final = target_dir / f"subei-backup-{store.device_id}-{stamp:%Y%m%dT%H%M%SZ}{SUFFIX}"
    tmp = target_dir / f".{final.name}.{os.getpid()}.tmp"
    for stale in target_dir.glob(f".subei-backup-*{SUFFIX}.*.tmp"):
        stale.unlink(missing_ok=True)  # left by a killed or cancelled backup
    for stale in store.data_dir.glob(".backup-verify.*.tmp"):
        shutil.rmtree(stale, ignore_errors=True)
    snap = store.data_dir / SNAPSHOT_TMP
    try:
        snapshot(store, snap, progress)
        check = sqlite3.connect(snap)
        try:
            counts = _counts(check)
        finally:
            check.close()
        files = [(DB_NAME, snap)] + [
            (p.relative_to(store.data_dir).as_posix(), p) for p in _payload_files(store.data_dir)
        ]
        file_key = os.urandom(32)
        county_public = bytes.fromhex(slots.recovery["county_public"])
        header = {
            "format": FORMAT, "created_at": stamp.isoformat(timespec="seconds"),
            "device_id": store.device_id, "counts": counts,
            "files": [[name, path.stat().st_size] for name, path in files],
            "slots": json.loads(keyslots.path_of(store.data_dir).read_text("utf-8")),
            "wrapped_key": _wrap_file_key(data_key, file_key),
            "county_sealed": county.seal_to_county(county_public, file_key, COUNTY_INFO).hex(),
        }  # fmt: skip
        raw = json.dumps(header, sort_keys=True, ensure_ascii=False).encode()
        total = sum(size for _, size in header["files"])
        with open(tmp, "wb") as out:
            out.write(MAGIC + struct.pack(">I", len(raw)) + raw)
            writer = _SealedWriter(out, file_key, hashlib.sha256(raw).digest())
            done = 0
            for name, path in files:
                encoded = name.encode()
                writer.write(struct.pack(">H", len(encoded)) + encoded)
                writer.write(struct.pack(">Q", path.stat().st_size))
                with open(path, "rb") as src:
                    while block := src.read(CHUNK):
                        writer.write(block)
                        done += len(block)
                        _cancel_check(progress, done, total)
            writer.close()
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, final)
        fsync_dir(target_dir)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if is_disk_full(exc):
            raise DiskFull() from None
        raise
    finally:
        snap.unlink(missing_ok=True)
    key = file_key_for(read_header(final), data_key=data_key)
    verify_backup(final, key, counts, scratch_dir=store.data_dir)
    return BackupReport(final, final.stat().st_size, counts)


def read_header(path: Path) -> BackupHeader:
    """Return the header of a backup file, or raise a specific backup.* error."""
    try:
        with open(path, "rb") as src:
            head = src.read(len(MAGIC) + 4)
            if len(head) < len(MAGIC) + 4 or head[: len(MAGIC)] != MAGIC:
                raise SubeiError("backup.not_a_backup")
            (size,) = struct.unpack(">I", head[len(MAGIC) :])
            if size > MAX_HEADER:
                raise SubeiError("backup.damaged")
            raw = src.read(size)
    except FileNotFoundError:
        raise SubeiError("file.not_found") from None
    except IsADirectoryError:
        raise SubeiError("backup.not_a_backup") from None
    try:
        data = json.loads(raw)
        if data.get("format") != FORMAT:
            raise SubeiError("backup.unsupported_version")
        return BackupHeader(
            str(data["created_at"]), str(data["device_id"]),
            {str(k): int(v) for k, v in data["counts"].items()},
            [(str(n), int(s)) for n, s in data["files"]], dict(data["slots"]),
            str(data["wrapped_key"]), str(data["county_sealed"]), raw,
        )  # fmt: skip
    except (ValueError, KeyError, TypeError, AttributeError):
        raise SubeiError("backup.damaged") from None


def file_key_for(
    header: BackupHeader, *, data_key: bytes | None = None, user: str | None = None,
    password: str | None = None, county_private: bytes | None = None,
) -> bytes:  # fmt: skip
    """Return the backup's file key from the data key, a user's password, or the county key."""
    from ..security import county, keyslots
    from ..security.fields import FieldCodec

    if county_private is not None:
        return county.open_with_county(
            county_private, bytes.fromhex(header.county_sealed), COUNTY_INFO
        )
    if data_key is None:
        slot = next((u for u in header.slots.get("users", []) if u.get("name") == user), None)
        if slot is None or password is None:
            raise AuthError("auth.failed")  # the same answer as a wrong password
        user_slot = keyslots.UserSlot(**{**slot, "kdf": keyslots.KdfParams(**slot["kdf"])})
        data_key = keyslots.unwrap_user(user_slot, password)
        if FieldCodec(data_key).key_check != header.slots.get("key_check"):
            raise AuthError("auth.failed")
    wrapped = bytes.fromhex(header.wrapped_key)
    try:
        return AESGCM(data_key).decrypt(wrapped[:12], wrapped[12:], FILE_KEY_AAD)
    except InvalidTag:
        raise AuthError("auth.failed") from None


def _chunks(path: Path, header: BackupHeader, key: bytes) -> Iterator[bytes]:
    """Yield the decrypted chunks in order; raise backup.damaged on any change or cut."""
    aead = AESGCM(key)
    with open(path, "rb") as src:
        src.seek(len(MAGIC) + 4 + len(header.raw))
        index, final = 0, False
        while not final:
            head = src.read(4)
            if len(head) < 4:
                raise SubeiError("backup.damaged")  # cut off before the last chunk
            (size,) = struct.unpack(">I", head)
            if size > CHUNK + 16:
                raise SubeiError("backup.damaged")
            body = src.read(12 + size)
            if len(body) < 12 + size:
                raise SubeiError("backup.damaged")
            for final in (False, True):
                try:
                    plain = aead.decrypt(body[:12], body[12:], _aad(header.digest, index, final))
                    break
                except InvalidTag:
                    continue
            else:
                raise SubeiError("backup.damaged")
            yield plain
            index += 1
        if src.read(1):
            raise SubeiError("backup.damaged")  # bytes after the last chunk


class _Reader:
    """Reads exact byte counts from the chunk stream."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self.chunks, self.buffer = chunks, bytearray()

    def read(self, n: int) -> bytes:
        while len(self.buffer) < n:
            nxt = next(self.chunks, None)
            if nxt is None:
                raise SubeiError("backup.damaged")
            self.buffer += nxt
        out = bytes(self.buffer[:n])
        del self.buffer[:n]
        return out

    def at_end(self) -> bool:
        return not self.buffer and next(self.chunks, None) is None


def extract(
    path: Path, header: BackupHeader, key: bytes, dest: Path, progress: Progress | None = None
) -> None:
    """Decrypt every file of the backup into dest (a fresh folder)."""
    dest.mkdir(parents=True, exist_ok=False)
    reader = _Reader(_chunks(path, header, key))
    total, done = sum(s for _, s in header.files), 0
    try:
        for name, size in header.files:
            (length,) = struct.unpack(">H", reader.read(2))
            got = reader.read(length).decode()
            (declared,) = struct.unpack(">Q", reader.read(8))
            target = (dest / got).resolve()
            if got != name or declared != size or dest.resolve() not in target.parents:
                raise SubeiError("backup.damaged")
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "wb") as out:
                left = size
                while left:
                    block = reader.read(min(left, CHUNK))
                    out.write(block)
                    left -= len(block)
                    done += len(block)
                    _cancel_check(progress, done, total)
                out.flush()
                os.fsync(out.fileno())
        if not reader.at_end():
            raise SubeiError("backup.damaged")
    except OSError as exc:
        if is_disk_full(exc):
            raise DiskFull() from None
        raise


def check_extracted(folder: Path, header: BackupHeader) -> None:
    """Raise backup.damaged unless the extracted database is intact and holds what it says."""
    conn = sqlite3.connect(folder / DB_NAME)
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise SubeiError("backup.damaged")
        if _counts(conn) != header.counts:
            raise SubeiError("backup.damaged")
    except sqlite3.DatabaseError:
        raise SubeiError("backup.damaged") from None
    finally:
        conn.close()


def verify_backup(path: Path, key: bytes, counts: dict[str, int], scratch_dir: Path) -> None:
    """Open a written backup again: decrypt all of it, check the database and its counts.

    The decrypted copy goes to scratch_dir (the data folder, never the stick) and is removed."""
    header = read_header(path)
    if header.counts != counts:
        raise SubeiError("backup.verify_failed")
    scratch = scratch_dir / f".backup-verify.{os.getpid()}.tmp"
    shutil.rmtree(scratch, ignore_errors=True)
    try:
        extract(path, header, key, scratch)
        check_extracted(scratch, header)
    except SubeiError as exc:
        if exc.code in ("backup.damaged", "backup.not_a_backup"):
            raise SubeiError("backup.verify_failed") from None
        raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
