"""Column and value mappings remembered per source, so next month's file from the same office
imports without choosing them again.

A source is recognised by its header row (the same system or the same hand-made template
writes the same headers). Only headers, our column names and coded values (relations, sex,
ethnicity, places) are kept: never a name, an ID number or a phone.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .census import PLACE_COLUMNS, ValueMap
from .codesets import CODED_COLUMNS
from .sheets import header_key

FILE_NAME = "import-mappings.json"


@dataclass
class SavedMapping:
    """What the person chose for one source."""

    columns: list[str]
    values: ValueMap = field(default_factory=dict)


def source_key(headers: Sequence[str]) -> str:
    """Return the key a source is remembered by: its header row, normalised."""
    return "|".join(header_key(h) for h in headers)


def _load(data_dir: Path) -> dict[str, dict[str, object]]:
    try:
        data = json.loads((data_dir / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # none saved yet, or unreadable: start afresh rather than block an import
    return data if isinstance(data, dict) else {}


def load_mapping(data_dir: Path, headers: Sequence[str]) -> SavedMapping | None:
    """Return the mapping saved for a source with these headers, if any."""
    entry = _load(data_dir).get(source_key(headers))
    if not isinstance(entry, dict):
        return None
    columns = entry.get("columns")
    values = entry.get("values", {})
    if not isinstance(columns, list) or len(columns) != len(headers):
        return None
    clean: ValueMap = {
        str(c): {str(k): str(v) for k, v in m.items()}
        for c, m in (values.items() if isinstance(values, dict) else ())
        if isinstance(m, dict) and c in (*CODED_COLUMNS, *PLACE_COLUMNS)
    }
    return SavedMapping([str(c) for c in columns], clean)


def save_mapping(data_dir: Path, headers: Sequence[str], mapping: SavedMapping) -> None:
    """Remember a source's mapping (written whole to a temporary file, then renamed)."""
    data = _load(data_dir)
    values = {c: m for c, m in mapping.values.items() if c in (*CODED_COLUMNS, *PLACE_COLUMNS)}
    data[source_key(headers)] = {"columns": list(mapping.columns), "values": values}
    path = data_dir / FILE_NAME
    tmp = path.with_name(FILE_NAME + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
