"""Fixtures of the USB bundle tests: a county server with bundle keys and enrolled laptops."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))

from bundle_harness import County
from subei_sync.server.bundle_keys import ensure_server_keys
from subei_sync.server.database import SqliteDatabase
from sync_harness import service_over


@pytest.fixture
def county(tmp_path: Path) -> Iterator[County]:
    """Return a migrated server whose keys are published (enrolment hands them out)."""
    data = tmp_path / "server"
    data.mkdir()
    db = SqliteDatabase(data / "server.sqlite3")
    service = service_over(db)
    keys = ensure_server_keys(data, db)
    yield County(db, service, keys, data)
    db.close()
