"""The local store: one SQLite file per laptop, every write logged for sync and audit.

A user action is one ``with store.transaction() as tx:`` block. Inside it every record
write also appends a change-log row (the sync outbox) and an audit entry, so a crash can
never leave a change without its log or a log without its change.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from ..errors import (
    DiskFull,
    Immutable,
    NotFound,
    StoreCorrupt,
    StoreReadOnly,
    ValidationFailed,
    is_disk_full,
    is_read_only,
)
from ..ids import HybridClock, new_id
from ..models.common import Record
from ..security.fields import PLAIN, PlainCodec, StoreConnection, codec_of
from . import audit, migrations, search_index
from .legacy_originals import record_originals
from .schema import TABLES, TableSpec
from .validation import issues_from

R = TypeVar("R", bound=Record)
# A person's search keys come from these fields only; other edits leave the index alone,
# which keeps a typical save to fewer pages (and so a shorter fsync).
SEARCHED_FIELDS = frozenset({"name_zh", "name_mn", "name_latin", "id_number", "phone"})
DB_NAME = "subei.sqlite3"


def _connect(path: Path | str) -> sqlite3.Connection:
    conn = sqlite3.connect(
        path, isolation_level=None, check_same_thread=False, timeout=30, factory=StoreConnection
    )
    conn.row_factory = sqlite3.Row
    # WAL + FULL: a save acknowledged after COMMIT survives a power cut (security.md).
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 30000")
    # Search reads many small index pages: a 32 MB page cache keeps them hot between keystrokes.
    conn.execute("PRAGMA cache_size = -32768")
    return conn


def open_store(
    data_dir: Path | str, user_id: str = "local", *, create: bool = True,
    codec: PlainCodec | None = None,
) -> Store:  # fmt: skip
    """Open (creating and migrating if needed) the store in a data directory.

    An encrypted store needs the codec of an unlocked key slot (subei_mobile.security.accounts
    .login does that); without one it raises auth.required rather than write plain text.
    """
    from .restore import finish_restore

    data_dir = Path(data_dir)
    finish_restore(data_dir)  # a restore cut short by a crash: never start empty in its place
    path = data_dir / DB_NAME
    if not create and not path.exists():
        raise NotFound("store_missing")
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        conn = _open_checked(path)
    except OSError as exc:
        raise _unwritable(data_dir, exc) from None
    try:
        migrations.migrate(conn, path)
        _ensure_device(conn)
    except (sqlite3.Error, OSError) as exc:
        conn.close()
        raise _unwritable(data_dir, exc) from None
    try:
        _check_codec(conn, data_dir, codec)
    except BaseException:
        conn.close()
        raise
    store = Store(conn, data_dir, user_id, codec)
    # Data step of the signature migration: it needs the codec, which the schema steps lack.
    from ..signatures import adopt_plain_images

    try:
        adopt_plain_images(store)
    except BaseException:
        store.close()
        raise
    return store


def _check_codec(conn: sqlite3.Connection, data_dir: Path, codec: PlainCodec | None) -> None:
    """Refuse to open an encrypted store without its key, or with another store's key."""
    from ..errors import AuthError
    from ..security.keyslots import path_of

    row = conn.execute("SELECT value FROM meta WHERE key = 'key_check'").fetchone()
    if codec is None or not codec.sealed:
        if row is not None and not path_of(data_dir).exists():
            raise AuthError("auth.no_keys")  # sealed, and every key slot shredded: gone for good
        if row is not None or path_of(data_dir).exists():
            raise AuthError("auth.required")
    elif row is not None and row[0] != getattr(codec, "key_check", ""):
        raise AuthError("auth.failed")


def _open_checked(path: Path) -> sqlite3.Connection:
    """Connect; after an unclean exit also run quick_check. Damage is reported, never repaired."""
    # quick_check reads the whole file (seconds on a 1.5 GB store), so it runs only when the
    # last session did not close the store; WAL with synchronous=FULL keeps clean exits sound.
    marker = open_marker(path)
    if not writable(path):  # SQLite would say "unable to open" or "readonly": not damage
        raise _read_only(path)
    conn: sqlite3.Connection | None = None
    try:
        conn = _connect(path)
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        ok = conn.execute("PRAGMA quick_check").fetchone()[0] if marker.exists() else "ok"
    except sqlite3.DatabaseError as exc:
        if is_disk_full(exc) or is_read_only(exc):  # never "restore a backup" for these
            if conn is not None:
                conn.close()
            raise _unwritable(path.parent, exc) from None
        ok = type(exc).__name__
    if ok != "ok":
        if conn is not None:
            conn.close()
        raise StoreCorrupt(detail=str(ok)[:40], backup=latest_backup(path) or "none")
    assert conn is not None
    marker.touch()
    return conn


def writable(path: Path) -> bool:
    """Tell whether the database file (or, before it exists, its folder) can be written.

    SQLite also needs to create -wal, -shm and the open marker next to the file, so the
    folder must be writable too. os.access also sees a read-only mount (EROFS), even for root.
    """
    folder_ok = os.access(path.parent, os.W_OK | os.X_OK)
    return folder_ok and (not path.exists() or os.access(path, os.R_OK | os.W_OK))


def _unwritable(data_dir: Path, exc: BaseException) -> BaseException:
    """Return the error to raise when opening failed for lack of room or write access."""
    if is_disk_full(exc):
        return DiskFull()
    if is_read_only(exc) or not writable(data_dir / DB_NAME):
        return _read_only(data_dir / DB_NAME)
    return exc


def _read_only(path: Path) -> StoreReadOnly:
    folder_ok = os.access(path.parent, os.W_OK | os.X_OK)
    return StoreReadOnly(what="file" if folder_ok else "folder")


def open_marker(path: Path) -> Path:
    """Return the file that exists while a store is open (left behind by a crash)."""
    return path.with_name(path.name + ".open")


def latest_backup(path: Path) -> str:
    """Return the newest backup file made before a migration, if any."""
    backups = sorted(path.parent.glob(f"{path.name}.v*.bak"), key=lambda p: p.stat().st_mtime)
    return str(backups[-1]) if backups else ""


def _ensure_device(conn: sqlite3.Connection) -> None:
    if conn.execute("SELECT 1 FROM meta WHERE key = 'device_id'").fetchone():
        return
    conn.execute("BEGIN IMMEDIATE")
    rows = [("device_id", new_id()), ("hlc", "")]
    rows += audit.initial_state(os.urandom(32))
    conn.executemany("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", rows)
    conn.execute("COMMIT")


class Store:
    """An open local database plus the acting user; the only way records are written."""

    def __init__(
        self, conn: sqlite3.Connection, data_dir: Path, user_id: str,
        codec: PlainCodec | None = None,
    ) -> None:  # fmt: skip
        self.conn = conn
        # Seals sensitive columns, outbox fields and files; PLAIN in a development store.
        self.codec = codec or PLAIN
        if isinstance(conn, StoreConnection):
            conn.codec = self.codec  # the search index finds its blind-index key here
        self.data_dir = data_dir
        self.user_id = user_id
        self.device_id = self.meta("device_id")
        self.clock = HybridClock(self.device_id, self.meta("hlc"))

    @property
    def path(self) -> Path:
        """Return the database file path."""
        return self.data_dir / DB_NAME

    def meta(self, key: str, default: str = "") -> str:
        """Return a value from the meta table."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """Run one user action atomically; it is durable once the block exits."""
        self.conn.execute("BEGIN IMMEDIATE")
        tx = Transaction(self)
        try:
            yield tx
            tx.finish()
            self.conn.execute("COMMIT")
        except BaseException as exc:
            # On SQLITE_FULL SQLite may already have rolled back: a second ROLLBACK would raise
            # "no transaction is active" and hide the real cause from the user.
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            self.clock = HybridClock(self.device_id, self.meta("hlc"))
            if is_disk_full(exc):
                raise DiskFull() from None
            raise

    def get(
        self, table: str, record_id: str, *, include_deleted: bool = False
    ) -> dict[str, Any] | None:
        """Return a record's model-ready values, or None."""
        spec = TABLES[table]
        row = self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,)).fetchone()
        if row is None or (row["_deleted"] and not include_deleted):
            return None
        return spec.decode(self.codec.open_values(table, record_id, dict(row)))

    def open_change_fields(
        self, table: str, record_id: str, fields: dict[str, Any]
    ) -> dict[str, Any]:
        """Return outbox ``changes.fields`` (already json-decoded) with sensitive values opened.

        In an encrypted store the outbox holds the sensitive columns sealed (AES-256-GCM,
        AAD table|column|record id|schema): sync must call this before sending, and
        ``seal_fields`` before writing pulled values into local rows.
        """
        return self.codec.open_values(table, record_id, fields)

    def seal_fields(self, table: str, record_id: str, fields: dict[str, Any]) -> dict[str, Any]:
        """Return column values ready for a local row: sensitive ones sealed if encrypted."""
        return self.codec.seal_values(table, record_id, fields)

    def load(self, model: type[R], record_id: str) -> R:
        """Return a record as its model or raise NotFound."""
        values = self.get(model.table, record_id)
        if values is None:
            raise NotFound(table=model.table)
        return model.model_validate(values)

    def close(self) -> None:
        """Close the database (checkpointing the WAL) and mark the exit clean."""
        self.conn.close()
        open_marker(self.path).unlink(missing_ok=True)


class Transaction:
    """Writes of one user action; see Store.transaction."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.conn
        self.at = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
        self.writes = 0
        # Scratch space for work spanning many writes of one action (e.g. an import's
        # households already written); dropped with the transaction.
        self.memo: dict[str, Any] = {}
        # {converted text: original} of values converted from a legacy encoding that this
        # action saves; see legacy_originals. Set by the writer before it writes.
        self.legacy_originals: dict[str, str] = {}

    def insert(self, record: Record) -> str:
        """Insert a validated record; return its id."""
        spec = TABLES[record.table]
        values = self.store.codec.seal_values(spec.name, record.id, spec.encode(record))
        hlc = self.store.clock.now()
        stamps = {name: hlc for name in values}
        cols = ["id", *values, "_hlc"]
        self.conn.execute(
            f"INSERT INTO {spec.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [record.id, *values.values(), json.dumps(stamps)],
        )
        self._after_write(spec, record.id, "insert", values, {}, hlc)
        return record.id

    def update(self, table: str, record_id: str, changes: dict[str, Any]) -> list[str]:
        """Change some fields of a record after validating the whole result; return the fields changed."""
        spec = TABLES[table]
        row = self.store.codec.open_values(table, record_id, dict(self._row(spec, record_id)))
        current = spec.decode(row)
        self._check_mutable(spec, current, changes)
        try:
            merged = spec.model.model_validate({**current, **changes})
        except Exception as exc:
            raise ValidationFailed(issues_from(exc)) from None
        new_values = spec.encode(merged)
        old_values = {c: row[c] for c in spec.column_names}
        changed = {c: v for c, v in new_values.items() if v != old_values[c]}
        if not changed:
            return []
        # Compared in plain text above (sealing is randomised); stored and logged sealed.
        changed = self.store.codec.seal_values(table, record_id, changed)
        stamps: dict[str, str] = json.loads(row["_hlc"])
        base = {c: stamps.get(c, "") for c in changed}
        hlc = self.store.clock.now()
        stamps.update({c: hlc for c in changed})
        sets = ", ".join(f"{c} = ?" for c in changed)
        self.conn.execute(
            f"UPDATE {table} SET {sets}, _hlc = ?, _version = _version + 1 WHERE id = ?",
            [*changed.values(), json.dumps(stamps), record_id],
        )
        self._after_write(spec, record_id, "update", {**new_values, **changed}, base, hlc, changed)
        return list(changed)

    def delete(self, table: str, record_id: str) -> None:
        """Mark a record deleted (a tombstone that syncs); attested records cannot be deleted."""
        spec = TABLES[table]
        row = self._row(spec, record_id)
        if spec.conflict in ("attested", "append_only"):
            raise Immutable(table=table)
        hlc = self.store.clock.now()
        stamps = json.loads(row["_hlc"])
        self.conn.execute(
            f"UPDATE {table} SET _deleted = 1, _version = _version + 1 WHERE id = ?", (record_id,)
        )
        values = {c: row[c] for c in spec.column_names}
        self._after_write(spec, record_id, "delete", values, stamps, hlc, {})

    def _row(self, spec: TableSpec, record_id: str) -> sqlite3.Row:
        row = self.conn.execute(f"SELECT * FROM {spec.name} WHERE id = ?", (record_id,)).fetchone()
        if row is None or row["_deleted"]:
            raise NotFound(table=spec.name)
        return row  # type: ignore[no-any-return]

    def _check_mutable(
        self, spec: TableSpec, current: dict[str, Any], changes: dict[str, Any]
    ) -> None:
        if spec.conflict == "append_only" or spec.name == "mediation_signatures":
            raise Immutable(table=spec.name)
        if spec.name == "mediation_agreements" and current["status"] != "draft":
            # Once signed, only voiding (with a reason) is possible; changes are amendments.
            if set(changes) - {"status", "void_reason"} or changes.get("status") != "void":
                raise Immutable(table=spec.name)
            if not changes.get("void_reason"):
                raise ValidationFailed(issues_from(ValueError("void_reason.required")))

    def _after_write(
        self,
        spec: TableSpec,
        record_id: str,
        op: str,
        values: dict[str, Any],
        base: dict[str, str],
        hlc: str,
        changed: dict[str, Any] | None = None,
    ) -> None:
        fields = values if changed is None else changed
        scope = self._scope(spec, values)
        self.conn.execute(
            "INSERT INTO changes (device_id, table_name, record_id, op, fields, base, hlc, "
            "user_id, scope) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                self.store.device_id, spec.name, record_id, op,
                json.dumps(fields, ensure_ascii=False), json.dumps(base), hlc,
                self.store.user_id, scope,
            ),
        )  # fmt: skip
        audit.append(
            self.conn,
            {
                "at": self.at,
                "user_id": self.store.user_id,
                "device_id": self.store.device_id,
                "action": op,
                "table_name": spec.name,
                "record_id": record_id,
                "content_hash": audit.content_hash([spec.name, record_id, op, fields]),
            },
        )
        if self.legacy_originals and op != "delete":
            record_originals(
                self.conn, spec.name, record_id, fields, self.legacy_originals, self.at
            )
        searched = changed is None or op == "delete" or SEARCHED_FIELDS & set(changed)
        if spec.name == "persons" and searched:
            self._reindex_person(record_id, values, op)
        self.writes += 1

    def _reindex_person(self, person_id: str, values: dict[str, Any], op: str) -> None:
        reindex_person(self.conn, person_id, values, deleted=op == "delete")

    def _scope(self, spec: TableSpec, values: dict[str, Any]) -> str:
        """Return 'township/grid' for routing a change to the devices that may see it."""
        return record_scope(self.conn, spec, values)

    def finish(self) -> None:
        """Persist the clock so stamps keep increasing across restarts."""
        if self.writes:
            self.conn.execute(
                "UPDATE meta SET value = ? WHERE key = 'hlc'", (self.store.clock.now(),)
            )


def reindex_person(
    conn: sqlite3.Connection, person_id: str, values: dict[str, Any], *, deleted: bool
) -> None:
    """Refresh a person's search keys from stored column values (local or synced writes)."""
    if deleted:
        search_index.unindex_person(conn, person_id)
        return
    values = codec_of(conn).open_values("persons", person_id, values)
    search_index.index_person(
        conn, person_id, values["name_zh"] or "", values["name_mn"] or "",
        values["name_latin"] or "", values["id_number"] or "", values["phone"] or "",
    )  # fmt: skip


def record_scope(conn: sqlite3.Connection, spec: TableSpec, values: dict[str, Any]) -> str:
    """Return 'township/grid' of a record: its own place, its parent's, or its owner's."""
    if "township_code" in values:
        return f"{values['township_code']}/{values.get('grid_code') or ''}"
    if spec.parent is not None:
        fk, parent = spec.parent
        return _scope_of(conn, parent, values[fk])
    if spec.name == "attachments":
        return _scope_of(conn, values["owner_table"], values["owner_id"])
    return "/"


def _scope_of(conn: sqlite3.Connection, table: str, record_id: str) -> str:
    row = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,)).fetchone()
    if row is None:
        raise NotFound(table=table)
    return record_scope(conn, TABLES[table], dict(row))
