"""Fixtures of the reliability suite: the sync test harness on the path, PostgreSQL schemas."""

from __future__ import annotations

import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "sync"))  # sync_harness: enrolled laptops
sys.path.insert(0, str(HERE))


@pytest.fixture
def pg_schema(pg_dsn: str) -> Iterator[str]:
    """Yield a DSN whose search_path is a fresh schema, dropped afterwards."""
    import psycopg

    schema = f"rel_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in pg_dsn else "?"
    try:
        yield f"{pg_dsn}{sep}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(pg_dsn, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def service(tmp_path: Path) -> Iterator[Any]:
    """Return a sync service over a fresh SQLite server database."""
    from subei_sync.server.database import SqliteDatabase
    from sync_harness import service_over

    db = SqliteDatabase(tmp_path / "server.sqlite3")
    yield service_over(db)
    db.close()
