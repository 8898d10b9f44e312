"""Re-base and the audit trail (SQLite and PostgreSQL): the continuation from the server-signed
checkpoint verifies, tampering after it is still refused, a forged branch point is refused, and
the checkpoint is checked by the laptop with the server key it got at enrolment."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from subei_sync.client.engine import SyncFailed
from subei_sync.client.identity import AUDIT_ACKED_KEY
from subei_sync.client.rebase import CHECKPOINT_KEY
from subei_sync.protocol.rebase import REBASE_PATH, RebaseRequest
from subei_sync.server.audit import verify_stored
from subei_sync.server.bundle_keys import ensure_server_keys
from subei_sync.server.database import Database
from subei_sync.server.service import SyncService
from sync_harness import GRID_A, Laptop, add_household, edit, enrol_laptop, service_over

from subei_mobile.store import open_store


def _service(db: Database, tmp: Path) -> SyncService:
    plain = service_over(db)
    keys = ensure_server_keys(tmp / "server", db)  # enrolment hands out the signing key
    return SyncService(plain.db, signer=keys.signer)


def _work(laptop: Laptop, households: int) -> list[str]:
    ids = []
    for _ in range(households):
        hh, _person = add_household(laptop.store, GRID_A)
        edit(laptop.store, "households", hh, address_zh="改")
        ids.append(hh)
    return ids


def _put_back(laptop: Laptop, copy: Path) -> Laptop:
    folder = laptop.store.data_dir
    laptop.store.close()
    shutil.rmtree(folder)
    shutil.copytree(copy, folder)
    store = open_store(folder, user_id="user-a")
    return Laptop(laptop.name, store, laptop.identity, laptop.transport)


def _restored(db: Database, tmp: Path) -> tuple[SyncService, Laptop, list[str]]:
    """A laptop put back from a copy after it synced more: returns (service, laptop, lost ids)."""
    service = _service(db, tmp)
    a = enrol_laptop(service, tmp, "a", "field-staff", GRID_A)
    _work(a, 2)
    a.sync()
    a.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copytree(a.store.data_dir, tmp / "copy")
    missed = _work(a, 2)
    a.sync()
    return service, _put_back(a, tmp / "copy"), missed


def test_continuation_verifies_and_nothing_is_lost(db: Database, tmp_path: Path) -> None:
    _, a, missed = _restored(db, tmp_path)
    fresh = _work(a, 3)
    result = a.sync()
    assert result.rebased is not None and result.rebased.resent == 9
    assert a.store.meta(CHECKPOINT_KEY)  # the signed checkpoint is kept as evidence
    a.sync()  # the audit entries the repair wrote follow
    ids = {r[0] for r in a.store.conn.execute("SELECT id FROM households")}
    assert {*missed, *fresh} <= ids
    reports = verify_stored(db)
    assert len(reports) == 2  # the device's first chain and its continuation
    assert [r.fault for r in reports] == [None, None]
    # Verified up to the last push; only pull bookkeeping waits for the next one (issue 12:
    # a no-op sync uploads none of it).
    waiting = [r[0] for r in a.store.conn.execute(
        "SELECT action FROM audit_log WHERE seq > ?", (int(a.store.meta(AUDIT_ACKED_KEY)),))]  # fmt: skip
    assert set(waiting) <= {"sync.apply"}


def test_tampering_after_the_checkpoint_is_refused(db: Database, tmp_path: Path) -> None:
    _, a, _ = _restored(db, tmp_path)
    _work(a, 1)
    a.sync()  # re-based
    acked = int(a.store.meta(AUDIT_ACKED_KEY))
    _work(a, 2)
    a.store.conn.execute("UPDATE audit_log SET action = 'delete' WHERE seq = ?", (acked + 2,))
    with pytest.raises(SyncFailed) as caught:
        a.sync()
    assert caught.value.code == "audit_chain_broken"
    assert caught.value.params["seq"] == acked + 2


def test_forged_branch_point_is_refused(db: Database, tmp_path: Path) -> None:
    service, a, _missed = _restored(db, tmp_path)
    body = RebaseRequest(branch_seq=3, branch_head="ab" * 32, acked=0).model_dump_json().encode()
    headers = {k.lower(): v for k, v in a.identity.sign("POST", REBASE_PATH, body).items()}
    reply = service.handle_rebase("POST", REBASE_PATH, headers, body)
    assert reply.status == 409 and b"rebase_no_common_entry" in reply.body
    reply = service.handle_rebase("POST", REBASE_PATH, {}, body)
    assert reply.status == 401


def test_checkpoint_signed_by_another_key_is_refused(db: Database, tmp_path: Path) -> None:
    service, a, _missed = _restored(db, tmp_path)
    _work(a, 1)
    before = a.store.conn.execute("SELECT device_seq FROM changes ORDER BY 1").fetchall()
    service.signer = Ed25519PrivateKey.generate()  # not the key the laptop got at enrolment
    with pytest.raises(SyncFailed) as caught:
        a.sync()
    assert caught.value.code == "checkpoint_bad_signature"
    assert a.store.conn.execute("SELECT device_seq FROM changes ORDER BY 1").fetchall() == before
    assert a.store.conn.execute(
        "SELECT COUNT(*) FROM changes WHERE server_seq IS NULL"
    ).fetchone()[0] == 3  # fmt: skip


def test_restored_from_an_encrypted_backup_loses_nothing(db: Database, tmp_path: Path) -> None:
    """The same as a copied folder, through `backup` and `restore` of an encrypted store."""
    from subei_mobile.security import accounts, county
    from subei_mobile.security.keyslots import FLOOR
    from subei_mobile.store.backup import write_backup
    from subei_mobile.store.restore import restore_backup

    service = _service(db, tmp_path)
    pair = county.generate_county_keypair()
    store = accounts.create_encrypted_store(tmp_path / "a", "wang", "field-staff", "pass-2026",
                                            pair.public, kdf=FLOOR)  # fmt: skip
    a = enrol_laptop(service, tmp_path, "a", "field-staff", GRID_A, store=store)
    _work(a, 1)
    a.sync()
    stick = tmp_path / "usb"
    stick.mkdir()
    backup = write_backup(a.store, stick).path
    missed = _work(a, 2)
    a.sync()
    a.store.close()
    report = restore_backup(backup, tmp_path / "a", user="wang", password="pass-2026",
                            replace=True)  # fmt: skip
    assert report.replaced is not None
    a = Laptop("a", accounts.login(tmp_path / "a", "wang", "pass-2026"), a.identity, a.transport)
    fresh = _work(a, 4)  # more changes than the backup missed
    result = a.sync()
    assert result.rebased is not None and result.rebased.resent == 12
    ids = {r[0] for r in a.store.conn.execute("SELECT id FROM households")}
    assert {*missed, *fresh} <= ids
    unsent = a.store.conn.execute("SELECT COUNT(*) FROM changes WHERE server_seq IS NULL")
    assert unsent.fetchone()[0] == 0
    with db.transaction() as tx:
        on_server = {r[0] for r in tx.execute(
            "SELECT record_id FROM records WHERE table_name = 'households'")}  # fmt: skip
    assert {*missed, *fresh} <= on_server


def test_backup_from_a_branch_left_behind_still_rebases(db: Database, tmp_path: Path) -> None:
    """Found by the kill loop: put back a copy from a continuation chain that a later restore
    (of an older copy) left behind: the server finds its branch point in any of the device's
    chains, not only the current chain's ancestors."""
    service = _service(db, tmp_path)
    a = enrol_laptop(service, tmp_path, "a", "field-staff", GRID_A)
    copies = []
    for name in ("old1", "old2"):  # two copies taken in the first chain, at two positions
        _work(a, 1)
        a.sync()
        a.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copytree(a.store.data_dir, tmp_path / name)
        copies.append(tmp_path / name)
    _work(a, 1)
    a.sync()
    a = _put_back(a, copies[0])
    kept = _work(a, 1)
    assert a.sync().rebased is not None  # now on a continuation chain
    a.sync()
    a.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copytree(a.store.data_dir, tmp_path / "branch")  # taken on the continuation
    later = _work(a, 1)
    a.sync()
    a = _put_back(a, copies[1])  # back to the first chain: a second continuation
    assert a.sync().rebased is not None
    a = _put_back(a, tmp_path / "branch")  # and to the branch that one left behind
    fresh = _work(a, 1)
    assert a.sync().rebased is not None
    a.sync()
    ids = {r[0] for r in a.store.conn.execute("SELECT id FROM households")}
    assert {*kept, *later, *fresh} <= ids
    assert [r.fault for r in verify_stored(db)] == [None] * 4


def test_an_edit_after_the_restore_is_never_overwritten(db: Database, tmp_path: Path) -> None:
    """The restored laptop edits a record that its forgotten work also edited: the range
    repair that fetches the forgotten work back keeps the unsent edit, and the server gets it."""
    service = _service(db, tmp_path)
    a = enrol_laptop(service, tmp_path, "a", "field-staff", GRID_A)
    (hh,) = _work(a, 1)
    a.sync()
    a.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copytree(a.store.data_dir, tmp_path / "copy")
    edit(a.store, "households", hh, address_zh="备份之后、恢复之前")
    edit(a.store, "households", hh, notes="被遗忘的备注")
    a.sync()
    a = _put_back(a, tmp_path / "copy")
    edit(a.store, "households", hh, address_zh="恢复之后")
    assert a.sync().rebased is not None
    a.sync()
    row = a.store.conn.execute("SELECT address_zh, notes FROM households WHERE id = ?", (hh,))
    address, notes = row.fetchone()
    assert notes == "被遗忘的备注"  # the forgotten edit came back
    with db.transaction() as tx:
        fields = json.loads(tx.execute(
            "SELECT fields FROM records WHERE record_id = ?", (hh,))[0][0])  # fmt: skip
    conflicts = a.store.conn.execute(
        "SELECT candidates FROM conflicts WHERE record_id = ?", (hh,)
    ).fetchall()
    # The edit made after the restore is the value, or one side of a conflict kept for review.
    assert address == fields["address_zh"], (address, conflicts)
    assert address == "恢复之后" or any("恢复之后" in c[0] for c in conflicts)
