"""Encrypted backups and restores: round trip by password and by the county key, nothing
readable on the stick, and every bad input (wrong file, damage, wrong password, full disk,
live store, cancel) gets its own error with nothing changed."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import small_disk as small_disks
from seeding import CANARY_FACT, CANARY_IDS, CANARY_PHONES, PASSWORD, Seeded
from small_disk import SmallDisk

from subei_mobile.errors import AuthError, DiskFull, SubeiError
from subei_mobile.security import accounts
from subei_mobile.store import DB_NAME, open_store
from subei_mobile.store.backup import SUFFIX, read_header, write_backup
from subei_mobile.store.restore import finish_restore, restore_backup

BIN = Path(sys.executable).parent


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    root = tmp_path / "usb"
    root.mkdir()
    return root


def _rows(data_dir: Path) -> dict[str, int]:
    conn = sqlite3.connect(data_dir / DB_NAME)
    try:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("households", "persons", "changes", "audit_log")}  # fmt: skip
    finally:
        conn.close()


def _phone_of(store_dir: Path, person_id: str) -> str:
    store = accounts.login(store_dir, "wang", PASSWORD)
    try:
        row = store.conn.execute("SELECT phone FROM persons WHERE id = ?", (person_id,)).fetchone()
        return str(store.codec.open_values("persons", person_id, {"phone": row[0]})["phone"])
    finally:
        store.close()


def _snapshot_of(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_round_trip_by_password_and_nothing_readable_on_the_stick(
    seeded: Seeded, stick: Path, tmp_path: Path
) -> None:
    report = write_backup(seeded.store, stick)
    assert report.path.parent == stick and report.path.name.endswith(SUFFIX)
    assert [p.name for p in stick.iterdir()] == [report.path.name]  # no temp, no plain copy
    blob = report.path.read_bytes()
    for secret in [*CANARY_IDS, *CANARY_PHONES, CANARY_FACT, "巴特尔", "BEGIN PRIVATE"]:
        for encoding in ("utf-8", "utf-16-le"):
            assert secret.encode(encoding) not in blob, secret
    assert b"SQLite format 3" not in blob
    before = _rows(seeded.data_dir)
    seeded.store.close()

    target = tmp_path / "new-laptop"
    done = restore_backup(report.path, target, user="wang", password=PASSWORD)
    assert done.replaced is None and _rows(target) == before
    assert _phone_of(target, seeded.person_ids[0]) == CANARY_PHONES[0]


def test_county_key_opens_a_backup(seeded: Seeded, stick: Path, tmp_path: Path) -> None:
    report = write_backup(seeded.store, stick)
    target = tmp_path / "county-copy"
    restore_backup(report.path, target, county_private=seeded.county.private)
    store = accounts.recover(target, seeded.county.private)
    assert store.conn.execute("SELECT COUNT(*) FROM persons").fetchone()[0] == 3
    store.close()


def test_wrong_password_or_key_reads_nothing(seeded: Seeded, stick: Path, tmp_path: Path) -> None:
    report = write_backup(seeded.store, stick)
    target = tmp_path / "t"
    for kwargs in ({"user": "wang", "password": "wrong-password"},
                   {"user": "nobody", "password": PASSWORD},
                   {"county_private": os.urandom(32)}):  # fmt: skip
        with pytest.raises(AuthError) as caught:
            restore_backup(report.path, target, **kwargs)  # type: ignore[arg-type]
        assert caught.value.code == "auth.failed"
        assert not target.exists()


def _damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "flip_payload":
        data[len(data) // 2] ^= 0x40
    elif how == "flip_header":
        data[20] ^= 0x01
    elif how == "truncate":
        del data[len(data) - 100 :]
    elif how == "cut_last_chunk":
        del data[len(data) // 2 :]
    elif how == "append":
        data += b"\0" * 10
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "how", ["flip_payload", "flip_header", "truncate", "cut_last_chunk", "append"]
)
def test_damaged_backup_is_refused_and_the_live_store_untouched(
    seeded: Seeded, stick: Path, how: str
) -> None:
    report = write_backup(seeded.store, stick)
    seeded.store.close()
    _damage(report.path, how)
    before = _snapshot_of(seeded.data_dir)
    with pytest.raises(SubeiError) as caught:
        restore_backup(report.path, seeded.data_dir, user="wang", password=PASSWORD, replace=True)
    assert caught.value.code in {"backup.damaged", "auth.failed"}
    if how != "flip_header":  # a changed header may break the key slot first
        assert caught.value.code == "backup.damaged"
    assert _snapshot_of(seeded.data_dir) == before
    assert [p.name for p in seeded.data_dir.parent.iterdir() if "restore" in p.name] == []


def test_not_a_backup(seeded: Seeded, tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("家庭名单\n", "utf-8")
    for path, code in ((other, "backup.not_a_backup"), (tmp_path, "backup.not_a_backup"),
                       (tmp_path / "missing.subeibak", "file.not_found")):  # fmt: skip
        with pytest.raises(SubeiError) as caught:
            read_header(path)
        assert caught.value.code == code


def test_live_store_is_not_overwritten_without_confirmation(seeded: Seeded, stick: Path) -> None:
    report = write_backup(seeded.store, stick)
    with seeded.store.transaction() as tx:  # saved after the backup
        tx.update("persons", seeded.person_ids[1], {"name_zh": "后来改的"})
    seeded.store.close()
    before = _snapshot_of(seeded.data_dir)
    with pytest.raises(SubeiError) as caught:
        restore_backup(report.path, seeded.data_dir, user="wang", password=PASSWORD)
    assert caught.value.code == "restore.would_overwrite"
    assert _snapshot_of(seeded.data_dir) == before
    done = restore_backup(report.path, seeded.data_dir, user="wang", password=PASSWORD,
                          replace=True)  # fmt: skip
    assert done.replaced is not None and done.replaced.name.startswith("data.replaced-")
    kept = accounts.login(done.replaced, "wang", PASSWORD)  # the replaced store, kept whole
    name = kept.conn.execute("SELECT name_zh FROM persons WHERE id = ?", (seeded.person_ids[1],))
    assert name.fetchone()[0] == "后来改的"
    kept.close()


def test_plain_store_is_not_backed_up(tmp_path: Path, stick: Path) -> None:
    store = open_store(tmp_path / "plain")
    with pytest.raises(SubeiError) as caught:
        write_backup(store, stick)
    assert caught.value.code == "backup.not_encrypted"
    with pytest.raises(SubeiError) as caught:
        write_backup(store, tmp_path / "no-stick")
    assert caught.value.code in {"backup.not_encrypted", "backup.target_missing"}
    store.close()


def test_cancel_leaves_nothing(seeded: Seeded, stick: Path, tmp_path: Path) -> None:
    with pytest.raises(SubeiError) as caught:
        write_backup(seeded.store, stick, progress=lambda done, total: False)
    assert caught.value.code == "cancelled"
    assert list(stick.iterdir()) == []
    assert not [p for p in seeded.data_dir.iterdir() if p.name.endswith(".tmp")]
    report = write_backup(seeded.store, stick)
    target = tmp_path / "t"
    with pytest.raises(SubeiError) as caught:
        restore_backup(report.path, target, user="wang", password=PASSWORD,
                       progress=lambda done, total: done < total // 2)  # fmt: skip
    assert caught.value.code == "cancelled"
    assert not target.exists() and not list(tmp_path.glob(".t.restore-*"))


def test_crash_between_the_moves_is_finished_on_open(seeded: Seeded, stick: Path) -> None:
    report = write_backup(seeded.store, stick)
    seeded.store.close()
    data = seeded.data_dir
    restore_backup(report.path, data, user="wang", password=PASSWORD, replace=True)
    # Stage the state a kill -9 leaves after the first move: journal, incoming, no data folder.
    incoming = data.parent / f".{data.name}.restore-incoming"
    shutil.copytree(data, incoming)
    aside = data.with_name("data.replaced-crash")
    os.replace(data, aside)
    (data.parent / f".{data.name}.restore-journal").write_text(f'{{"aside": "{aside}"}}')
    assert accounts.is_encrypted(data)  # every opening asks this first, and finishes the restore
    store = accounts.login(data, "wang", PASSWORD)
    assert store.conn.execute("SELECT COUNT(*) FROM persons").fetchone()[0] == 3
    store.close()
    assert aside.exists() and not incoming.exists()
    finish_restore(data)  # idempotent


small_disk = small_disks.small_disk  # a 4 MB tmpfs (tests/small_disk.py)


def test_full_stick_says_disk_full_and_leaves_no_partial_file(
    seeded: Seeded, small_disk: SmallDisk
) -> None:
    small_disk.fill()
    with pytest.raises(DiskFull):
        write_backup(seeded.store, small_disk.root)
    assert [p.name for p in small_disk.root.iterdir()] == ["filler"]  # no partial backup
    small_disk.free()
    assert write_backup(seeded.store, small_disk.root).path.exists()  # works once there is room


def test_cli_backup_and_restore(seeded: Seeded, stick: Path, tmp_path: Path) -> None:
    seeded.store.close()
    env = {**os.environ, "SUBEI_PASSWORD": PASSWORD, "SUBEI_LANG": "zh_CN"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(BIN / "subei-mobile"), *args], capture_output=True,
                              text=True, env=env, timeout=120, check=False)  # fmt: skip

    done = run("--data-dir", str(seeded.data_dir), "--user", "wang", "backup", "--to", str(stick))
    assert done.returncode == 0, done.stderr
    assert "verified" in done.stdout
    (path,) = stick.iterdir()
    done = run("--data-dir", str(seeded.data_dir), "--user", "wang", "restore", str(path))
    assert done.returncode == 2 and "restore.would_overwrite" in done.stderr
    assert "Traceback" not in done.stderr
    done = run("--data-dir", str(tmp_path / "fresh"), "--user", "wang", "restore", str(path))
    assert done.returncode == 0, done.stderr
    bad = tmp_path / "bad.subeibak"
    bad.write_bytes(path.read_bytes()[:-50])
    done = run("--data-dir", str(tmp_path / "fresh2"), "--user", "wang", "restore", str(bad))
    assert done.returncode == 2 and "backup.damaged" in done.stderr
    assert "备份文件已损坏" in done.stderr and "Traceback" not in done.stderr
