"""An encrypted laptop syncs plain values on the wire but never writes them to its files."""

from __future__ import annotations

import sys
from pathlib import Path

from subei_sync.server.service import SyncService
from sync_harness import GRID_A, TOWNSHIP, Laptop, edit, enrol_laptop

from subei_mobile.households import register_household
from subei_mobile.models import Household, Person
from subei_mobile.resident_id import check_digit
from subei_mobile.security import accounts, county
from subei_mobile.security.keyslots import FLOOR
from subei_mobile.store.conflicts import open_conflicts, resolve_conflict

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "security"))
from test_at_rest import canary_hits

PASSWORD = "grassland-2026"


def _canary(seq: int) -> str:
    first17 = f"62092319790304{seq:03d}"
    return first17 + check_digit(first17)


CANARY_IDS = [_canary(n) for n in (817, 828)]
CANARY_PHONES = ["13909378811", "13909378822", "13909378833"]


def _encrypted(service: SyncService, root: Path, name: str, role: str, grid: str = "") -> Laptop:
    pair = county.generate_county_keypair()
    store = accounts.create_encrypted_store(
        root / name, f"user-{name}", role, PASSWORD, pair.public,
        township=TOWNSHIP, grid=grid, kdf=FLOOR,
    )  # fmt: skip
    return enrol_laptop(service, root, name, role, grid, store=store)


def test_pulled_values_are_sealed_at_rest_and_round_trip(
    service: SyncService, tmp_path: Path
) -> None:
    a = _encrypted(service, tmp_path, "a", "field-staff", GRID_A)
    a2 = _encrypted(service, tmp_path, "a2", "grid-worker", GRID_A)
    office = _encrypted(service, tmp_path, "office", "township-office")
    hh = Household(code="E-1", township_code=TOWNSHIP, grid_code=GRID_A)
    people = [
        Person(household_id=hh.id, relation="head", name_zh="敖其尔", id_number=CANARY_IDS[0],
               phone=CANARY_PHONES[0]),
        Person(household_id=hh.id, relation="spouse", name_zh="其其格", id_number=CANARY_IDS[1]),
    ]  # fmt: skip
    register_household(a.store, hh, people)
    assert a.sync().pushed == 3
    # The server holds plain values (its own trust domain).
    with service.db.transaction() as tx:
        fields = [r[0] for r in tx.execute("SELECT fields FROM records")]
    assert any(CANARY_IDS[0] in f for f in fields) and not any("enc1:" in f for f in fields)

    for laptop in (a2, office):
        result = laptop.sync()
        assert result.pulled == 3 and not result.mismatched, laptop.name
        got = laptop.store.get("persons", people[0].id)
        assert got is not None and got["id_number"] == CANARY_IDS[0], laptop.name
        raw = laptop.store.conn.execute(
            "SELECT id_number FROM persons WHERE id = ?", (people[0].id,)
        ).fetchone()[0]
        assert raw.startswith("enc1:")

    # Concurrent edits of a sensitive field: the conflict candidates are sealed too.
    edit(a.store, "persons", people[0].id, phone=CANARY_PHONES[1])
    edit(a2.store, "persons", people[0].id, phone=CANARY_PHONES[2])
    for laptop in (a, a2, office, a):
        assert not laptop.sync().mismatched, laptop.name
    for laptop in (a, a2, office):
        # The WAL must hold the pulled rows when we scan: checkpointing would hide a leak there.
        assert (tmp_path / laptop.name / "subei.sqlite3-wal").exists()
    secrets = [*CANARY_IDS, *CANARY_PHONES]
    laptops = [tmp_path / n for n in ("a", "a2", "office")]

    def leaks() -> list[str]:
        return [hit for folder in laptops for hit in canary_hits(folder, secrets)]

    assert leaks() == []  # db, -wal, -shm: rows, outbox, conflict candidates

    conflict = open_conflicts(office.store.conn)[0]
    assert sorted(c["value"] for c in conflict.candidates) == sorted(CANARY_PHONES[1:])
    chosen = next(i for i, c in enumerate(conflict.candidates) if c["value"] == CANARY_PHONES[2])
    resolve_conflict(office.store, conflict.id, chosen)
    for laptop in (office, a, a2):
        assert not laptop.sync().mismatched, laptop.name
    for laptop in (a, a2, office):
        assert laptop.store.get("persons", people[0].id)["phone"] == CANARY_PHONES[2]
        assert not open_conflicts(laptop.store.conn)
    assert a.checksums() == a2.checksums()
    assert leaks() == []  # the resolution (a chosen phone number) is sealed as well
    for laptop in (a, a2, office):
        laptop.store.close()
    assert leaks() == []


def test_revoked_laptop_is_crypto_shredded_on_next_contact(
    service: SyncService, tmp_path: Path
) -> None:
    import pytest
    from subei_sync.client.engine import DeviceRevoked
    from subei_sync.server.devices import revoke_device

    from subei_mobile.errors import AuthError

    a = _encrypted(service, tmp_path, "a", "field-staff", GRID_A)
    hh = Household(code="R-1", township_code=TOWNSHIP, grid_code=GRID_A)
    register_household(a.store, hh, [Person(household_id=hh.id, relation="head", name_zh="甲",
                                            id_number=CANARY_IDS[0])])  # fmt: skip
    a.sync()
    edit(a.store, "households", hh.id, address_zh="未发送")  # unsent when the revocation lands
    assert revoke_device(service.db, a.identity.device_id)
    with pytest.raises(DeviceRevoked) as caught:
        a.sync()
    assert caught.value.status == 401 and caught.value.shredded.unsent_changes == 1
    a.store.close()
    folder = tmp_path / "a"
    assert not (folder / "keyslots.json").exists() and not (folder / "sync-device.key").exists()
    with pytest.raises(AuthError):
        accounts.login(folder, "user-a", PASSWORD)  # no password opens it any more
    assert canary_hits(folder, CANARY_IDS) == []
    with service.db.transaction() as tx:  # nothing from after the revocation was accepted
        assert tx.execute("SELECT COUNT(*) FROM log WHERE table_name = 'households'"
                          " AND op = 'update'")[0][0] == 0  # fmt: skip
