"""Local SQLite storage: schema, migrations, change log, audit trail, search index."""

from .store import DB_NAME, Store, Transaction, open_store

__all__ = ["DB_NAME", "Store", "Transaction", "open_store"]
