"""Follow the scopes the server serves: snapshot added ones, purge removed ones.

The server answers every sync with one cursor per scope the device follows now. When that set
differs from what enrolment (or the last change) said, e.g. a grid worker moved to another
grid, the laptop adopts it: a new scope is pulled from a snapshot (the server starts one for a
scope the request had no cursor for), a removed scope's cursor is dropped and its records are
purged, except records with unsent local changes and the rows they need. Those stay until the
server has acknowledged (or refused) the changes, then go: the removed scopes are remembered
under PURGE_KEY and the purge is retried after every round until nothing is left.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from subei_mobile.store import Store
from subei_mobile.store.remote import scoped_rows

from ..protocol.checksums import covers
from .identity import META_KEY, Identity
from .repair import delete_local_records

PURGE_KEY = "sync.purge"
CURSOR_KEY = "sync.cursor."  # as engine.CURSOR_KEY


@dataclass
class PurgeStats:
    """Records purged from removed scopes, and records kept for their unsent changes."""

    deleted: int = 0
    kept: int = 0


def follow_scopes(store: Store, identity: Identity, served: list[str]) -> bool:
    """Adopt the scopes the server served (if they changed); return True when they did."""
    if not served or set(served) == set(identity.scopes):
        return False
    removed = [s for s in identity.scopes if s not in served]
    conn = store.conn
    facts = json.loads(store.meta(META_KEY) or "{}")
    facts["scopes"] = list(served)
    waiting = json.loads(store.meta(PURGE_KEY) or "[]")
    waiting = [s for s in [*waiting, *removed] if s not in served]
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                     (META_KEY, json.dumps(facts)))  # fmt: skip
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                     (PURGE_KEY, json.dumps(sorted(set(waiting)))))  # fmt: skip
        conn.executemany("DELETE FROM meta WHERE key = ?", [(CURSOR_KEY + s,) for s in removed])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    identity.scopes = list(served)
    return True


def purge_removed(store: Store, identity: Identity) -> PurgeStats:
    """Delete records of removed scopes not covered by a current one, keeping unsent work."""
    stats = PurgeStats()
    waiting = json.loads(store.meta(PURGE_KEY) or "[]")
    if not waiting:
        return stats
    victims = [
        (table, record_id)
        for scope, table, record_id, _, _ in scoped_rows(store.conn)
        if any(covers(gone, scope) for gone in waiting)
        and not any(covers(kept, scope) for kept in identity.scopes)
    ]
    conn = store.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        stats.deleted, stats.kept = delete_local_records(store, conn, victims, "sync.purge")
        if not stats.kept:
            conn.execute("DELETE FROM meta WHERE key = ?", (PURGE_KEY,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return stats
