"""One small database interface over SQLite (embedded default) and PostgreSQL (psycopg 3).

SQL is written once with `?` placeholders and portable types; PostgreSQL gets `%s`.
Appliers are serialised: SQLite by one writer lock, PostgreSQL by locking the one-row
sequence counter, so server sequence numbers always become visible in order.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal, Protocol

Row = tuple[Any, ...]
Mode = Literal["read", "write", "ddl"]


class Tx(Protocol):
    """A running transaction."""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Run one statement; return its rows (empty for writes)."""
        ...

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement for many parameter rows."""
        ...


class Database(Protocol):
    """A server database: transactions and a dialect name."""

    dialect: str

    def transaction(self, mode: Mode = "read") -> Any:
        """Return a context manager yielding a Tx; "write" serialises appliers."""
        ...

    def close(self) -> None:
        """Release connections."""
        ...


class _SqliteTx:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return [tuple(r) for r in self.conn.execute(sql, params).fetchall()]

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self.conn.executemany(sql, rows)


class SqliteDatabase:
    """The embedded default: one file, one connection, one writer at a time."""

    dialect = "sqlite"

    def __init__(self, path: Path | str) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = FULL")
        self.conn.execute("PRAGMA busy_timeout = 30000")
        self.lock = threading.RLock()

    @contextmanager
    def transaction(self, mode: Mode = "read") -> Iterator[_SqliteTx]:
        with self.lock:
            self.conn.execute("BEGIN" if mode == "read" else "BEGIN IMMEDIATE")
            try:
                yield _SqliteTx(self.conn)
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    def close(self) -> None:
        with self.lock:
            self.conn.close()


class _PgTx:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        cur = self.conn.execute(sql.replace("?", "%s"), params)
        return [tuple(r) for r in cur.fetchall()] if cur.description else []

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(sql.replace("?", "%s"), rows)


class PostgresDatabase:
    """PostgreSQL via psycopg 3 with a small connection pool."""

    dialect = "postgresql"

    def __init__(self, dsn: str, pool_size: int = 8) -> None:
        self.dsn = dsn
        self.pool: queue.LifoQueue[Any] = queue.LifoQueue()
        self.slots = threading.BoundedSemaphore(pool_size)

    @contextmanager
    def transaction(self, mode: Mode = "read") -> Iterator[_PgTx]:
        with self.slots:
            conn = self._take()
            try:
                if mode == "read":
                    # One consistent view for the pull: head, changes and checksums agree.
                    conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                tx = _PgTx(conn)
                if mode == "write":
                    tx.execute("SELECT value FROM seq_counter WHERE id = 1 FOR UPDATE")
                elif mode == "ddl":
                    tx.execute("SELECT pg_advisory_xact_lock(620923)")
                yield tx
                conn.commit()
            except BaseException:
                self._discard(conn)
                raise
            self.pool.put(conn)

    def _connect(self) -> Any:
        import psycopg  # only the PostgreSQL backend needs it

        return psycopg.connect(self.dsn, autocommit=False)

    def _take(self) -> Any:
        try:
            conn = self.pool.get_nowait()
        except queue.Empty:
            return self._connect()
        if conn.closed:
            return self._connect()
        return conn

    def _discard(self, conn: Any) -> None:
        try:
            conn.rollback()
            self.pool.put(conn)
        except Exception:
            conn.close()

    def close(self) -> None:
        while not self.pool.empty():
            self.pool.get_nowait().close()


def open_database(target: str | Path) -> SqliteDatabase | PostgresDatabase:
    """Open a PostgreSQL URL or an SQLite file path."""
    text = str(target)
    if text.startswith(("postgresql://", "postgres://")):
        return PostgresDatabase(text)
    return SqliteDatabase(text)
