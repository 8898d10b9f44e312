"""Several tables in one XLSX workbook (one sheet each), with the same text rules as sheets.py."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from ..errors import SubeiError
from .sheets import XlsxWriteError, as_os_error, discard_partial, xlsx_row

Sheet = tuple[str, Sequence[str], Sequence[Sequence[object]]]
MAX_TITLE = 31  # Excel refuses longer sheet names


def write_workbook(path: Path, sheets: Sequence[Sheet]) -> int:
    """Write sheets atomically (temp file then rename); return the number of data rows."""
    from openpyxl import Workbook

    if path.suffix.lower() != ".xlsx":
        raise SubeiError("file.unsupported_format", suffix=path.suffix or "(none)")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    count = 0
    try:
        book = Workbook(write_only=True)  # streams each sheet to a temporary file as it goes
        for title, header, rows in sheets:
            sheet = book.create_sheet(title[:MAX_TITLE])
            sheet.append(xlsx_row(sheet, header, text_only=True))
            for row in rows:
                # Numbers stay numbers so the office can sum them; text is never a formula.
                sheet.append(xlsx_row(sheet, row, text_only=False))
                count += 1
        with open(tmp, "wb") as fh:
            book.save(fh)
            fh.flush()
            os.fsync(fh.fileno())
    except (OSError, XlsxWriteError) as exc:
        discard_partial(tmp, as_os_error(exc))
        raise
    os.replace(tmp, path)
    return count
