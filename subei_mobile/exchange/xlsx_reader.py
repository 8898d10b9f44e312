"""Stream the first sheet of an XLSX file within fixed bounds (see limits.py).

openpyxl trusts the file: it pads every row to the `<dimension>` the file declares (A1:XFD1048576
hangs it), holds whole cells in memory however large, and inflates any zip member. This reader
inflates each part in chunks, counting what it inflates, and parses them with the C pull
parser (lxml), which hands over one finished row at a time. It ignores `<dimension>`, refuses DTDs (no entity tricks reach the
parser), and bounds every run of text before the parser sees it (`_TextGuard`): a cell past the
cell limit is reported on its row, not carried into memory. Cached values of formula cells are
read as text; formulas themselves are never evaluated.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from ..errors import SubeiError
from .limits import LIMITS, SheetLimits

NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
NS_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
ROW, CELL, VALUE, INLINE, TEXT, SI, PHONETIC = (
    NS_MAIN + t for t in ("row", "c", "v", "is", "t", "si", "rPh"))  # fmt: skip
CHUNK = 64 * 1024
_REF = re.compile(r"([A-Z]{1,3})(\d+)")


@dataclass
class XlsxRow:
    """One row: its number, its cells by 0-based column, and the columns whose text was cut."""

    number: int
    cells: list[str]
    too_long: list[int] = field(default_factory=list)


class _Budget:
    """Counts decompressed bytes across every part read from one file."""

    def __init__(self, limits: SheetLimits) -> None:
        self.limits = limits
        self.used = 0

    def take(self, n: int) -> None:
        self.used += n
        if self.used > self.limits.max_xml_bytes:
            raise SubeiError("file.too_big_unpacked", limit_mb=self.limits.max_xml_bytes // 2**20)


def _column_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


class _TextGuard:
    """Bounds every run of bytes between two `<` before the parser sees it.

    A run longer than `max_run` bytes holds more characters than any cell may: its bytes past
    the bound are dropped and a marker longer than the cell limit takes their place, so the row
    still reports `cell.too_long` while the parser never holds more than max_run bytes of text.
    Also refuses DTDs and entity declarations, which no spreadsheet part needs.
    """

    def __init__(self, limits: SheetLimits) -> None:
        # 6 bytes per character covers UTF-8 and &amp;-style entities: a longer run is too long.
        self.max_run = limits.max_cell_chars * 6 + 64
        self.marker = b"x" * (limits.max_cell_chars + 1)
        self.run = 0
        self.dropping = False
        self.tail = b""

    def filter(self, chunk: bytes) -> bytes:
        probe = self.tail + chunk
        if b"<!DOCTYPE" in probe or b"<!ENTITY" in probe:
            raise SubeiError("file.xlsx_dtd")
        self.tail = chunk[-9:]
        parts = chunk.split(b"<")
        if not self.dropping and self.run + len(parts[0]) <= self.max_run and max(
                map(len, parts)) <= self.max_run:  # fmt: skip
            self.run = len(parts[-1]) if len(parts) > 1 else self.run + len(parts[0])
            return chunk
        out = []
        for i, part in enumerate(parts):
            if i:
                if self.dropping:
                    out.append(self.marker)
                    self.dropping = False
                out.append(b"<")
                self.run = 0
            if self.dropping:
                continue
            room = self.max_run - self.run
            if len(part) <= room:
                out.append(part)
                self.run += len(part)
            else:
                out.append(part[: _safe_cut(part, room)])
                self.dropping = True
        return b"".join(out)


def _safe_cut(data: bytes, at: int) -> int:
    """Return a cut point at or before `at` that splits no UTF-8 character and no entity."""
    while at > 0 and data[at] & 0xC0 == 0x80:
        at -= 1
    amp = data.rfind(b"&", max(0, at - 10), at)
    if amp != -1 and b";" not in data[amp:at]:
        at = amp
    return at


Element = Any  # lxml elements (the package ships no type information)


def _events(book: zipfile.ZipFile, name: str, budget: _Budget, tag: str,
            part_limit: int | None = None) -> Iterator[Element]:  # fmt: skip
    """Inflate one part in chunks and yield each finished `tag` element as it completes.

    Both the size the zip declares and the bytes really inflated are checked, so a member whose
    header lies about its size is cut off at the same bound. Elements still open (the row being
    read) are bounded too: a row of more tags than max_columns could need is refused before
    the tree grows with it.
    """
    info = book.getinfo(name)
    limits = budget.limits
    bound = min(limits.max_xml_bytes, part_limit or limits.max_xml_bytes)
    too_big = SubeiError("file.too_big_unpacked", limit_mb=bound // 2**20)
    if info.file_size > bound:
        raise too_big
    parser = etree.XMLPullParser(
        events=("end",), tag=tag, resolve_entities=False, no_network=True, load_dtd=False,
        huge_tree=False,
    )  # fmt: skip
    guard = _TextGuard(limits)
    max_open = limits.max_columns * 12 + 1000  # tags in one row: c, v, is, t, r, rPr ... each
    open_tags = 0
    used = 0
    end_tag = b"</" + tag.rpartition("}")[2].encode()
    try:
        with book.open(info) as fh:  # zipfile also checks the CRC at the end
            while chunk := fh.read(CHUNK):
                budget.take(len(chunk))
                used += len(chunk)
                if used > bound:
                    raise too_big
                chunk = guard.filter(chunk)
                last_end = chunk.rfind(end_tag)
                open_tags = (chunk.count(b"<", last_end + 1) if last_end >= 0
                             else open_tags + chunk.count(b"<"))  # fmt: skip
                if open_tags > max_open:
                    raise SubeiError("file.too_many_columns", limit=limits.max_columns)
                parser.feed(chunk)
                for _, elem in parser.read_events():
                    yield elem
        parser.close()
    except etree.XMLSyntaxError:
        raise SubeiError("file.not_xlsx") from None
    for _, elem in parser.read_events():
        yield elem


def _drop(elem: Element) -> None:
    """Free a processed element and everything before it, so the tree stays one row deep."""
    elem.clear()
    parent = elem.getparent()
    if parent is not None:
        while elem.getprevious() is not None:
            del parent[0]


def _first_sheet(book: zipfile.ZipFile, budget: _Budget) -> str:
    """Return the zip path of the workbook's first sheet."""
    names = set(book.namelist())
    sheet_rid = ""
    targets: dict[str, str] = {}
    if "xl/workbook.xml" in names:
        for elem in _events(book, "xl/workbook.xml", budget, NS_MAIN + "sheet"):
            sheet_rid = sheet_rid or elem.get(NS_REL + "id", "")
    if "xl/_rels/workbook.xml.rels" in names:
        for elem in _events(book, "xl/_rels/workbook.xml.rels", budget,
                            NS_PKG_REL + "Relationship"):  # fmt: skip
            targets[elem.get("Id", "")] = elem.get("Target", "")
    target = targets.get(sheet_rid, "")
    if target:
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
            posixpath.join("xl", target))  # fmt: skip
        if path in names:
            return path
    fallback = "xl/worksheets/sheet1.xml"
    if fallback in names:
        return fallback
    raise SubeiError("file.not_xlsx")


def _text_of(elem: Element, limit: int) -> str:
    """Return the text of a string item (plain or rich runs), phonetic guides left out."""
    direct = elem.find(TEXT)
    if direct is not None and len(elem) == 1:
        text = direct.text or ""
    else:
        parts = []
        for child in elem:
            if child.tag == TEXT:
                parts.append(child.text or "")
            elif child.tag != PHONETIC:  # rich-text run <r><rPr/><t>..</t></r>
                parts.extend(t.text or "" for t in child.iter(TEXT))
        text = "".join(parts)
    return text[: limit + 1]  # one past the limit: the row then sees it as too long


def _shared_strings(book: zipfile.ZipFile, budget: _Budget) -> list[str]:
    """Return the shared-string table; strings past the cell limit are cut and marked."""
    name = "xl/sharedStrings.xml"
    if name not in book.namelist():
        return []
    strings: list[str] = []
    limit = budget.limits.max_cell_chars
    for elem in _events(book, name, budget, SI, budget.limits.max_shared_strings_bytes):
        strings.append(_text_of(elem, limit))
        _drop(elem)
    return strings


def _rows(book: zipfile.ZipFile, sheet: str, strings: list[str],
          budget: _Budget) -> Iterator[XlsxRow]:  # fmt: skip
    limits = budget.limits
    last = 0
    seen = 0
    for elem in _events(book, sheet, budget, ROW):
        seen += 1
        if seen > limits.max_rows + 1:  # +1: the header row
            raise SubeiError("file.too_many_rows", limit=limits.max_rows)
        r = elem.get("r", "")
        last = int(r) if r.isdigit() else last + 1
        row = XlsxRow(last, [])
        col = -1
        for cell in elem:
            if cell.tag != CELL:
                continue  # also comments and processing instructions
            ref = _REF.fullmatch(cell.get("r", ""))
            col = _column_index(ref[1]) if ref else col + 1
            value = _cell_value(cell, strings, limits.max_cell_chars)
            if not value:
                continue
            if col >= limits.max_columns:
                raise SubeiError("file.too_many_columns", limit=limits.max_columns)
            row.cells.extend([""] * (col + 1 - len(row.cells)))
            if len(value) > limits.max_cell_chars:
                row.too_long.append(col)
                value = ""
            row.cells[col] = value
        _drop(elem)
        yield row


def _cell_value(cell: Element, strings: list[str], limit: int) -> str:
    kind = cell.get("t")
    if kind == "inlineStr":  # <is><t>..</t></is> or rich runs <is><r><t>..</t></r></is>
        return "".join(cell.itertext(TEXT, with_tail=False))[: limit + 1]
    raw = cell.findtext(VALUE) or ""
    if kind == "s":
        try:
            return strings[int(raw)]
        except (ValueError, IndexError):
            raise SubeiError("file.not_xlsx") from None
    if kind == "b":
        return "TRUE" if raw == "1" else "FALSE" if raw == "0" else raw
    if raw.endswith(".0") and kind in (None, "n"):
        return raw[:-2]
    return raw


def _count_rows(book: zipfile.ZipFile, name: str, limits: SheetLimits) -> None:
    """Refuse a sheet with too many rows before parsing it: counting `<row` in the inflated
    bytes runs at C speed, parsing 50,000 rows only to refuse the file would not."""
    info = book.getinfo(name)
    if info.file_size > limits.max_xml_bytes:
        raise SubeiError("file.too_big_unpacked", limit_mb=limits.max_xml_bytes // 2**20)
    rows = used = 0
    tail = b""
    with book.open(info) as fh:
        while chunk := fh.read(CHUNK):
            used += len(chunk)
            if used > limits.max_xml_bytes:
                raise SubeiError("file.too_big_unpacked", limit_mb=limits.max_xml_bytes // 2**20)
            rows += (tail + chunk).count(b"<row") - tail.count(b"<row")
            tail = chunk[-3:]
            if rows > limits.max_rows + 1:  # +1: the header row
                raise SubeiError("file.too_many_rows", limit=limits.max_rows)


def read_xlsx_rows(path: Path, limits: SheetLimits = LIMITS) -> Iterator[XlsxRow]:
    """Yield the first sheet's rows in order, within the limits."""
    if path.stat().st_size > limits.max_file_bytes:
        raise SubeiError("file.too_big", limit_mb=limits.max_file_bytes // 2**20)
    try:
        book = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise SubeiError("file.not_xlsx") from None
    with book:
        budget = _Budget(limits)
        try:
            sheet = _first_sheet(book, budget)
            _count_rows(book, sheet, limits)
            yield from _rows(book, sheet, _shared_strings(book, budget), budget)
        except (zipfile.BadZipFile, KeyError, EOFError, NotImplementedError, zlib.error):
            raise SubeiError("file.not_xlsx") from None
