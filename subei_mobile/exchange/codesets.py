"""National code sets as township registers write them: GB/T 4761 relations, GB/T 2261.1 sex,
GB 3304 ethnicity; each value resolved to the app's code with a note of how it was read.

A value read through a national code or an informal synonym is a change the person should see
(长子 becomes `son`): `Resolved.how` says which table matched, and the import lists every such
change with its count. A value that fits nothing stays unresolved and is a row error.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import catalogue

CODED_COLUMNS = ("relation", "sex", "ethnicity")
BY_SEX = {"by_sex": ("son", "daughter"), "by_sex_parent": ("father", "mother")}


@dataclass(frozen=True)
class Resolved:
    """An app code and how the value was read: app, gbt4761, gbt2261, gb3304, synonym."""

    code: str
    how: str
    needs_sex: tuple[str, str] | None = None  # 子女: son or daughter, by the row's sex
    generalised: bool = False  # a GB 3304 group the app lists under "other"


@cache
def _table(column: str) -> dict[str, Resolved]:
    table: dict[str, Resolved] = {}

    def add(value: str, code: str, how: str, generalised: bool = False) -> None:
        if value and value not in table:
            pair = BY_SEX.get(code)
            table[value] = Resolved("" if pair else code, how, pair, generalised)

    for code, name in catalogue.options().get(column, {}).items():
        for value in (code, name.zh, name.mn):
            add(value, code, "app")
    if column == "relation":
        for row in catalogue.read_csv("codes/gbt4761_relations.csv"):
            add(row["code"], row["relation"], "gbt4761")
            add(row["name_zh"], row["relation"], "gbt4761")
        for row in catalogue.read_csv("codes/relation_synonyms.csv"):
            add(row["value"], row["relation"], "synonym")
    elif column == "sex":
        for row in catalogue.read_csv("codes/gbt2261_sex.csv"):
            add(row["code"], row["sex"], "gbt2261")
            add(row["name_zh"], row["sex"], "gbt2261")
            add(row["name_zh"] + "性", row["sex"], "gbt2261")
    elif column == "ethnicity":
        for row in catalogue.read_csv("codes/gb3304_ethnicities.csv"):
            code, generalised = row["ethnicity"] or "other", not row["ethnicity"]
            short = row["name_zh"].removesuffix("族")
            for value in (row["code"], row["letter_code"], row["name_zh"], short):
                add(value, code, "gb3304", generalised)
            # Registers often drop the leading zero: 2 for 02 蒙古族.
            add(row["code"].lstrip("0"), code, "gb3304", generalised)
    return table


def resolve(column: str, text: str) -> Resolved | None:
    """Return how a cell of a coded column reads, or None when it fits no table."""
    text = text.strip()
    if not text:
        return Resolved("", "app")
    table = _table(column)
    return table.get(text) or table.get(text.lower()) or table.get(text.upper())


def known_values(column: str) -> list[str]:
    """Return every value a coded column understands (for suggestions)."""
    return list(_table(column))


@cache
def export_codes() -> dict[str, dict[str, str]]:
    """Return app code -> national code for relation, sex and ethnicity exports."""
    relation = {r["relation"]: r["code"] for r in catalogue.read_csv("codes/gbt4761_relations.csv")
                if r["export"] == "1"}  # fmt: skip
    sex = {r["sex"]: r["code"] for r in catalogue.read_csv("codes/gbt2261_sex.csv")
           if r["sex"] and r["code"] in "12"}  # fmt: skip
    ethnicity = {r["ethnicity"]: r["code"] for r in catalogue.read_csv("codes/gb3304_ethnicities.csv")
                 if r["ethnicity"] and r["code"] != "98"}  # fmt: skip
    return {"relation": relation, "sex": sex, "ethnicity": ethnicity}
