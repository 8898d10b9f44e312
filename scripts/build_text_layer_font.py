"""Build ui/subei_ui/fonts/SubeiTextLayer.ttf: the font of the PDFs' invisible text layer.

Usage: .venv/bin/python scripts/build_text_layer_font.py

Qt's PDF writer maps each embedded glyph back to one code point (ToUnicode). A shaped
Mongolian glyph (an initial, medial or final form, or a ligature such as ᠪᠣ that serves both
ᠣ and ᠤ) has no such code point, so the printed Mongolian could not be searched or copied.
The documents therefore draw every Mongolian run a second time in this font: one empty glyph
per character, no shaping tables, so every glyph maps back to exactly the character stored.
The glyphs have no outlines, which is what keeps the layer invisible on paper and screen.
"""

from __future__ import annotations

from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen

OUT = Path(__file__).resolve().parent.parent / "ui/subei_ui/fonts/SubeiTextLayer.ttf"
UNITS = 1000
# The Mongolian block and the format characters Mongolian spelling uses (NNBSP, ZWJ, ZWNJ,
# WORD JOINER). Everything else in a Mongolian run (digits, Latin) already comes out of the
# visible text correctly.
CODE_POINTS = [*range(0x1800, 0x18AB), 0x200C, 0x200D, 0x202F, 0x2060]


def main() -> None:
    names = [".notdef", *(f"uni{cp:04X}" for cp in CODE_POINTS)]
    fb = FontBuilder(UNITS, isTTF=True)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({cp: f"uni{cp:04X}" for cp in CODE_POINTS})
    empty = TTGlyphPen(None).glyph()
    fb.setupGlyf({name: empty for name in names})
    fb.setupHorizontalMetrics({name: (UNITS // 2, 0) for name in names})
    fb.setupHorizontalHeader(ascent=800, descent=-200)
    fb.setupNameTable(
        {"familyName": "Subei Text Layer", "styleName": "Regular", "psName": "SubeiTextLayer"}
    )
    fb.setupOS2(sTypoAscender=800, sTypoDescender=-200, usWinAscent=800, usWinDescent=200)
    fb.setupPost()
    fb.save(str(OUT))
    print(f"{OUT}: {len(names)} glyphs, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
