"""Fixtures for the printed documents: the UI source root on the path and a filled store."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

UI_ROOT = Path(__file__).resolve().parents[2] / "ui"
if str(UI_ROOT) not in sys.path:
    sys.path.insert(0, str(UI_ROOT))

from subei_mobile.demo import DemoGenerator  # noqa: E402
from subei_mobile.store import Store, open_store  # noqa: E402


@pytest.fixture(scope="module")
def doc_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """Return a store with 300 demo households, extra field work and the specimen records."""
    store = open_store(tmp_path_factory.mktemp("documents") / "data")
    generator = DemoGenerator(store)
    generator.run(300)
    generator.field_work(cases=20, activities=60)
    yield store
    store.close()
