"""The township office's dashboard and monthly report: figures for a period and a place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import SubeiError
from ..exchange.sheets import write_rows
from ..exchange.workbook import Sheet, write_workbook
from ..store import Store
from . import figures
from .figures import FigureTable
from .scope import Period, PlaceFilter

Progress = Callable[[int, int], bool]
FIGURES: tuple[Callable[[Store, Period, PlaceFilter], FigureTable], ...] = (
    figures.requests_by_service,
    figures.mediations_by_category,
    figures.activities_by_kind,
    figures.classrooms,
    figures.hazards,
    figures.care_visits,
)


@dataclass(frozen=True)
class Dashboard:
    """Every figure for one period and place, keyed by the figure's stable key."""

    period: Period
    place: PlaceFilter
    tables: dict[str, FigureTable] = field(default_factory=dict)

    def table(self, key: str) -> FigureTable:
        """Return one figure table by key."""
        return self.tables[key]

    def headline(self) -> dict[str, float]:
        """Return the few numbers a reader wants first."""
        req = self.tables["requests_by_service"]
        med = self.tables["mediations_by_category"]
        kinds = dict(zip(*(self.tables["activities_by_kind"].column(c)
                           for c in ("kind", "activities")), strict=True))  # fmt: skip
        room = self.tables["classrooms"]
        haz = self.tables["hazards"]
        care = {str(r[0]): float(r[2]) for r in self.tables["care_visits"].rows}
        return {
            "requests_received": req.total("total"),
            "requests_delivered": req.total("completed"),
            "mediations_reported": med.total("total"),
            "agreements_signed": med.total("agreement_signed") + med.total("performed"),
            "classrooms": float(kinds.get("classroom", 0)),
            "classroom_attendance": room.total("present"),
            "hazards_open": haz.total("open"),
            "hazards_closed": haz.total("closed"),
            "care_visits": care.get("visits", 0.0),
            "care_recipients": care.get("recipients", 0.0),
            "care_money_yuan": care.get("money_yuan", 0.0),
        }


def build_dashboard(
    store: Store, period: Period, place: PlaceFilter | None = None,
    progress: Progress | None = None,
) -> Dashboard:  # fmt: skip
    """Compute every figure for a period and place (county-wide by default)."""
    place = place or PlaceFilter()
    tables: dict[str, FigureTable] = {}
    for index, figure in enumerate(FIGURES):
        if progress and not progress(index, len(FIGURES)):
            raise SubeiError("cancelled")
        table = figure(store, period, place)
        tables[table.key] = table
    if progress:
        progress(len(FIGURES), len(FIGURES))
    return Dashboard(period, place, tables)


@dataclass(frozen=True)
class MonthlyReport:
    """The dataset of the monthly report: this month's dashboard and last month's headline."""

    dashboard: Dashboard
    previous: dict[str, float]

    @property
    def period(self) -> Period:
        """Return the month reported on."""
        return self.dashboard.period

    def changes(self) -> dict[str, float]:
        """Return each headline figure minus last month's."""
        now = self.dashboard.headline()
        return {key: now[key] - self.previous.get(key, 0.0) for key in now}


def monthly_report(
    store: Store, year: int, month: int, place: PlaceFilter | None = None,
    progress: Progress | None = None,
) -> MonthlyReport:  # fmt: skip
    """Compute the monthly report of a place."""
    period = Period.month(year, month)
    current = build_dashboard(store, period, place, progress)
    before = build_dashboard(store, period.previous_month(), place)
    return MonthlyReport(current, before.headline())


def export_table(table: FigureTable, path: Path) -> int:
    """Write one figure table to CSV or XLSX (by extension); return the row count."""
    return write_rows(path, table.columns, table.rows)


def export_dashboard(dashboard: Dashboard, path: Path) -> int:
    """Write every figure to an XLSX workbook, one sheet per figure; return the row count."""
    sheets: list[Sheet] = [("headline", ("measure", "value"), list(dashboard.headline().items()))]
    sheets += [(t.key, t.columns, t.rows) for t in dashboard.tables.values()]
    scope = [("period_start", dashboard.period.start.isoformat()),
             ("period_end", dashboard.period.end.isoformat()),
             ("place_level", dashboard.place.level), ("place_code", dashboard.place.code)]  # fmt: skip
    sheets.insert(0, ("scope", ("key", "value"), scope))
    return write_workbook(path, sheets)
