"""Dashboard figures equal counts computed independently, in Python over the raw rows."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from subei_mobile.demo import DemoGenerator
from subei_mobile.models import Activity, ActivityParticipant, MediationCase, ServiceRequest
from subei_mobile.models.service import StatusChange
from subei_mobile.reports.dashboard import build_dashboard, export_dashboard, export_table
from subei_mobile.reports.figures import CASE_OUTCOMES, REQUEST_STATUSES
from subei_mobile.reports.scope import CHINA_TIME, Period, PlaceFilter
from subei_mobile.store import Store, open_store

YEAR = Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
SPRING = Period(dt.date(2025, 3, 1), dt.date(2025, 5, 31))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(tmp_path_factory.mktemp("reports") / "data")
    generator = DemoGenerator(store)
    generator.run(300)
    generator.field_work(cases=40, activities=80)
    yield store
    store.close()


def records(store: Store, model: type, where: str = "") -> list:
    sql = f"SELECT id FROM {model.table} WHERE _deleted = 0 {where}"
    return [store.load(model, r[0]) for r in store.conn.execute(sql)]


def places() -> list[PlaceFilter]:
    return [PlaceFilter(), PlaceFilter.of("620923100"), PlaceFilter.of("620923200")]


def inside(record: object, place: PlaceFilter) -> bool:
    return place.matches(record.township_code, record.village_code, record.grid_code)


@pytest.mark.parametrize("period", [YEAR, SPRING])
@pytest.mark.parametrize("place", places())
def test_requests_by_service_and_status(store: Store, period: Period, place: PlaceFilter) -> None:
    table = build_dashboard(store, period, place).table("requests_by_service")
    wanted = [r for r in records(store, ServiceRequest) if period.contains(r.received_at)]
    wanted = [r for r in wanted if inside(r, place)]
    expected = Counter((r.service_code, r.status) for r in wanted)
    got = {
        (row[0], status): row[table.columns.index(status)]
        for row in table.rows
        for status in REQUEST_STATUSES
    }
    assert {k: v for k, v in got.items() if v} == dict(expected)
    assert table.total("total") == len(wanted)
    events = records(store, StatusChange)
    days = {}
    for r in wanted:
        mine = sorted((e for e in events if e.request_id == r.id), key=lambda e: e.at)
        done = [e.at for e in mine if e.to_status == "delivered"]
        if done:
            days.setdefault(r.service_code, []).append((done[0] - mine[0].at).total_seconds())
    for row in table.rows:
        spent = days.get(row[0], [])
        assert row[table.columns.index("completed")] == len(spent)
        if spent:
            mean = round(statistics.fmean(spent) / 86400, 1)
            assert row[table.columns.index("mean_days")] == pytest.approx(mean, abs=0.05)


@pytest.mark.parametrize("place", places())
def test_mediations_by_category_and_outcome(store: Store, place: PlaceFilter) -> None:
    table = build_dashboard(store, YEAR, place).table("mediations_by_category")
    cases = [c for c in records(store, MediationCase) if inside(c, place)]
    assert table.total("total") == len(cases)
    for outcome, statuses in CASE_OUTCOMES.items():
        assert table.total(outcome) == sum(c.status in statuses for c in cases)
    by_category = Counter(c.category_code for c in cases)
    assert dict(zip(table.column("category_code"), table.column("total"), strict=True)) == dict(
        by_category
    )


def test_activities_classrooms_hazards_and_care(store: Store) -> None:
    board = build_dashboard(store, YEAR)
    acts = records(store, Activity)
    people = records(store, ActivityParticipant)
    kinds = Counter(a.kind for a in acts)
    table = board.table("activities_by_kind")
    assert dict(zip(table.column("kind"), table.column("activities"), strict=True)) == {
        k: kinds.get(k, 0) for k in table.column("kind")
    }
    rooms = {a.id for a in acts if a.kind == "classroom"}
    present = sum(p.present for p in people if p.activity_id in rooms and p.role == "attendee")
    assert board.table("classrooms").total("present") == present
    assert len(board.table("classrooms").rows) == len(rooms) > 0
    checks = [a for a in acts if a.kind == "hazard_check"]
    assert board.table("hazards").total("closed") == sum(
        bool(a.details.get("resolved")) for a in checks
    )
    assert board.table("hazards").total("open") == sum(
        not a.details.get("resolved") for a in checks
    )
    visits = {a.id for a in acts if a.kind == "care_visit"}
    given = [p for p in people if p.activity_id in visits]
    care = {row[0]: row[2] for row in board.table("care_visits").rows}
    assert care["visits"] == len(visits) > 0
    assert care["recipients"] == len({p.person_id for p in given})
    assert care["money_yuan"] == sum(p.amount_yuan for p in given)
    assert care["goods:砖茶"] == sum(i.quantity for p in given for i in p.items)


def test_period_uses_beijing_days(store: Store) -> None:
    # A request received at 23:30 Beijing time on 31 May belongs to May, though it is UTC 15:30.
    moment = dt.datetime(2025, 5, 31, 23, 30, tzinfo=CHINA_TIME)
    assert SPRING.contains(moment)
    assert not Period(dt.date(2025, 6, 1), dt.date(2025, 6, 30)).contains(moment)
    start, end = Period.month(2025, 6).utc_bounds()
    assert (start, end) == ("2025-05-31 16:00:00", "2025-06-30 16:00:00")


def test_exports(store: Store, tmp_path: Path) -> None:
    board = build_dashboard(store, YEAR)
    rows = export_dashboard(board, tmp_path / "dashboard.xlsx")
    book = load_workbook(tmp_path / "dashboard.xlsx", read_only=True)
    assert "requests_by_service" in book.sheetnames and rows > 10
    sheet = book["requests_by_service"]
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][0] == "service_code"
    assert sum(r[3] for r in values[1:]) == board.table("requests_by_service").total("total")
    book.close()
    table = board.table("hazards")
    assert export_table(table, tmp_path / "hazards.csv") == len(table.rows)
    assert (tmp_path / "hazards.csv").read_text("utf-8").splitlines()[0].startswith("hazard_kind")
