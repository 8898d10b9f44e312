"""The all-or-nothing import loop shared by every kind of file.

Every row is checked first. With any bad row nothing is written, unless skip_bad: then the
good rows go in, in one transaction, and the bad rows go to a reject file with their reasons.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from ..errors import Issue, SubeiError
from ..legacy_text import convert_legacy_values
from ..store import Store, Transaction
from .sheets import SheetRow, read_rows, write_rows

P = TypeVar("P")


@dataclass
class ImportReport:
    """What an import did, or would do: counts and every rejected line with its reasons."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[tuple[int, list[Issue]]] = field(default_factory=list)
    # Lines whose Menksoft text was converted to Unicode, as text.legacy_converted notes.
    converted: list[tuple[int, list[Issue]]] = field(default_factory=list)
    written: bool = False
    reject_file: Path | None = None


@dataclass
class ImportKind(Generic[P]):
    """How one kind of file is read, checked row by row, and written."""

    aliases: dict[str, str]
    required: Sequence[str]
    plan_row: Callable[[Store, SheetRow], tuple[list[Issue], P | None]]
    row_key: Callable[[P], Any]
    apply: Callable[[Store, Transaction, P], str]  # returns "new", "updated" or "unchanged"
    one_of: Sequence[str] = ()


def plan_rows(
    store: Store, kind: ImportKind[P], path: Path,
    progress: Callable[[int, int], bool] | None = None,
) -> tuple[list[str], list[SheetRow], list[P], ImportReport]:  # fmt: skip
    """Read a file and check every row; return columns, rows, the planned writes and the report."""
    columns, rows = read_rows(path, kind.aliases)
    missing = [c for c in kind.required if c not in columns]
    if kind.one_of and not set(kind.one_of) & set(columns):
        missing.append("|".join(kind.one_of))
    if missing:
        raise SubeiError("file.missing_columns", columns=",".join(missing))
    report = ImportReport()
    planned: list[P] = []
    seen: set[Any] = set()
    for i, row in enumerate(rows):
        if progress and i % 500 == 0 and not progress(i, len(rows)):
            raise SubeiError("cancelled")
        values, legacy = convert_legacy_values(row.values)
        if legacy:
            row = SheetRow(row.line, values)
            notes = [Issue("text.legacy_converted", name, warning=True) for name in legacy]
            report.converted.append((row.line, notes))
        issues, plan = kind.plan_row(store, row)
        if plan is not None and kind.row_key(plan) in seen:
            issues, plan = [Issue("row.duplicate", "")], None
        if issues or plan is None:
            report.rejected.append((row.line, issues))
            continue
        seen.add(kind.row_key(plan))
        planned.append(plan)
    if progress:
        progress(len(rows), len(rows))
    return columns, rows, planned, report


def run_import(
    store: Store, kind: ImportKind[P], path: Path, *, skip_bad: bool = False,
    reject_path: Path | None = None, progress: Callable[[int, int], bool] | None = None,
) -> ImportReport:  # fmt: skip
    """Check every row of a file, then write the good ones in one transaction."""
    columns, rows, planned, report = plan_rows(store, kind, path, progress)
    if report.rejected and not skip_bad:
        return report
    with store.transaction() as tx:
        for plan in planned:
            outcome = kind.apply(store, tx, plan)
            setattr(report, outcome, getattr(report, outcome) + 1)
    report.written = True
    if report.rejected:
        report.reject_file = reject_path or path.with_name(path.stem + ".rejected.csv")
        _write_rejects(report.reject_file, columns, rows, report.rejected)
    return report


def _write_rejects(
    path: Path, columns: list[str], rows: list[SheetRow], rejected: list[tuple[int, list[Issue]]]
) -> None:
    reasons = {line: "; ".join(f"{i.field}:{i.code}" for i in issues) for line, issues in rejected}
    out = [
        [row.line, reasons[row.line], *[row.values.get(c, "") for c in columns]]
        for row in rows
        if row.line in reasons
    ]
    write_rows(path, ["line", "reason", *columns], out)


def place_codes(values: dict[str, str]) -> tuple[list[Issue], dict[str, str]]:
    """Resolve township, village and grid columns (names in either script, or codes)."""
    from .. import catalogue

    issues: list[Issue] = []
    township = catalogue.find_place(values.get("township", ""), "township")
    if township is None:
        issues.append(Issue("township.unknown", "township"))
    codes = {
        "township_code": township.code if township else "",
        "village_code": "",
        "grid_code": "",
    }
    for level, parent_level in (("village", "township"), ("grid", "village")):
        text = values.get(level, "").strip()
        if not text:
            continue
        parent = codes[f"{parent_level}_code"] or None
        place = catalogue.find_place(text, level, parent)
        if place is None:
            unknown = catalogue.find_place(text, level) is None
            issues.append(
                Issue(f"{level}.unknown" if unknown else f"{level}.not_in_{parent_level}", level)
            )
        else:
            codes[f"{level}_code"] = place.code
    return issues, codes


def place_names(*codes: str) -> list[str]:
    """Return the Chinese (else Mongolian) names of place codes, as written in exports."""
    from .. import catalogue

    places = catalogue.places()
    out = []
    for code in codes:
        place = places.get(code or "")
        out.append((place.name.zh or place.name.mn) if place else (code or ""))
    return out
