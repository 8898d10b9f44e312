"""Import and export service requests."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .. import catalogue
from ..errors import Issue
from ..models import MaterialCheck, ServiceRequest, StatusChange
from ..store import Store, Transaction
from ..store.validation import issues_from
from .dates import datetime_cell
from .households import find_household
from .importer import ImportKind
from .sheets import SheetRow, write_rows

COLUMNS = ("request_no", "household_code", "service_code", "service", "status", "received_at",
           "received_place", "materials_missing", "details")  # fmt: skip
ALIASES = {"编号": "request_no", "受理编号": "request_no", "户编号": "household_code",
           "服务代码": "service_code", "服务事项": "service", "状态": "status",
           "受理时间": "received_at", "受理地点": "received_place", "缺少材料": "materials_missing",
           "说明": "details"}  # fmt: skip


@dataclass
class RequestRow:
    """A checked request row."""

    household_code: str
    values: dict[str, Any]


def plan_row(store: Store, row: SheetRow) -> tuple[list[Issue], RequestRow | None]:
    """Check one request row."""
    v = row.values
    issues: list[Issue] = []
    service = catalogue.service_by_code(v.get("service_code", "").strip())
    if service is None:
        issues.append(Issue("service.unknown", "service_code"))
    missing = {c for c in v.get("materials_missing", "").split(";") if c.strip()}
    when, date_issues = datetime_cell(v.get("received_at", ""), "received_at")
    issues += date_issues
    values = {
        "request_no": v.get("request_no", "").strip(),
        "household_id": "0" * 36,
        "service_code": v.get("service_code", "").strip(),
        "status": v.get("status", "").strip() or "received",
        "received_at": when,
        "received_place": v.get("received_place", ""),
        "details": v.get("details", ""),
        "township_code": "0" * 9,
        "materials": [MaterialCheck(code=m.code, present=m.code not in missing)
                      for m in (service.materials if service else ())],
    }  # fmt: skip
    try:
        ServiceRequest.model_validate(values)
    except ValidationError as exc:
        issues.extend(issues_from(exc))
    if not v.get("household_code", "").strip():
        issues.append(Issue("household_code.required", "household_code"))
    elif find_household(store, v["household_code"].strip()) is None:
        issues.append(Issue("household.unknown", "household_code"))
    return (issues, None) if issues else ([], RequestRow(v["household_code"].strip(), values))


def apply(store: Store, tx: Transaction, plan: RequestRow) -> str:
    """Write one request (new by request number, else an update with a history entry)."""
    hid = find_household(store, plan.household_code)
    assert hid is not None  # checked in plan_row
    hh = store.conn.execute(
        "SELECT township_code, village_code, grid_code FROM households WHERE id = ?", (hid,)
    ).fetchone()
    values = dict(plan.values, household_id=hid, **dict(hh))
    row = None
    if values["request_no"]:
        row = store.conn.execute(
            "SELECT id, status FROM service_requests WHERE request_no = ? AND _deleted = 0",
            (values["request_no"],),
        ).fetchone()
    if row is None:
        request = ServiceRequest.model_validate(values)
        tx.insert(request)
        tx.insert(StatusChange(request_id=request.id, to_status=request.status,
                               at=request.received_at, by_user=store.user_id, note="import"))  # fmt: skip
        return "new"
    changed = tx.update("service_requests", row["id"], values)
    if "status" in changed:
        tx.insert(StatusChange(request_id=row["id"], from_status=row["status"], to_status=values["status"],
                               at=dt.datetime.now(dt.UTC), by_user=store.user_id, note="import"))  # fmt: skip
    return "updated" if changed else "unchanged"


REQUESTS = ImportKind(ALIASES, ("household_code", "service_code", "received_at"), plan_row,
                      lambda p: p.values["request_no"] or id(p), apply, columns=COLUMNS)  # fmt: skip


def export_requests(store: Store, path: Path) -> int:
    """Write every service request with its household code and missing materials."""
    services = catalogue.services()
    rows = []
    sql = (
        "SELECT r.id, r.request_no, h.code, r.service_code, r.status, r.received_at, "
        "r.received_place, r.materials, r.details FROM service_requests r "
        "JOIN households h ON h.id = r.household_id WHERE r._deleted = 0 ORDER BY r.received_at"
    )
    for r in store.conn.execute(sql):
        service = services.get(r["service_code"])
        missing = [m["code"] for m in json.loads(r["materials"]) if not m["present"]]
        rows.append([r["request_no"], r["code"], r["service_code"], service.name.zh if service else "",
                     r["status"], r["received_at"], r["received_place"], ";".join(missing),
                     store.codec.open_value("service_requests", "details", r["id"], r["details"])])  # fmt: skip
    return write_rows(path, COLUMNS, rows)
