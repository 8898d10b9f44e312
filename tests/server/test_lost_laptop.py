"""Replacing a lost laptop (SQLite and PostgreSQL): the county revokes it, recovers its unsent
work from its last backup with the county recovery key, and a newly enrolled laptop receives
its scope with that work in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from subei_sync.server import cli
from subei_sync.server.database import Database
from subei_sync.server.devices import revoke_device
from subei_sync.server.recovery import recover_backup
from sync_harness import GRID_A, add_household, edit, enrol_laptop, service_over

from subei_mobile.errors import AuthError, SubeiError
from subei_mobile.security import accounts, county
from subei_mobile.security.keyslots import FLOOR
from subei_mobile.store.backup import write_backup

PASSWORD = "grassland-2026"


def test_lost_laptop_work_comes_back_through_its_backup(
    db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    service = service_over(db)
    pair = county.generate_county_keypair()
    store = accounts.create_encrypted_store(tmp_path / "a", "wang", "field-staff", PASSWORD,
                                            pair.public, kdf=FLOOR)  # fmt: skip
    lost = enrol_laptop(service, tmp_path, "a", "field-staff", GRID_A, store=store)
    synced = [add_household(lost.store, GRID_A)[0] for _ in range(2)]
    lost.sync()
    unsent = [add_household(lost.store, GRID_A) for _ in range(3)]
    for _hh, person in unsent:  # a sensitive field, sealed in the outbox and in the backup
        edit(lost.store, "persons", person, phone="13912345678")
    stick = tmp_path / "usb"
    stick.mkdir()
    backup = write_backup(lost.store, stick).path
    never_backed_up = add_household(lost.store, GRID_A)[0]
    lost.store.close()  # the laptop is gone
    assert revoke_device(db, lost.identity.device_id)

    with pytest.raises(AuthError):  # the wrong key opens nothing and applies nothing
        recover_backup(db, backup, county.generate_county_keypair().private, tmp_path / "srv")
    key_file = tmp_path / "county.key"
    key_file.write_text(pair.private.hex())
    args = ["--data-dir", str(tmp_path / "srv"), "--db", db_url, "recover-backup", str(backup),
            "--county-key", str(key_file)]  # fmt: skip
    assert cli.main(args) == 0
    said = capsys.readouterr().out
    assert "9 unsent changes in the backup, 0 already on the server, 9 applied" in said
    again = recover_backup(db, backup, pair.private, tmp_path / "srv")  # harmless twice
    assert (again.unsent, again.already_held, again.applied) == (9, 9, 0)
    assert not list((tmp_path / "srv").glob(".recover-*"))  # no decrypted copy left behind

    new = enrol_laptop(service, tmp_path, "b", "field-staff", GRID_A)
    new.sync()  # the scope snapshot
    have = {r[0] for r in new.store.conn.execute("SELECT id FROM households")}
    assert {*synced, *(hh for hh, _ in unsent)} <= have and never_backed_up not in have
    phones = {r[0] for r in new.store.conn.execute(
        "SELECT phone FROM persons WHERE id IN (?, ?, ?)", [p for _, p in unsent])}  # fmt: skip
    assert phones == {"13912345678"}


def test_recovery_refuses_bad_input_and_applies_nothing(
    db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    service_over(db)
    pair = county.generate_county_keypair()
    store = accounts.create_encrypted_store(tmp_path / "never", "wang", "field-staff", PASSWORD,
                                            pair.public, kdf=FLOOR)  # fmt: skip
    add_household(store, GRID_A)
    stick = tmp_path / "usb"
    stick.mkdir()
    backup = write_backup(store, stick).path
    store.close()
    with pytest.raises(SubeiError) as caught:  # a laptop that never enrolled: whose work?
        recover_backup(db, backup, pair.private, tmp_path / "srv")
    assert caught.value.code == "recovery.not_enrolled"
    key_file = tmp_path / "county.key"
    key_file.write_text(pair.private.hex())
    damaged = tmp_path / "damaged.subeibak"
    damaged.write_bytes(backup.read_bytes()[:-40])
    for path, code in ((damaged, "backup.damaged"), (key_file, "backup.not_a_backup")):
        args = ["--data-dir", str(tmp_path / "srv"), "--db", db_url, "recover-backup",
                str(path), "--county-key", str(key_file)]  # fmt: skip
        assert cli.main(args) == 2
        assert code in capsys.readouterr().err
    with db.transaction() as tx:
        assert tx.execute("SELECT COUNT(*) FROM records")[0][0] == 0
