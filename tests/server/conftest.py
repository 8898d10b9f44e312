"""Fixtures of the server suite: every test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))

from subei_sync.server.database import Database, PostgresDatabase, SqliteDatabase


def pg_schema_dsn(pg_dsn: str) -> Iterator[str]:
    """Yield a DSN whose search_path is a fresh schema, dropped afterwards."""
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in pg_dsn else "?"
    try:
        yield f"{pg_dsn}{sep}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(pg_dsn, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Return a server database URL: an SQLite file or a PostgreSQL schema of its own."""
    if request.param == "sqlite":
        yield str(tmp_path / "server.sqlite3")
        return
    yield from pg_schema_dsn(request.getfixturevalue("pg_dsn"))


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """Return an open server database of either backend."""
    database: Database = (
        PostgresDatabase(db_url) if db_url.startswith("postgresql") else SqliteDatabase(db_url)
    )
    yield database
    database.close()
