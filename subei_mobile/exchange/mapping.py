"""Imports with a column mapping the person chose: detect headers, suggest, check, then run."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from ..store import Store
from .census import ValueCount, ValueMap, census
from .importer import (
    IGNORED,
    ImportKind,
    ImportOptions,
    ImportReport,
    plan_rows,
    run_import,
    table_rows,
)
from .sheets import SheetRow, Table, header_key, read_table

P = TypeVar("P")
__all__ = ["IGNORED", "check_import", "detect_headers", "run_mapped_import", "suggest_mapping"]


def detect_headers(path: Path) -> tuple[Table, list[SheetRow]]:
    """Return the file as read (headers as written, encoding) and its rows keyed by position."""
    table = read_table(path)
    return table, table_rows(table, [str(i) for i in range(len(table.headers))])


def suggest_mapping(
    headers: list[str], kind: ImportKind[Any], columns: tuple[str, ...]
) -> list[str]:
    """Return our column for each header (by alias or exact name), or IGNORED."""
    out: list[str] = []
    aliases = {header_key(k): v for k, v in kind.aliases.items()}
    for header in headers:
        key = header_key(header)
        target = aliases.get(key, key)
        out.append(target if target in columns and target not in out else IGNORED)
    return out


def value_census(table: Table, mapping: Sequence[str]) -> list[ValueCount]:
    """Return the distinct values of the mapped coded columns, how each reads, suggestions."""
    targets = list(mapping) + [IGNORED] * (len(table.headers) - len(mapping))
    rows = [
        SheetRow(line, {t: c for t, c in zip(targets, cells, strict=False) if t != IGNORED})
        for line, cells, _ in table.records
    ]
    return census(rows, [t for t in targets if t != IGNORED])


def check_import(
    store: Store, kind: ImportKind[P], path: Path, mapping: Sequence[str],
    value_map: ValueMap | None = None, progress: Callable[[int, int], bool] | None = None,
) -> ImportReport:  # fmt: skip
    """Check every row as run_import would, writing nothing; report the rejected lines."""
    options = ImportOptions(mapping=mapping, value_map=value_map or {})
    return plan_rows(store, kind, path, progress, options)[3]


def run_mapped_import(
    store: Store, kind: ImportKind[P], path: Path, mapping: Sequence[str],
    value_map: ValueMap | None = None, *, skip_bad: bool = False,
    progress: Callable[[int, int], bool] | None = None,
) -> ImportReport:  # fmt: skip
    """Run an import with the person's column and value mapping (all or nothing unless skip_bad)."""
    options = ImportOptions(mapping=mapping, value_map=value_map or {})
    return run_import(store, kind, path, skip_bad=skip_bad, progress=progress, options=options)
