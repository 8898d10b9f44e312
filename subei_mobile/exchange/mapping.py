"""Imports with a column mapping the person chose: detect headers, suggest, check, then run."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from ..errors import SubeiError
from ..store import Store
from .importer import ImportKind, ImportReport, plan_rows, run_import
from .sheets import SheetRow, _header_key, read_rows

P = TypeVar("P")
IGNORED = ""  # mapping target of a column the person chose to leave out


def detect_headers(path: Path) -> tuple[list[str], list[SheetRow]]:
    """Return the file's headers (trimmed, lower-case) and its rows keyed by them."""
    return read_rows(path, {})


def suggest_mapping(
    headers: list[str], kind: ImportKind[Any], columns: tuple[str, ...]
) -> list[str]:
    """Return our column for each header (by alias or exact name), or IGNORED."""
    out = []
    for header in headers:
        key = _header_key(header)
        target = kind.aliases.get(key, key)
        out.append(target if target in columns else IGNORED)
    return out


def mapped_kind(kind: ImportKind[P], headers: list[str], mapping: list[str]) -> ImportKind[P]:
    """Return the kind with its aliases replaced by the person's mapping."""
    if len(headers) != len(mapping):
        raise SubeiError("mapping.length")
    chosen = [m for m in mapping if m != IGNORED]
    if len(chosen) != len(set(chosen)):
        raise SubeiError("mapping.duplicate")
    aliases = {
        _header_key(h): (m if m != IGNORED else f"_ignored_{i}")
        for i, (h, m) in enumerate(zip(headers, mapping, strict=True))
    }
    return dataclasses.replace(kind, aliases=aliases)


def check_import(
    store: Store, kind: ImportKind[P], path: Path,
    progress: Callable[[int, int], bool] | None = None,
) -> ImportReport:  # fmt: skip
    """Check every row as run_import would, writing nothing; report the rejected lines."""
    return plan_rows(store, kind, path, progress)[3]


def run_mapped_import(
    store: Store, kind: ImportKind[P], path: Path, headers: list[str], mapping: list[str],
    *, skip_bad: bool = False, progress: Callable[[int, int], bool] | None = None,
) -> ImportReport:  # fmt: skip
    """Run an import with the person's column mapping (all or nothing unless skip_bad)."""
    return run_import(store, mapped_kind(kind, headers, mapping), path, skip_bad=skip_bad,
                      progress=progress)  # fmt: skip
