"""The server side of the bundle tests (importable by test modules, unlike conftest)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))

from subei_sync.server.bundle_keys import ServerKeys
from subei_sync.server.database import SqliteDatabase
from subei_sync.server.service import SyncService


@dataclass
class County:
    """The server side of a bundle test."""

    db: SqliteDatabase
    service: SyncService
    keys: ServerKeys
    data_dir: Path

    def dump(self) -> list[str]:
        """Return a full SQL dump of the server database (to prove nothing was written)."""
        with self.db.lock:
            return list(self.db.conn.iterdump())
