"""Traditional Mongolian laid out as written: top to bottom, columns left to right, Han upright.

The one implementation behind the vertical label widget (pixels) and the printed documents
(millimetres): text is split into words, words into runs by script (rotated Mongolian, Latin and
digits; upright Han one character at a time), runs are filled greedily into columns and drawn
column by column from the left.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainter

WORD_BREAKS = (" ", "\u3000", "\n")  # NNBSP (U+202F) and WORD JOINER never break a word


class Metrics(Protocol):
    """What layout needs of font metrics (QFontMetricsF, or the documents' millimetre metrics)."""

    def horizontalAdvance(self, text: str) -> float: ...

    def descent(self) -> float: ...


def is_upright(ch: str) -> bool:
    """Tell whether a character stays upright in a vertical column (Han, CJK punctuation)."""
    cp = ord(ch)
    return (
        0x3400 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0x3000 <= cp <= 0x303F
        or 0xFF00 <= cp <= 0xFFEF
        or 0x20000 <= cp <= 0x3FFFF
    )


@dataclass(frozen=True)
class Run:
    """A rotated run (Mongolian, Latin, digits) or one upright Han character, measured along
    the column in the caller's unit."""

    text: str
    upright: bool
    length: float
    label: bool = False  # drawn in the label colour


def split_words(text: str) -> list[str]:
    """Return the words between break opportunities; NNBSP and WORD JOINER never break."""
    words, current = [], ""
    for ch in text:
        if ch in WORD_BREAKS:
            if current:
                words.append(current)
            current = ""
        else:
            current += ch
    if current:
        words.append(current)
    return words


def runs_of(word: str, fm: Metrics, upright_length: float | None = None) -> list[Run]:
    """Split a word into rotated runs and upright characters, measured along the column.

    An upright character takes upright_length, or its own advance when that is None.
    """
    runs: list[Run] = []
    pending = ""
    for ch in word:
        if is_upright(ch):
            if pending:
                runs.append(Run(pending, False, fm.horizontalAdvance(pending)))
                pending = ""
            length = fm.horizontalAdvance(ch) if upright_length is None else upright_length
            runs.append(Run(ch, True, length))
        elif unicodedata.category(ch) != "Cc":
            pending += ch
    if pending:
        runs.append(Run(pending, False, fm.horizontalAdvance(pending)))
    return runs


def fill_columns(words: list[list[Run]], space: float, limit: float) -> list[list[Run]]:
    """Greedily fill columns no longer than limit; a too-long word gets a column of its own."""
    columns: list[list[Run]] = []
    current: list[Run] = []
    used = 0.0
    for word in words:
        size = sum(r.length for r in word)
        if current and used + space + size > limit:
            columns.append(current)
            current, used = [], 0.0
        if current:
            current.append(Run(" ", False, space))
            used += space
        current.extend(word)
        used += size
    if current:
        columns.append(current)
    return columns


def column_length(column: list[Run]) -> float:
    """Return how long a column is."""
    return sum(r.length for r in column)


def draw_columns(
    painter: QPainter,
    columns: list[list[Run]],
    column_width: float,
    x: float,
    y: float,
    fm: Metrics,
    upright_drop: Callable[[Run], float],
    scale: float = 1.0,
    pen: Callable[[Run], QColor] | None = None,
) -> None:
    """Draw columns with their top-left corner at (x, y), first column leftmost.

    Positions and metrics are in the layout's unit; scale turns them into painter pixels.
    An upright character is centred across the column, its baseline upright_drop(run) below
    the run's top. The painter's font is the one the runs were measured with; pen, if given,
    picks each run's colour.
    """
    for index, column in enumerate(columns):
        left = x + index * column_width  # columns run left to right: placed one by one
        top = y
        for run in column:
            if pen is not None:
                painter.setPen(pen(run))
            if run.upright:
                advance = fm.horizontalAdvance(run.text)
                base = QPointF((left + (column_width - advance) / 2) * scale,
                               (top + upright_drop(run)) * scale)  # fmt: skip
                painter.drawText(base, run.text)
            elif run.text.strip():
                painter.save()
                # Rotated 90° clockwise the glyph tops face right; the baseline sits `descent`
                # in from the column's left edge so the run fills the column's width.
                painter.translate(left * scale, top * scale)
                painter.rotate(90)
                painter.drawText(QPointF(0, -fm.descent() * scale), run.text)
                painter.restore()
            top += run.length
