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
