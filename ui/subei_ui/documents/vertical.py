"""Traditional Mongolian on paper: columns top to bottom, placed left to right, Han upright."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtGui import QColor, QFont

from ..vertical_text import Run, column_length, draw_columns, fill_columns, runs_of, split_words
from . import text_layer
from .sheet import INK, ScaledMetrics, Sheet


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
        return max((column_length(c) for c in self.columns), default=0.0)


def words_of(text: str, fm: ScaledMetrics, em: float) -> list[list[Run]]:
    """Split text into words, each a list of measured runs (a Han cell is an em and a hair)."""
    return [runs_of(word, fm, em * 1.05) for word in split_words(text)]


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
        columns += fill_columns((marked if index == 0 else []) + words, space, limit)
    return Columns(columns, fm.height(), limit)


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
    sheet.painter.setFont(font)
    drop = 0.38 * em_of(font)  # CJK glyphs sit in an em box whose centre is 0.38 em up
    draw_columns(sheet.painter, laid.columns, laid.column_width, x, y, sheet.metrics(font),
                 lambda run: run.length / 2 + drop, sheet.scale,
                 lambda run: label_color if run.label else color)  # fmt: skip
    text_layer.draw_columns(sheet.painter, laid.columns, laid.column_width, x, y,
                            font.pointSizeF(), sheet.metrics(font).descent(), sheet.scale)  # fmt: skip


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
