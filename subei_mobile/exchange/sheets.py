"""Read and write tables as CSV (UTF-8) or XLSX, chosen by file extension.

Text goes in and out byte-exact: no stripping of NNBSP, MVS or FVS, no NFKC, and XLSX
cells are written as strings so spreadsheet software cannot reinterpret ID numbers.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import SubeiError


@dataclass(frozen=True)
class SheetRow:
    """A data row with the line (CSV) or row number (XLSX) people see in their editor."""

    line: int
    values: dict[str, str]


def file_format(path: Path) -> str:
    """Return 'csv' or 'xlsx' from the file name, or raise a clear error."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        return "csv"
    if suffix == ".xlsx":
        return "xlsx"
    raise SubeiError("file.unsupported_format", suffix=suffix or "(none)")


def read_rows(path: Path, aliases: dict[str, str]) -> tuple[list[str], list[SheetRow]]:
    """Return (canonical headers, rows) with headers mapped through aliases."""
    if not path.exists():
        raise SubeiError("file.not_found")
    raw = _read_csv(path) if file_format(path) == "csv" else _read_xlsx(path)
    try:
        header = next(raw)
    except StopIteration:
        raise SubeiError("file.empty") from None
    columns = [aliases.get(_header_key(h), _header_key(h)) for h in header[1]]
    rows = []
    for line, cells in raw:
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(columns):
            extra = cells[len(columns) :]
            if any(c.strip() for c in extra):
                raise SubeiError("file.too_many_cells", line=line)
        padded = list(cells) + [""] * (len(columns) - len(cells))
        rows.append(SheetRow(line, dict(zip(columns, padded, strict=False))))
    return columns, rows


def _header_key(text: str) -> str:
    return text.strip().lstrip("\ufeff").strip().lower().replace(" ", "_")


def _read_csv(path: Path) -> Iterator[tuple[int, list[str]]]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(fh)
            for cells in reader:
                yield reader.line_num, cells
    except UnicodeDecodeError as exc:
        raise SubeiError("file.not_utf8", byte=exc.start) from None


def _read_xlsx(path: Path) -> Iterator[tuple[int, list[str]]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception:
        raise SubeiError("file.not_xlsx") from None
    try:
        sheet = book.worksheets[0]
        for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, [_cell_text(c) for c in cells]
    finally:
        book.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def write_rows(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> int:
    """Write a table atomically (temp file then rename); return the number of data rows."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    try:
        if file_format(path) == "csv":
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(header)
                writer.writerows([["" if v is None else v for v in row] for row in rows])
                fh.flush()
                os.fsync(fh.fileno())
        else:
            _write_xlsx(tmp, header, rows)
    except OSError as exc:
        discard_partial(tmp, exc)
        raise
    os.replace(tmp, path)
    return len(rows)


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
    sheet.append(list(header))
    for row in rows:
        # Strings stay strings: an 18-digit ID must not become 6.20923E+17.
        sheet.append(["" if v is None else str(v) if not isinstance(v, bool) else v for v in row])
    with open(path, "wb") as fh:
        book.save(fh)
        fh.flush()
        os.fsync(fh.fileno())
