"""Encryption at rest: canaries never reach a file, keys are required, shredding is final."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from seeding import CANARY_FACT, CANARY_IDS, CANARY_PHONES, PASSWORD, Seeded, seed

from subei_mobile.attachments import attach_file, blob_path, read_blob
from subei_mobile.errors import AuthError, SubeiError
from subei_mobile.exchange.households import HOUSEHOLDS
from subei_mobile.exchange.importer import run_import
from subei_mobile.households import register_household
from subei_mobile.models import Household, Person
from subei_mobile.security import accounts, keyslots
from subei_mobile.security.fields import FieldCodec
from subei_mobile.security.sealing import seal_store
from subei_mobile.store import open_store
from subei_mobile.store.search_index import search_people


def canary_hits(root: Path, secrets: list[str]) -> list[str]:
    """Return 'file: secret' for every secret found in any file under root (UTF-8, UTF-16)."""
    patterns = [(s, s.encode(enc)) for s in secrets for enc in ("utf-8", "utf-16-le")]
    hits = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        blob = path.read_bytes()
        hits += [f"{path.name}: {s}" for s, pat in patterns if pat in blob]
    return hits


SECRETS = [*CANARY_IDS, *CANARY_PHONES, CANARY_FACT]


def test_canary_scan_finds_nothing_open_or_closed(seeded: Seeded, tmp_path: Path) -> None:
    photo = tmp_path / "id-card.jpg"
    photo.write_bytes(b"\xff\xd8 scan of " + CANARY_IDS[0].encode() + b" " + CANARY_FACT.encode())
    attach_file(seeded.store, "persons", seeded.person_ids[0], photo, "image/jpeg")
    photo.unlink()
    assert (seeded.data_dir / "subei.sqlite3-wal").exists()
    assert canary_hits(seeded.data_dir, SECRETS) == []  # while open: db, -wal, -shm
    seeded.store.close()
    assert canary_hits(tmp_path, SECRETS) == []  # closed: every file, keyslots, blobs


def test_records_outbox_and_files_read_back_in_plain(seeded: Seeded, tmp_path: Path) -> None:
    store = seeded.store
    assert store.get("persons", seeded.person_ids[0])["id_number"] == CANARY_IDS[0]
    assert store.get("mediation_cases", seeded.case_id)["facts_zh"] == CANARY_FACT
    raw = store.conn.execute(
        "SELECT id_number FROM persons WHERE id = ?", (seeded.person_ids[0],)
    ).fetchone()[0]
    assert raw.startswith("enc1:")
    rid, fields = store.conn.execute(
        "SELECT record_id, fields FROM changes WHERE table_name = 'persons' ORDER BY device_seq"
    ).fetchone()
    sealed = json.loads(fields)
    assert sealed["id_number"].startswith("enc1:") and sealed["name_zh"] == "巴特尔0"
    assert store.open_change_fields("persons", rid, sealed)["id_number"] == CANARY_IDS[0]
    photo = tmp_path / "p.png"
    photo.write_bytes(b"PNG" + CANARY_FACT.encode())
    att = attach_file(store, "persons", rid, photo, "image/png")
    assert CANARY_FACT.encode() not in blob_path(store.data_dir, att.sha256).read_bytes()
    assert read_blob(store.data_dir, att.sha256, store.codec) == photo.read_bytes()
    with pytest.raises(AuthError):
        read_blob(store.data_dir, att.sha256)  # no key, no content


def test_sealed_value_moved_to_another_record_is_refused(seeded: Seeded) -> None:
    conn, (a, b, _) = seeded.store.conn, seeded.person_ids
    value = conn.execute("SELECT id_number FROM persons WHERE id = ?", (a,)).fetchone()[0]
    conn.execute("UPDATE persons SET id_number = ? WHERE id = ?", (value, b))
    with pytest.raises(SubeiError) as err:
        seeded.store.get("persons", b)
    assert err.value.code == "field.unreadable" and CANARY_IDS[0] not in str(err.value)


def test_store_needs_its_own_key(seeded: Seeded) -> None:
    seeded.store.close()
    with pytest.raises(AuthError) as err:
        open_store(seeded.data_dir)
    assert err.value.code == "auth.required"
    with pytest.raises(AuthError) as err:
        open_store(seeded.data_dir, codec=FieldCodec(os.urandom(32)))
    assert err.value.code == "auth.failed"


def test_blind_index_finds_exact_id_and_phone_only(seeded: Seeded) -> None:
    conn = seeded.store.conn
    assert search_people(conn, CANARY_IDS[1]).person_ids == [seeded.person_ids[1]]
    assert search_people(conn, CANARY_PHONES[1]).person_ids == [seeded.person_ids[1]]
    assert search_people(conn, "巴特尔1").person_ids == [seeded.person_ids[1]]  # names stay
    assert search_people(conn, CANARY_IDS[2]).person_ids == []  # deleted
    terms = {t for (t,) in conn.execute("SELECT term FROM search_terms WHERE kind IN ('id','ph')")}
    assert terms and not terms & {*CANARY_IDS, *CANARY_PHONES}


def test_import_matches_people_by_id_through_the_blind_index(
    seeded: Seeded, tmp_path: Path
) -> None:
    sheet = tmp_path / "h.csv"
    sheet.write_text(
        "户编号,姓名,身份证号,电话,乡镇,与户主关系\n"
        f"C-1,巴特尔1,{CANARY_IDS[1]},{CANARY_PHONES[2]},620923100,head\n",
        "utf-8",
    )
    report = run_import(seeded.store, HOUSEHOLDS, sheet)
    assert (report.new, report.updated) == (0, 1)
    assert seeded.store.get("persons", seeded.person_ids[1])["phone"] == CANARY_PHONES[2]


def test_recovery_slot_opens_with_the_county_key(seeded: Seeded) -> None:
    seeded.store.close()
    store = accounts.recover(seeded.data_dir, seeded.county.private)
    assert store.get("persons", seeded.person_ids[0])["id_number"] == CANARY_IDS[0]
    store.close()
    with pytest.raises(AuthError):
        accounts.recover(seeded.data_dir, os.urandom(32))


def test_crypto_shredding_makes_the_data_unreadable(seeded: Seeded) -> None:
    seeded.store.close()
    accounts.shred(seeded.data_dir)
    assert not keyslots.path_of(seeded.data_dir).exists()
    for attempt in (
        lambda: accounts.login(seeded.data_dir, "wang", PASSWORD),
        lambda: accounts.recover(seeded.data_dir, seeded.county.private),
        lambda: open_store(seeded.data_dir),
    ):
        with pytest.raises(AuthError):
            attempt()


def test_a_development_store_with_data_is_sealed_in_place(tmp_path: Path, county_pair) -> None:  # type: ignore[no-untyped-def]
    data_dir = tmp_path / "data"
    plain = open_store(data_dir)
    ids, _ = seed(plain)
    plain.close()
    (data_dir / "subei.sqlite3.v1-x.bak").write_bytes(CANARY_IDS[0].encode())  # an old backup
    store = accounts.create_encrypted_store(
        data_dir, "li", "township-office", PASSWORD, county_pair.public, township="620923100",
        kdf=keyslots.FLOOR,
    )  # fmt: skip
    assert store.get("persons", ids[0])["id_number"] == CANARY_IDS[0]
    assert search_people(store.conn, CANARY_IDS[0]).person_ids == [ids[0]]
    assert seal_store(store, county_pair.public) is False  # idempotent
    store.close()
    assert canary_hits(tmp_path, SECRETS) == []


def test_unencrypted_development_store_keeps_working(tmp_path: Path) -> None:
    store = open_store(tmp_path / "dev")
    hh = Household(code="D-1", township_code="620923100")
    register_household(store, hh, [Person(household_id=hh.id, relation="head", name_zh="乌兰",
                                          id_number=CANARY_IDS[0])])  # fmt: skip
    assert search_people(store.conn, CANARY_IDS[0]).total == 1
    store.close()
    assert canary_hits(tmp_path, [CANARY_IDS[0]])  # control: the scan does see plain text
