"""Export field activities: classrooms, transhumance points, visits and hazard checks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..store import Store
from .importer import place_names
from .sheets import write_rows

COLUMNS = ("kind", "title_zh", "title_mn", "township", "village", "grid", "place", "started_at",
           "ended_at", "participants", "details")  # fmt: skip


def details_summary(details: Any) -> str:
    """Return an activity's details as one readable cell: `key=value; key=value`."""
    if isinstance(details, str):
        details = json.loads(details or "{}")
    parts = []
    for key, value in sorted((details or {}).items()):
        if value in ("", None, [], {}):
            continue
        if isinstance(value, list):
            value = ", ".join(
                " ".join(str(v) for v in item.values()) if isinstance(item, dict) else str(item)
                for item in value
            )
        elif isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items())
        parts.append(f"{key}={value}")
    return "; ".join(parts)


def export_activities(store: Store, path: Path) -> int:
    """Write every activity with its place names, participant count and a details summary."""
    counts = dict(
        store.conn.execute(
            "SELECT activity_id, COUNT(*) FROM activity_participants WHERE _deleted = 0 "
            "GROUP BY activity_id"
        ).fetchall()
    )
    rows = []
    for raw in store.conn.execute(
        "SELECT * FROM activities WHERE _deleted = 0 ORDER BY started_at, id"
    ).fetchall():
        a = store.codec.open_values("activities", raw["id"], dict(raw))
        rows.append([a["kind"], a["title_zh"] or "", a["title_mn"] or "",
                     *place_names(a["township_code"], a["village_code"], a["grid_code"]),
                     a["place"] or "", a["started_at"], a["ended_at"] or "",
                     counts.get(a["id"], 0), details_summary(a["details"])])  # fmt: skip
    return write_rows(path, COLUMNS, rows)
