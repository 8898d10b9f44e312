"""How much of a spreadsheet the importer will read: enough for a county's register, no more.

A hostile or broken file (a zip bomb, a billion-cell dimension, a 1 GB cell) is refused as soon
as it crosses one of these, so an import stays within a few seconds and a bounded amount of
memory whatever it is given (figures in bench/README.md).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SheetLimits:
    """Bounds on one imported file."""

    max_rows: int = 50_000  # Subei county has about 5,000 households; a register is far smaller
    max_columns: int = 200
    max_cell_chars: int = 32_767  # Excel's own limit for one cell
    # Text in memory is what costs: a register of 15,000 people is about 1 MB of CSV and 10 MB
    # of sheet XML; these leave room for ten times that and keep a full file under 200 MB RSS.
    max_file_bytes: int = 16 * 1024 * 1024  # the file on disk (CSV or XLSX)
    max_xml_bytes: int = 32 * 1024 * 1024  # all XLSX parts read, decompressed
    max_shared_strings_bytes: int = 16 * 1024 * 1024  # held in memory while the sheet is read


LIMITS = SheetLimits()
