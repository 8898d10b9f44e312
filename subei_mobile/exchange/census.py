"""Which values a file's coded columns hold, how each will be read, and what to suggest.

The column-mapping preview lists these so nothing changes unseen: 长子 read as `son` through
GB/T 4761, 2 as `female` through GB/T 2261.1, and every value that fits no table with its count
and the nearest value the app knows.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .. import catalogue
from .codesets import CODED_COLUMNS, Resolved, known_values, resolve
from .sheets import SheetRow

PLACE_COLUMNS = ("township", "village")
ValueMap = dict[str, dict[str, str]]  # column -> value as written -> value to read instead


@dataclass(frozen=True)
class ValueCount:
    """One distinct value of a coded column."""

    column: str
    value: str
    count: int
    resolved: Resolved | None  # None: fits no table (every such row is an error)
    suggestion: str = ""  # the nearest known value, for the person to accept or edit

    @property
    def changed(self) -> bool:
        """True when the value is read as something other than itself (a reported change)."""
        r = self.resolved
        return (
            r is not None and r.how != "app" and (r.needs_sex is not None or r.code != self.value)
        )


def resolve_value(column: str, text: str) -> Resolved | None:
    """Resolve a cell of any coded column, places included."""
    if column in PLACE_COLUMNS:
        text = text.strip()
        if not text:
            return Resolved("", "app")
        place = catalogue.find_place(text, column) or (
            catalogue.find_place(text.removesuffix("000"), column)  # NBS 12-digit township
            if column == "township" and len(text) == 12 else None)  # fmt: skip
        if place is None:
            return None
        how = "gbt2260" if text.isdigit() else "app"
        return Resolved(place.code, how)
    return resolve(column, text)


def coded_columns(columns: Sequence[str]) -> list[str]:
    """Return the columns of a file whose values are codes the census looks at."""
    return [c for c in (*CODED_COLUMNS, *PLACE_COLUMNS) if c in columns]


def census(rows: Sequence[SheetRow], columns: Sequence[str]) -> list[ValueCount]:
    """Count the distinct values of every coded column and say how each reads."""
    out = []
    for column in coded_columns(columns):
        counts = Counter(row.values.get(column, "").strip() for row in rows)
        for value, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            if not value:
                continue
            resolved = resolve_value(column, value)
            out.append(ValueCount(column, value, n, resolved,
                                  "" if resolved else suggest(column, value)))  # fmt: skip
    return out


def suggest(column: str, value: str) -> str:
    """Return the app code nearest to an unknown value, or "" when nothing is close."""
    if column in PLACE_COLUMNS:
        names = [p.name.zh for p in catalogue.places().values() if p.level == column]
    else:
        names = known_values(column)
    close = difflib.get_close_matches(value, names, n=1, cutoff=0.6)
    if not close:
        return ""
    resolved = resolve_value(column, close[0])
    return resolved.code if resolved and resolved.code else ""


def apply_value_map(row: SheetRow, value_map: ValueMap) -> SheetRow:
    """Return the row with the person's value mapping applied to its coded columns."""
    if not value_map:
        return row
    values = dict(row.values)
    for column, mapping in value_map.items():
        raw = values.get(column, "").strip()
        if raw in mapping:
            values[column] = mapping[raw]
    return SheetRow(row.line, values, row.issues)
