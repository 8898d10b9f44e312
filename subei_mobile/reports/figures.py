"""Dashboard figures as plain tables computed in SQL: one function per figure."""

from __future__ import annotations

import datetime as dt
import json
import statistics
from dataclasses import dataclass, field

from .. import catalogue
from ..models.activity import ACTIVITY_KINDS
from ..store import Store
from .scope import CHINA_TIME, Period, PlaceFilter

Cell = str | int | float
REQUEST_STATUSES = (
    "received", "materials_complete", "submitted", "approved", "rejected", "delivered",
)  # fmt: skip
# The law's statuses folded into the outcomes a township reports upward.
CASE_OUTCOMES: dict[str, tuple[str, ...]] = {
    "in_progress": ("reported", "accepted", "mediating"),
    "agreement_signed": ("agreement_signed",),
    "performed": ("performed",),
    "failed_or_referred": ("failed", "referred"),
    "not_accepted_or_withdrawn": ("not_accepted", "withdrawn"),
}
SEVERITIES = ("low", "medium", "high", "critical")


@dataclass(frozen=True)
class FigureTable:
    """One figure: a stable key, stable column keys (the UI translates them) and rows."""

    key: str
    columns: tuple[str, ...]
    rows: list[tuple[Cell, ...]] = field(default_factory=list)

    def column(self, name: str) -> list[Cell]:
        """Return the values of one column, top to bottom."""
        index = self.columns.index(name)
        return [row[index] for row in self.rows]

    def total(self, name: str) -> float:
        """Return the sum of a numeric column."""
        return float(sum(float(v) for v in self.column(name)))


def _where(
    column: str, period: Period, place: PlaceFilter, alias: str = ""
) -> tuple[str, list[str]]:
    prefix = f"{alias}." if alias else ""
    place_sql, place_args = place.sql(alias)
    sql = (
        f"{prefix}_deleted = 0 AND datetime({prefix}{column}) >= ? "
        f"AND datetime({prefix}{column}) < ? AND {place_sql}"
    )
    return sql, [*period.utc_bounds(), *place_args]


def requests_by_service(store: Store, period: Period, place: PlaceFilter) -> FigureTable:
    """Count requests received in the period by service and status, with days to delivery."""
    where, args = _where("received_at", period, place, "r")
    counts: dict[str, dict[str, int]] = {}
    for code, status, n in store.conn.execute(
        f"SELECT r.service_code, r.status, COUNT(*) FROM service_requests r WHERE {where} "
        "GROUP BY 1, 2",
        args,
    ):
        counts.setdefault(code, {})[status] = n
    # Time to completion comes from the history: first 'received' to first 'delivered'.
    days: dict[str, list[float]] = {}
    for code, begun, done in store.conn.execute(
        "SELECT r.service_code, MIN(CASE WHEN e.to_status = 'received' THEN julianday(e.at) END), "
        "MIN(CASE WHEN e.to_status = 'delivered' THEN julianday(e.at) END) "
        f"FROM service_requests r JOIN service_request_events e ON e.request_id = r.id "
        f"WHERE {where} AND e._deleted = 0 GROUP BY r.id",
        args,
    ):
        if begun is not None and done is not None:
            days.setdefault(code, []).append(done - begun)
    services = catalogue.services()
    rows: list[tuple[Cell, ...]] = []
    for code in sorted(counts, key=lambda c: (-sum(counts[c].values()), c)):
        by_status = counts[code]
        spent = days.get(code, [])
        name = services[code].name if code in services else None
        rows.append(
            (code, name.zh if name else code, name.mn if name else "", sum(by_status.values()),
             *(by_status.get(s, 0) for s in REQUEST_STATUSES), len(spent),
             round(statistics.fmean(spent), 1) if spent else "",
             round(statistics.median(spent), 1) if spent else "")
        )  # fmt: skip
    columns = ("service_code", "name_zh", "name_mn", "total", *REQUEST_STATUSES, "completed",
               "mean_days", "median_days")  # fmt: skip
    return FigureTable("requests_by_service", columns, rows)


def mediations_by_category(store: Store, period: Period, place: PlaceFilter) -> FigureTable:
    """Count cases reported in the period by dispute category and outcome."""
    where, args = _where("reported_at", period, place)
    counts: dict[str, dict[str, int]] = {}
    for code, status, n in store.conn.execute(
        f"SELECT category_code, status, COUNT(*) FROM mediation_cases WHERE {where} GROUP BY 1, 2",
        args,
    ):
        counts.setdefault(code, {})[status] = n
    names = catalogue.dispute_categories()
    rows: list[tuple[Cell, ...]] = []
    for code in sorted(counts, key=lambda c: (-sum(counts[c].values()), c)):
        by_status = counts[code]
        outcomes = [sum(by_status.get(s, 0) for s in group) for group in CASE_OUTCOMES.values()]
        name = names.get(code)
        rows.append((code, name.zh if name else code, name.mn if name else "",
                     sum(by_status.values()), *outcomes))  # fmt: skip
    return FigureTable(
        "mediations_by_category",
        ("category_code", "name_zh", "name_mn", "total", *CASE_OUTCOMES),
        rows,
    )


def activities_by_kind(store: Store, period: Period, place: PlaceFilter) -> FigureTable:
    """Count activities of each kind in the period and the people present at them."""
    where, args = _where("started_at", period, place, "a")
    found = {
        kind: (n, people or 0)
        for kind, n, people in store.conn.execute(
            "SELECT a.kind, COUNT(DISTINCT a.id), SUM(p.present) FROM activities a "
            "LEFT JOIN activity_participants p ON p.activity_id = a.id AND p._deleted = 0 "
            f"WHERE {where} GROUP BY a.kind",
            args,
        )
    }
    rows: list[tuple[Cell, ...]] = [(k, *found.get(k, (0, 0))) for k in ACTIVITY_KINDS]
    return FigureTable("activities_by_kind", ("kind", "activities", "people_present"), rows)


def classrooms(store: Store, period: Period, place: PlaceFilter) -> FigureTable:
    """List the nomadic classrooms of the period with attendance."""
    where, args = _where("started_at", period, place, "a")
    rows: list[tuple[Cell, ...]] = []
    for row in store.conn.execute(
        "SELECT a.id, a.started_at, a.title_zh, a.title_mn, a.place, a.details, "
        "COALESCE(SUM(p.present), 0), COALESCE(SUM(1 - p.present), 0) FROM activities a "
        "LEFT JOIN activity_participants p ON p.activity_id = a.id AND p._deleted = 0 "
        f"AND p.role = 'attendee' WHERE {where} AND a.kind = 'classroom' "
        "GROUP BY a.id ORDER BY a.started_at, a.id",
        args,
    ):
        details = json.loads(row[5] or "{}")
        day = dt.datetime.fromisoformat(row[1]).astimezone(CHINA_TIME).date().isoformat()
        rows.append((row[0], day, row[2] or "", row[3] or "", details.get("topic_zh", ""),
                     row[4] or "", row[6], row[7]))  # fmt: skip
    columns = ("activity_id", "date", "title_zh", "title_mn", "topic_zh", "place", "present",
               "absent")  # fmt: skip
    return FigureTable("classrooms", columns, rows)


def hazards(store: Store, period: Period, place: PlaceFilter) -> FigureTable:
    """Count hazard checks of the period by kind: open and closed, and open high-severity."""
    where, args = _where("started_at", period, place)
    counts: dict[str, list[int]] = {}
    for code, resolved, severity, n in store.conn.execute(
        "SELECT json_extract(details, '$.hazard_kind'), "
        "COALESCE(json_extract(details, '$.resolved'), 0), json_extract(details, '$.severity'), "
        f"COUNT(*) FROM activities WHERE {where} AND kind = 'hazard_check' GROUP BY 1, 2, 3",
        args,
    ):
        slot = counts.setdefault(code or "", [0, 0, 0])
        slot[1 if resolved else 0] += n
        if not resolved and severity in ("high", "critical"):
            slot[2] += n
    names = catalogue.hazard_kinds()
    rows: list[tuple[Cell, ...]] = []
    for code in sorted(counts, key=lambda c: (-sum(counts[c][:2]), c)):
        name = names.get(code)
        opened, closed, serious = counts[code]
        rows.append((code, name.zh if name else code, name.mn if name else "", opened, closed,
                     serious))  # fmt: skip
    return FigureTable(
        "hazards", ("hazard_kind", "name_zh", "name_mn", "open", "closed", "open_high"), rows
    )


def care_visits(store: Store, period: Period, place: PlaceFilter) -> FigureTable:
    """Sum care visits of the period: visits, recipients, money and each kind of goods."""
    where, args = _where("started_at", period, place, "a")
    visits = store.conn.execute(
        f"SELECT COUNT(*) FROM activities a WHERE {where} AND a.kind = 'care_visit'", args
    ).fetchone()[0]
    recipients: set[str] = set()
    money = 0.0
    goods: dict[tuple[str, str], float] = {}
    for who_person, who_household, name, items, amount in store.conn.execute(
        "SELECT p.person_id, p.household_id, p.name_zh || '/' || p.name_mn, p.items, "
        "p.amount_yuan FROM activities a JOIN activity_participants p ON p.activity_id = a.id "
        f"WHERE {where} AND a.kind = 'care_visit' AND p._deleted = 0 "
        "AND p.role IN ('recipient', 'visited')",
        args,
    ):
        recipients.add(who_person or who_household or f"name:{name}")
        money += amount or 0
        for item in json.loads(items or "[]"):
            key = (item["item"], item.get("unit", ""))
            goods[key] = goods.get(key, 0.0) + float(item["quantity"])
    rows: list[tuple[Cell, ...]] = [
        ("visits", "", visits), ("recipients", "", len(recipients)),
        ("money_yuan", "元", round(money, 2)),
    ]  # fmt: skip
    rows += [(f"goods:{item}", unit, round(q, 2)) for (item, unit), q in sorted(goods.items())]
    return FigureTable("care_visits", ("measure", "unit", "value"), rows)
