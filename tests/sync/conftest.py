"""Fixtures of the sync engine tests: an SQLite-backed service."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from subei_sync.server.database import SqliteDatabase
from subei_sync.server.service import SyncService
from sync_harness import service_over


@pytest.fixture
def service(tmp_path: Path) -> Iterator[SyncService]:
    """Return a sync service over a fresh SQLite server database."""
    db = SqliteDatabase(tmp_path / "server.sqlite3")
    yield service_over(db)
    db.close()
