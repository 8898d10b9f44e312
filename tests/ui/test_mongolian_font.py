"""Guard: the bundled Mongolian font shapes a fixed word list exactly as recorded.

A font upgrade (2.001 vs 3.002 differ in FVS and NNBSP forms) must be a deliberate change:
re-record with SUBEI_RECORD_GLYPHS=1 and review the new forms before committing them.
"""

import json
import os
from pathlib import Path

import pytest
from font_shaping import WORDS, shape

EXPECTED = Path(__file__).parent / "data" / "mongolian_glyphs.json"


def test_bundled_font_shapes_words_as_recorded(qapp) -> None:
    shaped = {word: shape(word) for word in WORDS}
    if os.environ.get("SUBEI_RECORD_GLYPHS"):
        EXPECTED.write_text(json.dumps(shaped, ensure_ascii=False, indent=1), encoding="utf-8")
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    for word in WORDS:
        assert shaped[word] == expected[word], f"forms changed for {word.encode('unicode_escape')}"


def test_every_mongolian_glyph_comes_from_the_bundled_font(qapp) -> None:
    for word in WORDS:
        families = {g.split(":")[0] for g in shape(word)}
        assert families == {"Noto Sans Mongolian"}, (word, families)


@pytest.mark.parametrize("word", ["ᠭ\u180bᠠ", "ᠬᠠᠭ\u180eᠠ"])
def test_controls_change_the_forms(qapp, word: str) -> None:
    plain = word.replace("\u180b", "").replace("\u180e", "")
    assert shape(word) != shape(plain)
