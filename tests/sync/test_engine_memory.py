"""The sync engine against the server's service object, called in memory."""

from __future__ import annotations

from pathlib import Path

from subei_sync.server.service import SyncService
from sync_harness import (
    GRID_A,
    GRID_B,
    add_household,
    edit,
    enrol_laptop,
    open_conflict_count,
    table_state,
)

from subei_mobile.store.conflicts import open_conflicts, resolve_conflict


def test_two_grids_and_office_converge(service: SyncService, tmp_path: Path) -> None:
    a = enrol_laptop(service, tmp_path, "a", "field-staff", GRID_A)
    b = enrol_laptop(service, tmp_path, "b", "field-staff", GRID_B)
    office = enrol_laptop(service, tmp_path, "office", "township-office")
    add_household(a.store, GRID_A)
    add_household(b.store, GRID_B)
    for laptop in (a, b, office, a, b):
        laptop.sync()
    assert len(table_state(office.store, "households")) == 2
    assert len(table_state(a.store, "households")) == 1  # only its own grid
    hh = next(iter(table_state(a.store, "households")))
    edit(office.store, "households", hh, address_zh="新地址")
    office.sync()
    result = a.sync()
    assert result.pulled == 1 and not result.mismatched
    assert a.store.get("households", hh)["address_zh"] == "新地址"
    assert (
        a.store.conn.execute("SELECT COUNT(*) FROM changes WHERE server_seq IS NULL").fetchone()[0]
        == 0
    )


def test_second_sync_is_a_noop(service: SyncService, tmp_path: Path) -> None:
    a = enrol_laptop(service, tmp_path, "a", "field-staff", GRID_A)
    add_household(a.store, GRID_A)
    first = a.sync()
    assert first.pushed == 2 and first.rounds == 1
    again = a.sync()
    assert (again.pushed, again.pulled, again.rounds) == (0, 0, 1)
    assert not again.mismatched and again.checksums


def test_push_outside_scope_is_rejected(service: SyncService, tmp_path: Path) -> None:
    a = enrol_laptop(service, tmp_path, "a", "field-staff", GRID_A)
    add_household(a.store, GRID_B)
    result = a.sync()
    assert {code for _, code in result.rejected} == {"scope_denied", "unknown_parent"}


def test_same_field_conflict_everywhere_then_resolved(service: SyncService, tmp_path: Path) -> None:
    a = enrol_laptop(service, tmp_path, "a", "field-staff", GRID_A)
    a2 = enrol_laptop(service, tmp_path, "a2", "grid-worker", GRID_A)
    office = enrol_laptop(service, tmp_path, "office", "township-office")
    hh, _ = add_household(a.store, GRID_A)
    for laptop in (a, a2, office):
        laptop.sync()
    edit(a.store, "households", hh, address_zh="甲")
    edit(a2.store, "households", hh, address_zh="乙")
    for laptop in (a, a2, office, a):
        laptop.sync()
    for laptop in (a, a2, office):
        assert open_conflict_count(laptop.store) == 1, laptop.name
        row = laptop.store.conn.execute("SELECT _review, address_zh FROM households").fetchone()
        assert tuple(row) == (1, "甲"), laptop.name
    conflict = open_conflicts(office.store.conn)[0]
    assert [c["value"] for c in conflict.candidates] == ["甲", "乙"]
    resolve_conflict(office.store, conflict.id, 1)
    for laptop in (office, a, a2):
        laptop.sync()
    for laptop in (a, a2, office):
        assert open_conflict_count(laptop.store) == 0, laptop.name
        row = laptop.store.conn.execute("SELECT _review, address_zh FROM households").fetchone()
        assert tuple(row) == (0, "乙"), laptop.name
    assert a.checksums() == a2.checksums()


def test_edit_against_delete_is_a_conflict(service: SyncService, tmp_path: Path) -> None:
    a = enrol_laptop(service, tmp_path, "a", "field-staff", GRID_A)
    a2 = enrol_laptop(service, tmp_path, "a2", "grid-worker", GRID_A)
    _hh, person = add_household(a.store, GRID_A)
    a.sync()
    a2.sync()
    with a.store.transaction() as tx:
        tx.delete("persons", person)
    edit(a2.store, "persons", person, name_zh="改名")
    a.sync()
    a2.sync()
    a.sync()
    for laptop in (a, a2):
        row = laptop.store.conn.execute("SELECT _deleted, _review, name_zh FROM persons").fetchone()
        assert tuple(row) == (0, 1, "改名"), laptop.name
        assert open_conflicts(laptop.store.conn)[0].field == "_deleted"


def test_low_stakes_last_writer_wins(service: SyncService, tmp_path: Path) -> None:
    a = enrol_laptop(service, tmp_path, "a", "field-staff", GRID_A)
    a2 = enrol_laptop(service, tmp_path, "a2", "grid-worker", GRID_A)
    hh, _ = add_household(a.store, GRID_A)
    a.sync()
    a2.sync()
    edit(a.store, "households", hh, notes="first")
    edit(a2.store, "households", hh, notes="second")  # later HLC
    a2.sync()
    a.sync()
    a2.sync()
    for laptop in (a, a2):
        assert laptop.store.get("households", hh)["notes"] == "second"
        assert open_conflict_count(laptop.store) == 0
    assert a.checksums() == a2.checksums()


def test_paging_in_small_batches(service: SyncService, tmp_path: Path) -> None:
    a = enrol_laptop(service, tmp_path, "a", "field-staff", GRID_A)
    office = enrol_laptop(service, tmp_path, "office", "township-office")
    for _ in range(30):
        add_household(a.store, GRID_A)
    pushed = a.sync(batch=7)
    assert pushed.pushed == 60 and pushed.rounds >= 9
    pulled = office.sync(batch=7)
    assert pulled.pulled == 60 and not pulled.mismatched
    assert len(table_state(office.store, "persons")) == 30
