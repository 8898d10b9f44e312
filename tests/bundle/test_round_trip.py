"""Device -> stick -> server -> return stick -> device: convergence, replay, order, revocation."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bundle_harness import County
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from subei_sync.bundle.format import BundleError
from subei_sync.client.bundle_commands import build_bundle, export_bundle, import_return
from subei_sync.server.bundle_import import import_bundle, import_files
from subei_sync.server.bundle_keys import ServerKeys
from subei_sync.server.devices import revoke_device
from sync_harness import GRID_A, Laptop, add_household, edit, enrol_laptop, table_state

from subei_mobile.store import open_store


def _unsent(laptop: Laptop) -> int:
    return int(laptop.store.conn.execute(
        "SELECT COUNT(*) FROM changes WHERE server_seq IS NULL").fetchone()[0])  # fmt: skip


def _carry(county: County, laptop: Laptop, stick: Path) -> Path:
    return export_bundle(laptop.store, laptop.identity, stick).path


def _return_for(written: list[Path], laptop: Laptop) -> bytes:
    name = f"return-{laptop.identity.device_id}-"
    (path,) = [p for p in written if p.name.startswith(name)]
    return path.read_bytes()


def test_round_trip_converges_with_online_sync(county: County, tmp_path: Path) -> None:
    a = enrol_laptop(county.service, tmp_path, "a", "field-staff", GRID_A)
    office = enrol_laptop(county.service, tmp_path, "office", "township-office")
    online = enrol_laptop(county.service, tmp_path, "online", "township-office")
    ids = [add_household(a.store, GRID_A)[0] for _ in range(12)]
    edit(a.store, "households", ids[0], address_zh="草原 1")
    stick = tmp_path / "stick"
    files = [_carry(county, office, stick), _carry(county, a, stick)]  # office carries a's too
    assert _unsent(a) == 25  # nothing delivered before a receipt

    outcomes, written = import_files(county.db, county.keys, files, tmp_path / "back")
    assert [o.status for _, o in outcomes] == ["imported", "imported"]  # type: ignore[union-attr]
    assert len(written) == 2
    got = import_return(a.store, a.identity, _return_for(written, a))
    assert (got.status, got.acked, got.stale) == ("imported", 25, False)
    assert _unsent(a) == 0
    got = import_return(office.store, office.identity, _return_for(written, office))
    assert got.applied == 24  # a first visit: a snapshot of the 24 records in its scope

    online.sync()
    assert table_state(office.store, "households") == table_state(online.store, "households")
    assert table_state(office.store, "persons") == table_state(online.store, "persons")
    assert office.checksums() == online.checksums()
    # The laptops that went by stick are in step with the server: nothing to push, no repair.
    for laptop in (a, office):
        result = laptop.sync()
        assert (result.pushed, result.mismatched) == (0, [])

    # A return bundle applied twice is a no-op that says so.
    again = import_return(a.store, a.identity, _return_for(written, a))
    assert again.status == "already_imported" and again.imported_at


def test_importing_twice_is_a_no_op(county: County, tmp_path: Path) -> None:
    a = enrol_laptop(county.service, tmp_path, "a", "field-staff", GRID_A)
    add_household(a.store, GRID_A)
    data = _carry(county, a, tmp_path / "stick").read_bytes()
    first = import_bundle(county.db, county.keys, data)
    before = county.dump()
    second = import_bundle(county.db, county.keys, data)
    assert second.status == "already_imported"
    assert f"already imported on {first.imported_at}" in second.message()
    assert county.dump() == before


def test_two_sticks_in_the_wrong_order(county: County, tmp_path: Path) -> None:
    a = enrol_laptop(county.service, tmp_path, "a", "field-staff", GRID_A)
    for _ in range(3):
        add_household(a.store, GRID_A)
    stick1 = _carry(county, a, tmp_path / "s1").read_bytes()  # changes 1..6
    for _ in range(2):
        add_household(a.store, GRID_A)
    stick2 = _carry(county, a, tmp_path / "s2").read_bytes()  # changes 1..10 (still unsent)

    newer = import_bundle(county.db, county.keys, stick2)
    assert (newer.status, newer.applied, newer.high_water) == ("imported", 10, 10)
    before = county.dump()
    older = import_bundle(county.db, county.keys, stick1)
    assert older.status == "superseded" and "already applied" in older.message()
    assert county.dump() == before  # nothing written, not even a bundle_imports row


def test_two_halves_in_order_and_a_gap_in_bundle_numbers(county: County, tmp_path: Path) -> None:
    a = enrol_laptop(county.service, tmp_path, "a", "field-staff", GRID_A)
    add_household(a.store, GRID_A)
    half1 = _carry(county, a, tmp_path / "s1").read_bytes()
    build_bundle(a.store, a.identity)  # bundle 2 is written and lost: a gap in numbers
    add_household(a.store, GRID_A)
    half2 = _carry(county, a, tmp_path / "s3").read_bytes()
    assert import_bundle(county.db, county.keys, half1).applied == 2
    second = import_bundle(county.db, county.keys, half2)
    assert (second.seq, second.applied, second.high_water) == (3, 2, 4)
    head = county.db.conn.execute("SELECT COUNT(*) FROM log").fetchone()[0]
    assert head == 4  # every change logged exactly once


def test_stale_return_bundle_only_applies_its_receipt(county: County, tmp_path: Path) -> None:
    a = enrol_laptop(county.service, tmp_path, "a", "field-staff", GRID_A)
    b = enrol_laptop(county.service, tmp_path, "b", "field-staff", GRID_A)
    add_household(a.store, GRID_A)
    files = [_carry(county, b, tmp_path / "s")]
    add_household(a.store, GRID_A)
    a.sync()
    _, written = import_files(county.db, county.keys, files, tmp_path / "back")
    b.sync()  # b moves on before the return stick arrives
    got = import_return(b.store, b.identity, _return_for(written, b))
    assert got.stale and got.applied == 0
    assert b.sync().mismatched == []


def test_revoked_unknown_and_foreign_bundles_are_refused(county: County, tmp_path: Path) -> None:
    a = enrol_laptop(county.service, tmp_path, "a", "field-staff", GRID_A)
    add_household(a.store, GRID_A)
    data = _carry(county, a, tmp_path / "stick").read_bytes()
    before = county.dump()

    foreign = ServerKeys(X25519PrivateKey.generate(), county.keys.signer)
    with pytest.raises(BundleError) as err:
        import_bundle(county.db, foreign, data)
    assert err.value.code == "bundle.wrong_recipient"

    county.db.conn.execute(
        "UPDATE devices SET id = 'renamed' WHERE id = ?", (a.identity.device_id,)
    )
    with pytest.raises(BundleError) as err:
        import_bundle(county.db, county.keys, data)
    assert err.value.code == "bundle.device_unknown"
    county.db.conn.execute(
        "UPDATE devices SET id = ? WHERE id = 'renamed'", (a.identity.device_id,)
    )
    assert county.dump() == before

    revoke_device(county.db, a.identity.device_id)
    before = county.dump()
    with pytest.raises(BundleError) as err:
        import_bundle(county.db, county.keys, data)
    assert err.value.code == "bundle.device_revoked"
    assert "revoked" in err.value.message()
    assert county.dump() == before
    assert county.db.conn.execute("SELECT COUNT(*) FROM records").fetchone()[0] == 0


def test_return_bundle_for_another_laptop_is_refused(county: County, tmp_path: Path) -> None:
    a = enrol_laptop(county.service, tmp_path, "a", "field-staff", GRID_A)
    b = enrol_laptop(county.service, tmp_path, "b", "field-staff", GRID_A)
    files = [_carry(county, a, tmp_path / "s")]
    _, written = import_files(county.db, county.keys, files, tmp_path / "back")
    with pytest.raises(BundleError) as err:
        import_return(b.store, b.identity, _return_for(written, a))
    assert err.value.code == "bundle.wrong_recipient"


def test_bundles_of_laptops_enrolled_together_do_not_overwrite(
    county: County, tmp_path: Path
) -> None:
    laptops = [enrol_laptop(county.service, tmp_path, f"l{i}", "field-staff", GRID_A)
               for i in range(3)]  # fmt: skip
    stick = tmp_path / "stick"
    for laptop in laptops:
        add_household(laptop.store, GRID_A)
    files = [_carry(county, laptop, stick) for laptop in laptops]
    assert len(set(files)) == 3 and len(list(stick.iterdir())) == 3


def test_return_bundle_on_a_laptop_put_back_from_a_copy(county: County, tmp_path: Path) -> None:
    """A return bundle acknowledging numbers a restored store never used marks nothing sent."""
    a = enrol_laptop(county.service, tmp_path, "a", "field-staff", GRID_A)
    add_household(a.store, GRID_A)
    files = [_carry(county, a, tmp_path / "stick")]
    a.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copytree(a.store.data_dir, tmp_path / "copy")  # the backup
    for _ in range(2):
        add_household(a.store, GRID_A)
    a.sync()  # online, after the backup
    _, written = import_files(county.db, county.keys, files, tmp_path / "back")
    a.store.close()
    shutil.rmtree(tmp_path / "a")
    shutil.copytree(tmp_path / "copy", tmp_path / "a")
    a.store = open_store(tmp_path / "a", user_id="user-a")
    with pytest.raises(BundleError) as caught:
        import_return(a.store, a.identity, _return_for(written, a))
    assert caught.value.code == "bundle.rebase_required"
    assert _unsent(a) == 2  # still queued; the online sync re-bases
