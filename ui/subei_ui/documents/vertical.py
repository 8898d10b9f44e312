"""Traditional Mongolian on paper: columns top to bottom, placed left to right, Han upright."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont

from .sheet import INK, ScaledMetrics, Sheet

BREAKS = (" ", "\u3000")  # NNBSP (U+202F) and WORD JOINER never break a word


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
    """A rotated run (Mongolian, Latin, digits) or one upright Han character, in millimetres."""

    text: str
    upright: bool
    length: float
    label: bool = False  # drawn in the label colour


@dataclass(frozen=True)
class Columns:
    """Text laid out in columns of at most `limit` millimetres."""

    columns: list[list[Run]]
    column_width: float
    limit: float

    @property
    def width(self) -> float:
        """Return the width all columns take side by side."""
        return len(self.columns) * self.column_width

    @property
    def length(self) -> float:
        """Return the length of the longest column."""
        return max((sum(r.length for r in c) for c in self.columns), default=0.0)


def words_of(text: str, fm: ScaledMetrics, em: float) -> list[list[Run]]:
    """Split text into words, each a list of measured runs."""
    words: list[list[Run]] = []
    for word in _split(text):
        runs: list[Run] = []
        pending = ""
        for ch in word:
            if is_upright(ch):
                if pending:
                    runs.append(Run(pending, False, fm.horizontalAdvance(pending)))
                    pending = ""
                runs.append(Run(ch, True, em * 1.05))  # an em cell and a hair of air
            elif unicodedata.category(ch) != "Cc":
                pending += ch
        if pending:
            runs.append(Run(pending, False, fm.horizontalAdvance(pending)))
        words.append(runs)
    return words


def _split(text: str) -> list[str]:
    words, current = [], ""
    for ch in text:
        if ch in BREAKS:
            if current:
                words.append(current)
            current = ""
        else:
            current += ch
    if current:
        words.append(current)
    return words


def em_of(font: QFont) -> float:
    """Return the font's em in millimetres."""
    return font.pointSizeF() * 25.4 / 72


def layout(sheet: Sheet, text: str, font: QFont, limit: float, label: str = "") -> Columns:
    """Fill columns of at most limit mm greedily; a word longer than that gets its own column.

    A label, if given, starts the first column and is marked for the label colour.
    """
    fm = sheet.metrics(font)
    assert isinstance(fm, ScaledMetrics)
    space = fm.horizontalAdvance(" ")
    em = em_of(font)
    marked = [[replace(r, label=True) for r in word] for word in words_of(label, fm, em)]
    columns: list[list[Run]] = []
    for index, paragraph in enumerate(text.split("\n")):  # a line break starts a new column
        words = words_of(paragraph, fm, em)
        columns += _fill((marked if index == 0 else []) + words, space, limit)
    return Columns(columns, fm.height(), limit)


def _fill(words: list[list[Run]], space: float, limit: float) -> list[list[Run]]:
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


def fit(
    sheet: Sheet, text: str, font: QFont, width: float, shortest: float, longest: float
) -> Columns:
    """Return the shortest column length (>= shortest) whose columns fit in width, or longest."""
    best = layout(sheet, text, font, longest)
    if best.width > width:
        return best  # does not fit at all: the caller splits the text
    low, high = shortest, longest
    while high - low > 1.0:
        middle = (low + high) / 2
        trial = layout(sheet, text, font, middle)
        if trial.width <= width:
            best, high = trial, middle
        else:
            low = middle
    if shortest == longest or layout(sheet, text, font, shortest).width <= width:
        return layout(sheet, text, font, shortest)
    return best


def draw(
    sheet: Sheet, laid: Columns, x: float, y: float, font: QFont, color: QColor = INK,
    label_color: QColor = INK,
) -> None:  # fmt: skip
    """Draw laid-out columns with their top-left corner at (x, y) mm, first column leftmost."""
    painter = sheet.painter
    painter.setFont(font)
    fm = sheet.metrics(font)
    for index, column in enumerate(laid.columns):
        left = x + index * laid.column_width  # columns run left to right: placed one by one
        top = y
        for run in column:
            painter.setPen(label_color if run.label else color)
            if run.upright:
                advance = fm.horizontalAdvance(run.text)
                # CJK glyphs sit in an em box whose centre is 0.38 em above the baseline.
                base = QPointF(sheet.px(left + (laid.column_width - advance) / 2),
                               sheet.px(top + run.length / 2 + 0.38 * em_of(font)))  # fmt: skip
                painter.drawText(base, run.text)
            elif run.text.strip():
                painter.save()
                # Rotated 90° clockwise the glyph tops face right; the baseline sits `descent`
                # in from the column's left edge so the run fills the column's width.
                painter.translate(sheet.px(left), sheet.px(top))
                painter.rotate(90)
                painter.drawText(QPointF(0, -sheet.px(fm.descent())), run.text)
                painter.restore()
            top += run.length


def fit_items(
    sheet: Sheet, items: list[tuple[str, str]], font: QFont, width: float, longest: float
) -> tuple[list[Columns], float]:
    """Lay out (label, value) items, each starting a new column, in the shortest columns that fit.

    Returns the laid-out items and the column length used (-1 when even longest is too short).
    """

    def attempt(limit: float) -> list[Columns]:
        return [layout(sheet, value, font, limit, label) for label, value in items]

    def span(laid: list[Columns]) -> float:
        return sum(c.width for c in laid)

    best, low, high = attempt(longest), 10.0, longest
    while high - low > 1.0:
        middle = (low + high) / 2
        trial = attempt(middle)
        if span(trial) <= width:
            best, high = trial, middle
        else:
            low = middle
    if span(best) > width:
        return best, -1.0  # does not fit at this length: the caller starts a new page
    return best, max((c.length for c in best), default=0.0)


def draw_items(
    sheet: Sheet, laid: list[Columns], x: float, y: float, font: QFont,
    label_color: QColor, color: QColor = INK,
) -> float:  # fmt: skip
    """Draw laid-out items left to right from (x, y); return the width used."""
    left = x
    for columns in laid:
        draw(sheet, columns, left, y, font, color, label_color)
        left += columns.width
    return left - x
