"""Several tables in one XLSX workbook (one sheet each), with the same text rules as sheets.py."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from ..errors import SubeiError

Sheet = tuple[str, Sequence[str], Sequence[Sequence[object]]]
MAX_TITLE = 31  # Excel refuses longer sheet names


def write_workbook(path: Path, sheets: Sequence[Sheet]) -> int:
    """Write sheets atomically (temp file then rename); return the number of data rows."""
    from openpyxl import Workbook

    if path.suffix.lower() != ".xlsx":
        raise SubeiError("file.unsupported_format", suffix=path.suffix or "(none)")
    path.parent.mkdir(parents=True, exist_ok=True)
    book = Workbook(write_only=True)
    count = 0
    for title, header, rows in sheets:
        sheet = book.create_sheet(title[:MAX_TITLE])
        sheet.append(list(header))
        for row in rows:
            # Strings stay strings; numbers stay numbers so the office can sum them.
            sheet.append(["" if v is None else v for v in row])
            count += 1
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "wb") as fh:
            book.save(fh)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        from .sheets import discard_partial

        discard_partial(tmp, exc)
        raise
    os.replace(tmp, path)
    return count
