"""Fixtures of the server suite: every test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))

from subei_sync.server.database import Database, PostgresDatabase, SqliteDatabase


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Return a server database URL: an SQLite file or a PostgreSQL schema of its own."""
    if request.param == "sqlite":
        yield str(tmp_path / "server.sqlite3")
        return
    yield request.getfixturevalue("pg_schema")


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """Return an open server database of either backend."""
    database: Database = (
        PostgresDatabase(db_url) if db_url.startswith("postgresql") else SqliteDatabase(db_url)
    )
    yield database
    database.close()
