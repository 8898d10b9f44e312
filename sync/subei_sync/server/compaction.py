"""Change-log compaction: drop entries every active device has passed; snapshot the stragglers.

The log grows with every accepted change; the `records` table already holds every record's
current state. Each sync request carries the device's cursors (the positions it has committed),
and `note_positions` keeps them in `device_cursors`. `compact` then computes, per record scope
that has log entries, a horizon: the lowest position of the active devices whose subscriptions
cover that scope (the head when none does), drops the entries at or below it and records it in
`log_horizon`. The feed (`check_horizon`) serves a fresh scope snapshot to any cursor, or
snapshot in progress, below the horizon of a scope it covers, so such a device still converges.

Who holds the horizon back:
- an active device, by its last reported position in each scope it follows now;
- not a revoked device (it never syncs again), nor a pending one (it starts with a snapshot);
- not a device silent for longer than `max_silence` (default 30 days, `subei-server compact
  --max-silence-days N`): it keeps working offline and gets a snapshot when it is back;
- not an active device that has never reported a position (enrolled before this table
  existed, or never synced): it gets a snapshot if it is behind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..protocol.checksums import covers, like_pattern
from ..protocol.wire import Cursor
from .database import Database, Tx
from .devices import Device

DEFAULT_MAX_SILENCE = dt.timedelta(days=30)
REFRESH_SEEN = dt.timedelta(hours=12)  # re-write an unchanged position this often (liveness)


@dataclass
class CompactStats:
    """What one compaction did: entries dropped and the new horizon of each record scope."""

    head: int = 0
    dropped: int = 0
    kept: int = 0
    horizons: dict[str, int] = field(default_factory=dict)
    holders: int = 0  # device positions that held horizons back


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def position(cursor: Cursor) -> int | None:
    """Return the log position a cursor stands for; None when it asks for a new snapshot."""
    if cursor.snapshot == "":
        return None
    if cursor.snapshot is not None:
        try:
            return int(cursor.snapshot.split(":", 1)[0])
        except ValueError:
            return None
    return cursor.seq


def note_positions(db: Database, device: Device, cursors: Iterable[Cursor]) -> None:
    """Remember a device's committed positions (writes only when one moved or aged)."""
    wanted = {}
    for c in cursors:
        at = position(c)
        if c.scope in device.scopes and at is not None:
            wanted[c.scope] = at
    if not wanted:
        return
    now = _now()
    with db.transaction() as tx:
        rows = tx.execute(
            "SELECT scope, seq, seen_at FROM device_cursors WHERE device_id = ?", (device.id,)
        )
    stored = {r[0]: (int(r[1]), dt.datetime.fromisoformat(r[2])) for r in rows}
    changed = [
        (device.id, scope, at, now.isoformat())
        for scope, at in wanted.items()
        if scope not in stored or stored[scope][0] != at or now - stored[scope][1] > REFRESH_SEEN
    ]
    if not changed:
        return
    with db.transaction("write") as tx:
        tx.executemany(
            "INSERT INTO device_cursors (device_id, scope, seq, seen_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (device_id, scope) DO UPDATE SET seq = excluded.seq,"
            " seen_at = excluded.seen_at",
            changed,
        )


def horizon_of(tx: Tx, subscription: str) -> int:
    """Return the highest horizon among the record scopes a subscription covers (0: none)."""
    op, operand = like_pattern(subscription)
    rows = tx.execute(f"SELECT MAX(seq) FROM log_horizon WHERE scope {op} ?", (operand,))
    return int(rows[0][0]) if rows and rows[0][0] is not None else 0


def check_horizon(tx: Tx, subscription: str, cursor: Cursor) -> Cursor:
    """Return the cursor, or a request for a fresh snapshot when it is below the horizon."""
    at = position(cursor)
    if at is not None and at < horizon_of(tx, subscription):
        return Cursor(scope=subscription, snapshot="")
    return cursor


def compact(
    db: Database, *, max_silence: dt.timedelta = DEFAULT_MAX_SILENCE,
    now: dt.datetime | None = None,
) -> CompactStats:  # fmt: skip
    """Drop log entries every active device has passed; return what was done."""
    now = now or _now()
    stats = CompactStats()
    with db.transaction("write") as tx:
        stats.head = int(tx.execute("SELECT value FROM seq_counter WHERE id = 1")[0][0])
        devices = {
            r[0]: Device(*r)
            for r in tx.execute(
                "SELECT id, township, grid, role, label, status, public_key, high_water"
                " FROM devices WHERE status = 'active'"
            )
        }
        holders: list[tuple[str, int]] = []
        for device_id, scope, seq, seen_at in tx.execute(
            "SELECT device_id, scope, seq, seen_at FROM device_cursors"
        ):
            device = devices.get(device_id)
            if device is None or scope not in device.scopes:
                continue  # revoked, or a scope it no longer follows
            if now - dt.datetime.fromisoformat(seen_at) > max_silence:
                continue  # long silent: a snapshot when it is back
            holders.append((scope, min(int(seq), stats.head)))
        stats.holders = len(holders)
        done = dict(tx.execute("SELECT scope, seq FROM log_horizon"))
        for (scope,) in tx.execute("SELECT DISTINCT scope FROM log"):
            held = [seq for sub, seq in holders if covers(sub, scope)]
            horizon = min(held) if held else stats.head
            if horizon <= int(done.get(scope, 0)):
                continue
            count = int(tx.execute(
                "SELECT COUNT(*) FROM log WHERE scope = ? AND server_seq <= ?", (scope, horizon)
            )[0][0])  # fmt: skip
            tx.execute("DELETE FROM log WHERE scope = ? AND server_seq <= ?", (scope, horizon))
            tx.execute(
                "INSERT INTO log_horizon (scope, seq) VALUES (?, ?)"
                " ON CONFLICT (scope) DO UPDATE SET seq = excluded.seq",
                (scope, horizon),
            )
            stats.dropped += count
            stats.horizons[scope] = horizon
        stats.kept = int(tx.execute("SELECT COUNT(*) FROM log")[0][0])
    return stats
