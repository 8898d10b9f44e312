"""Household register import/export: all or nothing, named bad rows, byte-exact Mongolian."""

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from subei_mobile.cli import main as cli
from subei_mobile.errors import SubeiError
from subei_mobile.exchange.households import HOUSEHOLDS, export_households
from subei_mobile.exchange.importer import run_import
from subei_mobile.store import Store, open_store

TRICKY_MN = "ᠮᠣᠩᠭᠣᠯ\u202fᠤᠨ ᠬᠠᠭ\u180eᠠ ᠭ\u180bᠠ ᠪ\u200dᠠ"
HEADER = ["household_code", "name_zh", "name_mn", "relation", "sex", "birth_date", "id_number",
          "phone", "township", "village"]  # fmt: skip
ROWS = [
    ["DCW-001", "巴特尔", TRICKY_MN, "户主", "男", "1949-12-31", "11010519491231002X",
     "13912345678", "党城湾镇", ""],
    ["DCW-001", "其其格", "ᠴᠢᠴᠡᠭ", "spouse", "female", "1952-03-01", "", "", "党城湾镇", ""],
    ["DCW-002", "王芳", "", "head", "女", "", "440524188001010014", "", "620923100", ""],
]  # fmt: skip


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "data")


def write_csv(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([header, *rows])
    return path


def write_xlsx(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    book = Workbook()
    sheet = book.active
    for row in [header, *rows]:
        sheet.append(row)
    book.save(path)
    return path


def count(store: Store, table: str) -> int:
    return int(store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


@pytest.mark.parametrize("writer,suffix", [(write_csv, ".csv"), (write_xlsx, ".xlsx")])
def test_import_and_export_round_trip_byte_exact(
    store: Store, tmp_path: Path, writer, suffix
) -> None:
    src = writer(tmp_path / f"in{suffix}", ROWS)
    report = run_import(store, HOUSEHOLDS, src)
    assert (report.new, report.updated, report.unchanged, report.rejected) == (3, 0, 0, [])
    assert count(store, "households") == 2
    stored = store.conn.execute("SELECT name_mn FROM persons WHERE name_zh = '巴特尔'").fetchone()[
        0
    ]
    assert stored.encode() == TRICKY_MN.encode()
    out = tmp_path / f"out{suffix}"
    assert export_households(store, out) == 3
    if suffix == ".csv":
        with open(out, encoding="utf-8", newline="") as fh:
            exported = list(csv.DictReader(fh))
    else:
        sheet = load_workbook(out).worksheets[0]
        values = list(sheet.iter_rows(values_only=True))
        exported = [dict(zip(values[0], row, strict=True)) for row in values[1:]]
    mn = [r["name_mn"] for r in exported if r["name_zh"] == "巴特尔"][0]
    assert mn.encode() == TRICKY_MN.encode()
    assert [r for r in exported if r["name_zh"] == "王芳"][0]["id_number"] == "440524188001010014"
    again = run_import(store, HOUSEHOLDS, out)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 3)


def test_one_bad_row_writes_nothing_and_names_the_row(store: Store, tmp_path: Path) -> None:
    bad = [*ROWS, ["DCW-003", "错号", "", "head", "", "", "110105194912310021", "", "党城湾镇", ""]]
    report = run_import(store, HOUSEHOLDS, write_csv(tmp_path / "bad.csv", bad))
    assert not report.written
    assert [(line, [i.code for i in issues]) for line, issues in report.rejected] == [
        (5, ["id_number.check_digit"])
    ]
    assert count(store, "persons") == 0 and count(store, "changes") == 0


def test_skip_bad_writes_good_rows_and_a_reject_file(store: Store, tmp_path: Path) -> None:
    bad = [*ROWS, ["DCW-003", "无乡镇", "", "head", "", "", "", "", "不存在乡", ""]]
    report = run_import(store, HOUSEHOLDS, write_csv(tmp_path / "bad.csv", bad), skip_bad=True)
    assert report.written and report.new == 3
    assert report.reject_file is not None
    with open(report.reject_file, encoding="utf-8") as fh:
        rejects = list(csv.DictReader(fh))
    assert len(rejects) == 1 and rejects[0]["line"] == "5"
    assert "township.unknown" in rejects[0]["reason"]


def test_existing_person_is_updated_not_duplicated(store: Store, tmp_path: Path) -> None:
    run_import(store, HOUSEHOLDS, write_csv(tmp_path / "a.csv", ROWS))
    changed = [list(r) for r in ROWS]
    changed[0][7] = "13987654321"  # same household code and ID number: update
    changed[1][5] = "1952-03-02"  # same code and name, no ID: update
    report = run_import(store, HOUSEHOLDS, write_csv(tmp_path / "b.csv", changed))
    assert (report.new, report.updated, report.unchanged) == (0, 2, 1)
    assert count(store, "persons") == 3


def test_chinese_headers_are_understood(store: Store, tmp_path: Path) -> None:
    header = ["户编号", "姓名", "蒙古文姓名", "与户主关系", "性别", "出生日期", "身份证号", "联系电话",
              "乡镇", "村"]  # fmt: skip
    report = run_import(store, HOUSEHOLDS, write_csv(tmp_path / "zh.csv", ROWS, header))
    assert report.new == 3


def test_duplicate_person_in_one_file_is_rejected(store: Store, tmp_path: Path) -> None:
    report = run_import(store, HOUSEHOLDS, write_csv(tmp_path / "d.csv", [ROWS[0], ROWS[0]]))
    assert [line for line, _ in report.rejected] == [3]
    assert count(store, "persons") == 0


@pytest.mark.parametrize(
    "content,code",
    [
        (b"", "file.empty"),
        ("household_code,name_zh\nX,Renée Müller\n".encode("cp1252"), "file.unknown_encoding"),
        ("household_code,name_zh\nX,甲\n".encode(), "file.missing_columns"),
    ],
)
def test_unreadable_files_get_specific_errors(
    store: Store, tmp_path: Path, content: bytes, code: str
) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(content)
    with pytest.raises(SubeiError) as err:
        run_import(store, HOUSEHOLDS, path)
    assert err.value.code == code
    assert count(store, "changes") == 0


def test_wrong_extension_and_missing_file(store: Store, tmp_path: Path) -> None:
    (tmp_path / "x.ods").write_bytes(b"x")
    for name, code in (("x.ods", "file.unsupported_format"), ("nope.csv", "file.not_found")):
        with pytest.raises(SubeiError) as err:
            run_import(store, HOUSEHOLDS, tmp_path / name)
        assert err.value.code == code


def test_bad_cell_values_each_get_their_code(store: Store, tmp_path: Path) -> None:
    rows = [
        ["A", "甲", "", "head", "", "1990-02-30", "", "", "党城湾镇", ""],
        ["B", "", "", "head", "", "", "", "", "党城湾镇", ""],
        ["C", "丙", "", "boss", "", "", "", "", "党城湾镇", ""],
        ["D", "丁", "\ue71d\U000f0001", "head", "", "", "", "", "党城湾镇", ""],  # no chart covers
        ["E", "戊", "", "head", "", "", "", "", "党城湾镇", "不存在村"],
    ]
    report = run_import(store, HOUSEHOLDS, write_csv(tmp_path / "v.csv", rows))
    codes = {line: [i.code for i in issues] for line, issues in report.rejected}
    assert codes[2] == ["date_format"]
    assert codes[3] == ["name.required"]
    assert codes[4] == ["relation.unknown"]
    assert codes[5] == ["text.private_use"]
    assert codes[6] == ["village.unknown"]


def test_cli_import_reports_lines_without_personal_data(tmp_path: Path, capsys) -> None:
    bad = [*ROWS, ["DCW-003", "错号", "", "head", "", "", "110105194912310021", "", "党城湾镇", ""]]
    src = write_csv(tmp_path / "bad.csv", bad)
    code = cli(["--data-dir", str(tmp_path / "d"), "import", "households", str(src)])
    err = capsys.readouterr().err
    assert code == 2
    assert "bad.csv:5" in err and "id_number.check_digit" in err
    assert "110105194912310021" not in err
    code = cli(["--data-dir", str(tmp_path / "d"), "import", "households", str(src), "--skip-bad"])
    out = capsys.readouterr().out
    assert code == 0 and "new 3" in out and "rejected 1" in out


def test_menksoft_names_are_converted_on_import_with_a_note(tmp_path: Path, capsys) -> None:
    # ᠪᠢᠴᠢᠭ in Menksoft shape codes, as a spreadsheet typed with the Menksoft IME holds it
    rows = [
        ["L-1", "毕力格", "\ue2c1\ue27f\ue317\ue27e\ue2e8", "head", "", "", "", "", "党城湾镇", ""]
    ]
    src = write_csv(tmp_path / "legacy.csv", rows)
    code = cli(["--data-dir", str(tmp_path / "d"), "import", "households", str(src)])
    out = capsys.readouterr().out
    assert code == 0
    assert "legacy.csv:2: name_mn:" in out and "text.legacy_converted" in out
    store = open_store(tmp_path / "d")
    assert store.conn.execute("SELECT name_mn FROM persons").fetchone()[0] == "ᠪᠢᠴᠢᠭ"
    # The original shape codes are kept with the record, linked to the import's audit entry.
    from subei_mobile.store.legacy_originals import originals_of

    person_id, household_id = store.conn.execute("SELECT id, household_id FROM persons").fetchone()
    kept = originals_of(store.conn, "persons", person_id)
    assert [(k.field, k.original, k.converted) for k in kept] == [("name_mn", rows[0][2], "ᠪᠢᠴᠢᠭ")]
    entry = store.conn.execute(
        "SELECT record_id FROM audit_log WHERE seq = ?", (kept[0].audit_seq,)
    ).fetchone()
    assert entry[0] == person_id
    assert originals_of(store.conn, "households", household_id) == []
    assert rows[0][2] not in out, "the original is never printed"


def test_a_plain_unicode_row_keeps_no_original(store: Store, tmp_path: Path) -> None:
    # Row 1 converted, row 2 typed in Unicode with the same result: only row 1 has an original.
    legacy = "\ue2c1\ue27f\ue317\ue27e\ue2e8"
    rows = [
        ["L-1", "毕力格", legacy, "head", "", "", "", "", "党城湾镇", ""],
        ["L-2", "毕力格", "ᠪᠢᠴᠢᠭ", "head", "", "", "", "", "党城湾镇", ""],
    ]
    report = run_import(store, HOUSEHOLDS, write_csv(tmp_path / "two.csv", rows))
    assert report.written and report.new == 2
    kept = store.conn.execute(
        "SELECT h.code, o.original FROM legacy_originals o JOIN persons p ON p.id = o.record_id"
        " JOIN households h ON h.id = p.household_id"
    ).fetchall()
    assert [tuple(r) for r in kept] == [("L-1", legacy)]
