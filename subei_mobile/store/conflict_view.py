"""A conflict as people read it: which household and person, which field, both values.

Used by `subei-mobile conflicts list`. ID numbers and phones are masked as on every list
(GB/T 35273: mask on display); other sensitive values (medical or allowance details, mediation
texts) are withheld: the Review screen shows them to the township office.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..resident_id import mask_id_number, mask_phone
from .conflicts import Conflict
from .schema import TABLES
from .store import Store

WITHHELD = "***"


@dataclass(frozen=True)
class ConflictView:
    """Readable parts of one open conflict."""

    household: str  # household code, or "" when the record is not under a household
    person: str  # person name, or ""
    record: str  # a label of the record itself (code, title or the id's start)
    field: str
    values: list[str]


def view_of(store: Store, conflict: Conflict) -> ConflictView:
    """Return the readable view of a conflict (values masked or withheld as above)."""
    row = _row(store, conflict.table_name, conflict.record_id)
    household = person = ""
    if conflict.table_name == "persons":
        person = _name(row)
        household = str(_row(store, "households", str(row.get("household_id", ""))).get("code", ""))
    elif conflict.table_name == "households":
        household = str(row.get("code", ""))
    label = household or person or str(row.get("title_zh") or row.get("case_no") or "")
    values = [_shown(conflict.table_name, conflict.field, c.get("value"))
              for c in conflict.candidates]  # fmt: skip
    return ConflictView(household, person, label or conflict.record_id[:8], conflict.field, values)


def _row(store: Store, table: str, record_id: str) -> dict[str, Any]:
    try:
        return store.get(table, record_id, include_deleted=True) or {}
    except (KeyError, ValueError):
        return {}


def _name(row: dict[str, Any]) -> str:
    return str(row.get("name_zh") or row.get("name_mn") or row.get("name_latin") or "")


def _shown(table: str, field: str, value: Any) -> str:
    if value is None:
        return "—"
    if field == "_deleted":
        return "deleted" if value else "kept"
    spec = TABLES.get(table)
    column = next((c for c in spec.columns if c.name == field), None) if spec else None
    if column is not None and column.sensitive:
        if field == "id_number":
            return mask_id_number(str(value))
        if field == "phone":
            return mask_phone(str(value))
        return WITHHELD
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)
