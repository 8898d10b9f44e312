"""Read a CSV file in the encoding it was really saved in.

Excel on Chinese Windows saves "CSV" in GBK (code page 936), Notepad and WPS may add a UTF-8
BOM, "Unicode text" is UTF-16 with a BOM. Accepted: UTF-8 (with or without BOM), GB18030 and
its subset GBK, UTF-16 with BOM. Anything else is refused with what it looks like, instead of
being read as mojibake.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from pathlib import Path

from ..errors import SubeiError
from .limits import LIMITS, SheetLimits

# A cell past max_cell_chars is a row error, not a csv module exception: let csv read it whole
# (the file size bounds it) so the row can be numbered and skipped.
csv.field_size_limit(LIMITS.max_file_bytes)
FORMULA_QUOTE = "'"  # what export puts before =, +, -, @ (see sheets.safe_csv_cell)


def decode_csv(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) for a CSV file's bytes, or raise file.unknown_encoding."""
    for bom, name, codec in (
        (codecs.BOM_UTF8, "UTF-8 (BOM)", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "UTF-16", "utf-16"),
        (codecs.BOM_UTF16_BE, "UTF-16", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec), name
            except UnicodeDecodeError as exc:
                raise SubeiError("file.bad_bytes", encoding=name, byte=exc.start) from None
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    if b"\0" in data[:4096]:
        raise SubeiError("file.unknown_encoding", guess="UTF-16 without BOM")
    if not _reads_as_gb18030(data):
        raise SubeiError("file.unknown_encoding", guess=_guess(data) or "?")
    try:
        return data.decode("gbk"), "GBK"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "GB18030"
    except UnicodeDecodeError as exc:
        raise SubeiError("file.bad_bytes", encoding="GB18030", byte=exc.start) from None


SAMPLE = 200_000


def _reads_as_gb18030(data: bytes) -> bool:
    """Ask charset-normalizer whether the bytes read as sensible GB18030 text.

    Most byte soup decodes as GB18030 somehow (a cp1252 "é" plus the next letter is a valid
    GBK pair), so decoding without error proves little; the detector's mess check does.
    """
    from charset_normalizer import from_bytes

    sample = data if len(data) <= SAMPLE else data[:SAMPLE].rpartition(b"\n")[0]
    return from_bytes(sample, cp_isolation=["gb18030"]).best() is not None


def _guess(data: bytes) -> str:
    """Return what else the bytes look like, to name in the message."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:SAMPLE]).best()
    return best.encoding if best else ""


def read_csv_cells(
    path: Path, limits: SheetLimits = LIMITS
) -> tuple[str, Iterator[tuple[int, list[str]]]]:
    """Return the encoding read and the (line, cells) of every record."""
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise SubeiError("file.too_big", limit_mb=limits.max_file_bytes // 2**20)
    text, encoding = decode_csv(path.read_bytes())

    first = text.split("\n", 1)[0]
    # Excel's "Unicode text" and some registry exports are tab-separated.
    delimiter = "\t" if "\t" in first and "," not in first else ","

    def cells() -> Iterator[tuple[int, list[str]]]:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        line = 1
        try:
            for record in reader:
                yield line, record  # the line a record starts on, as editors number it
                line = reader.line_num + 1
        except csv.Error:
            raise SubeiError("file.bad_csv", line=line) from None

    return encoding, cells()
