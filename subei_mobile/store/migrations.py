"""Schema migrations by ``PRAGMA user_version``: backup first, one transaction, refuse newer.

Each step is frozen SQL: once released, a step never changes, because laptops in the field
upgrade from whatever version they were last given. Add a new step instead.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from ..errors import SchemaTooNew

V1_RECORDS = """
CREATE TABLE households (
    id TEXT PRIMARY KEY,
    code TEXT,
    township_code TEXT,
    village_code TEXT,
    grid_code TEXT,
    address_zh TEXT,
    address_mn TEXT,
    preferred_language TEXT,
    central_household_id TEXT,
    is_central_household INTEGER,
    pastures TEXT,
    livestock TEXT,
    notes TEXT,
    _version INTEGER NOT NULL DEFAULT 1,
    _hlc TEXT NOT NULL DEFAULT '{}',
    _deleted INTEGER NOT NULL DEFAULT 0,
    _review INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE persons (
    id TEXT PRIMARY KEY,
    household_id TEXT NOT NULL REFERENCES households(id) DEFERRABLE INITIALLY DEFERRED,
    name_zh TEXT,
    name_mn TEXT,
    name_latin TEXT,
    relation TEXT,
    sex TEXT,
    birth_date TEXT,
    ethnicity TEXT,
    id_number TEXT,
    phone TEXT,
    party_member INTEGER,
    _version INTEGER NOT NULL DEFAULT 1,
    _hlc TEXT NOT NULL DEFAULT '{}',
    _deleted INTEGER NOT NULL DEFAULT 0,
    _review INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE service_requests (
    id TEXT PRIMARY KEY,
    request_no TEXT,
    household_id TEXT NOT NULL REFERENCES households(id) DEFERRABLE INITIALLY DEFERRED,
    person_id TEXT,
    service_code TEXT,
    status TEXT,
    materials TEXT,
    details TEXT,
    received_at TEXT,
    received_place TEXT,
    township_code TEXT,
    village_code TEXT,
    grid_code TEXT,
    result_note TEXT,
    _version INTEGER NOT NULL DEFAULT 1,
    _hlc TEXT NOT NULL DEFAULT '{}',
    _deleted INTEGER NOT NULL DEFAULT 0,
    _review INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE service_request_events (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL REFERENCES service_requests(id) DEFERRABLE INITIALLY DEFERRED,
    from_status TEXT,
    to_status TEXT,
    at TEXT,
    by_user TEXT,
    place TEXT,
    note TEXT,
    _version INTEGER NOT NULL DEFAULT 1,
    _hlc TEXT NOT NULL DEFAULT '{}',
    _deleted INTEGER NOT NULL DEFAULT 0,
    _review INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    sha256 TEXT,
    owner_table TEXT,
    owner_id TEXT,
    filename TEXT,
    media_type TEXT,
    size INTEGER,
    caption TEXT,
    _version INTEGER NOT NULL DEFAULT 1,
    _hlc TEXT NOT NULL DEFAULT '{}',
    _deleted INTEGER NOT NULL DEFAULT 0,
    _review INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE mediation_cases (
    id TEXT PRIMARY KEY,
    case_no TEXT,
    category_code TEXT,
    township_code TEXT,
    village_code TEXT,
    grid_code TEXT,
    place TEXT,
    reported_at TEXT,
    reported_by TEXT,
    facts_zh TEXT,
    facts_mn TEXT,
    disputed_matters_zh TEXT,
    disputed_matters_mn TEXT,
    responsibilities_zh TEXT,
    responsibilities_mn TEXT,
    mediators TEXT,
    assistants TEXT,
    committee TEXT,
    status TEXT,
    status_reason TEXT,
    _version INTEGER NOT NULL DEFAULT 1,
    _hlc TEXT NOT NULL DEFAULT '{}',
    _deleted INTEGER NOT NULL DEFAULT 0,
    _review INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE mediation_parties (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES mediation_cases(id) DEFERRABLE INITIALLY DEFERRED,
    side TEXT,
    person_id TEXT,
    name_zh TEXT,
    name_mn TEXT,
    sex TEXT,
    ethnicity TEXT,
    birth_date TEXT,
    id_number TEXT,
    phone TEXT,
    address TEXT,
    _version INTEGER NOT NULL DEFAULT 1,
    _hlc TEXT NOT NULL DEFAULT '{}',
    _deleted INTEGER NOT NULL DEFAULT 0,
    _review INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE mediation_sessions (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES mediation_cases(id) DEFERRABLE INITIALLY DEFERRED,
    held_at TEXT,
    place TEXT,
    mediator TEXT,
    attendees TEXT,
    summary_zh TEXT,
    summary_mn TEXT,
    _version INTEGER NOT NULL DEFAULT 1,
    _hlc TEXT NOT NULL DEFAULT '{}',
    _deleted INTEGER NOT NULL DEFAULT 0,
    _review INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE mediation_agreements (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES mediation_cases(id) DEFERRABLE INITIALLY DEFERRED,
    amends_id TEXT,
    content_zh TEXT,
    content_mn TEXT,
    performance_zh TEXT,
    performance_mn TEXT,
    deadline TEXT,
    oral INTEGER,
    status TEXT,
    signed_at TEXT,
    content_hash TEXT,
    void_reason TEXT,
    _version INTEGER NOT NULL DEFAULT 1,
    _hlc TEXT NOT NULL DEFAULT '{}',
    _deleted INTEGER NOT NULL DEFAULT 0,
    _review INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE mediation_signatures (
    id TEXT PRIMARY KEY,
    agreement_id TEXT NOT NULL REFERENCES mediation_agreements(id) DEFERRABLE INITIALLY DEFERRED,
    signer_role TEXT,
    party_id TEXT,
    signer_name TEXT,
    image_sha256 TEXT,
    fingerprint INTEGER,
    signed_at TEXT,
    _version INTEGER NOT NULL DEFAULT 1,
    _hlc TEXT NOT NULL DEFAULT '{}',
    _deleted INTEGER NOT NULL DEFAULT 0,
    _review INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE mediation_followups (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES mediation_cases(id) DEFERRABLE INITIALLY DEFERRED,
    visited_at TEXT,
    visited_by TEXT,
    performed TEXT,
    note_zh TEXT,
    note_mn TEXT,
    _version INTEGER NOT NULL DEFAULT 1,
    _hlc TEXT NOT NULL DEFAULT '{}',
    _deleted INTEGER NOT NULL DEFAULT 0,
    _review INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE activities (
    id TEXT PRIMARY KEY,
    kind TEXT,
    title_zh TEXT,
    title_mn TEXT,
    township_code TEXT,
    village_code TEXT,
    grid_code TEXT,
    place TEXT,
    location TEXT,
    started_at TEXT,
    ended_at TEXT,
    organizer TEXT,
    household_id TEXT,
    details TEXT,
    _version INTEGER NOT NULL DEFAULT 1,
    _hlc TEXT NOT NULL DEFAULT '{}',
    _deleted INTEGER NOT NULL DEFAULT 0,
    _review INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE activity_participants (
    id TEXT PRIMARY KEY,
    activity_id TEXT NOT NULL REFERENCES activities(id) DEFERRABLE INITIALLY DEFERRED,
    role TEXT,
    household_id TEXT,
    person_id TEXT,
    name_zh TEXT,
    name_mn TEXT,
    present INTEGER,
    shift_start TEXT,
    shift_end TEXT,
    items TEXT,
    amount_yuan REAL,
    note TEXT,
    _version INTEGER NOT NULL DEFAULT 1,
    _hlc TEXT NOT NULL DEFAULT '{}',
    _deleted INTEGER NOT NULL DEFAULT 0,
    _review INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX persons_household ON persons(household_id);
CREATE INDEX households_code ON households(code);
CREATE INDEX households_place ON households(township_code, village_code);
CREATE INDEX requests_household ON service_requests(household_id);
CREATE INDEX requests_status ON service_requests(township_code, status);
CREATE INDEX request_events_request ON service_request_events(request_id);
CREATE INDEX attachments_owner ON attachments(owner_table, owner_id);
CREATE INDEX cases_place ON mediation_cases(township_code, grid_code);
CREATE INDEX parties_case ON mediation_parties(case_id);
CREATE INDEX sessions_case ON mediation_sessions(case_id);
CREATE INDEX agreements_case ON mediation_agreements(case_id);
CREATE INDEX signatures_agreement ON mediation_signatures(agreement_id);
CREATE INDEX followups_case ON mediation_followups(case_id);
CREATE INDEX activities_place ON activities(township_code, kind);
CREATE INDEX participants_activity ON activity_participants(activity_id);
CREATE INDEX participants_household ON activity_participants(household_id);
"""

V1_LOGS = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- The sync outbox and local history: one row per record write, same transaction as the write.
CREATE TABLE changes (
    device_seq INTEGER PRIMARY KEY AUTOINCREMENT,
    device_id TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    fields TEXT NOT NULL,
    base TEXT NOT NULL,
    hlc TEXT NOT NULL,
    user_id TEXT NOT NULL,
    scope TEXT NOT NULL,
    server_seq INTEGER
);
CREATE INDEX changes_unsent ON changes(server_seq) WHERE server_seq IS NULL;
CREATE INDEX changes_record ON changes(table_name, record_id);
-- Tamper-evident trail: a hash chain with a MAC under a key that evolves after each entry.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    action TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    entry_hash TEXT NOT NULL,
    mac TEXT NOT NULL
);
"""

V2_SEARCH_AND_CONFLICTS = """
-- One row per search key of a person. Prefix range scans on (kind, term) serve every mode.
CREATE TABLE search_terms (
    term TEXT NOT NULL,
    kind TEXT NOT NULL,
    person_id TEXT NOT NULL,
    PRIMARY KEY (kind, term, person_id)
) WITHOUT ROWID;
CREATE INDEX search_terms_person ON search_terms(person_id);
-- Concurrent edits of one field kept side by side until the township office decides.
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
CREATE INDEX conflicts_open ON conflicts(resolved_at) WHERE resolved_at IS NULL;
"""


def _v1(conn: sqlite3.Connection) -> None:
    run_script(conn.execute, V1_RECORDS + V1_LOGS)


def _v2(conn: sqlite3.Connection) -> None:
    run_script(conn.execute, V2_SEARCH_AND_CONFLICTS)
    # Existing people become findable: build their keys inside the same transaction.
    from .search_index import index_person

    rows = conn.execute("SELECT id, name_zh, name_mn, name_latin, id_number, phone FROM persons")
    for row in rows.fetchall():
        index_person(
            conn, row[0], row[1] or "", row[2] or "", row[3] or "", row[4] or "", row[5] or ""
        )


# v3: the device key's attestation of each signed agreement's content hash. The row is
# written when the agreement is signed; the sync client (which holds the device key) fills in
# the signature and sends it with the agreement, and the server verifies it.
V3_ATTESTATIONS = """
CREATE TABLE agreement_attestations (
    agreement_id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    device_id TEXT NOT NULL DEFAULT '',
    signature TEXT NOT NULL DEFAULT '',
    sent INTEGER NOT NULL DEFAULT 0
)
"""


def _v3(conn: sqlite3.Connection) -> None:
    run_script(conn.execute, V3_ATTESTATIONS)
    # Agreements signed here before v3 get attested too, with the hash they were signed with;
    # only this device's (those still in its outbox or signed locally) are attested.
    conn.execute(
        "INSERT INTO agreement_attestations (agreement_id, content_hash)"
        " SELECT id, content_hash FROM mediation_agreements"
        " WHERE status = 'signed' AND content_hash != '' AND _deleted = 0"
        " AND id IN (SELECT record_id FROM changes WHERE table_name = 'mediation_agreements')"
    )


# v4: search keys of names, round two (syllable-aware u/ue fold, Latin skeleton keys with
# Khalkha readings and syllable prefixes). Name keys are derived from the stored names, which
# are never encrypted, so they are rebuilt here; ID-number and phone keys (blind indexes once
# a store is sealed, and not derivable without its key) are left as they are.
V4_NAME_KINDS = ("zhf", "zh", "py", "pyi", "mn", "lt", "ltp", "lts", "ltv")


def _v4(conn: sqlite3.Connection) -> None:
    from .search_index import name_terms

    marks = ",".join("?" * len(V4_NAME_KINDS))
    conn.execute(f"DELETE FROM search_terms WHERE kind IN ({marks})", V4_NAME_KINDS)
    rows = conn.execute("SELECT id, name_zh, name_mn, name_latin FROM persons WHERE _deleted = 0")
    for person_id, name_zh, name_mn, name_latin in rows.fetchall():
        conn.executemany(
            "INSERT OR IGNORE INTO search_terms (kind, term, person_id) VALUES (?, ?, ?)",
            [
                (kind, term, person_id)
                for kind, term in name_terms(name_zh or "", name_mn or "", name_latin or "")
                if term
            ],
        )


# v5: why the county server refused an outbox change. The change keeps its outbox row (marked
# server_seq = -1) and the record its value; the reason stays listed until a township-office
# user reassigns or discards the work (a recorded action), so refused work is never dropped.
V5_REFUSED = """
CREATE TABLE IF NOT EXISTS refused_changes (
    device_seq INTEGER PRIMARY KEY,
    code TEXT NOT NULL,
    field TEXT NOT NULL DEFAULT '',
    issue TEXT NOT NULL DEFAULT '',
    refused_at TEXT NOT NULL,
    settled TEXT NOT NULL DEFAULT '',
    settled_by TEXT NOT NULL DEFAULT '',
    settled_at TEXT NOT NULL DEFAULT ''
)
"""


def _v5(conn: sqlite3.Connection) -> None:
    run_script(conn.execute, V5_REFUSED)


# v6: the original of text converted from a legacy encoding (Menksoft shape codes), kept with
# the save that stored the converted value. The audit log holds only hashes by design, so the
# original lives here, keyed by the audit entry's seq and the record and field it belongs to.
# Local only: nothing here is synced (the server never sees this table).
V6_LEGACY_ORIGINALS = """
CREATE TABLE IF NOT EXISTS legacy_originals (
    id INTEGER PRIMARY KEY,
    audit_seq INTEGER NOT NULL,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,
    original TEXT NOT NULL,
    converted TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS legacy_originals_record ON legacy_originals(table_name, record_id)
"""


def _v6(conn: sqlite3.Connection) -> None:
    run_script(conn.execute, V6_LEGACY_ORIGINALS)


def run_script(execute: Callable[[str], object], sql: str) -> None:
    """Run a script of ;-separated statements one by one inside the caller's transaction.

    executescript() would COMMIT first. The server's migrations use it too, with their
    transaction's execute.
    """
    for statement in sql.split(";"):
        if statement.strip():
            execute(statement)


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3, _v4, _v5, _v6]
LATEST = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    """Return the schema version recorded in the database file."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, path: Path | None, target: int = LATEST) -> int:
    """Upgrade the database to target, backing the file up first; return the old version."""
    current = schema_version(conn)
    if current > LATEST:
        raise SchemaTooNew(found=current, supported=LATEST)
    if current >= target:
        return current
    if path is not None and current > 0:
        backup(conn, path.with_name(f"{path.name}.v{current}-{_stamp()}.bak"))
    conn.execute("BEGIN IMMEDIATE")
    try:
        for version in range(current + 1, target + 1):
            MIGRATIONS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return current


def backup(conn: sqlite3.Connection, target: Path) -> Path:
    """Copy the live database with SQLite's backup API (never a file copy while open)."""
    tmp = target.with_suffix(target.suffix + ".part")
    with sqlite3.connect(tmp) as out:
        conn.backup(out)
    out.close()
    shutil.move(tmp, target)
    return target


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
