"""Stream the first sheet of an XLSX file within fixed bounds (see limits.py).

openpyxl trusts the file: it pads every row to the `<dimension>` the file declares (A1:XFD1048576
hangs it), holds whole cells in memory however large, and inflates any zip member. This reader
decompresses each part in chunks through expat, counting what it inflates, ignores
`<dimension>`, drops cell text past the cell limit (the row is reported, not the process
killed), and refuses DTDs, so no entity tricks reach the parser. Cached values of formula cells
are read as text; formulas themselves are never evaluated.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.parsers import expat

from ..errors import SubeiError
from .limits import LIMITS, SheetLimits

NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
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


def _parser(start: Callable[..., None], end: Callable[[str], None],
            text: Callable[[str], None]) -> expat.XMLParserType:  # fmt: skip
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.buffer_size = CHUNK
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text

    def no_dtd(*_: object) -> None:
        raise SubeiError("file.xlsx_dtd")

    parser.StartDoctypeDeclHandler = no_dtd
    parser.EntityDeclHandler = no_dtd
    return parser


def _parse_part(book: zipfile.ZipFile, name: str, parser: expat.XMLParserType, budget: _Budget,
                part_limit: int | None = None) -> Iterator[None]:  # fmt: skip
    """Inflate one part in chunks into the parser, yielding after each chunk.

    Both the size the zip declares and the bytes really inflated are checked, so a member whose
    header lies about its size is cut off at the same bound.
    """
    info = book.getinfo(name)
    limits = budget.limits
    bound = min(limits.max_xml_bytes, max(info.compress_size, 1) * limits.max_ratio + CHUNK)
    if part_limit is not None:
        bound = min(bound, part_limit)
    too_big = SubeiError("file.too_big_unpacked", limit_mb=limits.max_xml_bytes // 2**20)
    if info.file_size > bound:
        raise too_big
    used = 0
    try:
        with book.open(info) as fh:  # zipfile also checks the CRC at the end
            while chunk := fh.read(CHUNK):
                budget.take(len(chunk))
                used += len(chunk)
                if used > bound:
                    raise too_big
                parser.Parse(chunk, False)
                yield
            parser.Parse(b"", True)
    except expat.ExpatError:
        raise SubeiError("file.not_xlsx") from None
    yield


def _feed(book: zipfile.ZipFile, name: str, parser: expat.XMLParserType, budget: _Budget,
          part_limit: int | None = None) -> None:  # fmt: skip
    for _ in _parse_part(book, name, parser, budget, part_limit):
        pass


def _first_sheet(book: zipfile.ZipFile, budget: _Budget) -> str:
    """Return the zip path of the workbook's first sheet."""
    sheet_rid: list[str] = []
    targets: dict[str, str] = {}

    def wb_start(tag: str, attrs: dict[str, str]) -> None:
        if tag == f"{NS_MAIN} sheet" and not sheet_rid:
            sheet_rid.append(attrs.get(f"{NS_REL} id", ""))

    def rel_start(tag: str, attrs: dict[str, str]) -> None:
        if tag == f"{NS_PKG_REL} Relationship":
            targets[attrs.get("Id", "")] = attrs.get("Target", "")

    names = set(book.namelist())
    for part, handler in (("xl/workbook.xml", wb_start), ("xl/_rels/workbook.xml.rels", rel_start)):
        if part in names:
            _feed(book, part, _parser(handler, lambda _t: None, lambda _d: None), budget)
    target = targets.get(sheet_rid[0], "") if sheet_rid else ""
    if target:
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
            posixpath.join("xl", target))  # fmt: skip
        if path in names:
            return path
    fallback = "xl/worksheets/sheet1.xml"
    if fallback in names:
        return fallback
    raise SubeiError("file.not_xlsx")


def _shared_strings(book: zipfile.ZipFile, budget: _Budget) -> list[str]:
    """Return the shared-string table; strings past the cell limit are cut and marked."""
    name = "xl/sharedStrings.xml"
    if name not in book.namelist():
        return []
    limit = budget.limits.max_cell_chars
    strings: list[str] = []
    parts: list[str] = []
    state = {"in_t": False, "in_rph": False, "size": 0, "long": False}

    def start(tag: str, _attrs: dict[str, str]) -> None:
        local = tag.rpartition(" ")[2]
        if local == "si":
            parts.clear()
            state.update(size=0, long=False)
        elif local == "t":
            state["in_t"] = True
        elif local == "rPh":  # phonetic guide (WPS and Excel on Chinese/Japanese systems)
            state["in_rph"] = True

    def end(tag: str) -> None:
        local = tag.rpartition(" ")[2]
        if local == "si":
            # A cut string keeps one character past the limit so the row sees it as too long.
            strings.append("".join(parts))
        elif local == "t":
            state["in_t"] = False
        elif local == "rPh":
            state["in_rph"] = False

    def text(data: str) -> None:
        if state["in_t"] and not state["in_rph"]:
            room = limit + 1 - int(state["size"])
            if room > 0:
                parts.append(data[:room])
                state["size"] = int(state["size"]) + min(len(data), room)

    _feed(book, name, _parser(start, end, text), budget,
          part_limit=budget.limits.max_shared_strings_bytes)  # fmt: skip
    return strings


class _SheetReader:
    """expat handlers that collect finished rows of a worksheet."""

    def __init__(self, strings: list[str], limits: SheetLimits) -> None:
        self.strings = strings
        self.limits = limits
        self.done: list[XlsxRow] = []
        self.row: XlsxRow | None = None
        self.last_row = 0
        self.col = -1
        self.kind = ""
        self.buf: list[str] = []
        self.buf_size = 0
        self.collect = False
        self.rows_seen = 0

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        local = tag.rpartition(" ")[2]
        if local == "row":
            number = int(attrs["r"]) if attrs.get("r", "").isdigit() else self.last_row + 1
            self.last_row = number
            self.rows_seen += 1
            if self.rows_seen > self.limits.max_rows + 1:  # +1: the header row
                raise SubeiError("file.too_many_rows", limit=self.limits.max_rows)
            self.row = XlsxRow(number, [])
            self.col = -1
        elif local == "c" and self.row is not None:
            ref = _REF.fullmatch(attrs.get("r", ""))
            self.col = _column_index(ref[1]) if ref else self.col + 1
            self.kind = attrs.get("t", "n")
            self.buf, self.buf_size = [], 0
        elif local in ("v", "t") and self.row is not None:
            self.collect = True  # <t> only occurs inside <is> for inline strings here

    def text(self, data: str) -> None:
        if self.collect:
            room = self.limits.max_cell_chars + 1 - self.buf_size
            if room > 0:
                self.buf.append(data[:room])
                self.buf_size += min(len(data), room)

    def end(self, tag: str) -> None:
        local = tag.rpartition(" ")[2]
        if local in ("v", "t"):
            self.collect = False
        elif local == "c" and self.row is not None:
            value = self._value("".join(self.buf))
            if value:
                if self.col >= self.limits.max_columns:
                    raise SubeiError("file.too_many_columns", limit=self.limits.max_columns)
                cells = self.row.cells
                cells.extend([""] * (self.col + 1 - len(cells)))
                if len(value) > self.limits.max_cell_chars:
                    self.row.too_long.append(self.col)
                    value = ""
                cells[self.col] = value
        elif local == "row" and self.row is not None:
            self.done.append(self.row)
            self.row = None

    def _value(self, raw: str) -> str:
        if self.kind == "s":
            try:
                return self.strings[int(raw)]
            except (ValueError, IndexError):
                raise SubeiError("file.not_xlsx") from None
        if self.kind == "b":
            return "TRUE" if raw == "1" else "FALSE" if raw == "0" else raw
        if self.kind == "n" and raw.endswith(".0"):
            return raw[:-2]
        return raw


def read_xlsx_rows(path: Path, limits: SheetLimits = LIMITS) -> Iterator[XlsxRow]:
    """Yield the first sheet's non-empty rows in order, within the limits."""
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
            reader = _SheetReader(_shared_strings(book, budget), limits)
            parser = _parser(reader.start, reader.end, reader.text)
            for _ in _parse_part(book, sheet, parser, budget):
                rows, reader.done = reader.done, []
                yield from rows
        except (zipfile.BadZipFile, KeyError, EOFError, NotImplementedError):
            raise SubeiError("file.not_xlsx") from None
