"""The demo store the field-workflow screen tests run on (imported by those test modules)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

UI_ROOT = Path(__file__).resolve().parents[2] / "ui"
if str(UI_ROOT) not in sys.path:  # the UI source root, when the package is not installed
    sys.path.insert(0, str(UI_ROOT))

from subei_mobile import catalogue, demo  # noqa: E402
from subei_mobile.store import Store, open_store  # noqa: E402

MN_NAMES = [("巴特尔", "ᠪᠠᠭᠠᠲᠤᠷ", "baatar", "male"), ("其其格", "ᠴᠡᠴᠡᠭ", "chichig", "female")]
DIVISIONS = [
    ("620923", "", "county", "肃北蒙古族自治县", "ᠰᠦᠪᠡᠢ", "subei"),
    ("620923100", "620923", "township", "党城湾镇", "", "dangchengwan"),
    ("620923100201", "620923100", "village", "城关村", "", "chengguan"),
    ("620923100201-01", "620923100201", "grid", "一网格", "", "grid1"),
]
SERVICES = [
    {
        "code": "medical_insurance",
        "name_zh": "城乡居民医保参保",
        "name_mn": "ᠡᠮᠨᠡᠯᠭᠡ",
        "department_zh": "医保局",
        "materials": [
            {"code": "id_card", "name_zh": "身份证", "name_mn": "", "required": True},
            {"code": "hukou", "name_zh": "户口簿", "name_mn": "", "required": True},
            {"code": "photo", "name_zh": "照片", "name_mn": "", "required": False},
        ],
    }
]


def _write_csv(path: Path, header: list[str], rows: list[tuple[object, ...]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)


def write_minimal_seeds(root: Path) -> Path:
    """Write just enough reference data for the demo generator (when seeds/ is absent)."""
    names = ["code", "parent_code", "level", "name_zh", "name_mn", "name_latin"]
    _write_csv(root / "divisions.csv", names, DIVISIONS)
    (root / "services.json").write_text(json.dumps(SERVICES, ensure_ascii=False), "utf-8")
    categories = [("pasture_boundary", "草场界线纠纷", ""), ("family", "婚姻家庭纠纷", "")]
    _write_csv(root / "dispute_categories.csv", ["code", "name_zh", "name_mn"], categories)
    hazards = [("fire", "火灾隐患", ""), ("flood", "山洪隐患", "")]
    _write_csv(root / "hazard_kinds.csv", ["code", "name_zh", "name_mn"], hazards)
    (root / "options.json").write_text(json.dumps({"sex": []}), "utf-8")
    _write_csv(root / "names/mongol_given.csv", ["zh", "mn", "latin", "sex"], MN_NAMES)
    _write_csv(root / "names/han_surnames.csv", ["zh"], [("王",), ("李",)])
    _write_csv(root / "names/han_given.csv", ["zh", "sex"], [("海", "male"), ("梅", "female")])
    return root


def _clear_catalogue_caches() -> None:
    for name in ("places", "services", "dispute_categories", "hazard_kinds", "options"):
        getattr(catalogue, name).cache_clear()


@pytest.fixture
def field_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """Return a store with 50 demo households (real seeds if present, minimal ones otherwise)."""
    if not (catalogue.seeds_dir() / "services.json").exists():
        seeds = write_minimal_seeds(tmp_path / "seeds")
        monkeypatch.setattr(catalogue, "seeds_dir", lambda: seeds)
    _clear_catalogue_caches()
    store = open_store(tmp_path / "data", user_id="field-tester")
    demo.generate(store, 50)
    yield store
    store.close()
    _clear_catalogue_caches()
