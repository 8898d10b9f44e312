"""Server schema migrations: numbered, frozen steps, one transaction, the same on both backends."""

from __future__ import annotations

from subei_mobile.store.migrations import run_script

from .database import Database, Tx

V1 = """
CREATE TABLE IF NOT EXISTS server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE seq_counter (id INTEGER PRIMARY KEY, value BIGINT NOT NULL);
INSERT INTO seq_counter (id, value) VALUES (1, 0);
CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    township TEXT NOT NULL,
    grid TEXT NOT NULL,
    role TEXT NOT NULL,
    label TEXT NOT NULL,
    status TEXT NOT NULL,
    public_key TEXT,
    code_hash TEXT UNIQUE,
    code_expires TEXT,
    created_at TEXT NOT NULL,
    enrolled_at TEXT,
    revoked_at TEXT,
    high_water BIGINT NOT NULL DEFAULT 0,
    last_seen TEXT
);
-- The global feed: one outcome per accepted change, in server order.
CREATE TABLE log (
    server_seq BIGINT PRIMARY KEY,
    origin TEXT NOT NULL,
    device_seq BIGINT NOT NULL,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    op TEXT NOT NULL,
    fields TEXT NOT NULL,
    stamps TEXT NOT NULL,
    deleted INTEGER NOT NULL,
    review INTEGER NOT NULL,
    conflicts TEXT NOT NULL,
    scope TEXT NOT NULL,
    hlc TEXT NOT NULL,
    user_id TEXT NOT NULL,
    echo INTEGER NOT NULL
);
CREATE INDEX log_scope ON log (scope, server_seq);
-- Current state of every record: merge base, snapshot source, checksum source.
CREATE TABLE records (
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    scope TEXT NOT NULL,
    fields TEXT NOT NULL,
    stamps TEXT NOT NULL,
    deleted INTEGER NOT NULL,
    review INTEGER NOT NULL,
    rhash BIGINT NOT NULL,
    PRIMARY KEY (table_name, record_id)
);
CREATE INDEX records_scope ON records (scope);
CREATE TABLE conflicts (
    id TEXT PRIMARY KEY,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,
    candidates TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT,
    resolution TEXT
);
CREATE INDEX conflicts_record ON conflicts (table_name, record_id)
"""

# v2: finds a record's insert in the log, so a snapshot page can leave out records created
# after the snapshot began (the log delivers them in order, parents before children).
V2 = """
CREATE INDEX log_record ON log (table_name, record_id, op)
"""

# v3: USB bundles already imported (replay check, per-device bundle order, the key that
# return bundles are sealed to).
V3 = """
CREATE TABLE bundle_imports (
    bundle_id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    bundle_seq BIGINT NOT NULL,
    imported_at TEXT NOT NULL,
    changes BIGINT NOT NULL,
    applied BIGINT NOT NULL,
    high_water BIGINT NOT NULL,
    return_key TEXT NOT NULL
);
CREATE INDEX bundle_imports_device ON bundle_imports (device_id, bundle_seq)
"""

# v4: audit chains verified from the key each laptop gave at enrolment (append-only entries,
# the code path only inserts), and device-key attestations of signed agreements.
V4 = """
CREATE TABLE audit_chains (
    device_id TEXT PRIMARY KEY,
    anchor_seq BIGINT NOT NULL,
    anchor_head TEXT NOT NULL,
    anchor_key TEXT NOT NULL,
    seq BIGINT NOT NULL,
    head TEXT NOT NULL,
    mac_key TEXT NOT NULL,
    fault_seq BIGINT,
    fault_kind TEXT,
    flagged_at TEXT
);
CREATE TABLE audit_entries (
    device_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    at TEXT NOT NULL,
    user_id TEXT NOT NULL,
    origin TEXT NOT NULL,
    action TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    entry_hash TEXT NOT NULL,
    mac TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (device_id, seq)
);
CREATE TABLE agreement_attestations (
    agreement_id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    signature TEXT NOT NULL,
    verified_at TEXT NOT NULL
)
"""

# v5: log compaction (compaction.py): each device's last reported position per scope, and
# per record scope the horizon at or below which log entries may have been dropped.
V5 = """
CREATE TABLE device_cursors (
    device_id TEXT NOT NULL,
    scope TEXT NOT NULL,
    seq BIGINT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (device_id, scope)
);
CREATE TABLE log_horizon (scope TEXT PRIMARY KEY, seq BIGINT NOT NULL)
"""

# v6: re-based devices (rebase.py): one row per continuation of a device's audit chain, with
# the checkpoint the server signed (the device's high-water mark and the audit head it held).
V6 = """
CREATE TABLE device_rebases (
    chain TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    n BIGINT NOT NULL,
    parent TEXT NOT NULL,
    branch_seq BIGINT NOT NULL,
    branch_head TEXT NOT NULL,
    high_water BIGINT NOT NULL,
    audit_seq BIGINT NOT NULL,
    audit_head TEXT NOT NULL,
    checkpoint TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (device_id, n)
)
"""

# v7: refused changes, per device: a retry of a request whose answer was lost gets the same
# refusals again (before, the retry was skipped as already applied and the laptop took the
# refused change for accepted: the work was silently dropped).
V7 = """
CREATE TABLE rejections (
    device_id TEXT NOT NULL,
    device_seq BIGINT NOT NULL,
    code TEXT NOT NULL,
    field TEXT NOT NULL,
    issue TEXT NOT NULL,
    PRIMARY KEY (device_id, device_seq)
)
"""

STEPS: list[str] = [V1, V2, V3, V4, V5, V6, V7]
LATEST = len(STEPS)


def schema_version(tx: Tx) -> int:
    """Return the schema version recorded in the server database (0 when empty)."""
    tx.execute("CREATE TABLE IF NOT EXISTS server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    rows = tx.execute("SELECT value FROM server_meta WHERE key = 'schema_version'")
    return int(rows[0][0]) if rows else 0


def migrate(db: Database) -> int:
    """Bring the schema to LATEST in one transaction; refuse a newer one; return the version."""
    with db.transaction("ddl") as tx:
        current = schema_version(tx)
        if current > LATEST:
            raise RuntimeError(f"server schema {current} is newer than this program ({LATEST})")
        for version in range(current + 1, LATEST + 1):
            run_script(tx.execute, STEPS[version - 1])
            tx.execute(
                "INSERT INTO server_meta (key, value) VALUES ('schema_version', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (str(version),),
            )
        return LATEST
