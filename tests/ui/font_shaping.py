"""Shape Mongolian words with the bundled font and return glyph ids (used by the font guard)."""

from PySide6.QtGui import QRawFont, QTextLayout
from subei_ui.typefaces import load_fonts, mongolian_font

# Words whose forms depend on FVS, MVS and NNBSP: what a font upgrade is most likely to change.
WORDS = [
    "ᠮᠣᠩᠭᠣᠯ",
    "ᠮᠣᠩᠭᠣᠯ\u202fᠤᠨ",
    "ᠬᠠᠭ\u180eᠠ",
    "ᠭ\u180bᠠ",
    "ᠣᠶᠤᠨᠪᠢᠯᠢᠭ\u180c",
    "ᠪᠠᠲᠤᠪᠢᠯᠢᠭ\u180c",
    "ᠪᠠᠭᠠᠲᠤᠷ",
    "ᠮᠥᠩᠬᠡ",
    "ᠰᠦᠪᠧᠢ",
    "ᠲᠠᠯ᠎ᠠ",
    "ᠨᠣᠮ\u202fᠢ",
    "ᠠᠷᠠᠳ\u202fᠤᠨ",
]


def shape(word: str) -> list[str]:
    """Return the glyph names (or ids) the bundled font draws for a word."""
    load_fonts()
    layout = QTextLayout(word, mongolian_font(20))
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    glyphs: list[str] = []
    for run in layout.glyphRuns():
        raw: QRawFont = run.rawFont()
        glyphs.extend(f"{raw.familyName()}:{g}" for g in run.glyphIndexes())
    return glyphs
