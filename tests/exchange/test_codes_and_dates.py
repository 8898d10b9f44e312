"""National code sets and Chinese date forms, value by value."""

from __future__ import annotations

import pytest

from subei_mobile.exchange.codesets import export_codes, resolve
from subei_mobile.exchange.dates import parse_date_text


@pytest.mark.parametrize(
    "text,iso",
    [("1985-05-05", "1985-05-05"), ("1985/5/5", "1985-05-05"), ("1985.5.5", "1985-05-05"),
     ("19850505", "1985-05-05"), ("1985年5月5日", "1985-05-05"), ("1985 年 5 月 5 日", "1985-05-05"),
     ("31172", "1985-05-05"), ("31172.0", "1985-05-05"), ("1985-05-05T00:00:00", "1985-05-05"),
     ("", ""), ("1985", None), ("1985-02-30", None), ("19851332", None), ("5/5/1985", None),
     ("abc", None), ("99999", None)],
)  # fmt: skip
def test_dates(text: str, iso: str | None) -> None:
    assert parse_date_text(text) == iso


def test_datetimes() -> None:
    assert parse_date_text("2024/3/5 14:30", with_time=True) == "2024-03-05T14:30:00"
    assert parse_date_text("2024年3月5日 9时5分", with_time=True) == "2024-03-05T09:05:00"
    assert parse_date_text("45356.5", with_time=True) == "2024-03-05T12:00:00"


@pytest.mark.parametrize(
    "column,text,code,how",
    [("relation", "02", "head", "gbt4761"), ("relation", "户主", "head", "app"),
     ("relation", "长子", "son", "gbt4761"), ("relation", "次女", "daughter", "gbt4761"),
     ("relation", "妻", "spouse", "gbt4761"), ("relation", "夫", "spouse", "gbt4761"),
     ("relation", "孙子", "grandchild", "gbt4761"), ("relation", "外孙女", "grandchild", "gbt4761"),
     ("relation", "儿媳", "daughter_in_law", "app"), ("relation", "老伴", "spouse", "synonym"),
     ("relation", "爷爷", "grandparent", "synonym"), ("relation", "岳父", "other", "gbt4761"),
     ("sex", "1", "male", "gbt2261"), ("sex", "2", "female", "gbt2261"),
     ("sex", "女性", "female", "gbt2261"), ("sex", "9", "", "gbt2261"),
     ("ethnicity", "02", "mongol", "gb3304"), ("ethnicity", "2", "mongol", "gb3304"),
     ("ethnicity", "MG", "mongol", "gb3304"), ("ethnicity", "蒙古", "mongol", "gb3304"),
     ("ethnicity", "48", "yugur", "gb3304"), ("ethnicity", "土族", "other", "gb3304")],
)  # fmt: skip
def test_code_sets(column: str, text: str, code: str, how: str) -> None:
    resolved = resolve(column, text)
    assert resolved is not None and (resolved.code, resolved.how) == (code, how)


def test_children_need_the_sex_column_and_unknowns_stay_unknown() -> None:
    children = resolve("relation", "子女")
    assert children is not None and children.needs_sex == ("son", "daughter")
    assert resolve("relation", "老大") is None and resolve("sex", "M?") is None


def test_every_app_code_has_a_national_export_code() -> None:
    from subei_mobile import catalogue

    national = export_codes()
    for column in ("relation", "sex", "ethnicity"):
        assert set(catalogue.options()[column]) <= set(national[column]), column
