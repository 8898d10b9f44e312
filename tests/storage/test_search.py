"""One-box search through the real store: every mode users rely on, ranked and paged."""

from pathlib import Path

import pytest

from subei_mobile.households import register_household
from subei_mobile.models import Household, Person
from subei_mobile.store import Store, open_store
from subei_mobile.store.search_index import search_people


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(tmp_path)
    people = [
        {"name_zh": "蒙古勒", "name_mn": "ᠮᠣᠩᠭᠣᠯ"},
        {"name_zh": "巴特尔", "name_mn": "ᠪᠠᠭᠠᠲᠤᠷ", "id_number": "11010519491231002X",
         "phone": "13912345678"},
        {"name_zh": "哈斯巴特尔", "name_mn": "ᠬᠠᠰᠪᠠᠭᠠᠲᠤᠷ"},
        {"name_zh": "王芳", "id_number": "440524188001010014"},
        {"name_mn": "ᠬᠠᠭ\u180eᠠ"},
        {"name_mn": "ᠰᠠᠷᠠ\u180b"},
    ]  # fmt: skip
    for i, values in enumerate(people):
        hh = Household(code=f"S-{i}", township_code="620923100")
        register_household(s, hh, [Person(household_id=hh.id, relation="head", **values)])
    return s


def names(store: Store, text: str) -> list[str]:
    ids = search_people(store.conn, text).person_ids
    rows = [store.conn.execute("SELECT name_zh, name_mn FROM persons WHERE id = ?", (i,)).fetchone()
            for i in ids]  # fmt: skip
    return [r[0] or r[1] for r in rows]


def test_mongolian_o_u_variants_meet(store: Store) -> None:
    assert names(store, "ᠮᠤᠩᠭᠤᠯ") == ["蒙古勒"]


def test_fvs_and_mvs_do_not_matter(store: Store) -> None:
    assert names(store, "ᠰᠠᠷᠠ") == ["ᠰᠠᠷᠠ\u180b"]
    assert names(store, "ᠬᠠᠭᠠ") == ["ᠬᠠᠭ\u180eᠠ"]
    assert names(store, "ᠮᠣᠩ\u180bᠭᠣᠯ") == ["蒙古勒"]


def test_chinese_substring_and_exact_name_first(store: Store) -> None:
    assert names(store, "巴特尔") == ["巴特尔", "哈斯巴特尔"]
    assert names(store, "斯巴") == ["哈斯巴特尔"]


def test_pinyin_full_and_initials(store: Store) -> None:
    assert names(store, "bte") == ["巴特尔"]
    assert names(store, "bateer") == ["巴特尔"]
    assert "王芳" in names(store, "wangf")


def test_latin_for_mongolian_names(store: Store) -> None:
    assert "巴特尔" in names(store, "Baghatur")
    assert "蒙古勒" in names(store, "mongol")


def test_id_number_exact_only_and_phone_prefix(store: Store) -> None:
    assert names(store, "11010519491231002x") == ["巴特尔"]
    assert names(store, "440524188001010015") == []
    assert names(store, "1391234") == ["巴特尔"]


def test_tokens_narrow_the_result(store: Store) -> None:
    assert names(store, "巴特尔 ᠬᠠᠰ") == ["哈斯巴特尔"]


def test_paging(store: Store) -> None:
    first = search_people(store.conn, "巴特尔", limit=1)
    second = search_people(store.conn, "巴特尔", limit=1, offset=1)
    assert first.total == second.total == 2
    assert first.person_ids != second.person_ids


def test_empty_and_odd_queries_do_not_fail(store: Store) -> None:
    for text in ("", "   ", "%", "'", "\u202f", "\ue234", "!!!"):
        assert search_people(store.conn, text).person_ids == []


# --- round two: what typists produce ----------------------------------------

NNBSP = "\u202f"


@pytest.fixture
def names_store(tmp_path: Path) -> Store:
    s = open_store(tmp_path / "names")
    people = [
        {"name_zh": "巴特尔", "name_mn": "ᠪᠠᠭᠠᠲᠤᠷ"},
        {"name_zh": "巴图", "name_mn": "ᠪᠠᠲᠤ"},
        {"name_zh": "图雅", "name_mn": "ᠲᠤᠶᠠᠭ\u180eᠠ"},
        {"name_zh": "铁木尔", "name_mn": "ᠲᠡᠮᠦᠷ"},
        {"name_zh": "其其格", "name_mn": "ᠴᠡᠴᠡᠭ"},
        {"name_zh": "琪琪格"},
        {"name_zh": "那仁", "name_mn": "ᠨᠠᠷᠠᠨ"},
        {"name_zh": "巴雅尔", "name_mn": "ᠪᠠᠶᠠᠷ"},
        {"name_zh": "布和", "name_mn": "ᠪᠦᠬᠡ"},
        {"name_zh": "宝力道", "name_mn": "ᠪᠣᠯᠣᠳ"},
        {"name_zh": "乌兰", "name_mn": "ᠤᠯᠠᠭᠠᠨ"},
        {"name_zh": "巴图巴雅尔", "name_mn": "ᠪᠠᠲᠤᠪᠠᠶᠠᠷ"},
    ]  # fmt: skip
    for i, values in enumerate(people):
        hh = Household(code=f"N-{i}", township_code="620923100")
        register_household(s, hh, [Person(household_id=hh.id, relation="head", **values)])
    return s


def test_nnbsp_in_the_query_does_not_split_it(names_store: Store) -> None:
    assert names(names_store, "ᠲᠤᠶᠠᠭ" + NNBSP + "ᠠ") == ["图雅"]
    assert names(names_store, "ᠪᠠᠲᠤ" + NNBSP + "ᠶᠢᠨ")[0] == "巴图"
    assert names(names_store, "ᠪᠠᠲᠤ ᠶᠢᠨ")[0] == "巴图"  # suffix after a plain space


def test_later_syllable_u_finds_ue(names_store: Store) -> None:
    assert names(names_store, "ᠲᠡᠮᠤᠷ") == ["铁木尔"]


def test_chinese_homophone_found_through_pinyin_after_exact_hits(names_store: Store) -> None:
    assert names(names_store, "琪琪格") == ["琪琪格", "其其格"]
    assert names(names_store, "娜仁") == ["那仁"]
    assert names(names_store, "巴亚尔") == ["巴雅尔"]


@pytest.mark.parametrize("query", ["Buhe", "Boke", "Bökh"])
def test_latin_key_does_not_find_bagatur_for_buhe(names_store: Store, query: str) -> None:
    assert names(names_store, query) == ["布和"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [("Баатар", "巴特尔"), ("Улаан", "乌兰"), ("Болд", "宝力道"), ("Батбаяр", "巴图巴雅尔"),
     ("Төмөр", "铁木尔"), ("Цэцэг", "其其格"), ("Бат", "巴图")],
)  # fmt: skip
def test_cyrillic_khalkha_spellings_find_the_name(
    names_store: Store, query: str, expected: str
) -> None:
    assert names(names_store, query)[0] == expected


def test_latin_prefix_only_at_a_syllable_boundary(names_store: Store) -> None:
    assert "巴图巴雅尔" in names(names_store, "Batu")
    assert names(names_store, "Baga")[0] == "巴特尔"  # ba|ga|tur
    assert "巴特尔" not in names(names_store, "Batu")
