"""Activity export: one row per living activity, place names, participant counts, details."""

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from subei_mobile.activities import record_activity
from subei_mobile.exchange.activities import COLUMNS, details_summary, export_activities
from subei_mobile.models import Activity, ActivityParticipant
from subei_mobile.store import Store, open_store

MONGOLIAN_TITLE = "ᠬᠠᠤᠯᠢ\u202fᠶᠢᠨ ᠰᠤᠷᠭᠠᠯ"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "data")


def add_classroom(store: Store, people: int) -> str:
    activity = Activity(
        kind="classroom", title_zh="法律讲座", title_mn=MONGOLIAN_TITLE,
        township_code="620923100", village_code="620923100001", place="冬营地",
        started_at=dt.datetime(2025, 5, 1, 10, 0), ended_at=dt.datetime(2025, 5, 1, 12, 0),
        details={"topic_zh": "草原法", "lecturers": ["王老师", "巴特尔"]},
    )  # fmt: skip
    attendance = [ActivityParticipant(activity_id=activity.id, role="attendee", name_zh=f"牧民{i}")
                  for i in range(people)]  # fmt: skip
    return record_activity(store, activity, attendance)


def test_csv_has_columns_places_counts_and_byte_exact_mongolian(store: Store, tmp_path: Path):
    add_classroom(store, 3)
    gone = add_classroom(store, 1)
    with store.transaction() as tx:
        tx.delete("activities", gone)
    out = tmp_path / "a.csv"
    assert export_activities(store, out) == 1
    with open(out, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
    assert tuple(reader.fieldnames or ()) == COLUMNS
    row = rows[0]
    assert row["kind"] == "classroom"
    assert row["title_mn"] == MONGOLIAN_TITLE
    assert row["township"] and row["township"] != "620923100"  # a name, not the code
    assert row["participants"] == "3"
    assert row["details"] == "lecturers=王老师, 巴特尔; topic_zh=草原法"
    assert row["started_at"].startswith("2025-05-01")


def test_xlsx_export_and_empty_store(store: Store, tmp_path: Path) -> None:
    assert export_activities(store, tmp_path / "empty.csv") == 0
    add_classroom(store, 2)
    out = tmp_path / "a.xlsx"
    assert export_activities(store, out) == 1
    sheet = load_workbook(out, read_only=True).worksheets[0]
    header, first = list(sheet.iter_rows(values_only=True))[:2]
    assert header == COLUMNS
    assert first[COLUMNS.index("participants")] == "2"


def test_details_summary_skips_empty_values() -> None:
    assert details_summary({"severity": "high", "finding_zh": "", "supplies": []}) == (
        "severity=high"
    )
    assert details_summary('{"supplies": [{"item": "面粉", "quantity": 2}]}') == "supplies=面粉 2"
