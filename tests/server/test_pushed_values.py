"""The county server validates every pushed value with the laptop's own models (issue 12.3).

A laptop running a modified build (here: its outbox row changed on disk after the save) pushes
values its models refuse. The server refuses each such change with `invalid_value`, the field
and the issue code; the laptop lists it; no other laptop ever stores the value.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from loopback import loopback_server
from subei_sync.client.refusals import open_refusals
from subei_sync.protocol.wire import Rejection
from sync_harness import GRID_A, Laptop, add_household, edit, table_state

from subei_mobile.store.change_check import change_issues, sealed_shape_ok
from subei_mobile.store.schema import TABLES

pytestmark = pytest.mark.slow


def _tamper(laptop: Laptop, record_id: str, **fields: object) -> int:
    """Rewrite the last outbox change of a record as a modified build would send it."""
    conn = laptop.store.conn
    seq, stored = conn.execute(
        "SELECT device_seq, fields FROM changes WHERE record_id = ? AND server_seq IS NULL"
        " ORDER BY device_seq DESC LIMIT 1",
        (record_id,),
    ).fetchone()
    conn.execute("UPDATE changes SET fields = ? WHERE device_seq = ?",
                 (json.dumps({**json.loads(stored), **fields}, ensure_ascii=False), seq))  # fmt: skip
    return int(seq)


BAD_VALUES = {
    "birth_date": ("not-a-date", "date_format"),
    "sex": ("bogus", "unknown_value"),
    "id_number": ("123", "id_number.format"),
    "name_zh": ("巴\x00特\u202e尔", "text.control_char"),
    "name_mn": ("\u202eᠪᠠᠲᠤ", "text.bidi_control"),
}


def test_bad_pushed_values_are_refused_per_change(tmp_path: Path, db_url: str) -> None:
    with loopback_server(tmp_path, db_url) as server:
        field_a = server.laptop(tmp_path, "a", "field-staff", GRID_A)
        field_b = server.laptop(tmp_path, "b", "field-staff", GRID_A)
        _, person = add_household(field_a.store, GRID_A)
        field_a.sync()
        field_b.sync()
        expected = {}
        for n, (name, (bad, issue)) in enumerate(BAD_VALUES.items()):
            edit(field_a.store, "persons", person, party_member=n % 2 == 0)  # one change each
            expected[_tamper(field_a, person, **{name: bad})] = (name, issue)
        good_before = table_state(field_b.store, "persons")
        result = field_a.sync()
        assert sorted(seq for seq, code in result.rejected if code == "invalid_value") == sorted(
            expected
        )
        listed = {
            r.device_seq: (r.field, r.issue, r.code) for r in open_refusals(field_a.store.conn)
        }
        assert listed == {seq: (f, i, "invalid_value") for seq, (f, i) in expected.items()}
        field_b.sync()
        stored = table_state(field_b.store, "persons")
        assert stored == good_before  # not one bad value reached the other laptop
        assert "not-a-date" not in server.log.read_text()  # refusals never log values
        for laptop in (field_a, field_b):
            laptop.store.close()


def test_cli_sync_lists_refusals_with_reason(tmp_path: Path, db_url: str) -> None:
    import subprocess
    import sys

    with loopback_server(tmp_path, db_url) as server:
        laptop = server.laptop(tmp_path, "a", "field-staff", GRID_A)
        _, person = add_household(laptop.store, GRID_A)
        edit(laptop.store, "persons", person, party_member=True)
        _tamper(laptop, person, birth_date="not-a-date")
        laptop.store.close()
        done = subprocess.run(
            [str(Path(sys.executable).parent / "subei-mobile"), "--data-dir",
             str(tmp_path / "a"), "sync"], capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert "rejected 1" in done.stdout
        assert "invalid_value (birth_date: date_format)" in done.stdout
        assert "not-a-date" not in done.stdout + done.stderr


def test_sealed_values_are_checked_for_shape_only() -> None:
    spec = TABLES["persons"]
    current = {c: None for c in spec.column_names} | {
        "household_id": "0" * 36, "name_zh": "测试", "relation": "head", "sex": "",
        "name_mn": "", "name_latin": "", "ethnicity": "", "id_number": "", "phone": "",
        "party_member": 0,
    }  # fmt: skip
    sealed = "enc1:2:" + "QUJD" * 12  # 36 bytes: a nonce, a tag and some ciphertext
    assert sealed_shape_ok(sealed)
    assert change_issues("persons", "update", {"id_number": sealed}, current) == []
    for broken in ("enc1:2:not base64!", "enc1::QUJD", "enc1:2:QUJD", "enc1:x:" + "QUJD" * 12,
                   "enc1:2:" + "QUJD" * 100_000):  # fmt: skip
        assert [i.code for i in change_issues("persons", "update", {"id_number": broken},
                                              current)] == ["sealed_malformed"], broken  # fmt: skip
    # a non-sensitive column gets no such pass
    assert change_issues("persons", "update", {"sex": sealed}, current)[0].code == "unknown_value"


def test_rules_over_several_fields_and_canonical_form() -> None:
    spec = TABLES["persons"]
    current = {"household_id": "0" * 36, "name_zh": "测试", "name_mn": "", "name_latin": "",
               "relation": "head", "sex": "", "birth_date": None, "ethnicity": "",
               "id_number": "", "phone": "", "party_member": 0}  # fmt: skip
    assert [i.code for i in change_issues("persons", "update", {"name_zh": ""}, current)] == [
        "name.required"
    ]
    assert [i.code for i in change_issues("persons", "update", {"name_zh": " 测试"}, current)] == [
        "not_canonical"
    ]
    assert [i.code for i in change_issues("persons", "insert", {"name_zh": "测试"}, None)] == [
        "required"
    ]  # an insert without its household
    assert [i.code for i in change_issues("persons", "update", {"nope": 1}, current)] == [
        "unknown_field"
    ]
    assert change_issues("persons", "delete", {"sex": "bogus"}, current) == []
    assert Rejection(seq=1, code="x").model_dump(exclude_defaults=True) == {"seq": 1, "code": "x"}
    assert spec.name == "persons"
