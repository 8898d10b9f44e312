"""Search keys: Mongolian variant folding, Latin matching, pinyin and suffix keys."""

import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from subei_mobile.search_keys import (
    NNBSP,
    has_private_use,
    is_mongolian,
    latin_from_mongolian,
    latin_match_key,
    latin_name_keys,
    latin_skeleton_key,
    mongolian_key,
    mongolian_words,
    normalize_query,
    pinyin_keys,
    query_tokens,
    zh_form,
    zh_suffixes,
)

FVS1, FVS2, FVS3, FVS4 = "\u180b", "\u180c", "\u180d", "\u180f"
MVS = "\u180e"
ZWJ, ZWNJ, NIRUGU, WJ = "\u200d", "\u200c", "\u180a", "\u2060"
CONTROLS = (FVS1, FVS2, FVS3, FVS4, MVS, ZWJ, ZWNJ, NIRUGU, WJ)

MONGGOL = "ᠮᠣᠩᠭᠣᠯ"  # mongγol, typed with o
MUNGGUL = "ᠮᠤᠩᠭᠤᠯ"  # the same word typed with u
BAGATUR = "ᠪᠠᠭᠠᠲᠤᠷ"


def test_literals_are_the_intended_code_points() -> None:
    # Guards against an editor or font silently changing the test words.
    assert MONGGOL == "\u182e\u1823\u1829\u182d\u1823\u182f"
    assert MUNGGUL == "\u182e\u1824\u1829\u182d\u1824\u182f"
    assert BAGATUR == "\u182a\u1820\u182d\u1820\u1832\u1824\u1837"


# --- mongolian_key ----------------------------------------------------------


def test_o_u_spellings_share_a_key() -> None:
    assert mongolian_key(MONGGOL) == mongolian_key(MUNGGUL) == MUNGGUL


def test_oe_ue_spellings_share_a_key() -> None:
    assert mongolian_key("ᠮᠥᠩᠬᠡ") == mongolian_key("ᠮᠦᠩᠬᠡ")  # möngke


@pytest.mark.parametrize("control", CONTROLS)
def test_invisible_controls_do_not_change_the_key(control: str) -> None:
    with_control = MONGGOL[:3] + control + MONGGOL[3:]
    assert with_control != MONGGOL
    assert mongolian_key(with_control) == mongolian_key(MONGGOL)


def test_fvs_after_each_letter_is_ignored() -> None:
    for fvs in (FVS1, FVS2, FVS3, FVS4):
        variant = "".join(ch + fvs for ch in BAGATUR)
        assert mongolian_key(variant) == mongolian_key(BAGATUR)


def test_mvs_before_final_vowel_matches_plain_spelling() -> None:
    qara_mvs = "ᠬᠠᠷ" + MVS + "ᠠ"  # qar-a, "black", as the standard spells it
    qara_plain = "ᠬᠠᠷᠠ"  # as people type it without MVS
    qara_mvs_e = "ᠬᠠᠷ" + MVS + "ᠡ"  # separated e looks exactly like separated a
    assert mongolian_key(qara_mvs) == mongolian_key(qara_plain)
    assert mongolian_key(qara_mvs_e) == mongolian_key(qara_plain)
    qagan = "ᠬᠠᠭᠠᠨ"
    assert mongolian_key("ᠬᠠᠭᠠ" + MVS + "ᠨ") == mongolian_key(qagan)
    assert MVS not in mongolian_key(qara_mvs)


def test_zwj_is_stripped() -> None:
    assert mongolian_key(ZWJ + MONGGOL + ZWJ) == MUNGGUL
    assert ZWJ not in mongolian_key("ᠠ" + ZWJ)


def test_medial_a_e_fold_but_initial_a_e_stay_apart() -> None:
    assert mongolian_key("ᠡᠷᠳᠡᠨᠢ") == mongolian_key("ᠡᠷᠳᠠᠨᠢ")  # medial e/a
    assert mongolian_key("ᠡᠴᠡ") != mongolian_key("ᠠᠴᠠ")  # initial e vs a differ


def test_u_ue_fold_after_the_first_syllable_only() -> None:
    # ᠲᠡᠮᠤᠷ and ᠲᠡᠮᠦᠷ render alike: a later-syllable u/ue has one glyph.
    assert mongolian_key("ᠲᠡᠮᠤᠷ") == mongolian_key("ᠲᠡᠮᠦᠷ") == mongolian_key("ᠲᠡᠮᠣᠷ")
    assert mongolian_key("ᠪᠦᠷᠭᠦᠳ") == mongolian_key("ᠪᠦᠷᠭᠤᠳ")
    # The first-syllable ue has its extra tooth: ᠮᠥᠩᠬᠡ is not ᠮᠣᠩᠬᠡ, ᠦᠷᠦ not ᠤᠷᠤ.
    assert mongolian_key("ᠮᠥᠩᠬᠡ") != mongolian_key("ᠮᠣᠩᠬᠡ")
    assert mongolian_key("ᠦᠷᠦ") != mongolian_key("ᠤᠷᠦ")
    # A suffix after NNBSP is written like a later syllable.
    assert mongolian_key("ᠭᠡᠷ" + NNBSP + "ᠳᠦ") == mongolian_key("ᠭᠡᠷ" + NNBSP + "ᠳᠤ")


def test_query_tokens_keep_nnbsp_and_join_detached_suffixes() -> None:
    # str.split() would split at NNBSP; the query must keep a name and its suffix together.
    assert ("ᠪᠠᠲᠤ" + NNBSP + "ᠶᠢᠨ").split() == ["ᠪᠠᠲᠤ", "ᠶᠢᠨ"]
    assert query_tokens("ᠪᠠᠲᠤ" + NNBSP + "ᠶᠢᠨ") == ["ᠪᠠᠲᠤ" + NNBSP + "ᠶᠢᠨ"]
    # A suffix typed after a plain space is joined as if NNBSP had been typed.
    assert query_tokens(" ᠪᠠᠲᠤ ᠶᠢᠨ ") == ["ᠪᠠᠲᠤ" + NNBSP + "ᠶᠢᠨ"]
    assert query_tokens("ᠲᠤᠶᠠᠭ ᠠ") == ["ᠲᠤᠶᠠᠭ" + NNBSP + "ᠠ"]
    # Two names stay two tokens, and so does a suffix-like word after Chinese.
    assert query_tokens("ᠪᠠᠲᠤ ᠰᠦᠬᠡ") == ["ᠪᠠᠲᠤ", "ᠰᠦᠬᠡ"]
    assert query_tokens("巴图 ᠶᠢᠨ") == ["巴图", "ᠶᠢᠨ"]
    assert query_tokens(NNBSP + " \u3000") == []


def test_t_d_and_q_gamma_fold() -> None:
    assert mongolian_key("ᠲᠡᠮᠦᠷ") == mongolian_key("ᠳᠡᠮᠦᠷ")
    assert mongolian_key("ᠬᠥᠬᠡ") == mongolian_key("ᠭᠥᠭᠡ")


def test_different_words_keep_different_keys() -> None:
    assert mongolian_key(BAGATUR) != mongolian_key("ᠪᠠᠲᠤ")
    assert mongolian_key("ᠰᠠᠷᠠᠨ") != mongolian_key("ᠨᠠᠷᠠᠨ")


def test_nnbsp_becomes_a_word_separator() -> None:
    assert mongolian_key(MONGGOL + NNBSP + "ᠤᠨ") == MUNGGUL + " ᠤᠨ"
    # Typing a plain space instead of NNBSP must find the same record.
    assert mongolian_key(MONGGOL + " ᠤᠨ") == mongolian_key(MONGGOL + NNBSP + "ᠤᠨ")


def test_whitespace_collapses_and_latin_lowercases() -> None:
    assert mongolian_key("  Bagatur\t\n" + BAGATUR + "\u3000 巴特尔 ") == (
        "bagatur " + mongolian_key(BAGATUR) + " 巴特尔"
    )


def test_key_is_never_nfkc() -> None:
    text = "ﬁ① Ａ" + MONGGOL + NNBSP + "ᠤᠨ"
    key = mongolian_key(text)
    assert "ﬁ" in key and "①" in key and "ａ" in key
    assert key != mongolian_key(unicodedata.normalize("NFKC", text))
    # The caller's stored text is untouched (NNBSP still there).
    assert NNBSP in text


def test_key_applies_nfc() -> None:
    assert mongolian_key("Cafe\u0301") == "café"


# --- mongolian_words --------------------------------------------------------


def test_nnbsp_suffix_yields_stem_suffix_and_joined_word() -> None:
    words = mongolian_words(MONGGOL + NNBSP + "ᠤᠨ " + "ᠪᠢᠴᠢᠭ")
    assert MUNGGUL in words
    assert "ᠤᠨ" in words
    assert MUNGGUL + "ᠤᠨ" in words
    assert mongolian_key("ᠪᠢᠴᠢᠭ") in words
    # The joined form equals the key of the word typed without NNBSP.
    assert mongolian_key(MONGGOL + "ᠤᠨ") in words


def test_suffix_initial_e_folds_like_a_medial_vowel() -> None:
    words = mongolian_words("ᠭᠡᠷ" + NNBSP + "ᠡᠴᠡ")
    assert mongolian_key("ᠭᠡᠷᠡᠴᠡ") in words


def test_chained_suffixes_give_every_prefix_chain() -> None:
    words = mongolian_words("ᠭᠡᠷ" + NNBSP + "ᠦᠨ" + NNBSP + "ᠡᠴᠡ")
    stem = mongolian_key("ᠭᠡᠷ")
    assert stem in words
    assert mongolian_key("ᠭᠡᠷᠦᠨ") in words
    assert mongolian_key("ᠭᠡᠷᠦᠨᠡᠴᠡ") in words


def test_words_without_suffix_are_just_the_keys() -> None:
    assert mongolian_words(" Mongol  " + MONGGOL) == ["mongol", MUNGGUL]
    assert mongolian_words("") == []
    assert mongolian_words(MONGGOL + " " + MUNGGUL) == [MUNGGUL]


# --- latin_from_mongolian ---------------------------------------------------

KNOWN_NAMES = [
    (MONGGOL, "monggol"),
    (BAGATUR, "bagatur"),
    ("ᠴᠢᠩᠭᠢᠰ", "qinggis"),
    ("ᠲᠡᠮᠦᠵᠢᠨ", "temujin"),
    ("ᠰᠠᠷᠠᠨ", "saran"),
    ("ᠨᠠᠷᠠᠨ", "naran"),
    ("ᠪᠣᠯᠣᠷ", "bolor"),
    ("ᠮᠥᠩᠬᠡ", "mongke"),
    ("ᠣᠶᠤᠨ", "oyun"),
    ("ᠴᠡᠴᠡᠭ", "qeqeg"),
    ("ᠠᠯᠲᠠᠨ", "altan"),
    ("ᠰᠠᠷᠨᠠᠢ", "sarnai"),
    ("ᠬᠠᠰ", "has"),
    ("ᠬᠥᠬᠡ ᠬᠣᠲᠠ", "koke hota"),
]


@pytest.mark.parametrize(("script", "latin"), KNOWN_NAMES)
def test_latin_from_mongolian_known_names(script: str, latin: str) -> None:
    assert latin_from_mongolian(script) == latin


def test_latin_from_mongolian_ignores_controls_and_splits_nnbsp() -> None:
    assert latin_from_mongolian("ᠬᠠᠷ" + MVS + "ᠠ") == "hara"
    assert latin_from_mongolian("".join(ch + FVS2 for ch in BAGATUR)) == "bagatur"
    assert latin_from_mongolian(MONGGOL + NNBSP + "ᠤᠨ") == "monggol un"


def test_latin_from_mongolian_passes_other_text_ascii_folded() -> None:
    assert latin_from_mongolian("Möngke  ᠪᠠᠲᠤ 巴图 ᠑᠒") == "mongke batu 12"
    assert latin_from_mongolian("Baγatur Čečeg") == "bagatur checheg"
    assert latin_from_mongolian("Мөнх") == "monkh"


def test_latin_from_mongolian_romanizes_todo_letters_without_failing() -> None:
    todo = "\u184b\u1844\u184f"  # Todo BA, E, MA
    assert latin_from_mongolian(todo) == "bem"


# --- latin_match_key --------------------------------------------------------

SAME_NAME = [
    ("Monggol", "Mongol", "mongγol", "MONGOL", MONGGOL, MUNGGUL),
    ("Bagatur", "Baγatur", "Baghatur", "bagatur", BAGATUR),
    ("Möngke", "Mongke", "Mungke", "ᠮᠥᠩᠬᠡ", "ᠮᠦᠩᠬᠡ"),
    ("Mungkh", "Mönkh", "Мөнх", "Munkh"),
    ("Chinggis", "Činggis", "Qinggis", "Chingis", "ᠴᠢᠩᠭᠢᠰ"),
    ("Temüjin", "Temujin", "Temuujin", "ᠲᠡᠮᠦᠵᠢᠨ"),
    ("Köke Hota", "Koke Khota", "ᠬᠥᠬᠡ ᠬᠣᠲᠠ"),
]


@pytest.mark.parametrize("spellings", SAME_NAME)
def test_latin_match_key_makes_spellings_meet(spellings: tuple[str, ...]) -> None:
    keys = {latin_match_key(s) for s in spellings}
    assert len(keys) == 1, keys


def test_latin_match_key_matches_romanized_script() -> None:
    for script in (MONGGOL, BAGATUR, "ᠮᠥᠩᠬᠡ"):
        assert latin_match_key(latin_from_mongolian(script)) == latin_match_key(script)


DIFFERENT_NAMES = [
    ("Bagatur", "Batu"),
    ("Mongol", "Mongke"),
    ("Saran", "Sarnai"),
    ("Naran", "Saran"),
    ("Altan", "Altai"),
    ("Bolor", "Bold"),
    ("Sükh", "Chükh"),
]


@pytest.mark.parametrize(("a", "b"), DIFFERENT_NAMES)
def test_latin_match_key_keeps_different_names_apart(a: str, b: str) -> None:
    assert latin_match_key(a) != latin_match_key(b)


def test_latin_match_key_shape() -> None:
    assert latin_match_key("  Bagatur   Mongol ") == "bakatur munkul"
    assert latin_match_key("O'Neil Baatar") == "unel batar"
    assert latin_match_key("Tuyaγ-a") == latin_match_key("ᠲᠤᠶᠠᠭ\u180eᠠ") == "tuyaka"
    assert latin_match_key("") == ""


# Khalkha (Cyrillic and its Latin), Chinese-transcription Latin and the classical spelling of
# one name meet on the consonant skeleton, which keeps the first vowel's class.
SAME_SKELETON = [
    ("Baatar", "Bateer", "Баатар"),
    ("Batbayar", "Батбаяр", "Batubayar", "ᠪᠠᠲᠤᠪᠠᠶᠠᠷ"),
    ("Bold", "Болд", "Bolod", "ᠪᠣᠯᠣᠳ"),
    ("Tsetseg", "Цэцэг", "Čečeg", "ᠴᠡᠴᠡᠭ"),
    ("Sükh", "Сүх", "Süke", "ᠰᠦᠬᠡ"),
    ("Dorj", "Дорж", "Dorji", "ᠳᠣᠷᠵᠢ"),
    ("Narangua", "Нарангуа", "Naranγowa", "ᠨᠠᠷᠠᠨᠭᠣᠸᠠ"),
]


@pytest.mark.parametrize("spellings", SAME_SKELETON)
def test_latin_skeleton_key_makes_romanizations_meet(spellings: tuple[str, ...]) -> None:
    keys = {latin_skeleton_key(s) for s in spellings}
    assert len(keys) == 1, keys


def test_latin_skeleton_keeps_the_first_vowel_class_and_bare_drops_it() -> None:
    # Buhe/Böke must not meet Bagatur: the old key folded every vowel to "a" and the
    # consonants of buhe were a prefix of bagatur's.
    assert latin_skeleton_key("Buhe") == latin_skeleton_key("Bökh") == latin_skeleton_key("Boke")
    assert latin_skeleton_key("Buhe") != latin_skeleton_key("Bagatur")
    assert latin_skeleton_key("Төмөр") != latin_skeleton_key("Temür")
    assert latin_skeleton_key("Төмөр", bare=True) == latin_skeleton_key("Temür", bare=True)


def test_latin_name_keys_add_the_khalkha_reading_and_syllable_prefixes() -> None:
    keys = latin_name_keys(BAGATUR, khalkha=True)
    assert ("lts", latin_skeleton_key("Баатар")) in keys  # intervocalic γ dropped
    assert ("lt", latin_match_key("Bagatur")) in keys
    prefixes = {t for k, t in latin_name_keys("ᠪᠠᠲᠤᠪᠠᠶᠠᠷ") if k == "ltp"}
    assert latin_match_key("Batu") in prefixes
    assert latin_match_key("Bat") not in prefixes  # not a syllable boundary of ba|tu|ba|yar
    assert latin_match_key("Buhe") not in {t for _, t in keys}
    assert ("lts", latin_skeleton_key("Баатар")) not in latin_name_keys(BAGATUR)


# --- pinyin -----------------------------------------------------------------


def test_pinyin_keys_bateer() -> None:
    assert pinyin_keys("巴特尔") == ("bateer", "bte")


def test_pinyin_keys_keeps_ascii_and_drops_other_chars() -> None:
    assert pinyin_keys("巴特尔 Ａ3队·" + MONGGOL) == ("bateera3dui", "btea3d")
    assert pinyin_keys("") == ("", "")


def test_pinyin_keys_skip_ideographs_without_a_reading() -> None:
    # U+30000 (CJK Extension G) has no reading in pypinyin; the name around it must
    # still be read syllable by syllable, including the name-mode override after it.
    assert pinyin_keys("巴\U00030000特尔") == ("bateer", "bte")
    assert pinyin_keys("格日\U00030000勒", name=True) == ("gerile", "grl")


def test_pinyin_keys_use_phrase_context() -> None:
    assert pinyin_keys("重庆")[0] == "chongqing"
    assert pinyin_keys("长城")[0] == "changcheng"


def test_pinyin_keys_name_mode_surnames_and_mongolian_names() -> None:
    assert pinyin_keys("单良")[0] == "danliang"
    assert pinyin_keys("单良", name=True) == ("shanliang", "sl")
    assert pinyin_keys("尉迟恭", name=True)[0] == "yuchigong"
    assert pinyin_keys("曾国藩", name=True)[0] == "zengguofan"
    # 查 starts Mongolian names (查干 chagan) in Subei, so it is not read as Zha.
    assert pinyin_keys("查干巴拉", name=True)[0] == "chaganbala"
    assert pinyin_keys("格日勒图", name=True) == ("geriletu", "grlt")
    # A surname reading only applies at the start of the name.
    assert pinyin_keys("王单", name=True)[0] == "wangdan"


# --- zh_suffixes ------------------------------------------------------------


def test_zh_suffixes() -> None:
    assert zh_suffixes("巴特尔") == ["巴特尔", "特尔", "尔"]
    assert zh_suffixes("巴 特-尔A") == ["巴特尔a", "特尔a", "尔a", "a"]
    assert zh_suffixes(MONGGOL) == []
    assert zh_form("Ｂ３队") == "b3队"


def test_zh_suffixes_find_any_substring_by_prefix() -> None:
    name = "哈斯其木格"
    suffixes = zh_suffixes(name)
    for i in range(len(name)):
        for j in range(i + 1, len(name) + 1):
            assert any(s.startswith(name[i:j]) for s in suffixes)


# --- small predicates -------------------------------------------------------


def test_normalize_query() -> None:
    assert normalize_query("  巴特尔 \t  Bagatur\u3000 ") == "巴特尔 Bagatur"
    assert normalize_query("Cafe\u0301") == "Café"  # NFC, case kept
    assert normalize_query("ﬁ①") == "ﬁ①"  # never NFKC
    q = MONGGOL + NNBSP + "ᠤᠨ"
    assert normalize_query(" " + q + " ") == q  # NNBSP inside a word survives


def test_is_mongolian() -> None:
    assert is_mongolian("abc " + MONGGOL)
    assert not is_mongolian("Mongol 蒙古")
    assert not is_mongolian(FVS1 + MVS + NNBSP + "᠑᠒")  # controls and digits only


def test_has_private_use() -> None:
    assert has_private_use("\ue234\ue2a1\ue71d")  # Menksoft shape codes
    assert has_private_use("abc\uf8ff")
    assert not has_private_use(MONGGOL + "巴特尔 abc")


# --- properties -------------------------------------------------------------

MONGOLIAN_ALPHABET = st.sampled_from(
    [chr(c) for c in range(0x1800, 0x18AB)]
    + list(CONTROLS)
    + [NNBSP, " ", "\t", "\u3000", "a", "B", "İ", "\u0301", "\u0316", "巴", "\ue234"]
)
MONGOLIANISH = st.text(alphabet=MONGOLIAN_ALPHABET, max_size=40)
ANY_TEXT = st.text(max_size=60)
FORBIDDEN_IN_KEY = set(CONTROLS) | {NNBSP}


@settings(max_examples=400)
@given(st.one_of(MONGOLIANISH, ANY_TEXT))
def test_mongolian_key_is_idempotent(text: str) -> None:
    key = mongolian_key(text)
    assert mongolian_key(key) == key


@settings(max_examples=400)
@given(st.one_of(MONGOLIANISH, ANY_TEXT))
def test_mongolian_key_output_is_clean(text: str) -> None:
    key = mongolian_key(text)
    assert not FORBIDDEN_IN_KEY & set(key)
    assert key == " ".join(key.split())
    assert all(w for w in mongolian_words(text))
    assert not FORBIDDEN_IN_KEY & set("".join(mongolian_words(text)))


@given(MONGOLIANISH, st.lists(st.tuples(st.integers(0, 40), st.sampled_from(CONTROLS))))
def test_inserting_controls_never_changes_the_key(
    text: str, inserts: list[tuple[int, str]]
) -> None:
    chars = list(text)
    for pos, control in inserts:
        chars.insert(min(pos, len(chars)), control)
    assert mongolian_key("".join(chars)) == mongolian_key(text)


@given(st.one_of(MONGOLIANISH, ANY_TEXT))
@example("DS")  # d+s classes as t+s, which is itself a digraph
def test_latin_keys_are_ascii_and_stable(text: str) -> None:
    latin = latin_from_mongolian(text)
    assert latin.isascii()
    match = latin_match_key(text)
    assert match.isascii()
    assert latin_match_key(match) == match


@given(ANY_TEXT)
def test_chinese_keys_never_raise(text: str) -> None:
    full, initials = pinyin_keys(text)
    assert full.isascii() and initials.isascii()
    assert len(zh_suffixes(text)) == len(zh_form(text))
    assert normalize_query(normalize_query(text)) == normalize_query(text)
    is_mongolian(text)
    has_private_use(text)
