"""Schema migrations: from nothing, from a file saved by an older release, refusing newer."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from subei_mobile.errors import SchemaTooNew
from subei_mobile.store import DB_NAME, open_store
from subei_mobile.store.migrations import LATEST, schema_version
from subei_mobile.store.search_index import search_people

GOLDEN = Path(__file__).parent / "golden"


def test_new_database_gets_latest_schema(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    assert schema_version(store.conn) == LATEST
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert not list(tmp_path.glob("*.bak")), "no backup for a brand-new file"


def test_upgrade_from_v1_golden_file(tmp_path: Path) -> None:
    shutil.copy(GOLDEN / "schema-v1.sqlite3", tmp_path / DB_NAME)
    store = open_store(tmp_path)
    assert schema_version(store.conn) == LATEST
    backups = list(tmp_path.glob(f"{DB_NAME}.v1-*.bak"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    # v2 built the search index for people already in the file
    found = search_people(store.conn, "ᠮᠥᠩᠬᠡ").person_ids
    assert found == ["01900000-0000-7000-8000-0000000000b1"]
    assert search_people(store.conn, "mk").person_ids == found
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_newer_schema_is_refused_and_file_untouched(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    store.close()
    before = (tmp_path / DB_NAME).read_bytes()
    with pytest.raises(SchemaTooNew):
        open_store(tmp_path)
    assert (tmp_path / DB_NAME).read_bytes() == before


def test_failed_migration_rolls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(GOLDEN / "schema-v1.sqlite3", tmp_path / DB_NAME)
    from subei_mobile.store import migrations

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("disk went away")

    monkeypatch.setattr(migrations, "MIGRATIONS", [migrations.MIGRATIONS[0], broken])
    with pytest.raises(RuntimeError):
        open_store(tmp_path)
    with sqlite3.connect(tmp_path / DB_NAME) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables


def test_damage_found_after_an_unclean_exit_and_file_kept(tmp_path: Path) -> None:
    from subei_mobile.demo import generate
    from subei_mobile.errors import StoreCorrupt
    from subei_mobile.store.store import open_marker

    store = open_store(tmp_path)
    generate(store, 30)
    store.close()
    path = tmp_path / DB_NAME
    assert not open_marker(path).exists()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(data), page * 40), page):
        data[offset + 100 : offset + 400] = b"\x00\xff" * 150  # scribble over b-tree pages
    path.write_bytes(bytes(data))
    open_marker(path).touch()  # as if the app had been killed
    with pytest.raises(StoreCorrupt) as err:
        open_store(tmp_path)
    assert err.value.params["backup"] == "none"
    assert path.read_bytes() == bytes(data)


def test_v4_rebuilds_name_keys_and_keeps_id_and_phone_keys(tmp_path: Path) -> None:
    from subei_mobile.households import register_household
    from subei_mobile.models import Household, Person

    store = open_store(tmp_path)
    hh = Household(code="M-1", township_code="620923100")
    person = Person(household_id=hh.id, relation="head", name_zh="铁木尔", name_mn="ᠲᠡᠮᠦᠷ",
                    id_number="11010519491231002X", phone="13912345678")  # fmt: skip
    register_household(store, hh, [person])
    # A store written by v3: its name keys were the old ones (no later-syllable u/ue fold).
    store.conn.execute("DELETE FROM search_terms WHERE kind NOT IN ('id', 'ph')")
    store.conn.execute(
        "INSERT INTO search_terms (kind, term, person_id) VALUES ('mn', 'stale', ?)", (person.id,)
    )
    store.conn.execute("PRAGMA user_version = 3")
    store.close()
    assert search_people(sqlite3.connect(tmp_path / DB_NAME), "ᠲᠡᠮᠤᠷ").person_ids == []

    store = open_store(tmp_path)
    assert schema_version(store.conn) == LATEST
    assert len(list(tmp_path.glob(f"{DB_NAME}.v3-*.bak"))) == 1
    assert search_people(store.conn, "ᠲᠡᠮᠤᠷ").person_ids == [person.id]
    assert search_people(store.conn, "11010519491231002X").person_ids == [person.id]
    assert search_people(store.conn, "stale").person_ids == []


def test_v6_adds_the_legacy_originals_table_to_a_v5_store(tmp_path: Path) -> None:
    from subei_mobile.households import register_household
    from subei_mobile.models import Household, Person

    store = open_store(tmp_path)
    hh = Household(code="M-6", township_code="620923100")
    register_household(store, hh, [Person(household_id=hh.id, relation="head", name_zh="巴特")])
    # A store written by v5 had no table for legacy originals.
    store.conn.execute("DROP TABLE legacy_originals")
    store.conn.execute("PRAGMA user_version = 5")
    store.close()

    store = open_store(tmp_path)
    assert schema_version(store.conn) == LATEST == 6
    assert len(list(tmp_path.glob(f"{DB_NAME}.v5-*.bak"))) == 1
    assert store.conn.execute("SELECT count(*) FROM legacy_originals").fetchone()[0] == 0
    assert store.conn.execute("SELECT count(*) FROM persons").fetchone()[0] == 1
