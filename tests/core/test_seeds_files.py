"""Checks on the reference data in seeds/: shape, codes, hierarchy and Mongolian text hygiene.

Stdlib only (csv, json, unicodedata); no project imports, so these run before anything else exists.
"""

from __future__ import annotations

import csv
import json
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

CSV_HEADERS = {
    "divisions.csv": [
        "code",
        "parent_code",
        "level",
        "name_zh",
        "name_mn",
        "name_latin",
        "mn_review",
        "source",
    ],
    "dispute_categories.csv": ["code", "name_zh", "name_mn", "mn_review"],
    "hazard_kinds.csv": ["code", "name_zh", "name_mn", "mn_review"],
    "names/mongol_given.csv": ["mn", "latin", "zh", "sex", "mn_review"],
    "names/han_surnames.csv": ["zh", "pinyin"],
    "names/han_given.csv": ["zh", "sex"],
    "codes/gbt4761_relations.csv": ["code", "name_zh", "relation", "export"],
    "codes/relation_synonyms.csv": ["value", "relation", "note"],
    "codes/gbt2261_sex.csv": ["code", "name_zh", "sex"],
    "codes/gb3304_ethnicities.csv": ["code", "letter_code", "name_zh", "name_latin", "ethnicity"],
}
JSON_FILES = ["services.json", "options.json"]

MN_REVIEW_VALUES = {"machine", "reviewed"}
DIVISION_SOURCES = {
    "official_gbt2260",
    "official_nbs",
    "assumed_code",
    "realistic_unverified",
    "demo_grid",
}
LEVELS = {
    "county": (6, None),
    "township": (9, "county"),
    "village": (12, "township"),
    "grid": (14, "village"),
}

NNBSP, ZWNJ, ZWJ = "\u202f", "\u200c", "\u200d"
MVS = "\u180e"
FVS = {"\u180b", "\u180c", "\u180d", "\u180f"}
MONGOLIAN_LETTERS = range(0x1820, 0x18AB)  # basic letters, Todo/Sibe/Manchu, Ali Gali
WORD_BREAKS = {" ", NNBSP}

OPTION_CODES = {
    "relation": {
        "head",
        "spouse",
        "son",
        "daughter",
        "father",
        "mother",
        "daughter_in_law",
        "son_in_law",
        "grandchild",
        "sibling",
        "other",
    },
    "sex": {"male", "female"},
    "ethnicity": {"mongol", "han", "tibetan", "hui", "kazakh", "yugur", "other"},
    "season": {"spring", "summer", "autumn", "winter"},
    "livestock": {"sheep", "goat", "yak", "cattle", "horse", "camel"},
    "language": {"mn", "zh", "both"},
    "hazard_severity": {"low", "medium", "high", "critical"},
    "mediation_status": {
        "reported",
        "accepted",
        "mediating",
        "agreement_signed",
        "performed",
        "failed",
        "referred",
        "not_accepted",
        "withdrawn",
    },
    "request_status": {
        "received",
        "materials_complete",
        "submitted",
        "approved",
        "rejected",
        "delivered",
    },
}


def read_csv(name: str) -> list[dict[str, str]]:
    with open(SEEDS / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def read_json(name: str) -> Any:
    with open(SEEDS / name, encoding="utf-8") as f:
        return json.load(f)


def mongolian_problems(text: str) -> list[str]:
    """Return what is wrong with one Mongolian-script value (empty list if nothing)."""
    problems = []
    if not text or text != text.strip():
        problems.append("empty or padded")
    if unicodedata.normalize("NFC", text) != text:
        problems.append("not NFC")
    for i, ch in enumerate(text):
        cp = ord(ch)
        prev = text[i - 1] if i else ""
        if 0xE000 <= cp <= 0xF8FF:
            problems.append(f"PUA U+{cp:04X} at {i}")
        elif not (0x1800 <= cp <= 0x18AF or ch in {NNBSP, ZWJ, ZWNJ, " "}):
            problems.append(f"U+{cp:04X} at {i} is not Mongolian")
        elif ch in FVS and (not prev or ord(prev) not in MONGOLIAN_LETTERS):
            problems.append(f"FVS at {i} does not follow a letter")
        elif ch == MVS and text[i + 1 : i + 2] not in {"\u1820", "\u1821"}:
            problems.append(f"MVS at {i} is not followed by a or e")
        elif ch in WORD_BREAKS and (prev in WORD_BREAKS or i in (0, len(text) - 1)):
            problems.append(f"stray separator at {i}")
    return problems


def mongolian_values(obj: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Yield (path, value) for every *_mn field in a JSON tree."""
    if isinstance(obj, dict):
        for key, value in obj.items():
            if key.endswith("_mn"):
                yield f"{path}.{key}", value
            else:
                yield from mongolian_values(value, f"{path}.{key}")
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            yield from mongolian_values(value, f"{path}[{i}]")


def mn_review_holders(obj: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield every JSON object that has Mongolian text of its own, or a list of such objects."""
    if isinstance(obj, dict):
        if any(k.endswith("_mn") for k in obj):
            yield path, obj
        for key, value in obj.items():
            yield from mn_review_holders(value, f"{path}.{key}")
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            yield from mn_review_holders(value, f"{path}[{i}]")


def all_mongolian() -> Iterator[tuple[str, str]]:
    for name in CSV_HEADERS:
        for n, row in enumerate(read_csv(name), start=2):
            for col in ("name_mn", "mn"):
                if col in row:
                    yield f"{name}:{n}:{col}", row[col]
    for name in JSON_FILES:
        yield from ((f"{name}{p}", v) for p, v in mongolian_values(read_json(name)))


# ----------------------------------------------------------------------------- files


@pytest.mark.parametrize("name", [*CSV_HEADERS, *JSON_FILES])
def test_file_is_utf8_without_bom(name: str) -> None:
    raw = (SEEDS / name).read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    raw.decode("utf-8")
    assert b"\r" not in raw


@pytest.mark.parametrize("name", list(CSV_HEADERS))
def test_csv_parses_with_expected_header(name: str) -> None:
    with open(SEEDS / name, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = list(reader)
    assert header == CSV_HEADERS[name]
    assert rows
    assert all(len(r) == len(header) for r in rows)
    assert all(r[0].strip() for r in rows)


@pytest.mark.parametrize("name", JSON_FILES)
def test_json_parses(name: str) -> None:
    assert read_json(name)


def test_readme_names_every_file() -> None:
    readme = (SEEDS / "README.md").read_text(encoding="utf-8")
    for name in [*CSV_HEADERS, *JSON_FILES]:
        assert Path(name).name in readme, name


# ----------------------------------------------------------------------------- Mongolian


def test_every_mongolian_value_is_clean() -> None:
    bad = {where: p for where, text in all_mongolian() if (p := mongolian_problems(text))}
    assert not bad


def test_mongolian_checker_catches_known_faults() -> None:
    assert mongolian_problems("\u182e\u1823\u1829\u182d\u1823\u182f") == []
    assert mongolian_problems("\u180b\u182e\u1823")  # leading FVS
    assert mongolian_problems("\u182e \u180c\u1823")  # FVS at the start of a word
    assert mongolian_problems("\ue234\ue2a1")  # Menksoft shape codes
    assert mongolian_problems("\u1832\u1820\u1828\u180e\u1822")  # MVS before i
    assert mongolian_problems("\u1832\u1820 ")  # trailing space
    assert mongolian_problems("")


@pytest.mark.parametrize("name", [n for n, h in CSV_HEADERS.items() if "mn_review" in h])
def test_csv_rows_carry_mn_review(name: str) -> None:
    assert {row["mn_review"] for row in read_csv(name)} <= MN_REVIEW_VALUES


@pytest.mark.parametrize("name", JSON_FILES)
def test_json_objects_carry_mn_review(name: str) -> None:
    data = read_json(name)
    for path, obj in mn_review_holders(data):
        if path.count(".materials"):
            continue  # materials are reviewed with the service that lists them
        assert obj.get("mn_review") in MN_REVIEW_VALUES, path


def test_machine_mongolian_is_not_claimed_reviewed() -> None:
    """Nothing here has been read by a native speaker yet; flip rows only after review."""
    values = [
        r["mn_review"] for n, h in CSV_HEADERS.items() if "mn_review" in h for r in read_csv(n)
    ]
    values += [
        o["mn_review"]
        for n in JSON_FILES
        for p, o in mn_review_holders(read_json(n))
        if "mn_review" in o
    ]
    assert values and set(values) == {"machine"}


# ----------------------------------------------------------------------------- divisions


def test_division_codes_unique_and_hierarchy_consistent() -> None:
    rows = read_csv("divisions.csv")
    codes = Counter(r["code"] for r in rows)
    assert [c for c, n in codes.items() if n > 1] == []
    by_code = {r["code"]: r for r in rows}
    roots = [r for r in rows if not r["parent_code"]]
    assert [r["code"] for r in roots] == ["620923"]
    assert roots[0]["name_zh"] == "肃北蒙古族自治县"
    for r in rows:
        assert r["level"] in LEVELS, r
        assert r["source"] in DIVISION_SOURCES, r
        length, parent_level = LEVELS[r["level"]]
        assert len(r["code"]) == length and r["code"].isdigit(), r
        assert r["name_zh"] and r["name_latin"], r
        if parent_level is None:
            continue
        parent = by_code.get(r["parent_code"])
        assert parent is not None, f"{r['code']}: parent {r['parent_code']} missing"
        assert parent["level"] == parent_level, r
        assert r["code"].startswith(parent["code"]), r


def test_divisions_cover_the_four_townships() -> None:
    rows = read_csv("divisions.csv")
    townships = {r["code"]: r["name_zh"] for r in rows if r["level"] == "township"}
    assert townships == {
        "620923100": "党城湾镇",
        "620923101": "马鬃山镇",
        "620923200": "石包城乡",
        "620923201": "盐池湾乡",
    }
    for code in townships:
        assert any(r["parent_code"] == code for r in rows), code
    villages = [r for r in rows if r["level"] == "village"]
    for v in villages:
        grids = [r for r in rows if r["parent_code"] == v["code"]]
        assert 2 <= len(grids) <= 3, v["code"]


# ----------------------------------------------------------------------------- catalogues


def test_services_catalogue() -> None:
    services = read_json("services.json")
    assert len(services) >= 12
    codes = [s["code"] for s in services]
    assert len(codes) == len(set(codes))
    for s in services:
        assert s["code"].isidentifier() and s["code"] == s["code"].lower(), s["code"]
        assert isinstance(s["sensitive"], bool), s["code"]
        for key in ("name_zh", "name_mn", "department_zh", "department_mn"):
            assert s[key], (s["code"], key)
        mats = s["materials"]
        assert any(m["required"] is True for m in mats), s["code"]
        assert len({m["code"] for m in mats}) == len(mats), s["code"]
        for m in mats:
            assert isinstance(m["required"], bool) and m["name_zh"] and m["name_mn"], m
    sensitive = {s["code"] for s in services if s["sensitive"]}
    assert {
        "legal_aid",
        "disability_allowance",
        "minimum_living_allowance",
        "medical_reimbursement",
    } <= sensitive


def test_material_codes_mean_one_thing() -> None:
    """The same material code must carry the same names in every service."""
    seen: dict[str, tuple[str, str]] = {}
    for s in read_json("services.json"):
        for m in s["materials"]:
            names = (m["name_zh"], m["name_mn"])
            assert seen.setdefault(m["code"], names) == names, m["code"]


@pytest.mark.parametrize("name", ["dispute_categories.csv", "hazard_kinds.csv"])
def test_category_codes_unique(name: str) -> None:
    rows = read_csv(name)
    assert len(rows) >= 10
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes))
    assert "other" in codes
    assert len({r["name_zh"] for r in rows}) == len(rows)


def test_options_enumerations() -> None:
    options = read_json("options.json")
    for key, required in OPTION_CODES.items():
        items = options[key]
        codes = [i["code"] for i in items]
        assert len(codes) == len(set(codes)), key
        assert required <= set(codes), (key, required - set(codes))
        assert all(i["name_zh"] and i["name_mn"] for i in items), key


# ----------------------------------------------------------------------------- names


def test_mongol_given_names() -> None:
    rows = read_csv("names/mongol_given.csv")
    assert len(rows) >= 60
    assert {r["sex"] for r in rows} == {"male", "female"}
    assert len({r["mn"] for r in rows}) == len(rows)
    assert all(r["latin"] and r["zh"] for r in rows)
    # search must meet real encodings: some spellings need MVS, some an FVS
    assert any(MVS in r["mn"] for r in rows)
    assert any(set(r["mn"]) & FVS for r in rows)


def test_han_name_pools() -> None:
    surnames = read_csv("names/han_surnames.csv")
    given = read_csv("names/han_given.csv")
    assert len(surnames) >= 60 and len({r["zh"] for r in surnames}) == len(surnames)
    assert all(r["pinyin"] for r in surnames)
    assert len(given) >= 100 and len({r["zh"] for r in given}) == len(given)
    assert {r["sex"] for r in given} == {"male", "female"}
