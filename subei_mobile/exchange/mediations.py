"""Import and export mediation cases (case data and the two main parties)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .. import catalogue
from ..errors import Issue
from ..models import MediationCase, MediationParty
from ..store import Store, Transaction
from ..store.validation import issues_from
from .dates import datetime_cell
from .importer import ImportKind, place_codes, place_names
from .sheets import SheetRow, write_rows

CASE_FIELDS = ("place", "facts_zh", "facts_mn", "disputed_matters_zh", "disputed_matters_mn")
COLUMNS = ("case_no", "category", "township", "village", "grid", "reported_at", "status",
           *CASE_FIELDS, "mediators", "party_a_zh", "party_a_mn", "party_b_zh", "party_b_mn")  # fmt: skip
ALIASES = {"案件编号": "case_no", "纠纷类型": "category", "乡镇": "township", "村": "village",
           "网格": "grid", "受理时间": "reported_at", "状态": "status", "地点": "place",
           "基本事实": "facts_zh", "争议事项": "disputed_matters_zh", "调解员": "mediators",
           "当事人甲": "party_a_zh", "当事人乙": "party_b_zh"}  # fmt: skip


@dataclass
class CaseRow:
    """A checked case row: case values and the two parties' names."""

    case: dict[str, Any]
    parties: list[tuple[str, str]]


def _category(text: str) -> str:
    for code, name in catalogue.dispute_categories().items():
        if text.strip() in (code, name.zh, name.mn):
            return code
    return ""


def plan_row(store: Store, row: SheetRow) -> tuple[list[Issue], CaseRow | None]:
    """Check one case row."""
    v = row.values
    issues, codes = place_codes(v)
    category = _category(v.get("category", ""))
    if not category:
        issues.append(Issue("category.unknown", "category"))
    when, date_issues = datetime_cell(v.get("reported_at", ""), "reported_at")
    issues += date_issues
    case = {
        "case_no": v.get("case_no", "").strip(), "category_code": category or "x",
        "reported_at": when,
        "status": v.get("status", "").strip() or "reported",
        "mediators": [m.strip() for m in v.get("mediators", "").split(";") if m.strip()],
        **{f: v.get(f, "") for f in CASE_FIELDS}, **codes,
    }  # fmt: skip
    if not codes["township_code"]:
        case["township_code"] = "0" * 9
    parties = [(v.get(f"party_{s}_zh", ""), v.get(f"party_{s}_mn", "")) for s in "ab"]
    try:
        MediationCase.model_validate(case)
        for zh, mn in parties:
            MediationParty.model_validate({"case_id": "0" * 36, "name_zh": zh, "name_mn": mn})
    except ValidationError as exc:
        issues.extend(issues_from(exc))
    return (issues, None) if issues else ([], CaseRow(case, parties))


def apply(store: Store, tx: Transaction, plan: CaseRow) -> str:
    """Write a new case with its parties, or update the case data of an existing case number."""
    row = None
    if plan.case["case_no"]:
        row = store.conn.execute(
            "SELECT id FROM mediation_cases WHERE case_no = ? AND _deleted = 0",
            (plan.case["case_no"],),
        ).fetchone()
    if row is not None:
        return "updated" if tx.update("mediation_cases", row[0], plan.case) else "unchanged"
    case = MediationCase.model_validate(plan.case)
    tx.insert(case)
    for side, (zh, mn) in zip(("applicant", "respondent"), plan.parties, strict=True):
        tx.insert(MediationParty(case_id=case.id, side=side, name_zh=zh, name_mn=mn))
    return "new"


MEDIATIONS = ImportKind(ALIASES, ("category", "township", "reported_at"), plan_row,
                        lambda p: p.case["case_no"] or id(p), apply, columns=COLUMNS)  # fmt: skip


def export_mediations(
    store: Store, path: Path, scope: str = "1 = 1", params: Sequence[object] = ()
) -> int:
    """Write every case (within a role's `mediation_filter` scope) with its first two parties."""
    categories = catalogue.dispute_categories()
    rows = []
    for case in store.conn.execute(
        f"SELECT * FROM mediation_cases WHERE _deleted = 0 AND {scope} ORDER BY reported_at",
        tuple(params),
    ).fetchall():
        case = store.codec.open_values("mediation_cases", case["id"], dict(case))
        parties = store.conn.execute(
            "SELECT name_zh, name_mn FROM mediation_parties WHERE case_id = ? AND _deleted = 0 "
            "ORDER BY side = 'respondent', id LIMIT 2",
            (case["id"],),
        ).fetchall()
        names = [v or "" for p in parties for v in p] + [""] * (4 - 2 * len(parties))
        cat = categories.get(case["category_code"])
        mediators = ";".join(json.loads(case["mediators"] or "[]"))
        rows.append([case["case_no"], cat.zh if cat else case["category_code"],
                     *place_names(case["township_code"], case["village_code"], case["grid_code"]),
                     case["reported_at"], case["status"], *[case[f] or "" for f in CASE_FIELDS],
                     mediators, *names])  # fmt: skip
    return write_rows(path, COLUMNS, rows)
