"""The PDFs' invisible text layer: the stored Mongolian, under the shaped glyphs people see.

Qt's PDF writer maps each glyph back to one character (ToUnicode). Shaped Mongolian glyphs
(positional forms, ligatures that serve both ᠣ and ᠤ) have none, so the visible text cannot
be searched, copied or read aloud. Every rotated Mongolian run is therefore drawn a second
time, at the same place and length, in SubeiTextLayer.ttf: one outline-less glyph per
character and no shaping, so the layer maps back to exactly what was stored and prints as
nothing (scripts/build_text_layer_font.py builds the font).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QPainter

from ..typefaces import FONT_DIR
from ..vertical_text import Run

LAYER_FILE = FONT_DIR / "SubeiTextLayer.ttf"
LAYER_FAMILY = "Subei Text Layer"
# What the layer font covers: the Mongolian block and the joiners/spaces of Mongolian
# spelling. Other characters of a run (digits, Latin) are extractable from the visible text.
_COVERED = frozenset(
    [chr(c) for c in range(0x1800, 0x18AB)] + ["\u200c", "\u200d", "\u202f", "\u2060"]
)
_registered: list[bool] = []


def layer_font(points: float) -> QFont | None:
    """Return the text-layer font at a size, or None when the font file is missing."""
    if not _registered:
        _registered.append(QFontDatabase.addApplicationFont(str(LAYER_FILE)) >= 0)
    if not _registered[0]:
        return None
    font = QFont(LAYER_FAMILY)
    font.setPointSizeF(points)
    # Never borrow a glyph from another font: a borrowed glyph would be visible.
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    return font


def layer_text(text: str) -> str:
    """Return the part of a run the layer carries (its Mongolian letters and controls)."""
    return "".join(ch for ch in text if ch in _COVERED)


def draw_columns(
    painter: QPainter, columns: list[list[Run]], column_width: float, x: float, y: float,
    points: float, descent: float, scale: float,
) -> None:  # fmt: skip
    """Draw the layer of laid-out columns (same geometry as vertical_text.draw_columns)."""
    font = layer_font(points)
    if font is None:
        return
    painter.save()
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    for index, column in enumerate(columns):
        left = x + index * column_width
        top = y
        for run in column:
            text = "" if run.upright else layer_text(run.text)
            natural = metrics.horizontalAdvance(text) if text else 0.0
            if natural > 0 and run.length > 0:
                painter.save()
                painter.translate(left * scale, top * scale)
                painter.rotate(90)
                # Stretched to the visible run, so extraction sees one word where it is.
                painter.scale(run.length * scale / natural, 1.0)
                painter.drawText(QPointF(0, -descent * scale), text)
                painter.restore()
            top += run.length
    painter.restore()
