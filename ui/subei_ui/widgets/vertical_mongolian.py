"""A label that shows traditional Mongolian as it is written: top to bottom, columns left to right."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..typefaces import mongolian_font

WORD_BREAKS = (" ", "\u3000", "\n")


def is_upright(ch: str) -> bool:
    """Tell whether a character stays upright in vertical text (Han and CJK punctuation)."""
    cp = ord(ch)
    return (
        0x3400 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0x3000 <= cp <= 0x303F
        or 0xFF00 <= cp <= 0xFFEF
        or 0x20000 <= cp <= 0x3FFFF
    )


@dataclass
class Segment:
    """A piece of a word: a rotated run (Mongolian, Latin, digits) or one upright Han char."""

    text: str
    upright: bool
    length: float  # along the column


def segments_of(word: str, fm: QFontMetricsF) -> list[Segment]:
    """Split a word into rotated runs and upright characters, measured along the column."""
    out: list[Segment] = []
    run = ""
    for ch in word:
        if is_upright(ch):
            if run:
                out.append(Segment(run, False, fm.horizontalAdvance(run)))
                run = ""
            out.append(Segment(ch, True, fm.horizontalAdvance(ch)))
        elif unicodedata.category(ch) != "Cc":
            run += ch
    if run:
        out.append(Segment(run, False, fm.horizontalAdvance(run)))
    return out


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


def fill_columns(words: list[list[Segment]], space: float, limit: float) -> list[list[Segment]]:
    """Greedily fill columns no longer than limit; a too-long word gets a column of its own."""
    columns: list[list[Segment]] = []
    current: list[Segment] = []
    used = 0.0
    for word in words:
        size = sum(s.length for s in word)
        if current and used + space + size > limit:
            columns.append(current)
            current, used = [], 0.0
        if current:
            current.append(Segment(" ", False, space))
            used += space
        current.extend(word)
        used += size
    if current:
        columns.append(current)
    return columns


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

    def columns(self, limit: float | None = None) -> list[list[Segment]]:
        """Return the laid-out columns for a column length (default: the widget's maximum)."""
        fm = QFontMetricsF(self.font())
        words = [segments_of(w, fm) for w in split_words(self._text)]
        return fill_columns(words, fm.horizontalAdvance(" "), limit or self.max_column_length)

    def sizeHint(self) -> QSize:
        """Return the size of all columns; one column per max_column_length of text."""
        fm = QFontMetricsF(self.font())
        cols = self.columns()
        longest = max((sum(s.length for s in c) for c in cols), default=0.0)
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
        width = fm.height()
        limit = max(self.max_column_length, float(self.height() - 4))
        for index, column in enumerate(self.columns(min(limit, self.max_column_length))):
            x = 2 + index * width  # columns run left to right: place each one ourselves
            y = 2.0
            for seg in column:
                if seg.upright:
                    painter.drawText(
                        QPointF(x + (width - seg.length) / 2, y + fm.ascent()), seg.text
                    )
                else:
                    painter.save()
                    # Rotated 90° clockwise, the glyph tops face right; -descent centres the run.
                    painter.translate(x, y)
                    painter.rotate(90)
                    painter.drawText(QPointF(0, -fm.descent()), seg.text)
                    painter.restore()
                y += seg.length
        painter.end()

    def alignment(self) -> Qt.AlignmentFlag:
        """Return the alignment (always top-left: vertical text starts at the top)."""
        return Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
