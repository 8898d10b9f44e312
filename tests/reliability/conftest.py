"""Fixtures of the reliability suite: the sync test harness on the path, a SQLite service."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "sync"))  # sync_harness: enrolled laptops
sys.path.insert(0, str(HERE))


@pytest.fixture
def service(tmp_path: Path) -> Iterator[Any]:
    """Return a sync service over a fresh SQLite server database."""
    from subei_sync.server.database import SqliteDatabase
    from sync_harness import service_over

    db = SqliteDatabase(tmp_path / "server.sqlite3")
    yield service_over(db)
    db.close()
