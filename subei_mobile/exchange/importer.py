"""The all-or-nothing import loop shared by every kind of file.

Every row is checked first. With any bad row nothing is written, unless skip_bad: then the
good rows go in, in one transaction, and the bad rows go to a reject file with their reasons.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from ..errors import Issue, SubeiError, is_disk_full
from ..legacy_text import convert_legacy_values
from ..store import Store, Transaction
from .census import ValueCount, ValueMap, apply_value_map, census
from .limits import LIMITS, SheetLimits
from .rejects import write_rejects
from .sheets import SheetRow, Table, header_key, read_table

P = TypeVar("P")
IGNORED = ""  # mapping target of a column the person chose to leave out


@dataclass
class ImportReport:
    """What an import did, or would do: counts, every rejected line with its reasons, every
    value read as something else, and where (or whether) the reject file was written."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[tuple[int, list[Issue]]] = field(default_factory=list)
    warnings: list[tuple[int, Issue]] = field(default_factory=list)
    changes: list[ValueCount] = field(default_factory=list)  # values read through a code set
    ignored_columns: list[str] = field(default_factory=list)
    encoding: str = ""
    # Lines whose Menksoft text was converted to Unicode, as text.legacy_converted notes.
    converted: list[tuple[int, list[Issue]]] = field(default_factory=list)
    # For each planned write, {converted text: original} of its converted cells, kept with the
    # saved record (store.legacy_originals). Names, not sealed data, but never printed: repr off.
    originals: list[dict[str, str]] = field(default_factory=list, repr=False)
    written: bool = False
    reject_file: Path | None = None
    reject_error: str = ""  # e.g. disk_full: the rows above were committed all the same


@dataclass
class ImportKind(Generic[P]):
    """How one kind of file is read, checked row by row, and written."""

    aliases: dict[str, str]
    required: Sequence[str]
    plan_row: Callable[[Store, SheetRow], tuple[list[Issue], P | None]]
    row_key: Callable[[P], Any]
    apply: Callable[[Store, Transaction, P], str]  # returns "new", "updated" or "unchanged"
    one_of: Sequence[str] = ()
    columns: Sequence[str] = ()  # every column this kind reads (headers may also be aliases)


@dataclass
class ImportOptions:
    """What the person decided about a file: columns to leave out or an explicit column
    mapping (one target per file column, IGNORED to leave one out), and a value mapping."""

    ignore_columns: Sequence[str] = ()
    mapping: Sequence[str] | None = None
    value_map: ValueMap = field(default_factory=dict)
    limits: SheetLimits = LIMITS


def column_targets(headers: Sequence[str], kind: ImportKind[Any],
                   options: ImportOptions) -> list[str]:  # fmt: skip
    """Return our column for each file column (IGNORED for one left out).

    Nothing is dropped unseen: a header that is neither ours, an alias, nor named in
    --ignore-column is an error with the nearest known name; so is a column named twice.
    """
    if options.mapping is not None:
        if len(options.mapping) != len(headers):
            raise SubeiError("mapping.length")
        targets = list(options.mapping)
    else:
        ignored = {header_key(n) for n in options.ignore_columns}
        aliases = {header_key(k): v for k, v in kind.aliases.items()}
        known = set(kind.columns)
        targets, unknown = [], []
        for h in headers:
            key = header_key(h)
            target = aliases.get(key, key)
            if key in ignored or not key:
                targets.append(IGNORED)
            elif target in known:
                targets.append(target)
            else:
                near = difflib.get_close_matches(key, [*known, *aliases], n=1, cutoff=0.6)
                hint = aliases.get(near[0], near[0]) if near else ""
                unknown.append(f"{h} ({hint}?)" if hint else h)
                targets.append(IGNORED)
        if unknown:
            raise SubeiError("file.unknown_columns", columns=", ".join(unknown))
    chosen = [t for t in targets if t != IGNORED]
    doubled = sorted({t for t in chosen if chosen.count(t) > 1})
    if doubled:
        raise SubeiError("file.duplicate_columns", columns=", ".join(doubled))
    return targets


def table_rows(table: Table, targets: Sequence[str]) -> list[SheetRow]:
    """Return the table's records keyed by our columns; an unnamed column must be empty."""
    rows = []
    for line, cells, issues in table.records:
        found = list(issues)
        for i, cell in enumerate(cells[: len(targets)]):
            if targets[i] == IGNORED and not table.headers[i].strip() and cell.strip():
                found.append(Issue("cell.unnamed_column", "", {"column": i + 1}))
        padded = list(cells) + [""] * (len(targets) - len(cells))
        values = {t: padded[i] for i, t in enumerate(targets) if t != IGNORED}
        rows.append(SheetRow(line, values, tuple(found)))
    return rows


def plan_rows(
    store: Store, kind: ImportKind[P], path: Path,
    progress: Callable[[int, int], bool] | None = None, options: ImportOptions | None = None,
) -> tuple[list[str], list[SheetRow], list[P], ImportReport]:  # fmt: skip
    """Read a file and check every row; return columns, rows, the planned writes and the report."""
    options = options or ImportOptions()
    table = read_table(path, options.limits)
    targets = column_targets(table.headers, kind, options)
    columns = [t for t in targets if t != IGNORED]
    missing = [c for c in kind.required if c not in columns]
    if kind.one_of and not set(kind.one_of) & set(columns):
        missing.append("|".join(kind.one_of))
    if missing:
        raise SubeiError("file.missing_columns", columns=",".join(missing))
    rows = table_rows(table, targets)
    report = ImportReport(encoding=table.encoding)
    report.ignored_columns = [h for h, t in zip(table.headers, targets, strict=True)
                              if t == IGNORED and h.strip()]  # fmt: skip
    mapped = [apply_value_map(r, options.value_map) for r in rows]
    report.changes = [c for c in census(mapped, columns) if c.changed]
    planned: list[P] = []
    seen: set[Any] = set()
    for i, row in enumerate(mapped):
        if progress and i % 500 == 0 and not progress(i, len(rows)):
            raise SubeiError("cancelled")
        if row.issues:
            report.rejected.append((row.line, list(row.issues)))
            continue
        values, legacy = convert_legacy_values(row.values)
        originals = {values[name]: row.values[name] for name in legacy}
        if legacy:
            row = SheetRow(row.line, values)
            notes = [Issue("text.legacy_converted", name, warning=True) for name in legacy]
            report.converted.append((row.line, notes))
        found, plan = kind.plan_row(store, row)
        issues = [x for x in found if not x.warning]
        report.warnings.extend((row.line, x) for x in found if x.warning)
        if plan is not None and not issues and kind.row_key(plan) in seen:
            issues, plan = [Issue("row.duplicate", "")], None
        if issues or plan is None:
            report.rejected.append((row.line, issues))
            continue
        seen.add(kind.row_key(plan))
        planned.append(plan)
        report.originals.append(originals)
    if progress:
        progress(len(rows), len(rows))
    return columns, rows, planned, report


def run_import(
    store: Store, kind: ImportKind[P], path: Path, *, skip_bad: bool = False,
    reject_path: Path | None = None, progress: Callable[[int, int], bool] | None = None,
    options: ImportOptions | None = None,
) -> ImportReport:  # fmt: skip
    """Check every row of a file, then write the good ones in one transaction."""
    columns, rows, planned, report = plan_rows(store, kind, path, progress, options)
    if report.rejected and not skip_bad:
        return report
    with store.transaction() as tx:
        for plan, originals in zip(planned, report.originals, strict=True):
            # Only this row's converted cells: the same text typed in Unicode elsewhere in the
            # file has no legacy original.
            tx.legacy_originals = originals
            outcome = kind.apply(store, tx, plan)
            setattr(report, outcome, getattr(report, outcome) + 1)
        tx.legacy_originals = {}
    report.written = True
    if report.rejected:
        target = reject_path or path.with_name(path.stem + ".rejected.csv")
        try:
            write_rejects(target, columns, rows, report.rejected)
            report.reject_file = target
        except OSError as exc:
            # The rows are committed: the report must still say so, and say the file is missing.
            report.reject_error = "disk_full" if is_disk_full(exc) else "reject_file.unwritable"
    return report


def place_codes(values: dict[str, str]) -> tuple[list[Issue], dict[str, str]]:
    """Resolve township, village and grid columns (names in either script, or codes)."""
    from .. import catalogue

    issues: list[Issue] = []
    text = values.get("township", "").strip()
    # The statistical list writes townships with 12 digits: 620923100000 for 620923100.
    if len(text) == 12 and text.isdigit() and text.endswith("000"):
        text = text[:9]
    township = catalogue.find_place(text, "township")
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
