"""Legacy Mongolian text: Menksoft shape codes converted to Unicode, other private use kept."""

from pathlib import Path

import pytest

from subei_mobile.legacy_text import (
    convert_legacy,
    convert_legacy_values,
    has_private_use,
    private_use_characters,
)
from subei_mobile.legacy_text.menksoft import menksoft_to_unicode
from subei_mobile.models import Person
from subei_mobile.search_keys import has_private_use as search_has_private_use

NNBSP, MVS, ZWJ = "\u202f", "\u180e", "\u200d"

# The test vectors of the CC0 mongol_code library (test/menkuni_*_test.dart at c3bbabd): each
# row is a Menksoft input and the Unicode it stands for. Two of the library's GB/T 25914-2023
# choices are restated in Unicode's (and this app's) convention: U+180E before a case suffix
# is NNBSP (MVS stays before a detached final a/e), and U+180A used as a joiner is ZWJ.
VECTORS = [
    line.split("\t")
    for line in (Path(__file__).parent / "data/menksoft_vectors.tsv")
    .read_text(encoding="utf-8")
    .splitlines()[1:]
]


def _text(hexes: str) -> str:
    return "".join(chr(int(h, 16)) for h in hexes.split())


@pytest.mark.parametrize(
    ("group", "name", "menksoft", "unicode"), VECTORS, ids=[v[1] for v in VECTORS]
)
def test_menksoft_vectors(group: str, name: str, menksoft: str, unicode: str) -> None:
    assert menksoft_to_unicode(_text(menksoft)) == _text(unicode)


def test_real_words_and_suffix_spacing() -> None:
    # ᠪᠢᠴᠢᠭ (bichig), as the Menksoft IME stores it
    assert menksoft_to_unicode("\ue2c1\ue27f\ue317\ue27e\ue2e8") == "ᠪᠢᠴᠢᠭ"
    # ᠡᠭᠡᠰᠢᠭ + NNBSP + ᠢᠨᠦ: the suffix gap becomes NNBSP, not MVS
    got = menksoft_to_unicode("\ue271\ue2eb\ue277\ue301\ue27e\ue2e8\ue263\ue27a\ue2b9\ue2a3")
    assert got == "ᠡᠭᠡᠰᠢᠭ" + NNBSP + "ᠢᠨᠦ"
    # a detached final a keeps MVS
    assert menksoft_to_unicode("\ue263\ue26a") == MVS + "ᠠ"


def test_convert_legacy_reports_what_it_did() -> None:
    plain = convert_legacy("ᠪᠠᠲᠤ 巴图")
    assert (plain.text, plain.converted, plain.complete) == ("ᠪᠠᠲᠤ 巴图", False, True)
    mixed = convert_legacy("姓名: \ue2c1\ue27f\ue317\ue27e\ue2e8 (2024)")
    assert mixed.text == "姓名: ᠪᠢᠴᠢᠭ (2024)"
    assert mixed.encoding == "menksoft" and mixed.complete
    assert not has_private_use(mixed.text)


def test_other_private_use_is_kept_and_listed_never_dropped() -> None:
    for pua in ("\ue000", "\uf8ff", "\U000f0001", "\U0010fffd"):
        result = convert_legacy("ᠪᠠᠲᠤ" + pua)
        assert result.text == "ᠪᠠᠲᠤ" + pua
        assert result.unconverted == (pua,) and not result.complete and not result.converted
    assert private_use_characters("\ue000a\ue000\U000f0001") == ["\ue000", "\U000f0001"]


@pytest.mark.parametrize(
    "pua", ["\ue234", "\uf8ff", "\U000f0001", "\U000ffffd", "\U00100000", "\U0010fffd"]
)
def test_the_model_refuses_every_private_use_plane(pua: str) -> None:
    # The model used to check U+E000-F8FF only: U+F0001 got through the CLI.
    assert has_private_use(pua) and search_has_private_use(pua)
    with pytest.raises(ValueError, match=r"text\.private_use"):
        Person(household_id="h", relation="head", name_mn="ᠪᠠᠲᠤ" + pua)


def test_convert_legacy_values_for_an_import_row() -> None:
    row = {"name_zh": "巴图", "name_mn": "\ue2c1\ue27f\ue317\ue27e\ue2e8", "notes": "\ue000"}
    values, converted = convert_legacy_values(row)
    assert values == {"name_zh": "巴图", "name_mn": "ᠪᠢᠴᠢᠭ", "notes": "\ue000"}
    assert converted == ["name_mn"]  # the unknown private use stays, for validation to refuse
