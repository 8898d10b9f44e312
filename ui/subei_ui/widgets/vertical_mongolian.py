"""A label that shows traditional Mongolian as it is written: top to bottom, columns left to right."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..typefaces import mongolian_font
from ..vertical_text import (
    Run,
    column_length,
    draw_columns,
    fill_columns,
    is_upright,
    runs_of,
    split_words,
)

__all__ = ["Run", "VerticalMongolianLabel", "is_upright", "split_words"]  # layout: vertical_text


class VerticalMongolianLabel(QWidget):
    """Draws text vertically with the bundled Mongolian font; Han characters stay upright."""

    def __init__(self, text: str = "", point_size: float = 16.0, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFont(mongolian_font(point_size))
        self.max_column_length = 260.0
        self._text = ""
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def text(self) -> str:
        """Return the shown text."""
        return self._text

    def setText(self, text: str) -> None:
        """Show new text and resize to fit."""
        self._text = text
        self.setAccessibleName(text)
        self.setToolTip(text)
        self.updateGeometry()
        self.update()

    def columns(self, limit: float | None = None) -> list[list[Run]]:
        """Return the laid-out columns for a column length (default: the widget's maximum)."""
        fm = QFontMetricsF(self.font())
        words = [runs_of(w, fm) for w in split_words(self._text)]
        return fill_columns(words, fm.horizontalAdvance(" "), limit or self.max_column_length)

    def sizeHint(self) -> QSize:
        """Return the size of all columns; one column per max_column_length of text."""
        fm = QFontMetricsF(self.font())
        cols = self.columns()
        longest = max((column_length(c) for c in cols), default=0.0)
        return QSize(int(max(1, len(cols)) * fm.height()) + 4, int(longest) + 4)

    def minimumSizeHint(self) -> QSize:
        """Return the same as sizeHint: vertical text cannot shrink without clipping."""
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint each column left to right, rotated runs and upright Han."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self.font())
        painter.setPen(self.palette().windowText().color())
        fm = QFontMetricsF(self.font())
        limit = max(self.max_column_length, float(self.height() - 4))
        columns = self.columns(min(limit, self.max_column_length))
        draw_columns(painter, columns, fm.height(), 2.0, 2.0, fm, lambda _run: fm.ascent())
        painter.end()

    def alignment(self) -> Qt.AlignmentFlag:
        """Return the alignment (always top-left: vertical text starts at the top)."""
        return Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
