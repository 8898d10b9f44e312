"""Reference data shipped in seeds/: places, services, dispute categories, hazard kinds."""

from __future__ import annotations

import csv
import json
from functools import cache
from pathlib import Path
from typing import Any

from .models import BilingualText, Place, Service, ServiceMaterial

# Reference-data updates from the county (subei_sync.client.reference) are kept in this
# folder of the data folder; a file there replaces the shipped seeds file of the same name.
REFERENCE_DIR = "reference"
_override: list[Path] = []


def use_reference_dir(folder: Path | None) -> None:
    """Read reference files from folder first (None: the shipped seeds only); drop caches."""
    _override[:] = [folder] if folder is not None and folder.is_dir() else []
    for cached in (places, services, dispute_categories, hazard_kinds, options):
        cached.cache_clear()


def _source(name: str) -> Path:
    if _override and (_override[0] / name).is_file():
        return _override[0] / name
    return seeds_dir() / name


def seeds_dir() -> Path:
    """Return the reference-data folder: the packaged copy first, the checkout's second."""
    packaged = Path(__file__).with_name("_seeds")
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "seeds"


def read_csv(name: str) -> list[dict[str, str]]:
    """Return the rows of a seeds CSV file."""
    with open(_source(name), encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def read_json(name: str) -> Any:
    """Return the content of a seeds JSON file."""
    with open(_source(name), encoding="utf-8") as fh:
        return json.load(fh)


def _bilingual(row: dict[str, Any], prefix: str = "name") -> BilingualText:
    return BilingualText(zh=row.get(f"{prefix}_zh", ""), mn=row.get(f"{prefix}_mn", ""))


@cache
def places() -> dict[str, Place]:
    """Return every division and grid by code."""
    return {
        r["code"]: Place(
            code=r["code"],
            parent_code=r["parent_code"],
            level=r["level"],
            name=_bilingual(r),
            name_latin=r.get("name_latin", ""),
        )
        for r in read_csv("divisions.csv")
    }


def children(code: str) -> list[Place]:
    """Return the places directly below a code, in file order."""
    return [p for p in places().values() if p.parent_code == code]


def find_place(text: str, level: str | None = None, within: str | None = None) -> Place | None:
    """Return the place whose code or name (either script, or Latin) is text."""
    text = text.strip()
    for place in places().values():
        if (level and place.level != level) or (within and place.parent_code != within):
            continue
        names = {place.code, place.name.zh, place.name.mn, place.name_latin.lower()}
        if text in names or text.lower() in names:
            return place
    return None


@cache
def services() -> dict[str, Service]:
    """Return the service catalogue by code."""
    out = {}
    for s in read_json("services.json"):
        materials = tuple(
            ServiceMaterial(code=m["code"], name=_bilingual(m), required=m.get("required", True))
            for m in s["materials"]
        )
        department = _bilingual(s, "department") if s.get("department_zh") else None
        out[s["code"]] = Service(
            code=s["code"], name=_bilingual(s), department=department,
            sensitive=bool(s.get("sensitive")), materials=materials,
        )  # fmt: skip
    return out


def service_by_code(code: str) -> Service | None:
    """Return one service or None."""
    return services().get(code)


@cache
def dispute_categories() -> dict[str, BilingualText]:
    """Return mediation dispute categories by code."""
    return {r["code"]: _bilingual(r) for r in read_csv("dispute_categories.csv")}


@cache
def hazard_kinds() -> dict[str, BilingualText]:
    """Return hazard kinds by code."""
    return {r["code"]: _bilingual(r) for r in read_csv("hazard_kinds.csv")}


@cache
def options() -> dict[str, dict[str, BilingualText]]:
    """Return the small enumerations (relation, sex, ethnicity, ...) by group and code."""
    raw = read_json("options.json")
    return {group: {o["code"]: _bilingual(o) for o in items} for group, items in raw.items()}
