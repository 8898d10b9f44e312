"""The translation check's Mongolian rules: NNBSP before case suffixes, harmony, case forms."""

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location(
    "check_translations_suffixes", REPO / "scripts" / "check_translations.py"
)
check_translations = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
spec.loader.exec_module(check_translations)  # type: ignore[union-attr]
NNBSP = "\u202f"


def problems(text: str) -> list[str]:
    return check_translations.message_problems("x", text)


def test_the_errors_found_in_review_are_caught() -> None:
    assert any("ᠲᠦ" in p for p in problems("ᠬᠡᠷᠡᠭ" + NNBSP + "ᠳᠤ"))  # dative after g is -tU
    found = problems("ᠡᠵᠡᠨ ᠲᠠᠢ")  # plain space, and a front stem takes ᠲᠡᠢ
    assert any("plain space" in p for p in found) and any("ᠲᠡᠢ" in p for p in found)
    assert any("plain space" in p for p in problems("ᠰᠢᠶᠠᠨ ᠤ"))
    assert any("ᠠᠴᠠ" in p for p in problems("ᠰᠢᠶᠠᠨ" + NNBSP + "ᠡᠴᠡ"))
    assert any("Cyrillic" in p for p in problems("Баатар"))


def test_correct_suffixes_pass() -> None:
    for text in ("ᠰᠢᠶᠠᠨ" + NNBSP + "ᠤ", "ᠡᠵᠡᠨ" + NNBSP + "ᠲᠡᠢ", "ᠭᠡᠷ" + NNBSP + "ᠲᠦ",
                 "ᠠᠷᠠᠳ" + NNBSP + "ᠤᠨ", "ᠪᠠᠲᠤ" + NNBSP + "ᠶᠢᠨ", "ᠨᠡᠷ\u180eᠡ" + NNBSP + "ᠲᠡᠢ",
                 "ᠥᠷᠬᠡ ᠪᠠ"):  # fmt: skip
        assert problems(text) == [], text


def test_seeds_and_translations_spell_household_alike() -> None:
    # The seeds wrote ᠥᠷᠬᠥ where the UI says ᠥᠷᠬᠡ, and the two never found each other.
    seeds = "".join(p.read_text(encoding="utf-8") for p in (REPO / "seeds").rglob("*.json"))
    ts = (REPO / "i18n" / "subei_mn_Mong_CN.ts").read_text(encoding="utf-8")
    assert "ᠥᠷᠬᠥ" not in seeds and "ᠥᠷᠬᠥ" not in ts and "ᠥᠷᠬᠡ" in seeds
