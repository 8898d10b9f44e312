"""Service-request and mediation files: round trip, and bad rows named with nothing written."""

import csv
from pathlib import Path

import pytest

from subei_mobile.demo import generate
from subei_mobile.exchange.importer import run_import
from subei_mobile.exchange.mediations import MEDIATIONS, export_mediations
from subei_mobile.exchange.requests import REQUESTS, export_requests
from subei_mobile.store import Store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(tmp_path / "data")
    generate(s, 60, seed=3)
    return s


def rows_of(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def write(path: Path, rows: list[dict[str, str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def changes(store: Store) -> int:
    return int(store.conn.execute("SELECT COUNT(*) FROM changes").fetchone()[0])


def test_requests_round_trip_and_status_update(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    n = export_requests(store, out)
    assert n > 0
    report = run_import(store, REQUESTS, out)
    assert (report.new, report.updated, report.unchanged) == (0, 0, n)
    rows = rows_of(out)
    target = next(r for r in rows if r["status"] == "received")
    target["status"] = "materials_complete"
    report = run_import(store, REQUESTS, write(tmp_path / "r2.csv", rows))
    assert report.updated == 1
    events = store.conn.execute(
        "SELECT COUNT(*) FROM service_request_events e JOIN service_requests r "
        "ON r.id = e.request_id WHERE r.request_no = ? AND e.to_status = 'materials_complete'",
        (target["request_no"],),
    ).fetchone()[0]
    assert events == 1


def test_request_rows_with_bad_values_write_nothing(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    export_requests(store, out)
    rows = rows_of(out)[:3]
    rows[0]["household_code"] = "NO-SUCH"
    rows[1]["service_code"] = "teleport"
    rows[2]["received_at"] = "yesterday"
    before = changes(store)
    report = run_import(store, REQUESTS, write(tmp_path / "bad.csv", rows))
    assert not report.written and changes(store) == before
    codes = {line: [i.code for i in issues] for line, issues in report.rejected}
    assert codes[2] == ["household.unknown"]
    assert "service.unknown" in codes[3]
    assert codes[4] == ["datetime_format"]


def test_mediations_round_trip_and_bad_rows(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "m.csv"
    n = export_mediations(store, out)
    assert n > 0
    report = run_import(store, MEDIATIONS, out)
    assert report.unchanged == n and report.new == 0
    rows = rows_of(out)
    new = dict(rows[0], case_no="", category="离婚")  # not a category in the catalogue
    new2 = dict(rows[0], case_no="", township="月球乡")
    new3 = dict(rows[0], case_no="", party_a_zh="", party_a_mn="")
    before = changes(store)
    report = run_import(store, MEDIATIONS, write(tmp_path / "bad.csv", [new, new2, new3]))
    codes = {line: [i.code for i in issues] for line, issues in report.rejected}
    assert codes == {2: ["category.unknown"], 3: ["township.unknown"], 4: ["name.required"]}
    assert changes(store) == before


def test_new_case_from_a_file_gets_its_parties(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "m.csv"
    export_mediations(store, out)
    row = dict(rows_of(out)[0], case_no="SB调2026-NEW", party_a_zh="甲方", party_b_mn="ᠪᠠᠲᠤ")
    report = run_import(store, MEDIATIONS, write(tmp_path / "new.csv", [row]))
    assert report.new == 1
    parties = store.conn.execute(
        "SELECT p.name_zh, p.name_mn FROM mediation_parties p JOIN mediation_cases c "
        "ON c.id = p.case_id WHERE c.case_no = 'SB调2026-NEW' ORDER BY p.side"
    ).fetchall()
    assert [tuple(p) for p in parties][0][0] == "甲方" and len(parties) == 2
