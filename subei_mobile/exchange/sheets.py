"""Read and write tables as CSV (UTF-8) or XLSX, chosen by file extension.

Text goes in and out byte-exact: no stripping of NNBSP, MVS or FVS, no NFKC, and XLSX
cells are written as strings so spreadsheet software cannot reinterpret ID numbers.
"""

from __future__ import annotations

import csv
import errno
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import Issue, SubeiError
from .csv_text import FORMULA_QUOTE, read_csv_cells
from .limits import LIMITS, SheetLimits
from .xlsx_reader import read_xlsx_rows

# OWASP CSV injection: a cell starting with one of these is a formula to a spreadsheet.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


@dataclass(frozen=True)
class SheetRow:
    """A data row with the line (CSV) or row number (XLSX) people see in their editor.

    `issues` are problems found while reading the row (a cell past the size limit, cells past
    the last header); such a row is rejected with them and never checked further.
    """

    line: int
    values: dict[str, str]
    issues: tuple[Issue, ...] = ()


@dataclass
class Table:
    """A file as read: its header cells as written, its non-empty records, how it was read."""

    headers: list[str]
    records: list[tuple[int, list[str], tuple[Issue, ...]]]
    encoding: str  # "XLSX", or the CSV encoding that was detected


def file_format(path: Path) -> str:
    """Return 'csv' or 'xlsx' from the file name, or raise a clear error."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        return "csv"
    if suffix == ".xlsx":
        return "xlsx"
    raise SubeiError("file.unsupported_format", suffix=suffix or "(none)")


def read_table(path: Path, limits: SheetLimits = LIMITS) -> Table:
    """Read a CSV or XLSX file within the limits; every record keeps its line number."""
    if not path.exists():
        raise SubeiError("file.not_found")
    if file_format(path) == "csv":
        encoding, raw = read_csv_cells(path, limits)
        records: Iterator[tuple[int, list[str], list[int]]] = (
            (line, [unquote_formula(c) for c in cells], []) for line, cells in raw
        )
    else:
        encoding = "XLSX"
        records = ((r.number, r.cells, r.too_long) for r in read_xlsx_rows(path, limits))
    header: list[str] | None = None
    table = Table([], [], encoding)
    for line, cells, too_long in records:
        if not any(c.strip() for c in cells):
            continue
        if header is None:
            header = [h.strip().lstrip("\ufeff").strip() for h in cells]
            table.headers = header
            continue
        if len(table.records) >= limits.max_rows:
            raise SubeiError("file.too_many_rows", limit=limits.max_rows)
        if len(cells) > limits.max_columns:
            raise SubeiError("file.too_many_columns", limit=limits.max_columns)
        table.records.append((line, cells, _cell_issues(header, cells, too_long, limits)))
    if header is None:
        raise SubeiError("file.empty")
    return table


def _cell_issues(
    header: list[str], cells: list[str], too_long: list[int], limits: SheetLimits
) -> tuple[Issue, ...]:
    issues = []
    for i, cell in enumerate(cells):
        if i in too_long or len(cell) > limits.max_cell_chars:
            name = header_key(header[i]) if i < len(header) else str(i + 1)
            issues.append(Issue("cell.too_long", name, {"limit": limits.max_cell_chars}))
            cells[i] = ""  # the row is rejected; do not carry the huge value any further
    if any(c.strip() for c in cells[len(header) :]):
        issues.append(Issue("row.too_many_cells", "", {"columns": len(header)}))
    return tuple(issues)


def header_key(text: str) -> str:
    """Return the key a header is matched by: trimmed, lower-case, spaces as underscores."""
    text = text.strip().lstrip("\ufeff").strip().lower()
    text = text.replace("（", "(").replace("）", ")").rstrip("*＊").strip()
    return re.sub(r"[\s\u3000]+", "_", text)


def unquote_formula(cell: str) -> str:
    """Undo export's formula guard: a leading apostrophe before =, +, -, @ (see safe_csv_cell)."""
    if len(cell) > 1 and cell[0] == FORMULA_QUOTE and cell[1] in FORMULA_START:
        return cell[1:]
    return cell


def safe_csv_cell(value: object) -> object:
    """Return a CSV cell no spreadsheet evaluates: text starting like a formula gets a leading
    apostrophe (OWASP CSV-injection guidance); import takes it off again (unquote_formula)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return FORMULA_QUOTE + value
    return "" if value is None else value


def xlsx_row(sheet: Any, values: Sequence[object], text_only: bool) -> list[Any]:
    """Return write-only cells for one row: text always a string cell, never a formula.

    openpyxl turns any str starting with "=" into a formula (an `<f>` element); forcing the
    data type to "s" writes it as an inline string instead. Characters XML cannot carry (only in
    records saved before the text rules) become U+FFFD rather than failing the whole export.
    """
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cells = []
    for value in values:
        if value is None:
            value = ""
        if text_only and not isinstance(value, bool):
            value = str(value)  # an 18-digit ID must not become 6.20923E+17
        if isinstance(value, str):
            cell = WriteOnlyCell(sheet, ILLEGAL_CHARACTERS_RE.sub("\ufffd", value))
            cell.data_type = "s"
        else:
            cell = WriteOnlyCell(sheet, value)
        cells.append(cell)
    return cells


def write_rows(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> int:
    """Write a table atomically (temp file then rename); return the number of data rows."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    try:
        if file_format(path) == "csv":
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow([safe_csv_cell(v) for v in header])
                writer.writerows([[safe_csv_cell(v) for v in row] for row in rows])
                fh.flush()
                os.fsync(fh.fileno())
        else:
            _write_xlsx(tmp, header, rows)
    except (OSError, XlsxWriteError) as exc:
        discard_partial(tmp, as_os_error(exc))
        raise
    os.replace(tmp, path)
    return len(rows)


def _lxml_error() -> type[Exception]:
    try:
        from lxml.etree import SerialisationError
    except ImportError:  # pragma: no cover - lxml is a dependency; openpyxl works without it
        return OSError
    return SerialisationError  # type: ignore[no-any-return]


# openpyxl streams write-only sheets through lxml when it is installed, and lxml reports a
# failed write (disk full, file-size limit) as SerialisationError("IO_ENOSPC"), not OSError.
XlsxWriteError = _lxml_error()
_LXML_ERRNO = {"IO_ENOSPC": errno.ENOSPC, "IO_EFBIG": errno.EFBIG, "IO_EDQUOT": errno.EDQUOT}


def as_os_error(exc: BaseException) -> OSError:
    """Return a write failure as the OSError it stands for."""
    if isinstance(exc, OSError):
        return exc
    code = next((n for name, n in _LXML_ERRNO.items() if name in str(exc)), errno.EIO)
    return OSError(code, os.strerror(code))


def discard_partial(tmp: Path, exc: OSError) -> None:
    """Remove a half-written export; a full disk becomes DiskFull (the old file is untouched)."""
    from ..errors import DiskFull, is_disk_full

    tmp.unlink(missing_ok=True)
    if is_disk_full(exc):
        raise DiskFull() from None


def _write_xlsx(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(xlsx_row(sheet, header, text_only=True))
    for row in rows:
        sheet.append(xlsx_row(sheet, row, text_only=True))
    with open(path, "wb") as fh:
        book.save(fh)
        fh.flush()
        os.fsync(fh.fileno())
